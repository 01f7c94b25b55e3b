import { type ApplicationView, type Material, type StaffApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import {
  caseWorld,
  ifMatch,
  newKey,
  resident,
  setStoredCase,
  simpleItem,
  uploadOf,
  type CaseWorld,
} from '../../applications/testing/cases';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** Two departments sharing cases, and one that is involved in none. */
export const DEPT_A = '县测试局';
export const DEPT_B = '县协办局';
export const DEPT_C = '县无关局';
/** Free items (no fee): A of DEPT_A (3 days, a gapAllowed required material `proof`), B of DEPT_B (5 days). */
export const FREE_A = 'TEST-FREE-A';
export const FREE_B = 'TEST-FREE-B';

/** FREE_A's 承诺书: its gap `proof` is due in three working days, and the issue waits for it. */
export const GAP_TERMS = { text: '本人承诺居住证明在受理后三个工作日内补交。', gapDays: 3, issueBeforeGaps: false };

const material = (code: string, name: string, required: boolean, gapAllowed: boolean): Material => ({
  code,
  name,
  category: '文书类',
  required,
  gapAllowed,
  formats: ['jpg', 'png', 'pdf'],
});

export interface StaffWorld extends CaseWorld {
  alice: LoggedIn;
  bob: LoggedIn;
  staffA: LoggedIn;
  staffA2: LoggedIn;
  staffB: LoggedIn;
  staffC: LoggedIn;
}

/** A fresh app with the test items, two residents and staff of three departments. */
export async function staffWorld(opts: Parameters<typeof caseWorld>[0] = {}): Promise<StaffWorld> {
  const w = await caseWorld(opts);
  const idCard: Material = { ...material('id_card', '居民身份证', true, false), category: '证件类' };
  await putItem(
    w.app.db,
    FREE_A,
    simpleItem({
      name: '测试甲事项',
      department: DEPT_A,
      fee: { amount: 0 },
      promisedDays: 3,
      materials: [idCard, material('proof', '居住证明', true, true), material('photo', '照片', false, true)],
      commitment: GAP_TERMS,
    }),
  );
  await putItem(
    w.app.db,
    FREE_B,
    simpleItem({ name: '测试乙事项', department: DEPT_B, fee: { amount: 0 }, promisedDays: 5, materials: [idCard] }),
  );
  const staff = (name: string, department: string) => loginAs(w.app, name, { roles: ['staff'], department });
  const [alice, bob, staffA, staffA2, staffB, staffC] = await Promise.all([
    resident(w.app, 'st_alice', '王秀英'),
    resident(w.app, 'st_bob', '李建国'),
    staff('st_staff_a', DEPT_A),
    staff('st_staff_a2', DEPT_A),
    staff('st_staff_b', DEPT_B),
    staff('st_staff_c', DEPT_C),
  ]);
  return { ...w, alice, bob, staffA, staffA2, staffB, staffC };
}

/** A case of `who` for `codes`, filled, with every required material, submitted. */
export async function submittedCase(
  w: CaseWorld,
  who: LoggedIn,
  codes: string[] = [FREE_A],
  method: 'window' | 'express' = 'window',
): Promise<ApplicationView> {
  let view = (await w.call(who, 'POST', '/applications', { payload: { items: codes } })).json<ApplicationView>();
  view = (
    await w.call(who, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: {
        data: { purpose: '测试' },
        delivery: method === 'window' ? { method } : { method, addressId: await addressOf(w, who) },
      },
    })
  ).json<ApplicationView>();
  for (const m of view.materials.filter((x) => x.required)) {
    const put = await w.call(who, 'PUT', `/applications/${view.id}/materials/${m.code}`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [await uploadOf(w.app, who)] },
    });
    view = put.json<ApplicationView>();
  }
  const res = await w.call(who, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submitting failed: ${res.statusCode} ${res.body}`);
  return (await w.call(who, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
}

async function addressOf(w: CaseWorld, who: LoggedIn): Promise<string> {
  const res = await w.call(who, 'POST', '/me/addresses', {
    payload: { name: '王秀英', phone: '13900001111', region: ['山东省', '临沂市', '莒南县'], detail: '十字路街道1号' },
  });
  return res.json<{ id: string }>().id;
}

/** POST /staff/applications/:id/<action> with If-Match of `version` (none when null). */
export function act(
  w: CaseWorld,
  who: LoggedIn,
  id: string,
  action: string,
  version: number | null,
  payload?: unknown,
) {
  return w.call(who, 'POST', `/staff/applications/${id}/${action}`, {
    headers: version === null ? {} : ifMatch(version),
    ...(payload === undefined ? {} : { payload }),
  });
}

/** The case as staff member `who` sees it. */
export const staffView = async (w: CaseWorld, who: LoggedIn, id: string) =>
  (await w.call(who, 'GET', `/staff/applications/${id}`)).json<StaffApplicationView>();

/** Submitted and accepted by `by` (with `gaps`); returns the staff view. */
export async function acceptedCase(
  w: StaffWorld,
  codes: string[] = [FREE_A],
  by = w.staffA2,
  method: 'window' | 'express' = 'window',
  gaps: string[] = [],
) {
  const view = await submittedCase(w, w.alice, codes, method);
  const res = await act(w, by, view.id, 'accept', view.version, { gaps });
  if (res.statusCode !== 200) throw new Error(`accepting failed: ${res.statusCode} ${res.body}`);
  return res.json<StaffApplicationView>();
}

/** Test set-up straight in the database (e.g. an acceptance days ago); the version stays, the change tokens move. */
export async function setStored(w: CaseWorld, id: string, $set: Record<string, unknown>): Promise<void> {
  await setStoredCase(w.app, id, $set);
}

/** The hall the hall-wide windows of the tests work in. */
export const HALL = '县政务服务中心一楼大厅';

/** A comprehensive (综合窗口) or results (统一出件) window of the test hall. */
export const hallClerk = (w: CaseWorld, name: string, staffKind: 'comprehensive' | 'results') =>
  loginAs(w.app, name, { roles: ['staff'], staffKind, hall: HALL });

export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * 86_400_000);
