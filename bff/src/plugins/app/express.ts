import fp from 'fastify-plugin';
import { type FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { UpstreamUnavailableError } from '../../lib/app-error';

export interface ExpressParty {
  name: string;
  /** mainland mobile number; sent to the express company only, never logged */
  phone: string;
  address: string;
}

export interface WaybillRequest {
  /** our reference for the parcel: the same reference again gives the same live waybill */
  orderId: string;
  company: string;
  sender: ExpressParty;
  recipient: ExpressParty;
  cargo: { name: string; count: number };
}

export interface CreatedWaybill {
  waybillNo: string;
  /** the company that carries it, as the express platform names it */
  company: string;
}

/** `cancelled` (also when it already was), `delivered` (too late to cancel), `unknown` (no such waybill). */
export type CancelOutcome = 'cancelled' | 'delivered' | 'unknown';

export interface ExpressClient {
  /**
   * Orders a pick-up. Idempotent per `orderId`: asking again after a timeout
   * gives the same waybill (unless it was cancelled). Outcomes: the waybill;
   * UpstreamUnavailableError when the platform is down, refuses, or answers nonsense.
   */
  createWaybill(request: WaybillRequest): Promise<CreatedWaybill>;
  /** Cancels a waybill. Outcomes: see CancelOutcome; UpstreamUnavailableError when unreachable. */
  cancelWaybill(waybillNo: string): Promise<CancelOutcome>;
}

declare module 'fastify' {
  interface FastifyInstance {
    express: ExpressClient;
  }
}

const TIMEOUT_MS = 5_000;
const BUSY_MESSAGE = '快递公司系统繁忙，请稍后再试';

const Created = z.object({ waybillNo: z.string().min(1).max(40), company: z.string().min(1), orderId: z.string() });
const Cancelled = z.object({ cancelled: z.literal(true) });
const Refused = z.object({ code: z.string(), message: z.string().optional() });

interface Options {
  apiBase: string;
  apiKey: string;
}

function createExpressClient(opts: Options, log: FastifyBaseLogger): ExpressClient {
  /** One call → HTTP status and JSON (null when not JSON); unreachable or timed out → 503 for our caller. */
  async function call(api: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    try {
      const res = await fetch(new URL(path, opts.apiBase), {
        method: 'POST',
        headers: { 'x-api-key': opts.apiKey, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    } catch (err) {
      log.warn({ action: 'express.call', api, reason: (err as Error).message }, 'express platform unreachable');
      throw new UpstreamUnavailableError(BUSY_MESSAGE);
    }
  }

  /** Anything but the expected answer: the platform's trouble or ours (a bad key, a refused field), never the caller's. */
  function unexpected(api: string, status: number, json: unknown): never {
    const refused = Refused.safeParse(json);
    // The platform's message names a field and a rule, never a value: safe to log.
    const detail = refused.success ? { code: refused.data.code, message: refused.data.message } : {};
    const level = status >= 500 ? 'warn' : 'error';
    log[level]({ action: 'express.call', api, status, ...detail }, 'express platform refused the call');
    throw new UpstreamUnavailableError(BUSY_MESSAGE);
  }

  return {
    async createWaybill(request) {
      const { status, json } = await call('create', '/express/v1/waybills', request);
      const created = status === 201 ? Created.safeParse(json) : null;
      if (!created?.success || created.data.orderId !== request.orderId) unexpected('create', status, json);
      log.info(
        { action: 'express.create', orderId: request.orderId, waybillNo: created.data.waybillNo },
        'waybill created',
      );
      return { waybillNo: created.data.waybillNo, company: created.data.company };
    },
    async cancelWaybill(waybillNo) {
      const path = `/express/v1/waybills/${encodeURIComponent(waybillNo)}/cancel`;
      const { status, json } = await call('cancel', path);
      if (status === 200 && Cancelled.safeParse(json).success) return 'cancelled';
      if (status === 404) return 'unknown';
      if (status === 409 && Refused.safeParse(json).data?.code === 'ALREADY_DELIVERED') return 'delivered';
      return unexpected('cancel', status, json);
    },
  };
}

/** The express company's open platform (create and cancel waybills), pointed at `EXPRESS_API_BASE`. */
export default fp(
  async (app) => {
    const { EXPRESS_API_BASE, EXPRESS_API_KEY } = app.config;
    app.decorate('express', createExpressClient({ apiBase: EXPRESS_API_BASE, apiKey: EXPRESS_API_KEY }, app.log));
  },
  { name: 'express', dependencies: ['services'] },
);
