import { type CounterCaseView, type CounterReceipt } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { simpleItem, storedCase, uploadOf } from '../../applications/testing/cases';
import { act, counterWorld, register, startCase, SIMPLE, type CounterWorld } from '../testing/world';

/** 电子送达 at the counter: an item of the tests whose result is downloaded (零跑腿 without express). */
const E_ITEM = 'TEST-COUNTER-ELECTRONIC';

let w: CounterWorld;
beforeAll(async () => {
  w = await counterWorld();
  const delivery = { window: true, express: false, expressFee: 0, electronic: true };
  await putItem(w.app.db, E_ITEM, simpleItem({ name: '测试电子送达事项', fee: { amount: 0 }, delivery, trips: 0 }));
});
afterAll(async () => {
  await w.t.close();
});

describe('PATCH /counter/cases/:id delivery electronic', () => {
  it('is taken when every item offers it, and the 受理回执 says how the result comes', async () => {
    const person = await register(w, w.front);
    let view = await startCase(w, w.front, person.id, [E_ITEM]);
    expect(view.electronicAllowed).toBe(true);
    const res = await act(w, w.front, 'PATCH', view, '', {
      data: { purpose: '入学' },
      delivery: { method: 'electronic' },
    });
    expect(res.statusCode).toBe(200);
    view = res.json<CounterCaseView>();
    expect(view.delivery).toEqual({ method: 'electronic' });
    expect(view.fee).toMatchObject({ express: 0, total: 0 });
    view = (
      await act(w, w.front, 'PUT', view, '/materials/id_card', { uploadIds: [await uploadOf(w.app, w.front)] })
    ).json<CounterCaseView>();
    const accepted = await act(w, w.front, 'POST', view, '/accept', {});
    expect(accepted.statusCode).toBe(200);
    const receipt = (await w.call(w.front, 'GET', `/counter/cases/${view.id}/receipt`)).json<CounterReceipt>();
    expect(receipt.sections.flatMap((s) => s.lines)).toContainEqual(expect.stringContaining('电子送达：办结后'));
  });

  it('is refused with 400 on delivery.method when an item does not offer it; nothing is written', async () => {
    const person = await register(w, w.front);
    const view = await startCase(w, w.front, person.id, [SIMPLE]);
    expect(view.electronicAllowed).toBe(false);
    const res = await act(w, w.front, 'PATCH', view, '', { delivery: { method: 'electronic' } });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ path: 'delivery.method' }));
    expect(await storedCase(w.app, view.id)).toMatchObject({ version: view.version, delivery: null });
  });
});
