import { type ApplicationView, type AuditList } from '@onetrip/shared';
import { ifMatch, newKey, SIMPLE, storedCase, uploadOf } from '../../applications/testing/cases';
import { act } from '../../staff/testing/world';
import { runOutboxOnce } from '../../notifications/worker';
import { textsTo } from '../../notifications/testing/outbox-world';
import {
  agentWorld,
  auditOf,
  authorizationOf,
  confirm,
  EAST,
  readyAgentCase,
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

const AGENT_ACTOR = () => ({ userId: w.agent.userId, role: 'agent', station: EAST });
const version = async (id: string) => (await storedCase(w.app, id))?.version as number;

/** The audit entries of the case written since `mark` entries were there. */
async function newEntries(caseId: string, mark: number) {
  return (await auditOf(w.app, { caseId })).slice(mark);
}

describe('every agent action leaves exactly one audit entry, with the station', () => {
  it('create, edit, delivery, material, paper, submit, read, resubmit, withdraw, pay', async () => {
    const created = await w.call(w.agent, 'POST', '/applications', {
      payload: { items: [SIMPLE], applicant: w.carol.profile },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<ApplicationView>().id;
    let mark = 0;
    const step = async (
      action: string,
      target: string | undefined,
      run: () => Promise<{ statusCode: number; body: string }>,
    ) => {
      const res = await run();
      if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
      const entries = await newEntries(id, mark);
      expect(entries).toEqual([
        expect.objectContaining({ action, actor: AGENT_ACTOR(), caseId: id, ...(target ? { target } : {}) }),
      ]);
      mark += entries.length;
    };
    await step('case.created', undefined, async () => ({ statusCode: 200, body: '' }));
    await step('case.edit', 'data', async () =>
      w.call(w.agent, 'PATCH', `/applications/${id}`, {
        headers: ifMatch(await version(id)),
        payload: { data: { purpose: '代办' } },
      }),
    );
    await step('case.delivery', 'delivery', async () =>
      w.call(w.agent, 'PATCH', `/applications/${id}`, {
        headers: ifMatch(await version(id)),
        payload: { delivery: { method: 'window' } },
      }),
    );
    const upload = await uploadOf(w.app, w.agent);
    await step('case.material', 'id_card', async () =>
      w.call(w.agent, 'PUT', `/applications/${id}/materials/id_card`, {
        headers: ifMatch(await version(id)),
        payload: { uploadIds: [upload] },
      }),
    );
    const scan = await uploadOf(w.app, w.agent);
    await step('authorization.paper', scan, async () =>
      w.call(w.agent, 'PUT', `/applications/${id}/paper-authorization`, { payload: { uploadId: scan } }),
    );
    await step('case.submitted', undefined, () => submit(w, w.agent, id));
    await step('case.read', undefined, () => w.call(w.agent, 'GET', `/applications/${id}`));
    const paid = await w.call(w.agent, 'POST', `/applications/${id}/payments`, {
      headers: { 'idempotency-key': newKey() },
      payload: {},
    });
    expect(paid.statusCode).toBe(200);
    const payment = await newEntries(id, mark);
    expect(payment).toEqual([
      expect.objectContaining({ action: 'case.payment', actor: AGENT_ACTOR(), target: paid.json().outTradeNo }),
    ]);
    mark += 1;
    const notice = await act(w, w.staffA, id, 'supplement', await version(id), {
      problems: [{ field: 'purpose', reason: '请写明用途' }],
    });
    expect(notice.statusCode).toBe(200);
    mark = (await auditOf(w.app, { caseId: id })).length; // the staff member's own entry
    await step('case.resubmitted', undefined, () => w.call(w.agent, 'POST', `/applications/${id}/resubmit`));
    await step('case.withdrawn', undefined, () =>
      w.call(w.agent, 'POST', `/applications/${id}/withdraw`, { payload: {} }),
    );
  });

  it('writes no entry for a refused action (a stale If-Match, a submit without authorization)', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const mark = (await auditOf(w.app, { caseId: view.id })).length;
    const stale = await w.call(w.agent, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version - 1),
      payload: { data: { purpose: 'x' } },
    });
    expect(stale.statusCode).toBe(409);
    expect((await submit(w, w.agent, view.id)).statusCode).toBe(409);
    expect(await newEntries(view.id, mark)).toEqual([]);
  });

  it('does not audit the resident acting on her own case', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const mark = (await auditOf(w.app, { caseId: view.id })).length;
    expect((await w.call(w.carol, 'GET', `/applications/${view.id}`)).statusCode).toBe(200);
    const patched = await w.call(w.carol, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '自己改' } },
    });
    expect(patched.statusCode).toBe(200);
    expect(await newEntries(view.id, mark)).toEqual([]);
  });
});

