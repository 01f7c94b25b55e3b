import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView, type FormField } from '@onetrip/shared';
import ApplyFormPage from '@/apply/form/index';
import ApplyMaterialsPage from '@/apply/materials/index';
import ApplyReviewPage from '@/apply/review/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from './helpers';
import { CASE_ID, chainCase } from './case-fixtures';
import { caseServer } from './case-server';

const FIELDS: FormField[] = [
  { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, profile: 'profile.name' },
  { key: 'companyName', label: '单位名称', type: 'text', required: true, rules: { minLength: 2, maxLength: 30 } },
  { key: 'reason', label: '申请事由', type: 'textarea', required: false },
  { key: 'area', label: '建筑面积', type: 'number', required: true },
];
/** An upload made before the notice (its id's first bytes are its time: March 2024). */
const OLD_UPLOAD = '65f0a1b2c3d4e5f60000aaaa';
/** One made after it (its time: 2027). */
const NEW_UPLOAD = '6b0000000000000000000001';

/** A chain case sent back for 补正: the notice names one field and one material, with reasons. */
function sentBack(over: Partial<ApplicationView> = {}): ApplicationView {
  const base = chainCase();
  return chainCase({
    number: 'ZW20261125000123',
    status: 'supplement_required',
    form: { fields: FIELDS },
    data: { applicantName: '张三', companyName: '一次办', area: 88 },
    delivery: { method: 'window' },
    materials: base.materials.map((m) => (m.code === 'id_card' ? { ...m, uploadIds: [OLD_UPLOAD] } : m)),
    notices: [
      {
        id: 'n1',
        at: '2026-11-26T01:00:00.000Z',
        problems: [
          { field: 'companyName', reason: '与营业执照不一致，请写全称' },
          { materialCode: 'id_card', reason: '身份证照片反光看不清，请重新拍摄' },
        ],
      },
    ],
    ...over,
  });
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const stepState = (i: number) => byId(`apply-step-${i}`).dataset.state;

async function openPage(Page: () => JSX.Element, view: ApplicationView, ready: string) {
  loginAs();
  const server = caseServer(view);
  setRouterParams({ id: CASE_ID });
  render(<Page />);
  await screen.findByText(ready);
  return server;
}

describe('补正: the form shows exactly the fields the notice names', () => {
  it('shows the named field highlighted with the reason; the others wait folded', async () => {
    await openPage(ApplyFormPage, sentBack(), '单位名称');
    expect(text('notice-form')).toContain('请修改以下 1 项信息');
    const form = byId('apply-form');
    expect(form.querySelectorAll('.form-field')).toHaveLength(1);
    expect(byId('field-companyName').className).toContain('form-field--noticed');
    expect(text('notice-field-companyName')).toBe('补正要求：与营业执照不一致，请写全称');
    expect(document.getElementById('field-area')).toBeNull();
    expect(text('form-others')).toContain('其他信息（无需修改，共 3 项）');
    fireEvent.click(byId('form-others-toggle'));
    expect(byId('apply-form-others').contains(byId('field-area'))).toBe(true);
    expect(document.getElementById('notice-field-area')).toBeNull();
    expect(text('form-next')).toBe('下一步：上传材料');
  });

  it('the step bar marks the named step until it is changed, then ticks it', async () => {
    const { calls } = await openPage(ApplyFormPage, sentBack(), '单位名称');
    // Form and materials named and not yet changed; delivery not named and complete.
    expect([stepState(0), stepState(1), stepState(2), stepState(3)]).toEqual(['warn', 'warn', 'done', 'todo']);
    fireEvent.change(byId('field-companyName').querySelector('input') as HTMLInputElement, {
      target: { value: '一次办科技有限公司' },
    });
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true), { timeout: 3000 });
    await waitFor(() => expect(stepState(0)).toBe('done'));
    expect(stepState(1)).toBe('warn');
  });

  it('a notice naming only materials: the form says ✓ 无需修改 and leads on', async () => {
    const view = sentBack();
    const onlyMaterial = sentBack({
      notices: [{ ...view.notices[0]!, problems: [view.notices[0]!.problems[1]!] }],
    });
    await openPage(ApplyFormPage, onlyMaterial, '下一步：上传材料');
    expect(text('notice-form')).toContain('✓ 信息无需修改');
    expect(document.querySelector('#apply-form')).toBeNull();
  });
});

