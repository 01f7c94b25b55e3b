import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type HallSlot } from '@onetrip/shared';
import { Button, Empty, Page, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage, isApiError } from '@/services/api-error';
import { bookAppointment } from '@/services/hall';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { longDay, slotRange } from '../common/dates';
import { loadBookingDays, seatsLeft, type BookingDays } from './booking-days';
import { DateStrip } from './DateStrip';
import { SlotGrid } from './SlotGrid';
import '../common/hall.scss';

/** The day picked, else the first with a seat left. */
function dayShown(data: BookingDays, picked: string | null) {
  return data.days.find((d) => d.date === picked) ?? data.days.find((d) => seatsLeft(d) > 0) ?? null;
}

/**
 * 预约办理 of a window group (`?group=`; `&case=` from a case's page): the next working days, the
 * slots with their seats left, 确认预约. A refusal (slot just taken, already booked that day) is said in
 * words above the button and the seats are read again.
 */
export default function HallBookPage() {
  const { params } = useRouter();
  const code = params.group ?? '';
  const caseId = params.case || undefined;
  const booking = useResource(useCallback(() => loadBookingDays(code), [code]));
  const [picked, setPicked] = useState<{ date: string | null; slot: HallSlot | null }>({ date: null, slot: null });
  const [problem, setProblem] = useState<{ text: string; booked: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async (date: string, slot: HallSlot) => {
    if (!isLoggedIn()) {
      void Taro.navigateTo({ url: PAGES.loginThen(PAGES.hallBook(code, caseId)) });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const created = await bookAppointment({ group: code, date, slot, ...(caseId ? { caseId } : {}) });
      toast('预约成功', 'success');
      await Taro.redirectTo({ url: PAGES.hallAppointments(created.id) });
    } catch (error) {
      // 409: full, or a day with this group booked already (then 我的预约 helps); 400: the slot has just
      // started. Either way the seats have moved: read them again.
      setProblem({ text: errorMessage(error), booked: isApiError(error) && error.code === 'INVALID_STATE' });
      setPicked((p) => ({ ...p, slot: null }));
      void booking.refresh();
    } finally {
      setBusy(false);
    }
  };

  const data = booking.data;
  const day = data ? dayShown(data, picked.date) : null;
  const slot = day && picked.date === day.date ? picked.slot : null;
  return (
    <Page
      id="hall-book"
      footer={
        day ? (
          <Button
            id="book-confirm"
            kind="primary"
            block
            disabled={!slot}
            loading={busy}
            onClick={slot ? () => void confirm(day.date, slot) : undefined}
          >
            {slot ? `确认预约 ${longDay(day.date)} ${slotRange(slot)}` : '请选择时段'}
          </Button>
        ) : null
      }
    >
      <Remote state={booking} notFound={{ title: '没有找到这个窗口分组', desc: '请从办事指南重新进入预约' }}>
        {({ group, days }) => (
          <View>
            <View className="head-card">
              <Text id="book-group" className="head-card__title">
                {group.name}
              </Text>
              <View className="head-card__sub">{`${group.hall} · 窗口 ${group.windows.join('、')}`}</View>
              <View className="muted">{group.hours}</View>
              {caseId ? (
                <View id="book-case" className="muted">
                  预约后请带上本办件的材料原件，到窗口签到取号
                </View>
              ) : null}
            </View>
            {day ? (
              <>
                <DateStrip
                  days={days}
                  today={group.today.date}
                  picked={day.date}
                  onPick={(date) => setPicked({ date, slot: null })}
                />
                <Section title={`${longDay(day.date)} 可预约时段`}>
                  <SlotGrid day={day} picked={slot} onPick={(s) => setPicked({ date: day.date, slot: s })} />
                </Section>
                <View className="hint">
                  预约当天到大厅签到取号，本时段开始后优先叫号；不能前往请提前取消。前一天会发消息提醒您。
                </View>
              </>
            ) : (
              <Empty id="book-none" title="近两周已约满" desc="可直接到大厅扫码取号，或过几天再来预约" />
            )}
            {problem ? (
              <View id="book-error" className="hall-alert">
                {problem.text}
                {problem.booked ? (
                  <Text
                    id="book-error-mine"
                    className="link"
                    onClick={() => void Taro.navigateTo({ url: PAGES.hallAppointments() })}
                  >
                    {' 查看我的预约'}
                  </Text>
                ) : null}
              </View>
            ) : null}
          </View>
        )}
      </Remote>
    </Page>
  );
}
