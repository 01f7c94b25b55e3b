import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ApplyReviewPage from '@/apply/review/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, loginAs } from './helpers';
import { CASE_ID, chainCase } from './case-fixtures';
import { caseServer } from './case-server';

const SUBMIT_URL = `${API}/applications/${CASE_ID}/submit`;
const submitButton = () => document.getElementById('submit-button') as HTMLButtonElement;

const INCOMPLETE = errorBody('INCOMPLETE', '申请材料或信息不完整，请补齐后再提交', [
  { field: 'companyName', reason: '请填写单位名称' },
  { field: 'signDate', reason: '请选择签约日期' },
  { materialCode: 'id_card', reason: '请上传居民身份证' },
  { materialCode: 'tax_proof', reason: '缺少完税证明' },
  { field: 'delivery', reason: '请选择领取方式' },
]);

async function openReview(
  submit: () => { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>,
) {
  loginAs();
  const view = chainCase({
    data: { applicantName: '张三', contactPhone: '13800138000', price: 123450, usage: 'shop' },
    delivery: {
      method: 'express',
      address: {
        name: '李四',
        phoneMasked: '139****0000',
        region: ['山东省', '临沂市', '莒南县'],
        detail: '人民路 1 号',
      },
    },
    fee: { items: 1250, express: 1200, total: 2450, due: 'submit', payableNow: false },
  });
  const server = caseServer(view, (call) => (call.url === SUBMIT_URL ? submit() : undefined));
  setRouterParams({ id: CASE_ID });
  render(<ApplyReviewPage />);
  await screen.findByText('申请信息');
  return server;
}

describe('review page', () => {
  it('sums up items, masked data, materials, delivery and fee', async () => {
    await openReview(() => ({ status: 200, body: { status: 'submitted', number: 'ZW20261125000123' } }));
    expect(document.getElementById('review-items')?.textContent).toContain('契税申报');
    const data = document.getElementById('review-data')?.textContent ?? '';
    expect(data).toContain('张*');
    expect(data).toContain('138****8000');
    expect(data).not.toContain('13800138000');
    expect(data).toContain('¥1234.50');
    expect(data).toContain('商铺');
    expect(document.getElementById('review-materials')?.textContent).toContain('已上传 1/3 项');
    expect(document.getElementById('review-delivery')?.textContent).toContain('快递送达：李四 139****0000');
    expect(document.getElementById('fee-total')?.textContent).toBe('¥24.50');
  });

  it('lists every problem of a 422 INCOMPLETE, each named, with the way back', async () => {
    await openReview(() => ({ status: 422, body: INCOMPLETE }));
    fireEvent.click(submitButton());
    await waitFor(() => expect(document.getElementById('missing-list')).not.toBeNull());
    const list = document.getElementById('missing-list') as HTMLElement;
    const rows = list.querySelectorAll('.missing__row');
    expect(rows).toHaveLength(5);
    expect(Array.from(rows, (r) => r.querySelector('.missing__name')?.textContent)).toEqual([
      '信息：单位名称',
      '信息：签约日期',
      '材料：居民身份证',
      '材料：完税证明',
      '领取方式',
    ]);
    expect(Array.from(rows, (r) => r.querySelector('.missing__reason')?.textContent)).toEqual([
      '请填写单位名称',
      '请选择签约日期',
      '请上传居民身份证',
      '缺少完税证明',
      '请选择领取方式',
    ]);
    expect(list.textContent).toContain('还有 5 项需要补齐');

    fireEvent.click(document.getElementById('missing-field-companyName') as Element);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/form/index?id=${CASE_ID}&check=1` });
    fireEvent.click(document.getElementById('missing-material-tax_proof') as Element);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/materials/index?id=${CASE_ID}` });
    fireEvent.click(document.getElementById('missing-field-delivery') as Element);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/delivery/index?id=${CASE_ID}` });
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('sends one submit for a double tap, with one Idempotency-Key, and opens the case', async () => {
    let answer: (v: { status: number; body?: unknown }) => void = () => undefined;
    const { calls } = await openReview(() => new Promise((resolve) => (answer = resolve)));

    fireEvent.click(submitButton());
    fireEvent.click(submitButton());
    await waitFor(() => expect(calls.filter((c) => c.url === SUBMIT_URL)).toHaveLength(1));
    expect(submitButton().disabled).toBe(true);

    await act(async () => answer({ status: 200, body: { status: 'submitted', number: 'ZW20261125000123' } }));
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: `/pages/cases/detail/index?id=${CASE_ID}` }));
    const submits = calls.filter((c) => c.url === SUBMIT_URL);
    expect(submits).toHaveLength(1);
    expect(submits[0]?.method).toBe('POST');
    expect(submits[0]?.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('retries with the same Idempotency-Key during one visit (the first answer may have been lost)', async () => {
    let first = true;
    const { calls } = await openReview(() => {
      if (first) {
        first = false;
        return { status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '服务繁忙，请稍后再试') };
      }
      return { status: 200, body: { status: 'submitted', number: 'ZW20261125000123' } };
    });
    fireEvent.click(submitButton());
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务繁忙，请稍后再试' })),
    );
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    fireEvent.click(submitButton());
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalled());
    const keys = calls.filter((c) => c.url === SUBMIT_URL).map((c) => c.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
