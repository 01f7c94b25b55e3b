import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type MeResponse } from '@onetrip/shared';
import { Button, Page, Remote, Section } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { listAgentApplications } from '@/services/agent';
import { getMe } from '@/services/auth';
import { stationName } from '@/utils/authorization';
import { PAGES } from '@/utils/navigation';
import { AGENT_FILTERS } from '../common/labels';
import '../common/agent.scss';

interface StationData {
  me: MeResponse;
  counts: Record<string, number>;
}

/** One small call per counter: `total` of a one-row page is the count, whatever the number of cases. */
async function loadStation(): Promise<StationData> {
  const [me, ...totals] = await Promise.all([
    getMe({ silent: true }),
    ...AGENT_FILTERS.map((f) =>
      listAgentApplications({ status: f.key === 'all' ? undefined : f.key, pageSize: 1 }).then((l) => l.total),
    ),
  ]);
  const counts: Record<string, number> = {};
  AGENT_FILTERS.forEach((f, i) => {
    counts[f.key] = totals[i] ?? 0;
  });
  return { me, counts };
}

/** 代办工作台: the agent's station, their cases by status, and 新建代办. */
export default function AgentStationPage() {
  // Back from a new case or a submit: the counters have changed.
  const state = useResource(useCallback(loadStation, []), { reloadOnShow: true });
  useRefreshOnPullDown(state.refresh);

  return (
    <Page id="agent-station" className="agent">
      <Remote state={state}>
        {({ me, counts }) => (
          <>
            <View className="head-card agent-station">
              <Text className="muted">代办点</Text>
              <Text id="agent-station-name" className="head-card__title">
                {stationName(me.station) || '尚未分配代办点'}
              </Text>
              <View className="head-card__sub">
                {me.station
                  ? `代办员 ${me.profile?.name ?? ''}：为村民代为申请，居民授权后提交，全程可查`
                  : '请联系县政务服务中心管理员为您设置代办点'}
              </View>
            </View>

            {me.profile?.verified ? null : (
              <View id="agent-verify" className="hint agent-verify">
                代办员须先完成本人实名认证（居民确认授权时会看到您的姓名）。
                <Text className="link" onClick={() => void Taro.switchTab({ url: PAGES.me })}>
                  去“我的”认证
                </Text>
              </View>
            )}

            <Section id="agent-counts" title="我代办的办件">
              <View className="agent-counts">
                {AGENT_FILTERS.map((f) => (
                  <View
                    key={f.key}
                    id={`agent-count-${f.key}`}
                    className="agent-counts__cell"
                    hoverClass="agent-counts__cell--active"
                    onClick={() => void Taro.navigateTo({ url: PAGES.agentCases(f.key === 'all' ? undefined : f.key) })}
                  >
                    <Text className="agent-counts__number">{counts[f.key] ?? 0}</Text>
                    <Text className="agent-counts__label">{f.label}</Text>
                  </View>
                ))}
              </View>
            </Section>

            <View className="page-actions">
              <Button
                id="agent-new"
                kind="primary"
                size="large"
                block
                onClick={() => void Taro.navigateTo({ url: PAGES.agentNew() })}
              >
                为居民新建代办
              </Button>
              <Button id="agent-cases" block onClick={() => void Taro.navigateTo({ url: PAGES.agentCases() })}>
                我的代办件
              </Button>
            </View>
            <View className="hint">
              代办须经居民授权：请居民用本人微信扫码确认，或上传居民签字的纸质授权委托书（窗口受理时核验）。
            </View>
          </>
        )}
      </Remote>
    </Page>
  );
}
