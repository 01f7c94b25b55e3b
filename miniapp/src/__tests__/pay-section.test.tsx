import { render, waitFor } from '@testing-library/react';
import { type ApplicationView } from '@onetrip/shared';
import { FeeSummary } from '@/components';
import CaseDetailPage from '@/pages/cases/detail/index';
import { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';

const CASE_URL = `${API}/applications/${CASE_ID}`;

/** A 不动产登记 case whose ¥80 fee the catalog asks at `due`. */
const registration = (status: ApplicationView['status'], fee: Partial<ApplicationView['fee']>) =>
  caseView({
    number: 'ZW20261125000123',
    status,
    fee: { items: 8000, express: 0, total: 8000, due: 'approval', payableNow: false, ...fee },
  });

async function open(view: ApplicationView) {
  fakeServer((call) =>
    call.method === 'GET' && call.url === CASE_URL
      ? { status: 200, body: view }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  loginAs();
  setRouterParams({ id: CASE_ID });
  render(<CaseDetailPage />);
  await waitFor(() => expect(document.getElementById('case-payment')).not.toBeNull());
}

const text = (id: string) => document.getElementById(id)?.textContent ?? null;

describe('the pay section of a case', () => {
  it('says when a fee due at approval will be asked, with no pay button before', async () => {
    await open(registration('accepted', {}));
    expect(document.getElementById('pay-button')).toBeNull();
    expect(text('pay-later')).toBe('审批通过后缴费');
    expect(text('pay-when')).toBe('审批通过后才收取，届时会通知您缴费；缴清后出证。');
    expect(text('case-payment')).toContain('应缴 ¥80.00');
  });

  it('offers 去支付 once the fee is due', async () => {
    await open(registration('approved', { payableNow: true }));
    expect(text('pay-button')).toBe('去支付');
    expect(document.getElementById('pay-when')).toBeNull();
  });

  it('says a fee due before issue waits for the whole case', async () => {
    await open(registration('accepted', { items: 800, total: 800, due: 'issue' }));
    expect(document.getElementById('pay-button')).toBeNull();
    expect(text('pay-later')).toBe('出证前缴费');
    expect(text('pay-when')).toBe('全部事项审批通过后收取，届时会通知您缴费；缴清后出证。');
  });

  it('tells a draft that nothing is paid at submit when the fee comes later', async () => {
    await open(registration('draft', {}));
    expect(text('pay-when')).toBe('提交时无需缴费，审批通过后才收取。');
  });

  it('keeps 提交后缴费 for a draft whose fee is due at submit', async () => {
    await open(registration('draft', { due: 'submit' }));
    expect(text('case-payment')).toContain('提交后缴费');
    expect(document.getElementById('pay-when')).toBeNull();
  });

  it('asks nothing of a case closed without a certificate', async () => {
    await open(registration('rejected', {}));
    expect(text('case-payment')).toContain('无需缴费');
    expect(document.getElementById('pay-when')).toBeNull();
    expect(document.getElementById('pay-button')).toBeNull();
  });

  it('labels the amount by where the money is: 已缴, then 应退 / 已退 when given back; postage alone is 快递费', async () => {
    const payment = { id: 'p1', outTradeNo: 'OT1', amount: 1200, paidAt: '2026-11-25T03:00:00.000Z' };
    const postage = { items: 0, express: 1200, total: 1200, due: 'submit' as const, payableNow: true };
    await open(caseView({ status: 'submitted', fee: postage, payment: { ...payment, status: 'paid' } }));
    expect(text('case-payment')).toContain('已缴 ¥12.00');
    expect(text('case-payment')).toContain('快递费 ¥12.00');
    expect(text('case-payment')).not.toContain('事项费用');
  });

  it('says 应退 while the refund is on its way and 已退 once it is back', async () => {
    const payment = { id: 'p1', outTradeNo: 'OT1', amount: 1200, paidAt: '2026-11-25T03:00:00.000Z' };
    const postage = { items: 0, express: 1200, total: 1200, due: 'submit' as const, payableNow: false };
    await open(caseView({ status: 'withdrawn', fee: postage, payment: { ...payment, status: 'refunding' } }));
    expect(text('case-payment')).toContain('应退 ¥12.00');
    expect(text('pay-status')).toBe('退款中');
  });
});

describe('the fee summary before submitting', () => {
  it('says when the total is paid, and nothing of when for a free case', () => {
    const { unmount } = render(
      <FeeSummary fee={{ items: 8000, express: 1200, total: 9200, due: 'approval', payableNow: false }} />,
    );
    expect(text('fee-due')).toBe('审批通过后缴费');
    unmount();
    render(<FeeSummary fee={{ items: 0, express: 0, total: 0, due: 'submit', payableNow: false }} />);
    expect(document.getElementById('fee-due')).toBeNull();
  });
});
