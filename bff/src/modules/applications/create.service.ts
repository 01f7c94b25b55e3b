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
import { chainModel, type ChainDoc } from '../catalog/chain.model';
import { toItemGuide } from '../catalog/item.mappers';
import { findItems } from '../catalog/item.service';
import { loadSignedInUser } from '../users/me.service';
import { type UserProfile } from '../users/users.model';
import { applicationModel, type ApplicationRecord } from './application.model';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { isPersonal } from './form-values';

interface Planned {
  chain?: { code: string; name: string };
  guides: ItemGuide[];
}

/** The items asked for (or the chain's), at their current guide versions — which the case then keeps. */
async function plan(app: FastifyInstance, body: CreateApplicationBody): Promise<Planned> {
  let chain: Planned['chain'];
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

/** Form values prefilled from the verified profile; ID and phone stay ciphertext (the profile's own). */
function prefill(fields: FormField[], profile: UserProfile): Record<string, string> {
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
 * - 403 FORBIDDEN: `applicant` given by someone who is not an agent;
 *   409 INVALID_STATE for an agent (agent applications come with issue 6);
 * - 401 when the account no longer exists.
 */
export async function createApplication(
  app: FastifyInstance,
  auth: AuthUser,
  body: CreateApplicationBody,
): Promise<ApplicationView> {
  if (body.applicant) throw auth.roles.includes('agent') ? ApplicationErrors.agentApplyNotOpen() : ApplicationErrors.forbidden();
  const user = await loadSignedInUser(app, auth.id);
  const profile = user.profile;
  if (!profile?.verified) throw ApplicationErrors.notVerified();
  const { chain, guides } = await plan(app, body);

  const fields = mergeFields(guides.map((g) => g.form.fields));
  const items = guides.map((g) => ({
    code: g.code,
    name: g.name,
    department: g.department,
    status: 'pending' as const,
    guideVersion: g.version,
    promisedDays: g.promisedDays,
    fee: g.fee.amount,
    expressFee: g.delivery.expressFee,
    delivery: { window: g.delivery.window, express: g.delivery.express },
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
  }));
  const { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash } = profile;
  const created = await applicationModel(app.db).create(
    [
      {
        status: 'draft',
        version: 1,
        ownerId: auth.id,
        applicant: { name, idNumberEnc, idNumberHash, phoneEnc, phoneHash },
        submittedBy: { role: 'resident', userId: auth.id },
        ...(chain ? { chain } : {}),
        items,
        form: { fields },
        data: prefill(fields, profile),
        materials,
        delivery: null,
        fee: computeFee({ items: guides, delivery: null }),
        payment: null,
        timeline: [{ at: new Date(), actor: { role: 'resident', userId: auth.id }, action: 'created' }],
      },
    ],
    { writeConcern: { w: 'majority' } },
  );
  const record = created[0]?.toObject<ApplicationRecord>();
  if (!record) throw new Error('the case was not created');
  return toApplicationView(app.pii, record);
}
