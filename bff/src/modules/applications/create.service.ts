import { type FastifyInstance } from 'fastify';
import {
  computeFee,
  mergeFields,
  mergeMaterials,
  type ApplicationView,
  type CreateApplicationBody,
  type FormField,
  type ItemGuide,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { chainModel, findItems, toItemGuide, type ChainDoc } from '../catalog';
import { loadSignedInUser, type UserRecord } from '../users';
import { newAuthorization } from './authorization-create';
import { applicationModel, type ApplicationRecord, type CaseCounter, type StoredApplicant } from './application.model';
import { type StationRecord, type StoredAuthorization } from './authorization.model';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { agentCaseParties, type AgentCaseParties } from './agent-applicant';
import { auditAgentAction } from './case-audit';
import { isPersonal } from './form-values';

/** What a new case asks for: the items (or a chain's) at their current guide versions. */
export interface CasePlan {
  chain?: { code: string; name: string };
  guides: ItemGuide[];
}

/** Items (one or several: 一次办多事) or a chain (一链办理): the request part of every way a case starts. */
export type CaseRequest = { items: string[] } | { chain: string };

/**
 * The items asked for (or the chain's), at their current guide versions — which the case then keeps.
 * Outcomes: the plan; 400 VALIDATION_FAILED for an unknown item (each listed), a repeated item, an
 * unknown chain. Nothing is written.
 */
export async function planCase(app: FastifyInstance, body: CaseRequest): Promise<CasePlan> {
  let chain: CasePlan['chain'];
  let codes: string[];
  if ('chain' in body) {
    const found = await chainModel(app.db).findOne({ code: body.chain }).lean<ChainDoc>();
    if (!found) throw ApplicationErrors.unknownChain(body.chain);
    chain = { code: found.code, name: found.name };
    codes = [...found.items];
  } else {
    if (new Set(body.items).size !== body.items.length) throw ApplicationErrors.duplicateItems();
    codes = body.items;
  }
  const docs = await findItems(app.db, codes);
  const known = new Set(docs.map((d) => d.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw ApplicationErrors.unknownItems(unknown);
  return { ...(chain ? { chain } : {}), guides: docs.map(toItemGuide) };
}

/** Form values prefilled from the applicant (the verified profile, or the person an agent named); ID and phone stay ciphertext. */
function prefill(
  fields: FormField[],
  profile: Pick<StoredApplicant, 'name' | 'idNumberEnc' | 'phoneEnc'>,
): Record<string, string> {
  const sources = {
    'profile.name': profile.name,
    'profile.idNumber': profile.idNumberEnc,
    'profile.phone': profile.phoneEnc,
  } as const;
  const data: Record<string, string> = {};
  for (const field of fields) {
    if (!field.profile) continue;
    const value = sources[field.profile];
    // A name bound to a personal field type would be stored in plaintext where ciphertext is expected: skip it.
    if (field.profile === 'profile.name' && isPersonal(field)) continue;
    data[field.key] = value;
  }
  return data;
}

/** Who a new case is for and who starts it: a resident for themself, an agent, or a clerk at the counter. */
export interface CaseParties {
  ownerId: string;
  applicant: StoredApplicant;
  submittedBy: { role: 'resident' | 'agent' | 'staff'; userId: string; name?: string; station?: StationRecord };
  /** a walk-in's case started at a counter (counter module) */
  counter?: CaseCounter;
  /** the case's pending authorization (an agent's case) */
  authorization?: StoredAuthorization;
}

/**
 * Stores a new case in `draft` for the plan: each item under its guide
 * version, one form (fields merged by key) prefilled from the applicant,
 * materials merged by code, no delivery yet (the fee for window pick-up),
 * and a `created` event by whoever starts it. Call it once every check of
 * the request has passed. Outcome: the stored record.
 */
export async function createCase(
  app: FastifyInstance,
  parties: CaseParties,
  planned: CasePlan,
): Promise<ApplicationRecord> {
  const { chain, guides } = planned;
  const fields = mergeFields(guides.map((g) => g.form.fields));
  const items = guides.map((g) => ({
    code: g.code,
    name: g.name,
    department: g.department,
    status: 'pending' as const,
    guideVersion: g.version,
    promisedDays: g.promisedDays,
    fee: g.fee.amount,
    feeDue: g.fee.due,
    expressFee: g.delivery.expressFee,
    delivery: { window: g.delivery.window, express: g.delivery.express, electronic: g.delivery.electronic ?? false },
    ...(g.licence ? { licence: g.licence } : {}),
    ...(g.commitment ? { commitment: { ...g.commitment } } : {}),
  }));
  const materials = mergeMaterials(guides).map((m) => ({
    code: m.code,
    name: m.name,
    category: m.category,
    required: m.required,
    gapAllowed: m.gapAllowed,
    formats: m.formats,
    itemCodes: m.itemCodes,
    uploadIds: [],
    ...(m.slots ? { slots: m.slots } : {}),
    ...(m.sample ? { sample: m.sample } : {}),
    ...(m.sampleFile ? { sampleFile: m.sampleFile } : {}),
    ...(m.satisfiedBy ? { satisfiedBy: m.satisfiedBy } : {}),
    ...(m.licenceTypes ? { licenceTypes: m.licenceTypes } : {}),
  }));
  const { role, userId, station } = parties.submittedBy;
  const created = await applicationModel(app.db).create(
    [
      {
        status: 'draft',
        version: 1,
        ownerId: parties.ownerId,
        applicant: parties.applicant,
        submittedBy: parties.submittedBy,
        ...(parties.authorization ? { authorization: parties.authorization } : {}),
        ...(parties.counter ? { counter: parties.counter } : {}),
        ...(chain ? { chain } : {}),
        items,
        form: { fields },
        data: prefill(fields, parties.applicant),
        materials,
        delivery: null,
        fee: computeFee({ items: guides, delivery: null }),
        payment: null,
        timeline: [{ at: new Date(), actor: { role, userId, ...(station ? { station } : {}) }, action: 'created' }],
      },
    ],
    { writeConcern: { w: 'majority' } },
  );
  const record = created[0]?.toObject<ApplicationRecord>();
  if (!record) throw new Error('the case was not created');
  return record;
}

/**
 * `POST /applications`: a case in `draft` for the items, or for a chain's
 * items, each under its current guide version (kept for the life of the
 * case); one form (fields merged by key), materials merged by code, the form
 * prefilled from the verified profile, the fee for window pick-up.
 *
 * Outcomes:
 * - the case (ID and phone masked);
 * - 400 VALIDATION_FAILED: an unknown item (each listed), a repeated item, an unknown chain;
 * - 409 INVALID_STATE 请先完成实名认证: the user has no verified profile (the case snapshots it);
 * - with `applicant` (an agent's case, `agentCaseParties`): 403 FORBIDDEN for someone who is not an
 *   agent; 409 without a station; 400 for the agent's own ID number or a name that does not match it;
 *   the case then carries a pending authorization with its QR token, and the creation is audited;
 * - 401 when the account no longer exists.
 */
export async function createApplication(
  app: FastifyInstance,
  auth: AuthUser,
  body: CreateApplicationBody,
): Promise<ApplicationView> {
  const user = await loadSignedInUser(app, auth.id);
  const parties = body.applicant ? await agentCaseParties(app, user, body.applicant) : ownParties(user);
  const planned = await planCase(app, body);
  // Everything that can refuse the request has run: only now is the QR token written.
  const authorization = parties.submittedBy.role === 'agent' ? await newAuthorization(app.db, auth.id) : undefined;
  const record = await createCase(app, { ...parties, ...(authorization ? { authorization } : {}) }, planned);
  await auditAgentAction(app, auth, record, 'case.created');
  return toApplicationView(app.pii, record);
}
/** A resident's own case: for themself, as their verified profile says (409 without one). */
function ownParties(user: UserRecord): Pick<AgentCaseParties, 'ownerId' | 'applicant'> & {
  submittedBy: { role: 'resident'; userId: string; station?: undefined };
} {
  const profile = user.profile;
  if (!profile?.verified) throw ApplicationErrors.notVerified();
  const { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash } = profile;
  const userId = user._id.toHexString();
  return {
    ownerId: userId,
    applicant: { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash },
    submittedBy: { role: 'resident', userId },
  };
}
