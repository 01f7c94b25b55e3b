import { type FastifyInstance } from 'fastify';
import {
  caseGaps,
  requiredMessage,
  slotsMissing,
  type ApplicationView,
  type MissingEntry as Missing,
  type SubmitResult,
} from '@onetrip/shared';
import { idempotent } from '../../lib/idempotency';
import { type AuthUser } from '../../plugins/app/authenticate';
import { type ApplicationRecord, type CaseMaterial } from './application.model';
import { ApplicationErrors } from './application.errors';
import { fieldsOf, toApplicationView } from './application.view';
import { eventBy, loadCase } from './case-access';
import { writeCase } from './case-write';
import { readCase } from './case-read';
import { auditAgentAction } from './case-audit';
import { reserveCaseNumber } from './case-number';
import { progressLink } from './progress-link';
import { enqueue, mergeUpdates, type OutboxExtra } from './case-outbox';
import { assertAuthorized, assertNotRevoked } from './authorization.rules';
import { materialPresent } from './held';

/**
 * Everything a case still lacks before it can go to the centre, all at once
 * (一次性告知): every required field without a value, the delivery method,
 * and every required material without an upload that the centre does not
 * already hold (`held.ts`: 材料免提交). A `gapAllowed` material may stay
 * missing once the applicant signed the case's commitment (容缺受理: staff
 * accept it as a gap, due by the commitment's deadline; commitment.ts); the
 * reason says so, as for a 告知承诺 material the commitment would replace.
 */
export function missingOf(record: ApplicationRecord): Missing[] {
  const fields = fieldsOf(record);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  // The one rule of what is missing (shared: the phone's application steps tick by it too).
  const gaps = caseGaps({
    fields,
    data: record.data ?? {},
    delivery: record.delivery,
    materials: record.materials.map((m) => ({ ...m, present: materialPresent(record, m) })),
    committed: Boolean(record.commitment),
  });
  const missing: Missing[] = gaps.fields.flatMap((key) => {
    const field = byKey.get(key);
    return field ? [{ field: key, reason: requiredMessage(field) }] : [];
  });
  if (gaps.delivery) missing.push({ field: 'delivery', reason: '请选择领取方式' });
  for (const m of record.materials) {
    if (gaps.materials.includes(m.code))
      missing.push({ materialCode: m.code, reason: missingMaterialReason(record, m) });
  }
  return missing;
}

function missingMaterialReason(record: ApplicationRecord, m: CaseMaterial): string {
  // 分面上传: some sides are in; name the ones still to photograph.
  const sides = m.uploadIds.length ? slotsMissing(m) : [];
  if (sides.length) return `请上传${m.name}的${sides.map((s) => s.label).join('、')}`;
  const offered = record.items.some((i) => i.commitment && m.itemCodes.includes(i.code));
  if (offered && m.gapAllowed) return `请上传${m.name}，或签署承诺书后容缺受理（受理后限期补交）`;
  if (offered && m.satisfiedBy === 'commitment') return `请上传${m.name}，或签署承诺书代替（告知承诺）`;
  return `请上传${m.name}`;
}

function assertComplete(record: ApplicationRecord): void {
  const missing = missingOf(record);
  if (missing.length) throw ApplicationErrors.incomplete(missing);
}

/**
 * The `submitted` message of an agent's case goes by SMS to the phone the
 * agent gave, whatever WeChat the resident has: the resident may not know of
 * the case yet and may have no WeChat. It carries the number, the lookup code
 * (the phone's last four digits) and a link to the public progress page.
 */
function submittedExtra(app: FastifyInstance, record: ApplicationRecord, number: string): OutboxExtra | undefined {
  if (record.submittedBy.role !== 'agent') return undefined;
  return { sms: true, link: progressLink(app.config.PUBLIC_H5_URL, number) };
}

