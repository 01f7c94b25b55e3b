import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { type ApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { newKey, readyCase, simpleItem, SIMPLE, type CaseWorld } from '../../applications/testing/cases';
import { buildTestApp, type MockCall, type TestApp } from '../../../../test/helpers/build-app';
import { type LoggedIn } from '../../../../test/helpers/login-as';

/** An item whose fee is 0 (nothing to pay). */
export const FREE = 'TEST-FREE';

export interface MockOrder {
  trade_state: string;
  amount: { total: number };
  payer: { openid: string };
  notify_url: string;
  notifications: { status: number | null; tamper: string | null }[];
}

export interface PayWorld extends CaseWorld {
  t: TestApp;
  /** a call to the simulator's controls → status and JSON body */
  mock: MockCall;
  /** the simulator's view of an order */
  order: (outTradeNo: string) => Promise<MockOrder | undefined>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A test app that WeChat Pay (the simulator) can reach: it listens on a free
 * port chosen first, so the notify URL placed in every order points at it.
 */
export async function payWorld(env: Record<string, string> = {}): Promise<PayWorld> {
  const port = await freePort();
  const t = await buildTestApp({
    WECHATPAY_NOTIFY_URL: `http://127.0.0.1:${port}/api/v1/payments/wechat/notify`,
    ...env,
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  await putItem(t.app.db, SIMPLE, simpleItem());
  await putItem(t.app.db, FREE, simpleItem({ name: '免费证明办理', fee: { amount: 0 } }));
  const mock = t.mock;
  return {
    t,
    app: t.app,
    mock,
    order: async (outTradeNo) => {
      const { body } = await mock('GET', `/__mock/wechatpay/orders?out_trade_no=${outTradeNo}`);
      return (body as { items: MockOrder[] }).items[0];
    },
    call: (who, method, url, opts = {}) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...who.headers, ...opts.headers },
        ...(opts.payload === undefined ? {} : { payload: opts.payload as object }),
      }),
  };
}

/** A submitted case of `who` (fee 500 fen for SIMPLE with window pick-up). */
export async function submittedCase(w: PayWorld, who: LoggedIn, code = SIMPLE): Promise<ApplicationView> {
  const ready = await readyCase(w, who, code);
  const res = await w.call(who, 'POST', `/applications/${ready.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  return (await w.call(who, 'GET', `/applications/${ready.id}`)).json<ApplicationView>();
}

/** POST /applications/:id/payments with a fresh (or the given) Idempotency-Key. */
export const pay = (w: PayWorld, who: LoggedIn, id: string, key: string = newKey(), payload: unknown = {}) =>
  w.call(who, 'POST', `/applications/${id}/payments`, { headers: { 'idempotency-key': key }, payload });

/** A login name of its own per test file run (the simulator keeps orders of earlier runs by openid). */
export const uniqueName = (name: string) => `${name}_${randomBytes(3).toString('hex')}`;
