import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { shipmentEventLabel, type CourierShipment } from '@onetrip/shared';
import { Button, Cell, Section, Tag, Timeline } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { pickUp } from '@/services/courier';
import { PAGES } from '@/utils/navigation';
import { formatAddress, LOCKED_LABEL, shipmentStatusLabel, shipmentTone } from '@/utils/shipment';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { scanShipment } from '../common/scan-shipment';
import { deliveredAt } from '../common/ShipmentRow';
import { type ShipmentState } from '../common/use-shipment';
import { DeliverSheet, LOCKED_MESSAGE } from './DeliverSheet';
import { FailSheet } from './FailSheet';

type SheetName = 'deliver' | 'fail';

/** 揽收 is possible from the centre (`created`) and after a failed attempt, for another try. */
const CAN_PICK_UP: ReadonlyArray<CourierShipment['status']> = ['created', 'failed_attempt'];

/** One envelope: what is on it, who gets it, and the step it is at (揽收 → 签收 or 投递未成功). */
export function ShipmentBody({ state }: { state: ShipmentState }) {
  const shipment = state.data as CourierShipment;
  const [sheet, setSheet] = useState<SheetName | null>(null);
  const [busy, setBusy] = useState(false);
  const { locked, status } = shipment;

  const pickup = async () => {
    setBusy(true);
    try {
      state.keep(await pickUp(shipment.id));
      toast('已揽收', 'success');
    } catch (error) {
      toast(errorMessage(error));
      // A lock or a change made elsewhere (another courier, the window): show the shipment as it is.
      if (isApiError(error) && (error.code === 'LOCKED' || error.code === 'INVALID_STATE')) await state.refresh();
    } finally {
      setBusy(false);
    }
  };

  // The envelope's own code must be this shipment's: a courier holding the wrong one is told so.
  const scanThenPickUp = async () => {
    const scanned = await scanShipment();
    if (!scanned) return;
    if (scanned === shipment.id) {
      await pickup();
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '不是这件快件',
      content: '扫到的是另一件快件的二维码。要打开那一件吗？',
      confirmText: '打开',
    });
    if (confirm) void Taro.redirectTo({ url: PAGES.courierShipment(scanned) });
  };

  const signedAt = status === 'delivered' ? deliveredAt(shipment) : undefined;

  return (
    <View>
      <View className="head-card shipment-head">
        <View className="shipment-head__row">
          <Text className="muted">运单号</Text>
          <Text id="shipment-waybill" className="shipment-head__waybill">
            {shipment.waybillNo}
          </Text>
        </View>
        <View className="shipment-head__tags">
          <Tag tone={shipmentTone(status)}>
            <Text id="shipment-status" data-status={status}>
              {shipmentStatusLabel(status)}
            </Text>
          </Tag>
          {locked ? (
            <Tag tone="red">
              <Text id="shipment-locked">{LOCKED_LABEL}</Text>
            </Tag>
          ) : null}
          <Text className="muted">{shipment.courierCompany}</Text>
        </View>
        <View id="shipment-case-number" className="shipment-head__case">
          {`办件编号 ${shipment.caseNumber}`}
        </View>
        <View className="head-card__sub">{shipment.itemNames.join('、')}</View>
      </View>

      {locked ? (
        <View id="shipment-locked-hint" className="courier-alert courier-alert--locked courier-banner">
          {`签收码错误次数过多，${LOCKED_MESSAGE}。窗口核实后会给收件人重新发送签收码。`}
        </View>
      ) : null}

      <Section id="shipment-recipient" title="收件人">
        <Cell title={shipment.recipient.name} value={shipment.recipient.phoneMasked} />
        <Cell id="shipment-address" title={formatAddress(shipment.recipient.address)} />
      </Section>

      <View id="shipment-actions" className="page-actions">
        {!locked && CAN_PICK_UP.includes(status) ? (
          <>
            <Button id="pickup-button" kind="primary" size="large" block loading={busy} onClick={() => void pickup()}>
              {status === 'failed_attempt' ? '重新揽收，再次派送' : '确认揽收'}
            </Button>
            <Button id="pickup-scan" block disabled={busy} onClick={() => void scanThenPickUp()}>
              扫快件二维码核对后揽收
            </Button>
          </>
        ) : null}
        {!locked && status === 'picked_up' ? (
          <>
            <Button id="deliver-button" kind="primary" size="large" block onClick={() => setSheet('deliver')}>
              签收（输入签收码）
            </Button>
            <Button id="fail-button" block onClick={() => setSheet('fail')}>
              投递未成功
            </Button>
          </>
        ) : null}
        {status === 'delivered' ? (
          <View id="shipment-delivered" className="courier-done">
            {signedAt ? `已于 ${formatDateTime(signedAt)} 签收` : '已签收'}
          </View>
        ) : null}
      </View>

      <Section title="物流记录" padded>
        <Timeline
          id="shipment-events"
          rows={shipment.events.map((e) => ({ at: e.at, label: shipmentEventLabel(e.action), note: e.note }))}
        />
      </Section>

      {sheet === 'deliver' ? (
        <DeliverSheet
          shipment={shipment}
          onDelivered={(next) => {
            setSheet(null);
            state.keep(next);
            toast('签收成功', 'success');
          }}
          onLocked={state.retry}
          onClose={() => setSheet(null)}
        />
      ) : null}
      {sheet === 'fail' ? (
        <FailSheet
          shipment={shipment}
          onDone={(next) => {
            setSheet(null);
            state.keep(next);
            toast('已登记', 'success');
          }}
          onClose={() => setSheet(null)}
        />
      ) : null}
    </View>
  );
}
