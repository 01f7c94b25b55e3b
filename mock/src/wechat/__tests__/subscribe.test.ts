import { type FastifyInstance } from 'fastify';
import { armScenario, buildTestApp, issueToken } from '../../testing/mock-app';

const message = {
  touser: 'openid_alice',
  template_id: 'tpl_case_status',
  page: 'pages/cases/detail?id=1',
  data: { character_string1: { value: 'YC2026110001' }, thing2: { value: '您的办件已受理' } },
};

describe('POST /cgi-bin/message/subscribe/send', () => {
  let app: FastifyInstance;
  let token: string;
  beforeEach(async () => {
    app = await buildTestApp();
    token = await issueToken(app);
  });
  afterEach(() => app.close());

  const send = (payload: object, headers: Record<string, string> = {}, accessToken = token) =>
    app.inject({
      method: 'POST',
      url: '/cgi-bin/message/subscribe/send',
      query: { access_token: accessToken },
      payload,
      headers,
    });
  const list = (touser?: string) =>
    app.inject({ method: 'GET', url: '/__mock/messages', query: touser ? { touser } : {} });

  it('records the message and returns its msgid', async () => {
    const res = await send(message);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    expect(app.records.messages).toEqual([
      {
        id: body.msgid,
        touser: 'openid_alice',
        template_id: 'tpl_case_status',
        page: 'pages/cases/detail?id=1',
        data: message.data,
        miniprogram_state: null,
        lang: null,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('lists messages by recipient, newest last', async () => {
    const first = (await send(message)).json().msgid;
    await send({ ...message, touser: 'openid_bob' });
    const second = (await send({ ...message, template_id: 'tpl_2' })).json().msgid;
    const res = await list('openid_alice');
    expect(res.json().items.map((m: { id: number }) => m.id)).toEqual([first, second]);
    expect((await list()).json().items).toHaveLength(3);
    expect((await list('openid_nobody')).json()).toEqual({ items: [] });
  });

  it('accepts a thing value of exactly 20 characters, Chinese included', async () => {
    const res = await send({ ...message, data: { thing1: { value: '一'.repeat(20) } } });
    expect(res.json().errcode).toBe(0);
  });

  it('refuses a thing value over 20 characters with 47003 and records nothing', async () => {
    const res = await send({ ...message, data: { thing3: { value: '一'.repeat(21) } } });
    expect(res.json()).toEqual({ errcode: 47003, errmsg: 'argument invalid! data.thing3.value invalid' });
    expect(app.records.messages).toHaveLength(0);
  });

  it.each([
    [{ phrase1: { value: '已受理的' + '办件' } }, 'data.phrase1.value invalid'],
    [{ character_string9: { value: 'x'.repeat(33) } }, 'data.character_string9.value invalid'],
    [{ name1: { value: '欧阳' + '一'.repeat(9) } }, 'data.name1.value invalid'],
    [{ thing1: { value: 7 } }, 'data.thing1.value invalid'],
    [{ thing1: 'text' }, 'data.thing1.value invalid'],
    [{ thing1: { value: '  ' } }, 'data.thing1.value is empty'],
  ])('refuses data %j', async (data, errmsg) => {
    expect((await send({ ...message, data })).json()).toEqual({
      errcode: 47003,
      errmsg: `argument invalid! ${errmsg}`,
    });
  });

  it('accepts a 20-letter name', async () => {
    expect((await send({ ...message, data: { name1: { value: 'Alexander Hamiltonnn' } } })).json().errcode).toBe(0);
  });

  it.each([
    [{ touser: undefined }, 40003],
    [{ touser: '' }, 40003],
    [{ template_id: undefined }, 40037],
    [{ miniprogram_state: 'production' }, 47003],
    [{ lang: 'fr' }, 47003],
  ])('refuses %j with %i', async (change, errcode) => {
    expect((await send({ ...message, ...change })).json().errcode).toBe(errcode);
  });

  it('checks the access token before anything else', async () => {
    expect((await send(message, {}, '')).json().errcode).toBe(41001);
    expect((await send(message, {}, 'forged')).json().errcode).toBe(40001);
    expect(app.records.messages).toHaveLength(0);
  });

  it('answers 43101 under not-subscribed (header) and records nothing', async () => {
    const res = await send(message, { 'x-mock-scenario': 'not-subscribed' });
    expect(res.json()).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    expect(app.records.messages).toHaveLength(0);
  });

  it('answers 43101 for the armed number of sends, then records again', async () => {
    await armScenario(app, { name: 'not-subscribed', times: 2 });
    // A token request does not use up a scenario it cannot act out.
    await issueToken(app);
    expect((await send(message)).json().errcode).toBe(43101);
    expect((await send(message)).json().errcode).toBe(43101);
    expect((await send(message)).json().errcode).toBe(0);
    expect(app.records.messages).toHaveLength(1);
  });

  it('answers system error under wechat-busy', async () => {
    expect((await send(message, { 'x-mock-scenario': 'wechat-busy' })).json()).toEqual({
      errcode: -1,
      errmsg: 'system error',
    });
  });
});
