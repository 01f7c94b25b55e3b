import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CourierShipment } from '@onetrip/shared';
import { errorMessage, isApiError } from '@/services/api-error';
import { attemptsLeft, deliver } from '@/services/courier';
import { Keypad } from '@/components';
import { Sheet } from '@/components';

const CODE_LENGTH = 6;
export const LOCKED_MESSAGE = '已锁定，请联系窗口处理';

/** What a refused code tells the courier: how many tries are left when the server says. */
export function wrongCodeMessage(left: number | null): string {
  if (left === null) return '签收码错误，请向收件人核对后重新输入';
  if (left <= 0) return LOCKED_MESSAGE;
  return `签收码错误，还可尝试 ${left} 次`;
}

interface DeliverSheetProps {
  shipment: CourierShipment;
  onDelivered: (next: CourierShipment) => void;
  /** The shipment locked (423): the page reads it again to show the lock. */
  onLocked: () => void;
  onClose: () => void;
}

/** 签收: the recipient's six-digit receipt code on the keypad, checked by the server. */
export function DeliverSheet({ shipment, onDelivered, onLocked, onClose }: DeliverSheetProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);

  const type = (next: string) => {
    setCode(next);
    setProblem(null);
  };

  const send = async () => {
    setBusy(true);
    try {
      onDelivered(await deliver(shipment.id, code));
    } catch (error) {
      setCode('');
      if (isApiError(error) && error.code === 'LOCKED') {
        setLocked(true);
        setProblem(LOCKED_MESSAGE);
        onLocked();
      } else if (isApiError(error) && error.code === 'RECEIPT_CODE_WRONG') {
        setProblem(wrongCodeMessage(attemptsLeft(error)));
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet
      id="deliver-sheet"
      title="签收：请输入收件人的签收码"
      confirmId="deliver-send"
      confirmText={locked ? '已锁定' : '确认签收'}
      disabled={locked || code.length !== CODE_LENGTH}
      busy={busy}
      onConfirm={() => void send()}
      onClose={onClose}
    >
      <View className="muted">签收码是发送给收件人的 6 位数字，请收件人出示短信或微信通知。</View>
      <Keypad value={code} onChange={type} length={CODE_LENGTH} disabled={locked || busy} />
      {problem ? (
        <View id="deliver-error" className={locked ? 'courier-alert courier-alert--locked' : 'courier-alert'}>
          {problem}
        </View>
      ) : null}
    </Sheet>
  );
}
