import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptBody,
  ApproveBody,
  ChainDecisionBody,
  FollowupCloseBody,
  FollowupRow,
  HandoverBody,
  IdParams,
  IfMatchHeader,
  IssueBody,
  ReasonBody,
  StaffApplicationView,
  StaffItemParams,
  SupplementBody,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { acceptCase, rejectCase, supplementCase } from './acceptance.service';
import { approveItem, denyItem } from './approval.service';
import { decideChain } from './chain-decision.service';
import { closeFollowupAsStaff } from './followup-link';
import { handoverCase, issueCase } from './issuance.service';
import { staffContext } from './staff-access';
import { withEtag } from './staff.routes';

/** Handover: If-Match is optional (API.md); when sent, it is checked. */
const OptionalIfMatch = z.object({ 'if-match': IfMatchHeader.shape['if-match'].optional() });

/** The staff steps of the lifecycle: POST /staff/applications/:id/{accept,supplement,reject,chain-decision,issue,handover}, items/:code/{approve,deny} and followup/close. */
const actionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['staff'], security: [{ bearer: [] }] };
  const refusals = [...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE'] as const;
  const response = { 200: StaffApplicationView, ...errorResponses(...refusals) };
  const onCase = { ...docs, params: IdParams, headers: IfMatchHeader, response };
  const onItem = { ...docs, params: StaffItemParams, headers: IfMatchHeader, response };

  app.post(
    '/staff/applications/:id/accept',
    { ...base, schema: { ...onCase, body: AcceptBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await acceptCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/supplement',
    { ...base, schema: { ...onCase, body: SupplementBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await supplementCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/reject',
    { ...base, schema: { ...onCase, body: ReasonBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await rejectCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/items/:code/approve',
    { ...base, schema: { ...onItem, body: ApproveBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(
        reply,
        await approveItem(staffContext(app, request), params.id, params.code, headers['if-match'], body),
      );
    },
  );

  app.post(
    '/staff/applications/:id/items/:code/deny',
    { ...base, schema: { ...onItem, body: ReasonBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(
        reply,
        await denyItem(staffContext(app, request), params.id, params.code, headers['if-match'], body),
      );
    },
  );

  // (not in API.md) 一链办理: after a denied item, the lead department goes on with the rest or stops the case.
  app.post(
    '/staff/applications/:id/chain-decision',
    { ...base, schema: { ...onCase, body: ChainDecisionBody } },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await decideChain(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/issue',
    {
      ...base,
      schema: {
        ...onCase,
        body: IssueBody,
        response: { 200: StaffApplicationView, ...errorResponses(...refusals, 'UPSTREAM_UNAVAILABLE') },
      },
    },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await issueCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/handover',
    {
      ...base,
      schema: {
        ...onCase,
        headers: OptionalIfMatch,
        body: HandoverBody,
        response: { 200: StaffApplicationView, ...errorResponses(...refusals, 'RECEIPT_CODE_WRONG') },
      },
    },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await handoverCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );

  app.post(
    '/staff/applications/:id/followup/close',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        body: FollowupCloseBody,
        response: { 200: FollowupRow, ...errorResponses(...refusals) },
      },
    },
    async (request) => closeFollowupAsStaff(staffContext(app, request), request.params.id, request.body.note),
  );
};

export default actionsRoutes;
