import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type AuthorizationView } from '@onetrip/shared';
import { Button, Empty, LoadFailed, Loading, Page, Section } from '@/components';
import { verifyThenConfirm } from '@/features/authorization';
import { useResource } from '@/hooks/use-resource';
import { errorMessage, isApiError } from '@/services/api-error';
import { getMe } from '@/services/auth';
import { confirmAuthorization, getAuthorization, revokeAuthorization } from '@/services/authorizations';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { AuthorizationCard } from './AuthorizationCard';
import './authorization.scss';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

type Loaded =
  | { kind: 'guest' }
  | { kind: 'unverified' }
  /** 404: the authorization names someone else (or does not exist); the API does not say which. */
  | { kind: 'not-mine' }
  | { kind: 'view'; view: AuthorizationView };

async function load(id: string): Promise<Loaded> {
  if (!isLoggedIn()) return { kind: 'guest' };
  const me = await getMe({ silent: true });
  if (!me.profile?.verified) return { kind: 'unverified' };
  try {
    return { kind: 'view', view: await getAuthorization(id) };
  } catch (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return { kind: 'not-mine' };
    throw error;
  }
}

/**
 * 代办授权确认 (`?id=`), opened by scanning the code the agent shows: who asks to apply for whom and
 * for what, then 确认授权 or 不同意. Only the resident whose verified ID number the agent typed may
 * answer, so it needs a login and a verified real name first.
 */
export default function AuthorizationConfirmPage() {
  const id = useRouter().params.id ?? '';
  const state = useResource(useCallback(() => load(id), [id]));
  const [busy, setBusy] = useState<'confirm' | 'decline' | null>(null);

  const act = async (kind: 'confirm' | 'decline') => {
    if (kind === 'decline') {
      const { confirm } = await Taro.showModal({
        title: '不同意授权',
        content: '不同意后，代办员不能以您的名义提交这件申请。确定不同意吗？',
        confirmText: '不同意',
        confirmColor: DANGER_CONFIRM_COLOR,
      });
      if (!confirm) return;
    }
    setBusy(kind);
    try {
      if (kind === 'confirm') await confirmAuthorization(id);
      else await revokeAuthorization(id);
      toast(kind === 'confirm' ? '已确认授权' : '已拒绝授权', kind === 'confirm' ? 'success' : 'info');
    } catch (error) {
      // Someone answered first (409), or it is gone: the reload shows how it now stands.
      toast(errorMessage(error));
    } finally {
      setBusy(null);
      state.retry();
    }
  };

  let body;
  const loaded = state.data;
  if (!id) {
    body = <Empty id="authorization-invalid" icon="?" title="授权二维码无效" desc="请让代办员重新出示授权二维码" />;
  } else if (loaded === undefined && state.loading) {
    body = <Loading />;
  } else if (loaded === undefined) {
    body = <LoadFailed error={state.error} onRetry={state.retry} />;
  } else if (loaded.kind === 'guest') {
    body = (
      <View id="authorization-login">
        <Empty icon="?" title="代办员请您确认授权" desc="请先登录，核对后确认是否同意代办员以您的名义办理" />
        <View className="page-actions">
          <Button
            id="authorization-login-button"
            kind="primary"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: PAGES.loginThen(PAGES.authorization(id)) })}
          >
            微信一键登录
          </Button>
        </View>
      </View>
    );
  } else if (loaded.kind === 'unverified') {
    body = (
      <View id="authorization-verify">
        <Empty
          icon="!"
          title="请先完成实名认证"
          desc="只有代办员填写的申请人本人才能确认授权。完成实名认证（只需一次）后回到这里继续。"
        />
        <View className="page-actions">
          <Button
            id="authorization-verify-button"
            kind="primary"
            size="large"
            block
            onClick={() => void verifyThenConfirm(id)}
          >
            去实名认证
          </Button>
        </View>
      </View>
    );
  } else if (loaded.kind === 'not-mine') {
    body = (
      <Empty
        id="authorization-not-mine"
        icon="!"
        title="该授权不属于您"
        desc="代办员填写的申请人身份证号与您的实名信息不一致，请与代办员核对后重新发起。"
        actionText="返回首页"
        onAction={() => void Taro.switchTab({ url: PAGES.home })}
      />
    );
  } else {
    const { view } = loaded;
    body = (
      <>
        {view.status === 'pending' ? (
          <View className="authorization-ask">代办员请求以您的名义办理以下事项，请核对：</View>
        ) : null}
        <Section id="authorization-detail">
          <AuthorizationCard view={view} />
        </Section>
        {view.status === 'pending' ? (
          <View className="page-actions">
            <Button
              id="authorization-confirm"
              kind="primary"
              size="large"
              block
              loading={busy === 'confirm'}
              disabled={busy !== null}
              onClick={() => void act('confirm')}
            >
              确认授权
            </Button>
            <Button
              id="authorization-decline"
              kind="warn"
              block
              loading={busy === 'decline'}
              disabled={busy !== null}
              onClick={() => void act('decline')}
            >
              不同意
            </Button>
            <View className="muted">确认后，代办员可为您提交这件申请；您可以在“我的 → 授权管理”中随时撤销。</View>
          </View>
        ) : (
          <View id="authorization-result" className="page-actions">
            <Empty
              icon={view.status === 'confirmed' ? '○' : '!'}
              title={view.status === 'confirmed' ? '您已确认授权' : '授权已撤销'}
              desc={
                view.status === 'confirmed'
                  ? '代办员可以为您提交这件申请，办理进度可在“我的办件”中查看。'
                  : '代办员不能再以您的名义提交这件申请。'
              }
            />
            <Button id="authorization-manage" block onClick={() => void Taro.navigateTo({ url: PAGES.authorizations })}>
              授权管理
            </Button>
          </View>
        )}
      </>
    );
  }
  return (
    <Page id="authorization" className="authorization">
      {body}
    </Page>
  );
}
