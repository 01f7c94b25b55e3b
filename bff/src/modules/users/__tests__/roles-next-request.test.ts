/**
 * A role the admin grants or removes applies to the person's next request, with the
 * access token they already hold, on every BFF copy (issue 13, defect 1): authorisation
 * reads the roles of the user record (cached under a change token), not the token's claims.
 */
import { randomBytes } from 'node:crypto';
import { buildTestApp, withDatabase, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

const STATION = { town: '城关镇', village: '东村' };

let a: TestApp;
let b: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  const uri = withDatabase(process.env.ONETRIP_TEST_MONGODB_URI ?? '', `onetrip_t_${randomBytes(5).toString('hex')}`);
  a = await buildTestApp({ MONGODB_URI: uri });
  b = await buildTestApp({ MONGODB_URI: uri });
  admin = await loginAs(a.app, 'admin');
});
afterAll(async () => {
  await b.app.close();
  await a.close();
});

const putRoles = (userId: string, payload: object) =>
  a.app.inject({ method: 'PUT', url: `/api/v1/admin/users/${userId}/roles`, headers: admin.headers, payload });
const agentList = (t: TestApp, who: LoggedIn) =>
  t.app.inject({ method: 'GET', url: '/api/v1/applications?scope=agent', headers: who.headers });

describe('roles apply to the next request', () => {
  it('lets a newly granted agent act at once with the token signed before the grant', async () => {
    const person = await loginAs(a.app, 'new_agent');
    // Both copies have seen this person as a resident only.
    expect((await agentList(a, person)).statusCode).toBe(403);
    expect((await agentList(b, person)).statusCode).toBe(403);
    expect((await putRoles(person.userId, { roles: ['agent'], station: STATION })).statusCode).toBe(200);
    expect((await agentList(b, person)).statusCode).toBe(200);
    expect((await agentList(a, person)).statusCode).toBe(200);
  });

  it('stops a removed agent on the next request though the token still says agent', async () => {
    const agent = await loginAs(a.app, 'old_agent', { roles: ['agent'], station: STATION });
    expect((await agentList(a, agent)).statusCode).toBe(200);
    expect((await agentList(b, agent)).statusCode).toBe(200);
    expect((await putRoles(agent.userId, { roles: ['resident'] })).statusCode).toBe(200);
    for (const t of [a, b]) {
      const res = await agentList(t, agent);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    // GET /me tells the client what the person may do now.
    const me = await b.app.inject({ method: 'GET', url: '/api/v1/me', headers: agent.headers });
    expect(me.json().roles).toEqual(['resident']);
  });
});
