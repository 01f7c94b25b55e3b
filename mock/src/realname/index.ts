import { type FastifyPluginAsync } from 'fastify';
import { checkIdNumber } from '@onetrip/shared';
import { z } from 'zod';
import {
  hasBearerKey,
  newRequestId,
  providerErrorHandler,
  sendProviderError,
  sendUnauthorized,
} from '../core/provider-api';

const VerifyBody = z.object({ name: z.string(), idNumber: z.string() });

/**
 * Whether a name fits: 2-30 characters counted as people see them
 * (`[...name]`, so 𠮷 is one), ignoring surrounding spaces.
 */
function plausibleName(name: string): boolean {
  const length = [...name.trim()].length;
  return length >= 2 && length <= 30;
}

/**
 * A real-name check provider (like 公安部身份认证). It has no population
 * register, so "match" means: the ID number is well formed (GB 11643 check
 * digit, region and birth date) and the name is plausible.
 */
export const realnameSimulator: FastifyPluginAsync = async (app) => {
  app.setErrorHandler(providerErrorHandler);

  app.post('/idcheck/v1/verify', { config: { scenarios: ['realname-down'] } }, async (request, reply) => {
    // A provider that is down answers nothing else, not even auth errors.
    if (request.scenario === 'realname-down') {
      return sendProviderError(reply, 503, 'ServiceUnavailable', '身份认证服务暂时不可用');
    }
    if (!hasBearerKey(request)) return sendUnauthorized(reply);
    const body = VerifyBody.safeParse(request.body);
    if (!body.success) return sendProviderError(reply, 400, 'InvalidParameter', z.prettifyError(body.error));
    const { name, idNumber } = body.data;
    const match = checkIdNumber(idNumber).ok && plausibleName(name);
    return { requestId: newRequestId(), result: match ? 'match' : 'mismatch' };
  });
};
