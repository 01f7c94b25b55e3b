import { setStoredCase } from '../testing/cases';
import {
  agentWorld,
  auditOf,
  EAST,
  readyAgentCase,
  stranger,
  type AgentWorld,
} from '../../authorizations/testing/world';

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('GET /applications/:id/certificate.pdf on an agent’s case', () => {
  it('serves the agent who started it, audited with their station, and nobody else of the station', async () => {
    const view = await readyAgentCase(w, stranger('钱桂芳'));
    const url = `/applications/${view.id}/certificate.pdf`;
    const before = await w.call(w.agent, 'GET', url);
    expect([before.statusCode, before.json().error.code]).toEqual([409, 'INVALID_STATE']);
    // Set up as an electronic case its issue has completed (the issue itself: staff's electronic-result test).
    await setStoredCase(w.app, view.id, {
      status: 'completed',
      number: 'ZW20261203000777',
      delivery: { method: 'electronic' },
      certificateNo: '测试字2026第7号',
      concludedAt: new Date('2026-12-03T02:00:00Z'),
      completedAt: new Date('2026-12-03T02:00:00Z'),
    });
    const res = await w.call(w.agent, 'GET', url);
    expect([res.statusCode, res.rawPayload.subarray(0, 5).toString('latin1')]).toEqual([200, '%PDF-']);
    expect(res.headers['content-disposition']).toContain('ZW20261203000777.pdf');
    expect((await w.call(w.agentSame, 'GET', url)).statusCode).toBe(404);
    const audited = await auditOf(w.app, { caseId: view.id, action: 'case.certificate' });
    expect(audited.map((e) => [e.actor.userId, e.actor.role, e.actor.station])).toEqual([
      [w.agent.userId, 'agent', EAST],
    ]);
  });
});
