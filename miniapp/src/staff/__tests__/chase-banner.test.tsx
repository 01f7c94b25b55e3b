import { render, waitFor } from '@testing-library/react';
import StaffQueuePage from '@/staff/queue/index';
import StaffCasePage from '@/staff/case/index';
import { setRouterParams } from '@/__mocks__/taro';
import { CASE_ID } from '@/__tests__/case-fixtures';
import { API, loginAs } from '@/__tests__/helpers';
import { formatDateTime } from '@/utils/time';
import { staffCase, staffServer } from './staff-fixtures';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';

const row = (id: string, chasedAt?: string) => ({
  id,
  number: `ZW2026112500000${id.slice(-1)}`,
  status: 'accepted',
  itemNames: ['老年优待证办理'],
  applicantName: '李*',
  submittedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-11-24T09:00:00.000Z',
  light: 'red',
  paused: false,
  ...(chasedAt ? { chasedAt } : {}),
});

describe('效能监察’s chase as the window sees it', () => {
  it('the case page shows the 催办 banner with when and the note, above the case', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    staffServer((call) =>
      call.url === `${API}/staff/applications/${CASE_ID}`
        ? {
            status: 200,
            body: staffCase({ status: 'accepted', chase: { at: '2026-12-03T02:45:00.000Z', note: '请今天内审批' } }),
          }
        : { status: 404 },
    );
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('case-chase-banner')).not.toBeNull());
    expect(text('case-chase-banner')).toContain('效能监察已催办');
    expect(text('case-chase-at')).toBe(formatDateTime('2026-12-03T02:45:00.000Z'));
    expect(text('case-chase-note')).toBe('督办意见：请今天内审批');
  });

  it('no chase, no banner', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    staffServer(() => ({ status: 200, body: staffCase() }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('case-number')).not.toBeNull());
    expect(document.getElementById('case-chase-banner')).toBeNull();
  });

  it('the queue row of a chased case says 已催办; the others do not', async () => {
    loginAs();
    staffServer(() => ({ status: 200, body: { items: [row('r1', '2026-12-03T02:45:00.000Z'), row('r2')], total: 2 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-row-r1')).not.toBeNull());
    expect(text('chased-r1')).toBe('已催办');
    expect(document.getElementById('chased-r2')).toBeNull();
  });
});