/**
 * `POST /applications/:id/submit` with `Idempotency-Key` (scoped to the
 * user, not the case): `draft` → `submitted` with a new case number and a
 * timeline event, in one version-guarded write.
 *
 * Outcomes:
 * - `{status: 'submitted', number}`; the same key again gets the same answer
 *   (also while the first request is still running: it waits for it);
 * - 422 INCOMPLETE: details list every missing field (`{field, reason}`) and material (`{materialCode, reason}`);
 * - 422 IDEMPOTENCY_KEY_REUSED: the key was used for another case;
 * - 404 NOT_FOUND: not the user's case;
 * - 409 INVALID_STATE: the case is not a draft (already submitted, withdrawn…); an agent's case
 *   whose authorization is revoked, or neither confirmed nor on paper (or the paper was refused);
 * - 409 VERSION_CONFLICT: the case changed between read and write.
 * An agent's submission is audited and texted to the resident (`submittedExtra`).
 */
export async function submitApplication(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  key: string,
): Promise<SubmitResult> {
  const { body } = await idempotent<SubmitResult>(
    app.db,
    { scope: 'submit', userId: auth.id, key, request: { caseId: id } },
    {
      recover: async (keyId) => {
        // A submit that crashed after its write: the case carries the key's id.
        const record = await readCase(app, id);
        return record?.submitKey === keyId && record.number
          ? { status: 200, body: { status: 'submitted', number: record.number } }
          : null;
      },
      run: async (keyId) => {
        const record = await loadCase(app, auth, id);
        // A revoked authorization withdrew the case: say why rather than "already withdrawn".
        assertNotRevoked(record);
        if (record.status !== 'draft') throw ApplicationErrors.wrongState('办件已提交或已撤回，不能再次提交');
        assertComplete(record);
        assertAuthorized(record);
        const number = await reserveCaseNumber(app.db, id);
        await writeCase(
          app,
          record,
          mergeUpdates(
            {
              $set: { status: 'submitted', number, submittedAt: new Date(), submitKey: keyId },
              $push: { timeline: eventBy(record, auth, 'submitted') },
            },
            enqueue(record, 'submitted', submittedExtra(app, record, number)),
          ),
        );
        await auditAgentAction(app, auth, record, 'case.submitted');
        return { status: 200, body: { status: 'submitted', number } };
      },
    },
  );
  return body;
}

/**
 * The open pause of the notice being answered, closed now: the clock runs
 * again and the next notice belongs to a new round.
 */
function closePause(record: ApplicationRecord, at: Date): Record<string, Date> {
  const open = (record.pauses ?? []).findIndex((p) => !p.to);
  return open < 0 ? {} : { [`pauses.${open}.to`]: at };
}

/**
 * `POST /applications/:id/resubmit`: `supplement_required` → `submitted`
 * after the applicant answered the notice; required fields and materials are
 * checked again; the number stays; the notice's pause of the clock ends.
 *
 * Outcomes: the case; 422 INCOMPLETE as for submit; 404 NOT_FOUND;
 * 409 INVALID_STATE when no supplement is asked for, or (an agent's case) the authorization
 * is revoked, missing or its paper was refused; 409 VERSION_CONFLICT. Audited for agents.
 */
export async function resubmitApplication(app: FastifyInstance, auth: AuthUser, id: string): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertNotRevoked(record);
  if (record.status !== 'supplement_required') throw ApplicationErrors.wrongState('办件无需补正');
  assertComplete(record);
  assertAuthorized(record);
  const updated = await writeCase(
    app,
    record,
    mergeUpdates(
      {
        $set: { status: 'submitted', ...closePause(record, new Date()) },
        $push: { timeline: eventBy(record, auth, 'resubmitted') },
      },
      enqueue(record, 'submitted', submittedExtra(app, record, record.number ?? '')),
    ),
  );
  await auditAgentAction(app, auth, record, 'case.resubmitted');
  return toApplicationView(app.pii, updated);
}
