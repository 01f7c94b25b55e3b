import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import HallBookPage from '@/hall/book/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import { addDays } from '@/hall/common/dates';
import { appointment, APPOINTMENT_ID, daySlots, detail, failWith, hallServer, ok, TODAY } from './fixtures';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);
const CASE_ID = '65f0a1b2c3d4e5f601234567';

/**
 * Slots of the fifteen days from TODAY: today's morning is over, Friday 12-04 is full, the weekend is
 * off, 12-08 has 09:00 full; every other working day has seats. `extra` answers writes.
 */
function serve(extra: Record<string, () => { status: number; body?: unknown }> = {}) {
  const routes: Record<string, () => { status: number; body?: unknown }> = {
    'GET /hall/groups/zonghe': ok(detail()),
    ...extra,
  };
  for (let i = 0; i <= 14; i += 1) {
    const date = addDays(TODAY, i);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const slots =
      weekday === 0 || weekday === 6
        ? daySlots(date, { open: false })
        : date === TODAY
          ? daySlots(date, { past: ['09:00', '09:30', '10:00'] })
          : date === '2026-12-04'
            ? daySlots(date, { full: ['09:00', '09:30', '10:00', '13:30'] })
            : date === '2026-12-08'
              ? daySlots(date, { full: ['09:00'] })
              : daySlots(date);
    routes[`GET /hall/groups/zonghe/slots?date=${date}`] = ok(slots);
  }
  return hallServer(routes);
}

async function open(params: Record<string, string> = { group: 'zonghe' }) {
  setRouterParams(params);
  render(<HallBookPage />);
  await waitFor(() => expect(document.getElementById('book-dates')).not.toBeNull());
}

describe('booking a slot', () => {
  it('shows the working days from the hall’s today with seats left, a full day as 约满, no weekend', async () => {
    serve();
    await open();
    expect(text('book-group')).toBe('综合受理');
    expect(text(`book-date-${TODAY}`)).toBe('今天12/3余 4');
    expect(text('book-date-2026-12-04')).toBe('明天12/4约满');
    expect(document.getElementById('book-date-2026-12-05')).toBeNull();
    expect(document.getElementById('book-date-2026-12-06')).toBeNull();
    expect(text('book-date-2026-12-07')).toBe('周一12/7余 16');
    expect(document.getElementById('book-date-2026-12-17')).not.toBeNull();
    // Today is picked first: its started slots cannot be picked.
    expect(text('book-slot-0900')).toBe('09:00–09:30已过');
    expect(document.getElementById('book-slot-0900')?.className).toContain('slot--off');
    expect(text('book-confirm')).toBe('请选择时段');
  });

  it('books the picked day and slot, then opens 我的预约 on it', async () => {
    loginAs();
    const calls = serve({ 'POST /appointments': () => ({ status: 201, body: appointment({ date: '2026-12-08' }) }) });
    await open();
    click('book-date-2026-12-08');
    expect(text('book-slot-0900')).toBe('09:00–09:30已约满');
    click('book-slot-0900');
    expect(text('book-confirm')).toBe('请选择时段');
    click('book-slot-0930');
    expect(text('book-confirm')).toBe('确认预约 12月8日 周二 09:30–10:00');
    click('book-confirm');
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/hall/appointments/index?id=${APPOINTMENT_ID}` }),
    );
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({
      group: 'zonghe',
      date: '2026-12-08',
      slot: '09:30',
    });
  });

  it('books for a case when opened from the case’s page', async () => {
    loginAs();
    const calls = serve({ 'POST /appointments': () => ({ status: 201, body: appointment({ caseId: CASE_ID }) }) });
    await open({ group: 'zonghe', case: CASE_ID });
    expect(document.getElementById('book-case')).not.toBeNull();
    click('book-slot-1330');
    click('book-confirm');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({
      group: 'zonghe',
      date: TODAY,
      slot: '13:30',
      caseId: CASE_ID,
    });
  });

  it('says in plain words when the slot was just taken, reads the seats again and offers 我的预约', async () => {
    loginAs();
    const calls = serve({ 'POST /appointments': failWith(409, 'INVALID_STATE', '该时段已约满，请选择其他时段') });
    await open();
    const before = calls.filter((c) => c.method === 'GET').length;
    click('book-slot-1330');
    click('book-confirm');
    await waitFor(() => expect(text('book-error')).toContain('该时段已约满，请选择其他时段'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThan(before));
    expect(text('book-confirm')).toBe('请选择时段');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    click('book-error-mine');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/hall/appointments/index' });
  });

  it('sends a logged-out resident to log in first, coming back to this booking', async () => {
    const calls = serve();
    await open({ group: 'zonghe', case: CASE_ID });
    click('book-slot-1330');
    click('book-confirm');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent(`/hall/book/index?group=zonghe&case=${CASE_ID}`)}`,
    });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says so when every day is full', async () => {
    const routes: Record<string, () => { status: number; body?: unknown }> = {
      'GET /hall/groups/zonghe': ok(detail()),
    };
    for (let i = 0; i <= 14; i += 1) {
      const date = addDays(TODAY, i);
      routes[`GET /hall/groups/zonghe/slots?date=${date}`] = ok(
        daySlots(date, { past: ['09:00', '09:30', '10:00', '13:30'] }),
      );
    }
    hallServer(routes);
    setRouterParams({ group: 'zonghe' });
    render(<HallBookPage />);
    expect(await screen.findByText('近两周已约满')).toBeTruthy();
    expect(document.getElementById('book-confirm')).toBeNull();
  });
});
