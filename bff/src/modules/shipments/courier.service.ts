import mongoose from 'mongoose';
import {
  type CourierShipment,
  type CourierShipmentList,
  type CourierShipmentQuery,
  type DeliverBody,
  type FailAttemptBody,
  type ShipmentStatus,
} from '@onetrip/shared';
import {
  applicationModel,
  mergeUpdates,
  newRateLink,
  toCourierShipment,
  type ApplicationRecord,
  type CaseChange,
  type StoredShipmentEvent,
  type TimelineEntry,
  type UpdateLike,
} from '../applications';
import { courierWrite, loadCourierCase, type CourierContext, type ShippedCase } from './courier-access';
import { MAX_WRONG_CODES, receiptCodeMatches } from './receipt-code';
import { ShipmentErrors } from './shipments.errors';

const ACTIVE: ShipmentStatus[] = ['created', 'picked_up', 'failed_attempt'];

/** One step of a shipment: its own event and the case's timeline event, written together. */
interface Step {
  action: StoredShipmentEvent['action'];
  /** the case timeline's action (`shared/src/constants/timeline.ts`) */
  timeline: string;
  note?: string;
  /** the shipment's new status; none: it stays */
  status?: ShipmentStatus;
  /** the case's statuses passed through (delivery: delivered, completed) */
  path?: CaseChange['path'];
  more?: Pick<CaseChange, 'set' | 'notify'> & { events?: TimelineEntry[]; update?: UpdateLike };
}

function stepChange(ctx: CourierContext, step: Step): CaseChange {
  const at = new Date();
  const actor = { role: 'courier', userId: ctx.courier.userId };
  const note = step.note ? { note: step.note } : {};
  const event: StoredShipmentEvent = { at, action: step.action, actor, ...note };
  return {
    path: step.path ?? [],
    events: [{ at, actor, action: step.timeline, ...note }, ...(step.more?.events ?? [])],
    set: { ...(step.status ? { 'shipment.status': step.status } : {}), 'shipment.updatedAt': at, ...step.more?.set },
    more: mergeUpdates({ $push: { 'shipment.events': event } }, step.more?.update ?? {}),
    notify: step.more?.notify,
  };
}

/** Every courier action stops here: a locked shipment (423) or one no longer on its way (409). */
function assertOnItsWay(record: ShippedCase): void {
  if (record.shipment.locked) throw ShipmentErrors.locked();
  if (record.status !== 'shipping' || record.shipment.status === 'delivered') {
    throw ShipmentErrors.wrongState('快件已签收或已不在派送中');
  }
}

/**
 * `GET /courier/shipments?status=&page=&pageSize=`: the shipments of the
 * courier's company, most recently changed first; `active` = not delivered.
 * Outcomes: the page and the total (a courier without a company: none).
 */
