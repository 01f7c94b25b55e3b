/**
 * The hall-wide windows (综合窗口 accepts every department's cases, 统一出件 issues and hands over every
 * approved one) and 受审分离 (whoever accepted a case does not decide its items, unless turned off).
 */
import { type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { uploadModel, type UploadRecord } from '../../uploads/uploads.model';
import { staffUploadAccess } from '../upload-access';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import {
  act,
  FREE_A,
  FREE_B,
  hallClerk,
  staffView,
  staffWorld,
  submittedCase,
  type StaffWorld,
} from '../testing/world';

let w: StaffWorld;
let front: LoggedIn;
let front2: LoggedIn;
let results: LoggedIn;
let admin: LoggedIn;
beforeAll(async () => {
  w = await staffWorld();
  [front, front2, results] = await Promise.all([
    hallClerk(w, 'hk_front', 'comprehensive'),
    hallClerk(w, 'hk_front2', 'comprehensive'),
    hallClerk(w, 'hk_results', 'results'),
  ]);
  admin = await loginAs(w.app, 'admin');
});
afterAll(async () => {
  await w.t.close();
});

const queue = async (who: LoggedIn, stage: string) =>
  (await w.call(who, 'GET', `/staff/applications?stage=${stage}&pageSize=50`)).json<StaffQueue>();
const idsOf = (q: StaffQueue) => q.items.map((r) => r.id);
const read = (who: LoggedIn, id: string) => w.call(who, 'GET', `/staff/applications/${id}`);
const errorOf = (res: { statusCode: number; json: () => { error: { code: string; message: string } } }) => [
  res.statusCode,
  res.json().error.code,
];
const setSeparation = (who: LoggedIn, on: unknown) =>
  w.call(who, 'PUT', '/admin/config/hall', { payload: { separateAcceptanceFromApproval: on } });

/** Accepted by `by`, then every item approved by its department's staff who did not accept it. */
async function approvedBy(by: LoggedIn, codes = [FREE_A]) {
  const view = await submittedCase(w, w.alice, codes);
  let res = await act(w, by, view.id, 'accept', view.version, {});
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.body}`);
  for (const code of codes) {
    const decider = code === FREE_B ? w.staffB : w.staffA2;
    res = await act(w, decider, view.id, `items/${code}/approve`, res.json<StaffApplicationView>().version, {});
    if (res.statusCode !== 200) throw new Error(`approve failed: ${res.body}`);
  }
  return res.json<StaffApplicationView>();
}

describe('the comprehensive window (综合窗口)', () => {
  it('sees every department’s submitted cases in its acceptance queue, and only there', async () => {
    const [a, b, ab] = [
      await submittedCase(w, w.alice, [FREE_A]),
      await submittedCase(w, w.bob, [FREE_B]),
      await submittedCase(w, w.alice, [FREE_A, FREE_B]),
    ];
    const acceptance = await queue(front, 'acceptance');
    expect(idsOf(acceptance)).toEqual(expect.arrayContaining([a.id, b.id, ab.id]));
    expect(acceptance.items.find((r) => r.id === b.id)).toMatchObject({ status: 'submitted', applicantName: '李*国' });
    // A department window still sees its own only.
    expect(idsOf(await queue(w.staffB, 'acceptance'))).not.toContain(a.id);
    for (const stage of ['approval', 'issuance', 'followup'])
      expect(await queue(front, stage)).toEqual({ items: [], total: 0 });
    expect((await read(front, b.id)).statusCode).toBe(200);
    expect((await staffView(w, front, ab.id)).department).toBe('');
  });

  it('accepts (with gaps) for any department; the case leaves its queue and stays readable to it only', async () => {
    const view = await submittedCase(w, w.bob, [FREE_B, FREE_A]);
    expect(idsOf(await queue(front, 'acceptance'))).toContain(view.id); // the queue is now cached
    const res = await act(w, front, view.id, 'accept', view.version, { gaps: ['photo'] });
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffApplicationView>()).toMatchObject({ status: 'accepted', gaps: ['photo'] });
    const stored = await storedCase(w.app, view.id);
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'accepted',
      actor: { role: 'staff', userId: front.userId },
      note: expect.stringMatching(/^容缺受理，待补：照片（\d{4}-\d{2}-\d{2}前）$/),
    });
    const audit = await w.app.db.collection('audit_logs').findOne({ action: 'case.accepted', caseId: view.id });
    expect(audit).toMatchObject({ actor: { userId: front.userId, role: 'staff' } });
    // The hall-wide token moved: the cached queue is not served again.
    expect(idsOf(await queue(front, 'acceptance'))).not.toContain(view.id);
    // Read-only afterwards for the clerk who accepted it; another comprehensive clerk does not see it.
    expect((await read(front, view.id)).statusCode).toBe(200);
    expect(errorOf(await read(front2, view.id))).toEqual([404, 'NOT_FOUND']);
    // The back offices see their items in the approval stage, as before.
    expect(idsOf(await queue(w.staffA, 'approval'))).toContain(view.id);
    expect(idsOf(await queue(w.staffB, 'approval'))).toContain(view.id);
  });

  it('never approves or denies (403, nothing written), issues or hands over', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A]);
    const accepted = (await act(w, front, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
    for (const [action, payload] of [
      [`items/${FREE_A}/approve`, {}],
      [`items/${FREE_A}/deny`, { reason: '不符合条件' }],
      ['issue', { certificateNo: 'X1' }],
    ] as const) {
      const res = await act(w, front, view.id, action, accepted.version, payload);
      expect([action, ...errorOf(res)]).toEqual([action, 403, 'FORBIDDEN']);
    }
    const handover = await act(w, front, view.id, 'handover', null, { pickupCode: '123456' });
    expect(errorOf(handover)).toEqual([403, 'FORBIDDEN']);
    // Someone else's case past acceptance: the same 403 (the answer does not depend on the case).
    const other = await approvedBy(w.staffA);
    expect(errorOf(await act(w, front, other.id, `items/${FREE_A}/approve`, other.version, {}))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect(errorOf(await read(front, other.id))).toEqual([404, 'NOT_FOUND']);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'accepted', version: accepted.version });
    // The department's approver decides it (受审分离 holds: the clerk accepted, not the approver).
    const approved = await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, accepted.version, {});
    expect(approved.json<StaffApplicationView>().status).toBe('approved');
  });

  it('sends the one-time notice and rejects, as a department window does', async () => {
    const one = await submittedCase(w, w.alice, [FREE_B]);
    const notice = await act(w, front, one.id, 'supplement', one.version, {
      problems: [{ materialCode: 'id_card', reason: '照片模糊' }],
    });
    expect(notice.json<StaffApplicationView>().status).toBe('supplement_required');
    // It sent the notice: it still reads the case while the resident puts it right.
    expect((await read(front, one.id)).statusCode).toBe(200);
    expect(errorOf(await read(front2, one.id))).toEqual([404, 'NOT_FOUND']);
    const two = await submittedCase(w, w.alice, [FREE_A]);
    const rejected = await act(w, front2, two.id, 'reject', two.version, { reason: '不属于本中心受理范围' });
    expect(rejected.json<StaffApplicationView>()).toMatchObject({ status: 'rejected' });
    expect((await storedCase(w.app, two.id))?.rejectReason).toBe('不属于本中心受理范围');
  });

  it('may read the uploads of a case waiting for acceptance; the results window may not', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A]);
    const file = view.materials.find((m) => m.code === 'id_card')?.uploadIds[0] as string;
    const upload = await uploadModel(w.app.db).findById(file).lean<UploadRecord>();
    // The check the uploads module asks (GET /uploads/:id); the test uploads have no stored bytes to serve.
    expect(await staffUploadAccess(w.app.db, front.userId, upload as UploadRecord)).toEqual({
      role: 'staff',
      caseId: view.id,
    });
    expect(await staffUploadAccess(w.app.db, results.userId, upload as UploadRecord)).toBeNull();
  });
});

describe('the results window (统一出件)', () => {
  it('sees every approved case in its issuance queue, issues and hands over any department’s case', async () => {
    const [ofA, ofB] = [await approvedBy(w.staffA, [FREE_A]), await approvedBy(front, [FREE_B])];
    expect(idsOf(await queue(results, 'issuance'))).toEqual(expect.arrayContaining([ofA.id, ofB.id]));
    for (const stage of ['acceptance', 'approval', 'followup'])
      expect(await queue(results, stage)).toEqual({ items: [], total: 0 });

    const issued = await act(w, results, ofB.id, 'issue', ofB.version, { certificateNo: '统出2026第001号' });
    expect(issued.statusCode).toBe(200);
    expect(issued.json<StaffApplicationView>().status).toBe('ready_for_pickup');
    expect(idsOf(await queue(results, 'issuance'))).not.toContain(ofB.id);
    const mine = await w.call(w.alice, 'GET', `/applications/${ofB.id}`);
    const code = mine.json<{ pickupCode: string }>().pickupCode;
    const wrong = await act(w, results, ofB.id, 'handover', null, {
      pickupCode: code === '000000' ? '111111' : '000000',
    });
    expect(errorOf(wrong)).toEqual([422, 'RECEIPT_CODE_WRONG']);
    const done = await act(w, results, ofB.id, 'handover', null, { pickupCode: code });
    expect(done.json<StaffApplicationView>().status).toBe('completed');
    expect((await storedCase(w.app, ofB.id))?.timeline.at(-1)).toMatchObject({
      action: 'completed',
      actor: { userId: results.userId },
    });
    // Handed over by it: still readable to it (read-only: every step checks the status).
    expect((await read(results, ofB.id)).statusCode).toBe(200);

    // The lead department still issues, as before.
    const byLead = await act(w, w.staffA, ofA.id, 'issue', ofA.version, { certificateNo: '部门2026第002号' });
    expect(byLead.json<StaffApplicationView>().status).toBe('ready_for_pickup');
  });

  it('neither accepts nor decides (403), and does not see cases before approval (404)', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A]);
    expect(idsOf(await queue(results, 'acceptance'))).toEqual([]);
    expect(errorOf(await read(results, view.id))).toEqual([404, 'NOT_FOUND']);
    for (const [action, payload] of [
      ['accept', {}],
      ['supplement', { problems: [{ materialCode: 'id_card', reason: '模糊' }] }],
      ['reject', { reason: '不受理' }],
    ] as const)
      expect([action, ...errorOf(await act(w, results, view.id, action, view.version, payload))]).toEqual([
        action,
        403,
        'FORBIDDEN',
      ]);
    const accepted = (await act(w, w.staffA, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
    expect(errorOf(await read(results, view.id))).toEqual([404, 'NOT_FOUND']);
    const approve = await act(w, results, view.id, `items/${FREE_A}/approve`, accepted.version, {});
    expect(errorOf(approve)).toEqual([403, 'FORBIDDEN']);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'accepted', version: accepted.version });
  });

  it('refuses a stale If-Match (409 VERSION_CONFLICT)', async () => {
    const approved = await approvedBy(w.staffA);
    const stale = await act(w, results, approved.id, 'issue', approved.version - 1, { certificateNo: 'X2' });
    expect(errorOf(stale)).toEqual([409, 'VERSION_CONFLICT']);
  });
});

describe('受审分离 (separate acceptance from approval)', () => {
  it('is on by default: the acceptor may not approve or deny (409), a colleague may', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A]);
    const accepted = (await act(w, w.staffA, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
    const approve = await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, accepted.version, {});
    expect(errorOf(approve)).toEqual([409, 'INVALID_STATE']);
    expect(approve.json().error.message).toBe('受审分离：受理人不能审批本件');
    const deny = await act(w, w.staffA, view.id, `items/${FREE_A}/deny`, accepted.version, { reason: '不符合' });
    expect(errorOf(deny)).toEqual([409, 'INVALID_STATE']);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'accepted', version: accepted.version });
    const byColleague = await act(w, w.staffA2, view.id, `items/${FREE_A}/approve`, accepted.version, {});
    expect(byColleague.json<StaffApplicationView>().status).toBe('approved');
  });

  it('turned off by the admin, the acceptor approves its own case; turned on again, it may not', async () => {
    expect(errorOf(await setSeparation(w.staffA, false))).toEqual([403, 'FORBIDDEN']);
    const off = await setSeparation(admin, false);
    expect([off.statusCode, off.json()]).toEqual([200, { separateAcceptanceFromApproval: false }]);
    const config = await w.call(w.staffA, 'GET', '/admin/config');
    expect(config.json()).toMatchObject({ separateAcceptanceFromApproval: false });
    try {
      const view = await submittedCase(w, w.alice, [FREE_A]);
      const accepted = (await act(w, w.staffA, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
      const approve = await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, accepted.version, {});
      expect(approve.json<StaffApplicationView>().status).toBe('approved');
    } finally {
      expect((await setSeparation(admin, true)).json()).toEqual({ separateAcceptanceFromApproval: true });
    }
    const again = await submittedCase(w, w.alice, [FREE_A]);
    const accepted = (await act(w, w.staffA, again.id, 'accept', again.version, {})).json<StaffApplicationView>();
    const deny = await act(w, w.staffA, again.id, `items/${FREE_A}/deny`, accepted.version, { reason: '不符合' });
    expect(errorOf(deny)).toEqual([409, 'INVALID_STATE']);
  });

  it('binds only the acceptor: the other department’s approver decides its item', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A, FREE_B]);
    const accepted = (await act(w, w.staffA, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
    const byB = await act(w, w.staffB, view.id, `items/${FREE_B}/approve`, accepted.version, {});
    expect(byB.statusCode).toBe(200);
  });
});
