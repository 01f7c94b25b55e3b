import { Types } from 'mongoose';
import { type StaffApplicationView } from '@onetrip/shared';
import { buildProjectionsOnce, openCaseModel, readCaseDays } from '../../applications';
import { storedCase } from '../../applications/testing/cases';
import {
  act,
  DEPT_A,
  DEPT_B,
  FREE_A,
  FREE_B,
  staffWorld,
  submittedCase,
  type StaffWorld,
} from '../../staff/testing/world';
import { beijingDate } from '../../../lib/beijing-date';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
});
afterAll(async () => {
  await w.t.close();
});

const projected = (id: string) => openCaseModel(w.app.db).findById(id).lean();
const today = () => beijingDate(new Date());
const concludedToday = async (id: string) =>
  (await readCaseDays(w.app.db, [today()]))[0]?.concluded.filter((f) => f.caseId === id) ?? [];

/** The open-case projection and the day's record follow every write of a case (what the supervision reads). */
describe('the supervision’s projections of the cases', () => {
  it('follow a case from submission to its hand-over, and enter its conclusion once', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A, FREE_B]);
    expect(await projected(view.id)).toMatchObject({
      stage: 'acceptance',
      waitingOn: [DEPT_A, DEPT_B],
      lead: DEPT_A,
      promisedDays: 5,
      number: view.number,
    });
    let v = (await act(w, w.staffA2, view.id, 'accept', view.version, {})).json<StaffApplicationView>();
    expect(await projected(view.id)).toMatchObject({ stage: 'approval', waitingOn: [DEPT_A, DEPT_B] });
    v = (await act(w, w.staffA, view.id, `items/${FREE_A}/approve`, v.version, {})).json<StaffApplicationView>();
    expect(await projected(view.id)).toMatchObject({ stage: 'approval', waitingOn: [DEPT_B] });
    v = (await act(w, w.staffB, view.id, `items/${FREE_B}/approve`, v.version, {})).json<StaffApplicationView>();
    expect(await projected(view.id)).toMatchObject({ stage: 'issuance', waitingOn: [DEPT_A] });
    expect(await concludedToday(view.id)).toEqual([]);
    v = (await act(w, w.staffA, view.id, 'issue', v.version, { certificateNo: 'PJ-1' })).json<StaffApplicationView>();
    expect(await projected(view.id)).toMatchObject({ stage: 'delivery', status: 'ready_for_pickup' });
    expect(await concludedToday(view.id)).toEqual([
      expect.objectContaining({
        outcome: 'issued',
        onTime: true,
        departments: [DEPT_A, DEPT_B],
        staff: expect.arrayContaining([
          { userId: w.staffA2.userId, accepted: true, decided: false, issued: false },
          { userId: w.staffA.userId, accepted: false, decided: true, issued: true },
          { userId: w.staffB.userId, accepted: false, decided: true, issued: false },
        ]),
      }),
    ]);
    // Handed over: finished, so out of the projection; the conclusion is not entered again.
    const stored = await storedCase(w.app, view.id);
    const code = w.app.pii.decrypt(stored?.pickupCodeEnc as string);
    expect((await act(w, w.staffA, view.id, 'handover', v.version, { pickupCode: code })).statusCode).toBe(200);
    expect(await projected(view.id)).toBeNull();
    expect(await concludedToday(view.id)).toHaveLength(1);
  });

  it('drop a withdrawn case and enter a denied one as concluded', async () => {
    const withdrawn = await submittedCase(w, w.alice, [FREE_A]);
    expect(await projected(withdrawn.id)).not.toBeNull();
    await w.call(w.alice, 'POST', `/applications/${withdrawn.id}/withdraw`, { payload: {} });
    expect(await projected(withdrawn.id)).toBeNull();

    const denied = await submittedCase(w, w.alice, [FREE_A]);
    const accepted = (await act(w, w.staffA2, denied.id, 'accept', denied.version, {})).json<StaffApplicationView>();
    const res = await act(w, w.staffA, denied.id, `items/${FREE_A}/deny`, accepted.version, { reason: '不符合条件' });
    expect(res.statusCode).toBe(200);
    expect(await projected(denied.id)).toBeNull();
    expect(await concludedToday(denied.id)).toEqual([expect.objectContaining({ outcome: 'denied', onTime: true })]);
  });

  it('are built once for cases stored before them', async () => {
    const view = await submittedCase(w, w.bob, [FREE_A]);
    const raw = await storedCase(w.app, view.id);
    const copy = { ...raw, _id: new Types.ObjectId(), number: 'ZW19990101000001' };
    await w.app.db.collection('applications').insertOne(copy);
    const id = copy._id.toHexString();
    expect(await projected(id)).toBeNull();
    // Built at the first start already: nothing to do.
    expect(await buildProjectionsOnce(w.app)).toBe(0);
    await w.app.db.collection('projection_marks').deleteMany({});
    expect(await buildProjectionsOnce(w.app)).toBeGreaterThanOrEqual(2);
    expect(await projected(id)).toMatchObject({ stage: 'acceptance', waitingOn: [DEPT_A] });
    expect(await buildProjectionsOnce(w.app)).toBe(0);
  });
});
