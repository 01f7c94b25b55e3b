import mongoose, { type Connection, Types } from 'mongoose';
import { type AuditQuery } from '@onetrip/shared';

/**
 * The audit log's filter for a query: every filter given must match. A case number is turned into
 * the case's id by one read of `applications` (by its unique `number`; the collection is read
 * directly, as the applications module depends on this one); a number no case has gives null
 * (nothing matches).
 */
export async function auditFilter(conn: Connection, query: AuditQuery): Promise<Record<string, unknown> | null> {
  let caseId = query.caseId;
  if (query.caseNumber) {
    const found = await conn
      .collection('applications')
      .findOne({ number: query.caseNumber }, { projection: { _id: 1 } });
    if (!found) return null;
    const byNumber = String(found._id);
    if (caseId && caseId !== byNumber) return null;
    caseId = byNumber;
  }
  const at = {
    ...(query.from ? { $gte: new Date(query.from) } : {}),
    ...(query.to ? { $lte: new Date(query.to) } : {}),
  };
  return {
    ...(caseId ? { caseId } : {}),
    ...(query.actor ? { 'actor.userId': query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(Object.keys(at).length ? { at: mongoose.trusted(at) } : {}),
  };
}

export interface Labels {
  /** user id → verified name */
  names: Map<string, string>;
  /** case id → 办件编号 */
  numbers: Map<string, string>;
}

const objectIds = (values: Iterable<string | null | undefined>) =>
  [...new Set(values)].filter(
    (v): v is string => typeof v === 'string' && Types.ObjectId.isValid(v) && v.length === 24,
  );

/**
 * Who the entries' people are (their verified names) and which cases (their numbers), so an admin
 * reads names and numbers instead of ids. One read of `users` and one of `applications` for a whole
 * page or export (read directly: both modules depend on this one). Never a phone or ID number.
 */
export async function labelsOf(
  conn: Connection,
  entries: ReadonlyArray<{ actor: { userId: string }; target?: string | null; caseId?: string | null }>,
): Promise<Labels> {
  const userIds = objectIds(entries.flatMap((e) => [e.actor.userId, e.target]));
  const caseIds = objectIds(entries.map((e) => e.caseId));
  const [users, cases] = await Promise.all([
    userIds.length
      ? conn
          .collection('users')
          .find({ _id: { $in: userIds.map((id) => new Types.ObjectId(id)) } }, { projection: { 'profile.name': 1 } })
          .toArray()
      : [],
    caseIds.length
      ? conn
          .collection('applications')
          .find({ _id: { $in: caseIds.map((id) => new Types.ObjectId(id)) } }, { projection: { number: 1 } })
          .toArray()
      : [],
  ]);
  const names = new Map<string, string>();
  for (const u of users) {
    const name = (u.profile as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string') names.set(String(u._id), name);
  }
  const numbers = new Map<string, string>();
  for (const c of cases) if (typeof c.number === 'string') numbers.set(String(c._id), c.number);
  return { names, numbers };
}
