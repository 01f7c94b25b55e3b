import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type AppointmentView } from '@onetrip/shared';
import HallAppointmentsPage from '@/hall/appointments/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import { appointment, APPOINTMENT_ID, detail, failWith, hallServer, ok, ticket, TICKET_ID } from './fixtures';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

const LATER_ID = '65f0a1b2c3d4e5f60000bb02';
const OLD_ID = '65f0a1b2c3d4e5f60000bb03';

/** Today's booked appointment, a later one, a cancelled one of last week; one ticket of today. */
function serve(over: { appointments?: AppointmentView[]; open?: boolean } = {}) {
  const state = {
    appointments: over.appointments ?? [
      appointment({ id: LATER_ID, date: '2026-12-08', slot: '14:00', group: 'budongchan', groupName: '不动产登记' }),
      appointment(),
      appointment({ id: OLD_ID, date: '2026-11-26', status: 'cancelled' }),
    ],
  };
  const calls = hallServer({
    'GET /appointments': () => ({ status: 200, body: { items: state.appointments } }),
    'GET /tickets': ok({
      items: [ticket({ id: 'walk-in', group: 'shebao-yibao', groupName: '社保医保', number: 'S007' })],
    }),
    'GET /hall/groups/zonghe': ok(detail({ open: over.open ?? true })),
    'GET /hall/groups/budongchan': ok(detail({ open: over.open ?? true }, { code: 'budongchan', name: '不动产登记' })),
    [`POST /appointments/${APPOINTMENT_ID}/check-in`]: () => {
      state.appointments = state.appointments.map((a) =>
        a.id === APPOINTMENT_ID ? { ...a, status: 'checked_in', ticketId: TICKET_ID } : a,
      );
      return { status: 201, body: ticket({ booked: true, slot: '10:00' }) };
    },
    [`DELETE /appointments/${LATER_ID}`]: () => {
      state.appointments = state.appointments.map((a) => (a.id === LATER_ID ? { ...a, status: 'cancelled' } : a));
      return { status: 200, body: state.appointments.find((a) => a.id === LATER_ID) };
    },
  });
  return { calls, state };
}

async function open(params: Record<string, string> = {}) {
  loginAs();
  setRouterParams(params);
  render(<HallAppointmentsPage />);
  await waitFor(() => expect(document.getElementById('hall-appointment-list')).not.toBeNull());
}

describe('我的预约/取号', () => {
  it('lists today’s tickets, then the appointments with their day, slot and state', async () => {
    serve();
    await open();
    expect(text('ticket-row-walk-in')).toContain('S007');
    expect(text('ticket-row-walk-in')).toContain('社保医保');
    expect(text('ticket-row-walk-in')).toContain('前面还有 2 人');
    expect(text(`appointment-when-${APPOINTMENT_ID}`)).toBe('12月3日 周四 10:00–10:30');
    expect(text(`appointment-status-${APPOINTMENT_ID}`)).toBe('已预约');
    expect(text(`appointment-status-${OLD_ID}`)).toBe('已取消');
    expect(document.getElementById(`cancel-${OLD_ID}`)).toBeNull();
    click('ticket-row-walk-in');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/hall/ticket/index?id=walk-in' });
  });

  it('offers 签到取号 on the day only; a later appointment says to come on its day', async () => {
    serve();
    await open();
    expect(document.getElementById(`check-in-${APPOINTMENT_ID}`)).not.toBeNull();
    expect(document.getElementById(`check-in-${LATER_ID}`)).toBeNull();
    expect(text(`appointment-${LATER_ID}`)).toContain('请于预约当天到大厅签到取号');
    expect(document.getElementById(`cancel-${LATER_ID}`)).not.toBeNull();
  });

  it('签到取号 gives the ticket and opens it; the appointment then shows it', async () => {
    const { calls } = serve();
    await open();
    click(`check-in-${APPOINTMENT_ID}`);
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/hall/ticket/index?id=${TICKET_ID}` }));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({});
    await waitFor(() => expect(text(`appointment-status-${APPOINTMENT_ID}`)).toBe('已签到取号'));
    click(`appointment-ticket-${APPOINTMENT_ID}`);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/hall/ticket/index?id=${TICKET_ID}` });
  });

  it('no 签到取号 while the hall does not hand out tickets (after hours)', async () => {
    serve({ open: false });
    await open();
    expect(document.getElementById(`check-in-${APPOINTMENT_ID}`)).toBeNull();
  });

  it('取消预约 after a confirm; the list is read again', async () => {
    const { calls } = serve();
    await open();
    click(`cancel-${LATER_ID}`);
    await waitFor(() => expect(text(`appointment-status-${LATER_ID}`)).toBe('已取消'));
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('12月8日') }),
    );
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('says why a check-in was refused', async () => {
    hallServer({
      'GET /appointments': ok({ items: [appointment()] }),
      'GET /tickets': ok({ items: [] }),
      'GET /hall/groups/zonghe': ok(detail()),
      [`POST /appointments/${APPOINTMENT_ID}/check-in`]: failWith(409, 'INVALID_STATE', '大厅今日已停止取号'),
    });
    await open();
    click(`check-in-${APPOINTMENT_ID}`);
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '大厅今日已停止取号' })),
    );
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('picks out the appointment a reminder opened', async () => {
    serve();
    await open({ id: LATER_ID });
    expect(document.getElementById(`appointment-${LATER_ID}`)?.className).toContain('hall-row--picked');
    expect(document.getElementById(`appointment-${APPOINTMENT_ID}`)?.className).not.toContain('hall-row--picked');
  });

  it('with nothing yet, says where to start', async () => {
    hallServer({ 'GET /appointments': ok({ items: [] }), 'GET /tickets': ok({ items: [] }) });
    loginAs();
    render(<HallAppointmentsPage />);
    expect(await screen.findByText('还没有预约或排队号')).toBeTruthy();
  });

  it('asks a logged-out visitor to log in, coming back here', async () => {
    const calls = hallServer({});
    setRouterParams({ id: LATER_ID });
    render(<HallAppointmentsPage />);
    fireEvent.click(await screen.findByText('微信一键登录'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent(`/hall/appointments/index?id=${LATER_ID}`)}`,
    });
    expect(calls).toHaveLength(0);
  });
});
