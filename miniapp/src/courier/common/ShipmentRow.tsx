import { Text, View } from '@tarojs/components';
import { type CourierShipment } from '@onetrip/shared';
import { Tag } from '@/components';
import { formatAddress, LOCKED_LABEL, shipmentStatusLabel, shipmentTone } from '@/utils/shipment';
import { formatDateTime } from '@/utils/time';

/** When it was signed for: the last `delivered` event. */
export function deliveredAt(shipment: CourierShipment): string | undefined {
  return [...shipment.events].reverse().find((e) => e.action === 'delivered')?.at;
}

/** One envelope: waybill and status first, then the case number printed on it, who and where. */
export function ShipmentRow({ shipment, onOpen }: { shipment: CourierShipment; onOpen: (id: string) => void }) {
  const signed = shipment.status === 'delivered' ? deliveredAt(shipment) : undefined;
  return (
    <View
      id={`shipment-${shipment.id}`}
      className="cell cell--link shipment-row"
      data-status={shipment.status}
      hoverClass="cell--active"
      onClick={() => onOpen(shipment.id)}
    >
      <View className="cell__main">
        <View className="shipment-row__top">
          <Text className="shipment-row__waybill">{shipment.waybillNo}</Text>
          <View className="shipment-row__tags">
            <Tag tone={shipmentTone(shipment.status)}>{shipmentStatusLabel(shipment.status)}</Tag>
            {shipment.locked ? <Tag tone="red">{LOCKED_LABEL}</Tag> : null}
          </View>
        </View>
        <View className="muted">{`办件编号 ${shipment.caseNumber} · ${shipment.itemNames.join('、')}`}</View>
        <View className="shipment-row__who">{`${shipment.recipient.name}  ${shipment.recipient.phoneMasked}`}</View>
        <View className="shipment-row__address">{formatAddress(shipment.recipient.address)}</View>
        {signed ? <View className="muted">{`${formatDateTime(signed)} 签收`}</View> : null}
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );
}
