import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ID_NUMBER_MESSAGES, idCheckChar, validateFormData, type FormField } from '@onetrip/shared';
import ApplyFormPage from '@/apply/form/index';
import { setRouterParams } from '@/__mocks__/taro';
import { ALL_FIELDS, CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';
import { loginAs } from './helpers';

const FIRST17 = '11010519491231002';
const WRONG_CHECK = FIRST17 + (idCheckChar(FIRST17) === '1' ? '2' : '1');

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const inField = (key: string, selector = 'input') => byId(`field-${key}`).querySelector(selector) as HTMLInputElement;
const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });
const errorOf = (key: string) => document.getElementById(`error-${key}`)?.textContent ?? null;
const field = (key: string) => ALL_FIELDS.find((f) => f.key === key) as FormField;
/** What the BFF would say about one value: the tests hold the page to the shared rule. */
const shared = (key: string, value: unknown) => {
  const check = validateFormData([field(key)], { [key]: value }, { partial: true });
  return check.ok ? null : check.problems[0]?.reason;
};

async function openForm(params: Record<string, string> = {}, view = caseView()) {
  loginAs();
  const server = caseServer(view);
  setRouterParams({ id: CASE_ID, ...params });
  render(<ApplyFormPage />);
  await screen.findByText('申请人姓名');
  return server;
}

describe('application form renderer', () => {
  it('renders one control per field type, and the profile value read-only', async () => {
    await openForm();
    expect(byId('apply-form')).toBeTruthy();
    for (const f of ALL_FIELDS) expect(byId(`field-${f.key}`)).toBeTruthy();

    const name = byId('field-applicantName');
    expect(name.textContent).toContain('张*'); // masked, as everywhere
    expect(name.textContent).toContain('来自实名信息');
    expect(name.querySelector('input')).toBeNull();

    expect(inField('companyName').dataset.type).toBeUndefined();
    expect(inField('reason', 'textarea')).toBeTruthy();
    expect(inField('area').dataset.type).toBe('digit');
    expect(byId('field-price').textContent).toContain('元');
    expect(byId('input-signDate').dataset.mode).toBe('date');
    expect(byId('input-usage').dataset.mode).toBe('selector');
    expect(byId('field-usage').textContent).toContain('请选择房屋用途');
    expect(byId('field-utilities').querySelectorAll('.check')).toHaveLength(3);
    expect(byId('input-contactPhone').dataset.type).toBe('number');
    expect(byId('input-buyerId').dataset.type).toBe('idcard');
    expect(byId('field-location').querySelectorAll('input')).toHaveLength(3); // H5: 省 市 区县
    expect(byId('input-firstHome').getAttribute('role')).toBe('switch');
  });

  it('shows the shared rule’s message as the user types', async () => {
    await openForm();

    type(inField('companyName'), 'A');
    expect(errorOf('companyName')).toBe('单位名称至少 2 个字');
    expect(errorOf('companyName')).toBe(shared('companyName', 'A'));
    type(inField('companyName'), '一次办科技');
    expect(errorOf('companyName')).toBeNull();

    type(inField('area'), '0');
    expect(errorOf('area')).toBe(shared('area', 0));

    type(inField('price'), '0.5');
    expect(errorOf('price')).toBe('成交价格不能小于 1.00 元');
    type(inField('price'), '12.345');
    expect(errorOf('price')).toBe('成交价格金额不正确');
    type(inField('price'), '十二元');
    expect(errorOf('price')).toBe('成交价格应为金额');

    // A phone number is judged once it is complete, or left.
    type(byId('input-contactPhone'), '1380013800');
    expect(errorOf('contactPhone')).toBeNull();
    fireEvent.blur(byId('input-contactPhone'));
    expect(errorOf('contactPhone')).toBe('联系电话应为11位手机号码');

    type(byId('input-buyerId'), WRONG_CHECK);
    expect(errorOf('buyerId')).toBe(ID_NUMBER_MESSAGES.checkDigit);
  });

  it('saves every type in the contract’s shape: 元 as 分, options by value, region in three parts', async () => {
    const { calls } = await openForm();

    type(inField('companyName'), '一次办科技');
    type(inField('area'), '89.5');
    type(inField('price'), '1234.5');
    type(inField('signDate', 'input.picker-mock'), '2026-11-20');
    type(inField('usage', 'input.picker-mock'), '1');
    fireEvent.click(byId('option-utilities-water'));
    fireEvent.click(byId('option-utilities-gas'));
    const parts = byId('field-location').querySelectorAll('input');
    ['山东省', '临沂市', '莒南县'].forEach((v, i) => type(parts[i] as Element, v));
    fireEvent.click(byId('input-firstHome'));
    type(byId('input-contactPhone'), '13800138000');

    expect(byId('field-usage').textContent).toContain('商铺');
    expect(byId('field-firstHome').textContent).toContain('是');

    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1), { timeout: 2000 });
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.data).toEqual({
      data: {
        companyName: '一次办科技',
        area: 89.5,
        price: 123450,
        signDate: '2026-11-20',
        usage: 'shop',
        utilities: ['water', 'gas'],
        location: ['山东省', '临沂市', '莒南县'],
        firstHome: true,
        contactPhone: '13800138000',
      },
    });
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  it('shows a money value from the server in 元', async () => {
    await openForm({}, caseView({ data: { applicantName: '张三', price: 98000050 } }));
    expect(inField('price').value).toBe('980000.5');
  });

  it('lists every problem at once when opened from a refused submit (check=1)', async () => {
    await openForm({ check: '1' }, caseView({ data: { applicantName: '张三', contactPhone: '138****8000' } }));
    expect(errorOf('companyName')).toBe('请填写单位名称');
    expect(errorOf('signDate')).toBe('请选择签约日期');
    expect(errorOf('usage')).toBe('请选择房屋用途');
    expect(errorOf('location')).toBe('请选择房屋坐落');
    expect(errorOf('firstHome')).toBe('请选择是否首套');
    // A number the server keeps masked counts as given; the optional fields have nothing to say.
    expect(errorOf('contactPhone')).toBeNull();
    expect(errorOf('reason')).toBeNull();
    expect(byId('field-contactPhone').textContent).toContain('138****8000');
  });

  it('moves on to the next text box on Enter, past the pickers and the prefilled name', async () => {
    await openForm();
    const focused = () => Array.from(document.querySelectorAll('[data-focus="true"]')).map((el) => el.id);
    expect(focused()).toEqual([]);
    fireEvent.keyDown(inField('companyName'), { key: 'Enter' });
    expect(focused()).toEqual(['input-area']);
    fireEvent.keyDown(inField('area'), { key: 'Enter' });
    expect(focused()).toEqual(['input-price']);
    // price is followed by the date, select, multiselect pickers: the next box is the phone number.
    fireEvent.keyDown(inField('price'), { key: 'Enter' });
    expect(focused()).toEqual(['input-contactPhone']);
    // A box the clerk clicked into is where Enter goes on from.
    fireEvent.focus(inField('companyName'));
    fireEvent.keyDown(inField('companyName'), { key: 'Enter' });
    expect(focused()).toEqual(['input-area']);
    fireEvent.keyDown(inField('buyerId'), { key: 'Enter' });
    expect(focused()).toEqual([]);
  });
});
