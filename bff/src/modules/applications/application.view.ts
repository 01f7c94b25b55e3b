import {
  isInternalTimelineAction,
  maskIdNumber,
  maskPhone,
  type ApplicationList,
  type ApplicationView,
  type CasePickup,
  type Deadline,
  type FormField,
} from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { caseAuthorizationView } from './authorization.view';
import { type ApplicationRecord, type CaseMaterial } from './application.model';
import { deadlineView } from './case-clock';
import { maskData } from './form-values';
import { toShipmentView } from './shipment.view';
import { heldByOf } from './held';
import { commitmentView } from './commitment.view';
import { feeView } from './case-fee';
import { caseItemView, chainDecisionView } from './chain-view';
import { electronicAllowed } from './electronic-delivery';

type ListItem = ApplicationList['items'][number];

/** 材料免提交: `heldBy` when the centre holds the material (held.ts), else nothing. */
function heldView(record: ApplicationRecord, m: ApplicationRecord['materials'][number]) {
  const heldBy = heldByOf(record, m);
  return heldBy ? { heldBy } : {};
}

const iso = (d: Date) => d.toISOString();

/** The stored fields as FormField objects: only the keys of the contract, nothing mongoose added. */
export function fieldsOf(record: Pick<ApplicationRecord, 'form'>): FormField[] {
  return (record.form.fields as FormField[]).map((f) => ({
    key: f.key,
    label: f.label,
    type: f.type,
    required: f.required,
    ...(f.rules ? { rules: f.rules } : {}),
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
    ...(f.profile ? { profile: f.profile } : {}),
    ...(f.hint ? { hint: f.hint } : {}),
  }));
}

/** Express is offered only when every item of the case can travel by express. */
export const expressAllowed = (record: Pick<ApplicationRecord, 'items'>) =>
  record.items.every((i) => i.delivery.express);

function deliveryView(pii: Pii, delivery: ApplicationRecord['delivery']): ApplicationView['delivery'] {
  if (!delivery) return null;
  const { address } = delivery;
  return {
    method: delivery.method,
    ...(address
      ? {
          address: {
            name: address.name ?? '',
            phoneMasked: address.phoneEnc ? maskPhone(pii.decrypt(address.phoneEnc)) : '',
            region: [...address.region],
            detail: address.detail ?? '',
          },
        }
      : {}),
  };
}

function paymentView(payment: ApplicationRecord['payment']): Pick<ApplicationView, 'payment'> {
  if (!payment) return {};
  const { id, outTradeNo, amount, status, paidAt } = payment;
  return { payment: { id, outTradeNo, amount, status, ...(paidAt ? { paidAt: iso(paidAt) } : {}) } };
}

/** What the view cannot work out from the record alone. */
export interface ViewExtras {
  /** `caseDeadline(record, calendars)`; leave out where the case cannot have been accepted yet */
  deadline?: Deadline | null;
  /** show the window pick-up code: only for the applicant and the submitting agent */
  withPickupCode?: boolean;
  /** show the express receipt code (while shipping): only for the applicant and the submitting agent */
  withReceiptCode?: boolean;
  /** keep the centre's internal events (a chase of 效能监察): only for the centre's staff */
  withInternalEvents?: boolean;
  /** where a window case's result is collected (`pickupOf`, pickup-place.ts) */
  pickup?: CasePickup;
}

/** 分面上传: the material's slots and the slot each of its files fills (only files still on it). */
function slotsView(m: CaseMaterial): Pick<ApplicationView['materials'][number], 'slots' | 'uploadSlots'> {
  if (!m.slots?.length) return {};
  const slots = m.slots.map((s) => ({
    key: s.key,
    label: s.label,
    ...(s.sampleFile ? { sampleFile: { id: s.sampleFile.id, name: s.sampleFile.name } } : {}),
  }));
  const uploadSlots = (m.uploadSlots ?? [])
    .filter((u) => m.uploadIds.includes(u.uploadId))
    .map((u) => ({ uploadId: u.uploadId, slot: u.slot }));
  return { slots, ...(uploadSlots.length ? { uploadSlots } : {}) };
}

/**
 * The case as its applicant (or submitting agent) sees it: an allowlist of
 * the contract's fields; ID and phone numbers masked, in `data` too.
 */
