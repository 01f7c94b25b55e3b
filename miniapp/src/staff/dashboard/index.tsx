import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { Remote } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { getStaffStatistics } from '@/services/staff';
import { cx } from '@/utils/cx';
import { ClerkHeader } from '../common/ClerkHeader';
import { type Clerk } from '../common/kinds';
import { StaffPage } from '../common/StaffPage';
import { useClerk } from '../common/use-clerk';
import { DashboardBody } from './DashboardBody';
import { HallFigures, useHallStatistics } from './HallFigures';
import { PERIODS, periodOf, type PeriodKey } from './stats';
import '../common/staff.scss';
import './dashboard.scss';

/** A department window: its department's volumes, time limits kept and ratings for a period; then the hall today. */
function DepartmentDashboard() {
  const [period, setPeriod] = useState<PeriodKey>('month');
  const stats = useResource(useCallback(() => getStaffStatistics(periodOf(period)), [period]));
  const hall = useHallStatistics();
  useRefreshOnPullDown(() => Promise.all([stats.refresh(), hall.refresh()]));
  return (
    <>
      <View id="period-picker" className="staff-tabs">
        {PERIODS.map((p) => (
          <View
            key={p.key}
            id={`period-${p.key}`}
            className={cx('staff-tab', p.key === period && 'staff-tab--active')}
            onClick={() => setPeriod(p.key)}
          >
            {p.label}
          </View>
        ))}
      </View>
      {stats.loading && stats.data ? (
        <View id="stats-updating" className="hint">
          正在更新…
        </View>
      ) : null}
      <Remote state={stats}>{(data) => <DashboardBody data={data} />}</Remote>
      <View className="stats">
        <HallFigures stats={hall} />
      </View>
    </>
  );
}

/** The hall-wide windows have no department's figures (the BFF answers 403): the hall today. */
function HallDashboard({ clerk }: { clerk: Clerk }) {
  const hall = useHallStatistics();
  useRefreshOnPullDown(hall.refresh);
  return (
    <>
      <ClerkHeader clerk={clerk} />
      <View className="stats">
        <HallFigures stats={hall} />
      </View>
    </>
  );
}

/** 数据统计: what the clerk's kind is measured by. */
export default function StaffDashboardPage() {
  const clerk = useClerk();
  return (
    <StaffPage id="staff-dashboard">
      <View className="staff-narrow">
        <Remote state={clerk}>
          {(c) => (c.kind === 'department' ? <DepartmentDashboard /> : <HallDashboard clerk={c} />)}
        </Remote>
      </View>
    </StaffPage>
  );
}
