/**
 * Every error answer is the shared `ErrorBody`, end to end: the OpenAPI
 * document declares it for every route's 4xx answers, and those declarations
 * (which also serialise the answers) keep every field the error handler sends.
 */
import { Types } from 'mongoose';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { ERROR_STATUS, ErrorBody, type ApplicationView, type ErrorCode } from '@onetrip/shared';
import { caseWorld, ifMatch, newKey, resident, SIMPLE, type CaseWorld } from '../modules/applications/testing/cases';
import { type LoggedIn } from '../../test/helpers/login-as';

const ERROR_BODY_REF = '#/components/schemas/ErrorBody';

/** Routes that answer no error of the contract: health has no 4xx (503 is its own shape); WeChat Pay's notifications (payment and refund) answer in WeChat's `{code: 'FAIL'}`. */
const EXEMPT = new Set([
  'GET /api/v1/health',
  'POST /api/v1/payments/wechat/notify',
  'POST /api/v1/payments/wechat/refund-notify',
]);

interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

let w: CaseWorld;
let alice: LoggedIn;
let doc: OpenApi;

beforeAll(async () => {
  w = await caseWorld();
  alice = await resident(w.app, 'errors_alice');
  doc = (await w.app.inject({ method: 'GET', url: '/api/v1/docs/json' })).json<OpenApi>();
});

afterAll(async () => {
  await w.t.close();
});

describe('the OpenAPI document', () => {
  it('has ErrorBody as a component', () => {
    expect(doc.components?.schemas).not.toHaveProperty('ErrorBodyInput');
    const component = doc.components?.schemas?.ErrorBody;
    expect(component?.properties).toEqual({ error: expect.objectContaining({ type: 'object' }) });
    const error = (component?.properties?.error ?? {}) as { properties?: Record<string, { enum?: string[] }> };
    expect(Object.keys(error.properties ?? {}).sort()).toEqual(['code', 'details', 'message']);
    expect(error.properties?.code?.enum).toEqual([...Object.keys(ERROR_STATUS), 'INTERNAL']);
  });

  it('declares at least one 4xx ErrorBody answer on every route, described by codes of that status', () => {
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(routes.length).toBeGreaterThan(40);
    const without: string[] = [];
    for (const { route, op } of routes) {
      if (EXEMPT.has(route)) continue;
      const errors = Object.entries(op.responses ?? {}).filter(([status]) => /^4\d\d$/.test(status));
      if (!errors.some(([, r]) => r.content?.['application/json']?.schema?.$ref === ERROR_BODY_REF))
        without.push(route);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (response.content?.['application/json']?.schema?.$ref !== ERROR_BODY_REF) continue;
        const codes = (response.description ?? '').split(', ') as ErrorCode[];
        expect({ route, status, codes: codes.map((code) => ERROR_STATUS[code]) }).toEqual({
          route,
          status,
          codes: codes.map(() => Number(status)),
        });
      }
    }
    expect(without).toEqual([]);
  });

  it('keeps documenting the successful answers', () => {
    expect(Object.keys(doc.paths['/api/v1/applications/{id}']?.get?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '401',
      '404',
    ]);
    expect(Object.keys(doc.paths['/api/v1/items/{code}']?.get?.responses ?? {}).sort()).toEqual([
      '200',
      '304',
      '400',
      '404',
    ]);
  });
});

describe('ErrorBody as the serialiser of error answers', () => {
  const serialise = serializerCompiler({ schema: ErrorBody, method: 'GET', url: '/test' });

  it.each([
    ['a request problem', { in: 'body', path: 'items.0', message: '不能为空' }],
    ['a request problem without its part', { path: 'items', message: '事项不能重复' }],
    [
      'an unusable upload',
      { in: 'body', path: 'uploadIds', id: '0123456789abcdef01234567', message: '材料不存在或不属于您' },
    ],
    ['a missing field', { field: 'delivery', reason: '请选择领取方式' }],
    ['a missing material', { materialCode: 'id_card', reason: '请上传居民身份证' }],
    ['the attempts left', { attemptsLeft: 2 }],
    ['an open gap', { reason: '待补：居住证明' }],
  ])('keeps every field of %s', (_name, detail) => {
    const body = { error: { code: 'VALIDATION_FAILED', message: 'm', details: [detail] } };
    expect(JSON.parse(serialise(body))).toEqual(body);
  });
});

describe('error answers on the wire', () => {
  /** The body must be exactly what ErrorBody allows: parsing it changes nothing. */
  function errorOf(res: { statusCode: number; json: <T>() => T }, status: number, code: ErrorCode) {
    expect(res.statusCode).toBe(status);
    const body = res.json<ErrorBody>();
    expect(ErrorBody.parse(body)).toEqual(body);
    expect(body.error.code).toBe(code);
    return body.error;
  }

  it('400 VALIDATION_FAILED (schema) lists each problem with the part of the request', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })
    ).json<ApplicationView>();
    const res = await w.call(alice, 'PATCH', `/applications/${view.id}`, { payload: { data: { purpose: '入学' } } });
    const error = errorOf(res, 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual([{ in: 'headers', path: 'if-match', message: expect.any(String) }]);
  });

  it('400 VALIDATION_FAILED (service) names the unusable upload ids', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })
    ).json<ApplicationView>();
    const stranger = new Types.ObjectId().toHexString();
    const res = await w.call(alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [stranger] },
    });
    const error = errorOf(res, 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual([{ in: 'body', path: 'uploadIds', id: stranger, message: '材料不存在或不属于您' }]);
  });

  it('401 UNAUTHENTICATED from the authentication hook', async () => {
    const res = await w.t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(errorOf(res, 401, 'UNAUTHENTICATED')).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
  });

  it('403 FORBIDDEN from the role guard', async () => {
    const res = await w.call(alice, 'GET', '/staff/applications');
    errorOf(res, 403, 'FORBIDDEN');
  });

  it('404 NOT_FOUND from a module, and for an unknown route', async () => {
    const res = await w.call(alice, 'GET', `/applications/${new Types.ObjectId().toHexString()}`);
    expect(errorOf(res, 404, 'NOT_FOUND').message).toBe('未找到该办件');
    errorOf(await w.call(alice, 'GET', '/no-such-route'), 404, 'NOT_FOUND');
  });

  it('409 VERSION_CONFLICT and INVALID_STATE keep their own messages', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })
    ).json<ApplicationView>();
    const stale = await w.call(alice, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version + 5),
      payload: { data: { purpose: '入学' } },
    });
    expect(errorOf(stale, 409, 'VERSION_CONFLICT').message).toBe('办件已被更新，请刷新后重试');
    const notPayable = await w.call(alice, 'POST', `/applications/${view.id}/payments`, {
      headers: { 'idempotency-key': newKey() },
    });
    expect(notPayable.statusCode).toBe(409);
    expect(errorOf(notPayable, 409, 'INVALID_STATE').message).toEqual(expect.any(String));
  });

  it('422 INCOMPLETE lists every missing field and material', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })
    ).json<ApplicationView>();
    const res = await w.call(alice, 'POST', `/applications/${view.id}/submit`, {
      headers: { 'idempotency-key': newKey() },
    });
    const error = errorOf(res, 422, 'INCOMPLETE');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { field: 'delivery', reason: expect.any(String) },
        { materialCode: 'id_card', reason: expect.any(String) },
      ]),
    );
  });
});
