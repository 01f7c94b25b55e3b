import fp from 'fastify-plugin';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { setTimeout as delay } from 'node:timers/promises';
import { MockRecords } from './records';
import {
  ArmedScenarios,
  SCENARIO_HEADER,
  SCENARIO_NAMES,
  isScenarioName,
  type ScenarioName,
  type ScenarioTarget,
} from './scenario';

declare module 'fastify' {
  interface FastifyInstance {
    records: MockRecords;
    scenarios: ArmedScenarios;
  }
  interface FastifyRequest {
    /** The failure chosen for this request, or null to answer normally. */
    scenario: ScenarioName | null;
  }
  interface FastifyContextConfig {
    /**
     * Scenarios this simulator route can act out. Present on every simulator
     * route (`slow` applies to all of them); absent on /__mock admin routes.
     */
    scenarios?: readonly ScenarioName[];
  }
}

export interface MockCoreOptions {
  /** How long the `slow` scenario holds a request. */
  slowMs: number;
}

function decodeQuery(query: string): string {
  try {
    return decodeURIComponent(query.replace(/\+/g, ' '));
  } catch {
    return query;
  }
}

function targetOf(request: FastifyRequest): ScenarioTarget {
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : decodeQuery(request.url.slice(queryAt + 1));
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  return { path, text: () => `${query}\n${body}` };
}

/**
 * Shared state and the scenario switch. Wrapped in fastify-plugin so the
 * decorations and the hook reach every simulator registered after it.
 */
export const mockCore = fp<MockCoreOptions>(
  async (app, opts) => {
    app.decorate('records', new MockRecords());
    app.decorate('scenarios', new ArmedScenarios());
    app.decorateRequest('scenario', null);

    // preHandler, not onRequest: the body is parsed by then, for `match`.
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const supported = request.routeOptions.config?.scenarios;
      const header = request.headers[SCENARIO_HEADER];
      // A typo in a test's header should fail loudly, not pass silently.
      if (typeof header === 'string' && header !== '' && !isScenarioName(header)) {
        return reply.code(400).send({
          error: 'UnknownScenario',
          message: `${SCENARIO_HEADER} must be one of ${SCENARIO_NAMES.join(', ')}`,
        });
      }
      if (!supported) return;
      const all: readonly ScenarioName[] = [...supported, 'slow'];
      const fromHeader = typeof header === 'string' && isScenarioName(header) && all.includes(header) ? header : null;
      request.scenario = fromHeader ?? app.scenarios.take(all, targetOf(request));
      if (request.scenario === 'slow') {
        await delay(opts.slowMs);
        // After the wait the request is answered as usual.
        request.scenario = null;
      }
    });
  },
  { name: 'mock-core' },
);
