import { type FastifyInstance } from 'fastify';
import { SmsSendError } from '../../plugins/app/sms';
import { usersModel } from '../users';
import { insertUnique } from '../../lib/store';
import { hallNow } from './hall-clock';
import { addDays, beijingDate } from './hall-day';
import { readGroup as readGroupOf } from './groups.service';
import { appointmentModel, reminderModel, type AppointmentRecord } from './hall.model';

export interface ReminderRunResult {
  sent: number;
  failed: number;
  /** reminded already (by this or another process) */
  skipped: number;
}

/** The reminder's text: group, hall and slot; no personal data. */
const textOf = (a: AppointmentRecord, groupName: string, hall: string) =>
  `您预约了明天（${a.date}）${a.slot} ${hall}${groupName}窗口，请按时到大厅签到取号；如不能前往请在小程序中取消预约。`;

/**
 * One pass of the reminder job: every appointment still booked for tomorrow
 * (Beijing date) is reminded once. The record `hall_reminders/{_id:
 * appointmentId}` is inserted BEFORE sending (a unique insert: of two
 * processes, one sends); a send that fails in a way a later try may fix
 * removes it again, so the next pass tries once more. At most once per
 * appointment otherwise, as a reminder should be.
 *
 * Channel: a subscription message to the resident's mini-program openid,
 * else an SMS to the phone of their profile (decrypted in memory only).
 */
export async function runRemindersOnce(app: FastifyInstance, opts: { now?: Date } = {}): Promise<ReminderRunResult> {
  const now = opts.now ?? hallNow(app.db);
  const tomorrow = addDays(beijingDate(now), 1);
  const result: ReminderRunResult = { sent: 0, failed: 0, skipped: 0 };
  const due = await appointmentModel(app.db).find({ date: tomorrow }).lean<AppointmentRecord[]>();
  for (const a of due) {
    if (a.status !== 'booked') continue;
    if (!(await insertUnique(reminderModel(app.db), { _id: a._id, status: 'sending', at: now }))) {
      result.skipped += 1;
      continue;
    }
    const outcome = await remind(app, a);
    if (outcome.ok) {
      await reminderModel(app.db).updateOne({ _id: a._id }, { $set: { status: 'sent', channel: outcome.channel } });
      result.sent += 1;
    } else if (outcome.retryable) {
      await reminderModel(app.db).deleteOne({ _id: a._id, status: 'sending' });
      result.failed += 1;
    } else {
      await reminderModel(app.db).updateOne({ _id: a._id }, { $set: { status: 'failed', error: outcome.error } });
      result.failed += 1;
    }
    app.log[outcome.ok ? 'info' : 'warn'](
      {
        action: 'hall.remind',
        appointmentId: a._id.toHexString(),
        ...(outcome.ok ? { channel: outcome.channel } : { reason: outcome.error }),
      },
      'appointment reminder tried',
    );
  }
  return result;
}

type Outcome = { ok: true; channel: 'wechat' | 'sms' } | { ok: false; retryable: boolean; error: string };

async function remind(app: FastifyInstance, a: AppointmentRecord): Promise<Outcome> {
  const group = await readGroupOf(app.db, a.group);
  const name = group?.name ?? a.group;
  const hall = group?.hall ?? '';
  const user = await usersModel(app.db)
    .findById(a.userId)
    .select({ weappOpenid: 1, 'profile.phoneEnc': 1 })
    .lean<{ weappOpenid?: string | null; profile?: { phoneEnc?: string | null } | null }>();
  if (user?.weappOpenid) {
    try {
      const sent = await app.wechat.sendSubscribeMessage({
        touser: user.weappOpenid,
        templateId: app.config.WECHAT_TEMPLATE_APPOINTMENT,
        // The mini-program's 我的预约 (hall subpackage), with this appointment picked out.
        page: `hall/appointments/index?id=${a._id.toHexString()}`,
        data: {
          thing1: fit(`${hall}${name}`, 20),
          time2: `${a.date} ${a.slot}`,
          thing3: '请按时到大厅签到取号',
          character_string9: a._id.toHexString(),
        },
      });
      if (sent.ok) return { ok: true, channel: 'wechat' };
    } catch {
      // WeChat unreachable: try a text instead.
    }
  }
  const phoneEnc = user?.profile?.phoneEnc;
  if (!phoneEnc) return { ok: false, retryable: false, error: 'no subscription and no phone' };
  try {
    await app.sms.send({
      phone: app.pii.decrypt(phoneEnc),
      template: 'generic',
      params: { text: textOf(a, name, hall), ref: a._id.toHexString() },
    });
    return { ok: true, channel: 'sms' };
  } catch (err) {
    if (err instanceof SmsSendError) return { ok: false, retryable: err.retryable, error: `sms ${err.code}` };
    throw err;
  }
}

/** At most `max` characters (code points), as WeChat's `thing` values take. */
function fit(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** Runs a pass every `intervalMs` (0 = never), one at a time, stopped when the app closes. */
export function startReminderJob(app: FastifyInstance, intervalMs: number): void {
  if (intervalMs <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runRemindersOnce(app)
      .catch((err: unknown) =>
        app.log.warn({ action: 'hall.remind', reason: (err as Error).message }, 'reminder pass failed'),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
