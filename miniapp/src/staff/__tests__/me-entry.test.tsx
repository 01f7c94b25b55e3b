import { fireEvent, render, waitFor } from '@testing-library/react';
import MePage from '@/pages/me/index';
import Taro from '@/__mocks__/taro';
import { fakeServer, loginAs } from '@/__tests__/helpers';

const me = (roles: string[]) => ({ id: 'u1', roles, activeRole: 'resident', profile: null });

describe('me: the staff entry', () => {
  it('opens 工作台 for a staff role holder', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: me(['resident', 'staff']) }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('staff-entry')).not.toBeNull());
    expect(document.getElementById('staff-entry')?.textContent).toContain('进入工作台');
    expect(document.getElementById('staff-entry')?.textContent).toContain('受理、审批、出证、回访');
    fireEvent.click(document.getElementById('staff-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/queue/index' });
  });

  it('says what the window does by its kind', async () => {
    loginAs();
    fakeServer(() => ({
      status: 200,
      body: { ...me(['resident', 'staff']), staffKind: 'results', hall: '县政务服务中心一楼' },
    }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('staff-entry')).not.toBeNull());
    expect(document.getElementById('staff-entry')?.textContent).toContain('统一出件：出证、窗口领取');
    expect(document.getElementById('staff-entry')?.textContent).not.toContain('审批');
  });

  it('is not shown to a resident', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: me(['resident']) }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('realname')).not.toBeNull());
    expect(document.getElementById('staff-entry')).toBeNull();
  });
});
