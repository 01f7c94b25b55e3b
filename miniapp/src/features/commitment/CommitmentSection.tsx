import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, Section, Tag } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { FilePicker, type PickedFile } from '@/platform/pick-file';
import { signCommitment, withdrawCommitment } from '@/services/commitment';
import { getSessionUser } from '@/services/session';
import { uploadFile } from '@/services/uploads';
import { errorMessage } from '@/services/api-error';
import { toast } from '@/utils/toast';
import { formatDateTime } from '@/utils/time';

const namesOf = (view: ApplicationView, codes: string[]) =>
  codes.map((code) => view.materials.find((m) => m.code === code)?.name ?? code);

/** The materials the commitment would let stay missing (容缺) or replace (告知承诺), as the applicant reads them. */
function CommitmentScope({ view }: { view: ApplicationView }) {
  const offer = view.commitmentOffer!;
  const gaps = namesOf(view, offer.gapMaterials);
  const promised = namesOf(view, offer.promisedMaterials);
  return (
    <View className="commitment__scope">
      {gaps.length ? (
        <View id="commitment-gaps">
          {`容缺受理：${gaps.join('、')}暂缺的，签署后可先提交，受理后 ${offer.gapDays} 个工作日内补交`}
          {offer.issueBeforeGaps ? '（可先出证）' : '（补齐后出证）'}
        </View>
      ) : null}
      {promised.length ? (
        <View id="commitment-promised">{`告知承诺：${promised.join('、')}以承诺代替，无需提交，部门将事后核查`}</View>
      ) : null}
    </View>
  );
}

/**
 * 容缺受理 and 告知承诺制 on the review step: the 承诺书 of the case's items, and signing it. The
 * applicant signs in the app; an agent photographs the paper the applicant signed at the station
 * (the server keeps who recorded it). Signed: when and how, and 撤回 while the case is with them.
 */
export function CommitmentSection({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const [busy, setBusy] = useState(false);
  const offer = view.commitmentOffer;
  if (!offer) return null;
  const signed = view.commitment;
  const asAgent = view.submittedBy.role === 'agent' && getSessionUser()?.id === view.submittedBy.userId;

  const run = async (write: (version: number) => Promise<ApplicationView>, done: string) => {
    setBusy(true);
    const outcome = await caseState.write(write);
    setBusy(false);
    if (outcome.ok) toast(done, 'success');
  };
  const signInApp = () => void run((v) => signCommitment(view.id, v, { how: 'app' }), '已签署承诺书');
  const sendPaper = async (file: PickedFile) => {
    setBusy(true);
    try {
      const upload = await uploadFile({ path: file.path, name: file.name });
      await run((v) => signCommitment(view.id, v, { how: 'paper', uploadId: upload.id }), '已上传纸质承诺书');
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="review-commitment" title="承诺书（容缺受理 · 告知承诺）" padded>
      <CommitmentScope view={view} />
      {offer.texts.map((t) => (
        <View key={t.itemName} className="commitment__text">
          {offer.texts.length > 1 ? <Text className="commitment__item">{`${t.itemName}：`}</Text> : null}
          <Text>{t.text}</Text>
        </View>
      ))}
      {signed ? (
        <View id="commitment-signed" className="commitment__signed">
          <Tag tone="green">已签署</Tag>
          <Text className="muted">
            {`${formatDateTime(signed.signedAt)} ${signed.how === 'paper' ? '纸质承诺书（代办员上传）' : '本人线上签署'}`}
          </Text>
          <Text
            id="commitment-withdraw"
            className="link"
            onClick={() => !busy && void run((v) => withdrawCommitment(view.id, v), '已撤回承诺书')}
          >
            撤回
          </Text>
        </View>
      ) : asAgent ? (
        <View id="commitment-paper">
          <View className="muted">请申请人在纸质承诺书上签字，拍照上传：</View>
          <FilePicker formats={['jpg', 'png', 'pdf']} disabled={busy} onPick={(f) => void sendPaper(f)} />
        </View>
      ) : (
        <Button id="commitment-sign" kind="primary" block loading={busy} onClick={signInApp}>
          我已阅读，同意并签署承诺书
        </Button>
      )}
    </Section>
  );
}
