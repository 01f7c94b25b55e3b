import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type AuthUser } from '../../plugins/app/authenticate';
import { sessionsModel } from '../auth';
import { usersModel } from '../users';
import { PaymentErrors } from './payments.errors';

/**
 * The openid a JSAPI order is placed for: the payer's openid on the platform
 * they are paying from (the login session's platform). In the mini-program
 * that is the mini-program openid; on H5 (inside WeChat's browser) the
 * official-account openid. Outcomes: the openid; 409 INVALID_STATE when the
 * user has none for that platform (they must log in there again).
 */
export async function payerOpenid(app: FastifyInstance, auth: AuthUser): Promise<string> {
  const [session, user] = await Promise.all([
    sessionsModel(app.db).findById(auth.sid).lean(),
    isValidObjectId(auth.id) ? usersModel(app.db).findById(auth.id).lean() : null,
  ]);
  const openid = session?.platform === 'h5' ? user?.h5Openid : user?.weappOpenid;
  if (!openid) throw PaymentErrors.noOpenid();
  return openid;
}
