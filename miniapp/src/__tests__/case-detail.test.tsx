import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView } from '@onetrip/shared';
import CaseDetailPage from '@/pages/cases/detail/index';
import { browser, h5PayUrl } from '@/platform/pay.h5';
import { formatDateTime } from '@/utils/time';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';

const NUMBER = 'ZW20261125000123';
const CASE_URL = `${API}/applications/${CASE_ID}`;

const submitted = (over: Partial<ApplicationView> = {}) =>
  caseView({
    number: NUMBER,
    status: 'submitted',
    version: 5,
    fee: { items: 1250, express: 1200, total: 2450, due: 'submit', payableNow: true },
    timeline: [
      { at: '2026-11-25T01:00:00.000Z', actor: { role: 'resident' }, action: 'created' },
      { at: '2026-11-25T02:30:00.000Z', actor: { role: 'resident' }, action: 'submitted' },
    ],
    ...over,
  });

const PAYMENT = {
  paymentId: 'p1',
  outTradeNo: 'OT1',
  amount: 2450,
  requestPayment: {
    timeStamp: '1',
    nonceStr: 'n',
    package: 'prepay_id=wx2026112500001',
    signType: 'RSA',
    paySign: 's',
  },
};

function serve(
  views: ApplicationView[],
  extra: (url: string, method: string) => { status: number; body?: unknown } | undefined = () => undefined,
) {
  let n = 0;
  return fakeServer((call) => {
    const custom = extra(call.url, call.method);
    if (custom) return custom;
    if (call.method === 'GET' && call.url === CASE_URL) {
      const view = views[Math.min(n, views.length - 1)];
      n += 1;
      return { status: 200, body: view };
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open(params: Record<string, string> = {}) {
  loginAs();
  setRouterParams({ id: CASE_ID, ...params });
  render(<CaseDetailPage />);
  await waitFor(() => expect(document.getElementById('case-status')).not.toBeNull());
}

const text = (id: string) => document.getElementById(id)?.textContent;

describe('case detail page', () => {
  it('shows the number first, the status and the timeline in words, newest first', async () => {
    serve([submitted()]);
    await open();
    expect(text('case-number')).toBe(NUMBER);
    expect(text('case-status')).toBe('已提交');
    const events = Array.from(document.querySelectorAll('#case-timeline .timeline__event'));
    expect(events.map((e) => e.querySelector('.timeline__label')?.textContent)).toEqual(['提交申请', '创建申请']);
    expect(events[0]?.textContent).toContain(formatDateTime('2026-11-25T02:30:00.000Z'));
    expect(events[0]?.textContent).toContain('申请人');
  });

  it('lists what a supplement notice asks for, by name', async () => {
    serve([
      submitted({
        status: 'supplement_required',
        notices: [
          {
            id: 'n1',
            at: '2026-11-26T01:00:00.000Z',
            problems: [
              { materialCode: 'id_card', reason: '身份证照片模糊，请重新拍摄' },
              { field: 'companyName', reason: '与营业执照不一致' },
            ],
          },
        ],
      }),
    ]);
    await open();
    const notices = text('case-notices') ?? '';
    expect(notices).toContain('材料：居民身份证');
    expect(notices).toContain('身份证照片模糊，请重新拍摄');
    expect(notices).toContain('信息：单位名称');
    expect(text('case-status')).toBe('待补正');
  });

  it('H5: 去支付 creates the payment once and goes to the simulator’s cashier, coming back to this case', async () => {
    const go = jest.spyOn(browser, 'go').mockImplementation(() => undefined);
    const calls = serve([submitted()], (url, method) =>
      method === 'POST' && url === `${CASE_URL}/payments` ? { status: 201, body: PAYMENT } : undefined,
    );
    await open();
    fireEvent.click(document.getElementById('pay-button') as Element);
    await waitFor(() => expect(go).toHaveBeenCalledTimes(1));

    const payments = calls.filter((c) => c.url === `${CASE_URL}/payments`);
    expect(payments).toHaveLength(1);
    expect(payments[0]?.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    const url = new URL(go.mock.calls[0]?.[0] as string);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:3001/__mock/wechatpay/h5pay');
    expect(url.searchParams.get('prepay_id')).toBe('wx2026112500001');
    expect(url.searchParams.get('redirect')).toBe(
      `${window.location.origin}${window.location.pathname}#/pages/cases/detail/index?id=${CASE_ID}&from=pay`,
    );
    expect(h5PayUrl('prepay_id=wx1', 'http://localhost/#/a?b=1&c=2')).toBe(
      'http://127.0.0.1:3001/__mock/wechatpay/h5pay?prepay_id=wx1&redirect=http%3A%2F%2Flocalhost%2F%23%2Fa%3Fb%3D1%26c%3D2',
    );
  });

  it('back from the cashier, waits for the payment and shows 已支付', async () => {
    const paid = submitted({
      version: 6,
      payment: { id: 'p1', outTradeNo: 'OT1', amount: 2450, status: 'paid', paidAt: '2026-11-25T03:00:00.000Z' },
    });
    serve([submitted({ payment: { id: 'p1', outTradeNo: 'OT1', amount: 2450, status: 'unpaid' } }), paid]);
    await open({ from: 'pay' });
    await waitFor(() => expect(text('pay-status')).toBe('已支付'));
    expect(document.getElementById('pay-button')).toBeNull();
    expect(text('case-number')).toBe(NUMBER);
  });

  it('shows a withdrawn paid case as refunding, then refunded, with no 去支付', async () => {
    const payment = { id: 'p1', outTradeNo: 'OT1', amount: 2450, paidAt: '2026-11-25T03:00:00.000Z' };
    serve([submitted({ status: 'withdrawn', payment: { ...payment, status: 'refunding' } })]);
    await open();
    await waitFor(() => expect(text('pay-status')).toBe('退款中'));
    expect(text('case-payment')).toContain('正在原路退回');
    expect(text('case-payment')).not.toContain('无需缴费');
    expect(document.getElementById('pay-button')).toBeNull();
  });

  it('says 已退款 once the refund is through', async () => {
    const payment = { id: 'p1', outTradeNo: 'OT1', amount: 2450, paidAt: '2026-11-25T03:00:00.000Z' };
    serve([submitted({ status: 'rejected', payment: { ...payment, status: 'refunded' } })]);
    await open();
    await waitFor(() => expect(text('pay-status')).toBe('已退款'));
    expect(text('case-payment')).toContain('已原路退回');
    expect(document.getElementById('pay-button')).toBeNull();
  });

  it('offers no payment for a draft and 继续填写 instead', async () => {
    serve([caseView({ fee: { items: 1250, express: 0, total: 1250, due: 'submit', payableNow: false } })]);
    await open();
    expect(text('case-number')).toBe('提交后生成');
    expect(document.getElementById('pay-button')).toBeNull();
    expect(text('case-payment')).toContain('提交后缴费');
    fireEvent.click(document.getElementById('continue-button') as Element);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/apply/form/index?id=${CASE_ID}` });
  });

  it('withdraws after the user confirms, and shows the new status', async () => {
    const calls = serve([submitted(), submitted({ status: 'withdrawn', version: 6 })], (url, method) =>
      method === 'POST' && url === `${CASE_URL}/withdraw` ? { status: 200, body: {} } : undefined,
    );
    await open();
    fireEvent.click(document.getElementById('withdraw-button') as Element);
    await waitFor(() => expect(text('case-status')).toBe('已撤回'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回申请' }));
    expect(calls.filter((c) => c.url === `${CASE_URL}/withdraw`)).toHaveLength(1);
    expect(document.getElementById('withdraw-button')).toBeNull();
  });

  it('does not withdraw when the user cancels', async () => {
    Taro.showModal.mockImplementation(() => Promise.resolve({ confirm: false, cancel: true }));
    const calls = serve([submitted()]);
    await open();
    fireEvent.click(document.getElementById('withdraw-button') as Element);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(calls.some((c) => c.url.endsWith('/withdraw'))).toBe(false);
  });

  it('says so when the case is not the user’s (404)', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到该办件') }));
    loginAs();
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    expect(await screen.findByText('没有找到这件办件')).toBeTruthy();
  });
});
