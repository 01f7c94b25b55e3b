import { type Connection } from 'mongoose';
import {
  maskIdNumber,
  maskPhone,
  type CounterLookupResult,
  type CounterPerson,
  type CounterPersonBody,
} from '@onetrip/shared';
import { insertUnique, updateVersioned } from '../../lib/store';
import { type Pii } from '../../lib/pii';
import { usersModel, type UserRecord } from '../users';
import { auditCounter, type CounterContext } from './counter-access';
import { CounterErrors } from './counter.errors';
import { personModel, type PersonRecord } from './counter.model';

/** The verified WeChat profile with this ID number (keyed hash; the users' unique index), if any. */
async function verifiedProfileOf(conn: Connection, idNumberHash: string) {
  const user = await usersModel(conn)
    .findOne({ 'profile.idNumberHash': idNumberHash, 'profile.verified': true })
    .select({ profile: 1 })
    .lean<Pick<UserRecord, 'profile'>>();
  return user?.profile ?? null;
}

/** The person as the counter shows them: ID and phone masked. */
export async function toCounterPerson(conn: Connection, pii: Pii, person: PersonRecord): Promise<CounterPerson> {
  return {
    id: person._id.toHexString(),
    name: person.name,
    idNumberMasked: maskIdNumber(pii.decrypt(person.idNumberEnc)),
    phoneMasked: maskPhone(pii.decrypt(person.phoneEnc)),
    wechatVerified: (await verifiedProfileOf(conn, person.idNumberHash)) !== null,
    updatedAt: person.updatedAt.toISOString(),
  };
}

const byHash = (conn: Connection, idNumberHash: string) =>
  personModel(conn).findOne({ idNumberHash }).lean<PersonRecord>();

/**
 * `POST /counter/persons/lookup` `{idNumber}`: the person with that ID
 * number, found by its keyed hash (an equality on the unique index, never a
 * scan). Someone not registered at a counter but verified in WeChat is
 * entered into the register from that profile (one unique insert; a race
 * reads the winner), so the case is started the same way for everyone.
 * Every read is audited (`counter.person.read`, target the person's id).
 * Outcomes: `{person}`, or `{person: null}` (register them).
 */
export async function lookupPerson(ctx: CounterContext, idNumber: string): Promise<CounterLookupResult> {
  const { db, pii } = ctx.app;
  const idNumberHash = pii.hash(idNumber);
  let person = await byHash(db, idNumberHash);
  if (!person) {
    const profile = await verifiedProfileOf(db, idNumberHash);
    if (!profile) return { person: null };
    await insertUnique(personModel(db), {
      name: profile.name,
      idNumberEnc: profile.idNumberEnc,
      idNumberHash,
      phoneEnc: profile.phoneEnc,
      phoneHash: profile.phoneHash,
      source: 'wechat',
      registeredBy: { userId: ctx.clerk.userId, hall: ctx.clerk.hall },
      version: 1,
    });
    person = await byHash(db, idNumberHash);
    if (!person) throw new Error('the person entered from the WeChat profile cannot be read');
  }
  await auditCounter(ctx, 'counter.person.read', { target: person._id.toHexString() });
  return { person: await toCounterPerson(db, pii, person) };
}

/**
 * `POST /counter/persons` `{name, idNumber, phone}`: registers the person, or
 * updates the name and phone of the one registered with that ID number. The
 * name is checked with the real-name service first, so a typo never creates
 * a stranger; nothing is written before that check passes.
 *
 * Outcomes: `{created: true}` + the person (201) or `{created: false}` (200);
 * 400 VALIDATION_FAILED when name and ID number do not belong together;
 * 409 VERSION_CONFLICT when another clerk changed the person at the same
 * moment; 503 when the real-name service is down. Audited
 * `counter.person.register` / `counter.person.update`.
 */
export async function registerPerson(
  ctx: CounterContext,
  body: CounterPersonBody,
): Promise<{ created: boolean; person: CounterPerson }> {
  const { db, pii, realname } = ctx.app;
  if ((await realname.verify(body.name, body.idNumber)) === 'mismatch') throw CounterErrors.nameMismatch();
  const idNumberHash = pii.hash(body.idNumber);
  const fields = { name: body.name, phoneEnc: pii.encrypt(body.phone), phoneHash: pii.hash(body.phone) };
  const registeredBy = { userId: ctx.clerk.userId, hall: ctx.clerk.hall };
  const existing = await byHash(db, idNumberHash);
  const created =
    !existing &&
    (await insertUnique(
      personModel(db),
      { ...fields, idNumberEnc: pii.encrypt(body.idNumber), idNumberHash, source: 'counter', registeredBy, version: 1 },
      true,
    ));
  let person = await byHash(db, idNumberHash);
  if (!person) throw new Error('the registered person cannot be read');
  // Registered already: the name and phone given now replace the old ones (a read when they are the same).
  const unchanged = !created && person.name === body.name && person.phoneHash === fields.phoneHash;
  if (!created && !unchanged) {
    const updated = await updateVersioned(personModel(db), person._id.toHexString(), person.version, {
      $set: { ...fields, registeredBy },
    });
    if (!updated) throw CounterErrors.personChanged();
    person = updated as PersonRecord;
  }
  const action = created ? 'counter.person.register' : unchanged ? 'counter.person.read' : 'counter.person.update';
  await auditCounter(ctx, action, { target: person._id.toHexString() });
  return { created, person: await toCounterPerson(db, pii, person) };
}

/**
 * The person a new case is for (`personId` of the body): 400 when nobody is
 * registered under that id, and when it is the clerk themself (a clerk never
 * accepts their own case).
 */
export async function loadPersonForCase(ctx: CounterContext, personId: string): Promise<PersonRecord> {
  const person = await personModel(ctx.app.db).findById(personId).lean<PersonRecord>();
  if (!person) throw CounterErrors.unknownPerson();
  if (ctx.clerk.idNumberHash !== null && person.idNumberHash === ctx.clerk.idNumberHash) throw CounterErrors.ownCase();
  return person;
}

/** The person by id, or 404. */
export async function loadPerson(conn: Connection, id: string): Promise<PersonRecord> {
  const person = await personModel(conn).findById(id).lean<PersonRecord>();
  if (!person) throw CounterErrors.personNotFound();
  return person;
}
