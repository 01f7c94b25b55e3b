import { type CounterCaseView, type CounterMissing } from '@onetrip/shared';
import { caseDeadline, missingOf, toApplicationView, type ApplicationRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { type CounterContext } from './counter-access';

/**
 * What the case still lacks (the resident's submit check, `missingOf`), each
 * marked whether it may be accepted with a gap (容缺受理: a gapAllowed material).
 */
export function counterMissing(record: ApplicationRecord): CounterMissing[] {
  const byCode = new Map(record.materials.map((m) => [m.code, m]));
  return missingOf(record).map((entry) =>
    'materialCode' in entry
      ? { ...entry, gapAllowed: byCode.get(entry.materialCode)?.gapAllowed ?? false }
      : { ...entry, gapAllowed: false },
  );
}

/**
 * The case as the counter shows it: the applicant's view (ID and phone
 * masked, with `originalChecked` per material), where and by whom it was
 * started, what is still missing, and when it was accepted.
 */
export async function counterViewOf(ctx: CounterContext, record: ApplicationRecord): Promise<CounterCaseView> {
  const counter = record.counter;
  if (!counter) throw new Error('not a counter case');
  const deadline = record.acceptedAt ? caseDeadline(record, await loadCalendars(ctx.app.db)) : null;
  return {
    ...toApplicationView(ctx.app.pii, record, { deadline }),
    counter: {
      hall: counter.hall,
      personId: counter.personId,
      startedBy: counter.clerkId,
      startedAt: counter.startedAt.toISOString(),
    },
    missing: record.status === 'draft' || record.gaps?.length ? counterMissing(record) : [],
    ...(record.acceptedAt ? { acceptedAt: record.acceptedAt.toISOString() } : {}),
  };
}
