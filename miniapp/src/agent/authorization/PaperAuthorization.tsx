import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Section, Tag } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { FilePicker, type MaterialFormat, type PickedFile } from '@/platform/pick-file';
import { loadUploadPreview, openUploadPreview } from '@/platform/upload-preview';
import { putPaperAuthorization } from '@/services/agent';
import { deleteUpload, uploadFile } from '@/services/uploads';
import { PAPER_CHECK_LABELS, PAPER_CHECK_TONES } from '@/utils/authorization';
import { pickProblem } from '@/utils/file-rules';
import { toast } from '@/utils/toast';

/** A photo of the signed form, or its scan as PDF. */
const FORMATS: ReadonlyArray<MaterialFormat> = ['jpg', 'png', 'pdf'];

/**
 * 方式二: a photo of the authorization form the resident signed on paper. The file goes up like a
 * material (POST /uploads with progress), then PUT …/paper-authorization; staff check it at
 * acceptance, and the check shows here (待窗口核验 / 窗口已核验 / 核验未通过 with the reason).
 */
export function PaperAuthorization({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const paper = view.authorization?.paper;
  const [percent, setPercent] = useState<number | null>(null);
  const confirmed = view.authorization?.status === 'confirmed';
  // Once submitted the form is the staff's to check; a refused one may be replaced. After the resident
  // confirmed in WeChat no form is needed.
  const canUpload =
    !confirmed && (view.status === 'draft' || view.status === 'supplement_required' || paper?.check === 'refused');

  const upload = async (file: PickedFile) => {
    const problem = pickProblem(file, FORMATS);
    if (problem) return toast(problem);
    setPercent(0);
    try {
      const stored = await uploadFile({ path: file.path, name: file.name }, setPercent);
      const outcome = await caseState.write((version) => putPaperAuthorization(view.id, version, stored.id));
      if (outcome.ok) toast('授权书已上传，窗口受理时核验');
      else void deleteUpload(stored.id).catch(() => undefined);
    } catch {
      // request.ts has shown why (too large, wrong type, network)
    } finally {
      setPercent(null);
    }
  };

  const open = (uploadId: string) =>
    void loadUploadPreview(uploadId)
      .then(openUploadPreview)
      .catch(() => toast('暂时无法打开，请稍后重试'));

  return (
    <Section
      id="paper-authorization"
      title="方式二：纸质授权委托书"
      extra={
        <Tag tone={paper ? PAPER_CHECK_TONES[paper.check] : 'grey'}>
          <Text id="paper-status" className={`paper-status--${paper?.check ?? 'none'}`}>
            {paper ? PAPER_CHECK_LABELS[paper.check] : confirmed ? '无需上传' : '未上传'}
          </Text>
        </Tag>
      }
    >
      <View className="agent-paper">
        <View className="agent-paper__how">
          {confirmed && !paper
            ? '居民已在微信中确认授权，无需纸质授权书。'
            : '居民不便使用微信时：请居民在《授权委托书》上签字（或按手印），拍照上传。窗口受理时核验原件信息。'}
        </View>
        {paper ? (
          <View className="agent-paper__file">
            <Text>已上传授权书</Text>
            <Text id="paper-view" className="link" onClick={() => open(paper.uploadId)}>
              查看
            </Text>
          </View>
        ) : null}
        {paper?.check === 'refused' && paper.note ? (
          <View id="paper-note" className="agent-paper__note">
            {`未通过原因：${paper.note}`}
          </View>
        ) : null}
        {percent !== null ? (
          <View className="upload-progress" id="paper-progress">
            <View className="upload-progress__track">
              <View className="upload-progress__bar" style={{ width: `${percent}%` }} />
            </View>
            <Text className="upload-progress__text">{`上传中 ${percent}%`}</Text>
          </View>
        ) : null}
        {canUpload ? (
          <FilePicker
            formats={FORMATS}
            label={paper ? '重新上传' : '上传授权书'}
            disabled={percent !== null}
            onPick={(file) => void upload(file)}
          />
        ) : null}
      </View>
    </Section>
  );
}
