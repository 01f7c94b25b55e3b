import {
  type CounterCaseBody,
  type CounterCaseView,
  type CounterDelivery,
  type CounterPatchBody,
} from '@onetrip/shared';
import {
  assertEditable,
  assertElectronicAllowed,
  assertExpressAllowed,
  caseEditSet,
  createCase,
  ownerOfIdNumber,
  planCase,
  transitionCase,
  type ApplicationRecord,
  type CaseDelivery,
} from '../applications';
import { auditCounter, loadCounterCase, servesItems, type CounterContext } from './counter-access';
import { counterViewOf } from './counter-view';
import { CounterErrors } from './counter.errors';
import { loadPersonForCase } from './persons.service';

/**
 * `POST /counter/cases` `{personId, items | chain}`: a case in `draft` for a
 * registered person, started by the clerk at their counter (`counter` =
 * hall, clerk, person), through the same creation path as the resident's
 * and the agent's (`createCase`): the form is prefilled from the person
 * (name, ID and phone are never asked again). The case belongs to the user
 * verified with that ID number, else to its placeholder, which the person
 * holds once they verify in WeChat (as for agents' cases).
 *
 * Outcomes: 201 the case; 400 VALIDATION_FAILED for an unknown person, item
 * or chain, a repeated item, or the clerk's own ID number; 403 FORBIDDEN for
 * a department window asked for another department's item. Nothing is
 * written before every check has passed. Audited `counter.case.created`.
 */
export async function startCounterCase(ctx: CounterContext, body: CounterCaseBody): Promise<CounterCaseView> {
  const person = await loadPersonForCase(ctx, body.personId);
  const planned = await planCase(ctx.app, 'chain' in body ? { chain: body.chain } : { items: body.items });
  if (
    !servesItems(
      ctx.clerk,
      planned.guides.map((g) => g.department),
    )
  )
    throw CounterErrors.otherDepartment();
  const { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash } = person;
  const record = await createCase(
    ctx.app,
    {
      ownerId: await ownerOfIdNumber(ctx.app, idNumberHash),
      applicant: { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash },
      submittedBy: { role: 'staff', userId: ctx.clerk.userId },
      counter: {
        hall: ctx.clerk.hall,
        clerkId: ctx.clerk.userId,
        personId: person._id.toHexString(),
        startedAt: new Date(),
      },
    },
    planned,
  );
  await auditCounter(ctx, 'counter.case.created', {
    caseId: record._id.toHexString(),
    target: person._id.toHexString(),
  });
  return counterViewOf(ctx, record);
}

/**
 * `GET /counter/cases/:id`: the case, audited (`counter.case.read`: the clerk
 * sees a person's data). Outcomes: the view; 404 (not the clerk's to serve).
 */
export async function readCounterCase(ctx: CounterContext, id: string): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id);
  await auditCounter(ctx, 'counter.case.read', { caseId: id });
  return counterViewOf(ctx, record);
}

/**
 * The delivery to store: window pick-up, 电子送达, or express to the address typed at the counter (every item
 * must allow electronic or express).
 */
function counterDelivery(
  ctx: CounterContext,
  record: ApplicationRecord,
  choice: CounterDelivery | null,
): CaseDelivery | null {
  if (!choice) return null;
  if (choice.method === 'window') return { method: 'window' };
  if (choice.method === 'electronic') {
    assertElectronicAllowed(record);
    return { method: 'electronic' };
  }
  assertExpressAllowed(record);
  const { name, phone, region, detail, postcode } = choice.address;
  return {
    method: 'express',
    address: {
      name,
      phoneEnc: ctx.app.pii.encrypt(phone),
      region: [...region],
      detail,
      ...(postcode ? { postcode } : {}),
    },
  };
}

/**
 * `PATCH /counter/cases/:id` (If-Match): form values and/or the delivery, by
 * the resident's rules (`caseEditSet`: values validated as a draft, a masked
 * value sent back unchanged keeps the stored one; express only when every
 * item allows it; the fee recomputed). Outcomes: the case; 400 (bad values,
 * express not allowed); 404; 409 VERSION_CONFLICT; 409 INVALID_STATE when
 * the case is no longer a draft (or waiting for a supplement). Audited
 * `counter.case.edit` (target: the parts changed).
 */
export async function patchCounterCase(
  ctx: CounterContext,
  id: string,
  ifMatch: string,
  body: CounterPatchBody,
): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id, ifMatch);
  assertEditable(record);
  const delivery = body.delivery === undefined ? undefined : counterDelivery(ctx, record, body.delivery);
  const updated = await transitionCase(ctx.app, record, { set: caseEditSet(ctx.app.pii, record, body.data, delivery) });
  const parts = [...(body.data !== undefined ? ['data'] : []), ...(body.delivery !== undefined ? ['delivery'] : [])];
  await auditCounter(ctx, 'counter.case.edit', { caseId: id, target: parts.join() });
  return counterViewOf(ctx, updated);
}
