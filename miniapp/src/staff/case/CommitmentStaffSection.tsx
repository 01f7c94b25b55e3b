import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type StaffApplicationView, type VerificationBody } from '@onetrip/shared';
import { Button, Cell, Section, Tag } from '@/components';
import { verifyApplication } from '@/services/staff';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { openUpload } from '../common/open-upload';
import { type StaffCaseState } from '../common/use-staff-case';
import { TextSheet } from './ActionDialogs';

const RESULT_LABELS = { confirmed: '核查属实', false_promise: '承诺不实' } as const;

/**
 * 承诺书 of the case for the window: what the applicant signed, how (in the app, or the paper an
 * agent photographed, or at the counter), and — for a 告知承诺 case — the department's 核查 once the
 * case is accepted: 核查属实, or 承诺不实 with what was found.
 */
export function CommitmentStaffSection({
  caseState,
  onChanged,
}: {
  caseState: StaffCaseState;
  onChanged?: () => void;
}) {
  const view = caseState.data as StaffApplicationView;
  const [sheet, setSheet] = useState<VerificationBody['result'] | null>(null);
  const [busy, setBusy] = useState(false);
  const signed = view.commitment;
  if (!signed && !view.verification) return null;
  const mine = view.verification?.pending.includes(view.department) ?? false;

  const send = async (result: VerificationBody['result'], note: string) => {
    setBusy(true);
    const body = { result, ...(note.trim() ? { note: note.trim() } : {}) };
    const { ok } = await caseState.write((v) => verifyApplication(view.id, v, body));
    setBusy(false);
    setSheet(null);
    if (ok) {
      toast('已记录核查结果', 'success');
      onChanged?.();
    }
  };

  return (
    <Section id="staff-commitment" title="承诺书与核查">
      {signed ? (
        <Cell
          title={signed.how === 'paper' ? '纸质承诺书' : '申请人线上签署'}
          desc={`${formatDateTime(signed.signedAt)}${signed.recordedBy.name ? ` · ${signed.recordedBy.name}上传` : ''}`}
          value={
            signed.uploadId ? (
              <Text className="link" onClick={() => void openUpload(signed.uploadId!).catch(() => toast('打开失败'))}>
                查看
              </Text>
            ) : undefined
          }
        />
      ) : null}
      {signed?.texts.map((t) => (
        <View key={t.itemName} className="staff-commitment__text muted">{`${t.itemName}：${t.text}`}</View>
      ))}
      {view.verification?.checks.map((c) => (
        <Cell
          key={`${c.department}-${c.at}`}
          title={`${c.department} ${RESULT_LABELS[c.result]}`}
          desc={[formatDateTime(c.at), c.note].filter(Boolean).join(' · ')}
          value={<Tag tone={c.result === 'confirmed' ? 'green' : 'red'}>{RESULT_LABELS[c.result]}</Tag>}
        />
      ))}
      {mine ? (
        <View className="page-actions" id="verification-actions">
          <View className="muted">本部门须对告知承诺的材料进行核查：</View>
          <Button id="verify-confirmed" kind="primary" block onClick={() => setSheet('confirmed')}>
            核查属实
          </Button>
          <Button id="verify-false" kind="warn" block onClick={() => setSheet('false_promise')}>
            承诺不实
          </Button>
        </View>
      ) : null}
      {sheet ? (
        <TextSheet
          id="verification-dialog"
          inputId="verification-note"
          title={RESULT_LABELS[sheet]}
          hint={sheet === 'confirmed' ? '核查情况：' : '请写明核查发现的问题：'}
          placeholder={sheet === 'confirmed' ? '如：现场核查，经营场所与承诺一致' : '如：现场无消防设施'}
          confirmText="提交核查结果"
          confirmKind={sheet === 'confirmed' ? 'primary' : 'warn'}
          maxLength={300}
          multiline
          busy={busy}
          onClose={() => setSheet(null)}
          onSend={(note) => void send(sheet, note)}
        />
      ) : null}
    </Section>
  );
}
