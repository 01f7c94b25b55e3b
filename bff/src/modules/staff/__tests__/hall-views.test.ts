/**
 * What the window's screens need of the hall kinds: the view says whether the signed-in clerk accepted
 * the case and may decide its items (受审分离), and the queues give each kind the stages it works — the
 * comprehensive window the accepted cases it acted on, the results window and the lead department the
 * cases waiting at the window for pick-up.
 */
import { type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { loginAs } from '../../../../test/helpers/login-as';
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
    hallClerk(w, 'hv_front', 'comprehensive'),
    hallClerk(w, 'hv_front2', 'comprehensive'),
    hallClerk(w, 'hv_results', 'results'),
  ]);
  admin = await loginAs(w.app, 'admin');
});
afterAll(async () => {
  await w.t.close();
});

const queue = async (who: LoggedIn, stage: string) =>
  (await w.call(who, 'GET', `/staff/applications?stage=${stage}&pageSize=50`)).json<StaffQueue>();
const idsOf = (q: StaffQueue) => q.items.map((r) => r.id);
const facts = (v: StaffApplicationView) => ({ acceptedByMe: v.acceptedByMe, mayDecide: v.mayDecide });
const setSeparation = (on: boolean) =>
  w.call(admin, 'PUT', '/admin/config/hall', { payload: { separateAcceptanceFromApproval: on } });

async function accepted(by: LoggedIn, codes = [FREE_A]): Promise<StaffApplicationView> {
  const view = await submittedCase(w, w.alice, codes);
  const res = await act(w, by, view.id, 'accept', view.version, {});
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.body}`);
  return res.json<StaffApplicationView>();
}

describe('acceptedByMe and mayDecide in the staff view', () => {
  it('a department window that accepted the case may not decide it under 受审分离; its colleague may', async () => {
    const submitted = await submittedCase(w, w.alice, [FREE_A]);
    expect(facts(await staffView(w, w.staffA, submitted.id))).toEqual({ acceptedByMe: false, mayDecide: true });
    const view = (await act(w, w.staffA, submitted.id, 'accept', submitted.version, {})).json<StaffApplicationView>();
    // The answer of the accept itself already says so, and so does every later read.
    expect(facts(view)).toEqual({ acceptedByMe: true, mayDecide: false });
    expect(facts(await staffView(w, w.staffA, view.id))).toEqual({ acceptedByMe: true, mayDecide: false });
    expect(facts(await staffView(w, w.staffA2, view.id))).toEqual({ acceptedByMe: false, mayDecide: true });
    // The view agrees with what the BFF does.
    const refused = await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, view.version, {});
    expect(refused.statusCode).toBe(409);
  });

  it('with 受审分离 off, the acceptor may decide', async () => {
    const view = await accepted(w.staffA);
    expect((await setSeparation(false)).statusCode).toBe(200);
    try {
      expect(facts(await staffView(w, w.staffA, view.id))).toEqual({ acceptedByMe: true, mayDecide: true });
    } finally {
      expect((await setSeparation(true)).statusCode).toBe(200);
    }
    expect(facts(await staffView(w, w.staffA, view.id))).toEqual({ acceptedByMe: true, mayDecide: false });
  });

  it('the hall-wide kinds never decide; the comprehensive window knows the cases it accepted', async () => {
    const submitted = await submittedCase(w, w.alice, [FREE_A]);
    expect(facts(await staffView(w, front, submitted.id))).toEqual({ acceptedByMe: false, mayDecide: false });
    const view = (await act(w, front, submitted.id, 'accept', submitted.version, {})).json<StaffApplicationView>();
    expect(facts(view)).toEqual({ acceptedByMe: true, mayDecide: false });
    // The department's approvers: not the acceptor, so they decide.
    expect(facts(await staffView(w, w.staffA, view.id))).toEqual({ acceptedByMe: false, mayDecide: true });
    const approved = await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, view.version, {});
    expect(facts(approved.json<StaffApplicationView>())).toEqual({ acceptedByMe: false, mayDecide: true });
    expect(facts(await staffView(w, results, view.id))).toEqual({ acceptedByMe: false, mayDecide: false });
  });
});

describe('the stages each kind works', () => {
  it('the comprehensive window’s approval stage: the accepted cases it acted on, until they are decided', async () => {
    const mine = await accepted(front, [FREE_A, FREE_B]);
    const colleagues = await accepted(front2);
    const byDepartment = await accepted(w.staffA2);
    const stage = await queue(front, 'approval');
    expect(idsOf(stage)).toContain(mine.id);
    expect(idsOf(stage)).not.toContain(colleagues.id);
    expect(idsOf(stage)).not.toContain(byDepartment.id);
    expect(stage.items.find((r) => r.id === mine.id)).toMatchObject({ status: 'accepted', applicantName: '王*英' });
    expect(idsOf(await queue(front2, 'approval'))).toContain(colleagues.id);
    // Decided by the back offices: it leaves the stage (the hall-wide token moved).
    let version = mine.version;
    for (const [code, who] of [
      [FREE_A, w.staffA],
      [FREE_B, w.staffB],
    ] as const) {
      version = (await act(w, who, mine.id, `items/${code}/approve`, version, {})).json<StaffApplicationView>().version;
    }
    expect(idsOf(await queue(front, 'approval'))).not.toContain(mine.id);
    expect(await queue(front, 'pickup')).toEqual({ items: [], total: 0 });
  });

  it('pickup: cases waiting at the window, for the results window (all) and the lead department (its own)', async () => {
    const ofA = await accepted(front, [FREE_A, FREE_B]);
    let version = ofA.version;
    for (const [code, who] of [
      [FREE_A, w.staffA],
      [FREE_B, w.staffB],
    ] as const) {
      version = (await act(w, who, ofA.id, `items/${code}/approve`, version, {})).json<StaffApplicationView>().version;
    }
    expect(idsOf(await queue(results, 'pickup'))).not.toContain(ofA.id);
    const issued = await act(w, results, ofA.id, 'issue', version, { certificateNo: '统出2026第009号' });
    expect(issued.json<StaffApplicationView>().status).toBe('ready_for_pickup');
    const pickup = await queue(results, 'pickup');
    expect(idsOf(pickup)).toContain(ofA.id);
    expect(pickup.items.find((r) => r.id === ofA.id)?.status).toBe('ready_for_pickup');
    expect(idsOf(await queue(w.staffA, 'pickup'))).toContain(ofA.id);
    // Not the lead: the other department does not hand it over.
    expect(idsOf(await queue(w.staffB, 'pickup'))).not.toContain(ofA.id);

    const code = (await w.call(w.alice, 'GET', `/applications/${ofA.id}`)).json<{ pickupCode: string }>().pickupCode;
    const done = await act(w, results, ofA.id, 'handover', null, { pickupCode: code });
    expect(done.json<StaffApplicationView>().status).toBe('completed');
    expect(idsOf(await queue(results, 'pickup'))).not.toContain(ofA.id);
    expect(idsOf(await queue(w.staffA, 'pickup'))).not.toContain(ofA.id);
  });
});
