import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type CaseStatus } from '@onetrip/shared';
import { Button, CaseRow, Empty, Page, Remote } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { listAgentApplications } from '@/services/agent';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';
import { AGENT_FILTERS } from '../common/labels';
import '../common/agent.scss';

type FilterKey = (typeof AGENT_FILTERS)[number]['key'];

const isFilter = (value: string | undefined): value is FilterKey => AGENT_FILTERS.some((f) => f.key === value);

/**
 * 我的代办件: only the cases this agent submitted (the server filters), newest change first. A draft
 * opens its authorization page (the next thing to do); anything else the case page.
 */
export default function AgentCasesPage() {
  const initial = useRouter().params.status;
  const [filter, setFilter] = useState<FilterKey>(isFilter(initial) ? initial : 'all');
  const list = useResource(
    useCallback(
      () => listAgentApplications({ status: filter === 'all' ? undefined : (filter as CaseStatus), pageSize: 50 }),
      [filter],
    ),
    { reloadOnShow: true },
  );
  useRefreshOnPullDown(list.refresh);

  return (
    <Page id="agent-cases-page" className="agent">
      <View className="agent-filters">
        {AGENT_FILTERS.map((f) => (
          <View
            key={f.key}
            id={`agent-filter-${f.key}`}
            className={cx('agent-filter', f.key === filter && 'agent-filter--active')}
            onClick={() => setFilter(f.key)}
          >
            {f.label}
          </View>
        ))}
      </View>
      <Remote state={list}>
        {(data) =>
          data.items.length > 0 ? (
            <View id="agent-case-list" className="section__body">
              {data.items.map((row) => (
                <CaseRow
                  key={row.id}
                  row={row}
                  hideAgent
                  onOpen={(id) =>
                    void Taro.navigateTo({
                      url: row.status === 'draft' ? PAGES.agentAuthorization(id) : PAGES.caseDetail(id),
                    })
                  }
                />
              ))}
              {data.items.length < data.total ? (
                <View className="hint list-end">{`仅显示最近 ${data.items.length} 件，共 ${data.total} 件`}</View>
              ) : null}
            </View>
          ) : (
            <Empty id="agent-cases-empty" title="还没有代办件" desc="在代办工作台点“为居民新建代办”开始" />
          )
        }
      </Remote>
      <View className="page-actions">
        <Button
          id="agent-cases-new"
          kind="primary"
          block
          onClick={() => void Taro.navigateTo({ url: PAGES.agentNew() })}
        >
          为居民新建代办
        </Button>
      </View>
    </Page>
  );
}
