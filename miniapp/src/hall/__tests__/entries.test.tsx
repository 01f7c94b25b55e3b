import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import CaseDetailPage from '@/pages/cases/detail/index';
import GuidePage from '@/pages/guide/index';
import LoginPage from '@/pages/login/index';
import MePage from '@/pages/me/index';
import { caseNeedsWindow } from '@/pages/cases/detail/HallSection';
import { pageForQrTarget } from '@/pages/qr/resolve';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { CASE_ID, caseView } from '@/__tests__/case-fixtures';
import { consentsAgreed, loginAs, pair } from '@/__tests__/helpers';
import { group, hallServer, ok } from './fixtures';

const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);
const GROUPS = { items: [group({ code: 'budongchan', items: ['BDC-ZHUANYI'] }), group()] };
const guide = (code: string) => ({
  code,
  name: '老年优待证办理',
  department: '县民政局',
  kind: '公共服务',
  legalBasis: '《老年人权益保障法》',
  conditions: [],
  materials: [],
  form: { fields: [] },
  process: ['申请'],
  legalDays: 20,
  promisedDays: 5,
  fee: { amount: 0 },
  delivery: { window: true, express: false, expressFee: 0 },
  windows: [],
  trips: 1,
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
});

describe('the hall’s entries', () => {
  it('a window’s code opens the window page; the hall’s code of a group opens it without a window', () => {
    expect(pageForQrTarget({ kind: 'window', target: 'zonghe:A03' })).toBe(
      '/hall/window/index?group=zonghe&window=A03',
    );
    expect(pageForQrTarget({ kind: 'window', target: 'shebao-yibao' })).toBe('/hall/window/index?group=shebao-yibao');
    // A code of the old hall-number form names no group: the qr page says it opens nothing here.
    expect(pageForQrTarget({ kind: 'window', target: '县政务服务中心一楼-A03' })).toBeNull();
  });

  it('a guide offers 预约办理 when a window group handles its item, booking with that group', async () => {
    hallServer({ 'GET /items/LAONIAN-YOUDAIZHENG': ok(guide('LAONIAN-YOUDAIZHENG')), 'GET /hall/groups': ok(GROUPS) });
    setRouterParams({ code: 'LAONIAN-YOUDAIZHENG' });
    render(<GuidePage />);
    await waitFor(() => expect(document.getElementById('guide-book')).not.toBeNull());
    click('guide-book');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/hall/book/index?group=zonghe' });
  });

  it('a guide of an item no group handles has no 预约办理 (nor when the groups cannot be read)', async () => {
    const calls = hallServer({ 'GET /items/GJJ-TIQU': ok(guide('GJJ-TIQU')), 'GET /hall/groups': ok(GROUPS) });
    setRouterParams({ code: 'GJJ-TIQU' });
    render(<GuidePage />);
    await screen.findByText('在线申请');
    // The groups were read (the guide's other read, GET /centre, is its phone lines').
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/hall/groups'))).toHaveLength(1));
    expect(document.getElementById('guide-book')).toBeNull();
  });

  it('a case to collect at the window offers 预约到窗口 with the group of its item, for that case', async () => {
    loginAs();
    const view = caseView({
      status: 'ready_for_pickup',
      number: 'ZW20261203000001',
      delivery: { method: 'window' },
      items: [
        {
          code: 'BDC-ZHUANYI',
          name: '不动产转移登记',
          department: '县自然资源局',
          status: 'approved',
          guideVersion: 1,
        },
      ],
    });
    hallServer({ [`GET /applications/${CASE_ID}`]: ok(view), 'GET /hall/groups': ok(GROUPS) });
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    await waitFor(() => expect(document.getElementById('case-book')).not.toBeNull());
    click('case-book');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/hall/book/index?group=budongchan&case=${CASE_ID}` });
  });

  it('only cases collected at a window, from approval on, need the window', () => {
    const window = { method: 'window' as const };
    expect(caseNeedsWindow({ status: 'ready_for_pickup', delivery: window })).toBe(true);
    expect(caseNeedsWindow({ status: 'approved', delivery: window })).toBe(true);
    expect(caseNeedsWindow({ status: 'submitted', delivery: window })).toBe(false);
    expect(caseNeedsWindow({ status: 'completed', delivery: window })).toBe(false);
    expect(caseNeedsWindow({ status: 'ready_for_pickup', delivery: null })).toBe(false);
    expect(caseNeedsWindow({ status: 'shipping', delivery: { method: 'express' } })).toBe(false);
  });

  it('我的 opens 我的预约/取号', async () => {
    hallServer({});
    render(<MePage />);
    click('me-hall');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/hall/appointments/index' });
  });

  it('a login started on a hall page comes back to it', async () => {
    Taro.setStorageSync('onetrip.oauthState', 'st4te');
    window.history.replaceState(null, '', '/?code=test_hall&state=st4te');
    // An account that agreed to the terms already: the login goes straight back (first use is the consent tests').
    hallServer({ 'POST /auth/wechat': ok(pair(1)), 'GET /me/consents': ok(consentsAgreed('terms')) });
    setRouterParams({ redirect: encodeURIComponent('/hall/window/index?group=zonghe&window=A03') });
    render(<LoginPage />);
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/hall/window/index?group=zonghe&window=A03' }),
    );
  });
});
