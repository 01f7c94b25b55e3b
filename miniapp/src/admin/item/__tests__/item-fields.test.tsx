import { fireEvent, render, waitFor } from '@testing-library/react';
import { type ItemInput } from '@onetrip/shared';
import AdminItemPage from '@/admin/item/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import {
  adminServer,
  byId,
  guideInput,
  publishedGuide,
  recordWithDraft,
  text,
  typeInto,
  valueOf,
  writes,
} from '../../common/__tests__/catalog-fixtures';

const ITEM = '/admin/items/LNYDZ';
const saved = { status: 200, body: { savedAt: '2026-11-21T12:00:00Z', problems: [] } };

async function open(record: object = { published: publishedGuide(), draft: null }) {
  loginAs('access-admin');
  const calls = adminServer({ [`GET ${ITEM}`]: { status: 200, body: record }, [`PUT ${ITEM}/draft`]: saved });
  setRouterParams({ code: 'LNYDZ' });
  render(<AdminItemPage />);
  await waitFor(() => expect(byId('item-toolbar')).toBeTruthy());
  return calls;
}

async function saveDraft(calls: ReturnType<typeof adminServer>) {
  fireEvent.click(byId('item-save-draft'));
  await waitFor(() => expect(writes(calls).length).toBeGreaterThan(0));
  return writes(calls).at(-1)?.data as ItemInput;
}

describe('checks next to the field', () => {
  it('puts each problem of the shared schema under the field its path names, and counts them', async () => {
    await open();
    typeInto('material-1-code', 'Photo 1');
    typeInto('form-field-1-pattern', '(a+)+');
    await waitFor(() => expect(text('material-1-code-error')).toBe('材料编码格式不正确'));
    expect(text('form-field-1-pattern-error')).toContain('校验规则不能嵌套重复');
    expect(text('item-problems')).toContain('2 个问题');
    // Each folded section still says how many problems it holds.
    expect(text('fold-materials')).toContain('1 个问题');
    expect(text('material-0-code-error')).toBe('');

    typeInto('material-1-code', 'photo');
    await waitFor(() => expect(document.getElementById('material-1-code-error')).toBeNull());
    expect(text('item-problems')).toContain('1 个问题');
  });

  it('checks across parts: a promise longer than the law, a 零跑腿 item without express', async () => {
    await open();
    typeInto('item-promised-days', '30');
    fireEvent.click(byId('delivery-express'));
    await waitFor(() => expect(text('item-promised-days-error')).toBe('承诺时限不能超过法定时限'));
    expect(text('delivery-express-error')).toContain('零跑腿事项须提供快递送达或电子送达');
    expect(text('item-problems')).toContain('承诺时限：承诺时限不能超过法定时限');
  });

  it('says in Chinese what the schema’s own checks find: an empty name, a missing number', async () => {
    await open();
    typeInto('item-name', '');
    typeInto('item-legal-days', '');
    await waitFor(() => expect(text('item-name-error')).toBe('请填写'));
    expect(text('item-legal-days-error')).toBe('请填写');
  });

  it('shows a loaded draft’s problems from the server until that value is changed', async () => {
    const draft = guideInput();
    await open(recordWithDraft(draft, [{ path: ['materials', 0, 'name'], message: '与电子证照目录名称不一致' }]));
    expect(text('material-0-name-error')).toBe('与电子证照目录名称不一致');
    typeInto('material-0-name', '居民身份证（正反面）');
    await waitFor(() => expect(document.getElementById('material-0-name-error')).toBeNull());
  });

  it('words a problem the schema finds here in Chinese, rather than as the server worded it', async () => {
    const draft = { ...guideInput(), name: '' };
    await open(
      recordWithDraft(draft, [{ path: ['name'], message: 'Too small: expected string to have >=1 characters' }]),
    );
    expect(text('item-name-error')).toBe('请填写');
    expect(text('item-problems')).not.toContain('Too small');
  });

  it('refuses to publish while problems remain', async () => {
    const calls = await open();
    typeInto('material-0-code', '');
    fireEvent.click(byId('item-publish'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '还有 1 个问题，改好后才能发布' })),
    );
    expect(writes(calls)).toHaveLength(0);
  });
});

