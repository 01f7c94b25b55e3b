import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { type StaffApplicationView } from '@onetrip/shared';
import { cx } from '@/utils/cx';
import { Keypad, pressKey, Sheet } from '@/components';
import { useKeys } from '@/platform/keyboard';

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
  // A signed 承诺书 covers every gap material still missing: the server accepts them as gaps anyway.
  const committed = view.commitment
    ? allowed.filter((m) => m.required && !m.uploadIds.length && !m.heldBy).map((m) => m.code)
    : [];
  const [gaps, setGaps] = useState<string[]>(committed);
  const toggle = (code: string) =>
    setGaps((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  return (
    <Sheet
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
          <View className="muted">
            {committed.length
              ? '申请人已签署承诺书，未交的容缺材料随受理登记，按承诺期限补齐：'
              : '可容缺的材料（勾选后受理，申请人出证前补齐）：'}
          </View>
          <View>
            {allowed.map((m) => (
              <Text
                key={m.code}
                id={`gap-${m.code}`}
                className={cx('staff-choice', gaps.includes(m.code) && 'staff-choice--on')}
                onClick={() => !committed.includes(m.code) && toggle(m.code)}
              >
                {`${m.name}${m.uploadIds.length ? '' : '（未上传）'}`}
              </Text>
            ))}
          </View>
        </>
      ) : (
        <View className="muted">材料齐全、符合法定形式的，予以受理。</View>
      )}
    </Sheet>
  );
}

/**
 * A sheet with one text to type before the confirm button works: reasons (不予受理, 不予许可) and
 * notes (办结回访, 解除锁定). The confirm button is `confirmId`, by default `${id}-send`.
 */
export function TextSheet({
  id,
  inputId,
  confirmId = `${id}-send`,
  title,
  hint,
  placeholder,
  confirmText,
  confirmKind = 'primary',
  maxLength,
  multiline = false,
  busy,
  onClose,
  onSend,
}: BaseProps & {
  id: string;
  inputId: string;
  confirmId?: string;
  title: string;
  hint?: string;
  placeholder: string;
  confirmText: string;
  confirmKind?: 'primary' | 'warn';
  maxLength: number;
  multiline?: boolean;
  onSend: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const input = { id: inputId, value: text, maxlength: maxLength, placeholder };
  const onInput = (e: { detail: { value: string } }) => setText(e.detail.value);
  return (
    <Sheet
      id={id}
      title={title}
      confirmId={confirmId}
      confirmText={confirmText}
      confirmKind={confirmKind}
      disabled={!text.trim()}
      busy={busy}
      onConfirm={() => onSend(text.trim())}
      onClose={onClose}
    >
      {hint ? <View className="muted">{hint}</View> : null}
      {multiline ? (
        <Textarea {...input} className="sheet__input sheet__textarea" onInput={onInput} />
      ) : (
        <Input {...input} className="sheet__input" onInput={onInput} />
      )}
    </Sheet>
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
  return (
    <TextSheet
      id={id}
      inputId={`${id}-reason`}
      title={title}
      placeholder="理由和依据（申请人可见）"
      confirmText={confirmText}
      confirmKind="warn"
      maxLength={500}
      busy={busy}
      onClose={onClose}
      onSend={onSend}
    />
  );
}

const CERTIFICATE_NO = /^[A-Za-z0-9\u4e00-\u9fa5（）()〔〕[\]第号-]{1,64}$/;

/** 出证: the certificate number. */
export function IssueDialog({ busy, onClose, onSend }: BaseProps & { onSend: (certificateNo: string) => void }) {
  const [no, setNo] = useState('');
  const valid = CERTIFICATE_NO.test(no.trim());
  return (
    <Sheet
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
        className="sheet__input"
        value={no}
        maxlength={64}
        placeholder="证照编号"
        onInput={(e) => setNo(e.detail.value)}
      />
      {no && !valid ? <View className="muted">证照编号格式不正确</View> : null}
    </Sheet>
  );
}

/** 窗口领取: the resident's six-digit pick-up code on a keypad, or typed with a PC's digit keys. */
export function HandoverDialog({ busy, onClose, onSend }: BaseProps & { onSend: (pickupCode: string) => void }) {
  const [code, setCode] = useState('');
  useKeys(({ key, inInput }) => {
    if (inInput) return false;
    if (/^[0-9]$/.test(key)) setCode((c) => pressKey(c, key as Parameters<typeof pressKey>[1], 6));
    else if (key === 'Backspace') setCode((c) => pressKey(c, 'del', 6));
    else return false;
    return true;
  });
  return (
    <Sheet
      id="handover-dialog"
      title="窗口领取：输入取件码"
      confirmId="handover-send"
      confirmText="确认领取"
      disabled={code.length !== 6}
      busy={busy}
      onConfirm={() => onSend(code)}
      onClose={onClose}
    >
      <Keypad value={code} onChange={setCode} />
    </Sheet>
  );
}
