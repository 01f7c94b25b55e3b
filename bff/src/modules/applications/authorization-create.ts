import { type Connection, Types } from 'mongoose';
import { createQrToken } from '../catalog';
import { type StoredAuthorization } from './authorization.model';

/**
 * A new pending authorization for an agent's case, with its QR token
 * (`GET /qr/:token` → `{kind: 'authorization', target: id}`), to be stored in
 * the case document being created. The token is inserted first: should the
 * case insert then fail, the token points to an authorization that does not
 * exist, and GET /authorizations/:id answers 404 for it like for any unknown id.
 */
export async function newAuthorization(conn: Connection, agentId: string): Promise<StoredAuthorization> {
  const id = new Types.ObjectId().toHexString();
  const qrToken = await createQrToken(conn, { kind: 'authorization', target: id }, agentId);
  return { id, status: 'pending', qrToken, createdAt: new Date() };
}
