import { act, fireEvent, render, screen } from '@testing-library/react';
import { consentVersion, type PersonalDataSummary } from '@onetrip/shared';
import Taro from '@/__mocks__/taro';
import MyDataPage from '@/pages/me/data';
import { errorBody, fakeServer, loginAs } from './helpers';

const DATA: PersonalDataSummary = {
  account: { id: 'u1', createdAt: '2026-12-01T02:00:00.000Z', roles: ['resident'], wechat: ['weapp'] },
  profile: {
    name: '张小明',
    idNumberMasked: '110***********0025',
    phoneMasked: '138****8000',
    verifiedAt: '2026-12-01T02:10:00.000Z',
  },
  addresses: [
    { name: '张小明', phoneMasked: '139****5678', region: ['山东省', '临沂市', '莒南县'], detail: '幸福路 8 号' },
  ],
  cases: {
    total: 2,
    drafts: 1,
    open: 1,
    items: [
      {
        id: 'c1',
        number: 'JN20261201001',
        status: 'submitted',
        itemNames: ['居住证办理'],
        updatedAt: '2026-12-02T02:00:00.000Z',
      },
      { id: 'c2', status: 'draft', itemNames: ['营业执照'], updatedAt: '2026-12-02T01:00:00.000Z' },
    ],
  },
  uploads: { count: 3, bytes: 3 * 1024 * 1024, inCases: 2 },
  licences: [],
  consents: [
    {
      purpose: 'sensitive_id',
      version: consentVersion('sensitive_id'),
      action: 'agreed',
      at: '2026-12-01T02:09:00.000Z',
    },
    { purpose: 'terms', version: consentVersion('terms'), action: 'agreed', at: '2026-12-01T02:00:00.000Z' },
  ],
  sessions: [
    {
      platform: 'weapp',
      signedInAt: '2026-12-01T02:00:00.000Z',
      lastUsedAt: '2026-12-02T02:00:00.000Z',
      current: true,
    },
  ],
};

const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);

beforeEach(() => loginAs());

describe('个人信息', () => {
  it('shows what is held, masked, with the consents and their versions', async () => {
    fakeServer(() => ({ status: 200, body: DATA }));
    await act(async () => {
      render(<MyDataPage />);
    });
    expect(screen.getByText('110***********0025')).toBeTruthy();
    expect(screen.getByText('138****8000')).toBeTruthy();
    expect(screen.getByText('JN20261201001')).toBeTruthy();
    expect(screen.getByText('草稿（尚无编号）')).toBeTruthy();
    expect(screen.getByText('3 份，共 3.0 MB')).toBeTruthy();
    expect(screen.getByText('同意 · 用户服务协议和隐私政策')).toBeTruthy();
    expect(screen.getByText('同意 · 处理身份证号（实名认证）')).toBeTruthy();
    expect(screen.getAllByText(/版本 1\.0 \/ 1\.0/).length).toBe(1);
    expect(screen.getByText('微信小程序（本机）')).toBeTruthy();
    expect(document.getElementById('deletion-open')?.textContent).toContain('1 件办件正在办理中');
  });

  it('withdraws a consent after confirming, and reads again', async () => {
    const calls = fakeServer((call) => ({ status: 200, body: call.method === 'DELETE' ? {} : DATA }));
    await act(async () => {
      render(<MyDataPage />);
    });
    await act(async () => click('withdraw-sensitive_id'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回同意' }));
    const withdrawal = calls.find((c) => c.method === 'DELETE');
    expect(withdrawal?.url.endsWith('/me/consents/sensitive_id')).toBe(true);
  });

  it('explains deletion, and lists the cases the server names when it refuses', async () => {
    const calls = fakeServer((call) =>
      call.url.endsWith('/me/deletion')
        ? {
            status: 409,
            body: errorBody('INVALID_STATE', '您还有正在办理的办件，办结或撤回后才能注销账号', [
              { path: 'cases', id: 'c1', message: 'JN20261201001「居住证办理」已提交，尚未办结' },
            ]),
          }
        : { status: 200, body: DATA },
    );
    await act(async () => {
      render(<MyDataPage />);
    });
    expect(screen.getByText(/已提交的办件属于政务服务档案/)).toBeTruthy();
    await act(async () => click('deletion-start'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确定注销账号？' }));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ confirm: '注销账号' });
    const refused = document.getElementById('deletion-refused');
    expect(refused?.textContent).toContain('JN20261201001「居住证办理」已提交，尚未办结');
    // Still signed in.
    expect(Taro.getStorageSync('onetrip.refreshToken')).toBe('refresh-1');
  });

  it('signs out everywhere on this device once the account is deleted', async () => {
    fakeServer((call) =>
      call.url.endsWith('/me/deletion')
        ? {
            status: 200,
            body: {
              deletedAt: '2026-12-03T02:00:00.000Z',
              removed: { addresses: 1, drafts: 1, uploads: 2, sessions: 1 },
              kept: { cases: 1, consents: 2 },
            },
          }
        : { status: 200, body: { ...DATA, cases: { ...DATA.cases, open: 0 } } },
    );
    await act(async () => {
      render(<MyDataPage />);
    });
    await act(async () => click('deletion-start'));
    expect(Taro.getStorageSync('onetrip.refreshToken')).toBe('');
    expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '账号已注销' }));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});
