import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { type HallStatistics } from '@onetrip/shared';
import { LoadFailed, Loading, Section } from '@/components';
import { useResource, type Resource } from '@/hooks/use-resource';
import { getHallGroup, getHallStatistics, listHallGroups } from '@/services/hall-clerk';
import { shanghaiDay } from '../common/day';
import { formatSeconds, hallTotals, type HallGroupFigures } from './hall-figures';

/** One figure of a group's day: what it counts and its value. */
function Figure({ id, name, value }: { id: string; name: string; value: string }) {
  return (
    <View id={id} className="hall-figure">
      <Text className="hall-figure__name">{name}</Text>
      <Text className="hall-figure__value">{value}</Text>
    </View>
  );
}

function GroupCard({ group }: { group: HallGroupFigures }) {
  const id = `hall-group-${group.group}`;
  return (
    <View id={id} className="hall-group">
      <View className="hall-group__head">
        <Text className="hall-group__name">{group.name}</Text>
        <Text className="muted">{`办结 ${group.done} · 转组 ${group.transferred}`}</Text>
      </View>
      <View className="hall-group__figures">
        <Figure id={`${id}-tickets`} name="取号" value={`${group.tickets}`} />
        <Figure id={`${id}-waiting`} name="正在等候" value={`${group.waiting}`} />
        <Figure id={`${id}-wait`} name="平均等候" value={formatSeconds(group.waitSeconds.average)} />
        <Figure id={`${id}-service`} name="平均办理" value={formatSeconds(group.serviceSeconds.average)} />
        <Figure id={`${id}-no-show`} name="过号" value={`${group.noShow}`} />
      </View>
    </View>
  );
}

/**
 * The hall's day: `today` of a group as the BFF tells it (the hall's clock, not this device's); the
 * Shanghai day by this device only when the hall has no group yet.
 */
async function hallToday(): Promise<string> {
  const [first] = await listHallGroups();
  return first ? (await getHallGroup(first.code)).today.date : shanghaiDay();
}

/** Today's hall figures (`GET /hall/statistics?date=` of the hall's day). */
export function useHallStatistics(): Resource<HallStatistics> {
  return useResource(useCallback(async () => getHallStatistics(await hallToday()), []));
}

/**
 * Today's hall: per window group the tickets taken, who waits now, the average wait (taken → called)
 * and service (called → done), and no-shows; 刷新 reads them again.
 */
export function HallFigures({ stats }: { stats: Resource<HallStatistics> }) {
  const data = stats.data;
  const totals = data ? hallTotals(data.groups) : null;
  return (
    <Section
      id="stats-hall"
      title={data ? `今日大厅排队（${data.date}）` : '今日大厅排队'}
      extra={
        <Text id="hall-refresh" className="link" onClick={stats.retry}>
          刷新
        </Text>
      }
      padded
    >
      {data && totals ? (
        data.groups.length ? (
          <>
            <View id="hall-totals" className="muted hall-totals">
              {`全厅取号 ${totals.tickets} · 正在等候 ${totals.waiting} · 平均等候 ${formatSeconds(totals.waitAverage)} · 平均办理 ${formatSeconds(totals.serviceAverage)} · 过号 ${totals.noShow}`}
            </View>
            {data.groups.map((g) => (
              <GroupCard key={g.group} group={g} />
            ))}
          </>
        ) : (
          <View id="hall-empty" className="stats-empty">
            大厅尚未设置窗口分组
          </View>
        )
      ) : stats.loading ? (
        <Loading />
      ) : (
        <LoadFailed id="hall-error" error={stats.error} onRetry={stats.retry} />
      )}
    </Section>
  );
}
