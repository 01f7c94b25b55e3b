import { type Connection } from 'mongoose';
import { type HallStatistics } from '@onetrip/shared';
import { groupModel, type GroupRecord, type TicketRecord } from './hall.model';
import { ticketsOfDay } from './tickets.service';

function seconds(values: number[]) {
  if (values.length === 0) return { count: 0, average: null, max: null };
  const total = values.reduce((a, b) => a + b, 0);
  return { count: values.length, average: Math.round(total / values.length), max: Math.round(Math.max(...values)) };
}

const between = (from: Date | null | undefined, to: Date | null | undefined) =>
  from && to ? Math.max(0, (to.getTime() - from.getTime()) / 1000) : null;

/**
 * GET /hall/statistics?date= (staff, admin): per group, the day's tickets and
 * the waiting time (taken → first called) and service time (called → done)
 * of those that got that far. One equality read of each group's day.
 */
export async function hallStatistics(conn: Connection, date: string): Promise<HallStatistics> {
  const groups = await groupModel(conn).find().sort({ _id: 1 }).lean<GroupRecord[]>();
  const rows = await Promise.all(
    groups.map(async (g) => {
      const tickets: TicketRecord[] = await ticketsOfDay(conn, g._id, date);
      const count = (status: TicketRecord['status']) => tickets.filter((t) => t.status === status).length;
      const waits = tickets.map((t) => between(t.takenAt, t.calledAt)).filter((s): s is number => s !== null);
      const services = tickets
        .filter((t) => t.status === 'done')
        .map((t) => between(t.calledAt, t.doneAt))
        .filter((s): s is number => s !== null);
      return {
        group: g._id,
        name: g.name,
        tickets: tickets.length,
        booked: tickets.filter((t) => t.booked).length,
        waiting: count('waiting'),
        done: count('done'),
        noShow: count('no_show'),
        transferred: count('transferred'),
        cancelled: count('cancelled'),
        waitSeconds: seconds(waits),
        serviceSeconds: seconds(services),
      };
    }),
  );
  return { date, groups: rows };
}
