import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type StaffApplicationView } from '@onetrip/shared';
import { Sheet } from '@/components';
import { CERTIFICATE_NO } from './certificate-no';

type Certificates = { code: string; certificateNo: string }[];

/**
 * 出证 of a case with several approved items (一链办理): each item's own certificate number. The
 * denied items get none and are not listed.
 */
export function CertificatesDialog({
  view,
  busy,
  onClose,
  onSend,
}: {
  view: StaffApplicationView;
  busy: boolean;
  onClose: () => void;
  onSend: (certificates: Certificates) => void;
}) {
  const approved = view.items.filter((i) => i.status === 'approved');
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const valueOf = (code: string) => (numbers[code] ?? '').trim();
  const valid = approved.every((i) => CERTIFICATE_NO.test(valueOf(i.code)));
  return (
    <Sheet
      id="issue-dialog"
      title="出证：填写各事项证照编号"
      confirmId="issue-send"
      confirmText="确认出证"
      disabled={!valid}
      busy={busy}
      onConfirm={() => onSend(approved.map((i) => ({ code: i.code, certificateNo: valueOf(i.code) })))}
      onClose={onClose}
    >
      {approved.map((item) => (
        <View key={item.code} className="certificate-row">
          <Text className="muted">{item.name}</Text>
          <Input
            id={`certificate-no-${item.code}`}
            className="sheet__input"
            value={numbers[item.code] ?? ''}
            maxlength={64}
            placeholder="证照编号"
            onInput={(e) => setNumbers((n) => ({ ...n, [item.code]: e.detail.value }))}
          />
          {valueOf(item.code) && !CERTIFICATE_NO.test(valueOf(item.code)) ? (
            <View className="muted">证照编号格式不正确</View>
          ) : null}
        </View>
      ))}
    </Sheet>
  );
}
