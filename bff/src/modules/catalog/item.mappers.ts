import { type ItemGuide, type ItemInput, type ItemSummary } from '@onetrip/shared';
import { type ItemDoc } from './item.model';

/** The fee as the guide states it: a guide stored before dues existed is paid at submit. */
function feeOf(fee: ItemDoc['fee']): ItemInput['fee'] {
  // Whatever else is stored stays, so that the response's schema refuses a guide broken in the database.
  return { ...fee, due: fee?.due ?? 'submit' } as ItemInput['fee'];
}

/** The delivery as the guide states it: a guide stored before 电子送达 has none (false). */
function deliveryOf(delivery: ItemDoc['delivery']): ItemInput['delivery'] {
  const { window = false, express = false, expressFee = 0, electronic } = delivery ?? {};
  return { window, express, expressFee, electronic: electronic ?? false };
}

/** The stored item as the guide fields of ItemInput (the writer validated them). */
export function guideOf(doc: ItemDoc): ItemInput {
  const { name, department, kind, legalBasis, conditions, materials, form, process } = doc;
  const { legalDays, promisedDays, fee, delivery, windows, trips, licence, commitment } = doc;
  const { consultationPhone, resultSample } = doc;
  return {
    name,
    department,
    kind,
    legalBasis,
    conditions,
    materials,
    form,
    process,
    legalDays,
    promisedDays,
    fee: feeOf(fee),
    // Guides stored before 电子送达 have no `electronic`: published as false.
    delivery: deliveryOf(delivery),
    windows,
    trips,
    ...(licence ? { licence } : {}),
    ...(commitment ? { commitment } : {}),
    ...(consultationPhone ? { consultationPhone } : {}),
    ...(resultSample ? { resultSample } : {}),
  } as ItemInput;
}

/** The response of GET /items/:code: an allowlist, so search keys and ids never leave. */
export function toItemGuide(doc: ItemDoc & { updatedAt: Date }): ItemGuide {
  return { ...guideOf(doc), code: doc.code, version: doc.version, updatedAt: doc.updatedAt.toISOString() };
}

export function toItemSummary(doc: ItemDoc): ItemSummary {
  const { name, department, trips, promisedDays, fee, delivery } = guideOf(doc);
  return {
    code: doc.code,
    name,
    department,
    trips,
    promisedDays,
    fee: { amount: fee.amount, ...(fee.basis == null ? {} : { basis: fee.basis }), due: fee.due ?? 'submit' },
    delivery,
  };
}
