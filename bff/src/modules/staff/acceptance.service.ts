import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import {
  type AcceptBody,
  type ReasonBody,
  type RequestProblem as Problem,
  type StaffApplicationView,
  type SupplementBody,
} from '@onetrip/shared';
import {
  AUTHORIZATION_PROBLEM,
  fieldsOf,
  paperAcceptance,
  paperRefusal,
  checkDepartmentsOf,
  gapsAtAcceptance,
  gapsDueFrom,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { refundIfPaid } from '../payments';
import { assertStep, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { staffViewOf } from './staff-view';
import { StaffErrors } from './staff.errors';
import { applyChange } from './transition';

/** Every listed gap must be a material of the case marked gapAllowed. */
function gapProblems(record: ApplicationRecord, gaps: string[]): Problem[] {
  const byCode = new Map(record.materials.map((m) => [m.code, m]));
  return gaps.flatMap((code, i): Problem[] => {
    const material = byCode.get(code);
    if (!material) return [{ in: 'body', path: `gaps.${i}`, message: `办件没有这项材料：${code}` }];
    if (!material.gapAllowed) return [{ in: 'body', path: `gaps.${i}`, message: `${material.name}不允许容缺受理` }];
    return [];
  });
}

/**
 * 容缺受理: the gaps staff list and those the signed commitment covers, due by
 * the commitment's working days from now; and the departments that check the
 * 告知承诺 materials afterwards (核查 list). Shared with deemed acceptance.
 */
export async function gapsOnAcceptance(
  app: FastifyInstance,
  record: ApplicationRecord,
  listed: string[],
  now: Date,
): Promise<{ set: Record<string, unknown>; note?: string }> {
  const gaps = gapsAtAcceptance(record, listed);
  const checks = checkDepartmentsOf(record);
  const set: Record<string, unknown> = { gaps, ...(checks.length ? { checkDepartments: checks } : {}) };
  if (!gaps.length) return { set };
  const gapsDue = gapsDueFrom(record, now, await loadCalendars(app.db));
  const names = gaps.map((code) => record.materials.find((m) => m.code === code)?.name ?? code);
  return { set: { ...set, gapsDue }, note: `容缺受理，待补：${names.join('、')}（${gapsDue}前）` };
}

/**
 * `POST /staff/applications/:id/accept` with `If-Match`: `submitted` →
 * `accepted`; the time limit starts (`acceptedAt`). `gaps` lists gapAllowed
 * materials accepted while missing (容缺受理); with the applicant's signed
 * commitment, every gapAllowed material still missing is a gap too; all are
 * due by `gapsDue` (the commitment's working days, else five), supplied by upload.
 * An agent's case: accepting it accepts its paper authorization (checked with
 * the other materials) in the same write; a bad one is refused with a notice
 * naming `authorization` (supplementCase) or by rejecting the case.
 *
 * Outcomes: the staff view; 400 VALIDATION_FAILED for a gap that is not a
 * gapAllowed material of the case (each listed); 403 FORBIDDEN for a results
 * window (统一出件 does not accept); 404 NOT_FOUND (not seen: `canSee`);
 * 409 VERSION_CONFLICT (stale If-Match, or another staff member acted first);
 * 409 INVALID_STATE when the case is not `submitted`, or an agent's case has
 * neither a WeChat confirmation nor a paper authorization that is not refused.
 */
export async function acceptCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: AcceptBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'accept');
  const record = await loadStaffCase(ctx, id, ifMatch);
  const problems = gapProblems(record, body?.gaps ?? []);
  if (problems.length) throw StaffErrors.invalid(problems);
  const now = new Date();
  const gaps = await gapsOnAcceptance(ctx.app, record, body?.gaps ?? [], now);
  const paper = paperAcceptance(record, ctx.staff.userId, now);
  const notes = [...(gaps.note ? [gaps.note] : []), ...(paper.note ? [paper.note] : [])];
  const updated = await applyChange(ctx, record, {
    path: ['accepted'],
    events: [staffEvent(ctx, 'accepted', notes.length ? notes.join('；') : undefined)],
    set: { acceptedAt: now, ...gaps.set, ...paper.set },
    notify: [{ kind: 'accepted' }],
  });
  return staffViewOf(ctx, updated);
}

