import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import { type CentreContact, type CentrePublic, GOVERNMENT_HOTLINE, HALL_HOURS_TEXT } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { insertUnique, updateVersioned } from '../../lib/store';
import { centreSettingsModel, CENTRE_CONTACT_ID, type CentreSettingsRecord } from './centre-settings.model';
import { UserErrors } from './users.errors';

const viewOf = (record: CentreSettingsRecord | null): CentreContact | null =>
  record?.name && record.address && record.phone
    ? { name: record.name, address: record.address, phone: record.phone }
    : null;

/** The centre's name, address and phone (one read by `_id`), or null when no admin (nor the demo seed) set them. */
export async function centreContact(conn: Connection): Promise<CentreContact | null> {
  return viewOf(await centreSettingsModel(conn).findById(CENTRE_CONTACT_ID).lean<CentreSettingsRecord>());
}

/**
 * `PUT /admin/config/centre` `{name, address, phone}`: replaces what the
 * centre's printed papers say of it. The record is created the first time
 * (a unique insert: two first writes cannot both create it), then changed as
 * a new version (`updateVersioned`). Outcomes: the contact as stored; audit
 * `config.centre`; 409 VERSION_CONFLICT when another write came at the same moment.
 */
export async function setCentreContact(
  app: Pick<FastifyInstance, 'db'>,
  actor: { userId: string; role: string },
  body: CentreContact,
  requestId: string,
): Promise<CentreContact> {
  const Settings = centreSettingsModel(app.db);
  let current = await Settings.findById(CENTRE_CONTACT_ID).lean<CentreSettingsRecord>();
  if (!current) {
    await insertUnique(Settings, { _id: CENTRE_CONTACT_ID, version: 0 });
    current = await Settings.findById(CENTRE_CONTACT_ID).lean<CentreSettingsRecord>();
  }
  const { name, address, phone } = body;
  const updated = current
    ? ((await updateVersioned(Settings, CENTRE_CONTACT_ID, current.version, {
        $set: { name, address, phone },
      })) as CentreSettingsRecord | null)
    : null;
  const view = viewOf(updated);
  if (!view) throw UserErrors.versionConflict();
  await recordAudit(app.db, { actor, action: 'config.centre', target: CENTRE_CONTACT_ID, requestId });
  return view;
}

/** `GET /admin/config/centre`: the contact, or 404 until it is set. */
export async function readCentreContact(conn: Connection): Promise<CentreContact> {
  const contact = await centreContact(conn);
  if (!contact) throw UserErrors.centreNotSet();
  return contact;
}

/**
 * `GET /centre` (public): whom a resident can call — the centre's name,
 * address and phone (null until an admin sets them), 12345 and the hall's
 * opening hours — with the record's version for the ETag (0 until set).
 */
export async function publicCentre(conn: Connection): Promise<{ view: CentrePublic; version: number }> {
  const record = await centreSettingsModel(conn).findById(CENTRE_CONTACT_ID).lean<CentreSettingsRecord>();
  const contact = viewOf(record);
  return {
    view: {
      name: contact?.name ?? null,
      address: contact?.address ?? null,
      phone: contact?.phone ?? null,
      hotline: GOVERNMENT_HOTLINE,
      hours: HALL_HOURS_TEXT,
    },
    version: record?.version ?? 0,
  };
}
