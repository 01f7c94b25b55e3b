import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { Page, Remote } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { getStaffStatistics } from '@/services/staff';
import { cx } from '@/utils/cx';
import { DashboardBody } from './DashboardBody';
import { PERIODS, periodOf, type PeriodKey } from './stats';
import '../common/staff.scss';
import './dashboard.scss';

/** 数据统计: the department's volumes, time limits kept and ratings for a period chosen at the top. */
export default function StaffDashboardPage() {
  const [period, setPeriod] = useState<PeriodKey>('month');
  const stats = useResource(useCallback(() => getStaffStatistics(periodOf(period)), [period]));
  useRefreshOnPullDown(stats.refresh);

  return (
    <Page id="staff-dashboard">
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
    </Page>
  );
}
