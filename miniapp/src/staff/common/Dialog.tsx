import { type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@/components';

interface DialogProps {
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

/** A bottom sheet with 取消 and one confirm button. */
export function Dialog({
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
}: PropsWithChildren<DialogProps>) {
  return (
    <View id={id} className="staff-dialog">
      <View className="staff-dialog__panel">
        <View className="staff-dialog__title">{title}</View>
        {children}
        <View className="staff-dialog__actions">
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
