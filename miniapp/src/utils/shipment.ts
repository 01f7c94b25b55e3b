import { type ShipmentStatus } from '@onetrip/shared';
import { type TagTone } from '@/components/Tag';

/**
 * Words and colours of a shipment's status (政务快递), shared by the courier area, the resident's
 * tracking and the window. Written out here: the status list in `@onetrip/shared` sits beside zod.
 */
export const SHIPMENT_STATUS_LABELS: Readonly<Record<ShipmentStatus, string>> = {
  created: '待揽收',
  picked_up: '派送中',
  failed_attempt: '投递未成功',
  delivered: '已签收',
};

export const LOCKED_LABEL = '已锁定';

export function shipmentStatusLabel(status: ShipmentStatus): string {
  return SHIPMENT_STATUS_LABELS[status] ?? status;
}

/** Orange waits on someone (a failed attempt, a lock), green is done, blue is on its way. */
export function shipmentTone(status: ShipmentStatus, locked = false): TagTone {
  if (locked || status === 'failed_attempt') return 'orange';
  if (status === 'delivered') return 'green';
  return 'blue';
}

/** 山东省临沂市莒南县 + 人民路 18 号: the region's parts once each, then the street. */
export function formatAddress(address: { region: readonly string[]; detail: string }): string {
  const parts = address.region.filter((part, i) => part && address.region.indexOf(part) === i);
  return `${parts.join('')}${address.detail}`;
}
