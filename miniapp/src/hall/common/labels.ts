import { type AppointmentView, type TicketView } from '@onetrip/shared';
import { type TagTone } from '@/components';

/** What a ticket's holder is told, by status: where to go once called. */
export function ticketStatusText(t: Pick<TicketView, 'status' | 'window' | 'transferredTo'>): string {
  switch (t.status) {
    case 'waiting':
      return '等待中';
    case 'called':
      return t.window ? `请到 ${t.window} 号窗口` : '已叫号，请到窗口';
    case 'serving':
      return t.window ? `办理中（${t.window} 号窗口）` : '办理中';
    case 'done':
      return '已完成';
    case 'no_show':
      return '已过号';
    case 'transferred':
      return t.transferredTo ? `已转至 ${t.transferredTo.number} 号` : '已转至其他窗口';
    case 'cancelled':
      return '已放弃排队';
  }
}

export const TICKET_TONE: Record<TicketView['status'], TagTone> = {
  waiting: 'blue',
  called: 'orange',
  serving: 'green',
  done: 'grey',
  no_show: 'red',
  transferred: 'blue',
  cancelled: 'grey',
};

/** A ticket still in the queue: the page keeps it fresh. */
export const isActive = (t: Pick<TicketView, 'status'>) => t.status === 'waiting' || t.status === 'called';

/** How many are before the ticket, in words; '' once it is no longer waiting. */
export function aheadText(t: Pick<TicketView, 'status' | 'ahead'>): string {
  if (t.status !== 'waiting' || t.ahead === null) return '';
  return t.ahead === 0 ? '下一位就是您，请留意叫号' : `前面还有 ${t.ahead} 人`;
}

/** An appointment's state; a booked one whose day has passed is 已过期 (the hall keeps no seat for it). */
export function appointmentStatus(a: Pick<AppointmentView, 'status' | 'date'>, today: string) {
  if (a.status === 'cancelled') return { text: '已取消', tone: 'grey' as TagTone };
  if (a.status === 'checked_in') return { text: '已签到取号', tone: 'green' as TagTone };
  if (a.date < today) return { text: '已过期', tone: 'grey' as TagTone };
  return { text: '已预约', tone: 'blue' as TagTone };
}
