import { fireEvent, render, waitFor } from '@testing-library/react';
import {
  EVALUATION_TAGS,
  FOLLOWUP_MAX_SCORE as SERVER_FOLLOWUP_MAX_SCORE,
  FOLLOWUP_WORKING_DAYS,
  type ApplicationView,
} from '@onetrip/shared';
import CaseDetailPage from '@/pages/cases/detail/index';
import RateCasePage from '@/pages/cases/rate/index';
import { FOLLOWUP_DAYS, FOLLOWUP_MAX_SCORE, RATING_TAGS } from '@/pages/cases/rate/rating';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';

const NUMBER = 'ZW20261125000123';
const CASE_URL = `${API}/applications/${CASE_ID}`;
const RATE_URL = `${CASE_URL}/evaluation`;

const completed = (over: Partial<ApplicationView> = {}) =>
  caseView({
    number: NUMBER,
    status: 'completed',
    version: 12,
    timeline: [
      { at: '2026-11-25T02:30:00.000Z', actor: { role: 'resident' }, action: 'submitted' },
      { at: '2026-11-27T03:00:00.000Z', actor: { role: 'staff' }, action: 'completed' },
    ],
    ...over,
  });
const rated = () =>
  completed({
    timeline: [
      ...completed().timeline,
      { at: '2026-11-27T05:00:00.000Z', actor: { role: 'resident' }, action: 'evaluated' },
    ],
  });

