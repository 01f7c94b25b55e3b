import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import CaseListPage from '@/pages/cases/list/index';
import Taro, { triggerPullDownRefresh } from '@/__mocks__/taro';
import { formatDateTime } from '@/utils/time';
import { API, fakeServer, loginAs } from './helpers';

const ROWS = [
  {
    id: 'c1',
    number: 'ZW20261125000123',
    status: 'supplement_required',
    itemNames: ['不动产转移登记', '契税申报'],
    updatedAt: '2026-11-26T02:00:00.000Z',
  },
  { id: 'c2', status: 'draft', itemNames: ['老年优待证办理'], updatedAt: '2026-11-25T02:00:00.000Z' },
];

describe('my cases', () => {
  it('lists my cases with status, number, items and time; a row opens the case', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: { items: ROWS, total: 2 } }));
    render(<CaseListPage />);
    await waitFor(() => expect(document.getElementById('case-list')).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/applications?scope=mine&page=1&pageSize=20`);
    const first = document.getElementById('case-c1') as HTMLElement;
    expect(first.textContent).toContain('待补正');
    expect(first.textContent).toContain('ZW20261125000123');
    expect(first.textContent).toContain('不动产转移登记、契税申报');
    expect(first.textContent).toContain(formatDateTime('2026-11-26T02:00:00.000Z'));
    expect(document.getElementById('case-c2')?.textContent).toContain('草稿');
    fireEvent.click(first);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/cases/detail/index?id=c1' });
  });

  it('refreshes on pull-down and then stops the spinner', async () => {
    loginAs();
    let rows = ROWS.slice(1);
    fakeServer(() => ({ status: 200, body: { items: rows, total: rows.length } }));
    render(<CaseListPage />);
    await waitFor(() => expect(document.getElementById('case-c2')).not.toBeNull());
    rows = ROWS;
    act(() => triggerPullDownRefresh());
    await waitFor(() => expect(document.getElementById('case-c1')).not.toBeNull());
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('asks a logged-out user to log in first', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<CaseListPage />);
    expect(await screen.findByText('登录后查看您的办件')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
