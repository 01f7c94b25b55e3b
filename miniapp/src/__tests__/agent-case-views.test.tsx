import { fireEvent, render, waitFor } from '@testing-library/react';
import { AuthorizationSection } from '@/apply/review/AuthorizationSection';
import CaseListPage from '@/pages/cases/list/index';
import GuidePage from '@/pages/guide/index';
import { AgentSection } from '@/pages/cases/detail/AgentSection';
import CaseDetailPage from '@/pages/cases/detail/index';
import MePage from '@/pages/me/index';
import QrPage from '@/pages/qr/index';
import Taro, { setRouterParams, storageSnapshot } from '@/__mocks__/taro';
import { API, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';
import { AUTH_ID, verifiedMe } from './authorization-fixtures';

const STATION = { town: '大店镇', village: '东山村' };
const agentCase = (over: Parameters<typeof caseView>[0] = {}) =>
  caseView({
    submittedBy: { role: 'agent', userId: 'agent-1', name: '李代办', station: STATION },
    authorization: { id: AUTH_ID, status: 'pending', qrToken: 'Tok3n_abcd' },
    ...over,
  });
const signInAs = (id: string) => {
  loginAs();
  Taro.setStorageSync('onetrip.user', JSON.stringify({ id, roles: ['resident'], realNameVerified: true }));
};
const text = (id: string) => document.getElementById(id)?.textContent ?? '';

describe('the authorization code', () => {
  it('opens the confirm page of the authorization it resolves to', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { kind: 'authorization', target: AUTH_ID } }));
    setRouterParams({ token: 'Tok3n_abcd' });
    render(<QrPage />);
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/pages/authorization/index?id=${AUTH_ID}` }),
    );
    expect(calls[0]?.url).toBe(`${API}/qr/Tok3n_abcd`);
  });
});

describe('cases an agent submitted in my name', () => {
  it('say who applied in the list of my cases', async () => {
    loginAs();
    fakeServer(() => ({
      status: 200,
      body: {
        items: [
          {
            id: 'c1',
            status: 'submitted',
            itemNames: ['老年优待证办理'],
            updatedAt: '2026-11-26T02:00:00.000Z',
            submittedBy: { role: 'agent', name: '李代办', station: STATION },
          },
          {
            id: 'c2',
            status: 'draft',
            itemNames: ['营业执照'],
            updatedAt: '2026-11-25T02:00:00.000Z',
            submittedBy: { role: 'resident' },
          },
        ],
        total: 2,
      },
    }));
    render(<CaseListPage />);
    await waitFor(() => expect(document.getElementById('case-c1')).not.toBeNull());
    expect(text('case-agent-c1')).toBe('由代办员 李代办（大店镇东山村代办点）代办');
    expect(document.getElementById('case-agent-c2')).toBeNull();
  });

  it('say who applied on the case page, with the way to 授权管理', () => {
    signInAs('resident-1');
    render(<AgentSection view={agentCase()} />);
    expect(text('case-agent')).toContain('由代办员 李代办（大店镇东山村代办点）代办');
    fireEvent.click(document.getElementById('case-agent') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/authorizations/index' });
  });

  it('show the agent who submitted it the authorization instead', () => {
    signInAs('agent-1');
    render(<AgentSection view={agentCase()} />);
    expect(document.getElementById('case-agent')).toBeNull();
    expect(text('case-authorization')).toContain('尚未取得居民授权');
    expect(text('case-authorization')).toContain('待居民确认');
    fireEvent.click(document.getElementById('case-authorization') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/agent/authorization/index?id=${CASE_ID}` });
  });

  it('name the paper authorization when a notice refuses it', async () => {
    signInAs('agent-1');
    caseServer(
      agentCase({
        status: 'supplement_required',
        number: 'ZW20261125000123',
        authorization: {
          id: AUTH_ID,
          status: 'pending',
          qrToken: 'x',
          paper: { uploadId: 'u', check: 'refused', note: '签名不清晰' },
        },
        notices: [
          {
            id: 'n1',
            at: '2026-11-26T02:00:00.000Z',
            problems: [{ materialCode: 'authorization', reason: '签名不清晰' }],
          },
        ],
      }),
    );
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    await waitFor(() => expect(document.getElementById('case-notices')).not.toBeNull());
    expect(text('case-notices')).toContain('材料：纸质授权委托书');
    expect(text('case-authorization')).toContain('纸质授权书未通过');
  });

  it('show nothing of the kind on a resident’s own case', () => {
    signInAs('u1');
    const { container } = render(<AgentSection view={caseView()} />);
    expect(container.textContent).toBe('');
  });
});

