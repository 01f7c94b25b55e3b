import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type CourierShipment } from '@onetrip/shared';
import CourierShipmentPage from '@/courier/shipment/index';
import { scanQrToken } from '@/platform/scan-token';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';
import { after, shipment, SHIPMENT_ID } from './fixtures';

jest.mock('@/platform/scan-token', () => ({ scanQrToken: jest.fn() }));
const scan = scanQrToken as jest.MockedFunction<typeof scanQrToken>;

const URL = `${API}/courier/shipments/${SHIPMENT_ID}`;
type Answer = { status: number; body?: unknown };

/**
 * The BFF for one shipment: GET answers `state.current`, `post` answers the writes, and an envelope's
 * code (GET /qr/:token) resolves to the shipment `scanned`.
 */
function serve(
  initial: CourierShipment,
  post: (call: FakeCall) => Answer = () => ({ status: 404 }),
  scanned = SHIPMENT_ID,
) {
  const state = { current: initial };
  const calls = fakeServer((call) => {
    if (call.method === 'GET' && call.url === URL) return { status: 200, body: state.current };
    if (call.method === 'GET' && call.url.startsWith(`${API}/qr/`)) {
      return { status: 200, body: { kind: 'shipment', target: scanned } };
    }
    if (call.method === 'POST') return post(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
  return { calls, state };
}

async function open() {
  loginAs();
  setRouterParams({ id: SHIPMENT_ID });
  render(<CourierShipmentPage />);
  await waitFor(() => expect(document.getElementById('shipment-status')).not.toBeNull());
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const type = (digits: string) => {
  for (const d of digits) fireEvent.click(byId(`keypad-${d}`));
};

describe('courier: one shipment', () => {
  it('shows the envelope: waybill, status, case number, masked recipient, address and events', async () => {
    serve(shipment());
    await open();
    expect(text('shipment-waybill')).toBe('SF1234567890');
    expect(text('shipment-status')).toBe('待揽收');
    expect(text('shipment-case-number')).toContain('ZW20261125000123');
    expect(text('shipment-recipient')).toContain('王*英');
    expect(text('shipment-recipient')).toContain('139****1234');
    expect(text('shipment-address')).toContain('山东省临沂市莒南县人民路 18 号 3 单元 502');
    expect(text('shipment-events')).toContain('已出证，等待快递员揽收');
    expect(document.getElementById('deliver-button')).toBeNull();
  });

  it('picks up with one tap and then offers 签收 and 投递未成功', async () => {
    const { calls } = serve(shipment(), () => ({ status: 200, body: after(shipment(), 'picked_up', 'picked_up') }));
    await open();
    fireEvent.click(byId('pickup-button'));
    await waitFor(() => expect(text('shipment-status')).toBe('派送中'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${URL}/pickup`);
    expect(post?.data).toEqual({});
    expect(document.getElementById('pickup-button')).toBeNull();
    expect(document.getElementById('deliver-button')).not.toBeNull();
    expect(document.getElementById('fail-button')).not.toBeNull();
    expect(text('shipment-events')).toContain('快递员已揽收，正在派送');
  });

  it('picks up after scanning this envelope’s own code, resolved by the server', async () => {
    scan.mockResolvedValue({ kind: 'token', token: 's-Tk9zP2aa' });
    const { calls } = serve(shipment(), (call) =>
      call.url.endsWith('/pickup')
        ? { status: 200, body: after(shipment(), 'picked_up', 'picked_up') }
        : { status: 404 },
    );
    await open();
    fireEvent.click(byId('pickup-scan'));
    await waitFor(() => expect(text('shipment-status')).toBe('派送中'));
    expect(calls.filter((c) => c.url.includes('/qr/')).map((c) => c.url)).toEqual([`${API}/qr/s-Tk9zP2aa`]);
  });

  it('does not pick up when the scanned code is another envelope’s, and offers to open that one', async () => {
    scan.mockResolvedValue({ kind: 'token', token: 's-Other001' });
    Taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    const { calls } = serve(shipment(), undefined, 'other-shipment');
    await open();
    fireEvent.click(byId('pickup-scan'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/courier/shipment/index?id=other-shipment' }),
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('delivers with the six digits typed on the keypad', async () => {
    const picked = after(shipment(), 'picked_up', 'picked_up');
    const { calls } = serve(picked, () => ({ status: 200, body: after(picked, 'delivered', 'delivered') }));
    await open();
    fireEvent.click(byId('deliver-button'));
    expect((byId('deliver-send') as HTMLButtonElement).disabled).toBe(true);
    type('48291');
    expect((byId('deliver-send') as HTMLButtonElement).disabled).toBe(true);
    type('7');
    fireEvent.click(byId('deliver-send'));
    await waitFor(() => expect(document.getElementById('shipment-delivered')).not.toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${URL}/deliver`);
    expect(post?.data).toEqual({ receiptCode: '482917' });
    expect(text('shipment-status')).toBe('已签收');
    expect(document.getElementById('deliver-sheet')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '签收成功' }));
  });

  it('says how many tries are left after a wrong code, and clears it for the next try', async () => {
    serve(after(shipment(), 'picked_up', 'picked_up'), () => ({
      status: 422,
      body: errorBody('RECEIPT_CODE_WRONG', '签收码不正确，还可尝试3次', [{ attemptsLeft: 3 }]),
    }));
    await open();
    fireEvent.click(byId('deliver-button'));
    type('111111');
    fireEvent.click(byId('deliver-send'));
    await waitFor(() => expect(text('deliver-error')).toBe('签收码错误，还可尝试 3 次'));
    expect(text('keypad-code')).toBe('');
    type('2');
    expect(document.getElementById('deliver-error')).toBeNull();
  });

  it('stops at a lock (423): the keypad is disabled, the page shows the lock and no action', async () => {
    const picked = after(shipment(), 'picked_up', 'picked_up');
    const { state } = serve(picked, () => {
      state.current = { ...after(picked, 'picked_up', 'locked', '签收码连续错误5次'), locked: true };
      return { status: 423, body: errorBody('LOCKED', '签收码错误已达5次，快件已锁定，请联系窗口工作人员') };
    });
    await open();
    fireEvent.click(byId('deliver-button'));
    type('999999');
    fireEvent.click(byId('deliver-send'));
    await waitFor(() => expect(text('deliver-error')).toBe('已锁定，请联系窗口处理'));
    expect((byId('deliver-send') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.getElementById('shipment-locked')).not.toBeNull());
    fireEvent.click(byId('deliver-sheet-cancel'));
    expect(text('shipment-locked-hint')).toContain('已锁定，请联系窗口处理');
    expect(document.getElementById('deliver-button')).toBeNull();
    expect(document.getElementById('pickup-button')).toBeNull();
    expect(text('shipment-events')).toContain('签收码错误次数过多，快件已锁定');
  });

  it('records a failed attempt with a preset reason and a note', async () => {
    const picked = after(shipment(), 'picked_up', 'picked_up');
    const { calls } = serve(picked, (call) => ({
      status: 200,
      body: after(picked, 'failed_attempt', 'failed_attempt', (call.data as { reason: string }).reason),
    }));
    await open();
    fireEvent.click(byId('fail-button'));
    expect((byId('fail-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(byId('fail-reason-absent'));
    fireEvent.change(byId('fail-note'), { target: { value: '已约明天上午再送' } });
    fireEvent.click(byId('fail-send'));
    await waitFor(() => expect(text('shipment-status')).toBe('投递未成功'));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ reason: '收件人不在：已约明天上午再送' });
    expect(text('shipment-events')).toContain('收件人不在：已约明天上午再送');
    expect(text('pickup-button')).toBe('重新揽收，再次派送');
  });

  it('needs words when the reason is 其他', async () => {
    serve(after(shipment(), 'picked_up', 'picked_up'));
    await open();
    fireEvent.click(byId('fail-button'));
    fireEvent.click(byId('fail-reason-other'));
    expect((byId('fail-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(byId('fail-note'), { target: { value: '小区封闭施工' } });
    expect((byId('fail-send') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says the shipment is not found when it belongs to another company (404)', async () => {
    loginAs();
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到该快件') }));
    setRouterParams({ id: SHIPMENT_ID });
    render(<CourierShipmentPage />);
    expect(await screen.findByText('没有找到这件快件')).toBeTruthy();
  });
});
