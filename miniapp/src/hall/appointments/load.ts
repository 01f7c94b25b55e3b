import { type AppointmentView, type HallGroupDetail, type TicketView } from '@onetrip/shared';
import { listAppointments, listTickets } from '@/services/hall';
import { getHallGroup } from '@/services/hall-groups';
import { phoneToday } from '../common/dates';

export interface MyHall {
  appointments: AppointmentView[];
  tickets: TicketView[];
  /** the hall's today (its clock, not the phone's) */
  today: string;
  /** per group of a booked appointment: whether it hands out tickets now, for 签到取号 */
  open: Record<string, boolean>;
}

/**
 * My appointments and today's tickets, and — for the groups of appointments still booked — the hall's
 * today and whether it hands out tickets now (GET /hall/groups/:code), so 签到取号 shows on the day only.
 */
export async function loadMyHall(): Promise<MyHall> {
  const [appointments, tickets] = await Promise.all([listAppointments(), listTickets()]);
  const groups = [...new Set(appointments.items.filter((a) => a.status === 'booked').map((a) => a.group))];
  const details = await Promise.all(groups.map((g) => getHallGroup(g).catch((): HallGroupDetail | null => null)));
  const known = details.filter((d): d is HallGroupDetail => d !== null);
  return {
    appointments: appointments.items,
    tickets: tickets.items,
    today: known[0]?.today.date ?? phoneToday(),
    open: Object.fromEntries(known.map((d) => [d.code, d.today.open])),
  };
}