describe('the review step of an agent case', () => {
  it('says submit waits for the authorization, and where to get it', () => {
    render(<AuthorizationSection view={agentCase()} />);
    expect(text('review-authorization')).toContain('尚未取得居民授权，暂不能提交');
    fireEvent.click(document.getElementById('review-authorization-go') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/agent/authorization/index?id=${CASE_ID}` });
  });

  it('counts a paper form staff have not refused', () => {
    render(
      <AuthorizationSection
        view={agentCase({
          authorization: { id: AUTH_ID, status: 'pending', qrToken: 'x', paper: { uploadId: 'u', check: 'unchecked' } },
        })}
      />,
    );
    expect(text('review-authorization')).toContain('已取得居民授权');
    expect(text('review-authorization')).toContain('待窗口核验：已上传纸质授权委托书');
  });

  it('is absent from a resident’s own case', () => {
    const { container } = render(<AuthorizationSection view={caseView()} />);
    expect(container.textContent).toBe('');
  });
});

describe('我的', () => {
  it('opens the agent area for an agent, and 授权管理 for everyone', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { ...verifiedMe, roles: ['resident', 'agent'], station: STATION } }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('agent-entry')).not.toBeNull());
    fireEvent.click(document.getElementById('agent-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/agent/station/index' });
    fireEvent.click(document.getElementById('me-authorizations') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/authorizations/index' });
  });

  it('has no agent entry for a resident', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: verifiedMe }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('profile-card')).not.toBeNull());
    expect(document.getElementById('agent-entry')).toBeNull();
  });

  it('brings a resident back to the authorization they opened once verified', async () => {
    loginAs();
    Taro.setStorageSync('onetrip.pendingAuthorization', AUTH_ID);
    fakeServer(() => ({ status: 200, body: verifiedMe }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('resume-authorization')).not.toBeNull());
    fireEvent.click(document.getElementById('resume-authorization') as HTMLElement);
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/authorization/index?id=${AUTH_ID}` }),
    );
    expect(storageSnapshot().has('onetrip.pendingAuthorization')).toBe(false);
  });

  it('tells an unverified resident why to verify', async () => {
    loginAs();
    Taro.setStorageSync('onetrip.pendingAuthorization', AUTH_ID);
    fakeServer(() => ({ status: 200, body: { id: 'u1', roles: ['resident'], profile: null } }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('authorization-hint')).not.toBeNull());
    expect(document.getElementById('resume-authorization')).toBeNull();
  });
});

describe('a guide', () => {
  const item = {
    code: 'LAONIAN-YOUDAIZHENG',
    name: '老年优待证办理',
    department: '县民政局',
    materials: [],
    conditions: [],
    process: [],
    windows: [],
    form: { fields: [] },
    fee: { amount: 0 },
    delivery: { window: true, express: true, expressFee: 0 },
    trips: 0,
    promisedDays: 2,
    legalDays: 10,
    kind: '公共服务',
    legalBasis: '',
  };

  it('lets an agent start a case for a resident from it', async () => {
    loginAs();
    Taro.setStorageSync(
      'onetrip.user',
      JSON.stringify({ id: 'agent-1', roles: ['resident', 'agent'], realNameVerified: true }),
    );
    fakeServer(() => ({ status: 200, body: item }));
    setRouterParams({ code: item.code });
    render(<GuidePage />);
    await waitFor(() => expect(document.getElementById('guide-agent-apply')).not.toBeNull());
    fireEvent.click(document.getElementById('guide-agent-apply') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/agent/new/index?code=${item.code}` });
  });

  it('offers only 在线申请 to a resident', async () => {
    signInAs('u1');
    fakeServer(() => ({ status: 200, body: item }));
    setRouterParams({ code: item.code });
    render(<GuidePage />);
    await waitFor(() => expect(document.getElementById('guide-apply')).not.toBeNull());
    expect(document.getElementById('guide-agent-apply')).toBeNull();
  });
});
