import { fireEvent, render, waitFor } from '@testing-library/react';
import AgentCasesPage from '@/agent/cases/index';
import AgentStationPage from '@/agent/station/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, fakeServer, loginAs } from '@/__tests__/helpers';

const AGENT = { role: 'agent', name: '李代办', station: { town: '大店镇', village: '东山村' } };
const ROWS = [
  {
    id: 'c1',
    status: 'draft',
    itemNames: ['老年优待证办理'],
    updatedAt: '2026-11-26T02:00:00.000Z',
    submittedBy: AGENT,
  },
  {
    id: 'c2',
    number: 'ZW20261125000123',
    status: 'submitted',
    itemNames: ['80周岁以上高龄津贴申领'],
    updatedAt: '2026-11-25T02:00:00.000Z',
    submittedBy: AGENT,
  },
];

const query = (url: string) => new URL(url).searchParams;

describe('agent: my cases', () => {
  it('lists only the agent scope, and a draft opens its authorization, a submitted case its page', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: { items: ROWS, total: 2 } }));
    render(<AgentCasesPage />);
    await waitFor(() => expect(document.getElementById('agent-case-list')).not.toBeNull());
    expect(query(calls[0]?.url ?? '').get('scope')).toBe('agent');
    expect(query(calls[0]?.url ?? '').get('status')).toBeNull();
    expect(document.getElementById('case-c2')?.textContent).toContain('ZW20261125000123');
    // the agent's own list does not repeat who applied
    expect(document.getElementById('case-agent-c1')).toBeNull();
    fireEvent.click(document.getElementById('case-c1') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/agent/authorization/index?id=c1' });
    fireEvent.click(document.getElementById('case-c2') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/cases/detail/index?id=c2' });
  });

  it('filters by status, from the tabs or from the station counters (?status=)', async () => {
    loginAs();
    const calls = fakeServer((call) => {
      const status = query(call.url).get('status');
      const items = status ? ROWS.filter((r) => r.status === status) : ROWS;
      return { status: 200, body: { items, total: items.length } };
    });
    setRouterParams({ status: 'submitted' });
    render(<AgentCasesPage />);
    await waitFor(() => expect(document.getElementById('case-c2')).not.toBeNull());
    expect(document.getElementById('case-c1')).toBeNull();
    expect(document.getElementById('agent-filter-submitted')?.className).toContain('agent-filter--active');
    fireEvent.click(document.getElementById('agent-filter-supplement_required') as HTMLElement);
    await waitFor(() => expect(document.getElementById('agent-cases-empty')).not.toBeNull());
    expect(query(calls[calls.length - 1]?.url ?? '').get('status')).toBe('supplement_required');
  });
});

describe('agent: the station page', () => {
  it('shows the station and the count of each status from the totals of the agent scope', async () => {
    loginAs();
    const totals: Record<string, number> = { all: 7, draft: 2, submitted: 3, supplement_required: 1, completed: 1 };
    const calls = fakeServer((call) => {
      if (call.url === `${API}/me`) {
        return {
          status: 200,
          body: {
            id: 'u1',
            roles: ['resident', 'agent'],
            profile: { name: '李代办', idNumberMasked: '1', phoneMasked: '1', verified: true },
            station: AGENT.station,
          },
        };
      }
      const q = query(call.url);
      expect(q.get('scope')).toBe('agent');
      return { status: 200, body: { items: [], total: totals[q.get('status') ?? 'all'] } };
    });
    render(<AgentStationPage />);
    await waitFor(() => expect(document.getElementById('agent-station-name')).not.toBeNull());
    expect(document.getElementById('agent-station-name')?.textContent).toBe('大店镇东山村代办点');
    for (const [key, n] of Object.entries(totals)) {
      expect(document.getElementById(`agent-count-${key}`)?.textContent).toContain(String(n));
    }
    expect(document.getElementById('agent-verify')).toBeNull();
    expect(
      calls.filter((c) => c.url.includes('/applications')).every((c) => query(c.url).get('pageSize') === '1'),
    ).toBe(true);
    fireEvent.click(document.getElementById('agent-count-draft') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/agent/cases/index?status=draft' });
    fireEvent.click(document.getElementById('agent-new') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/agent/new/index' });
  });

  it('asks an agent without a verified profile to verify first', async () => {
    loginAs();
    fakeServer((call) =>
      call.url === `${API}/me`
        ? { status: 200, body: { id: 'u1', roles: ['resident', 'agent'], profile: null, station: AGENT.station } }
        : { status: 200, body: { items: [], total: 0 } },
    );
    render(<AgentStationPage />);
    await waitFor(() => expect(document.getElementById('agent-verify')).not.toBeNull());
    expect(document.getElementById('agent-verify')?.textContent).toContain('实名认证');
  });
});
