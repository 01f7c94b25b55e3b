import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Cell, Section, Tag } from '@/components';
import { getSessionUser } from '@/services/session';
import { agentNote, authorizationState, isAuthorized } from '@/utils/authorization';
import { PAGES } from '@/utils/navigation';

/**
 * An agent's case. The resident sees who applied in their name (and where to revoke); the agent who
 * submitted it sees the authorization state and the way to the QR code / paper form.
 */
export function AgentSection({ view }: { view: ApplicationView }) {
  if (view.submittedBy.role !== 'agent') return null;
  const auth = view.authorization;
  const mine = getSessionUser()?.id === view.submittedBy.userId;
  if (mine) {
    const state = authorizationState(auth);
    return (
      <Section id="case-authorization-section" title="居民授权">
        <Cell
          id="case-authorization"
          title={isAuthorized(auth) ? '已取得居民授权' : '尚未取得居民授权'}
          desc={state.desc || undefined}
          value={<Tag tone={state.tone}>{state.label}</Tag>}
          onClick={() => void Taro.navigateTo({ url: PAGES.agentAuthorization(view.id) })}
        />
      </Section>
    );
  }
  return (
    <Section id="case-agent-section" title="代办">
      <Cell
        id="case-agent"
        title={<Text>{agentNote(view.submittedBy)}</Text>}
        desc="不再需要代办的，可在“授权管理”中撤销授权"
        onClick={() => void Taro.navigateTo({ url: PAGES.authorizations })}
      />
    </Section>
  );
}
