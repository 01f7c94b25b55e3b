import { useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import { type CaseAlert } from '@onetrip/shared';
import { Sheet } from '@/components';
import { alertWhen, alertWhere } from './supervision-model';

/** The most a chase's note may say (the BFF refuses more). */
export const CHASE_NOTE_MAX = 200;

/** 催办 one case: who is told, and an optional note for them (督办意见). */
export function ChaseSheet({
  alert,
  busy,
  onClose,
  onSend,
}: {
  alert: CaseAlert;
  busy: boolean;
  onClose: () => void;
  onSend: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Sheet
      id="chase-sheet"
      title={`催办 ${alert.number}`}
      confirmId="chase-confirm"
      confirmText="确认催办"
      confirmKind="warn"
      busy={busy}
      onConfirm={() => onSend(note)}
      onClose={onClose}
    >
      <View className="muted">{`${alertWhere(alert)} · ${alertWhen(alert)}`}</View>
      <View className="muted">将通知该部门的窗口人员和部门负责人；同一办件 1 小时内只能催办一次。</View>
      <Textarea
        id="chase-note"
        className="sheet__input sheet__textarea"
        value={note}
        maxlength={CHASE_NOTE_MAX}
        placeholder="督办意见（选填，窗口人员可见）"
        onInput={(e) => setNote(e.detail.value)}
      />
    </Sheet>
  );
}
