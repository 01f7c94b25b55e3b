import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type HolidayCalendar, type HolidayYearView } from '@onetrip/shared';
import { Button, FieldError, FooterBar } from '@/components';
import { saveHolidayYear } from '@/services/admin-holidays';
import { toast } from '@/utils/toast';
import { fieldProblems } from '../common/field-problems';
import { sameCalendar, type CalendarDraft } from './calendar-model';
import { DaysSection } from './DaysSection';
import { NoticeSection } from './NoticeSection';
import { PreviewSection } from './PreviewSection';

interface HolidayEditorProps {
  saved: HolidayYearView;
  /** the stored calendars of the years around */
  others: HolidayCalendar[];
  onSaved: () => void;
}

/** One year: read a notice or edit by hand, see the effect on due dates, then save (PUT /admin/holidays/:year). */
export function HolidayEditor({ saved, others, onSaved }: HolidayEditorProps) {
  const { year } = saved;
  const stored: CalendarDraft = { days: saved.days, workdays: saved.workdays };
  const [draft, setDraft] = useState<CalendarDraft>(stored);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = !sameCalendar(draft, stored);
  const change = (next: CalendarDraft) => {
    setDraft(next);
    setProblem(null);
  };
  const save = async () => {
    setBusy(true);
    try {
      await saveHolidayYear(year, draft);
      toast(`${year} 年节假日安排已保存`, 'success');
      onSaved();
    } catch (e) {
      setProblem(fieldProblems(e).general);
    } finally {
      setBusy(false);
    }
  };
  const status = changed
    ? '有未保存的修改'
    : saved.stored
      ? `已保存${saved.updatedAt ? `（${saved.updatedAt.slice(0, 10)}）` : ''}，办结期限按此计算`
      : '尚未设置：办结期限目前只按周末计算';
  return (
    <>
      <View className="admin-toolbar">
        <Text id="holiday-status" className={changed ? 'holidays-status--changed' : 'holidays-muted'}>
          {status}
        </Text>
      </View>
      <NoticeSection year={year} onRead={(notice) => change({ days: notice.days, workdays: notice.workdays })} />
      <View className="admin-columns">
        <DaysSection year={year} draft={draft} onChange={change} />
        <PreviewSection year={year} saved={stored} draft={draft} others={others} />
      </View>
      {problem ? <FieldError id="holiday-save-error">{problem}</FieldError> : null}
      <FooterBar>
        <Button id="holiday-reset" disabled={!changed} onClick={() => change(stored)}>
          撤销修改
        </Button>
        <Button id="holiday-save" kind="primary" disabled={!changed} loading={busy} onClick={() => void save()}>
          保存 {year} 年安排
        </Button>
      </FooterBar>
    </>
  );
}
