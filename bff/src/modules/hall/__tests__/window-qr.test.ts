import { type QrTarget } from '@onetrip/shared';
import { seedDemoHall } from '../../../seed/hall';
import { hallWorld, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
  await seedDemoHall(w.app);
});
afterAll(async () => {
  await w.t.close();
});

const create = (target: string, who = w.admin) => w.req(who, 'POST', '/admin/qrcodes', { kind: 'window', target });
const codes = () => w.app.db.collection('qrcodes').countDocuments({ kind: 'window' });

describe('window QR codes', () => {
  it.each([
    ['h-zonghe', 'zonghe'],
    ['w-a03', 'zonghe:A03'],
    ['w-b01', 'budongchan:B01'],
    ['h-shebao-yibao', 'shebao-yibao'],
  ])('the seeded token %s opens %s', async (token, target) => {
    const res = await w.req(null, 'GET', `/qr/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<QrTarget>()).toEqual({ kind: 'window', target });
  });

  it('an admin makes one for a group (the hall’s 取号 code) and for each of its windows', async () => {
    for (const target of ['test-a', 'test-a:T01', 'test-b:U01']) {
      const res = await create(target);
      expect([target, res.statusCode]).toEqual([target, 201]);
      const token = res.json<{ token: string }>().token;
      expect((await w.req(null, 'GET', `/qr/${token}`)).json<QrTarget>()).toEqual({ kind: 'window', target });
    }
  });

  it.each([
    ['an unknown group', 'no-such'],
    ['a window of another group', 'test-a:U01'],
    ['an unknown window', 'test-a:T09'],
    ['the old hall-number form', '县政务服务中心一楼-A03'],
    ['a lower-case window', 'test-a:t01'],
  ])('refuses %s with 400 and stores nothing', async (_what, target) => {
    const before = await codes();
    const res = await create(target);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await codes()).toBe(before);
  });

  it('is for admins only', async () => {
    expect((await create('test-a', w.alice)).statusCode).toBe(403);
    expect((await create('test-a', w.clerkA)).statusCode).toBe(403);
  });
});
