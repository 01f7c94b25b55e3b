import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ComplaintView } from '@onetrip/shared';
import ComplaintNewPage from '@/complaint/new/index';
import ComplaintDetailPage from '@/complaint/detail/index';
import { forgetCentre } from '@/hooks/use-centre';
import { formatDateTime } from '@/utils/time';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const CASE_ID = '65a0000000000000000000a1';
const ID = '65a0000000000000000000f1';
const PHOTO = '65a0000000000000000000e1';

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const el = (id: string) => document.getElementById(id) as HTMLElement;
const type = (id: string, value: string) =>
  fireEvent.input(el(id).querySelector('textarea') ?? el(id), { target: { value }, detail: { value } });

function view(over: Partial<ComplaintView> = {}): ComplaintView {
  return {
    id: ID,
    number: 'TS20261125000007',
    version: 1,
    kind: '投诉',
    category: '办事效率',
    text: '受理后一直没有进展。',
    photos: [],
    about: { type: 'case', caseId: CASE_ID, number: 'ZW20261125000123', itemNames: ['老年优待证办理'] },
    status: 'pending',
    filedAt: '2026-11-25T02:00:00.000Z',
    deadline: { dueAt: '2026-12-02T15:59:59.999Z', light: 'yellow' },
    answers: [],
    ratings: [],
    canRate: false,
    ...over,
  };
}

const CENTRE = { name: '中心', address: '人民路1号', phone: '0539-7212345', hotline: '12345', hours: '工作日' };

function serve(route: (call: FakeCall) => { status: number; body?: unknown } | undefined) {
  return fakeServer((call) => {
    if (call.url === `${API}/centre`) return { status: 200, body: CENTRE };
    return route(call) ?? { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

beforeEach(() => {
  forgetCentre();
  loginAs();
  URL.createObjectURL = jest.fn(() => 'blob:photo');
});

describe('投诉建议: the form', () => {
  it('opened from a case: says which, waits for a category and text, uploads a photo, files it and opens it', async () => {
    const calls = serve((call) =>
      call.method === 'POST' && call.url === `${API}/complaints` ? { status: 201, body: view() } : undefined,
    );
    Taro.uploadFile.mockImplementation(async () => ({
      statusCode: 201,
      data: JSON.stringify({ id: PHOTO, name: 'p.jpg', mime: 'image/jpeg', size: 10, sha256: 'x' }),
    }));
    setRouterParams({ case: CASE_ID, label: '办件 ZW20261125000123 老年优待证办理' });
    render(<ComplaintNewPage />);
    expect(text('complaint-about')).toBe('办件 ZW20261125000123 老年优待证办理');
    expect(text('complaint-promise')).toContain('5 个工作日内答复');
    const submit = el('complaint-submit');
    expect(submit.getAttribute('disabled')).not.toBeNull();

    fireEvent.click(el('complaint-kind-1'));
    expect(text('complaint-kind-1')).toBe('✓ 建议');
    fireEvent.click(el('complaint-category-1'));
    type('complaint-text', '  窗口午休时间太长  ');
    const input = el('complaint-photos').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(64)], 'p.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(el('complaint-photo-remove-0')).toBeTruthy());
    expect(el('complaint-submit').getAttribute('disabled')).toBeNull();

    fireEvent.click(el('complaint-submit'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/complaint/detail/index?id=${ID}` }));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.data).toEqual({
      kind: '建议',
      category: '服务态度',
      text: '窗口午休时间太长',
      photos: [PHOTO],
      about: { type: 'case', caseId: CASE_ID },
    });
  });

  it('about the centre when opened from 我的; a refusal (the day’s limit) is said and the form stays', async () => {
    const calls = serve((call) =>
      call.method === 'POST'
        ? { status: 429, body: errorBody('RATE_LIMITED', '今天提交的投诉建议已达上限，请明天再提交') }
        : undefined,
    );
    setRouterParams({});
    render(<ComplaintNewPage />);
    expect(text('complaint-about')).toBe('政务服务中心（总体）');
    fireEvent.click(el('complaint-category-5'));
    type('complaint-text', '希望增加周末办理时段');
    fireEvent.click(el('complaint-submit'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '今天提交的投诉建议已达上限，请明天再提交' }),
      ),
    );
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({
      kind: '投诉',
      category: '其他',
      text: '希望增加周末办理时段',
    });
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(el('complaint-submit')).toBeTruthy();
  });
});

describe('投诉建议: one complaint', () => {
  async function open(first: ComplaintView, rate?: (call: FakeCall) => { status: number; body?: unknown }) {
    const calls = serve((call) => {
      if (call.method === 'GET' && call.url === `${API}/complaints/${ID}`) return { status: 200, body: first };
      if (call.method === 'POST' && call.url === `${API}/complaints/${ID}/rating` && rate) return rate(call);
      return undefined;
    });
    setRouterParams({ id: ID });
    render(<ComplaintDetailPage />);
    await waitFor(() => expect(text('complaint-number')).toBe('TS20261125000007'));
    return calls;
  }

  it('waiting: its status, the time limit with its light, what it is about, whom to call; nothing to rate', async () => {
    await open(view());
    expect(text('complaint-status')).toBe('待处理');
    expect(text('complaint-deadline')).toBe(`应于 ${formatDateTime('2026-12-02T15:59:59.999Z')} 前答复 · 临近时限`);
    expect(el('complaint-deadline').className).toContain('complaint-light--yellow');
    expect(text('complaint-about')).toContain('办件 ZW20261125000123 老年优待证办理');
    expect(text('complaint-waiting')).toContain('5 个工作日内答复');
    expect(document.getElementById('complaint-rate')).toBeNull();
    expect(await screen.findByText('中心咨询电话 0539-7212345')).toBeTruthy();
    expect(screen.getByText('12345 政务服务便民热线')).toBeTruthy();
  });

  it('answered: shows the answer and rates it once; 不满意 sends it back for a second look', async () => {
    const answered = view({
      status: 'answered',
      version: 2,
      deadline: { dueAt: '2026-12-02T15:59:59.999Z', light: null },
      answers: [{ text: '已督促窗口今日办结。', at: '2026-11-26T03:00:00.000Z' }],
      canRate: true,
      rateBy: '2026-12-03T03:00:00.000Z',
    });
    const reopened = view({
      ...answered,
      status: 'pending',
      version: 3,
      canRate: false,
      deadline: { dueAt: '2026-12-04T15:59:59.999Z', light: 'green' },
      ratings: [{ result: '不满意', text: '还没办好', at: '2026-11-26T05:00:00.000Z' }],
    });
    const calls = await open(answered, () => ({ status: 200, body: reopened }));
    expect(text('complaint-status')).toBe('已答复');
    expect(text('complaint-answer-0')).toContain('已督促窗口今日办结。');
    expect(text('complaint-rate')).toContain('选“不满意”将转交复核，5 个工作日内再次答复。');
    type('complaint-rate-text', '还没办好');
    await act(async () => {
      fireEvent.click(el('complaint-rate-2'));
    });
    await waitFor(() => expect(text('complaint-status')).toBe('待处理'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.data)).toEqual([
      { result: '不满意', text: '还没办好' },
    ]);
    expect(text('complaint-answer-0')).toContain('您的评价：不满意（还没办好）');
    expect(document.getElementById('complaint-rate')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已转交复核' }));
  });
});
