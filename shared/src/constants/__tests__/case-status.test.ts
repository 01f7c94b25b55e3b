import { CaseStatus } from '../../schemas/case-status';
import { CASE_STATUS_LABELS, CASE_STATUSES, canTransition, TERMINAL_STATUSES, TRANSITIONS } from '../case-status';

type Status = (typeof CASE_STATUSES)[number];

/** Every arrow of the lifecycle diagram in PRODUCT.md. */
const ARROWS: Array<[Status, Status, string]> = [
  ['draft', 'submitted', 'submit'],
  ['submitted', 'accepted', 'accept (or deemed accepted after 5 working days)'],
  ['accepted', 'approved', 'all items approved'],
  ['accepted', 'denied', 'any item denied'],
  ['approved', 'issued', 'issue'],
  ['issued', 'shipping', 'express'],
  ['shipping', 'delivered', 'deliver'],
  ['delivered', 'completed', 'done'],
  ['issued', 'ready_for_pickup', 'window'],
  ['ready_for_pickup', 'completed', 'handover'],
  // 电子送达 (docs/decisions.md): nothing to collect, the case ends at issue
  ['issued', 'completed', 'electronic'],
  ['submitted', 'supplement_required', 'supplement'],
  ['supplement_required', 'submitted', 'resubmit'],
  ['submitted', 'rejected', 'reject'],
  ['draft', 'withdrawn', 'withdraw'],
  ['submitted', 'withdrawn', 'withdraw'],
  ['supplement_required', 'withdrawn', 'withdraw'],
];

describe('case lifecycle', () => {
  it.each(ARROWS)('allows %s → %s (%s)', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('allows nothing the diagram does not draw', () => {
    const drawn = new Set(ARROWS.map(([from, to]) => `${from}→${to}`));
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES)
        expect([`${from}→${to}`, canTransition(from, to)]).toEqual([`${from}→${to}`, drawn.has(`${from}→${to}`)]);
    }
  });

  it.each<[Status, Status]>([
    ['draft', 'approved'],
    ['draft', 'accepted'],
    ['accepted', 'withdrawn'],
    ['approved', 'withdrawn'],
    ['accepted', 'supplement_required'],
    ['approved', 'completed'],
    ['shipping', 'completed'],
    ['submitted', 'submitted'],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('lets withdraw happen only from draft, submitted and supplement_required', () => {
    expect(CASE_STATUSES.filter((s) => canTransition(s, 'withdrawn'))).toEqual([
      'draft',
      'submitted',
      'supplement_required',
    ]);
  });

  it('ends in denied, rejected, completed and withdrawn', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['completed', 'denied', 'rejected', 'withdrawn']);
  });

  it('reaches every status from draft', () => {
    const seen = new Set<Status>(['draft']);
    const queue: Status[] = ['draft'];
    for (let s = queue.shift(); s; s = queue.shift()) {
      for (const next of TRANSITIONS[s].filter((n) => !seen.has(n))) {
        seen.add(next);
        queue.push(next);
      }
    }
    expect(seen.size).toBe(CASE_STATUSES.length);
  });

  it('refuses statuses from outside the list, including prototype names', () => {
    expect(canTransition('toString' as Status, 'draft')).toBe(false);
    expect(canTransition('draft', 'archived' as Status)).toBe(false);
  });

  it('has a distinct Chinese label for every status', () => {
    expect(Object.keys(CASE_STATUS_LABELS).sort()).toEqual([...CASE_STATUSES].sort());
    expect(new Set(Object.values(CASE_STATUS_LABELS)).size).toBe(CASE_STATUSES.length);
    expect(CASE_STATUS_LABELS.supplement_required).toBe('待补正');
  });

  it('validates statuses with the CaseStatus schema', () => {
    expect(CaseStatus.parse('ready_for_pickup')).toBe('ready_for_pickup');
    expect(CaseStatus.safeParse('archived').success).toBe(false);
  });
});