export async function listShipments(ctx: CourierContext, query: CourierShipmentQuery): Promise<CourierShipmentList> {
  const { company } = ctx.courier;
  if (!company) return { items: [], total: 0 };
  const status =
    query.status === 'active'
      ? { 'shipment.status': mongoose.trusted({ $in: ACTIVE }) }
      : query.status
        ? { 'shipment.status': query.status }
        : {};
  const filter = { 'shipment.courierCompany': company, ...status };
  const Model = applicationModel(ctx.app.db);
  const [records, total] = await Promise.all([
    Model.find(filter)
      .sort({ 'shipment.updatedAt': -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<ApplicationRecord[]>(),
    Model.countDocuments(filter),
  ]);
  const items = records
    .filter((r): r is ShippedCase => Boolean(r.shipment))
    .map((r) => toCourierShipment(ctx.app.pii, r));
  return { items, total };
}

/** `GET /courier/shipments/:id` (what scanning the envelope opens). Outcomes: the shipment; 404 (another company's too). */
export async function getShipment(ctx: CourierContext, id: string): Promise<CourierShipment> {
  return toCourierShipment(ctx.app.pii, await loadCourierCase(ctx, id));
}

/**
 * `POST /courier/shipments/:id/pickup`: `created` → `picked_up`, and again
 * after a failed attempt (`failed_attempt` → `picked_up`, a new attempt).
 * Outcomes: the shipment; 404; 423 LOCKED; 409 INVALID_STATE when already picked up or delivered.
 */
export async function pickUp(ctx: CourierContext, id: string): Promise<CourierShipment> {
  const updated = await courierWrite(ctx, id, (record) => {
    assertOnItsWay(record);
    const { status } = record.shipment;
    if (status !== 'created' && status !== 'failed_attempt') throw ShipmentErrors.wrongState('快件已揽收');
    const note = status === 'failed_attempt' ? '再次投递' : undefined;
    return {
      change: stepChange(ctx, { action: 'picked_up', timeline: 'picked_up', status: 'picked_up', note }),
      audit: 'shipment.picked_up',
    };
  });
  return toCourierShipment(ctx.app.pii, updated);
}

/**
 * `POST /courier/shipments/:id/fail` `{reason}`: `picked_up` → `failed_attempt`
 * (it can be picked up again for another attempt). Outcomes: the shipment;
 * 404; 423 LOCKED; 409 INVALID_STATE when not picked up.
 */
export async function failAttempt(ctx: CourierContext, id: string, body: FailAttemptBody): Promise<CourierShipment> {
  const updated = await courierWrite(ctx, id, (record) => {
    assertOnItsWay(record);
    if (record.shipment.status !== 'picked_up') throw ShipmentErrors.wrongState('请先揽收快件');
    return {
      change: stepChange(ctx, {
        action: 'failed_attempt',
        timeline: 'delivery_failed',
        status: 'failed_attempt',
        note: body.reason,
      }),
      audit: 'shipment.failed_attempt',
    };
  });
  return toCourierShipment(ctx.app.pii, updated);
}

/**
 * The right code: shipment delivered, the case delivered and completed, the code forgotten, one message —
 * which carries the single-use rating link whose hash the same update stores (applications/rate-link.ts).
 */
function deliveredChange(ctx: CourierContext, record: ShippedCase): CaseChange {
  const now = new Date();
  const rateLink = newRateLink(ctx.app.pii, record, now);
  return stepChange(ctx, {
    action: 'delivered',
    timeline: 'delivered',
    status: 'delivered',
    path: ['delivered', 'completed'],
    more: {
      events: [
        { at: now, actor: { role: 'courier', userId: ctx.courier.userId }, action: 'completed', note: '快递签收' },
      ],
      set: { 'shipment.deliveredAt': now, completedAt: now, ...rateLink.set },
      update: { $unset: { 'shipment.receiptCodeHash': '', 'shipment.receiptCodeEnc': '' } },
      notify: [{ kind: 'delivered', extra: rateLink.extra }],
    },
  });
}

/** A wrong code: counted; the fifth locks the shipment (an event on the shipment and the case). */
function wrongCodeDecision(ctx: CourierContext, record: ShippedCase) {
  const wrong = record.shipment.wrongCodes + 1;
  if (wrong < MAX_WRONG_CODES) {
    return {
      change: { set: { 'shipment.wrongCodes': wrong } },
      audit: 'shipment.receipt_code_wrong',
      thenThrow: ShipmentErrors.codeWrong(MAX_WRONG_CODES - wrong),
    };
  }
  const note = `签收码连续错误${wrong}次`;
  return {
    change: stepChange(ctx, {
      action: 'locked',
      timeline: 'shipment_locked',
      note,
      more: { set: { 'shipment.wrongCodes': wrong, 'shipment.locked': true } },
    }),
    audit: 'shipment.locked',
    thenThrow: ShipmentErrors.locked(),
  };
}

/**
 * `POST /courier/shipments/:id/deliver` `{receiptCode}`: the recipient's code
 * confirms the delivery — shipment `delivered`, the case `delivered` then
 * `completed` (completedAt) with a `delivered` message, in ONE update.
 *
 * Outcomes: the shipment; 404; 409 INVALID_STATE when not picked up (or
 * delivered already); 422 RECEIPT_CODE_WRONG (`details: [{attemptsLeft}]`) for
 * the first four wrong codes; 423 LOCKED for the fifth (which locks it) and
 * for every try while locked, the right code included; 409 VERSION_CONFLICT
 * when the case stayed contended (nothing counted, right or wrong alike).
 */
export async function deliver(ctx: CourierContext, id: string, body: DeliverBody): Promise<CourierShipment> {
  const updated = await courierWrite(ctx, id, (record) => {
    assertOnItsWay(record);
    if (record.shipment.status !== 'picked_up') throw ShipmentErrors.wrongState('请先揽收快件');
    const { shipment } = record;
    if (!receiptCodeMatches(ctx.app.pii, shipment.id, shipment.receiptCodeHash, body.receiptCode)) {
      return wrongCodeDecision(ctx, record);
    }
    return { change: deliveredChange(ctx, record), audit: 'shipment.delivered' };
  });
  return toCourierShipment(ctx.app.pii, updated);
}
