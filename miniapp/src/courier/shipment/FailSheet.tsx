import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type CourierShipment } from '@onetrip/shared';
import { errorMessage } from '@/services/api-error';
import { failAttempt } from '@/services/courier';
import { cx } from '@/utils/cx';
import { Sheet } from '@/components';

/** The usual reasons, one tap each; 其他 needs words. */
export const FAIL_REASONS = [
  { key: 'absent', label: '收件人不在' },
  { key: 'no-answer', label: '电话无人接听' },
  { key: 'bad-address', label: '地址有误' },
  { key: 'other', label: '其他' },
] as const;

type ReasonKey = (typeof FAIL_REASONS)[number]['key'];

const MAX_REASON = 200;

/** The reason the server keeps: the preset, then what the courier added (`收件人不在：下午再送`). */
export function failReason(key: ReasonKey | null, note: string): string | null {
  const text = note.trim();
  const preset = FAIL_REASONS.find((r) => r.key === key);
  if (!preset) return null;
  if (preset.key === 'other') return text ? text.slice(0, MAX_REASON) : null;
  return (text ? `${preset.label}：${text}` : preset.label).slice(0, MAX_REASON);
}

interface FailSheetProps {
  shipment: CourierShipment;
  onDone: (next: CourierShipment) => void;
  onClose: () => void;
}

/** 投递未成功 with why; the envelope goes back to be picked up for another attempt. */
export function FailSheet({ shipment, onDone, onClose }: FailSheetProps) {
  const [key, setKey] = useState<ReasonKey | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reason = failReason(key, note);

  const send = async () => {
    if (!reason) return;
    setBusy(true);
    setProblem(null);
    try {
      onDone(await failAttempt(shipment.id, reason));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet
      id="fail-sheet"
      title="投递未成功"
      confirmId="fail-send"
      confirmText="确认登记"
      confirmKind="warn"
      disabled={!reason}
      busy={busy}
      onConfirm={() => void send()}
      onClose={onClose}
    >
      <View className="muted">请选择原因：</View>
      <View className="courier-reasons">
        {FAIL_REASONS.map((r) => (
          <Text
            key={r.key}
            id={`fail-reason-${r.key}`}
            className={cx('courier-choice', key === r.key && 'courier-choice--on')}
            onClick={() => setKey(r.key)}
          >
            {r.label}
          </Text>
        ))}
      </View>
      <Input
        id="fail-note"
        className="sheet__input"
        value={note}
        maxlength={MAX_REASON}
        placeholder={key === 'other' ? '请写明原因（必填）' : '补充说明（选填），如：已约下午再送'}
        onInput={(e) => setNote(e.detail.value)}
      />
      {problem ? (
        <View id="fail-error" className="courier-alert">
          {problem}
        </View>
      ) : null}
    </Sheet>
  );
}
