import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import {
  type CourierCompaniesBody,
  type CourierCompanyList,
  type RequestProblem,
  type Station,
  type StationList,
  type StationsBody,
} from '@onetrip/shared';
import { recordAudit } from '../audit';
import { insertUnique, updateVersioned } from '../../lib/store';
import {
  centreSettingsModel,
  COURIER_COMPANIES_ID,
  STATIONS_ID,
  type CentreSettingsRecord,
} from './centre-settings.model';
import { UserErrors } from './users.errors';
import { usersModel, type UserRecord } from './users.model';

const stationKey = (s: Station) => `${s.town}/${s.village}`;
export const stationName = (s: Station) => `${s.town}${s.village}`;

const isStation = (v: unknown): v is Station =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Station).town === 'string' &&
  typeof (v as Station).village === 'string';

/** The stations an admin keeps, or null while none were saved (then any station may be given). */
export async function keptStations(conn: Connection): Promise<Station[] | null> {
  const record = await centreSettingsModel(conn).findById(STATIONS_ID).lean<CentreSettingsRecord>();
  return record?.stations ? record.stations.map(({ town, village }) => ({ town, village })) : null;
}

/** The courier companies an admin keeps, or null while none were saved. */
export async function keptCourierCompanies(conn: Connection): Promise<string[] | null> {
  const record = await centreSettingsModel(conn).findById(COURIER_COMPANIES_ID).lean<CentreSettingsRecord>();
  return record?.companies ? [...record.companies] : null;
}

/** The stations agents serve now, each once. */
export async function stationsInUse(conn: Connection): Promise<Station[]> {
  const stored = (await usersModel(conn).distinct('station')) as unknown[];
  const unique = new Map<string, Station>();
  for (const { town, village } of stored.filter(isStation)) unique.set(`${town}/${village}`, { town, village });
  return [...unique.values()];
}

/** The companies couriers work for now. */
export async function companiesInUse(conn: Connection): Promise<string[]> {
  const stored = (await usersModel(conn).distinct('courierCompany')) as unknown[];
  return stored.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/** Replaces one settings record's list: created the first time (a unique insert), then a new version. */
async function writeList(
  conn: Connection,
  id: string,
  $set: { stations: Station[] } | { companies: string[] },
): Promise<CentreSettingsRecord> {
  const Settings = centreSettingsModel(conn);
  if (!(await Settings.exists({ _id: id }))) await insertUnique(Settings, { _id: id, version: 0 });
  const current = await Settings.findById(id).lean<CentreSettingsRecord>();
  const updated = current
    ? ((await updateVersioned(Settings, id, current.version, { $set })) as CentreSettingsRecord | null)
    : null;
  if (!updated) throw UserErrors.versionConflict();
  return updated;
}

const stillUsed = (message: string): RequestProblem => ({ in: 'body', path: 'stations', message });

/**
 * `PUT /admin/config/stations` `{stations}`: the agent stations the centre keeps (代办服务站点). From
 * then on `GET /admin/config` lists these, and an agent's station must be one of them.
 *
 * Outcomes: `{stations}` as stored, in the order given; audit `config.stations`;
 * 400 VALIDATION_FAILED (nothing written) when a station an agent still serves is left out — its
 * agent is moved or relieved first; 409 VERSION_CONFLICT when another admin saved at the same moment.
 */
export async function setStations(
  app: Pick<FastifyInstance, 'db'>,
  admin: UserRecord,
  body: StationsBody,
  requestId: string,
): Promise<StationList> {
  const kept = new Set(body.stations.map(stationKey));
  const dropped = (await stationsInUse(app.db)).filter((s) => !kept.has(stationKey(s)));
  if (dropped.length)
    throw UserErrors.listEntriesInUse(
      dropped.map((s) => stillUsed(`${stationName(s)}还有代办员，请先调整其代办员的站点再移除`)),
    );
  const stations = body.stations.map(({ town, village }) => ({ town, village }));
  await writeList(app.db, STATIONS_ID, { stations });
  await recordAudit(app.db, {
    actor: { userId: admin._id.toHexString(), role: 'admin' },
    action: 'config.stations',
    target: `${stations.length}`,
    requestId,
  });
  return { stations };
}

/**
 * `PUT /admin/config/courier-companies` `{companies}`: the courier companies the centre works with.
 * From then on `GET /admin/config` lists these, and a courier's company must be one of them.
 *
 * Outcomes: `{companies}` as stored; audit `config.courier_companies`; 400 VALIDATION_FAILED
 * (nothing written) when a company couriers still work for, or the company that carries the
 * centre's certificates (`EXPRESS_COMPANY`), is left out; 409 VERSION_CONFLICT as above.
 */
export async function setCourierCompanies(
  app: Pick<FastifyInstance, 'db' | 'config'>,
  admin: UserRecord,
  body: CourierCompaniesBody,
  requestId: string,
): Promise<CourierCompanyList> {
  const kept = new Set(body.companies);
  const problems: RequestProblem[] = [];
  if (!kept.has(app.config.EXPRESS_COMPANY))
    problems.push({
      in: 'body',
      path: 'companies',
      message: `${app.config.EXPRESS_COMPANY}承运本中心的证照快递，不能移除`,
    });
  for (const company of await companiesInUse(app.db))
    if (!kept.has(company) && company !== app.config.EXPRESS_COMPANY)
      problems.push({ in: 'body', path: 'companies', message: `${company}还有快递员，请先调整其快递员再移除` });
  if (problems.length) throw UserErrors.listEntriesInUse(problems);
  const companies = [...body.companies];
  await writeList(app.db, COURIER_COMPANIES_ID, { companies });
  await recordAudit(app.db, {
    actor: { userId: admin._id.toHexString(), role: 'admin' },
    action: 'config.courier_companies',
    target: `${companies.length}`,
    requestId,
  });
  return { companies };
}
