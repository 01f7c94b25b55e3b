import { type FastifyInstance } from 'fastify';
import { idCheckChar } from '@onetrip/shared';
import { armScenario, buildTestApp } from '../../testing/mock-app';

const auth = { authorization: 'Bearer realname_dev_key' };
/** The worked example of GB 11643-1999. */
const VALID_ID = '11010519491231002X';

describe('POST /idcheck/v1/verify', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const verify = (payload: object, headers: Record<string, string> = auth) =>
    app.inject({ method: 'POST', url: '/idcheck/v1/verify', payload, headers });

  it('matches a well-formed ID number with a plausible name', async () => {
    const res = await verify({ name: '张三', idNumber: VALID_ID });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ requestId: expect.any(String), result: 'match' });
  });

  it('matches any ID number with a valid check digit, lower-case x too', async () => {
    const first17 = '44030619900307123';
    const id = first17 + idCheckChar(first17);
    expect((await verify({ name: '李四', idNumber: id })).json().result).toBe('match');
    expect((await verify({ name: '李四', idNumber: VALID_ID.toLowerCase() })).json().result).toBe('match');
  });

  it.each([
    ['a wrong check digit', { name: '张三', idNumber: '110105194912310021' }],
    ['a bad birth date', { name: '张三', idNumber: '110105194902301234' }],
    ['15 digits', { name: '张三', idNumber: '110105491231002' }],
    ['a one-character name', { name: '张', idNumber: VALID_ID }],
    ['a 31-character name', { name: '张'.repeat(31), idNumber: VALID_ID }],
    ['a blank name', { name: '   ', idNumber: VALID_ID }],
  ])('answers mismatch for %s', async (_label, payload) => {
    const res = await verify(payload);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ requestId: expect.any(String), result: 'mismatch' });
  });

  it('accepts a 30-character name', async () => {
    expect((await verify({ name: '阿'.repeat(30), idNumber: VALID_ID })).json().result).toBe('match');
  });

  it.each([{ name: '张三' }, { idNumber: VALID_ID }, { name: 1, idNumber: VALID_ID }])(
    'answers 400 to %j',
    async (payload) => {
      const res = await verify(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        requestId: expect.any(String),
        code: 'InvalidParameter',
        message: expect.any(String),
      });
    },
  );

  it('answers 401 without a bearer key', async () => {
    const res = await verify({ name: '张三', idNumber: VALID_ID }, {});
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('Unauthorized');
  });

  it('answers 503 under realname-down, by header and armed', async () => {
    const down = await verify({ name: '张三', idNumber: VALID_ID }, { ...auth, 'x-mock-scenario': 'realname-down' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({
      requestId: expect.any(String),
      code: 'ServiceUnavailable',
      message: expect.any(String),
    });
    await armScenario(app, { name: 'realname-down', times: 1 });
    expect((await verify({ name: '张三', idNumber: VALID_ID })).statusCode).toBe(503);
    expect((await verify({ name: '张三', idNumber: VALID_ID })).statusCode).toBe(200);
  });
});
