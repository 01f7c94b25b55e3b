import { type ApplicationRecord, type CaseItem, type CaseMaterial } from './application.types';

type ChainCase = Pick<ApplicationRecord, 'chain' | 'items'>;

/**
 * 一链办理: the earlier item of the same chain whose result (its licence type, `item.licence`)
 * stands for this material, or null. Earlier = before every item that asks for the material, in
 * the chain's order (the case keeps it): the producing item cannot need its own result, and an
 * item placed before the producer would have to wait for a later one. Only chain cases: a chain
 * is the centre's own sequence, a case of freely chosen items has no order to rely on.
 */
export function chainSourceOf(record: ChainCase, material: Pick<CaseMaterial, 'itemCodes' | 'licenceTypes'>) {
  const types = material.licenceTypes ?? [];
  if (!record.chain || !types.length) return null;
  const firstNeeding = record.items.findIndex((i) => material.itemCodes.includes(i.code));
  if (firstNeeding < 0) return null;
  const source = record.items.slice(0, firstNeeding).find((i) => i.licence && types.includes(i.licence.type));
  return source?.licence ? { item: source, type: source.licence.type } : null;
}

/**
 * The codes of the earlier items `code` takes a result from (through a material held by the chain that
 * the item asks for). A material the applicant covered with an attached licence depends on nothing.
 */
export function sourcesOf(record: ChainCase & Pick<ApplicationRecord, 'materials'>, code: string): string[] {
  const codes = new Set<string>();
  for (const m of record.materials) {
    if (!m.itemCodes.includes(code) || m.licence) continue;
    const source = chainSourceOf(record, m);
    if (source) codes.add(source.item.code);
  }
  return [...codes];
}

/** The items that end with `code` (不予许可 of their input): its dependents, and theirs, in case order. */
export function dependentsOf(record: ChainCase & Pick<ApplicationRecord, 'materials'>, code: string): CaseItem[] {
  const ended = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of record.items) {
      if (ended.has(item.code)) continue;
      if (sourcesOf(record, item.code).some((c) => ended.has(c))) {
        ended.add(item.code);
        grew = true;
      }
    }
  }
  return record.items.filter((i) => i.code !== code && ended.has(i.code));
}

/** A chain case of more than one item: a denied item ends that item only, and the lead department decides on the rest. */
export const decidesPerItem = (record: ChainCase) => Boolean(record.chain) && record.items.length > 1;

/**
 * The lead department has yet to say whether the rest goes on: an `accepted` chain case has a denied item
 * its last decision did not cover (a later denial changes the picture, so it needs a decision of its own).
 */
export function awaitsChainDecision(record: ChainCase & Pick<ApplicationRecord, 'status' | 'chainDecision'>): boolean {
  if (record.status !== 'accepted' || !decidesPerItem(record)) return false;
  const covered = new Set(record.chainDecision?.goOn ? record.chainDecision.covers : []);
  return record.items.some((i) => i.status === 'denied' && !covered.has(i.code));
}

/**
 * Every item is decided, at least one approved, and any denial is covered by the lead's go-on:
 * the case can be `approved` (issue then issues its approved items only).
 */
export function readyToApprove(record: ChainCase & Pick<ApplicationRecord, 'status' | 'chainDecision'>): boolean {
  if (record.items.some((i) => i.status === 'pending')) return false;
  if (!record.items.some((i) => i.status === 'approved')) return false;
  return !awaitsChainDecision(record);
}
