import { type FastifyInstance } from 'fastify';
import { type ApplicationList, type ApplicationListQuery, type ApplicationView } from '@onetrip/shared';
import { forbidden } from '../../lib/app-error';
import { type AuthUser } from '../../plugins/app/authenticate';
import { applicationModel, type ApplicationRecord } from './application.model';
import { toApplicationView, toListItem } from './application.view';
import { loadCase } from './case-access';

/**
 * `GET /applications`: `scope=mine` the cases the user applied for (any
 * submitter); `scope=agent` the cases an agent submitted for others.
 * Newest change first. Outcomes: the page and the total; 403 FORBIDDEN for
 * `scope=agent` without the agent role.
 */
export async function listApplications(
  app: FastifyInstance,
  auth: AuthUser,
  query: ApplicationListQuery,
): Promise<ApplicationList> {
  if (query.scope === 'agent' && !auth.roles.includes('agent')) throw forbidden();
  const filter = {
    ...(query.scope === 'agent' ? { 'submittedBy.userId': auth.id, 'submittedBy.role': 'agent' } : { ownerId: auth.id }),
    ...(query.status ? { status: query.status } : {}),
  };
  const Model = applicationModel(app.db);
  const [records, total] = await Promise.all([
    Model.find(filter)
      .sort({ updatedAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<ApplicationRecord[]>(),
    Model.countDocuments(filter),
  ]);
  return { items: records.map(toListItem), total };
}

/**
 * `GET /applications/:id`. Outcomes: the case (ID and phone masked) for its
 * applicant or submitting agent; 404 for anyone else (never 403).
 * Staff access comes with issue 4.
 */
export async function getApplication(app: FastifyInstance, auth: AuthUser, id: string): Promise<ApplicationView> {
  return toApplicationView(app.pii, await loadCase(app, auth, id));
}
