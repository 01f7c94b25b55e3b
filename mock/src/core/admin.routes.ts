import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { SCENARIO_NAMES } from './scenario';

const ArmScenarioBody = z.object({
  name: z.enum(SCENARIO_NAMES),
  times: z.number().int().min(1).max(1000).default(1),
  path: z.string().startsWith('/').optional(),
  match: z.string().min(1).optional(),
});

/** Test-only controls under /__mock; these never fail on a scenario. */
export const adminRoutes: FastifyPluginAsync = async (app) => {
  app.get('/__mock/health', async () => ({ status: 'ok' }));

  app.delete('/__mock/records', async () => {
    app.records.clear();
    return { status: 'ok' };
  });

  app.get('/__mock/scenario', async () => ({ armed: app.scenarios.list() }));

  app.put('/__mock/scenario', async (request, reply) => {
    const parsed = ArmScenarioBody.safeParse(request.body);
    if (!parsed.success) {
      return reply.code(400).send({ error: 'InvalidScenario', message: z.prettifyError(parsed.error) });
    }
    const { name, ...options } = parsed.data;
    app.scenarios.arm(name, options);
    return { armed: app.scenarios.list() };
  });

  app.delete('/__mock/scenario', async () => {
    app.scenarios.disarm();
    return { armed: [] };
  });
};
