import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { type HolidayCalendar } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { cx } from '@/utils/cx';
import { previewRows, samplesOf, type CalendarDraft, type Sample } from './calendar-model';

interface PreviewSectionProps {
  year: number;
  saved: CalendarDraft;
  draft: CalendarDraft;
  /** the calendars of the years around, as stored (a time limit may run into the next year) */
  others: HolidayCalendar[];
}

/**
 * 对办结期限的影响: for cases accepted just before each holiday (and any the admin adds), the due
 * date under the calendar in force and under the one being edited, by the shared working-day clock.
 */
export function PreviewSection({ year, saved, draft, others }: PreviewSectionProps) {
  const [own, setOwn] = useState<Sample[]>([]);
  const [date, setDate] = useState(`${year}-10-01`);
  const [days, setDays] = useState('5');
  const rows = previewRows([...own, ...samplesOf(saved, draft)], year, saved, draft, others);
  const addSample = () => {
    const n = Number(days);
    if (Number.isInteger(n) && n >= 0 && n <= 365 && date.startsWith(`${year}-`))
      setOwn([{ acceptedOn: date, days: n }, ...own]);
  };
  return (
    <Section id="holiday-preview" title="对办结期限的影响（按工作日计算）">
      <View className="admin-table">
        <View className="admin-table__row admin-table__head">
          <Text className="admin-table__cell">受理日</Text>
          <Text className="admin-table__cell">承诺时限</Text>
          <Text className="admin-table__cell">按已保存日历到期</Text>
          <Text className="admin-table__cell">按修改后日历到期</Text>
        </View>
        {rows.map((row, i) => (
          <View
            key={`${row.acceptedOn}-${row.days}-${i}`}
            id={`holiday-preview-${i}`}
            className={cx('admin-table__row', row.savedDue !== row.editedDue && 'holidays-preview--changed')}
          >
            <Text className="admin-table__cell">{row.acceptedOn}</Text>
            <Text className="admin-table__cell">{row.days} 个工作日</Text>
            <Text className="admin-table__cell">{row.savedDue}</Text>
            <Text className="admin-table__cell">
              {row.editedDue}
              {row.savedDue !== row.editedDue ? '（有变化）' : ''}
            </Text>
          </View>
        ))}
        {rows.length === 0 ? <View className="admin-table__row holidays-muted">添加节假日后在此预览</View> : null}
      </View>
      <View className="admin-toolbar">
        <Text>试算：</Text>
        <Picker
          id="preview-date"
          mode="date"
          value={date}
          start={`${year}-01-01`}
          end={`${year}-12-31`}
          onChange={(e) => setDate(String(e.detail.value))}
        >
          <View className="picker-value">
            <Text>{date} 受理</Text>
          </View>
        </Picker>
        <Input
          id="preview-days"
          className="holidays-days-input"
          type="number"
          value={days}
          maxlength={3}
          onInput={(e) => setDays(e.detail.value.replace(/\D/g, ''))}
        />
        <Text>个工作日</Text>
        <Button id="preview-add" size="small" onClick={addSample}>
          试算
        </Button>
      </View>
    </Section>
  );
}
