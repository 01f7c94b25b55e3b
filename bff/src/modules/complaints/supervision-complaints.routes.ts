import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ComplaintAnswerBody,
  ComplaintList,
  ComplaintView,
  IdParams,
  IfMatchHeader,
  SupervisionComplaintQuery,
  SupervisionComplaintView,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from '../users';
import { answerComplaint } from './answer.service';
import { readSupervised, supervisionQueue } from './read.service';
import { supervisorOf } from './supervisor';

/**
 * The centre's handling of 投诉建议: the admin (every complaint) and department heads (`departmentHead` staff:
 * those concerning their department). The role guard re-reads the user; other staff get 403 before anything
 * is looked up, a head asking for another department's complaint 404.
 */
const supervisionComplaintsRoutes: FastifyPluginAsyncZod = async (app) => {
  const docs = { tags: ['supervision'], security: [{ bearer: [] }] };
  const guard = app.requireRole('admin', 'staff');

  app.get(
    '/supervision/complaints',
    {
      onRequest: guard,
      schema: {
        ...docs,
        querystring: SupervisionComplaintQuery,
        response: { 200: ComplaintList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => supervisionQueue(app, supervisorOf(currentUserOf(request)), request.query),
  );

  app.get(
    '/supervision/complaints/:id',
    {
      onRequest: guard,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: SupervisionComplaintView, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request) => readSupervised(app, supervisorOf(currentUserOf(request)), request.params.id, request.id),
  );

  app.post(
    '/supervision/complaints/:id/answer',
    {
      onRequest: guard,
      schema: {
        ...docs,
        params: IdParams,
        headers: IfMatchHeader,
        body: ComplaintAnswerBody,
        response: {
          200: ComplaintView,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE', 'VERSION_CONFLICT'),
        },
      },
    },
    async (request) => {
      const version = Number(request.headers['if-match'].replaceAll('"', ''));
      const s = supervisorOf(currentUserOf(request));
      return answerComplaint(app, s, request.params.id, version, request.body, request.id);
    },
  );
};

export default supervisionComplaintsRoutes;
