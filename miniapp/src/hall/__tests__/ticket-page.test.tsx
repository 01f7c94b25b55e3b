import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type TicketView } from '@onetrip/shared';
import HallTicketPage, { TICKET_POLL_MS } from '@/hall/ticket/index';
import Taro, { setRouterParams, triggerDidHide, triggerDidShow } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import { failWith, hallServer, ticket, TICKET_ID } from './fixtures';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

/** The server's copy of the ticket, changed by the test as the hall moves on; `fail` makes reads fail. */
function serve(initial: TicketView) {
  const state = { current: initial, fail: false };
  const calls = hallServer({
    [`GET /tickets/${TICKET_ID}`]: () =>
      state.fail ? { status: 503, body: { error: { code: 'UNKNOWN' } } } : { status: 200, body: state.current },
    [`DELETE /tickets/${TICKET_ID}`]: () => {
      state.current = { ...state.current, status: 'cancelled', ahead: null };
      return { status: 200, body: state.current };
    },
  });
  const reads = () => calls.filter((c) => c.method === 'GET').length;
  return { state, calls, reads };
}

async function open() {
  loginAs();
  setRouterParams({ id: TICKET_ID });
  render(<HallTicketPage />);
  await waitFor(() => expect(document.getElementById('ticket-number')).not.toBeNull());
}

/** Lets the page's timers run as if `ms` had passed, and the answers they asked for come in. */
const pass = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

describe('my ticket', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the big number, the group, 等待中 and how many are ahead', async () => {
    serve(ticket());
    await open();
    expect(text('ticket-number')).toBe('A012');
    expect(text('ticket-card')).toContain('综合受理 · 县政务服务中心一楼');
    expect(text('ticket-status')).toBe('等待中');
    expect(text('ticket-ahead')).toBe('前面还有 2 人');
    expect(document.getElementById('ticket-refreshing')).not.toBeNull();
  });

  it('refreshes on its own while in the queue: the call shows the window, then it stops once served', async () => {
    jest.useFakeTimers();
    const { state, reads } = serve(ticket());
    await open();
    const first = reads();
    state.current = ticket({ ahead: 0 });
    await pass(TICKET_POLL_MS);
    expect(reads()).toBe(first + 1);
    expect(text('ticket-ahead')).toBe('下一位就是您，请留意叫号');
    state.current = ticket({ status: 'called', window: 'A03', ahead: null, calledAt: '2026-12-03T02:00:00.000Z' });
    await pass(TICKET_POLL_MS);
    expect(text('ticket-status')).toBe('请到 A03 号窗口');
    expect(text('ticket-window')).toContain('A03 号窗口');
    expect(document.getElementById('ticket-give-up')).toBeNull();
    state.current = { ...state.current, status: 'serving' };
    await pass(TICKET_POLL_MS);
    expect(text('ticket-status')).toBe('办理中（A03 号窗口）');
    const served = reads();
    await pass(TICKET_POLL_MS * 5);
    expect(reads()).toBe(served);
    expect(document.getElementById('ticket-refreshing')).toBeNull();
  });

  it('asks nothing while the page is hidden, and goes on when it is shown again', async () => {
    jest.useFakeTimers();
    const { reads } = serve(ticket());
    await open();
    act(() => triggerDidHide());
    const hidden = reads();
    await pass(TICKET_POLL_MS * 6);
    expect(reads()).toBe(hidden);
    act(() => triggerDidShow());
    await pass(TICKET_POLL_MS);
    expect(reads()).toBeGreaterThan(hidden);
  });

  it('waits longer after a failed read, so a hall without network is not asked again and again', async () => {
    jest.useFakeTimers();
    const { state, reads } = serve(ticket());
    await open();
    state.fail = true;
    await pass(TICKET_POLL_MS);
    const failed = reads();
    await pass(TICKET_POLL_MS);
    expect(reads()).toBe(failed);
    state.fail = false;
    await pass(TICKET_POLL_MS);
    expect(reads()).toBe(failed + 1);
    expect(text('ticket-status')).toBe('等待中');
  });

  it('放弃排队 after a confirm: the ticket says so and offers nothing more', async () => {
    const { calls } = serve(ticket());
    await open();
    click('ticket-give-up');
    await waitFor(() => expect(text('ticket-status')).toBe('已放弃排队'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '放弃排队' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    expect(document.getElementById('ticket-give-up')).toBeNull();
    expect(document.getElementById('ticket-ahead')).toBeNull();
  });

  it('keeps the ticket when the resident thinks again', async () => {
    const { calls } = serve(ticket());
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await open();
    click('ticket-give-up');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    expect(text('ticket-status')).toBe('等待中');
  });

  it('says why giving up was refused (called meanwhile) and shows the ticket as it now is', async () => {
    const called = ticket({ status: 'called', window: 'A04', ahead: null });
    let reads = 0;
    hallServer({
      [`GET /tickets/${TICKET_ID}`]: () => ({ status: 200, body: (reads += 1) === 1 ? ticket() : called }),
      [`DELETE /tickets/${TICKET_ID}`]: failWith(409, 'INVALID_STATE', '该号码已叫号或已结束，不能放弃排队'),
    });
    await open();
    click('ticket-give-up');
    await waitFor(() => expect(text('ticket-status')).toBe('请到 A04 号窗口'));
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '该号码已叫号或已结束，不能放弃排队' }),
    );
  });

  it.each([
    [{ status: 'done' }, '已完成'],
    [{ status: 'no_show', window: 'A03' }, '已过号'],
    [{ status: 'cancelled' }, '已放弃排队'],
    [
      { status: 'transferred', transferredTo: { id: 'next-ticket', group: 'shebao-yibao', number: 'S004' } },
      '已转至 S004 号',
    ],
  ] as const)('shows a ticket that is over in words: %j → %s', async (over, label) => {
    serve(ticket({ ahead: null, ...over }));
    await open();
    expect(text('ticket-status')).toBe(label);
    expect(document.getElementById('ticket-give-up')).toBeNull();
    expect(document.getElementById('ticket-refreshing')).toBeNull();
  });

  it('a transferred ticket leads to the new number', async () => {
    serve(
      ticket({
        status: 'transferred',
        ahead: null,
        transferredTo: { id: 'next-ticket', group: 'shebao-yibao', number: 'S004' },
      }),
    );
    await open();
    click('ticket-transferred');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/hall/ticket/index?id=next-ticket' });
  });

  it('shows a booked ticket’s slot, which goes first once it starts', async () => {
    serve(ticket({ booked: true, slot: '10:00' }));
    await open();
    expect(text('ticket-booked')).toContain('10:00–10:30 预约优先');
  });

  it('says so for another’s or an unknown ticket (404)', async () => {
    hallServer({});
    loginAs();
    setRouterParams({ id: TICKET_ID });
    render(<HallTicketPage />);
    expect(await screen.findByText('没有找到这个号码')).toBeTruthy();
  });

  it('asks a logged-out visitor to log in, coming back to the ticket', async () => {
    const calls = hallServer({});
    setRouterParams({ id: TICKET_ID });
    render(<HallTicketPage />);
    fireEvent.click(await screen.findByText('微信一键登录'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent(`/hall/ticket/index?id=${TICKET_ID}`)}`,
    });
    expect(calls).toHaveLength(0);
  });
});
