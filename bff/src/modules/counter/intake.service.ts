import { randomUUID } from 'node:crypto';
import {
  type CounterAcceptBody,
  type CounterCaseView,
  type CounterRefuseBody,
  type MissingEntry,
  type NoticeProblem,
  type RequestProblem,
} from '@onetrip/shared';
import {
  checkDepartmentsOf,
  commitmentOffer,
  fieldsOf,
  gapsDueFrom,
  missingOf,
  reserveCaseNumber,
  transitionCase,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { beijingDate } from '../../lib/beijing-date';
import { auditCounter, clerkEvent, loadCounterCase, type CounterContext } from './counter-access';
import { counterViewOf } from './counter-view';
import { CounterErrors } from './counter.errors';

/** A day the clerk names for the gaps is at most this many calendar days ahead. */
export const GAP_MAX_DAYS = 60;

const problem = (path: string, message: string): RequestProblem => ({ in: 'body', path, message });

/** Each listed gap must be a gapAllowed material of the case that is still missing. */
function gapProblems(record: ApplicationRecord, gaps: string[], missing: MissingEntry[]): RequestProblem[] {
  const byCode = new Map(record.materials.map((m) => [m.code, m]));
  const missingCodes = new Set(missing.flatMap((m) => ('materialCode' in m ? [m.materialCode] : [])));
  return gaps.flatMap((code, i): RequestProblem[] => {
    const material = byCode.get(code);
    if (!material) return [problem(`gaps.${i}`, `办件没有这项材料：${code}`)];
    if (!material.gapAllowed) return [problem(`gaps.${i}`, `${material.name}不允许容缺受理`)];
    if (!missingCodes.has(code)) return [problem(`gaps.${i}`, `${material.name}已收取，无需容缺`)];
    return [];
  });
}

/** The 告知承诺 materials still missing: the paper commitment signed at the counter replaces them. */
function promisedMissing(record: ApplicationRecord, missing: MissingEntry[]): string[] {
  const promised = new Set(record.materials.filter((m) => m.satisfiedBy === 'commitment').map((m) => m.code));
  return missing.flatMap((m) => ('materialCode' in m && promised.has(m.materialCode) ? [m.materialCode] : []));
}

/**
 * 容缺 or 告知承诺 at the counter: the person signs the printed 承诺书 there, and
 * the clerk's acceptance records it (on paper, by the clerk) in the same write,
 * with the departments that check the promises afterwards (核查).
 */
function paperCommitment(ctx: CounterContext, record: ApplicationRecord, now: Date) {
  const texts = commitmentOffer(record)?.texts ?? [];
  const commitment = { signedAt: now, how: 'paper' as const, by: { role: 'staff', userId: ctx.clerk.userId }, texts };
  const checks = checkDepartmentsOf({ ...record, commitment });
  return { set: { commitment, ...(checks.length ? { checkDepartments: checks } : {}) } };
}

/**
 * The day the gaps are promised by: the clerk's (tomorrow up to GAP_MAX_DAYS ahead), else the
 * commitment's working days (applications' DEFAULT_GAP_DAYS when the items name none).
 */
async function gapsDueOf(
  ctx: CounterContext,
  record: ApplicationRecord,
  body: CounterAcceptBody,
  gaps: string[],
  now: Date,
): Promise<string | null> {
  if (!gaps.length) {
    if (body?.gapsDue) throw CounterErrors.invalid([problem('gapsDue', '没有容缺材料，无需补齐期限')]);
    return null;
  }
  if (!body?.gapsDue) return gapsDueFrom(record, now, await loadCalendars(ctx.app.db));
  const today = beijingDate(now);
  const latest = beijingDate(new Date(now.getTime() + GAP_MAX_DAYS * 86_400_000));
  if (body.gapsDue <= today || body.gapsDue > latest)
    throw CounterErrors.invalid([problem('gapsDue', `补齐期限应在明天至${GAP_MAX_DAYS}天内`)]);
  return body.gapsDue;
}

/**
 * `POST /counter/cases/:id/accept` (If-Match): the person is at the counter
 * with complete papers, so the case is submitted and accepted in ONE write
 * (`draft` → `submitted` → `accepted`, both steps checked by the lifecycle):
 * a new number, `submittedAt` = `acceptedAt` = now (the time limit starts),
 * the `submitted` and `accepted` events by the clerk — who is therefore the
 * acceptor, and 受审分离 keeps them from approving it — and the `accepted`
 * message to the person. Missing gapAllowed materials the clerk lists in
 * `gaps` are accepted with a gap (容缺受理, as staff acceptance) due by `gapsDue`.
 *
 * Outcomes: the case; 400 for a listed gap that is not a missing gapAllowed
 * material (each listed) or a bad due day; 404; 409 VERSION_CONFLICT;
 * 409 INVALID_STATE when the case is not a draft; 422 INCOMPLETE listing
 * everything else still missing (fields, delivery, materials) — nothing is
 * written then. Audited `counter.case.accepted`.
 */
export async function acceptAtCounter(
  ctx: CounterContext,
  id: string,
  ifMatch: string,
  body: CounterAcceptBody,
): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id, ifMatch);
  if (record.status !== 'draft') throw CounterErrors.wrongState('办件已受理或已办结，不能再次受理');
  const gaps = body?.gaps ?? [];
  const missing = missingOf(record);
  const bad = gapProblems(record, gaps, missing);
  if (bad.length) throw CounterErrors.invalid(bad);
  const promised = promisedMissing(record, missing);
  const remaining = missing.filter(
    (m) => !('materialCode' in m && (gaps.includes(m.materialCode) || promised.includes(m.materialCode))),
  );
  if (remaining.length) throw CounterErrors.incomplete(remaining);
  const now = new Date();
  const paper = gaps.length || promised.length ? paperCommitment(ctx, record, now) : null;
  const gapsDue = await gapsDueOf(ctx, record, body, gaps, now);
  const names = gaps.map((code) => record.materials.find((m) => m.code === code)?.name ?? code);
  const number = await reserveCaseNumber(ctx.app.db, id, now);
  const hall = record.counter?.hall;
  const updated = await transitionCase(ctx.app, record, {
    path: ['submitted', 'accepted'],
    events: [
      clerkEvent(ctx, 'submitted', hall ? `柜台受理（${hall}）` : '柜台受理'),
      clerkEvent(ctx, 'accepted', names.length ? `容缺受理，待补：${names.join('、')}（${gapsDue}前）` : undefined),
    ],
    set: {
      number,
      submittedAt: now,
      acceptedAt: now,
      gaps,
      ...(gapsDue ? { gapsDue } : {}),
      ...(paper ? paper.set : {}),
    },
    notify: [{ kind: 'accepted' }],
  });
  await auditCounter(ctx, 'counter.case.accepted', { caseId: id, target: number });
  return counterViewOf(ctx, updated);
}

