import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import {
  acceptanceDeadline,
  applicationModel,
  submittedAtOf,
  tryTransitionCase,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { gapsOnAcceptance } from './acceptance.service';
import { startPeriodicJob } from '../../lib/periodic-job';

export const DEEMED_ACCEPTANCE_NOTE = '依《行政许可法》第三十二条，逾期未告知视为受理';

/** Five working days never fit in four calendar days: younger cases are not even read. */
const MIN_AGE_MS = 4 * 24 * 60 * 60_000;
const BATCH = 200;

/**
 * 行政许可法 §32 逾期不告知的，自收到申请材料之日起即为受理: accepted as of the
 * start of the round that ran out — the submission, or the resubmission that
 * answered the last notice.
 */
function roundStart(record: ApplicationRecord): Date {
  const resumed = (record.pauses ?? []).flatMap((p) => (p.to ? [p.to] : []));
  const last = resumed.reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  return last ?? submittedAtOf(record) ?? record.createdAt;
}

/**
 * One pass of the deemed-acceptance job: every `submitted` case whose §32
 * clock (five working days from submission, paused while a notice waited for
 * the resident) has run out is accepted, with a `deemed_accepted` event by
 * `system` and an `accepted` message, through `tryTransitionCase`. A case someone
 * changed meanwhile (a lost race) is skipped: staff acted, or the next pass
 * sees it again. Returns how many cases it accepted.
 */
export async function acceptOverdue(app: FastifyInstance, now = new Date()): Promise<number> {
  const Cases = applicationModel(app.db);
  const candidates = await Cases.find({
    status: 'submitted',
    submittedAt: mongoose.trusted({ $lte: new Date(now.getTime() - MIN_AGE_MS) }),
  })
    .sort({ submittedAt: 1 })
    .limit(BATCH)
    .lean<ApplicationRecord[]>();
  const calendars = await loadCalendars(app.db);
  let accepted = 0;
  for (const record of candidates) {
    const clock = acceptanceDeadline(record, calendars, now);
    if (!clock || now.getTime() <= clock.dueAt.getTime()) continue;
    // The gaps a signed commitment covers are accepted as gaps, as staff would (容缺受理).
    const acceptedAt = roundStart(record);
    const gaps = await gapsOnAcceptance(app, record, [], acceptedAt);
    const updated = await tryTransitionCase(app, record, {
      path: ['accepted'],
      events: [{ at: now, actor: { role: 'system' }, action: 'deemed_accepted', note: DEEMED_ACCEPTANCE_NOTE }],
      set: { acceptedAt, ...gaps.set },
      notify: [{ kind: 'accepted' }],
    });
    const id = record._id.toHexString();
    if (updated) {
      accepted += 1;
      app.log.info({ action: 'case.deemed_accepted', caseId: id }, 'case deemed accepted (§32)');
    }
  }
  return accepted;
}

/** Runs acceptOverdue every `intervalMs` (0 = never), one pass at a time, stopped when the app closes. */
export function startDeemedAcceptanceJob(app: FastifyInstance, intervalMs: number): void {
  startPeriodicJob(app, intervalMs, 'case.deemed_accepted', () => acceptOverdue(app));
}
