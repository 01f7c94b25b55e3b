import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type ApplicationRecord } from '../applications';
import { usersModel } from '../users';

export interface Recipient {
  /**
   * the owner's mini-program openid. An H5-only user's openid belongs to the official account, whose
   * messages use another API (not built): they get SMS.
   */
  openid: string | null;
  /** the applicant's phone, decrypted on demand, kept in memory only and never logged */
  phone: () => string | null;
}

/**
 * Who a case's messages go to: the owner's WeChat identity, and the phone of
 * the case's applicant snapshot (else of the owner's profile) for SMS.
 */
export async function recipientOf(app: FastifyInstance, record: ApplicationRecord): Promise<Recipient> {
  const owner = isValidObjectId(record.ownerId)
    ? await usersModel(app.db).findById(record.ownerId).select({ weappOpenid: 1, 'profile.phoneEnc': 1 }).lean()
    : null;
  const phoneEnc = record.applicant?.phoneEnc ?? owner?.profile?.phoneEnc ?? null;
  return {
    openid: owner?.weappOpenid ?? null,
    phone: () => (phoneEnc ? app.pii.decrypt(phoneEnc) : null),
  };
}
