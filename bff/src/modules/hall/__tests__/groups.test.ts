import { type HallGroup, type HallGroupDetail, type HallGroupList } from '@onetrip/shared';
import { seedDemoHall } from '../../../seed/hall';
import { seedHallGroups } from '../../../seed/data/hall';
import { groupA, hallSnapshot, hallWorld, HALL_DEPT_A, THURSDAY, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
});
afterAll(async () => {
  await w.t.close();
});

const put = (code: string, body: unknown, headers: Record<string, string> = {}, who = w.admin) =>
  w.req(who, 'PUT', `/admin/hall/groups/${code}`, body, headers);

describe('window groups', () => {
  it('PUT creates (201, version 1) and replaces with If-Match (200, version 2); audited', async () => {
    const created = await put('test-c', groupA({ name: '测试丙窗口', prefix: 'C' }));
    expect(created.statusCode).toBe(201);
    expect(created.json<HallGroup>()).toMatchObject({ code: 'test-c', version: 1, prefix: 'C', capacity: 2 });
    const replaced = await put('test-c', groupA({ name: '测试丙窗口（改）', prefix: 'C' }), { 'if-match': '"1"' });
    expect([replaced.statusCode, replaced.json<HallGroup>().version]).toEqual([200, 2]);
    const audit = await w.app.db
      .collection('audit_logs')
      .find({ action: 'hall.group.put', target: 'test-c' })
      .toArray();
    expect(audit.map((a) => a.actor.userId)).toEqual([w.admin.userId, w.admin.userId]);
  });

  it('a stale If-Match is 409 VERSION_CONFLICT and changes nothing', async () => {
    const before = await hallSnapshot(w);
    const res = await put('test-c', groupA({ name: '过期的修改', prefix: 'C' }), { 'if-match': '1' });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const create = await put('test-new', groupA(), { 'if-match': '3' });
    expect(create.statusCode).toBe(409);
    expect(await hallSnapshot(w)).toBe(before);
  });

  it.each([
    ['an unknown item', groupA({ items: ['NO-SUCH-ITEM'] })],
    ['a mobile number as the phone', groupA({ phone: '13912345678' })],
    ['a bad window number', groupA({ windows: ['a1'] })],
    ['duplicate windows', groupA({ windows: ['T01', 'T01'] })],
    ['a two-letter prefix', groupA({ prefix: 'TT' })],
    ['zero capacity', groupA({ capacity: 0 })],
    ['an unknown key', { ...groupA(), note: 'x' }],
    ['no items', groupA({ items: [] })],
  ])('refuses %s with 400 and stores nothing', async (_name, body) => {
    const before = await hallSnapshot(w);
    const res = await put('test-bad', body);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await hallSnapshot(w)).toBe(before);
  });

  it('refuses a bad code or If-Match with 400', async () => {
    expect((await put('BAD CODE', groupA())).statusCode).toBe(400);
    expect((await put('test-x', groupA(), { 'if-match': 'abc' })).statusCode).toBe(400);
  });

  it('is for admins only: staff and residents 403, no token 401, nothing written', async () => {
    const before = await hallSnapshot(w);
    expect((await put('test-x', groupA(), {}, w.clerkA)).statusCode).toBe(403);
    expect((await put('test-x', groupA(), {}, w.alice)).statusCode).toBe(403);
    expect((await w.req(null, 'PUT', '/admin/hall/groups/test-x', groupA())).statusCode).toBe(401);
    expect(await hallSnapshot(w)).toBe(before);
  });

  it('GET /hall/groups lists every group publicly; the departments stay inside', async () => {
    const res = await w.req(null, 'GET', '/hall/groups');
    expect(res.statusCode).toBe(200);
    const list = res.json<HallGroupList>();
    expect(list.items.map((g) => g.code)).toEqual(expect.arrayContaining(['test-a', 'test-b']));
    expect(res.body).not.toContain(HALL_DEPT_A);
  });

  it('GET /hall/groups/:code shows today’s queue; unknown → 404, malformed → 400', async () => {
    w.at(THURSDAY, '09:10');
    await w.req(w.bob, 'POST', '/tickets', { group: 'test-a' });
    const res = await w.req(null, 'GET', '/hall/groups/test-a');
    expect(res.statusCode).toBe(200);
    expect(res.json<HallGroupDetail>().today).toEqual({ date: THURSDAY, open: true, waiting: 1 });
    expect((await w.req(null, 'GET', '/hall/groups/no-such')).statusCode).toBe(404);
    expect((await w.req(null, 'GET', '/hall/groups/%24where')).statusCode).toBe(400);
    w.at('2026-12-05', '10:00');
    expect((await w.req(null, 'GET', '/hall/groups/test-a')).json<HallGroupDetail>().today).toMatchObject({
      open: false,
      waiting: 0,
    });
  });

  it('the demo seed stores its groups and their window codes once (items of the demo catalog)', async () => {
    const windows = seedHallGroups.reduce((n, g) => n + g.group.windows.length, 0);
    const codes = seedHallGroups.length + windows;
    expect(await seedDemoHall(w.app)).toEqual({
      groups: seedHallGroups.length,
      qrcodes: codes,
      written: seedHallGroups.length + codes,
    });
    expect(await seedDemoHall(w.app)).toEqual({ groups: seedHallGroups.length, qrcodes: codes, written: 0 });
    const zonghe = await w.req(null, 'GET', '/hall/groups/zonghe');
    expect(zonghe.json<HallGroupDetail>()).toMatchObject({ name: '综合受理', prefix: 'A', version: 1 });
  });
});
