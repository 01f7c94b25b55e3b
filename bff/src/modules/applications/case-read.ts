import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { readTokens } from '../../lib/change-tokens';
import { tokenCacheOf } from '../../lib/token-cache';
import { applicationModel, type ApplicationRecord } from './application.model';
import { caseToken } from './case-tokens';

/** Cases this copy keeps; five minutes bound what a crashed writer's unreplaced token could leave stale. */
const CASES = { name: 'cases', max: 5_000, ttlMs: 5 * 60_000 };
/** A case number names one case for good. */
const NUMBERS = { name: 'case-numbers', max: 20_000, ttlMs: 24 * 3_600_000 };

/**
 * The stored case, or null: from this copy's cache while the case's change
 * token is the one it was read under, else from the database. The token is
 * read before the case, so a write that finished before this call began is
 * always seen. Callers must not change the record.
 */
export async function readCase(app: FastifyInstance, id: string): Promise<ApplicationRecord | null> {
  if (!isValidObjectId(id)) return null;
  const cache = tokenCacheOf<ApplicationRecord>(app.db, CASES.name, CASES.max, CASES.ttlMs);
  const token = await readTokens(app.db, [caseToken(id)]);
  const cached = cache.get(id, token);
  if (cached) return cached;
  const record = await applicationModel(app.db).findById(id).lean<ApplicationRecord>();
  if (record) cache.set(id, token, record);
  return record;
}

/** The case with this number (public progress lookup), through `readCase` once the number is known. */
export async function readCaseByNumber(app: FastifyInstance, number: string): Promise<ApplicationRecord | null> {
  const ids = tokenCacheOf<string>(app.db, NUMBERS.name, NUMBERS.max, NUMBERS.ttlMs);
  const known = ids.get(number, '');
  if (known) return readCase(app, known);
  const record = await applicationModel(app.db).findOne({ number }).lean<ApplicationRecord>();
  if (record) ids.set(number, '', record._id.toHexString());
  return record;
}