describe('补正: the materials step shows the named materials with the reasons', () => {
  it('highlights the named material with its reason and folds the others under 其他材料（无需修改）', async () => {
    await openPage(ApplyMaterialsPage, sentBack(), '居民身份证');
    expect(text('notice-materials')).toContain('请修改以下 1 项材料');
    const named = byId('notice-material-id_card');
    expect(named.textContent).toContain('补正要求：身份证照片反光看不清，请重新拍摄');
    expect(named.contains(byId('material-id_card'))).toBe(true);
    expect(document.getElementById('material-house_contract')).toBeNull();
    expect(text('materials-others')).toContain('其他材料（无需修改，共 2 项）');
    fireEvent.click(byId('materials-others-toggle'));
    expect(byId('materials-others').contains(byId('material-house_contract'))).toBe(true);
    // The delivery is not named: 下一步 goes to the review.
    expect(text('materials-next')).toBe('下一步：确认提交');
    fireEvent.click(byId('materials-next'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/review/index?id=${CASE_ID}` });
  });
});

describe('补正: the review lists what was changed against the notice', () => {
  it('names each problem with its reason, changed or not, and resubmits', async () => {
    // Seen once as the notice left it (the case page keeps that), then changed.
    loginAs();
    const before = sentBack();
    caseServer(before);
    setRouterParams({ id: CASE_ID });
    const first = render(<ApplyReviewPage />);
    await screen.findByText('申请信息');
    expect(text('supplement-field-companyName')).toContain('未修改');
    expect(text('supplement-material-id_card')).toContain('未修改');
    expect(text('review-supplement-summary')).toContain('还有 2 项未修改');
    first.unmount();

    const after = sentBack({
      version: 9,
      data: { ...before.data, companyName: '一次办科技有限公司' },
      materials: before.materials.map((m) => (m.code === 'id_card' ? { ...m, uploadIds: [NEW_UPLOAD] } : m)),
    });
    caseServer(after);
    render(<ApplyReviewPage />);
    await waitFor(() => expect(text('supplement-field-companyName')).toContain('已修改'));
    expect(text('supplement-field-companyName')).toContain('补正要求：与营业执照不一致，请写全称');
    expect(text('supplement-material-id_card')).toContain('已修改');
    expect(text('review-supplement-summary')).toBe('告知的问题已处理，请确认后重新提交。');
    expect(text('submit-button')).toBe('补正完成，重新提交');
    fireEvent.click(byId('supplement-material-id_card'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/materials/index?id=${CASE_ID}` });
  });
});

describe('the step bar ticks only complete steps', () => {
  it('an incomplete step behind shows a warning mark; a complete one ahead a tick', async () => {
    const draft = chainCase({
      form: { fields: FIELDS },
      data: { applicantName: '张三' },
      delivery: { method: 'window' },
    });
    await openPage(ApplyMaterialsPage, draft, '居民身份证');
    // Form left incomplete (单位名称, 建筑面积), materials (current) missing the ID card, delivery chosen.
    expect([stepState(0), stepState(1), stepState(2), stepState(3)]).toEqual(['warn', 'todo', 'done', 'todo']);
    expect(byId('apply-step-0').textContent).toContain('!');
    expect(byId('apply-step-2').textContent).toContain('✓');
  });

  it('ticks the form once every required field is filled, and the materials once every required one is there', async () => {
    const base = chainCase();
    const done = chainCase({
      form: { fields: FIELDS },
      data: { applicantName: '张三', companyName: '一次办', area: 88 },
      materials: base.materials.map((m) => ({ ...m, uploadIds: [OLD_UPLOAD] })),
    });
    await openPage(ApplyMaterialsPage, done, '居民身份证');
    expect([stepState(0), stepState(1), stepState(2)]).toEqual(['done', 'done', 'todo']);
  });
});
