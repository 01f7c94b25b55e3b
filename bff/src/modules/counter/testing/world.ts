import { type LightMyRequestResponse as InjectResponse } from 'fastify';
import { type CounterCaseView, type CounterPerson } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { setCentreContact } from '../../users';
import {
  caseWorld,
  ifMatch,
  person,
  simpleItem,
  uploadOf,
  SIMPLE,
  WINDOW_ONLY,
  type CaseWorld,
} from '../../applications/testing/cases';
import { DEMO_CENTRE } from '../../../seed/centre';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** The hall of the counter clerks of the tests. */
export const HALL = '县政务服务中心一楼';
export const OTHER_HALL = '县政务服务中心二楼';
/** The department of TEST-SIMPLE and TEST-WINDOW (applications' test items)… */
export const DEPT = '县测试局';
/** …and of an item of our own with a required material that may be missing at acceptance (容缺). */
export const GAP_ITEM = 'TEST-GAP';
export const OTHER_DEPT = '县另一局';
export const OTHER_ITEM = 'TEST-OTHER';
export { SIMPLE, WINDOW_ONLY };

export interface CounterWorld extends CaseWorld {
  /** comprehensive clerks (综合窗口) of HALL, and one of OTHER_HALL */
  front: LoggedIn;
  front2: LoggedIn;
  frontElsewhere: LoggedIn;
  /** a department window of DEPT, one of OTHER_DEPT, a results window (统一出件) */
  dept: LoggedIn;
  otherDept: LoggedIn;
  results: LoggedIn;
}

/**
 * A fresh app with the demo catalog, the applications' test items, a gap
 * item and another department's item, the demo centre's contact, and the
 * clerks of the tests.
 */
export async function counterWorld(): Promise<CounterWorld> {
  const w = await caseWorld();
  await putItem(
    w.app.db,
    GAP_ITEM,
    simpleItem({
      name: '测试容缺事项',
      promisedDays: 5,
      materials: [
        {
          code: 'id_card',
          name: '居民身份证（正反面）',
          category: '证件类',
          required: true,
          gapAllowed: false,
          formats: ['jpg'],
        },
        {
          code: 'household_register',
          name: '居民户口簿',
          category: '证件类',
          required: true,
          gapAllowed: true,
          formats: ['jpg', 'pdf'],
        },
      ],
      commitment: { text: '本人承诺户口簿在受理后五个工作日内补交。', gapDays: 5, issueBeforeGaps: false },
    }),
  );
  await putItem(w.app.db, OTHER_ITEM, simpleItem({ name: '另一部门的事项', department: OTHER_DEPT }));
  await setCentreContact(w.app, { userId: 'system', role: 'system' }, DEMO_CENTRE, 'test');
  const staff = (name: string, opts: Parameters<typeof loginAs>[2]) =>
    loginAs(w.app, `counter_${name}`, { roles: ['staff'], ...opts });
  const [front, front2, frontElsewhere, dept, otherDept, results] = await Promise.all([
    staff('front', { staffKind: 'comprehensive', hall: HALL }),
    staff('front2', { staffKind: 'comprehensive', hall: HALL }),
    staff('front_elsewhere', { staffKind: 'comprehensive', hall: OTHER_HALL }),
    staff('dept', { department: DEPT }),
    staff('other_dept', { department: OTHER_DEPT }),
    staff('results', { staffKind: 'results', hall: HALL }),
  ]);
  return { ...w, front, front2, frontElsewhere, dept, otherDept, results };
}

/** A walk-in nobody knows yet: name, ID number and phone (fresh for each call). */
export const walkIn = (name = '王秀英') => person(name);

/** POST /counter/persons by `clerk`; the person as answered. */
export async function register(w: CounterWorld, clerk: LoggedIn, who = walkIn()): Promise<CounterPerson> {
  const res = await w.call(clerk, 'POST', '/counter/persons', { payload: who });
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`registering failed: ${res.statusCode} ${res.body}`);
  return res.json<CounterPerson>();
}

/** POST /counter/cases for the items. */
export async function startCase(
  w: CounterWorld,
  clerk: LoggedIn,
  personId: string,
  items: string[] = [SIMPLE],
): Promise<CounterCaseView> {
  const res = await w.call(clerk, 'POST', '/counter/cases', { payload: { personId, items } });
  if (res.statusCode !== 201) throw new Error(`starting a case failed: ${res.statusCode} ${res.body}`);
  return res.json<CounterCaseView>();
}

/** A counter call with the case's version as If-Match. */
export function act(
  w: CounterWorld,
  clerk: LoggedIn,
  method: 'PATCH' | 'PUT' | 'POST',
  view: { id: string; version: number },
  path: string,
  payload?: unknown,
): Promise<InjectResponse> {
  return w.call(clerk, method, `/counter/cases/${view.id}${path}`, { headers: ifMatch(view.version), payload });
}

/** A TEST-SIMPLE counter draft of a new walk-in with everything its acceptance needs (form, window pick-up, ID card). */
export async function readyCounterCase(
  w: CounterWorld,
  clerk: LoggedIn,
  who = walkIn(),
): Promise<{ person: CounterPerson; view: CounterCaseView }> {
  const found = await register(w, clerk, who);
  let view = await startCase(w, clerk, found.id);
  view = (await act(w, clerk, 'PATCH', view, '', { data: { purpose: '入学' }, delivery: { method: 'window' } })).json();
  const put = await act(w, clerk, 'PUT', view, '/materials/id_card', { uploadIds: [await uploadOf(w.app, clerk)] });
  if (put.statusCode !== 200) throw new Error(`scanning the ID card failed: ${put.statusCode} ${put.body}`);
  return { person: found, view: put.json<CounterCaseView>() };
}

/** Every collection a counter request could write, as stored (to show that nothing changed). */
export async function counterSnapshot(w: CounterWorld): Promise<string> {
  const names = ['applications', 'counter_persons', 'counter_receipt_links', 'audit_logs', 'uploads', 'case_numbers'];
  const all = await Promise.all(names.map((n) => w.app.db.collection(n).find({}).sort({ _id: 1 }).toArray()));
  return JSON.stringify(all);
}
