import { type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { type SupervisionView } from '@onetrip/shared';
import { Meter } from '@/components/Charts';
import { formatDateTime } from '@/utils/time';
import { formatRate } from './supervision-model';

/** A table of the console: a header row, then one row per entry. */
function Table({ id, head, rows, empty }: { id: string; head: string[]; rows: ReactNode[]; empty: string }) {
  if (!rows.length)
    return (
      <View id={id} className="stats-empty">
        {empty}
      </View>
    );
  return (
    <View id={id} className="admin-table">
      <View className="admin-table__row admin-table__head">
        {head.map((h) => (
          <Text key={h} className="admin-table__cell">
            {h}
          </Text>
        ))}
      </View>
      {rows}
    </View>
  );
}

/** An on-time rate with its bar. */
function Rate({ id, rate }: { id: string; rate: number | null }) {
  return (
    <View className="admin-table__cell">
      <Text id={id}>{formatRate(rate)}</Text>
      <Meter rate={rate} tone="green" />
    </View>
  );
}

/** 窗口效能: per window, the cases concluded in the period that its clerks handled, and how many on time. */
export function WindowTable({ view }: { view: SupervisionView }) {
  const rows = view.windows.map((w, i) => (
    <View key={w.window} id={`window-${i}`} className="admin-table__row">
      <Text className="admin-table__cell">{w.label}</Text>
      <Text className="admin-table__cell">{`${w.handled} 件`}</Text>
      <Text className="admin-table__cell">{`${w.onTime} 件`}</Text>
      <Rate id={`window-${i}-rate`} rate={w.onTimeRate} />
    </View>
  ));
  return <Table id="window-table" head={['窗口', '办结', '按时', '按时率']} rows={rows} empty="期间没有办结的办件" />;
}

/** 人员效能: per clerk (name masked), what they did on the cases concluded in the period. */
export function ClerkTable({ view }: { view: SupervisionView }) {
  const rows = view.clerks.map((c, i) => (
    <View key={c.userId} id={`clerk-${i}`} className="admin-table__row">
      <View className="admin-table__cell">
        <Text>{c.name}</Text>
        <View className="muted">{c.windowLabel}</View>
      </View>
      <Text className="admin-table__cell">{`受理 ${c.accepted} · 审批 ${c.decided} · 出证 ${c.issued}`}</Text>
      <Text className="admin-table__cell">{`${c.handled} 件`}</Text>
      <Rate id={`clerk-${i}-rate`} rate={c.onTimeRate} />
    </View>
  ));
  return <Table id="clerk-table" head={['人员', '经办', '办结', '按时率']} rows={rows} empty="期间没有办结的办件" />;
}

/** 好差评: per department, the period's ratings and where the follow-ups (回访) of the bad ones stand. */
export function RatingTable({ view }: { view: SupervisionView }) {
  const rows = view.ratings.map((r, i) => (
    <View key={r.department} id={`rating-${i}`} className="admin-table__row">
      <Text className="admin-table__cell">{r.department}</Text>
      <Text className="admin-table__cell">{`${r.count} 条 · 平均 ${r.average ?? '—'} 星`}</Text>
      <Text className={`admin-table__cell${r.bad ? ' sv-bad' : ''}`}>{`差评 ${r.bad}`}</Text>
      <Text className="admin-table__cell">
        {`回访 待办 ${r.followupsOpen}${r.followupsOverdue ? `（超期 ${r.followupsOverdue}）` : ''} · 已办 ${r.followupsDone}`}
      </Text>
    </View>
  ));
  return <Table id="rating-table" head={['部门', '评价', '差评', '回访']} rows={rows} empty="期间暂无评价" />;
}

/** 逾期视为受理 (§32): cases no window answered within five working days, latest first. */
export function DeemedTable({ view }: { view: SupervisionView }) {
  const rows = view.deemed.map((d) => (
    <View key={d.caseId} id={`deemed-${d.caseId}`} className="admin-table__row">
      <Text className="admin-table__cell">{d.number}</Text>
      <Text className="admin-table__cell">{d.itemNames.join('、')}</Text>
      <Text className="admin-table__cell">{d.departments.join('、')}</Text>
      <Text className="admin-table__cell">{formatDateTime(d.at)}</Text>
    </View>
  ));
  return (
    <Table
      id="deemed-list"
      head={['办件编号', '事项', '部门', '视为受理于']}
      rows={rows}
      empty="期间没有逾期视为受理的办件"
    />
  );
}
