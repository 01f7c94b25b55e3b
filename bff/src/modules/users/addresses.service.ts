import { type FastifyInstance } from 'fastify';
import { type Types } from 'mongoose';
import { maskPhone, type AddressBody, type AddressView } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { addressesModel, type AddressRecord } from './addresses.model';
import { usersModel } from './users.model';
import { UserErrors } from './users.errors';
import { loadSignedInUser } from './me.service';

export const ADDRESS_LIMIT = 20;

export function toAddressView(
  pii: Pii,
  address: AddressRecord,
  defaultId: Types.ObjectId | null | undefined,
): AddressView {
  return {
    id: address._id.toHexString(),
    name: address.name,
    phoneMasked: maskPhone(pii.decrypt(address.phoneEnc)),
    region: [...address.region],
    detail: address.detail,
    ...(address.postcode ? { postcode: address.postcode } : {}),
    isDefault: defaultId ? address._id.equals(defaultId) : false,
  };
}

function fieldsOf(pii: Pii, body: AddressBody) {
  const { name, phone, region, detail, postcode } = body;
  return {
    set: { name, phoneEnc: pii.encrypt(phone), region, detail, ...(postcode ? { postcode } : {}) },
    unsetPostcode: !postcode,
  };
}

/**
 * Makes an address the default, or stops it being the default. The default is
 * one field on the user, so a user never has two. `whenNone` sets it only if
 * the user has no default yet.
 */
async function setDefault(
  app: FastifyInstance,
  userId: Types.ObjectId,
  addressId: Types.ObjectId,
  mode: 'set' | 'clear' | 'whenNone',
) {
  const Users = usersModel(app.db);
  if (mode === 'set') await Users.updateOne({ _id: userId }, { $set: { defaultAddressId: addressId } });
  if (mode === 'whenNone')
    await Users.updateOne({ _id: userId, defaultAddressId: null }, { $set: { defaultAddressId: addressId } });
  if (mode === 'clear')
    await Users.updateOne({ _id: userId, defaultAddressId: addressId }, { $unset: { defaultAddressId: 1 } });
}

/** The user's addresses, default first. Outcomes: the list; 401 when the account is gone. */
export async function listAddresses(app: FastifyInstance, userId: string): Promise<AddressView[]> {
  const user = await loadSignedInUser(app, userId);
  const addresses = await addressesModel(app.db)
    .find({ userId: user._id })
    .sort({ createdAt: 1 })
    .lean<AddressRecord[]>();
  const views = addresses.map((a) => toAddressView(app.pii, a, user.defaultAddressId));
  return [...views.filter((v) => v.isDefault), ...views.filter((v) => !v.isDefault)];
}

/**
 * Adds an address; the first one (or one marked `isDefault`) becomes the default.
 * Outcomes: the address (phone masked); 409 INVALID_STATE at 20 addresses.
 */
export async function createAddress(app: FastifyInstance, userId: string, body: AddressBody): Promise<AddressView> {
  const user = await loadSignedInUser(app, userId);
  const Addresses = addressesModel(app.db);
  if ((await Addresses.countDocuments({ userId: user._id })) >= ADDRESS_LIMIT)
    throw UserErrors.addressLimit(ADDRESS_LIMIT);
  const created = (
    await Addresses.create({ userId: user._id, ...fieldsOf(app.pii, body).set })
  ).toObject<AddressRecord>();
  await setDefault(app, user._id, created._id, body.isDefault ? 'set' : 'whenNone');
  return toAddressView(app.pii, created, (await loadSignedInUser(app, userId)).defaultAddressId);
}

/**
 * Replaces one of the user's addresses; `isDefault` true/false moves the default, absent keeps it.
 * Outcomes: the address; 404 NOT_FOUND for an unknown or another user's address.
 */
export async function updateAddress(
  app: FastifyInstance,
  userId: string,
  addressId: string,
  body: AddressBody,
): Promise<AddressView> {
  const user = await loadSignedInUser(app, userId);
  const { set, unsetPostcode } = fieldsOf(app.pii, body);
  const updated = await addressesModel(app.db)
    .findOneAndUpdate(
      { _id: addressId, userId: user._id },
      { $set: set, ...(unsetPostcode ? { $unset: { postcode: 1 } } : {}) },
      { new: true },
    )
    .lean<AddressRecord>();
  if (!updated) throw UserErrors.addressNotFound();
  if (body.isDefault !== undefined) await setDefault(app, user._id, updated._id, body.isDefault ? 'set' : 'clear');
  return toAddressView(app.pii, updated, (await loadSignedInUser(app, userId)).defaultAddressId);
}

/** Deletes one of the user's addresses. Outcomes: done; 404 NOT_FOUND as above. */
export async function deleteAddress(app: FastifyInstance, userId: string, addressId: string): Promise<void> {
  const user = await loadSignedInUser(app, userId);
  const deleted = await addressesModel(app.db)
    .findOneAndDelete({ _id: addressId, userId: user._id })
    .lean<AddressRecord>();
  if (!deleted) throw UserErrors.addressNotFound();
  await setDefault(app, user._id, deleted._id, 'clear');
}
