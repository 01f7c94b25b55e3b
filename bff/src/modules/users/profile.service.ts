import { type FastifyInstance } from 'fastify';
import { type Types } from 'mongoose';
import { maskPhone, PHONE_PATTERN, type ProfileBody, type ProfileView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { WechatCodeRejected } from '../../plugins/app/wechat';
import { recordAudit } from '../audit';
import { usersModel, type UserRecord } from './users.model';
import { updateVersioned } from '../../lib/store';
import { UserErrors } from './users.errors';
import { loadSignedInUser } from './me.service';
import { toProfileView } from './user-view';

async function phoneFromCode(app: FastifyInstance, code: string): Promise<string> {
  let phone: string;
  try {
    phone = await app.wechat.phoneNumber(code);
  } catch (err) {
    if (err instanceof WechatCodeRejected) throw UserErrors.phoneCodeInvalid();
    throw err;
  }
  if (!PHONE_PATTERN.test(phone)) throw UserErrors.phoneCodeInvalid('仅支持中国大陆手机号');
  return phone;
}

async function assertIdNumberFree(app: FastifyInstance, userId: Types.ObjectId, idNumberHash: string): Promise<void> {
  const holder = await usersModel(app.db).findOne({ 'profile.idNumberHash': idNumberHash }).lean<UserRecord>();
  if (holder && !holder._id.equals(userId)) throw UserErrors.idNumberTaken();
}

/**
 * `PUT /me/profile`: saves the user's verified identity. The phone number
 * comes from WeChat (phone code), name and ID number must pass the real-name
 * check; ID and phone are stored only encrypted plus keyed hash.
 *
 * Outcomes:
 * - the ProfileView, masked; an audit entry `profile.verify`;
 * - 400 VALIDATION_FAILED (`phoneCode`): WeChat refused the phone code, or not a mainland number;
 * - 400 VALIDATION_FAILED (`idNumber`): name and ID number do not belong together;
 * - 409 INVALID_STATE: the ID number is verified on another account;
 * - 409 VERSION_CONFLICT: the record changed meanwhile;
 * - 401 when the account no longer exists;
 * - 503 UPSTREAM_UNAVAILABLE: WeChat or the real-name provider is down.
 */
export async function saveProfile(
  app: FastifyInstance,
  auth: AuthUser,
  body: ProfileBody,
  requestId: string,
): Promise<ProfileView> {
  const user = await loadSignedInUser(app, auth.id);
  const phone = await phoneFromCode(app, body.phoneCode);
  // Real-name first: without a matching name the "already taken" answer is no oracle for ID numbers.
  if ((await app.realname.verify(body.name, body.idNumber)) === 'mismatch') throw UserErrors.realNameMismatch();
  const idNumberHash = app.pii.hash(body.idNumber);
  await assertIdNumberFree(app, user._id, idNumberHash);

  const profile = {
    name: body.name,
    idNumberEnc: app.pii.encrypt(body.idNumber),
    idNumberHash,
    phoneEnc: app.pii.encrypt(phone),
    phoneHash: app.pii.hash(phone),
    phoneMasked: maskPhone(phone),
    verified: true,
    verifiedAt: new Date(),
  };
  let updated: UserRecord | null;
  try {
    updated = (await updateVersioned(usersModel(app.db), user._id.toHexString(), user.version, {
      $set: { profile },
    })) as UserRecord | null;
  } catch (err) {
    // Two accounts verifying one ID at once: the unique index refuses the later
    // (FerretDB says so with a generic error), so look again before failing.
    await assertIdNumberFree(app, user._id, idNumberHash);
    throw err;
  }
  if (!updated?.profile) throw UserErrors.versionConflict();

  const userId = user._id.toHexString();
  await recordAudit(app.db, {
    actor: { userId, role: 'resident' },
    action: 'profile.verify',
    target: userId,
    requestId,
  });
  return toProfileView(app.pii, updated.profile, { fullName: true });
}
