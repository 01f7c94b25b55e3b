import { fireEvent, render, waitFor } from '@testing-library/react';
import { type ComplaintRow, type SupervisionComplaintView } from '@onetrip/shared';
import AdminComplaintsPage from '@/admin/complaints/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const ID = '65a0000000000000000000f1';
const OTHER = '65a0000000000000000000f2';
const about = {
  type: 'case' as const,
  caseId: '65a0000000000000000000a1',
  number: 'ZW20261125000123',
  itemNames: ['公积金提取'],
};

const row = (id: string, light: 'red' | 'green'): ComplaintRow => ({
  id,
  number: `TS2026112500000${id.slice(-1)}`,
  kind: '投诉',
  category: '办事效率',
  excerpt: '电话一直无人接听',
  about,
  status: 'pending',
  filedAt: '2026-11-18T02:00:00.000Z',
  dueAt: '2026-11-25T15:59:59.999Z',
  light,
  round: 1,
});

const opened = (over: Partial<SupervisionComplaintView> = {}): SupervisionComplaintView => ({
  id: ID,
  number: 'TS20261125000001',
  version: 4,
  kind: '投诉',
  category: '办事效率',
  text: '电话一直无人接听，不知道进度。',
  photos: [],
  about,
  status: 'pending',
  filedAt: '2026-11-18T02:00:00.000Z',
  deadline: { dueAt: '2026-11-25T15:59:59.999Z', light: 'red' },
  answers: [],
  ratings: [],
  canRate: false,
  departments: ['县住房公积金管理中心'],
  complainant: { name: '赵*芳', phoneMasked: '139****1234' },
  ...over,
});

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const el = (id: string) => document.getElementById(id) as HTMLElement;

function serve(answer: (call: FakeCall) => { status: number; body?: unknown }) {
  return fakeServer((call) => {
    if (call.method === 'GET' && call.url.startsWith(`${API}/supervision/complaints?`))
      return { status: 200, body: { items: [row(ID, 'red'), row(OTHER, 'green')], total: 2 } };
    if (call.method === 'GET' && call.url === `${API}/supervision/complaints/${ID}`)
      return { status: 200, body: opened() };
    if (call.method === 'POST' && call.url === `${API}/supervision/complaints/${ID}/answer`) return answer(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

beforeEach(() => {
  loginAs('access-admin');
  setRouterParams({});
});

describe('投诉建议 of the console', () => {
  it('lists the waiting ones with their lights, opens one and answers it with the version read', async () => {
    const { status: _s, ...rest } = opened();
    const calls = serve(() => ({
      status: 200,
      body: {
        ...rest,
        status: 'answered',
        version: 5,
        answers: [{ text: '已责成窗口整改。', at: '2026-11-26T02:00:00.000Z' }],
        deadline: { dueAt: rest.deadline.dueAt, light: null },
      },
    }));
    render(<AdminComplaintsPage />);
    await waitFor(() => expect(text(`queue-light-${ID}`)).toBe('已超时'));
    expect(text(`queue-light-${OTHER}`)).toBe('正常');
    expect(new URL(calls[0]?.url ?? '').searchParams.get('status')).toBe('pending');

    fireEvent.click(el(`queue-${ID}`));
    await waitFor(() => expect(text('complaint-case-person')).toContain('赵*芳 139****1234'));
    expect(text('complaint-case-due')).toContain('已超时');
    fireEvent.input(el('complaint-answer-text'), {
      target: { value: '已责成窗口整改。' },
      detail: { value: '已责成窗口整改。' },
    });
    fireEvent.click(el('complaint-answer-submit'));
    await waitFor(() => expect(text('complaint-case-status')).toBe('已答复'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.data).toEqual({ text: '已责成窗口整改。' });
    expect(post?.header['If-Match'] ?? post?.header['if-match']).toBe('4');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已答复，已通知投诉人' }));
  });

  it('narrows the queue to one light, and to answered ones', async () => {
    const calls = serve(() => ({ status: 500 }));
    render(<AdminComplaintsPage />);
    await waitFor(() => expect(document.getElementById(`queue-${ID}`)).not.toBeNull());
    fireEvent.click(el('chip-red'));
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('light') === 'red')).toBe(true));
    fireEvent.click(el('chip-answered'));
    await waitFor(() =>
      expect(new URL(calls[calls.length - 1]?.url ?? '').searchParams.get('status')).toBe('answered'),
    );
    expect(new URL(calls[calls.length - 1]?.url ?? '').searchParams.get('light')).toBeNull();
  });
});
