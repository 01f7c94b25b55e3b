import { fireEvent, render, waitFor } from '@testing-library/react';
import { type ApplicationView, type ShipmentView } from '@onetrip/shared';
import CaseDetailPage from '@/pages/cases/detail/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';

const CASE_URL = `${API}/applications/${CASE_ID}`;

const SHIPPING: ShipmentView = {
  id: '66a0b1c2d3e4f50612345678',
  waybillNo: 'SF1234567890',
  courierCompany: '顺丰速运',
  status: 'picked_up',
  locked: false,
  receiptCode: '482917',
  events: [
    { at: '2026-11-25T02:00:00.000Z', action: 'created', note: '顺丰速运 SF1234567890' },
    { at: '2026-11-25T03:00:00.000Z', action: 'picked_up' },
  ],
};

const DELIVERED: ShipmentView = {
  ...SHIPPING,
  status: 'delivered',
  receiptCode: undefined,
  events: [...SHIPPING.events, { at: '2026-11-25T06:30:00.000Z', action: 'delivered' }],
};

const expressCase = (over: Partial<ApplicationView>) =>
  caseView({
    number: 'ZW20261125000123',
    status: 'shipping',
    delivery: {
      method: 'express',
      address: {
        name: '王*英',
        phoneMasked: '139****1234',
        region: ['山东省', '临沂市', '莒南县'],
        detail: '人民路 18 号',
      },
    },
    fee: { items: 0, express: 1200, total: 1200, due: 'submit', payableNow: true },
    payment: { id: 'p1', outTradeNo: 'OT1', amount: 1200, status: 'paid', paidAt: '2026-11-25T01:30:00.000Z' },
    ...over,
  });

async function open(view: ApplicationView) {
  loginAs();
  fakeServer((call) =>
    call.method === 'GET' && call.url === CASE_URL
      ? { status: 200, body: view }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  setRouterParams({ id: CASE_ID });
  const page = render(<CaseDetailPage />);
  await waitFor(() => expect(document.getElementById('case-status')).not.toBeNull());
  return page;
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';

describe('case detail: express tracking', () => {
  it('shows the receipt code big while shipping, with the waybill, company, status and events', async () => {
    await open(expressCase({ shipment: SHIPPING }));
    expect(text('receipt-code')).toBe('482917');
    expect(text('receipt-card')).toContain('快递员送达时请出示此码');
    expect(text('tracking-company')).toBe('顺丰速运');
    expect(text('tracking-waybill')).toBe('SF1234567890');
    expect(text('tracking-status')).toBe('派送中');
    const events = text('tracking-events');
    expect(events).toContain('已出证，等待快递员揽收');
    expect(events).toContain('快递员已揽收，正在派送');
    // Newest first, as in the case timeline.
    expect(events.indexOf('快递员已揽收')).toBeLessThan(events.indexOf('已出证'));
    expect(Taro.showModal).not.toHaveBeenCalled();
  });

  it('shows no code when the view carries none (not the applicant’s view)', async () => {
    await open(expressCase({ shipment: { ...SHIPPING, receiptCode: undefined } }));
    expect(document.getElementById('case-tracking')).not.toBeNull();
    expect(document.getElementById('receipt-code')).toBeNull();
  });

  it('says the shipment is held after five wrong codes', async () => {
    await open(expressCase({ shipment: { ...SHIPPING, locked: true } }));
    expect(text('tracking-locked')).toContain('窗口核实后会重新给您发送签收码');
  });

  it('has no tracking for a case without a shipment', async () => {
    await open(caseView({ number: 'ZW20261125000123', status: 'submitted' }));
    expect(document.getElementById('case-tracking')).toBeNull();
  });

  it('after delivery asks once for a rating and opens the rating page', async () => {
    const completed = expressCase({ status: 'completed', shipment: DELIVERED });
    const first = await open(completed);
    expect(text('tracking-delivered')).toMatch(/证照已于 2026-11-25 \d\d:30 签收/);
    expect(text('tracking-status')).toBe('已签收');
    expect(document.getElementById('receipt-code')).toBeNull();
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/cases/rate/index?id=${CASE_ID}&from=case` }),
    );
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '证照已签收', confirmText: '去评价' }),
    );

    // Shown again later (the page is opened again): not asked twice; the 评价 button stays.
    Taro.showModal.mockClear();
    first.unmount();
    render(<CaseDetailPage />);
    await waitFor(() => expect(document.getElementById('tracking-delivered')).not.toBeNull());
    expect(Taro.showModal).not.toHaveBeenCalled();
    fireEvent.click(document.getElementById('rate-button') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/cases/rate/index?id=${CASE_ID}&from=case` });
  });

  it('does not ask for a rating once the case has been rated', async () => {
    await open(
      expressCase({
        status: 'completed',
        shipment: DELIVERED,
        timeline: [{ at: '2026-11-25T07:00:00.000Z', actor: { role: 'resident' }, action: 'evaluated' }],
      }),
    );
    expect(document.getElementById('tracking-delivered')).not.toBeNull();
    expect(Taro.showModal).not.toHaveBeenCalled();
  });
});
