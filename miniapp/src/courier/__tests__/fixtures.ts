import { type CourierShipment } from '@onetrip/shared';

export const SHIPMENT_ID = '66a0b1c2d3e4f50612345678';

/** A shipment as GET /courier/shipments answers it (recipient masked); pass what differs. */
export function shipment(over: Partial<CourierShipment> = {}): CourierShipment {
  return {
    id: SHIPMENT_ID,
    waybillNo: 'SF1234567890',
    courierCompany: '顺丰速运',
    status: 'created',
    locked: false,
    caseNumber: 'ZW20261125000123',
    itemNames: ['居住证办理'],
    recipient: {
      name: '王*英',
      phoneMasked: '139****1234',
      address: { region: ['山东省', '临沂市', '莒南县'], detail: '人民路 18 号 3 单元 502' },
    },
    qrToken: 's-Tk9zP2aa',
    events: [{ at: '2026-11-25T02:00:00.000Z', action: 'created', note: '顺丰速运 SF1234567890' }],
    updatedAt: '2026-11-25T02:00:00.000Z',
    ...over,
  };
}

/** The same shipment a step later: its status and one more event. */
export function after(
  base: CourierShipment,
  status: CourierShipment['status'],
  action: CourierShipment['events'][number]['action'],
  note?: string,
): CourierShipment {
  const at = '2026-11-25T03:00:00.000Z';
  return { ...base, status, events: [...base.events, { at, action, ...(note ? { note } : {}) }], updatedAt: at };
}
