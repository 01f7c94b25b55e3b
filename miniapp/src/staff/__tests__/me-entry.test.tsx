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
    fireEvent.click(document.getElementById('staff-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/queue/index' });
  });

  it('is not shown to a resident', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: me(['resident']) }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('realname')).not.toBeNull());
    expect(document.getElementById('staff-entry')).toBeNull();
  });
});
