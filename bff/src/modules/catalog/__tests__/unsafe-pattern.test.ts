import { PATTERN_MESSAGES } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { catalogCounts, expectRefused, loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

let t: TestApp;
let who: Admins;

beforeAll(async () => {
  t = await buildTestApp();
  who = await loginAdmins(t.app);
});
afterAll(async () => {
  await t.close();
});

const putItem = (payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/items/PATTERN-ITEM',
    headers: who.admin.headers,
    payload: payload as object,
  });

describe('PUT /admin/items/:code with a form-field pattern', () => {
  it('refuses (a+)+b, which stalls on a few dozen characters: 400 on rules.pattern, nothing written', async () => {
    const before = await catalogCounts(t.app.db);
    const item = sampleItem();
    item.form.fields[0]!.rules = { pattern: '(a+)+b' };
    const error = expectRefused(await putItem(item));
    expect(error.details).toContainEqual(
      expect.objectContaining({ path: 'form.fields.0.rules.pattern', message: PATTERN_MESSAGES.nested }),
    );
    expect(await catalogCounts(t.app.db)).toEqual(before);
  });

  it('creates the item (201) with a pattern whose matching time is bounded', async () => {
    const item = sampleItem();
    item.form.fields[0]!.rules = { pattern: '[0-9]{12,19}' };
    expect((await putItem(item)).statusCode).toBe(201);
  });
});
