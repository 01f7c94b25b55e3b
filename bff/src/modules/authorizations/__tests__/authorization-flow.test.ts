import { type ApplicationView, type AuthorizationList, type AuthorizationView } from '@onetrip/shared';
import { ifMatch, storedCase } from '../../applications/testing/cases';
import { act } from '../../staff/testing/world';
import { loginAs } from '../../../../test/helpers/login-as';
import {
  agentWorld,
  auditOf,
  authorizationOf,
  confirm,
  confirmedSubmittedCase,
  createFor,
  EAST,
  paperCase,
  readyAgentCase,
  revoke,
  stranger,
  submit,
  type AgentWorld,
} from '../testing/world';

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld();
});
afterAll(async () => {
  await w.t.close();
});

const actions = (stored: unknown) => (stored as { timeline: { action: string }[] }).timeline.map((e) => e.action);

describe('submitting an agent case needs the resident’s authorization', () => {
  it('refuses the submit with 409 and a clear message while the authorization is pending; nothing changes', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const res = await submit(w, w.agent, view.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_STATE',
      message: '尚未取得申请人授权：请申请人用本人微信扫码确认授权，或上传申请人签字的纸质授权书',
    });
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'draft', version: view.version });
    expect(stored?.number).toBeUndefined();
  });

  it('submits once the resident named in it confirmed in her own WeChat; the timeline shows both, the agent with the station', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const confirmed = await confirm(w, w.carol, authorizationOf(view));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<AuthorizationView>()).toMatchObject({ status: 'confirmed', applicationId: view.id });
    expect(confirmed.json<AuthorizationView>().confirmedAt).toBeDefined();
    const res = await submit(w, w.agent, view.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', number: expect.stringMatching(/^ZW\d{14}$/) });
    const seen = (await w.call(w.carol, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(seen.authorization).toMatchObject({ status: 'confirmed' });
    const events = seen.timeline.map((e) => [e.action, e.actor.role, e.actor.station?.village]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['authorization_confirmed', 'resident', undefined],
        ['submitted', 'agent', EAST.village],
      ]),
    );
  });

  it('answers a second confirmation with the same view and writes nothing', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    await confirm(w, w.carol, authorizationOf(view));
    const version = (await storedCase(w.app, view.id))?.version;
    const again = await confirm(w, w.carol, authorizationOf(view));
    expect([again.statusCode, again.json().status]).toEqual([200, 'confirmed']);
    expect((await storedCase(w.app, view.id))?.version).toBe(version);
  });
});

describe('who may confirm', () => {
  it('refuses the agent (403), also confirming their own authorization, and another agent or resident (404)', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const id = authorizationOf(view);
    const byAgent = await confirm(w, w.agent, id);
    expect([byAgent.statusCode, byAgent.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(byAgent.json().error.message).toContain('代办员不能代为确认');
    for (const who of [w.agentSame, w.agentWest, w.alice, w.staffA]) {
      const res = await confirm(w, who, id);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
      expect((await w.call(who, 'GET', `/authorizations/${id}`)).statusCode).toBe(404);
    }
    expect((await storedCase(w.app, view.id))?.authorization).toMatchObject({ status: 'pending' });
  });

  it('refuses a resident with another ID number even when the name is the same (404), and one not yet verified (404)', async () => {
    const namesake = await loginAs(w.app, 'ag_namesake', { profile: { ...stranger(w.carol.profile.name) } });
    const unverified = await loginAs(w.app, 'ag_noprofile');
    const view = await readyAgentCase(w, w.carol.profile);
    for (const who of [namesake, unverified]) {
      expect((await confirm(w, who, authorizationOf(view))).statusCode).toBe(404);
      expect((await w.call(who, 'GET', `/authorizations/${authorizationOf(view)}`)).statusCode).toBe(404);
      expect((await w.call(who, 'GET', `/applications/${view.id}`)).statusCode).toBe(404);
    }
    expect((await storedCase(w.app, view.id))?.authorization).toMatchObject({ status: 'pending' });
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await confirm(w, w.carol, 'not-an-id')).statusCode).toBe(400);
    expect((await confirm(w, w.carol, '0123456789abcdef01234567')).statusCode).toBe(404);
    expect((await w.call(w.carol, 'GET', '/authorizations/0123456789abcdef01234567')).statusCode).toBe(404);
  });
});

