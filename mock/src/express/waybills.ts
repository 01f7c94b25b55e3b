import { randomInt } from 'node:crypto';

export const COMPANIES = ['中国邮政EMS', '顺丰速运'] as const;
export type Company = (typeof COMPANIES)[number];

export const EVENT_TYPES = ['picked_up', 'in_transit', 'delivered', 'failed_attempt'] as const;
export type CourierEventType = (typeof EVENT_TYPES)[number];
export type WaybillStatus = 'created' | CourierEventType | 'cancelled';

export const DEFAULT_NOTES: Record<WaybillStatus, string> = {
  created: '已下单，等待揽收',
  picked_up: '快递员已揽收',
  in_transit: '运输中',
  delivered: '已签收',
  failed_attempt: '投递未成功，将再次投递',
  cancelled: '运单已取消',
};

export interface Party {
  name: string;
  phone: string;
  address: string;
}

export interface WaybillEvent {
  at: string;
  type: WaybillStatus;
  note: string;
}

export interface CallbackRecord {
  at: string;
  type: WaybillStatus;
  /** HTTP status of the callback; null when it could not be reached. */
  status: number | null;
}

export interface Waybill {
  waybillNo: string;
  company: Company;
  orderId: string;
  sender: Party;
  recipient: Party;
  cargo: { name: string; count: number };
  callbackUrl: string | null;
  /** The key the waybill was created with; callbacks are signed with it. */
  apiKey: string;
  status: WaybillStatus;
  events: WaybillEvent[];
  callbacks: CallbackRecord[];
  createdAt: string;
}

function digits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

/** UPU S10 check digit over 8 serial digits (weights 8 6 4 2 3 5 9 7). */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** EMS: `EA` + 8 digits + S10 check digit + `CN`; SF: `SF` + 13 digits. */
export function newWaybillNo(company: Company): string {
  if (company === '顺丰速运') return `SF${digits(13)}`;
  const serial = digits(8);
  return `EA${serial}${s10CheckDigit(serial)}CN`;
}

/** The express company's waybills, in memory. */
export class WaybillStore {
  private readonly byNo = new Map<string, Waybill>();

  add(input: Omit<Waybill, 'waybillNo' | 'status' | 'events' | 'callbacks' | 'createdAt'>): Waybill {
    let waybillNo = newWaybillNo(input.company);
    while (this.byNo.has(waybillNo)) waybillNo = newWaybillNo(input.company);
    const at = new Date().toISOString();
    const waybill: Waybill = {
      ...input,
      waybillNo,
      status: 'created',
      events: [{ at, type: 'created', note: DEFAULT_NOTES.created }],
      callbacks: [],
      createdAt: at,
    };
    this.byNo.set(waybillNo, waybill);
    return waybill;
  }

  get(waybillNo: string): Waybill | undefined {
    return this.byNo.get(waybillNo);
  }

  /** The live (not cancelled) waybill for a shipment, if any. */
  activeFor(orderId: string): Waybill | undefined {
    return [...this.byNo.values()].find((w) => w.orderId === orderId && w.status !== 'cancelled');
  }

  list(orderId?: string): Waybill[] {
    return [...this.byNo.values()].filter((w) => orderId === undefined || w.orderId === orderId);
  }
}

export function addEvent(waybill: Waybill, type: WaybillStatus, note?: string): WaybillEvent {
  const event: WaybillEvent = { at: new Date().toISOString(), type, note: note ?? DEFAULT_NOTES[type] };
  waybill.events.push(event);
  waybill.status = type;
  return event;
}

/** What the express API shows of a waybill. */
export function trackingOf(w: Waybill): Record<string, unknown> {
  return { waybillNo: w.waybillNo, company: w.company, orderId: w.orderId, status: w.status, events: w.events };
}
