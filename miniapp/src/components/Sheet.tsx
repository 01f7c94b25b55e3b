import { type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useKeys } from '@/platform/keyboard';
import { Button } from './Button';

interface SheetProps {
  id: string;
  title: string;
  confirmId: string;
  confirmText: string;
  confirmKind?: 'primary' | 'warn';
  disabled?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A bottom sheet with 取消 and one confirm button (staff's reason dialogs, the courier's
 * delivery and failed-attempt sheets): reachable with a thumb, the confirm button always in sight.
 * With a keyboard (H5 at a PC), Enter confirms — not in a multi-line box, where it starts a line —
 * and Escape cancels.
 */
export function Sheet({
  id,
  title,
  confirmId,
  confirmText,
  confirmKind = 'primary',
  disabled,
  busy,
  onConfirm,
  onClose,
  children,
}: PropsWithChildren<SheetProps>) {
  useKeys(({ key, inTextarea }) => {
    if (key === 'Escape') {
      onClose();
      return true;
    }
    if (key !== 'Enter' || inTextarea) return false;
    if (!disabled && !busy) onConfirm();
    return true;
  });
  return (
    <View id={id} className="sheet">
      <View className="sheet__panel">
        <View className="sheet__title">{title}</View>
        {children}
        <View className="sheet__actions">
          <Button id={`${id}-cancel`} block onClick={onClose}>
            取消
          </Button>
          <Button id={confirmId} kind={confirmKind} block disabled={disabled} loading={busy} onClick={onConfirm}>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  );
}
