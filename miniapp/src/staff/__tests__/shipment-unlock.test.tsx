import { fireEvent, render, waitFor } from '@testing-library/react';
import { type StaffApplicationView } from '@onetrip/shared';
import StaffCasePage from '@/staff/case/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { caseView, CASE_ID } from '@/__tests__/case-fixtures';
import { API, loginAs } from '@/__tests__/helpers';
import { staffServer } from './staff-fixtures';

const SHIPMENT: NonNullable<StaffApplicationView['shipment']> = {
  id: '66a0b1c2d3e4f50612345678',
  waybillNo: 'SF1234567890',
  courierCompany: '顺丰速运',
  status: 'picked_up',
  locked: true,
  events: [
    { at: '2026-11-25T02:00:00.000Z', action: 'created' },
    { at: '2026-11-25T03:00:00.000Z', action: 'picked_up' },
    { at: '2026-11-25T05:00:00.000Z', action: 'locked', note: '签收码连续错误5次' },
  ],
};

function shippingView(over: Partial<StaffApplicationView> = {}): StaffApplicationView {
  const { pickupCode: _omit, ...base } = caseView({ status: 'shipping', number: 'ZW20261125000123', version: 9 });
  return {
    ...base,
    number: 'ZW20261125000123',
    submittedAt: '2026-11-20T02:00:00.000Z',
    acceptance: null,
    gaps: [],
    leadDepartment: '县公安局',
    department: '县公安局',
    acceptedByMe: false,
    mayDecide: true,
    shipment: SHIPMENT,
    ...over,
  };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('staff case: a locked shipment', () => {
  it('shows the lock and unlocks it with a note and If-Match', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const unlocked = shippingView({
      version: 10,
      shipment: {
        ...SHIPMENT,
        locked: false,
        events: [...SHIPMENT.events, { at: '2026-11-25T06:00:00.000Z', action: 'unlocked', note: '已电话核实' }],
      },
    });
    const calls = staffServer((call) => ({ status: 200, body: call.method === 'POST' ? unlocked : shippingView() }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('staff-shipment')).not.toBeNull());
    expect(byId('staff-shipment').textContent).toContain('顺丰速运 SF1234567890');
    expect(byId('staff-shipment-status').textContent).toBe('派送中');
    expect(byId('staff-shipment-locked').textContent).toBe('已锁定');
    expect(byId('staff-shipment').textContent).toContain('签收码错误次数过多，快件已锁定');

    fireEvent.click(byId('action-unlock'));
    expect((byId('unlock-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(byId('unlock-note'), { target: { value: '已电话核实' } });
    fireEvent.click(byId('unlock-send'));
    await waitFor(() => expect(document.getElementById('staff-shipment-locked')).toBeNull());

    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${API}/staff/applications/${CASE_ID}/shipment/unlock`);
    expect(post?.header['If-Match']).toBe('9');
    expect(post?.data).toEqual({ note: '已电话核实' });
    expect(document.getElementById('action-unlock')).toBeNull();
    expect(document.getElementById('unlock-dialog')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已解除锁定' }));
  });

  it('offers no unlock while the shipment is on its way normally', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    staffServer(() => ({ status: 200, body: shippingView({ shipment: { ...SHIPMENT, locked: false } }) }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('staff-shipment')).not.toBeNull());
    expect(document.getElementById('staff-shipment-locked')).toBeNull();
    expect(document.getElementById('action-unlock')).toBeNull();
  });
});
