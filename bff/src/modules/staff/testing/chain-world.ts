import { type ApplicationView, type Material, type StaffApplicationView } from '@onetrip/shared';
import { putChain } from '../../catalog';
import { putItem } from '../../catalog/item.service';
import { ifMatch, newKey, simpleItem, uploadOf } from '../../applications/testing/cases';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { act, DEPT_A, DEPT_B, type StaffWorld } from './world';

/**
 * A chain of three (lead DEPT_A): SOURCE issues a 甲证; USE (DEPT_B) asks for a 甲证 — the chain holds it —
 * and issues a 乙证; FREE (DEPT_B) takes nothing from the others. TWO is the chain SOURCE → USE alone.
 */
export const SOURCE = 'TEST-CH-SOURCE';
export const USE = 'TEST-CH-USE';
export const FREE = 'TEST-CH-FREE';
export const CHAIN = 'TEST-CHAIN';
export const TWO = 'TEST-CHAIN-TWO';

const material = (code: string, name: string, extra: Partial<Material> = {}): Material => ({
  code,
  name,
  category: '证件类',
  required: true,
  gapAllowed: false,
  formats: ['jpg', 'png', 'pdf'],
  ...extra,
});

export async function addChains(w: StaffWorld): Promise<void> {
  const idCard = material('id_card', '居民身份证');
  const item = (name: string, department: string, materials: Material[], licence?: string) =>
    simpleItem({
      name,
      department,
      fee: { amount: 0 } as ReturnType<typeof simpleItem>['fee'],
      materials,
      ...(licence ? { licence: { type: licence } } : {}),
    });
  await putItem(w.app.db, SOURCE, item('测试甲证核发', DEPT_A, [idCard], '甲证'));
  const permit = material('permit', '甲证', { licenceTypes: ['甲证'] });
  await putItem(w.app.db, USE, item('测试乙证核发', DEPT_B, [idCard, permit], '乙证'));
  await putItem(w.app.db, FREE, item('测试备案', DEPT_B, [idCard]));
  await putChain(w.app.db, CHAIN, { name: '测试一链', leadDepartment: DEPT_A, items: [SOURCE, USE, FREE] });
  await putChain(w.app.db, TWO, { name: '测试两事项链', leadDepartment: DEPT_A, items: [SOURCE, USE] });
}

/** A chain case of `who`, filled, with a file for every required material the centre does not hold; submitted. */
export async function submittedChainCase(w: StaffWorld, who: LoggedIn, chain = CHAIN): Promise<ApplicationView> {
  let view = (await w.call(who, 'POST', '/applications', { payload: { chain } })).json<ApplicationView>();
  view = (
    await w.call(who, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '开办' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  for (const m of view.materials.filter((x) => x.required && !x.heldBy)) {
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

/** Submitted by alice and accepted by staffA2 (so staffA decides DEPT_A's items under 受审分离). */
export async function acceptedChainCase(w: StaffWorld, chain = CHAIN): Promise<StaffApplicationView> {
  const view = await submittedChainCase(w, w.alice, chain);
  const res = await act(w, w.staffA2, view.id, 'accept', view.version, { gaps: [] });
  if (res.statusCode !== 200) throw new Error(`accepting failed: ${res.statusCode} ${res.body}`);
  return res.json<StaffApplicationView>();
}

/** Staff member `who` acts on item `code` (approve / deny) of the case at `version`. */
export const onItem = (
  w: StaffWorld,
  who: LoggedIn,
  id: string,
  code: string,
  step: 'approve' | 'deny',
  version: number,
  payload: unknown = step === 'deny' ? { reason: '不符合条件' } : {},
) => act(w, who, id, `items/${code}/${step}`, version, payload);
