import { Types } from 'mongoose';
import { type ApplicationList, type ApplicationView, type AuthorizationView } from '@onetrip/shared';
import { ifMatch, storedCase, uploadOf } from '../../applications/testing/cases';
import { FREE_A } from '../../staff/testing/world';
import { loginAs } from '../../../../test/helpers/login-as';
import {
  agentWorld,
  auditOf,
  authorizationOf,
  createFor,
  EAST,
  fileOf,
  readyAgentCase,
  stranger,
  type AgentWorld,
} from '../testing/world';

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld();
});
afterAll(async () => {
  await w.t.close();
});

const count = (collection: string) => w.app.db.collection(collection).countDocuments();

describe('POST /applications with `applicant` (an agent applies for a resident)', () => {
  it('creates a draft owned by the verified resident with that ID number, prefilled from the applicant, with a pending authorization', async () => {
    const res = await createFor(w, w.agent, w.carol.profile);
    expect(res.statusCode).toBe(201);
    const view = res.json<ApplicationView>();
    const { name, idNumber, phone } = w.carol.profile;
    expect(view).toMatchObject({
      status: 'draft',
      applicant: { name, idNumberMasked: `${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}` },
      submittedBy: { role: 'agent', userId: w.agent.userId, name: '孙代办', station: EAST },
      authorization: { status: 'pending' },
      data: { applicantName: name, applicantPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}` },
    });
    expect(view.timeline[0]).toMatchObject({ action: 'created', actor: { role: 'agent', station: EAST } });
    const stored = await storedCase(w.app, view.id);
    expect(stored?.ownerId).toBe(w.carol.userId);
    // The applicant's numbers are stored encrypted, never in clear.
    expect(JSON.stringify(stored)).not.toContain(idNumber);
    expect(JSON.stringify(stored)).not.toContain(phone);
    const audit = await auditOf(w.app, { caseId: view.id });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'case.created',
        actor: { userId: w.agent.userId, role: 'agent', station: EAST },
      }),
    ]);
  });

  it('gives the authorization a QR token of at most 32 characters that GET /qr/:token resolves to it', async () => {
    const view = (await createFor(w, w.agent, w.carol.profile)).json<ApplicationView>();
    const token = view.authorization?.qrToken ?? '';
    expect(token.length).toBeGreaterThan(0);
    expect(token.length).toBeLessThanOrEqual(32);
    const qr = await w.app.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(qr.statusCode).toBe(200);
    expect(qr.json()).toEqual({ kind: 'authorization', target: authorizationOf(view) });
  });

  it('records a resident without an account under their ID number; once they verify with it they see the case and its authorization', async () => {
    const dan = stranger('钱多多');
    const view = (await createFor(w, w.agent, dan)).json<ApplicationView>();
    const stored = await storedCase(w.app, view.id);
    expect(stored?.ownerId).toBe(`unverified:${w.app.pii.hash(dan.idNumber)}`);

    const later = await loginAs(w.app, `ag_dan_${view.id.slice(-6)}`, { profile: dan });
    const mine = (await w.call(later, 'GET', '/applications?scope=mine')).json<ApplicationList>();
    expect(mine.items.map((i) => i.id)).toContain(view.id);
    expect(mine.items.find((i) => i.id === view.id)?.submittedBy).toEqual({
      role: 'agent',
      name: '孙代办',
      station: EAST,
    });
    expect((await w.call(later, 'GET', `/applications/${view.id}`)).statusCode).toBe(200);
    const auth = await w.call(later, 'GET', `/authorizations/${authorizationOf(view)}`);
    expect(auth.statusCode).toBe(200);
    expect(auth.json<AuthorizationView>()).toMatchObject({
      agent: { name: '孙代办', station: EAST },
      applicationId: view.id,
      status: 'pending',
      itemNames: ['测试甲事项'],
    });
    // Before verifying, the same person (another account, no profile) sees nothing.
    const unverified = await loginAs(w.app, `ag_nov_${view.id.slice(-6)}`);
    expect((await w.call(unverified, 'GET', `/applications/${view.id}`)).statusCode).toBe(404);
  });

  it('lists the case for the agent (scope=agent) and not for another agent of the same station', async () => {
    const view = (await createFor(w, w.agent, w.carol.profile)).json<ApplicationView>();
    const own = (await w.call(w.agent, 'GET', '/applications?scope=agent')).json<ApplicationList>();
    expect(own.items.map((i) => i.id)).toContain(view.id);
    const other = (await w.call(w.agentSame, 'GET', '/applications?scope=agent')).json<ApplicationList>();
    expect(other.items.map((i) => i.id)).not.toContain(view.id);
    expect((await w.call(w.agentSame, 'GET', `/applications/${view.id}`)).statusCode).toBe(404);
  });

  it('shows the resident every case submitted in their name, and by whom', async () => {
    const view = (await createFor(w, w.agentWest, w.carol.profile)).json<ApplicationView>();
    const mine = (await w.call(w.carol, 'GET', '/applications?scope=mine')).json<ApplicationList>();
    expect(mine.items.find((i) => i.id === view.id)).toMatchObject({ submittedBy: { role: 'agent', name: '吴代办' } });
    const seen = (await w.call(w.carol, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(seen.submittedBy).toMatchObject({ role: 'agent', name: '吴代办', station: { village: '西岭村' } });
  });

  it('lets the resident and the agent both work on the case: an upload of one stays usable when the other sends the list back', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const agentUpload = await fileOf(w, w.agent);
    const byAgent = await w.call(w.agent, 'PUT', `/applications/${view.id}/materials/id_card`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [agentUpload] },
    });
    expect(byAgent.statusCode).toBe(200);
    const carolUpload = await uploadOf(w.app, w.carol);
    const res = await w.call(w.carol, 'PUT', `/applications/${view.id}/materials/id_card`, {
      headers: ifMatch(byAgent.json<ApplicationView>().version),
      payload: { uploadIds: [agentUpload, carolUpload] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<ApplicationView>().materials.find((m) => m.code === 'id_card')?.uploadIds).toEqual([
      agentUpload,
      carolUpload,
    ]);
    // The resident reads the agent's upload of her case; an upload of nobody's case stays the agent's.
    expect((await w.call(w.carol, 'GET', `/uploads/${agentUpload}`)).statusCode).toBe(200);
    const loose = await uploadOf(w.app, w.agent);
    const stolen = await w.call(w.carol, 'PUT', `/applications/${view.id}/materials/photo`, {
      headers: ifMatch(res.json<ApplicationView>().version),
      payload: { uploadIds: [loose] },
    });
    expect([stolen.statusCode, stolen.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses `applicant` from a resident (403) and from an agent for themself (400); nothing is written', async () => {
    const before = await Promise.all(['applications', 'qrcodes', 'audit_logs'].map(count));
    const byResident = await createFor(w, w.bob, w.carol.profile);
    expect([byResident.statusCode, byResident.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const agentProfile = (await w.app.db.collection('users').findOne({ _id: new Types.ObjectId(w.agent.userId) }))
      ?.profile;
    const self = {
      name: agentProfile?.name as string,
      idNumber: w.app.pii.decrypt(agentProfile?.idNumberEnc as string),
      phone: w.app.pii.decrypt(agentProfile?.phoneEnc as string),
    };
    const forSelf = await createFor(w, w.agent, self);
    expect([forSelf.statusCode, forSelf.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(forSelf.json().error.message).toBe('为本人申请请直接以居民身份办理');
    expect(await Promise.all(['applications', 'qrcodes', 'audit_logs'].map(count))).toEqual(before);
  });

  it('refuses bad applicant input with 400 listing the field, and writes nothing (no case, no QR token, no audit)', async () => {
    const before = await Promise.all(['applications', 'qrcodes', 'audit_logs'].map(count));
    const bad = [
      {
        ...w.carol.profile,
        idNumber: `${w.carol.profile.idNumber.slice(0, 17)}${w.carol.profile.idNumber.endsWith('0') ? '1' : '0'}`,
      },
      { ...w.carol.profile, phone: '12345' },
      { ...w.carol.profile, name: '' },
      { ...w.carol.profile, extra: 1 },
      { name: w.carol.profile.name },
    ];
    for (const applicant of bad) {
      const res = await createFor(w, w.agent, applicant as never);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const unknownItem = await createFor(w, w.agent, w.carol.profile, ['NO-SUCH-ITEM']);
    expect(unknownItem.statusCode).toBe(400);
    expect(await Promise.all(['applications', 'qrcodes', 'audit_logs'].map(count))).toEqual(before);
  });

  it('needs the agent role on the user record: an agent whose role was removed gets 403, and loses the cases once the token is renewed', async () => {
    const exAgent = await loginAs(w.app, 'ag_ex_agent', {
      roles: ['agent'],
      station: EAST,
      profile: stranger('冯前任'),
    });
    const view = (await createFor(w, exAgent, w.carol.profile)).json<ApplicationView>();
    const demoted = await w.call(w.admin, 'PUT', `/admin/users/${exAgent.userId}/roles`, {
      payload: { roles: ['resident'] },
    });
    expect(demoted.statusCode).toBe(200);
    const again = await createFor(w, exAgent, w.carol.profile);
    expect(again.statusCode).toBe(403);
    const renewed = await loginAs(w.app, 'ag_ex_agent');
    expect((await w.call(renewed, 'GET', `/applications/${view.id}`)).statusCode).toBe(404);
  });

  it('publishes the new routes in the OpenAPI document', async () => {
    const paths = Object.keys((await w.t.app.inject({ method: 'GET', url: '/api/v1/docs/json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/authorizations/{id}',
        '/api/v1/authorizations/{id}/confirm',
        '/api/v1/authorizations/{id}/revoke',
        '/api/v1/me/authorizations',
        '/api/v1/applications/{id}/paper-authorization',
        '/api/v1/admin/audit',
      ]),
    );
  });

  it('keeps a case for FREE_A at its department: the agent case reaches the staff queue only once submitted', async () => {
    const view = (await createFor(w, w.agent, w.carol.profile, [FREE_A])).json<ApplicationView>();
    expect((await w.call(w.staffA, 'GET', `/staff/applications/${view.id}`)).statusCode).toBe(404);
  });
});
