import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import { type HallConfig, type HallConfigBody } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { insertUnique, updateVersioned } from '../../lib/store';
import { centreSettingsModel, HALL_SETTINGS_ID, type CentreSettingsRecord } from './centre-settings.model';
import { UserErrors } from './users.errors';
import { type UserRecord } from './users.model';

/** The settings before any admin changed them: 受审分离 on. */
const DEFAULTS: HallConfig = { separateAcceptanceFromApproval: true };

const viewOf = (record: CentreSettingsRecord | null): HallConfig => ({
  separateAcceptanceFromApproval: record?.separateAcceptanceFromApproval ?? DEFAULTS.separateAcceptanceFromApproval,
});

/** The centre's hall settings (one read by `_id`); the defaults when none were stored. */
export async function hallConfig(conn: Connection): Promise<HallConfig> {
  return viewOf(await centreSettingsModel(conn).findById(HALL_SETTINGS_ID).lean<CentreSettingsRecord>());
}

/**
 * `PUT /admin/config/hall` `{separateAcceptanceFromApproval}`: replaces the
 * centre's hall settings. The record is created with the defaults the first
 * time (a unique insert: two first writes cannot both create it), then
 * changed as a new version (`updateVersioned`).
 *
 * Outcomes: the settings as stored; audit `config.hall`; 409 VERSION_CONFLICT
 * when another admin changed them at the same moment.
 */
export async function setHallConfig(
  app: FastifyInstance,
  admin: UserRecord,
  body: HallConfigBody,
  requestId: string,
): Promise<HallConfig> {
  const Settings = centreSettingsModel(app.db);
  let current = await Settings.findById(HALL_SETTINGS_ID).lean<CentreSettingsRecord>();
  if (!current) {
    await insertUnique(Settings, { _id: HALL_SETTINGS_ID, ...DEFAULTS, version: 0 });
    current = await Settings.findById(HALL_SETTINGS_ID).lean<CentreSettingsRecord>();
  }
  const updated = current
    ? ((await updateVersioned(Settings, HALL_SETTINGS_ID, current.version, {
        $set: { separateAcceptanceFromApproval: body.separateAcceptanceFromApproval },
      })) as CentreSettingsRecord | null)
    : null;
  if (!updated) throw UserErrors.versionConflict();
  await recordAudit(app.db, {
    actor: { userId: admin._id.toHexString(), role: 'admin' },
    action: 'config.hall',
    target: HALL_SETTINGS_ID,
    requestId,
  });
  return viewOf(updated);
}
