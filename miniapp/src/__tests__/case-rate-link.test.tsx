import { fireEvent, render, waitFor } from '@testing-library/react';
import RateCasePage from '@/pages/cases/rate/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, type FakeCall } from './helpers';

const TOKEN = 'Qm9vc3Rlci1yYXRpbmctbGluay0wMDAx';
const LINK_URL = `${API}/rate/${TOKEN}`;
const NUMBER = 'ZW20261125000456';
const link = (rated = false) => ({
  number: NUMBER,
  itemNames: ['城乡居民基本养老保险参保登记', '居住证明'],
  completedAt: '2026-11-27T03:00:00.000Z',
  rated,
});

/** The BFF of the texted link: GET gives `shown`, POST what `rate` says; anything else 404. */
function serve(
  shown: { status: number; body?: unknown },
  rate: (call: FakeCall) => { status: number; body?: unknown } = () => ({ status: 500 }),
) {
  return fakeServer((call) => {
    if (call.method === 'GET' && call.url === LINK_URL) return shown;
    if (call.method === 'POST' && call.url === LINK_URL) return rate(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

/** Opened from the text: `?t=`, nobody signed in. */
async function openLink(shownId: string) {
  setRouterParams({ t: TOKEN });
  render(<RateCasePage />);
  await waitFor(() => expect(document.getElementById(shownId)).not.toBeNull());
}

describe('好差评 by the texted link (?t=, no login)', () => {
  it('shows the case, rates it with the token alone and thanks; a low score says a follow-up will come', async () => {
    const calls = serve({ status: 200, body: link() }, (call) => ({
      status: 201,
      body: { caseId: 'c1', ...(call.data as object), at: '2026-11-27T05:00:00.000Z' },
    }));
    await openLink('case-number');
    expect(text('case-number')).toBe(NUMBER);
    expect(text('rate-items')).toBe('城乡居民基本养老保险参保登记、居住证明');

    click('rate-star-1');
    click('rate-tag-attitude');
    click('rate-submit');
    await waitFor(() => expect(document.getElementById('rate-done')).not.toBeNull());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.data).toEqual({ score: 1, tags: ['态度'] });
    // Nobody is signed in, and no sign-in is asked for.
    for (const call of calls) expect(call.header.Authorization).toBeUndefined();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(text('rate-done-title')).toBe('感谢您的评价');
    expect(text('rate-done')).toContain('5 个工作日内回访');
    // There is no case page to go back to without signing in.
    expect(document.getElementById('rate-back')).toBeNull();
  });

  it('says the link is invalid or used when the server does not know it (404)', async () => {
    const calls = serve({ status: 404, body: errorBody('NOT_FOUND', '评价链接无效或已使用') });
    await openLink('rate-link-invalid');
    expect(text('rate-link-invalid')).toContain('评价链接无效或已使用');
    expect(document.getElementById('rate-stars')).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows a case rated already (in the app) as rated, without the form', async () => {
    const calls = serve({ status: 200, body: link(true) });
    await openLink('rate-done');
    expect(text('rate-done-title')).toBe('您已评价过这件办件');
    expect(document.getElementById('rate-stars')).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says the link is used when the rating comes back 404 (rated from another phone meanwhile)', async () => {
    serve({ status: 200, body: link() }, () => ({ status: 404, body: errorBody('NOT_FOUND', '评价链接无效或已使用') }));
    await openLink('rate-stars');
    click('rate-star-5');
    click('rate-submit');
    await waitFor(() => expect(document.getElementById('rate-link-invalid')).not.toBeNull());
    expect(document.getElementById('rate-submit')).toBeNull();
  });

  it('says the case was rated once already when the rating comes back 409', async () => {
    serve({ status: 200, body: link() }, () => ({
      status: 409,
      body: errorBody('INVALID_STATE', '该办件已评价，每件只能评价一次'),
    }));
    await openLink('rate-stars');
    click('rate-star-4');
    click('rate-submit');
    await waitFor(() => expect(text('rate-done-title')).toBe('您已评价过这件办件'));
  });

  it('keeps the form and shows why when sending fails otherwise', async () => {
    serve({ status: 200, body: link() }, () => ({
      status: 429,
      body: errorBody('RATE_LIMITED', '操作太频繁，请稍后再试'),
    }));
    await openLink('rate-stars');
    click('rate-star-3');
    click('rate-submit');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '操作太频繁，请稍后再试' })),
    );
    expect(document.getElementById('rate-submit')).not.toBeNull();
  });
});
