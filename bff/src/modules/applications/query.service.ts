import { type FastifyInstance } from 'fastify';
import { type ApplicationList, type ApplicationListQuery, type ApplicationView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { loadCalendars } from '../holidays';
import { ApplicationErrors } from './application.errors';
import { applicationModel, type ApplicationRecord } from './application.model';
import { toApplicationView, toListItem } from './application.view';
import { loadCase } from './case-access';
import { auditAgentAction } from './case-audit';
import { isApplicantOf, ownerKeysOf } from './case-owner';
import { caseDeadline } from './case-clock';
import { pickupOf } from './pickup-place';
import { agentListToken, ownerListToken } from './case-tokens';
import { readTokens } from '../../lib/change-tokens';
import { tokenCacheOf } from '../../lib/token-cache';

/** Lists this copy keeps; a minute bounds how long a light shown in one can lag the clock. */
const LISTS = { name: 'case-lists', max: 5_000, ttlMs: 60_000 };

/**
 * `GET /applications`: `scope=mine` the cases the user applied for and those
 * agents started in their name (also before they verified: `ownerKeysOf`),
 * each agent's row naming the agent and station; `scope=agent` the cases an
 * agent submitted for others.
 * Newest change first. Outcomes: the page and the total; 403 FORBIDDEN for
 * `scope=agent` without the agent role.
 */
export async function listApplications(
  app: FastifyInstance,
  auth: AuthUser,
  query: ApplicationListQuery,
): Promise<ApplicationList> {
  if (query.scope === 'agent' && !auth.roles.includes('agent')) throw ApplicationErrors.agentsOnly();
  // One equality query per key (an index on MongoDB and on the local database alike; `$in` is
  // not pushed down there), each cut to the page's end, then merged.
  const keys =
    query.scope === 'agent'
      ? [{ agentId: auth.id }]
      : (await ownerKeysOf(app, auth.id)).map((ownerId) => ({ ownerId }));
  // A list changes only with its owner's (or agent's) cases: served from this copy while their tokens stand.
  const cache = tokenCacheOf<ApplicationList>(app.db, LISTS.name, LISTS.max, LISTS.ttlMs);
  const cacheKey = JSON.stringify([keys, query.status ?? '', query.page, query.pageSize]);
  const token = await readTokens(
    app.db,
    keys.map((k) => ('agentId' in k ? agentListToken(k.agentId) : ownerListToken(k.ownerId))),
  );
  const cached = cache.get(cacheKey, token);
  if (cached) return cached;
  const Model = applicationModel(app.db);
  const end = query.page * query.pageSize;
  const parts = await Promise.all(
    keys.map(async (key) => {
      const filter = { ...key, ...(query.status ? { status: query.status } : {}) };
      const [found, count] = await Promise.all([
        Model.find(filter).sort({ updatedAt: -1, _id: -1 }).limit(end).lean<ApplicationRecord[]>(),
        Model.countDocuments(filter),
      ]);
      return { found, count };
    }),
  );
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  const records = parts
    .flatMap((p) => p.found)
    .sort(
      (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (b._id.toHexString() < a._id.toHexString() ? -1 : 1),
    )
    .slice(end - query.pageSize, end);
  const calendars = await loadCalendars(app.db);
  const list = { items: records.map((r) => toListItem(r, caseDeadline(r, calendars))), total };
  cache.set(cacheKey, token, list);
  return list;
}

/**
 * `GET /applications/:id`. Outcomes: the case (ID and phone masked, with its
 * deadline, the pick-up code while `ready_for_pickup` and the receipt code while `shipping`) for its applicant
 * or submitting agent; 404 for anyone else (never 403). Staff read cases
 * through `GET /staff/applications/:id` (staff module).
 */
export async function getApplication(app: FastifyInstance, auth: AuthUser, id: string): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  const deadline = caseDeadline(record, await loadCalendars(app.db));
  // The receipt code is the recipient's secret: only the applicant and the agent who submitted see it.
  const own = record.submittedBy.userId === auth.id || (await isApplicantOf(app, record, auth.id));
  // The agent reads a resident's personal data (name, form, materials): every such read is audited.
  await auditAgentAction(app, auth, record, 'case.read');
  const pickup = await pickupOf(app.db, record);
  return toApplicationView(app.pii, record, { deadline, withPickupCode: true, withReceiptCode: own, pickup });
}
