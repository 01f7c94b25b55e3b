import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import { beijingDate } from '../../lib/beijing-date';
import { startPeriodicJob } from '../../lib/periodic-job';
import { applicationModel, type ApplicationRecord } from './application.model';
import { tryTransitionCase } from './case-write';

const DAY_MS = 86_400_000;

/** `M月D日` of a `YYYY-MM-DD` day, as the message says it. */
const cnDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * One pass of the gap reminder (容缺补交提醒): every case whose open gaps fall
 * due today or tomorrow (Beijing) and that was not reminded for that day yet
 * gets a `gap_reminder` message naming the materials and the day, with a
 * `gap_reminded` event by `system` — in one version-guarded write, so of two
 * processes one reminds; a case changed meanwhile is seen again next pass.
 * Read by the `gapsDue` index (two equality values). Returns how many it reminded.
 */
export async function remindGapsOnce(app: FastifyInstance, now = new Date()): Promise<number> {
  const days = [beijingDate(now), beijingDate(new Date(now.getTime() + DAY_MS))];
  const cases = await applicationModel(app.db)
    .find({ gapsDue: mongoose.trusted({ $in: days }) })
    .lean<ApplicationRecord[]>();
  let reminded = 0;
  for (const record of cases) {
    const due = record.gapsDue!;
    if (!record.gaps?.length || record.gapsReminded === due) continue;
    const names = record.gaps.map((code) => record.materials.find((m) => m.code === code)?.name ?? code);
    const note = `请于${cnDay(due)}前补交${names.join('、')}`;
    const updated = await tryTransitionCase(app, record, {
      events: [{ at: now, actor: { role: 'system' }, action: 'gap_reminded', note }],
      set: { gapsReminded: due },
      notify: [{ kind: 'gap_reminder', extra: { note } }],
    });
    if (updated) reminded += 1;
  }
  if (reminded) app.log.info({ action: 'case.gap_reminded', reminded }, 'gap reminders queued');
  return reminded;
}

/** Runs remindGapsOnce every `intervalMs` (0 = never). */
export function startGapReminderJob(app: FastifyInstance, intervalMs: number): void {
  startPeriodicJob(app, intervalMs, 'case.gap_reminded', () => remindGapsOnce(app));
}
