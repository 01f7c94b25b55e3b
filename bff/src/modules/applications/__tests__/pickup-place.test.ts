import { HALL_HOURS_TEXT, type ApplicationView } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { setCentreContact } from '../../users';
import { windowsText } from '../pickup-place';
import { caseWorld, newKey, readyCase, resident, setStoredCase, type CaseWorld } from '../testing/cases';

let w: CaseWorld;
let alice: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  alice = await resident(w.app, 'pickup_alice', '钱芳');
});
afterAll(async () => {
  await w.t.close();
});

const read = async (id: string) => (await w.call(alice, 'GET', `/applications/${id}`)).json<ApplicationView>();

/** A submitted TEST-SIMPLE case of Alice's, then put in `status` (and `method`), with a pick-up code while at the window. */
async function caseIn(status: string, method: 'window' | 'express' = 'window'): Promise<string> {
  const view = await readyCase(w, alice);
  await w.call(alice, 'POST', `/applications/${view.id}/submit`, { headers: { 'idempotency-key': newKey() } });
  await setStoredCase(w.app, view.id, {
    status,
    ...(method === 'express' ? { delivery: { method: 'express' } } : {}),
    ...(status === 'ready_for_pickup' ? { pickupCodeEnc: w.app.pii.encrypt('482913') } : {}),
  });
  return view.id;
}

describe('the pick-up place of a window case (GET /applications/:id `pickup`)', () => {
  it('names 统一出件窗口 and the hall’s hours before any window group or centre address is set', async () => {
    const id = await caseIn('ready_for_pickup');
    const view = await read(id);
    expect(view.pickupCode).toBe('482913');
    expect(view.pickup).toEqual({ window: '统一出件窗口', hours: HALL_HOURS_TEXT });
  });

  it('names the window group handling the item, its windows and hours, and the centre’s address with a map link', async () => {
    await w.app.db.collection<{ _id: string }>('hall_groups').insertOne({
      _id: 'test-zonghe',
      name: '综合受理',
      hall: '县政务服务中心一楼',
      prefix: 'Z',
      items: ['TEST-SIMPLE'],
      departments: ['县测试局'],
      windows: ['A03', 'A04', 'A05', 'A06'],
      hours: '工作日 8:30–12:00，14:00–17:30',
      phone: '0539-7211003',
      capacity: 4,
      version: 1,
    } as never);
    const address = '山东省临沂市莒南县十字路街道民主路1号';
    await setCentreContact(
      w.app,
      { userId: 'system', role: 'system' },
      { name: '莒南县政务服务中心', address, phone: '0539-7211000' },
      'test',
    );
    const id = await caseIn('ready_for_pickup');
    const view = await read(id);
    expect(view.pickup).toEqual({
      window: '综合受理窗口 A03–A06',
      hall: '县政务服务中心一楼',
      hours: '工作日 8:30–12:00，14:00–17:30',
      address,
      mapUrl: `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`,
    });
    // Approved: the place is known before the code is (预约到窗口, what to bring).
    const approved = await read(await caseIn('approved'));
    expect(approved.pickup?.window).toBe('综合受理窗口 A03–A06');
    expect(approved.pickupCode).toBeUndefined();
  });

  it('says nothing of a window before approval, after the hand-over, or for an express case', async () => {
    for (const status of ['submitted', 'accepted', 'completed'])
      expect((await read(await caseIn(status))).pickup).toBeUndefined();
    expect((await read(await caseIn('issued', 'express'))).pickup).toBeUndefined();
  });
});

describe('windowsText', () => {
  it('joins a run of windows into a range and lists the others', () => {
    expect(windowsText(['A03', 'A04', 'A05', 'A06'])).toBe('A03–A06');
    expect(windowsText(['A07', 'A09'])).toBe('A07、A09');
    expect(windowsText(['B01', 'B02'])).toBe('B01、B02');
    expect(windowsText(['A03', 'B04', 'C05'])).toBe('A03、B04、C05');
    expect(windowsText([])).toBe('');
  });
});