/** Every problem must name a material (or an agent's case's `authorization`), a form field, or the delivery choice. */
function noticeProblems(record: ApplicationRecord, problems: SupplementBody['problems']): Problem[] {
  const materials = new Set([
    ...record.materials.map((m) => m.code),
    ...(record.authorization ? [AUTHORIZATION_PROBLEM] : []),
  ]);
  const fields = new Set([...fieldsOf(record).map((f) => f.key), 'delivery']);
  return problems.flatMap((p, i): Problem[] => [
    ...(p.materialCode && !materials.has(p.materialCode)
      ? [{ in: 'body' as const, path: `problems.${i}.materialCode`, message: `办件没有这项材料：${p.materialCode}` }]
      : []),
    ...(p.field && !fields.has(p.field)
      ? [{ in: 'body' as const, path: `problems.${i}.field`, message: `办件没有这个填写项：${p.field}` }]
      : []),
  ]);
}

/**
 * `POST /staff/applications/:id/supplement` with `If-Match`: the one-time
 * notice (一次性告知) listing every problem at once; `submitted` →
 * `supplement_required`, and the clock pauses until the applicant resubmits.
 * One notice per round: the next one only after the resubmission. A problem
 * with `materialCode: 'authorization'` (an agent's case) refuses its paper
 * authorization in the same write; the agent's resubmission then needs a new
 * paper one or the resident's WeChat confirmation.
 *
 * Outcomes: the staff view; 400 VALIDATION_FAILED for a problem naming
 * nothing of the case (each listed); 404 NOT_FOUND; 409 VERSION_CONFLICT;
 * 409 INVALID_STATE when a notice of this round is out already or the case is not `submitted`.
 */
export async function supplementCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: SupplementBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'accept');
  const record = await loadStaffCase(ctx, id, ifMatch);
  if (record.status === 'supplement_required' || (record.pauses ?? []).some((p) => !p.to))
    throw StaffErrors.noticeThisRound();
  if (record.status !== 'submitted') throw StaffErrors.wrongState();
  const problems = noticeProblems(record, body.problems);
  if (problems.length) throw StaffErrors.invalid(problems);
  const now = new Date();
  const notice = { id: randomUUID(), at: now, problems: body.problems };
  const summary = `一次性告知${body.problems.length}项：${body.problems.map((p) => p.reason).join('；')}`;
  const refusal = body.problems.find((p) => p.materialCode === AUTHORIZATION_PROBLEM);
  const updated = await applyChange(ctx, record, {
    path: ['supplement_required'],
    events: [staffEvent(ctx, 'supplement_requested', summary)],
    ...(refusal ? { set: paperRefusal(record, refusal.reason, ctx.staff.userId, now) } : {}),
    more: { $push: { notices: notice, pauses: { from: now } } },
    notify: [{ kind: 'supplement_required', extra: { note: summary } }],
  });
  return staffViewOf(ctx, updated);
}

/**
 * `POST /staff/applications/:id/reject` with `If-Match`: `submitted` →
 * `rejected` (不予受理) with the reason, shown to the applicant.
 * Outcomes: the staff view; 404 NOT_FOUND; 409 VERSION_CONFLICT; 409 INVALID_STATE when not `submitted`.
 */
export async function rejectCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: ReasonBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'accept');
  const record = await loadStaffCase(ctx, id, ifMatch);
  const updated = await applyChange(ctx, record, {
    path: ['rejected'],
    events: [staffEvent(ctx, 'rejected', body.reason)],
    set: { rejectReason: body.reason },
    notify: [{ kind: 'rejected', extra: { note: body.reason } }],
  });
  // A paid case that is not served is refunded (payments module); the answer shows the refund's version.
  const refunded = await refundIfPaid(ctx.app, updated, 'rejected');
  return staffViewOf(ctx, refunded ?? updated);
}
