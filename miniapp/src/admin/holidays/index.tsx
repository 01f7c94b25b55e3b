import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type HolidayCalendar, type HolidayYearView } from '@onetrip/shared';
import { Button, Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getHolidayYear } from '@/services/admin-holidays';
import { AdminPage } from '../common/AdminPage';
import { HolidayEditor } from './HolidayEditor';
import './holidays.scss';

/** The year to start on: this one, or the next once 国务院 publishes it (its notice comes out in November). */
function startingYear(now = new Date()): number {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return beijing.getUTCFullYear() + (beijing.getUTCMonth() >= 10 ? 1 : 0);
}

/**
 * 节假日安排: the working-day clock's calendar, a year at a time. The year and the next are read
 * (a time limit may run into the next year), so the preview counts as the BFF will.
 */
export default function AdminHolidaysPage() {
  const [year, setYear] = useState(startingYear);
  const load = useCallback(
    () => Promise.all([getHolidayYear(year), getHolidayYear(year + 1)]).then(([current, next]) => ({ current, next })),
    [year],
  );
  const calendars = useResource(load);
  const others = (next: HolidayYearView): HolidayCalendar[] =>
    next.stored ? [{ year: next.year, days: next.days, workdays: next.workdays }] : [];
  return (
    <AdminPage id="admin-holidays">
      <View className="admin-toolbar holidays-years">
        <Button id="holiday-year-prev" size="small" onClick={() => setYear(year - 1)}>
          ‹ {year - 1}
        </Button>
        <Text id="holiday-year" className="holidays-years__current">
          {year} 年
        </Text>
        <Button id="holiday-year-next" size="small" onClick={() => setYear(year + 1)}>
          {year + 1} ›
        </Button>
      </View>
      <Remote state={calendars}>
        {({ current, next }) =>
          current.year === year ? (
            <HolidayEditor
              key={`${current.year}:${current.updatedAt ?? ''}`}
              saved={current}
              others={others(next)}
              onSaved={calendars.retry}
            />
          ) : null
        }
      </Remote>
    </AdminPage>
  );
}
