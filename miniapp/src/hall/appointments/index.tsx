import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type AppointmentView } from '@onetrip/shared';
import { Empty, Page, Remote, Section } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { cancelAppointment, checkIn } from '@/services/hall';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { LoginFirst } from '../common/LoginFirst';
import { longDay, slotRange } from '../common/dates';
import { loadMyHall } from './load';
import { AppointmentRow, TicketRow } from './rows';
import '../common/hall.scss';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/**
 * 我的预约/取号 (from 我的; `?id=` picks out one appointment, as the reminder opens it): today's tickets,
 * then the appointments with 签到取号 on the day and 取消预约 before it.
 */
export default function HallAppointmentsPage() {
  const picked = useRouter().params.id ?? '';
  const loggedIn = isLoggedIn();
  const mine = useResource(
    useCallback(() => (loggedIn ? loadMyHall() : Promise.resolve(null)), [loggedIn]),
    { reloadOnShow: true },
  );
  const [busy, setBusy] = useState<string | null>(null);
  useRefreshOnPullDown(mine.refresh);
  const openTicket = (id: string) => void Taro.navigateTo({ url: PAGES.hallTicket(id) });

  /** One write on an appointment; a refusal is said in its own words, and the list is read again either way. */
  const act = async (view: AppointmentView, write: () => Promise<void>) => {
    setBusy(view.id);
    try {
      await write();
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setBusy(null);
      void mine.refresh();
    }
  };

  const cancel = async (view: AppointmentView) => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `取消 ${longDay(view.date)} ${slotRange(view.slot)} ${view.groupName}的预约？`,
      confirmText: '取消预约',
      cancelText: '不取消',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    await act(view, async () => {
      await cancelAppointment(view.id);
      toast('已取消预约', 'success');
    });
  };

  if (!loggedIn) {
    return (
      <Page id="hall-appointments">
        <LoginFirst title="登录后查看您的预约和排队号" back={PAGES.hallAppointments(picked || undefined)} />
      </Page>
    );
  }

  return (
    <Page id="hall-appointments">
      <Remote state={mine}>
        {(data) =>
          data ? (
            <View>
              {data.tickets.length > 0 ? (
                <Section id="hall-tickets" title="今日排队号">
                  {data.tickets.map((t) => (
                    <TicketRow key={t.id} ticket={t} onOpen={() => openTicket(t.id)} />
                  ))}
                </Section>
              ) : null}
              {data.appointments.length > 0 ? (
                <Section id="hall-appointment-list" title="我的预约">
                  {data.appointments.map((a) => (
                    <AppointmentRow
                      key={a.id}
                      view={a}
                      today={data.today}
                      picked={a.id === picked}
                      canCheckIn={a.date === data.today && (data.open[a.group] ?? false)}
                      busy={busy === a.id}
                      onCheckIn={() =>
                        void act(a, async () => {
                          const ticket = await checkIn(a.id);
                          toast('签到成功，已取号', 'success');
                          openTicket(ticket.id);
                        })
                      }
                      onCancel={() => void cancel(a)}
                      onTicket={() => openTicket(a.ticketId ?? '')}
                    />
                  ))}
                </Section>
              ) : null}
              {data.tickets.length === 0 && data.appointments.length === 0 ? (
                <Empty
                  id="hall-empty"
                  title="还没有预约或排队号"
                  desc="在办事指南中点“预约办理”，或到大厅扫窗口二维码取号"
                />
              ) : null}
            </View>
          ) : null
        }
      </Remote>
    </Page>
  );
}