export function toApplicationView(pii: Pii, record: ApplicationRecord, extras: ViewExtras = {}): ApplicationView {
  const fields = fieldsOf(record);
  const { applicant } = record;
  return {
    id: record._id.toHexString(),
    ...(record.number ? { number: record.number } : {}),
    version: record.version,
    status: record.status,
    ...(record.chain?.code ? { chain: { code: record.chain.code, name: record.chain.name ?? '' } } : {}),
    items: record.items.map((item) => caseItemView(record, item)),
    form: { fields },
    data: maskData(pii, fields, (record.data ?? {}) as Record<string, unknown>),
    materials: record.materials.map((m) => ({
      code: m.code,
      name: m.name,
      category: m.category,
      required: m.required,
      gapAllowed: m.gapAllowed,
      formats: m.formats as ('jpg' | 'png' | 'pdf')[],
      itemCodes: [...m.itemCodes],
      uploadIds: [...m.uploadIds],
      ...slotsView(m),
      ...(m.sample ? { sample: m.sample } : {}),
      ...(m.sampleFile ? { sampleFile: { id: m.sampleFile.id, name: m.sampleFile.name } } : {}),
      ...(m.satisfiedBy ? { satisfiedBy: m.satisfiedBy } : {}),
      ...(m.licenceTypes?.length ? { licenceTypes: [...m.licenceTypes] } : {}),
      ...heldView(record, m),
      // A counter case says for every material whether its original was seen (原件核验).
      ...(record.counter ? { originalChecked: Boolean(m.originalCheck) } : {}),
    })),
    delivery: deliveryView(pii, record.delivery),
    expressAllowed: expressAllowed(record),
    electronicAllowed: electronicAllowed(record),
    fee: feeView(record),
    applicant: applicant
      ? {
          name: applicant.name,
          idNumberMasked: maskIdNumber(pii.decrypt(applicant.idNumberEnc)),
          phoneMasked: maskPhone(pii.decrypt(applicant.phoneEnc)),
        }
      : null,
    submittedBy: submittedByView(record),
    timeline: record.timeline
      .filter((e) => extras.withInternalEvents || !isInternalTimelineAction(e.action))
      .map((e) => ({
        at: iso(e.at),
        actor: {
          role: e.actor.role as ApplicationView['timeline'][number]['actor']['role'],
          ...(e.actor.station ? { station: stationView(e.actor.station) } : {}),
        },
        action: e.action,
        ...(e.note ? { note: e.note } : {}),
      })),
    // The clock starts at acceptance (case-clock.ts).
    deadline: deadlineView(extras.deadline ?? null),
    notices: record.notices.map((n) => ({
      id: n.id,
      at: iso(n.at),
      problems: n.problems.map((p) => ({
        ...(p.materialCode ? { materialCode: p.materialCode } : {}),
        ...(p.field ? { field: p.field } : {}),
        reason: p.reason,
      })),
    })),
    ...(record.gaps?.length ? { gaps: [...record.gaps] } : {}),
    ...(record.gapsDue ? { gapsDue: record.gapsDue } : {}),
    ...commitmentView(record),
    ...(record.counter ? { counter: { hall: record.counter.hall } } : {}),
    ...paymentView(record.payment),
    ...(extras.withPickupCode && record.status === 'ready_for_pickup' && record.pickupCodeEnc
      ? { pickupCode: pii.decrypt(record.pickupCodeEnc) }
      : {}),
    ...(extras.pickup ? { pickup: extras.pickup } : {}),
    ...(record.shipment
      ? { shipment: toShipmentView(pii, { status: record.status, shipment: record.shipment }, extras.withReceiptCode) }
      : {}),
    ...(record.authorization ? { authorization: caseAuthorizationView(record.authorization) } : {}),
    ...chainDecisionView(record),
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

const stationView = (s: { town: string; village: string }) => ({ town: s.town, village: s.village });

/** Who started the case; for an agent also their name and station (the resident sees who applied for them). */
function submittedByView(record: ApplicationRecord): ApplicationView['submittedBy'] {
  const { role, userId, name, station } = record.submittedBy;
  return {
    role: role as ApplicationView['submittedBy']['role'],
    userId,
    ...(role === 'agent' && name ? { name } : {}),
    ...(role === 'agent' && station ? { station: stationView(station) } : {}),
  };
}

/** One row of GET /applications; `deadline` gives its light. */
export function toListItem(record: ApplicationRecord, deadline: Deadline | null = null): ListItem {
  return {
    id: record._id.toHexString(),
    ...(record.number ? { number: record.number } : {}),
    status: record.status,
    itemNames: record.items.map((i) => i.name),
    updatedAt: iso(record.updatedAt),
    ...(deadline ? { light: deadline.light } : {}),
    ...(record.submittedBy.role === 'agent' ? { submittedBy: submittedByView(record) } : {}),
  };
}