describe('GET /admin/audit', () => {
  it('filters by case, actor, action and time; newest first', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const get = (query: string) => w.call(w.admin, 'GET', `/admin/audit?${query}`);
    const byCase = (await get(`caseId=${view.id}`)).json<AuditList>();
    expect(byCase.items.every((e) => e.caseId === view.id)).toBe(true);
    expect(byCase.items.at(-1)).toMatchObject({ action: 'case.created', actor: { role: 'agent', station: EAST } });
    const ats = byCase.items.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);

    const byActorAndAction = (
      await get(`actor=${w.agent.userId}&action=case.material&caseId=${view.id}`)
    ).json<AuditList>();
    expect(byActorAndAction.total).toBe(view.materials.filter((m) => m.required).length);
    expect(byActorAndAction.items.every((e) => e.action === 'case.material' && e.actor.userId === w.agent.userId)).toBe(
      true,
    );
    expect((await get(`actor=${w.agentSame.userId}&caseId=${view.id}`)).json<AuditList>().total).toBe(0);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await get(`caseId=${view.id}&from=${encodeURIComponent(future)}`)).json<AuditList>().total).toBe(0);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect(
      (
        await get(`caseId=${view.id}&from=${encodeURIComponent(past)}&to=${encodeURIComponent(future)}`)
      ).json<AuditList>().total,
    ).toBe(byCase.total);
  });

  it('is for admins only (403 for agents, staff, residents) and refuses bad filters with 400', async () => {
    for (const who of [w.agent, w.staffA, w.carol]) {
      const res = await w.call(who, 'GET', '/admin/audit');
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    for (const query of [
      'caseId=nope',
      'actor=1',
      'action=DROP TABLE',
      'from=yesterday',
      'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'pageSize=1000',
      'extra=1',
    ]) {
      const res = await w.call(w.admin, 'GET', `/admin/audit?${query}`);
      expect([query, res.statusCode, res.json().error.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });
});

describe('the text to the resident on an agent’s submission', () => {
  it('goes by SMS to the phone the agent gave, with the number, the lookup code and the progress link; the lookup works', async () => {
    const dan = stranger('钱多多');
    const view = await readyAgentCase(w, dan);
    const scan = await uploadOf(w.app, w.agent);
    expect(
      (await w.call(w.agent, 'PUT', `/applications/${view.id}/paper-authorization`, { payload: { uploadId: scan } }))
        .statusCode,
    ).toBe(200);
    const number = (await submit(w, w.agent, view.id)).json<{ number: string }>().number;
    await runOutboxOnce(w.app);
    const texts = await textsTo(w.t.mockBase, dan.phone);
    expect(texts).toEqual([
      expect.objectContaining({
        template: 'agent_case_submitted',
        params: expect.objectContaining({
          number,
          code: dan.phone.slice(-4),
          link: expect.stringMatching(new RegExp(`/#/pages/progress/index\\?number=${number}$`)),
        }),
      }),
    ]);
    const progress = await w.app.inject({
      method: 'GET',
      url: `/api/v1/progress?number=${number}&phoneLast4=${dan.phone.slice(-4)}`,
    });
    expect(progress.statusCode).toBe(200);
    expect(progress.body).not.toContain(dan.name);
  });

  it('goes by SMS also when the resident has WeChat: she may not know of the case yet', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    await confirm(w, w.carol, authorizationOf(view));
    const number = (await submit(w, w.agent, view.id)).json<{ number: string }>().number;
    await runOutboxOnce(w.app);
    const texts = (await textsTo(w.t.mockBase, w.carol.profile.phone)).filter((t) => t.params.number === number);
    expect(texts.map((t) => t.template)).toEqual(['agent_case_submitted']);
    const stored = await storedCase(w.app, view.id);
    expect(stored?.outbox).toEqual([expect.objectContaining({ kind: 'submitted', status: 'sent', channel: 'sms' })]);
  });
});