describe('amounts in 元, stored in 分', () => {
  it('shows a fee of 1250 分 as 12.5 元 and saves 8.8 元 as 880 分', async () => {
    const calls = await open();
    expect(valueOf('fee-amount')).toBe('12.5');
    expect(valueOf('delivery-express-fee')).toBe('12');
    typeInto('fee-amount', '8.8');
    typeInto('delivery-express-fee', '0');
    const body = await saveDraft(calls);
    expect(body.fee).toEqual({ amount: 880, due: 'submit' });
    expect(body.delivery.expressFee).toBe(0);
  });

  it('refuses a third decimal and an amount over the limit, in 元', async () => {
    await open();
    typeInto('fee-amount', '1.234');
    await waitFor(() => expect(text('fee-amount-error')).toBe('金额最多两位小数'));
    typeInto('fee-amount', '1000001');
    await waitFor(() => expect(text('fee-amount-error')).toBe('不能超过 1000000 元'));
  });
});

describe('lists of the guide', () => {
  it('adds, reorders and removes materials, and the draft keeps their order', async () => {
    const calls = await open();
    fireEvent.click(byId('add-material'));
    typeInto('material-2-code', 'household_register');
    typeInto('material-2-name', '户口簿');
    fireEvent.click(byId('material-2-up'));
    expect(valueOf('material-1-code')).toBe('household_register');
    expect(byId('material-0-up').hasAttribute('disabled')).toBe(true);
    expect(byId('material-2-down').hasAttribute('disabled')).toBe(true);
    fireEvent.click(byId('material-0-remove'));
    const body = await saveDraft(calls);
    expect(body.materials.map((m) => m.code)).toEqual(['household_register', 'photo']);
  });

  it('edits the options of a choice field, and drops them when it stops being one', async () => {
    const calls = await open();
    fireEvent.click(byId('add-form-field'));
    typeInto('form-field-2-key', 'usage');
    typeInto('form-field-2-label', '用途');
    fireEvent.click(byId('form-field-2-type-select'));
    await waitFor(() => expect(text('form-field-2-options-error')).toBe('单选或多选字段必须提供选项'));
    fireEvent.click(byId('form-field-2-options-add'));
    fireEvent.click(byId('form-field-2-options-add'));
    typeInto('form-field-2-options-0-label', '本人使用');
    typeInto('form-field-2-options-0-value', 'self');
    typeInto('form-field-2-options-1-label', '代为办理');
    typeInto('form-field-2-options-1-value', 'proxy');
    fireEvent.click(byId('form-field-2-options-1-up'));
    await waitFor(() => expect(document.getElementById('form-field-2-options-error')).toBeNull());
    let body = await saveDraft(calls);
    expect(body.form.fields[2]).toEqual({
      key: 'usage',
      label: '用途',
      type: 'select',
      required: false,
      options: [
        { value: 'proxy', label: '代为办理' },
        { value: 'self', label: '本人使用' },
      ],
    });

    fireEvent.click(byId('form-field-2-type-date'));
    fireEvent.click(byId('item-save-draft'));
    await waitFor(() => expect(writes(calls)).toHaveLength(2));
    body = writes(calls)[1]?.data as ItemInput;
    expect(body.form.fields[2]).toEqual({ key: 'usage', label: '用途', type: 'date', required: false });
  });

  it('keeps the conditions in the order set, an emptied optional text left out', async () => {
    const calls = await open();
    fireEvent.click(byId('condition-1-up'));
    typeInto('material-0-sample', '正反面');
    typeInto('material-0-sample', '');
    const body = await saveDraft(calls);
    expect(body.conditions).toEqual(['本县户籍或居住证', '年满60周岁']);
    expect(body.materials[0]).not.toHaveProperty('sample');
  });
});
