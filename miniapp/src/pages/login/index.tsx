import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Page } from '@/components';
import {
  agreeTermsBeforeLogin,
  CONSENT_COPY,
  ConsentSheet,
  deviceAgreedTerms,
  forgetConsents,
  isAgreed,
  recordAgreement,
  takeLoginAgreement,
  useConsentPrompt,
} from '@/features/consent';
import { LOGIN_PLATFORM, startLogin, takeReturnedCode } from '@/platform/login';
import { login, logout } from '@/services/auth';
import { PAGES, replacePage } from '@/utils/navigation';
import { safeDecode } from '@/utils/qr';
import './index.scss';
import { toast } from '@/utils/toast';

/** Where a login may return to: the main package, and the hall's pages (a window's 取号, booking, my tickets). */
const RETURN_ROOTS = ['/pages/', '/hall/'];
const isOwnPage = (url: string | null | undefined) => !!url && RETURN_ROOTS.some((root) => url.startsWith(root));

/** Only pages of this app may be returned to (no open redirect). */
function returnTo(raw: string | undefined): string {
  if (!raw) return PAGES.me;
  const url = isOwnPage(raw) ? raw : safeDecode(raw);
  return url && isOwnPage(url) ? url : PAGES.me;
}

/**
 * The account has agreed to the terms in force: recorded now when the person agreed on this page
 * moments ago, else asked (an account new to them, or a new version). 不同意 signs out again.
 */
async function termsAgreedAfterLogin(ask: (purpose: 'terms') => Promise<boolean>): Promise<boolean> {
  forgetConsents();
  const agreedHere = takeLoginAgreement();
  if (await isAgreed('terms').catch(() => false)) return true;
  if (agreedHere) {
    try {
      await recordAgreement('terms');
      return true;
    } catch {
      // Not recorded (network): asked again below, so the record is not skipped.
    }
  }
  return ask('terms');
}

/**
 * 微信一键登录; on H5 this page is also where WeChat OAuth comes back to (`?code=` before the `#`).
 * First use on a device shows the agreement and the policy before signing in; the account's
 * agreement is recorded (POST /me/consents) before going on. 不同意: back to browsing the guides.
 */
export default function LoginPage() {
  const redirect = returnTo(useRouter().params.redirect);
  const [busy, setBusy] = useState(false);
  const [askTerms, setAskTerms] = useState(() => !deviceAgreedTerms());
  const prompt = useConsentPrompt();

  const finish = useCallback(
    async (code: string) => {
      setBusy(true);
      try {
        await login(code, LOGIN_PLATFORM);
        if (!(await termsAgreedAfterLogin(prompt.ask))) {
          await logout();
          forgetConsents();
          await Taro.switchTab({ url: PAGES.home });
          return;
        }
        toast('登录成功', 'success');
        await replacePage(redirect);
      } catch {
        // request.ts has shown why (bad code, network).
      } finally {
        setBusy(false);
      }
    },
    [redirect, prompt.ask],
  );

  useEffect(() => {
    let code: string | null = null;
    try {
      code = takeReturnedCode();
    } catch (error) {
      toast(error instanceof Error ? error.message : '登录失败');
    }
    if (code) void finish(code);
  }, [finish]);

  const onLogin = async () => {
    if (!deviceAgreedTerms()) {
      setAskTerms(true);
      return;
    }
    setBusy(true);
    let code: string | null;
    try {
      code = await startLogin();
    } catch {
      toast('微信登录未完成，请重试');
      setBusy(false);
      return;
    }
    // null on H5: the page is leaving for WeChat OAuth, so it stays busy.
    if (code) await finish(code);
  };

  return (
    <Page id="login" className="login">
      <View className="login__brand">
        <View className="login__logo">办</View>
        <Text className="login__name">一次办</Text>
        <Text className="login__slogan">群众办事“只跑一次”，能网办的“零跑腿”</Text>
      </View>
      <View className="login__actions">
        <Button id="login-wechat" kind="primary" size="large" block loading={busy} onClick={() => void onLogin()}>
          微信一键登录
        </Button>
        <Text className="login__note">登录后可在线申请、查看办理进度；首次办事需完成一次实名认证。</Text>
        <View className="login__legal">
          <Text
            id="login-read-agreement"
            className="link"
            onClick={() => void Taro.navigateTo({ url: PAGES.legal('agreement') })}
          >
            《用户服务协议》
          </Text>
          <Text
            id="login-read-privacy"
            className="link"
            onClick={() => void Taro.navigateTo({ url: PAGES.legal('privacy') })}
          >
            《隐私政策》
          </Text>
        </View>
      </View>
      {askTerms ? (
        <ConsentSheet
          purpose="terms"
          onAgree={() => {
            agreeTermsBeforeLogin();
            setAskTerms(false);
            void onLogin();
          }}
          onDisagree={() => {
            setAskTerms(false);
            toast(CONSENT_COPY.terms.refusal);
            void Taro.switchTab({ url: PAGES.home });
          }}
        />
      ) : null}
      {prompt.sheet}
    </Page>
  );
}
