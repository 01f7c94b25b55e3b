import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { Button, FieldError, Section } from '@/components';
import { cx } from '@/utils/cx';
import { addDay, monthsOf, removeDay, type CalendarDraft, type DayKind } from './calendar-model';

interface DaysSectionProps {
  year: number;
  draft: CalendarDraft;
  onChange: (draft: CalendarDraft) => void;
}

/** The year's days by month: days off in red, make-up working days marked 班; each removable, single days added. */
export function DaysSection({ year, draft, onChange }: DaysSectionProps) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<DayKind>('off');
  const [problem, setProblem] = useState<string | null>(null);
  const months = monthsOf(draft);
  const add = () => {
    const added = addDay(draft, year, date, kind);
    if ('problem' in added) return setProblem(added.problem);
    setProblem(null);
    onChange(added.draft);
  };
  return (
    <Section id="holiday-days" title={`${year} 年：放假 ${draft.days.length} 天，调休上班 ${draft.workdays.length} 天`}>
      {months.length === 0 ? (
        <View className="admin-table__row holidays-muted">没有节假日：工作日按周一至周五计算</View>
      ) : null}
      {months.map(({ month, entries }) => (
        <View key={month} id={`holiday-month-${month}`} className="holidays-month">
          <Text className="holidays-month__name">{month} 月</Text>
          <View className="holidays-month__days">
            {entries.map((e) => (
              <View
                key={e.date}
                id={e.kind === 'off' ? `holiday-day-${e.date}` : `holiday-workday-${e.date}`}
                className={cx('holidays-day', `holidays-day--${e.kind}`)}
              >
                <Text>
                  {Number(e.date.slice(8))}日 {e.weekday}
                </Text>
                {e.kind === 'work' ? <Text className="holidays-day__work">班</Text> : null}
                <Text
                  id={`holiday-remove-${e.date}`}
                  className="holidays-day__remove"
                  onClick={() => onChange(removeDay(draft, e.date))}
                >
                  ×
                </Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className="admin-toolbar">
        <Picker
          id="holiday-add-date"
          mode="date"
          value={date || `${year}-01-01`}
          start={`${year}-01-01`}
          end={`${year}-12-31`}
          onChange={(e) => setDate(String(e.detail.value))}
        >
          <View className="picker-value">
            <Text className={date ? undefined : 'field__placeholder'}>{date || '选择日期'}</Text>
          </View>
        </Picker>
        <Button
          id="holiday-add-off"
          size="small"
          kind={kind === 'off' ? 'primary' : 'default'}
          onClick={() => setKind('off')}
        >
          放假
        </Button>
        <Button
          id="holiday-add-work"
          size="small"
          kind={kind === 'work' ? 'primary' : 'default'}
          onClick={() => setKind('work')}
        >
          调休上班
        </Button>
        <Button id="holiday-add" size="small" onClick={add}>
          添加
        </Button>
      </View>
      {problem ? <FieldError id="holiday-add-error">{problem}</FieldError> : null}
    </Section>
  );
}
