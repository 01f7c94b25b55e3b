import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import HallWindowPage from '@/hall/window/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import { detail, failWith, hallServer, ok, ticket, TICKET_ID } from './fixtures';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

const guides = {
  'GET /items/LAONIAN-YOUDAIZHENG': ok({ code: 'LAONIAN-YOUDAIZHENG', name: '老年优待证办理' }),
  // A guide that cannot be read shows its code: the page is still of use.
  'GET /items/HUJI-QIANYI': failWith(503, 'UNKNOWN', '服务暂时不可用'),
};

async function open(params: Record<string, string> = { group: 'zonghe', window: 'A03' }) {
  setRouterParams(params);
  render(<HallWindowPage />);
  await waitFor(() => expect(document.getElementById('window-group')).not.toBeNull());
}

describe('a window’s page (opened by its QR code)', () => {
  it('shows the group, hall and window, today’s queue, the items with links to their guides, hours and phone', async () => {
    hallServer({ 'GET /hall/groups/zonghe': ok(detail()), ...guides });
    await open();
    expect(text('window-group')).toBe('综合受理');
    expect(text('window-hall')).toBe('县政务服务中心一楼');
    expect(text('window-number')).toBe('A03 号窗口');
    expect(text('window-waiting')).toBe('3');
    expect(text('window-queue')).toContain('今日取号中');
    await waitFor(() => expect(text('window-item-LAONIAN-YOUDAIZHENG')).toContain('老年优待证办理'));
    expect(text('window-item-HUJI-QIANYI')).toContain('HUJI-QIANYI');
    click('window-item-LAONIAN-YOUDAIZHENG');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guide/index?code=LAONIAN-YOUDAIZHENG' });
    expect(text('window-hours')).toContain('工作日 9:00–12:00');
    click('window-phone');
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0539-7211003' });
  });

  it('the hall’s code of a group (no window) shows no window number', async () => {
    hallServer({ 'GET /hall/groups/zonghe': ok(detail()), ...guides });
    await open({ group: 'zonghe' });
    expect(document.getElementById('window-number')).toBeNull();
    expect(text('window-take')).toBe('取号');
  });

  it('取号 takes a ticket of the group and opens it', async () => {
    loginAs();
    const calls = hallServer({
      'GET /hall/groups/zonghe': ok(detail()),
      'POST /tickets': () => ({ status: 201, body: ticket() }),
      ...guides,
    });
    await open();
    click('window-take');
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/hall/ticket/index?id=${TICKET_ID}` }));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ group: 'zonghe' });
  });

  it('someone already waiting in the group is taken to that ticket', async () => {
    loginAs();
    hallServer({
      'GET /hall/groups/zonghe': ok(detail()),
      'POST /tickets': failWith(409, 'INVALID_STATE', '您已在该窗口取号，请留意叫号'),
      'GET /tickets': ok({ items: [ticket({ id: 'other-group', group: 'budongchan' }), ticket()] }),
      ...guides,
    });
    await open();
    click('window-take');
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/hall/ticket/index?id=${TICKET_ID}` }));
    expect(document.getElementById('window-take-error')).toBeNull();
  });

  it('says why when the hall refuses, in its words', async () => {
    loginAs();
    hallServer({
      'GET /hall/groups/zonghe': ok(detail()),
      'POST /tickets': failWith(409, 'INVALID_STATE', '大厅今日已停止取号'),
      'GET /tickets': ok({ items: [] }),
      ...guides,
    });
    await open();
    click('window-take');
    await waitFor(() => expect(text('window-take-error')).toBe('大厅今日已停止取号'));
    expect(Taro.navigateTo).not.toHaveBeenCalledWith({ url: expect.stringContaining('/hall/ticket/') });
  });

  it('offers no 取号 when the hall has stopped handing out tickets today', async () => {
    loginAs();
    const calls = hallServer({ 'GET /hall/groups/zonghe': ok(detail({ open: false, waiting: 0 })), ...guides });
    await open();
    expect(text('window-take')).toBe('今日已停止取号');
    click('window-take');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(text('window-queue')).toContain('今日已停止取号');
  });

  it('sends a logged-out resident to log in first, coming back to this window', async () => {
    hallServer({ 'GET /hall/groups/zonghe': ok(detail()), ...guides });
    await open();
    click('window-take');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent('/hall/window/index?group=zonghe&window=A03')}`,
    });
  });

  it('says so for a group that does not exist', async () => {
    hallServer({});
    setRouterParams({ group: 'gone' });
    render(<HallWindowPage />);
    expect(await screen.findByText('没有找到这个窗口')).toBeTruthy();
    expect(document.getElementById('window-take')).toBeNull();
  });
});
