import { Text, View } from '@tarojs/components';
import { SUPERVISION_STAGE_LABELS, SUPERVISION_STAGES, type DepartmentFigures } from '@onetrip/shared';
import { Legend, StackedBar } from '@/components/Charts';
import { barWidth, formatRate, lightSegments, lightTotals } from './supervision-model';

/** A light's dot and its count (the number is always written: colour is never the only clue). */
function Dot({ id, light, count }: { id?: string; light: 'green' | 'yellow' | 'red'; count: number }) {
  return (
    <View id={id} className={`sv-dot sv-dot--${light}${count ? '' : ' sv-dot--none'}`}>
      <View className="sv-dot__dot" />
      <Text>{count}</Text>
    </View>
  );
}

/**
 * 各部门红黄灯: per department its open cases by stage (a row of three dots per stage), the bar of its
 * lights against the busiest department's, and what it concluded in the period.
 */
export function LightsTable({ rows }: { rows: DepartmentFigures[] }) {
  if (!rows.length) return <View className="stats-empty">暂无部门</View>;
  return (
    <View id="lights-table" className="admin-table sv-lights">
      <View className="admin-table__row admin-table__head">
        <Text className="admin-table__cell sv-lights__name">部门</Text>
        {SUPERVISION_STAGES.map((stage) => (
          <Text key={stage} className="admin-table__cell">
            {SUPERVISION_STAGE_LABELS[stage]}
          </Text>
        ))}
        <Text className="admin-table__cell">在办（红/黄）</Text>
        <Text className="admin-table__cell">期间办结 · 按时率</Text>
      </View>
      {rows.map((row, i) => (
        <View key={row.department} id={`lights-${i}`} className="admin-table__row sv-lights__row">
          <View className="admin-table__cell sv-lights__name">
            <Text className="sv-lights__department">{row.department}</Text>
            <StackedBar id={`lights-bar-${i}`} segments={lightSegments(row)} width={barWidth(row, rows)} />
          </View>
          {row.stages.map((s) => (
            <View key={s.stage} id={`lights-${i}-${s.stage}`} className="admin-table__cell sv-lights__stage">
              <Text className="sv-lights__stage-label">{SUPERVISION_STAGE_LABELS[s.stage]}</Text>
              <Dot light="green" count={s.green} />
              <Dot light="yellow" count={s.yellow} />
              <Dot light="red" count={s.red} />
            </View>
          ))}
          <View className="admin-table__cell">
            <Text id={`lights-${i}-open`}>{`${row.open} 件`}</Text>
            <Text className="muted">{`（红 ${row.red} / 黄 ${row.yellow}）`}</Text>
          </View>
          <View className="admin-table__cell">
            <Text id={`lights-${i}-finished`}>{`${row.finished} 件 · ${formatRate(row.onTimeRate)}`}</Text>
            {row.deemed ? <Text className="muted">{` 逾期视为受理 ${row.deemed}`}</Text> : null}
          </View>
        </View>
      ))}
      <Legend
        id="lights-legend"
        segments={[
          { key: 'green', label: '正常', count: rows.reduce((n, r) => n + lightTotals(r).green, 0), width: 0 },
          { key: 'yellow', label: '临期', count: rows.reduce((n, r) => n + lightTotals(r).yellow, 0), width: 0 },
          { key: 'red', label: '超期', count: rows.reduce((n, r) => n + lightTotals(r).red, 0), width: 0 },
        ]}
        total={rows.reduce((n, r) => n + r.open, 0)}
      />
    </View>
  );
}
