import { Types } from 'mongoose';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, wechatLogin, type LoggedIn } from '../../../../test/helpers/login-as';
import { A, B, seedFixture } from '../testing/fixture';

let t: TestApp;
let admin: { headers: { authorization: string } };
let staffA: LoggedIn;
let noDept: LoggedIn;
let resident: LoggedIn;

beforeAll(async () => {
  t = await buildTestApp();
  await seedFixture(t.app);
  admin = { headers: { authorization: `Bearer ${(await wechatLogin(t.app, 'admin')).accessToken}` } };
  [staffA, noDept, resident] = await Promise.all([
    loginAs(t.app, 'stat_staff_a', { roles: ['staff'], department: A }),
    loginAs(t.app, 'stat_staff_none', { roles: ['staff'], department: B }),
    loginAs(t.app, 'stat_resident'),
  ]);
  // a staff record from before departments were required
  await t.app.db
    .collection('users')
    .updateOne({ _id: new Types.ObjectId(noDept.userId) }, { $unset: { department: 1 } });
});
afterAll(async () => {
  await t.close();
});

const stats = (who: { headers: { authorization: string } }, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/staff/statistics?${query}`, headers: who.headers });
const march = 'from=2026-03-01&to=2026-03-31';

describe('GET /staff/statistics', () => {
  it('admin, every department: volumes, on-time rate, average days, ratings', async () => {
    const res = await stats(admin, march);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      department: null,
      volumes: [
        { department: A, status: 'submitted', count: 1 },
        { department: A, status: 'accepted', count: 1 },
        { department: A, status: 'completed', count: 2 },
        { department: B, status: 'accepted', count: 1 },
        { department: B, status: 'completed', count: 1 },
      ],
      onTimeRate: 0.6667,
      averageDays: 4.3333,
      goodRatingRate: 0.5,
      ratings: { count: 4, average: 3.5, byScore: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 1 } },
    });
    // reading changes nothing
    expect(await t.app.db.collection('applications').countDocuments()).toBe(7);
  });

  it('staff see their own department', async () => {
    const res = await stats(staffA, march);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      department: A,
      volumes: [
        { department: A, status: 'submitted', count: 1 },
        { department: A, status: 'accepted', count: 1 },
        { department: A, status: 'completed', count: 2 },
      ],
      onTimeRate: 0.5,
      averageDays: 3.5,
      goodRatingRate: 0.3333,
      ratings: { count: 3, average: 3.3333, byScore: { 1: 0, 2: 1, 3: 1, 4: 0, 5: 1 } },
    });
    expect((await stats(staffA, `${march}&department=${encodeURIComponent(A)}`)).statusCode).toBe(200);
  });

  it('admin may pick one department', async () => {
    const res = await stats(admin, `${march}&department=${encodeURIComponent(B)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      department: B,
      volumes: [
        { department: B, status: 'accepted', count: 1 },
        { department: B, status: 'completed', count: 1 },
      ],
      onTimeRate: 1,
      averageDays: 6,
      goodRatingRate: 0.5,
      ratings: { count: 2, average: 3.5 },
    });
  });

  it('nothing to divide by: rates and averages are null', async () => {
    const res = await stats(admin, 'from=2025-01-01&to=2025-01-31');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      volumes: [],
      onTimeRate: null,
      averageDays: null,
      goodRatingRate: null,
      ratings: { count: 0, average: null },
    });
  });

  it('403 for another department, for staff without one, and for residents; 401 without a token', async () => {
    for (const [who, query] of [
      [staffA, `${march}&department=${encodeURIComponent(B)}`],
      [noDept, march],
      [resident, march],
    ] as const) {
      const res = await stats(who, query);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/staff/statistics?${march}` })).statusCode).toBe(401);
  });

  it.each([
    ['a reversed period', 'from=2026-03-31&to=2026-03-01'],
    ['a period over 366 days', 'from=2024-01-01&to=2026-03-01'],
    ['an impossible date', 'from=2026-02-30&to=2026-03-01'],
    ['a date in another form', 'from=2026/03/01'],
    ['an unknown parameter', `${march}&status=completed`],
    ['only a from far back', 'from=2020-01-01'],
  ])('400 VALIDATION_FAILED for %s', async (_name, query) => {
    const res = await stats(admin, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
