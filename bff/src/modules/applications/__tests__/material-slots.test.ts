import { type ApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { caseWorld, ifMatch, newKey, resident, simpleItem, uploadOf, type CaseWorld } from '../testing/cases';

/** TEST-SIMPLE with its ID card photographed side by side (分面上传), and an example photo. */
const SIDED = 'TEST-SIDED';
const SLOTS = [
  { key: 'front', label: '人像面' },
  { key: 'back', label: '国徽面' },
];

let w: CaseWorld;
let alice: LoggedIn;
let bob: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  const item = simpleItem({ name: '分面上传事项' });
  item.materials[0] = { ...item.materials[0]!, slots: SLOTS, sample: '四角完整、字迹清晰' };
  await putItem(w.app.db, SIDED, item);
  alice = await resident(w.app, 'slots_alice', '孙丽');
  bob = await resident(w.app, 'slots_bob', '周强');
});
afterAll(async () => {
  await w.t.close();
});

async function filledDraft(code = SIDED): Promise<ApplicationView> {
  const view = (await w.call(alice, 'POST', '/applications', { payload: { items: [code] } })).json<ApplicationView>();
  const patched = await w.call(alice, 'PATCH', `/applications/${view.id}`, {
    headers: ifMatch(view.version),
    payload: { data: { purpose: '入学' }, delivery: { method: 'window' } },
  });
  return patched.json<ApplicationView>();
}

const put = (who: LoggedIn, view: ApplicationView, payload: unknown, code = 'id_card') =>
  w.call(who, 'PUT', `/applications/${view.id}/materials/${code}`, { headers: ifMatch(view.version), payload });
const submit = (id: string) =>
  w.call(alice, 'POST', `/applications/${id}/submit`, { headers: { 'idempotency-key': newKey() } });
const idCardOf = (view: ApplicationView) => view.materials.find((m) => m.code === 'id_card');

describe('分面上传: a material photographed side by side', () => {
  it('shows its sides (and the guide’s 拍照要求) on the case', async () => {
    const view = await filledDraft();
    expect(idCardOf(view)).toMatchObject({ slots: SLOTS, sample: '四角完整、字迹清晰', uploadIds: [] });
    expect(idCardOf(view)?.uploadSlots).toBeUndefined();
  });

  it('is complete only with every side: one side is missing by name, both submit', async () => {
    let view = await filledDraft();
    const front = await uploadOf(w.app, alice);
    const back = await uploadOf(w.app, alice);
    const one = await put(alice, view, { uploadIds: [front], uploadSlots: [{ uploadId: front, slot: 'front' }] });
    expect(one.statusCode).toBe(200);
    view = one.json<ApplicationView>();
    expect(idCardOf(view)?.uploadSlots).toEqual([{ uploadId: front, slot: 'front' }]);
    const refused = await submit(view.id);
    expect([refused.statusCode, refused.json().error.details]).toEqual([
      422,
      [{ materialCode: 'id_card', reason: '请上传居民身份证（正反面）的国徽面' }],
    ]);

    const both = await put(alice, view, {
      uploadIds: [front, back],
      uploadSlots: [
        { uploadId: front, slot: 'front' },
        { uploadId: back, slot: 'back' },
      ],
    });
    view = both.json<ApplicationView>();
    expect(idCardOf(view)?.uploadSlots).toEqual([
      { uploadId: front, slot: 'front' },
      { uploadId: back, slot: 'back' },
    ]);
    const res = await submit(view.id);
    expect([res.statusCode, res.json().status]).toEqual([200, 'submitted']);
  });

  it('still takes a list of files without sides, as API.md has it (one scan of both sides)', async () => {
    const view = await filledDraft();
    const scan = await uploadOf(w.app, alice);
    const res = await put(alice, view, { uploadIds: [scan] });
    expect(res.statusCode).toBe(200);
    expect(idCardOf(res.json<ApplicationView>())?.uploadSlots).toBeUndefined();
    expect((await submit(view.id)).statusCode).toBe(200);
  });

  it('keeps the sides of the files that stay when a client sends only uploadIds', async () => {
    let view = await filledDraft();
    const [front, back, extra] = [
      await uploadOf(w.app, alice),
      await uploadOf(w.app, alice),
      await uploadOf(w.app, alice),
    ];
    view = (
      await put(alice, view, {
        uploadIds: [front, back],
        uploadSlots: [
          { uploadId: front, slot: 'front' },
          { uploadId: back, slot: 'back' },
        ],
      })
    ).json<ApplicationView>();
    view = (await put(alice, view, { uploadIds: [front, extra] })).json<ApplicationView>();
    expect(idCardOf(view)).toMatchObject({
      uploadIds: [front, extra],
      uploadSlots: [{ uploadId: front, slot: 'front' }],
    });
    // The back is gone: the material misses it again.
    const refused = await submit(view.id);
    expect(refused.json().error.details).toEqual([
      { materialCode: 'id_card', reason: '请上传居民身份证（正反面）的国徽面' },
    ]);
  });

  it.each([
    ['a side the material does not have', (a: string) => [{ uploadId: a, slot: 'left' }], '没有这一面'],
    ['a file not in uploadIds', () => [{ uploadId: '0123456789abcdef01234567', slot: 'front' }], '不在 uploadIds 中'],
    [
      'two files for one side',
      (a: string, b: string) => [
        { uploadId: a, slot: 'front' },
        { uploadId: b, slot: 'front' },
      ],
      '每一面只能有一个文件',
    ],
  ])('refuses %s (400 on uploadSlots), writing nothing', async (_what, slots, words) => {
    const view = await filledDraft();
    const [a, b] = [await uploadOf(w.app, alice), await uploadOf(w.app, alice)];
    const res = await put(alice, view, { uploadIds: [a, b], uploadSlots: slots(a, b) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details[0]).toMatchObject({ in: 'body', path: 'uploadSlots' });
    expect(JSON.stringify(res.json().error.details)).toContain(words);
    const read = (await w.call(alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect([read.version, idCardOf(read)?.uploadIds]).toEqual([view.version, []]);
  });

  it('refuses sides on a material without them, and malformed ones by schema', async () => {
    const view = await filledDraft('TEST-SIMPLE');
    const a = await uploadOf(w.app, alice);
    const none = await put(alice, view, { uploadIds: [a], uploadSlots: [{ uploadId: a, slot: 'front' }] });
    expect([none.statusCode, none.json().error.details[0].message]).toEqual([400, '居民身份证（正反面）不分面上传']);
    for (const uploadSlots of [
      [{ uploadId: a, slot: 'FRONT' }],
      [{ uploadId: a }],
      'front',
      [{ uploadId: a, slot: 'front', x: 1 }],
    ]) {
      const res = await put(alice, view, { uploadIds: [a], uploadSlots });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('does not let another resident’s file in through a side', async () => {
    const view = await filledDraft();
    const theirs = await uploadOf(w.app, bob);
    const res = await put(alice, view, { uploadIds: [theirs], uploadSlots: [{ uploadId: theirs, slot: 'front' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'uploadIds', id: theirs })]);
  });
});
