import { type ApplicationView, type StaffApplicationView } from '@onetrip/shared';
import { ifMatch, storedCase, uploadOf } from '../../applications/testing/cases';
import { act, submittedCase } from '../../staff/testing/world';
import {
  agentWorld,
  auditOf,
  EAST,
  fileOf,
  paperCase,
  readyAgentCase,
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

const putPaper = (who: AgentWorld['agent'], id: string, uploadId: unknown, headers: Record<string, string> = {}) =>
  w.call(who, 'PUT', `/applications/${id}/paper-authorization`, { headers, payload: { uploadId } });

describe('PUT /applications/:id/paper-authorization', () => {
  it('attaches the agent’s scan of the signed form: unchecked, on the timeline with the station, audited once', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const scan = await fileOf(w, w.agent, 'pdf');
    const res = await putPaper(w.agent, view.id, scan, ifMatch(view.version));
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${view.version + 1}"`);
    const after = res.json<ApplicationView>();
    expect(after.authorization).toMatchObject({ status: 'pending', paper: { uploadId: scan, check: 'unchecked' } });
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'paper_authorization',
      actor: { role: 'agent', station: EAST },
    });
    const entries = (await auditOf(w.app, { caseId: view.id })).filter((e) => e.action === 'authorization.paper');
    expect(entries).toEqual([
      expect.objectContaining({ target: scan, actor: { userId: w.agent.userId, role: 'agent', station: EAST } }),
    ]);
    // The upload is now in use by the case: the agent cannot delete it from under the staff's check.
    const del = await w.t.app.inject({ method: 'DELETE', url: `/api/v1/uploads/${scan}`, headers: w.agent.headers });
    expect(del.statusCode).toBe(409);
  });

  it('takes only an upload of the agent’s own (400), is the agent’s step (resident 403, others 404), and checks If-Match', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    const carols = await uploadOf(w.app, w.carol);
    const foreign = await putPaper(w.agent, view.id, carols);
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const own = await uploadOf(w.app, w.agent);
    const byResident = await putPaper(w.carol, view.id, carols);
    expect([byResident.statusCode, byResident.json().error.code]).toEqual([403, 'FORBIDDEN']);
    for (const who of [w.agentSame, w.agentWest, w.bob, w.staffA]) {
      expect((await putPaper(who, view.id, own)).statusCode).toBe(404);
    }
    const stale = await putPaper(w.agent, view.id, own, ifMatch(view.version - 1));
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await storedCase(w.app, view.id))?.authorization?.paper).toBeUndefined();
  });

  it('refuses a bad body (400) without writing anything', async () => {
    const view = await readyAgentCase(w, w.carol.profile);
    for (const payload of [{}, { uploadId: 'x' }, { uploadId: await uploadOf(w.app, w.agent), check: 'accepted' }]) {
      const res = await w.call(w.agent, 'PUT', `/applications/${view.id}/paper-authorization`, { payload });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await storedCase(w.app, view.id))?.version).toBe(view.version);
    expect((await auditOf(w.app, { caseId: view.id, action: 'authorization.paper' })).length).toBe(0);
  });

  it('has nothing to attach to on a resident’s own case (403) and is refused once the case is submitted (409)', async () => {
    const own = await submittedCase(w, w.alice);
    expect((await putPaper(w.alice, own.id, await uploadOf(w.app, w.alice))).statusCode).toBe(403);
    const view = await paperCase(w, w.carol.profile);
    expect((await submit(w, w.agent, view.id)).statusCode).toBe(200);
    const late = await putPaper(w.agent, view.id, await uploadOf(w.app, w.agent));
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });
});

describe('staff check the paper authorization at acceptance', () => {
  it('lets the agent submit with it; staff see and read the scan (audited) and accepting marks it accepted', async () => {
    const draft = await readyAgentCase(w, w.carol.profile);
    const scan = await fileOf(w, w.agent, 'pdf');
    expect((await putPaper(w.agent, draft.id, scan)).statusCode).toBe(200);
    expect((await submit(w, w.agent, draft.id)).statusCode).toBe(200);

    const staffView = (await w.call(w.staffA, 'GET', `/staff/applications/${draft.id}`)).json<StaffApplicationView>();
    expect(staffView.authorization).toMatchObject({ status: 'pending', paper: { uploadId: scan, check: 'unchecked' } });
    expect(staffView.submittedBy).toMatchObject({ role: 'agent', station: EAST });
    const file = await w.call(w.staffA, 'GET', `/uploads/${scan}`);
    expect(file.statusCode).toBe(200);
    expect(await auditOf(w.app, { caseId: draft.id, action: 'upload.read' })).toEqual([
      expect.objectContaining({ target: scan, actor: { userId: w.staffA.userId, role: 'staff' } }),
    ]);

    const accepted = await act(w, w.staffA, draft.id, 'accept', staffView.version, {});
    expect(accepted.statusCode).toBe(200);
    const view = accepted.json<StaffApplicationView>();
    expect(view.authorization?.paper).toMatchObject({ check: 'accepted' });
    expect(view.timeline.at(-1)).toMatchObject({ action: 'accepted', note: '纸质授权书审核通过' });
    expect((await storedCase(w.app, draft.id))?.authorization?.paper).toMatchObject({
      check: 'accepted',
      checkedBy: w.staffA.userId,
    });
  });

  it('refuses a bad one with a notice naming `authorization`: the agent must bring a new one (or a WeChat confirmation) to resubmit', async () => {
    const draft = await paperCase(w, w.carol.profile);
    expect((await submit(w, w.agent, draft.id)).statusCode).toBe(200);
    const version = (await storedCase(w.app, draft.id))?.version as number;
    const notice = await act(w, w.staffA, draft.id, 'supplement', version, {
      problems: [{ materialCode: 'authorization', reason: '授权书缺少申请人签名' }],
    });
    expect(notice.statusCode).toBe(200);
    const seen = (await w.call(w.agent, 'GET', `/applications/${draft.id}`)).json<ApplicationView>();
    expect(seen.authorization?.paper).toMatchObject({ check: 'refused', note: '授权书缺少申请人签名' });
    expect(seen.notices.at(-1)?.problems).toEqual([{ materialCode: 'authorization', reason: '授权书缺少申请人签名' }]);

    const refused = await w.call(w.agent, 'POST', `/applications/${draft.id}/resubmit`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('纸质授权书未通过审核');
    const again = await putPaper(w.agent, draft.id, await uploadOf(w.app, w.agent), ifMatch(seen.version));
    expect(again.json<ApplicationView>().authorization?.paper?.check).toBe('unchecked');
    const resubmitted = await w.call(w.agent, 'POST', `/applications/${draft.id}/resubmit`);
    expect([resubmitted.statusCode, resubmitted.json().status]).toEqual([200, 'submitted']);
  });

  it('allows `authorization` in a notice only on an agent’s case (400 otherwise)', async () => {
    const own = await submittedCase(w, w.alice);
    const res = await act(w, w.staffA, own.id, 'supplement', own.version, {
      problems: [{ materialCode: 'authorization', reason: '无' }],
    });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await storedCase(w.app, own.id))?.status).toBe('submitted');
  });
});
