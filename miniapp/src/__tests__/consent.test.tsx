import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { consentVersion, idCheckChar, LEGAL_TEXTS } from '@onetrip/shared';
import Taro from '@/__mocks__/taro';
import {
  agreeTermsBeforeLogin,
  ConsentSheet,
  deviceAgreedTerms,
  forgetConsents,
  takeLoginAgreement,
  useIdentityUploadConsent,
} from '@/features/consent';
import { RealNameForm } from '@/pages/me/RealNameForm';
import { consentState } from './consent-fixtures';
import { fakeServer, type FakeCall } from './helpers';

const FIRST17 = '11010519491231002';
const VALID_ID = FIRST17 + idCheckChar(FIRST17);
const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement);
const type = (id: string, value: string) =>
  fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } });

beforeEach(() => forgetConsents());

/** A BFF that knows `agreed` and records each POST /me/consents. */
function consentServer(agreed: Parameters<typeof consentState>[0], other: (call: FakeCall) => unknown = () => ({})) {
  const now = [...agreed];
  return fakeServer((call) => {
    if (call.url.endsWith('/me/consents') && call.method === 'POST') {
      now.push((call.data as { purpose: (typeof agreed)[number] }).purpose);
      return { status: 201, body: consentState(now) };
    }
    if (call.url.endsWith('/me/consents')) return { status: 200, body: consentState(now) };
    return { status: 200, body: other(call) };
  });
}

describe('the consent sheet', () => {
  it('shows the agreement and the policy in short, with a link to each in full, and 不同意 / 同意', () => {
    const onAgree = jest.fn();
    const onDisagree = jest.fn();
    render(<ConsentSheet purpose="terms" onAgree={onAgree} onDisagree={onDisagree} />);
    expect(screen.getByText('《用户服务协议》')).toBeTruthy();
    expect(screen.getByText(`《${LEGAL_TEXTS.privacy.title}》`)).toBeTruthy();
    expect(screen.getByText(/仍可浏览办事指南/)).toBeTruthy();
    click('consent-read-privacy');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/legal/index?kind=privacy' });
    click('consent-disagree');
    expect(onDisagree).toHaveBeenCalledTimes(1);
    click('consent-agree');
    expect(onAgree).toHaveBeenCalledTimes(1);
  });

  it('states the purpose of the ID number before real-name verification', () => {
    render(<ConsentSheet purpose="sensitive_id" onAgree={jest.fn()} onDisagree={jest.fn()} />);
    expect(screen.getByText('实名认证需要您单独同意')).toBeTruthy();
    expect(screen.getByText(/核验您的身份/)).toBeTruthy();
    expect(document.getElementById('consent-read-sensitive-id')).not.toBeNull();
  });
});

describe('the terms agreed on the login page', () => {
  it('count for this device and for the login that follows, once', () => {
    expect(deviceAgreedTerms()).toBe(false);
    agreeTermsBeforeLogin(1_000);
    expect(deviceAgreedTerms()).toBe(true);
    expect(takeLoginAgreement(2_000)).toBe(true);
    expect(takeLoginAgreement(2_000)).toBe(false);
  });

  it('do not count for a login long after', () => {
    agreeTermsBeforeLogin(0);
    expect(takeLoginAgreement(11 * 60_000)).toBe(false);
  });
});

describe('实名认证 asks the ID number consent first', () => {
  const fill = () => {
    type('realname-name', '张三');
    type('realname-id', VALID_ID);
    type('phone-input', '13800138000');
  };

  it('records the consent with its version before PUT /me/profile', async () => {
    const calls = consentServer(['terms'], () => ({
      name: '张三',
      idNumberMasked: 'x',
      phoneMasked: 'y',
      verified: true,
    }));
    render(<RealNameForm onSaved={jest.fn()} />);
    fill();
    await act(async () => click('realname-submit'));
    expect(document.getElementById('consent-sensitive_id')).not.toBeNull();
    expect(calls.some((c) => c.url.endsWith('/me/profile'))).toBe(false);
    await act(async () => click('consent-agree'));
    const [post, put] = calls.filter((c) => c.method !== 'GET');
    expect(post).toMatchObject({
      method: 'POST',
      data: { purpose: 'sensitive_id', version: consentVersion('sensitive_id') },
    });
    expect(put?.url.endsWith('/me/profile')).toBe(true);
    expect(document.getElementById('consent-sensitive_id')).toBeNull();
  });

  it('sends nothing on 不同意 and says where else to go', async () => {
    const calls = consentServer(['terms']);
    render(<RealNameForm onSaved={jest.fn()} />);
    fill();
    await act(async () => click('realname-submit'));
    await act(async () => click('consent-disagree'));
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: expect.stringContaining('大厅窗口') }),
    );
  });
});

describe('the first identity document upload', () => {
  const own = { submittedBy: { role: 'resident' as const, userId: 'u1' } };

  it('asks once for an ID card, never for other materials', async () => {
    const calls = consentServer(['terms']);
    const { result } = renderHook(() => useIdentityUploadConsent(own));
    await expect(result.current.beforeUpload({ code: 'household', category: '文书类' })).resolves.toBe(true);
    expect(calls).toHaveLength(0);
    let answer: Promise<boolean> | undefined;
    await act(async () => {
      answer = result.current.beforeUpload({ code: 'id_card_front', category: '证件类' });
    });
    const { container } = render(<>{result.current.sheet}</>);
    expect(container.querySelector('#consent-id_photo')).not.toBeNull();
    await act(async () => fireEvent.click(container.querySelector('#consent-agree') as HTMLElement));
    await expect(answer).resolves.toBe(true);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.data)).toEqual([
      { purpose: 'id_photo', version: consentVersion('id_photo') },
    ]);
    // Agreed: the next ID card goes straight on.
    await expect(result.current.beforeUpload({ code: 'id_card', category: '证件类' })).resolves.toBe(true);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it("does not ask an agent uploading a resident's ID card", async () => {
    Taro.setStorageSync('onetrip.user', JSON.stringify({ id: 'agent-1', roles: ['resident', 'agent'] }));
    const calls = consentServer([]);
    const { result } = renderHook(() =>
      useIdentityUploadConsent({ submittedBy: { role: 'agent', userId: 'agent-1' } }),
    );
    await expect(result.current.beforeUpload({ code: 'id_card', category: '证件类' })).resolves.toBe(true);
    expect(calls).toHaveLength(0);
  });
});
