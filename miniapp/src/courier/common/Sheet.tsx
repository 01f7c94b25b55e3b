import { type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@/components';

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

/** A bottom sheet with 取消 and one confirm button, big enough to use with a thumb on the doorstep. */
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
  return (
    <View id={id} className="courier-sheet">
      <View className="courier-sheet__panel">
        <View className="courier-sheet__title">{title}</View>
        {children}
        <View className="courier-sheet__actions">
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