describe('POST /authorizations/:id/revoke', () => {
  it('withdraws consent: revoked, the case withdrawn in the same write, and the agent’s submit blocked with the reason', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    await confirm(w, w.carol, authorizationOf(view));
    const res = await revoke(w, w.carol, authorizationOf(view), { reason: '已自行办理' });
    expect(res.statusCode).toBe(200);
    expect(res.json<AuthorizationView>()).toMatchObject({ status: 'revoked' });
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({
      status: 'withdrawn',
      authorization: { status: 'revoked', revokeReason: '已自行办理' },
    });
    expect(actions(stored).slice(-2)).toEqual(['authorization_revoked', 'withdrawn']);
    const blocked = await submit(w, w.agent, view.id);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toBe('申请人已撤销代办授权，该办件不能再由代办员提交');
    // Revoked is final: no confirmation brings it back.
    expect((await confirm(w, w.carol, authorizationOf(view))).statusCode).toBe(409);
  });

  it('blocks a case with a paper authorization too: revoking means the resident no longer consents', async () => {
    const view = await paperCase(w, w.carol.profile);
    expect((await revoke(w, w.carol, authorizationOf(view))).statusCode).toBe(200);
    const blocked = await submit(w, w.agent, view.id);
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await storedCase(w.app, view.id))?.number).toBeUndefined();
  });

  it('takes a submitted case off the centre: staff can no longer accept it', async () => {
    const view = await confirmedSubmittedCase(w);
    expect((await revoke(w, w.carol, authorizationOf(view))).statusCode).toBe(200);
    const accept = await act(w, w.staffA, view.id, 'accept', (await storedCase(w.app, view.id))?.version as number, {});
    expect([accept.statusCode, accept.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await storedCase(w.app, view.id))?.status).toBe('withdrawn');
  });

  it('is the resident’s alone: the agent gets 403, others 404; after acceptance it is too late (409)', async () => {
    const view = await confirmedSubmittedCase(w);
    const id = authorizationOf(view);
    expect((await revoke(w, w.agent, id)).statusCode).toBe(403);
    expect((await revoke(w, w.agentSame, id)).statusCode).toBe(404);
    expect((await revoke(w, w.bob, id)).statusCode).toBe(404);
    const accepted = await act(w, w.staffA, view.id, 'accept', view.version, {});
    expect(accepted.statusCode).toBe(200);
    const late = await revoke(w, w.carol, id);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await storedCase(w.app, view.id))?.status).toBe('accepted');
  });

  it('refuses a body with unknown fields (400) and changes nothing', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const res = await revoke(w, w.carol, authorizationOf(view), { reason: 'x', status: 'confirmed' });
    expect(res.statusCode).toBe(400);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'draft', authorization: { status: 'pending' } });
  });
});

describe('GET /me/authorizations', () => {
  it('lists every authorization naming the resident, newest first, with the agent and station; nobody else’s', async () => {
    const first = (await createFor(w, w.agentWest, w.carol.profile)).json<ApplicationView>();
    const second = (await createFor(w, w.agent, w.carol.profile)).json<ApplicationView>();
    const res = await w.call(w.carol, 'GET', '/me/authorizations?pageSize=50');
    expect(res.statusCode).toBe(200);
    const list = res.json<AuthorizationList>();
    const ids = list.items.map((a) => a.applicationId);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(list.items.find((a) => a.applicationId === first.id)).toMatchObject({
      agent: { name: '吴代办', station: { town: '大店镇', village: '西岭村' } },
      applicant: { name: w.carol.profile.name },
    });
    expect(list.total).toBeGreaterThanOrEqual(2);
    const others = (await w.call(w.bob, 'GET', '/me/authorizations')).json<AuthorizationList>();
    expect(others).toEqual({ items: [], total: 0 });
    expect((await w.call(w.carol, 'GET', '/me/authorizations?pageSize=500')).statusCode).toBe(400);
  });
});

describe('audit of the resident’s consent', () => {
  it('writes one entry for a confirmation and one for a revocation, with the resident as actor', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    await confirm(w, w.carol, authorizationOf(view));
    await revoke(w, w.carol, authorizationOf(view));
    const entries = (await auditOf(w.app, { caseId: view.id })).filter((e) => e.action.startsWith('authorization.'));
    expect(entries.map((e) => [e.action, e.actor.userId, e.actor.role, e.target])).toEqual([
      ['authorization.confirmed', w.carol.userId, 'resident', authorizationOf(view)],
      ['authorization.revoked', w.carol.userId, 'resident', authorizationOf(view)],
    ]);
  });

  it('lets the agent keep working on a draft the resident just confirmed: a stale If-Match is a clean 409', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    await confirm(w, w.carol, authorizationOf(view));
    const stale = await w.call(w.agent, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '改' } },
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
  });
});
