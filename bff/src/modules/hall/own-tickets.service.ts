import { type Connection } from 'mongoose';
import { type TicketView } from '@onetrip/shared';
import { LeaseBusyError, TIMING, withLease } from '../../lib/store';
import { HallErrors } from './hall.errors';
import { hallNow } from './hall-clock';
import { beijingDate, groupDayKey } from './hall-day';
import { readGroup } from './groups.service';
import { ticketModel, type GroupRecord, type TicketRecord } from './hall.model';
import { readTicket, toTicketView } from './tickets.service';

/**
 * GET /tickets: the signed-in resident's tickets of today (every group of the
 * hall), the latest first. One equality read on the indexed holder; earlier
 * days' tickets are left out here, since a ticket is good for its day only.
 */
export async function listOwnToday(conn: Connection, userId: string): Promise<TicketView[]> {
  const today = beijingDate(hallNow(conn));
  const own = await ticketModel(conn).find({ userId }).lean<TicketRecord[]>();
  const tickets = own
    .filter((t) => t.date === today)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.seq - a.seq);
  const groups = new Map<string, GroupRecord | null>();
  for (const t of tickets) if (!groups.has(t.group)) groups.set(t.group, await readGroup(conn, t.group));
  return Promise.all(tickets.map((t) => toTicketView(conn, t, groups.get(t.group))));
}

/**
 * DELETE /tickets/:id: the holder gives up a waiting ticket (放弃排队) → `cancelled`.
 * It runs under the queue's lease `hall-queue:<group>:<date>`, not only the
 * ticket's: call-next is the one other writer that takes a ticket out of
 * `waiting`, and it holds that lease, so a ticket is either called or given
 * up, never both. The clerks' other actions need a called ticket. Outcomes:
 * the ticket now cancelled; 404 for another's or an unknown one; 409 once it
 * is no longer waiting (called meanwhile, or given up already).
 */
export async function giveUp(conn: Connection, userId: string, id: string): Promise<TicketView> {
  const first = await readTicket(conn, id);
  if (!first || first.userId !== userId) throw HallErrors.ticketNotFound();
  try {
    const cancelled = await withLease(
      conn,
      `hall-queue:${groupDayKey(first.group, first.date)}`,
      async () => {
        const t = (await readTicket(conn, id)) as TicketRecord;
        if (t.status !== 'waiting') throw HallErrors.wrongTicketState('该号码已叫号或已结束，不能放弃排队');
        const set = { status: 'cancelled' as const, cancelledAt: hallNow(conn) };
        await ticketModel(conn).updateOne({ _id: t._id }, { $set: set }, { writeConcern: { w: 'majority' } });
        return { ...t, ...set };
      },
      TIMING.write,
    );
    return await toTicketView(conn, cancelled);
  } catch (err) {
    if (err instanceof LeaseBusyError) throw HallErrors.busy();
    throw err;
  }
}
