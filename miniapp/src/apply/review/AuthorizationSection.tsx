import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Cell, Section, Tag } from '@/components';
import { authorizationState, isAuthorized } from '@/utils/authorization';
import { PAGES } from '@/utils/navigation';

/**
 * An agent's case can only be submitted with the resident's consent (the server refuses otherwise):
 * say where it stands before the agent taps 提交, with the way to the QR code and the paper form.
 */
export function AuthorizationSection({ view }: { view: ApplicationView }) {
  if (view.submittedBy.role !== 'agent') return null;
  const ok = isAuthorized(view.authorization);
  const state = authorizationState(view.authorization);
  return (
    <Section id="review-authorization" title="居民授权">
      <Cell
        title={ok ? '已取得居民授权' : '尚未取得居民授权，暂不能提交'}
        desc={`${state.label}${state.desc ? `：${state.desc}` : ''}`}
        value={
          ok ? (
            <Tag tone="green">可提交</Tag>
          ) : (
            <Text id="review-authorization-go" className="link">
              去获取授权
            </Text>
          )
        }
        onClick={() => void Taro.navigateTo({ url: PAGES.agentAuthorization(view.id) })}
      />
    </Section>
  );
}