function serve(
  view: ApplicationView,
  rate: (call: FakeCall) => { status: number; body?: unknown } = () => ({ status: 500 }),
) {
  return fakeServer((call) => {
    if (call.method === 'GET' && call.url === CASE_URL) return { status: 200, body: view };
    if (call.method === 'POST' && call.url === RATE_URL) return rate(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

async function openRate(params: Record<string, string> = {}) {
  loginAs();
  setRouterParams({ id: CASE_ID, ...params });
  render(<RateCasePage />);
  await waitFor(() => expect(document.getElementById('case-number')).not.toBeNull());
}

describe('the rating page’s rules', () => {
  it('offers exactly the reasons and the follow-up rule the server knows', () => {
    expect(RATING_TAGS.map((t) => t.tag)).toEqual([...EVALUATION_TAGS]);
    expect(FOLLOWUP_MAX_SCORE).toBe(SERVER_FOLLOWUP_MAX_SCORE);
    expect(FOLLOWUP_DAYS).toBe(FOLLOWUP_WORKING_DAYS);
  });
});

describe('好差评 page', () => {
  it('rates with stars, reasons and text, then thanks the resident and says a follow-up will come', async () => {
    const calls = serve(completed(), (call) => ({
      status: 201,
      body: { caseId: CASE_ID, ...(call.data as object), at: '2026-11-27T05:00:00.000Z' },
    }));
    await openRate();
    expect(text('case-number')).toBe(NUMBER);
    const submit = () => document.getElementById('rate-submit') as HTMLButtonElement;
    expect(submit().disabled).toBe(true);
    expect(text('rate-score-label')).toBe('请点击星星打分');

    click('rate-star-4');
    expect(text('rate-score-label')).toBe('4 星 · 满意');
    expect(document.getElementById('rate-followup-hint')).toBeNull();
    click('rate-star-2');
    expect(text('rate-score-label')).toBe('2 星 · 不满意');
    expect(document.querySelectorAll('.rate-star--on')).toHaveLength(2);
    expect(text('rate-followup-hint')).toContain('5 个工作日内回访');

    click('rate-tag-other');
    click('rate-tag-overdue');
    click('rate-tag-attitude');
    click('rate-tag-attitude');
    expect(document.getElementById('rate-tag-overdue')?.className).toContain('chip--active');
    expect(document.getElementById('rate-tag-attitude')?.className).not.toContain('chip--active');
    fireEvent.change(document.getElementById('rate-comment') as HTMLTextAreaElement, {
      target: { value: '  窗口让我多跑了一趟 ' },
    });
    expect(submit().disabled).toBe(false);
    click('rate-submit');

    await waitFor(() => expect(document.getElementById('rate-done')).not.toBeNull());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe(RATE_URL);
    // Reasons go in the list's order, whatever order they were tapped in.
    expect(posts[0]?.data).toEqual({ score: 2, tags: ['超时办理', '其他'], comment: '窗口让我多跑了一趟' });
    expect(text('rate-done-title')).toBe('感谢您的评价');
    expect(text('rate-done-score')).toContain('★★☆☆☆');
    expect(text('rate-done')).toContain('5 个工作日内回访');
    expect(document.getElementById('rate-submit')).toBeNull();
  });

  it('sends the score alone when nothing else was given', async () => {
    const calls = serve(completed(), (call) => ({
      status: 201,
      body: { caseId: CASE_ID, tags: [], ...(call.data as object), at: '2026-11-27T05:00:00.000Z' },
    }));
    await openRate();
    click('rate-star-5');
    click('rate-submit');
    await waitFor(() => expect(document.getElementById('rate-done')).not.toBeNull());
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ score: 5 });
    expect(text('rate-done')).not.toContain('回访');
  });

  it('explains that a case is rated once when the server says it already was (409)', async () => {
    serve(completed(), () => ({ status: 409, body: errorBody('INVALID_STATE', '该办件已评价，每件只能评价一次') }));
    await openRate();
    click('rate-star-3');
    click('rate-submit');
    await waitFor(() => expect(text('rate-done-title')).toBe('您已评价过这件办件'));
    expect(text('rate-done')).toContain('每件办件只能评价一次');
    expect(document.getElementById('rate-submit')).toBeNull();
  });

  it('keeps the form and shows why when sending fails otherwise', async () => {
    serve(completed(), () => ({ status: 429, body: errorBody('RATE_LIMITED', '操作太频繁，请稍后再试') }));
    await openRate();
    click('rate-star-3');
    click('rate-submit');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '操作太频繁，请稍后再试' })),
    );
    expect(document.getElementById('rate-submit')).not.toBeNull();
    expect(document.getElementById('rate-done')).toBeNull();
  });

  it('shows a rated case as rated, without the form', async () => {
    const calls = serve(rated());
    await openRate();
    expect(text('rate-done-title')).toBe('您已评价过这件办件');
    expect(document.getElementById('rate-stars')).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('waits for the case to be completed', async () => {
    serve(completed({ status: 'ready_for_pickup' }));
    await openRate();
    expect(text('rate-unavailable')).toContain('办结后才能评价');
    expect(text('rate-unavailable')).toContain('待领取');
    expect(document.getElementById('rate-stars')).toBeNull();
  });

  it('goes back to the case page it came from, or opens it when linked from elsewhere', async () => {
    serve(rated());
    await openRate({ from: 'case' });
    click('rate-back');
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1);
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('opens the case page after a rating reached from a delivery link', async () => {
    serve(rated());
    await openRate();
    click('rate-back');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/pages/cases/detail/index?id=${CASE_ID}` });
  });
});

describe('好差评 on the case page', () => {
  async function openDetail(view: ApplicationView) {
    serve(view);
    loginAs();
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    await waitFor(() => expect(document.getElementById('case-status')).not.toBeNull());
  }

  it('offers 评价 on a completed case that has not been rated', async () => {
    await openDetail(completed());
    expect(text('case-status')).toBe('已办结');
    expect(document.getElementById('rated-note')).toBeNull();
    click('rate-button');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/cases/rate/index?id=${CASE_ID}&from=case` });
  });

  it('shows that the case was rated, in its own words and in the timeline', async () => {
    await openDetail(rated());
    expect(document.getElementById('rate-button')).toBeNull();
    expect(text('rated-note')).toContain('您已评价本次服务');
    expect(document.querySelector('#case-timeline .timeline__label')?.textContent).toBe('已评价');
  });

  it('offers no rating before the case is completed', async () => {
    await openDetail(completed({ status: 'ready_for_pickup', pickupCode: '123456' }));
    expect(document.getElementById('case-rating')).toBeNull();
    expect(text('pickup-code')).toBe('123456');
  });
});
