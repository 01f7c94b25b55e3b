import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type StaffApplicationView } from '@onetrip/shared';
import { cx } from '@/utils/cx';
import { Dialog } from '../common/Dialog';

interface BaseProps {
  busy: boolean;
  onClose: () => void;
}

/** 受理: optionally accept some gapAllowed materials still missing (容缺受理). */
export function AcceptDialog({
  view,
  busy,
  onClose,
  onSend,
}: BaseProps & { view: StaffApplicationView; onSend: (gaps: string[]) => void }) {
  const allowed = view.materials.filter((m) => m.gapAllowed);
  const [gaps, setGaps] = useState<string[]>([]);
  const toggle = (code: string) =>
    setGaps((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  return (
    <Dialog
      id="accept-dialog"
      title="受理"
      confirmId="accept-send"
      confirmText={gaps.length ? `容缺受理（${gaps.length} 项待补）` : '确认受理'}
      busy={busy}
      onConfirm={() => onSend(gaps)}
      onClose={onClose}
    >
      {allowed.length ? (
        <>
          <View className="muted">可容缺的材料（勾选后受理，申请人出证前补齐）：</View>
          <View>
            {allowed.map((m) => (
              <Text
                key={m.code}
                id={`gap-${m.code}`}
                className={cx('staff-choice', gaps.includes(m.code) && 'staff-choice--on')}
                onClick={() => toggle(m.code)}
              >
                {`${m.name}${m.uploadIds.length ? '' : '（未上传）'}`}
              </Text>
            ))}
          </View>
        </>
      ) : (
        <View className="muted">材料齐全、符合法定形式的，予以受理。</View>
      )}
    </Dialog>
  );
}

/** A reason to type: 不予受理 and 不予许可. */
export function ReasonDialog({
  id,
  title,
  confirmText,
  busy,
  onClose,
  onSend,
}: BaseProps & { id: string; title: string; confirmText: string; onSend: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  return (
    <Dialog
      id={id}
      title={title}
      confirmId={`${id}-send`}
      confirmText={confirmText}
      confirmKind="warn"
      disabled={!reason.trim()}
      busy={busy}
      onConfirm={() => onSend(reason.trim())}
      onClose={onClose}
    >
      <Input
        id={`${id}-reason`}
        className="staff-dialog__input"
        value={reason}
        maxlength={500}
        placeholder="理由和依据（申请人可见）"
        onInput={(e) => setReason(e.detail.value)}
      />
    </Dialog>
  );
}

const CERTIFICATE_NO = /^[A-Za-z0-9\u4e00-\u9fa5（）()〔〕[\]第号-]{1,64}$/;

/** 出证: the certificate number. */
export function IssueDialog({ busy, onClose, onSend }: BaseProps & { onSend: (certificateNo: string) => void }) {
  const [no, setNo] = useState('');
  const valid = CERTIFICATE_NO.test(no.trim());
  return (
    <Dialog
      id="issue-dialog"
      title="出证"
      confirmId="issue-send"
      confirmText="确认出证"
      disabled={!valid}
      busy={busy}
      onConfirm={() => onSend(no.trim())}
      onClose={onClose}
    >
      <Input
        id="certificate-no"
        className="staff-dialog__input"
        value={no}
        maxlength={64}
        placeholder="证照编号"
        onInput={(e) => setNo(e.detail.value)}
      />
      {no && !valid ? <View className="muted">证照编号格式不正确</View> : null}
    </Dialog>
  );
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'del'] as const;

/** 窗口领取: the resident's six-digit pick-up code on a keypad. */
export function HandoverDialog({ busy, onClose, onSend }: BaseProps & { onSend: (pickupCode: string) => void }) {
  const [code, setCode] = useState('');
  const press = (key: (typeof KEYS)[number]) =>
    setCode((c) => (key === 'del' ? c.slice(0, -1) : key === 'clear' ? '' : c.length < 6 ? c + key : c));
  return (
    <Dialog
      id="handover-dialog"
      title="窗口领取：输入取件码"
      confirmId="handover-send"
      confirmText="确认领取"
      disabled={code.length !== 6}
      busy={busy}
      onConfirm={() => onSend(code)}
      onClose={onClose}
    >
      <View id="pickup-input" className="keypad__code">
        {code.padEnd(6, '·')}
      </View>
      <View className="keypad">
        {KEYS.map((key) => (
          <View key={key} id={`key-${key}`} className="keypad__key" onClick={() => press(key)}>
            {key === 'del' ? '⌫' : key === 'clear' ? '清空' : key}
          </View>
        ))}
      </View>
    </Dialog>
  );
}
