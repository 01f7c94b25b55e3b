import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { shipmentEventLabel, type StaffApplicationView } from '@onetrip/shared';
import { Button, Cell, Section, Tag } from '@/components';
import { unlockShipment } from '@/services/staff';
import { LOCKED_LABEL, shipmentStatusLabel, shipmentTone } from '@/utils/shipment';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { type StaffCaseState } from '../common/use-staff-case';
import { TextSheet } from './ActionDialogs';

/** 解除锁定: what the window checked (kept with the shipment); the recipient then gets a new code. */
export function UnlockDialog({
  busy,
  onClose,
  onSend,
}: {
  busy: boolean;
  onClose: () => void;
  onSend: (note: string) => void;
}) {
  return (
    <TextSheet
      id="unlock-dialog"
      inputId="unlock-note"
      confirmId="unlock-send"
      title="解除锁定"
      hint="签收码已连续输错 5 次。请先与收件人电话核实，再解除锁定；系统会给收件人发送新的签收码。"
      placeholder="核实情况，如：已电话联系收件人本人，确认地址无误"
      confirmText="解除锁定并重发签收码"
      maxLength={200}
      busy={busy}
      onClose={onClose}
      onSend={onSend}
    />
  );
}

/** 政务快递 of an issued express case: where the envelope is, and 解除锁定 after five wrong codes. */
export function ShipmentSection({ caseState }: { caseState: StaffCaseState }) {
  const view = caseState.data as StaffApplicationView;
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const shipment = view.shipment;
  if (!shipment) return null;
  const last = shipment.events[shipment.events.length - 1];

  const unlock = async (note: string) => {
    setBusy(true);
    const { ok } = await caseState.write((version) => unlockShipment(view.id, version, { note }));
    setBusy(false);
    setDialog(false);
    if (ok) toast('已解除锁定', 'success');
  };

  return (
    <Section id="staff-shipment" title="政务快递">
      <Cell
        title={`${shipment.courierCompany} ${shipment.waybillNo}`}
        desc={last ? `${shipmentEventLabel(last.action)} · ${formatDateTime(last.at)}` : undefined}
        value={
          <View>
            <Tag tone={shipmentTone(shipment.status)}>
              <Text id="staff-shipment-status" data-status={shipment.status}>
                {shipmentStatusLabel(shipment.status)}
              </Text>
            </Tag>
            {shipment.locked ? ' ' : null}
            {shipment.locked ? (
              <Tag tone="red">
                <Text id="staff-shipment-locked">{LOCKED_LABEL}</Text>
              </Tag>
            ) : null}
          </View>
        }
      />
      {shipment.locked ? (
        <View className="page-actions">
          <Button id="action-unlock" kind="primary" block onClick={() => setDialog(true)}>
            解除锁定
          </Button>
        </View>
      ) : null}
      {dialog ? <UnlockDialog busy={busy} onClose={() => setDialog(false)} onSend={(n) => void unlock(n)} /> : null}
    </Section>
  );
}
