import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { parseHolidayNotice, type HolidayNotice } from '@onetrip/shared';
import { Button, Section } from '@/components';

/**
 * 粘贴通知: the text of the 国务院办公厅 notice, read by the shared parser into days off and make-up
 * working days; what it could not read is listed with the reason, to be added by hand below.
 */
export function NoticeSection({ year, onRead }: { year: number; onRead: (notice: HolidayNotice) => void }) {
  const [text, setText] = useState('');
  const [read, setRead] = useState<HolidayNotice | null>(null);
  const parse = () => {
    const notice = parseHolidayNotice(text, year);
    setRead(notice);
    onRead(notice);
  };
  return (
    <Section id="holiday-notice-section" title={`粘贴《国务院办公厅关于${year}年部分节假日安排的通知》`}>
      <View className="holidays-notice">
        <Textarea
          id="holiday-notice"
          className="holidays-notice__text"
          value={text}
          maxlength={10_000}
          placeholder="例：一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"
          onInput={(e) => setText(e.detail.value)}
        />
        <View className="admin-toolbar">
          <Button id="holiday-parse" kind="primary" disabled={!text.trim()} onClick={parse}>
            识别通知
          </Button>
          {read ? (
            <Text id="holiday-parsed">
              识别出放假 {read.days.length} 天、调休上班 {read.workdays.length} 天，已替换下方日历（保存前可修改）
            </Text>
          ) : null}
        </View>
        {read && read.unread.length > 0 ? (
          <View id="holiday-unread" className="holidays-unread">
            <Text className="holidays-unread__title">以下内容未能识别，请核对后在下方手工添加：</Text>
            {read.unread.map((u, i) => (
              <View key={`${i}-${u.line}`} id={`holiday-unread-${i}`} className="holidays-unread__row">
                <Text>{u.line}</Text>
                <Text className="holidays-unread__reason">{u.reason}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </Section>
  );
}
