import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type AuthorizationView } from '@onetrip/shared';
import { Button, Empty, Page, Remote } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { listMyAuthorizations, revokeAuthorization } from '@/services/authorizations';
import { isLoggedIn } from '@/services/session';
import { stationName } from '@/utils/authorization';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { AuthorizationCard } from '../authorization/AuthorizationCard';
import '../authorization/authorization.scss';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/** 授权管理: what agents may do in my name, each with 撤销授权 while it still counts. */
export default function AuthorizationsPage() {
  const loggedIn = isLoggedIn();
  const list = useResource(
    useCallback(() => (loggedIn ? listMyAuthorizations() : Promise.resolve(null)), [loggedIn]),
    { reloadOnShow: true },
  );
  const [revoking, setRevoking] = useState<string | null>(null);
  useRefreshOnPullDown(list.refresh);

  const revoke = async (view: AuthorizationView) => {
    const station = stationName(view.agent.station);
    const { confirm } = await Taro.showModal({
      title: '撤销授权',
      content: `撤销后，代办员${view.agent.name}${station ? `（${station}）` : ''}不能再以您的名义提交或办理“${view.itemNames.join('、')}”。确定撤销吗？`,
      confirmText: '撤销',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    setRevoking(view.id);
    try {
      await revokeAuthorization(view.id);
      toast('已撤销授权', 'success');
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setRevoking(null);
      list.retry();
    }
  };

  if (!loggedIn) {
    return (
      <Page id="authorizations" className="authorization">
        <Empty
          id="authorizations-login"
          icon="?"
          title="登录后查看代办授权"
          actionText="微信一键登录"
          onAction={() => void Taro.navigateTo({ url: PAGES.loginThen(PAGES.authorizations) })}
        />
      </Page>
    );
  }

  return (
    <Page id="authorizations" className="authorization">
      <View className="hint">代办员为您申请办事前须经您授权。不再需要代办的，可以随时撤销授权。</View>
      <Remote state={list}>
        {(data) =>
          data && data.items.length > 0 ? (
            <View id="authorization-list" className="section__body">
              {data.items.map((view) => (
                <View key={view.id} id={`authorization-${view.id}`} className="authorization-row">
                  <AuthorizationCard view={view} idPrefix={`authorization-${view.id}`} />
                  <View className="authorization-row__actions">
                    <Text
                      id={`authorization-case-${view.id}`}
                      className="link"
                      onClick={() => void Taro.navigateTo({ url: PAGES.caseDetail(view.applicationId) })}
                    >
                      查看办件
                    </Text>
                    {view.status !== 'revoked' ? (
                      <Button
                        id={`revoke-${view.id}`}
                        kind="warn"
                        size="small"
                        loading={revoking === view.id}
                        disabled={revoking !== null}
                        onClick={() => void revoke(view)}
                      >
                        撤销授权
                      </Button>
                    ) : null}
                  </View>
                </View>
              ))}
            </View>
          ) : (
            <Empty id="authorizations-empty" title="还没有代办授权" desc="代办员为您代办事项时，会请您在这里确认" />
          )
        }
      </Remote>
    </Page>
  );
}
