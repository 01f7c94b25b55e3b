import { type FastifyInstance } from 'fastify';
import mongoose, { Schema, type Connection } from 'mongoose';
import { SUPERVISION_MAX_DAYS, type CaseStatus } from '@onetrip/shared';
import { documentKey, insertUnique, TIMING, tryWithLease, withLease } from '../../lib/store';
import { applicationModel, type ApplicationRecord } from './application.model';
import { projectCase } from './open-cases';

/** Open statuses (every one an equality read) and the finished ones that were concluded. */
const OPEN: CaseStatus[] = [
  'submitted',
  'supplement_required',
  'accepted',
  'approved',
  'issued',
  'shipping',
  'delivered',
  'ready_for_pickup',
];
const CONCLUDED: CaseStatus[] = ['completed', 'denied'];
const MARK = 'open_cases+case_days:v1';
const DAY_MS = 86_400_000;

/** Which projections were built from the stored cases (`projection_marks`, one document per build). */
const markSchema = new Schema({ _id: String, at: Date }, { collection: 'projection_marks', versionKey: false });
const markModel = (conn: Connection) => conn.model('ProjectionMark', markSchema);

/** One case's projection, from the case as it is now, under its write lease (no writer comes between). */
async function projectStored(conn: Connection, id: string): Promise<void> {
  await withLease(
    conn,
    documentKey('applications', id),
    async () => {
      const record = await applicationModel(conn).findById(id).lean<ApplicationRecord>();
      if (record) await projectCase(conn, record);
    },
    TIMING.patient,
  );
}

/**
 * The projections of the cases stored before them (open-cases.ts, case-days.ts): built once per database, from
 * the open cases and those concluded within the supervision's longest period, by one BFF copy (a lease; the
 * marker `projection_marks/open_cases+case_days:v1` says it is done). Every write of a case keeps them from
 * then on. Returns how many cases it projected (0 when it was done before or another copy is doing it).
 */
export async function buildProjectionsOnce(app: FastifyInstance, now = new Date()): Promise<number> {
  const Marks = markModel(app.db);
  if (await Marks.exists({ _id: MARK })) return 0;
  const built = await tryWithLease(
    app.db,
    `projections:${MARK}`,
    async () => {
      if (await Marks.exists({ _id: MARK })) return 0;
      const since = new Date(now.getTime() - SUPERVISION_MAX_DAYS * DAY_MS);
      const Cases = applicationModel(app.db);
      let count = 0;
      for (const status of [...OPEN, ...CONCLUDED]) {
        const filter = CONCLUDED.includes(status)
          ? { status, concludedAt: mongoose.trusted({ $gte: since }) }
          : { status };
        for await (const c of Cases.find(filter)
          .select({ _id: 1 })
          .lean<{ _id: { toHexString(): string } }[]>()
          .cursor()) {
          await projectStored(app.db, c._id.toHexString());
          count += 1;
        }
      }
      await insertUnique(Marks, { _id: MARK, at: new Date() });
      return count;
    },
    TIMING.exclusiveStep,
  );
  return built ?? 0;
}

/** Starts the build in the background: a start does not wait for it; a failure is logged and tried at the next start. */
export function startProjectionBuild(app: FastifyInstance): void {
  buildProjectionsOnce(app)
    .then((count) => {
      if (count) app.log.info({ action: 'projections.build', count }, 'case projections built');
    })
    .catch((err: unknown) =>
      app.log.warn({ action: 'projections.build', reason: (err as Error).message }, 'case projections not built'),
    );
}
