import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import { applicationModel, type ApplicationRecord } from '../applications';
import {
  chaseSms,
  chaseWechatMessage,
  dailySummarySms,
  dailySummaryWechatMessage,
  type ChaseNotice,
  type DailySummaryNotice,
} from '../notifications';
import { usersModel } from '../users';
import { TIMING, tryWithLease } from '../../lib/store';
import { startPeriodicJob } from '../../lib/periodic-job';
import { deliverToStaff, type StaffDelivery } from './staff-delivery';
import { staffMessageModel, type StaffMessageKind, type StaffMessageRecord } from './staff-message.model';

/** A held message older than this belongs to a chase that crashed before its release: the pass settles it. */
const HELD_GRACE_MS = 120_000;
const BATCH = 100;
const MAX_BACKOFF_MS = 3_600_000;

export interface QueuedMessage {
  kind: StaffMessageKind;
  source: string;
  userId: string;
  notice: Omit<ChaseNotice, 'ref'> | Omit<DailySummaryNotice, 'ref'>;
  caseId?: string;
  chasedAt?: Date;
}

/**
 * Queues one message per recipient (`<source>:<userId>`: a repeat of the same source writes nothing more).
 * `held`: not sent until `releaseHeld` (a chase, before its case write). Returns how many are queued for it.
 */
export async function queueStaffMessages(
  conn: Connection,
  messages: readonly QueuedMessage[],
  status: 'held' | 'pending',
  now: Date,
): Promise<number> {
  if (!messages.length) return 0;
  const docs = messages.map((m) => ({
    _id: `${m.source}:${m.userId}`,
    ...m,
    ref: randomUUID().replace(/-/g, ''),
    status,
    attempts: 0,
    nextAt: now,
    createdAt: now,
  }));
  await staffMessageModel(conn)
    .insertMany(docs, { ordered: false })
    .catch((err: { code?: number; writeErrors?: { code?: number }[] }) => {
      // Messages of this source already queued (a repeat) stay as they are; anything else is a failure.
      const duplicates = err.code === 11000 || err.writeErrors?.every((e) => e.code === 11000);
      if (!duplicates) throw err;
    });
  return messages.length;
}

/** Sends the held messages of `source` (the chase is on the case now). */
export async function releaseHeld(conn: Connection, source: string): Promise<void> {
  await staffMessageModel(conn).updateMany({ source, status: 'held' }, { $set: { status: 'pending' } });
}

/** Removes the held messages of `source` (the chase was refused after all). */
export async function dropHeld(conn: Connection, source: string): Promise<void> {
  await staffMessageModel(conn).deleteMany({ source, status: 'held' });
}

/** A held message whose chase is on its case goes out; one whose chase never made it is removed. */
async function settleHeld(app: FastifyInstance, message: StaffMessageRecord): Promise<void> {
  const record = message.caseId
    ? await applicationModel(app.db).findById(message.caseId).select({ chase: 1 }).lean<ApplicationRecord>()
    : null;
  const chased = record?.chase?.at.getTime() === message.chasedAt?.getTime();
  if (chased) await releaseHeld(app.db, message.source);
  else await dropHeld(app.db, message.source);
}

function delivery(app: FastifyInstance, m: StaffMessageRecord): StaffDelivery {
  if (m.kind === 'chase') {
    const notice = { ...(m.notice as unknown as Omit<ChaseNotice, 'ref'>), ref: m.ref };
    return {
      wechat: (openid) => chaseWechatMessage({ ...notice, at: new Date(notice.at) }, openid, app.config),
      sms: (phone) => chaseSms(notice, phone),
    };
  }
  const notice = { ...(m.notice as unknown as Omit<DailySummaryNotice, 'ref'>), ref: m.ref };
  return {
    wechat: (openid) => dailySummaryWechatMessage(notice, openid, app.config),
    sms: (phone) => dailySummarySms(notice, phone),
  };
}

/** One message, under its own lease (one sender at a time); at least once, like the case outbox. */
async function sendOne(app: FastifyInstance, id: string, now: Date): Promise<'sent' | 'failed' | 'later' | null> {
  const Messages = staffMessageModel(app.db);
  return tryWithLease(
    app.db,
    `staff-message:${id}`,
    async () => {
      const m = await Messages.findById(id).lean<StaffMessageRecord>();
      if (!m || m.status !== 'pending' || m.nextAt.getTime() > now.getTime()) return null;
      const user = await usersModel(app.db)
        .findById(m.userId)
        .select({ weappOpenid: 1, 'profile.phoneEnc': 1 })
        .lean<{ weappOpenid?: string | null; profile?: { phoneEnc?: string | null } | null }>();
      const outcome = await deliverToStaff(app, user, delivery(app, m));
      const attempts = m.attempts + 1;
      if (outcome.ok) {
        await Messages.updateOne(
          { _id: id },
          { $set: { status: 'sent', channel: outcome.channel, sentAt: now, attempts } },
        );
        return 'sent';
      }
      const last = !outcome.retryable || attempts >= app.config.NOTIFY_MAX_ATTEMPTS;
      const wait = Math.min(app.config.NOTIFY_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      await Messages.updateOne(
        { _id: id },
        {
          $set: {
            status: last ? 'failed' : 'pending',
            attempts,
            lastError: outcome.error,
            nextAt: new Date(now.getTime() + wait),
          },
        },
      );
      return last ? 'failed' : 'later';
    },
    TIMING.exclusiveStep,
  );
}

export interface StaffMessageRun {
  sent: number;
  failed: number;
  later: number;
}

/**
 * One pass of 效能监察's messages to staff: held messages of a chase that crashed before releasing them are
 * settled, then every due `pending` message is sent — a subscription message to the staff member's
 * mini-program openid, a text to their verified phone when WeChat cannot reach them — and recorded `sent`,
 * retried later (doubling waits, `NOTIFY_BACKOFF_MS`, at most an hour) or `failed` (`NOTIFY_MAX_ATTEMPTS`, or
 * when retrying cannot help). Each message under its own lease: two copies never send it at once.
 */
export async function sendStaffMessagesOnce(app: FastifyInstance, now = new Date()): Promise<StaffMessageRun> {
  const Messages = staffMessageModel(app.db);
  const held = await Messages.find({ status: 'held' }).limit(BATCH).lean<StaffMessageRecord[]>();
  for (const m of held) if (now.getTime() - m.createdAt.getTime() > HELD_GRACE_MS) await settleHeld(app, m);
  const pending = await Messages.find({ status: 'pending' }).select({ _id: 1 }).limit(BATCH).lean<{ _id: string }[]>();
  const run: StaffMessageRun = { sent: 0, failed: 0, later: 0 };
  for (const { _id } of pending) {
    const outcome = await sendOne(app, _id, now);
    if (outcome) run[outcome] += 1;
  }
  if (run.sent || run.failed) app.log.info({ action: 'supervision.messages', ...run }, 'staff messages sent');
  return run;
}

/** Runs the pass every `intervalMs` (the notification worker's interval; 0 = never). */
export function startStaffMessageWorker(app: FastifyInstance, intervalMs: number): void {
  startPeriodicJob(app, intervalMs, 'supervision.messages', () => sendStaffMessagesOnce(app));
}