/** The clerk's own problems must name a material or a form field of the case (or `delivery`). */
function clerkProblems(record: ApplicationRecord, problems: NoticeProblem[]): RequestProblem[] {
  const materials = new Set(record.materials.map((m) => m.code));
  const fields = new Set([...fieldsOf(record).map((f) => f.key), 'delivery']);
  return problems.flatMap((p, i): RequestProblem[] => [
    ...(p.materialCode && !materials.has(p.materialCode)
      ? [problem(`problems.${i}.materialCode`, `办件没有这项材料：${p.materialCode}`)]
      : []),
    ...(p.field && !fields.has(p.field) ? [problem(`problems.${i}.field`, `办件没有这个填写项：${p.field}`)] : []),
  ]);
}

/**
 * `POST /counter/cases/:id/refuse` (If-Match): the intake is refused at the
 * counter with a one-time notice (一次性告知) listing everything still
 * missing (the server's `missingOf`) and the clerk's own problems. Decision:
 * the case stays a `draft` — nothing is accepted, no number is taken — and
 * keeps what the person has brought so far, so when they come back (or
 * finish it in WeChat) nothing is asked twice; the notice goes to `notices[]`
 * with an `intake_refused` event, and the 一次性告知书 is printed from it.
 *
 * Outcomes: the case; 400 for a problem naming nothing of the case, or when
 * nothing is missing and the clerk gave no problem; 404; 409 VERSION_CONFLICT;
 * 409 INVALID_STATE when the case is not a draft. Audited `counter.case.refused`.
 */
export async function refuseIntake(
  ctx: CounterContext,
  id: string,
  ifMatch: string,
  body: CounterRefuseBody,
): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id, ifMatch);
  if (record.status !== 'draft') throw CounterErrors.wrongState('办件已受理，不能出具一次性告知书');
  const own = body?.problems ?? [];
  const bad = clerkProblems(record, own);
  if (bad.length) throw CounterErrors.invalid(bad);
  const problems = [...missingOf(record), ...own];
  if (!problems.length) throw CounterErrors.nothingToTell();
  const notice = { id: randomUUID(), at: new Date(), problems };
  const summary = `一次性告知${problems.length}项：${problems.map((p) => p.reason).join('；')}`;
  const updated = await transitionCase(ctx.app, record, {
    events: [clerkEvent(ctx, 'intake_refused', summary)],
    more: { $push: { notices: notice } },
  });
  await auditCounter(ctx, 'counter.case.refused', { caseId: id, target: notice.id });
  return counterViewOf(ctx, updated);
}
