import { Text, View } from '@tarojs/components';
import { type StatisticsView } from '@onetrip/shared';
import { Section } from '@/components';
import { BarRow, Legend, Meter, StackedBar } from '@/components/Charts';
import { formatNumber, formatRate, ratingBars, volumeChart, widthOf } from './stats';

/** A figure on the summary card: name, value, what it measures, and a proportion bar for a rate. */
function Figure({
  id,
  name,
  value,
  unit,
  note,
  rate,
}: {
  id: string;
  name: string;
  value: string;
  unit?: string;
  note: string;
  rate?: { value: number | null; tone: 'green' | 'orange' };
}) {
  return (
    <View id={id} className="stats-figure">
      <Text className="stats-figure__name">{name}</Text>
      <View className="stats-figure__value">
        <Text id={`${id}-value`}>{value}</Text>
        {unit && value !== '—' ? <Text className="stats-figure__unit">{unit}</Text> : null}
      </View>
      {rate ? <Meter id={`${id}-meter`} rate={rate.value} tone={rate.tone} /> : null}
      <Text className="stats-figure__note">{note}</Text>
    </View>
  );
}

const RATING_FILL = {
  5: 'chart-fill--green',
  4: 'chart-fill--green',
  3: 'chart-fill--orange',
  2: 'chart-fill--red',
  1: 'chart-fill--red',
};

/** The department's figures for one period: summary, cases by status and department, ratings. */
export function DashboardBody({ data }: { data: StatisticsView }) {
  const volumes = volumeChart(data.volumes);
  const ratings = ratingBars(data.ratings);
  return (
    <View className="stats">
      <View className="stats-head">
        <Text id="stats-department" className="stats-head__title">
          {data.department ?? '全部部门'}
        </Text>
        <Text id="stats-period" className="muted">{`${data.from} 至 ${data.to}（按提交日期）`}</Text>
      </View>

      <View id="stats-summary" className="stats-figures">
        <Figure id="stat-volume" name="办件量" value={String(volumes.total)} unit="件" note="期间提交的办件" />
        <Figure
          id="stat-ontime"
          name="按期办结率"
          value={formatRate(data.onTimeRate)}
          note={data.onTimeRate === null ? '暂无已办结的办件' : '在承诺时限内办结'}
          rate={{ value: data.onTimeRate, tone: 'green' }}
        />
        <Figure
          id="stat-days"
          name="平均办理"
          value={formatNumber(data.averageDays)}
          unit="个工作日"
          note={data.averageDays === null ? '暂无已办结的办件' : '受理至办结'}
        />
        <Figure
          id="stat-good"
          name="好评率"
          value={formatRate(data.goodRatingRate)}
          note={data.ratings.count ? `4–5 星，共 ${data.ratings.count} 条评价` : '暂无评价'}
          rate={{ value: data.goodRatingRate, tone: 'orange' }}
        />
      </View>

      <Section id="stats-status" title="办件状态" padded>
        {volumes.total ? (
          <>
            <StackedBar id="status-bar" segments={volumes.groups} />
            <Legend id="status-legend" segments={volumes.groups} total={volumes.total} />
            <View className="stats-subtitle">按状态明细</View>
            {volumes.statuses.map((s) => (
              <BarRow
                key={s.status}
                id={`status-row-${s.status}`}
                label={s.label}
                value={`${s.count} 件`}
                width={widthOf(s.count, volumes.total)}
                fill={`chart-seg--${s.group}`}
              />
            ))}
          </>
        ) : (
          <View id="status-empty" className="stats-empty">
            该时段没有提交的办件
          </View>
        )}
      </Section>

      <Section id="stats-departments" title="各部门办件量" padded>
        {volumes.departments.length ? (
          volumes.departments.map((d, i) => (
            <View key={d.department} id={`dept-${i}`} className="stats-dept">
              <View className="stats-dept__head">
                <Text className="stats-dept__name">{d.department}</Text>
                <Text className="stats-dept__total">{`${d.total} 件`}</Text>
              </View>
              <StackedBar id={`dept-bar-${i}`} segments={d.segments} width={d.width} />
              <Text className="muted">{d.segments.map((s) => `${s.label} ${s.count}`).join(' · ')}</Text>
            </View>
          ))
        ) : (
          <View className="stats-empty">该时段没有提交的办件</View>
        )}
      </Section>

      <Section id="stats-ratings" title="评价分布（好差评）" padded>
        {data.ratings.count ? (
          <>
            <View id="ratings-summary" className="stats-ratings__head">
              <Text className="stats-ratings__average">{formatNumber(data.ratings.average)}</Text>
              <Text className="muted">{` 星（平均） · 共 ${data.ratings.count} 条评价`}</Text>
            </View>
            {ratings.map((r) => (
              <BarRow
                key={r.score}
                id={`rating-bar-${r.score}`}
                label={`${r.score} 星`}
                value={`${r.count} 条`}
                width={r.width}
                fill={RATING_FILL[r.score]}
              />
            ))}
            <View className="muted">1–2 星的评价会进入“回访”，5 个工作日内回访办结。</View>
          </>
        ) : (
          <View id="ratings-empty" className="stats-empty">
            该时段暂无评价
          </View>
        )}
      </Section>
    </View>
  );
}
