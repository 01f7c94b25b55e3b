import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import CourierListPage from '@/courier/list/index';
import CourierHistoryPage from '@/courier/history/index';
import Taro, { triggerPullDownRefresh } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from '@/__tests__/helpers';
import { shipment, SHIPMENT_ID } from './fixtures';

const ROWS = [
  shipment(),
  shipment({
    id: '66a0b1c2d3e4f50612345679',
    waybillNo: 'SF2222222222',
    status: 'failed_attempt',
    locked: true,
    caseNumber: 'ZW20261125000124',
    recipient: {
      name: '李*',
      phoneMasked: '138****0000',
      address: { region: ['山东省', '临沂市', '莒南县'], detail: '文化路 2 号' },
    },
  }),
];

describe('courier: today', () => {
  it('lists what is not yet delivered, each with waybill, case number, masked recipient, address and tags', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: { items: ROWS, total: 2 } }));
    render(<CourierListPage />);
    await waitFor(() => expect(document.getElementById(`shipment-${SHIPMENT_ID}`)).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/courier/shipments?status=active&page=1&pageSize=20`);
    expect(document.getElementById('courier-list')?.textContent).toContain('待派送 2 件');

    const first = document.getElementById(`shipment-${SHIPMENT_ID}`) as HTMLElement;
    expect(first.textContent).toContain('SF1234567890');
    expect(first.textContent).toContain('办件编号 ZW20261125000123');
    expect(first.textContent).toContain('王*英');
    expect(first.textContent).toContain('139****1234');
    expect(first.textContent).toContain('山东省临沂市莒南县人民路 18 号 3 单元 502');
    expect(first.textContent).toContain('待揽收');

    const second = document.getElementById('shipment-66a0b1c2d3e4f50612345679') as HTMLElement;
    expect(second.textContent).toContain('投递未成功');
    expect(second.textContent).toContain('已锁定');

    fireEvent.click(first);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/courier/shipment/index?id=${SHIPMENT_ID}` });
  });

  it('reads the list again on pull-down and stops the spinner', async () => {
    loginAs();
    let answer = { items: [] as typeof ROWS, total: 0 };
    const calls = fakeServer(() => ({ status: 200, body: answer }));
    render(<CourierListPage />);
    await waitFor(() => expect(document.getElementById('courier-empty')).not.toBeNull());
    answer = { items: [ROWS[0] as (typeof ROWS)[number]], total: 1 };
    act(() => triggerPullDownRefresh());
    await waitFor(() => expect(document.getElementById(`shipment-${SHIPMENT_ID}`)).not.toBeNull());
    expect(calls).toHaveLength(2);
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });

  it('tells someone who is not a courier that the area is not theirs (403)', async () => {
    loginAs();
    fakeServer(() => ({ status: 403, body: errorBody('FORBIDDEN', '您没有权限进行此操作') }));
    render(<CourierListPage />);
    expect(await screen.findByText('仅快递员可以使用')).toBeTruthy();
  });

  it('explains on H5 that the envelope code is opened with the phone camera', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<CourierListPage />);
    await waitFor(() => expect(document.getElementById('courier-empty')).not.toBeNull());
    fireEvent.click(document.getElementById('courier-scan') as HTMLElement);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '扫码揽收' })));
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('opens the history', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<CourierListPage />);
    fireEvent.click(document.getElementById('courier-history') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/courier/history/index' });
  });
});

describe('courier: history', () => {
  it('lists the delivered shipments with when each was signed for', async () => {
    loginAs();
    const delivered = shipment({
      status: 'delivered',
      events: [
        { at: '2026-11-25T02:00:00.000Z', action: 'created' },
        { at: '2026-11-25T03:00:00.000Z', action: 'picked_up' },
        { at: '2026-11-25T06:30:00.000Z', action: 'delivered' },
      ],
    });
    const calls = fakeServer(() => ({ status: 200, body: { items: [delivered], total: 1 } }));
    render(<CourierHistoryPage />);
    await waitFor(() => expect(document.getElementById(`shipment-${SHIPMENT_ID}`)).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/courier/shipments?status=delivered&page=1&pageSize=20`);
    const row = document.getElementById(`shipment-${SHIPMENT_ID}`)?.textContent ?? '';
    expect(row).toContain('已签收');
    expect(row).toMatch(/2026-11-25 \d\d:30 签收/);
    expect(document.getElementById('courier-history-list')?.textContent).toContain('没有更多了');
  });

  it('says so when nothing has been delivered yet', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<CourierHistoryPage />);
    await waitFor(() => expect(document.getElementById('history-empty')).not.toBeNull());
  });
});
