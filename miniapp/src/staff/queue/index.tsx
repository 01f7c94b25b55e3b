import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type StaffStage } from '@onetrip/shared';
import { Empty, Page, Remote, Section } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { listStaffQueue } from '@/services/staff';
import { cx } from '@/utils/cx';
import { STAFF_PAGES, STAGE_LABELS } from '../common/labels';
import { QueueRow } from './QueueRow';
import '../common/staff.scss';

// Not `STAFF_STAGES` from @onetrip/shared: it lives beside zod schemas and would pull zod into the bundle.
const STAGES = Object.keys(STAGE_LABELS) as StaffStage[];

/** 工作台: the staff member's queues by stage (受理/审批/出证/回访), rows in the server's order (due first). */
export default function StaffQueuePage() {
  const [stage, setStage] = useState<StaffStage>('acceptance');
  const loaded = useResource(
    useCallback(async () => ({ stage, page: await listStaffQueue({ stage, pageSize: 50 }) }), [stage]),
    // Back from a case (after an action): the queue has changed.
    { reloadOnShow: true },
  );
  // A reload keeps the rows on screen, but rows of the tab just left must not stand in for this one's.
  const queue =
    loaded.data && loaded.data.stage !== stage
      ? { ...loaded, data: undefined, loading: true }
      : { ...loaded, data: loaded.data?.page };
  useRefreshOnPullDown(loaded.refresh);

  return (
    <Page id="staff-queue">
      <View
        id="dashboard-entry"
        className="staff-entry"
        hoverClass="cell--active"
        onClick={() => void Taro.navigateTo({ url: STAFF_PAGES.dashboard })}
      >
        <Text>本部门数据统计</Text>
        <Text className="staff-entry__more">办件量 · 按期办结率 · 好评率 ›</Text>
      </View>
      <View className="staff-tabs">
        {STAGES.map((s) => (
          <View
            key={s}
            id={`stage-${s}`}
            className={cx('staff-tab', s === stage && 'staff-tab--active')}
            onClick={() => setStage(s)}
          >
            {STAGE_LABELS[s]}
          </View>
        ))}
      </View>
      <Remote state={queue}>
        {(data) =>
          data.items.length ? (
            <Section id="queue-list" title={`待${STAGE_LABELS[stage]} ${data.total} 件`}>
              {data.items.map((row) => (
                <QueueRow key={row.id} row={row} onOpen={(id) => void Taro.navigateTo({ url: STAFF_PAGES.case(id) })} />
              ))}
            </Section>
          ) : (
            <Empty id="queue-empty" title={`暂无待${STAGE_LABELS[stage]}的办件`} />
          )
        }
      </Remote>
    </Page>
  );
}
