import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type StaffStage } from '@onetrip/shared';
import { Empty, Remote, Section } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { useWideScreen } from '@/platform/viewport';
import { listStaffQueue } from '@/services/staff';
import { cx } from '@/utils/cx';
import { CaseView } from '../case/CaseView';
import { ClerkHeader } from '../common/ClerkHeader';
import { STAGE_TABS, type Clerk } from '../common/kinds';
import { STAFF_PAGES } from '../common/labels';
import { QueueRow } from './QueueRow';

/**
 * The entries above the queues: 柜台受理 and 叫号 for the clerks who take people in (not the results
 * window), and the statistics.
 */
function Entries({ clerk }: { clerk: Clerk }) {
  return (
    <View className="staff-entries">
      {clerk.kind !== 'results' ? (
        <View
          id="counter-entry"
          className="staff-entry"
          hoverClass="cell--active"
          onClick={() => void Taro.navigateTo({ url: STAFF_PAGES.counter })}
        >
          <Text>柜台受理</Text>
          <Text className="staff-entry__more">现场登记 · 一次办多事 · 受理回执 ›</Text>
        </View>
      ) : null}
      {clerk.kind !== 'results' ? (
        <View
          id="call-entry"
          className="staff-entry"
          hoverClass="cell--active"
          onClick={() => void Taro.navigateTo({ url: STAFF_PAGES.call })}
        >
          <Text>叫号</Text>
          <Text className="staff-entry__more">叫下一位 · 重呼 · 过号 · 转组 ›</Text>
        </View>
      ) : null}
      <View
        id="dashboard-entry"
        className="staff-entry"
        hoverClass="cell--active"
        onClick={() => void Taro.navigateTo({ url: STAFF_PAGES.dashboard })}
      >
        <Text>{clerk.kind === 'department' ? '本部门数据统计' : '大厅数据统计'}</Text>
        <Text className="staff-entry__more">
          {clerk.kind === 'department' ? '办件量 · 按期办结率 · 好评率 · 排队 ›' : '各分组取号 · 等候和办理时长 ›'}
        </Text>
      </View>
    </View>
  );
}

/**
 * 工作台 of one clerk: the stages their kind works (`STAGE_TABS`), rows in the server's order (due first).
 * On a phone a row opens the case page; at a PC (≥ 1280 px, H5) it opens in the pane beside the list,
 * which stays where it was, and the list reloads after an action there.
 */
export function Workbench({ clerk }: { clerk: Clerk }) {
  const tabs = STAGE_TABS[clerk.kind];
  const [stage, setStage] = useState<StaffStage>(tabs[0]?.stage ?? 'acceptance');
  const [selected, setSelected] = useState('');
  const wide = useWideScreen();
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
  const current = tabs.find((t) => t.stage === stage) ?? tabs[0];
  const open = (id: string) => (wide ? setSelected(id) : void Taro.navigateTo({ url: STAFF_PAGES.case(id) }));
  const { refresh } = loaded;
  const onChanged = useCallback(() => void refresh(), [refresh]);

  const list = (
    <>
      <View className="staff-tabs" role="tablist">
        {tabs.map((t) => (
          <View
            key={t.stage}
            id={`stage-${t.stage}`}
            className={cx('staff-tab', t.stage === stage && 'staff-tab--active')}
            onClick={() => setStage(t.stage)}
          >
            {t.tab}
          </View>
        ))}
      </View>
      <Remote state={queue}>
        {(data) =>
          data.items.length ? (
            <Section id="queue-list" title={current?.title(data.total)}>
              {data.items.map((row) => (
                <QueueRow key={row.id} row={row} selected={wide && row.id === selected} onOpen={open} />
              ))}
            </Section>
          ) : (
            <Empty id="queue-empty" title={current?.empty ?? '暂无办件'} />
          )
        }
      </Remote>
    </>
  );

  return (
    <View className="staff-workbench">
      <View className="staff-workbench__top">
        <ClerkHeader clerk={clerk} />
        <Entries clerk={clerk} />
      </View>
      {wide ? (
        <View id="staff-split" className="staff-split">
          <View className="staff-split__list">{list}</View>
          <View id="staff-case-pane" className="staff-split__detail">
            {selected ? (
              <CaseView key={selected} id={selected} clerk={clerk} onChanged={onChanged} />
            ) : (
              <Empty id="case-pane-empty" title="选择左侧的办件" desc="办件在此打开，列表保持不动" />
            )}
          </View>
        </View>
      ) : (
        list
      )}
    </View>
  );
}
