/**
 * A removed agent loses the cases they submitted on the next request (issue 13, defect 1): the
 * agent's access to a case goes by the roles of the user record, not the token's claim.
 */
import { type ApplicationView } from '@onetrip/shared';
import { agentWorld, createFor, EAST, type AgentWorld } from '../../authorizations/testing/world';

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('an agent whose role the admin removed', () => {
  it('gets 404 for their own case at once, the resident still reads it, and a new grant gives it back', async () => {
    const view = (await createFor(w, w.agentSame, w.carol.profile)).json<ApplicationView>();
    const read = (who = w.agentSame) => w.call(who, 'GET', `/applications/${view.id}`);
    const setRoles = (payload: object) =>
      w.call(w.admin, 'PUT', `/admin/users/${w.agentSame.userId}/roles`, { payload });
    expect((await read()).statusCode).toBe(200);

    expect((await setRoles({ roles: ['resident'] })).statusCode).toBe(200);
    const gone = await read();
    expect([gone.statusCode, gone.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await read(w.carol)).statusCode).toBe(200);

    expect((await setRoles({ roles: ['agent'], station: EAST })).statusCode).toBe(200);
    expect((await read()).statusCode).toBe(200);
  });
});
