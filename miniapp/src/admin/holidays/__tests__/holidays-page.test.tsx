import { fireEvent, render, waitFor } from '@testing-library/react';
import AdminHolidaysPage from '@/admin/holidays/index';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

const NOTICE = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
八、某节：另行通知。`;

type Answer = { status: number; body?: unknown };

function server(save: Answer = { status: 200, body: {} }) {
  const stored: Record<number, { days: string[]; workdays: string[] }> = {};
  const calls = fakeServer((call: FakeCall): Answer => {
    const year = Number(/\/admin\/holidays\/(\d{4})$/.exec(call.url)?.[1]);
    if (!year) return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
    if (call.method === 'PUT') {
      if (save.status === 200) stored[year] = call.data as { days: string[]; workdays: string[] };
      return save.status === 200 ? { status: 200, body: { year, ...stored[year] } } : save;
    }
    const saved = stored[year];
    return {
      status: 200,
      body: saved
        ? { year, ...saved, stored: true, updatedAt: '2025-11-20T02:00:00.000Z' }
        : { year, days: [], workdays: [], stored: false },
    };
  });
  return calls;
}

beforeEach(() => {
  // Only the date: November 2025, when the 2026 notice is out.
  jest.useFakeTimers({
    now: new Date('2025-11-20T10:00:00+08:00'),
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'nextTick',
      'queueMicrotask',
    ],
  });
});
afterEach(() => jest.useRealTimers());

async function open() {
  loginAs();
  render(<AdminHolidaysPage />);
  await waitFor(() => expect(byId('holiday-notice')).toBeTruthy());
}

describe('节假日安排', () => {
  it('starts on next year in November, reads a pasted notice, lists the days by month and what it could not read', async () => {
    const calls = server();
    await open();
    expect(text('holiday-year')).toBe('2026 年');
    expect(calls.map((c) => c.url)).toEqual([`${API}/admin/holidays/2026`, `${API}/admin/holidays/2027`]);
    expect(text('holiday-status')).toBe('尚未设置：办结期限目前只按周末计算');

    typeInto('holiday-notice', NOTICE);
    fireEvent.click(byId('holiday-parse'));
    expect(text('holiday-parsed')).toContain('识别出放假 10 天、调休上班 3 天');
    expect(text('holiday-unread-0')).toContain('八、某节：另行通知');
    expect(text('holiday-unread-0')).toContain('未找到放假或上班的日期');
    expect(byId('holiday-day-2026-10-01').className).toContain('holidays-day--off');
    expect(text('holiday-workday-2026-10-10')).toContain('班');
    expect(text('holiday-month-9')).toContain('20日 周日');
    expect(text('holiday-status')).toBe('有未保存的修改');
  });

  it('edits single days and previews due dates under the saved and the edited calendar', async () => {
    server();
    await open();
    typeInto('holiday-notice', NOTICE);
    fireEvent.click(byId('holiday-parse'));
    // Accepted 30 September with 5 working days: weekends only → 7 October; with the holiday → 13 October.
    const row = [...document.querySelectorAll('[id^="holiday-preview-"]')].find((r) =>
      r.textContent?.startsWith('2026-09-305 个工作日'),
    );
    expect(row?.textContent).toBe('2026-09-305 个工作日2026-10-072026-10-13（有变化）');

    fireEvent.click(byId('holiday-remove-2026-10-07'));
    expect(document.getElementById('holiday-day-2026-10-07')).toBeNull();
    fireEvent.click(byId('holiday-add-work'));
    fireEvent.change(byId('holiday-add-date').querySelector('input.picker-mock') as HTMLElement, {
      target: { value: '2026-03-04' },
    });
    fireEvent.click(byId('holiday-add'));
    expect(text('holiday-add-error')).toBe('2026-03-04 是周三，本来就上班，无需调休');
    fireEvent.click(byId('holiday-add-off'));
    fireEvent.click(byId('holiday-add'));
    expect(byId('holiday-day-2026-03-04')).toBeTruthy();
  });

  it('saves the edited year and shows it as saved; a refusal is shown', async () => {
    const calls = server();
    await open();
    typeInto('holiday-notice', NOTICE);
    fireEvent.click(byId('holiday-parse'));
    fireEvent.click(byId('holiday-save'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '2026 年节假日安排已保存', icon: 'success' }),
    );
    const put = calls.find((c) => c.method === 'PUT') as FakeCall;
    expect(put.url).toBe(`${API}/admin/holidays/2026`);
    expect(put.data).toEqual({
      days: ['2026-01-01', '2026-01-02', '2026-01-03', ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d}`)],
      workdays: ['2026-01-04', '2026-09-20', '2026-10-10'],
    });
    await waitFor(() => expect(text('holiday-status')).toContain('已保存'));
    expect(byId('holiday-save').hasAttribute('disabled')).toBe(true);
  });

  it('shows why the server refused the calendar', async () => {
    server({
      status: 400,
      body: errorBody('VALIDATION_FAILED', '2026-10-12 不是周末，无需调休上班', [
        { in: 'body', path: 'workdays.0', message: '2026-10-12 不是周末，无需调休上班' },
      ]),
    });
    await open();
    typeInto('holiday-notice', NOTICE);
    fireEvent.click(byId('holiday-parse'));
    fireEvent.click(byId('holiday-save'));
    await waitFor(() => expect(text('holiday-save-error')).toBe('2026-10-12 不是周末，无需调休上班'));
  });
});
