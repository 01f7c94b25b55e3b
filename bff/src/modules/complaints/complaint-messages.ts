import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { startPeriodicJob } from '../../lib/periodic-job';
import { TIMING, tryWithLease } from '../../lib/store';
import {
  complaintAnsweredSms,
  complaintAnsweredWechatMessage,
  deliverToPerson,
  helpLinesOf,
  type PersonContact,
} from '../notifications';
import { usersModel } from '../users';
import { complaintModel, type ComplaintRecord } from './complaint.model';

const BATCH = 100;
const MAX_BACKOFF_MS = 3_600_000;

/** One complaint's message, under its own lease (one sender at a time); at least once, like the case outbox. */
async function sendOne(app: FastifyInstance, id: string, now: Date): Promise<'sent' | 'failed' | 'later' | null> {
  const Complaints = complaintModel(app.db);
  return tryWithLease(
    app.db,
    `complaint-message:${id}`,
    async () => {
      const record = await Complaints.findById(id).lean<ComplaintRecord>();
      const m = record?.message;
      const answer = record?.answers.at(-1);
      if (!record || !m || !answer || m.status !== 'pending' || new Date(m.nextAt).getTime() > now.getTime())
        return null;
      const user = isValidObjectId(record.userId)
        ? await usersModel(app.db)
            .findById(record.userId)
            .select({ weappOpenid: 1, 'profile.phoneEnc': 1 })
            .lean<PersonContact>()
        : null;
      const notice = {
        ref: m.ref,
        complaintId: id,
        number: record.number,
        kind: record.kind,
        category: record.category,
        at: answer.at,
        help: await helpLinesOf(app),
      };
      const outcome = await deliverToPerson(app, user, {
        wechat: (openid) => complaintAnsweredWechatMessage(notice, openid, app.config),
        sms: (phone) => complaintAnsweredSms(notice, phone),
      });
      const attempts = m.attempts + 1;
      // Bookkeeping of the message only (not a new version of the complaint: a rating's version stays valid).
      if (outcome.ok) {
        await Complaints.updateOne(
          { _id: id },
          {
            $set: {
              'message.status': 'sent',
              'message.channel': outcome.channel,
              'message.sentAt': now,
              'message.attempts': attempts,
              messagePending: false,
            },
          },
        );
        return 'sent';
      }
      const last = !outcome.retryable || attempts >= app.config.NOTIFY_MAX_ATTEMPTS;
      const wait = Math.min(app.config.NOTIFY_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      await Complaints.updateOne(
        { _id: id },
        {
          $set: {
            'message.status': last ? 'failed' : 'pending',
            'message.attempts': attempts,
            'message.lastError': outcome.error,
            'message.nextAt': new Date(now.getTime() + wait),
            messagePending: !last,
          },
        },
      );
      return last ? 'failed' : 'later';
    },
    TIMING.exclusiveStep,
  );
}

export interface ComplaintMessageRun {
  sent: number;
  failed: number;
  later: number;
}

/**
 * One pass: every complaint whose answer is still to be told (`messagePending`, an equality) gets its
 * message — a subscription message to the filer's mini-program openid, a text to their verified phone when
 * WeChat cannot reach them — recorded `sent`, retried later (doubling `NOTIFY_BACKOFF_MS`, at most an hour) or
 * `failed` (`NOTIFY_MAX_ATTEMPTS`, or when retrying cannot help).
 */
export async function sendComplaintMessagesOnce(app: FastifyInstance, now = new Date()): Promise<ComplaintMessageRun> {
  const due = await complaintModel(app.db)
    .find({ messagePending: true })
    .select({ _id: 1 })
    .limit(BATCH)
    .lean<{ _id: { toHexString(): string } }[]>();
  const run: ComplaintMessageRun = { sent: 0, failed: 0, later: 0 };
  for (const { _id } of due) {
    const outcome = await sendOne(app, _id.toHexString(), now);
    if (outcome) run[outcome] += 1;
  }
  if (run.sent || run.failed) app.log.info({ action: 'complaint.messages', ...run }, 'complaint messages sent');
  return run;
}

/** Runs the pass every `intervalMs` (the notification worker's interval; 0 = never). */
export function startComplaintMessageWorker(app: FastifyInstance, intervalMs: number): void {
  startPeriodicJob(app, intervalMs, 'complaint.messages', () => sendComplaintMessagesOnce(app));
}
