import { type FastifyInstance } from 'fastify';
import { type AdminConfig, type Station } from '@onetrip/shared';
import { usersModel } from './users.model';
import { hallConfig } from './hall-config.service';

/** Courier companies OneTrip works with even before any courier account exists. */
export const KNOWN_COURIER_COMPANIES = ['中国邮政EMS', '顺丰速运'];

const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');
const texts = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string' && v.length > 0);
const isStation = (v: unknown): v is Station =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Station).town === 'string' &&
  typeof (v as Station).village === 'string';

/**
 * `GET /admin/config`: the departments (of catalog items and of staff), courier
 * companies and agent stations known to the system, for admin forms, and the
 * centre's hall settings (受审分离, `PUT /admin/config/hall`).
 * Outcomes: the lists, each without repeats; empty lists on an empty system; the settings' defaults until changed.
 */
export async function adminConfig(app: FastifyInstance): Promise<AdminConfig> {
  const Users = usersModel(app.db);
  const [itemDepartments, staffDepartments, companies, stations, hall] = await Promise.all([
    // The catalog module owns `items`; it may not exist yet.
    app.db.collection('items').distinct('department'),
    Users.distinct('department'),
    Users.distinct('courierCompany'),
    Users.distinct('station'),
    hallConfig(app.db),
  ]);
  const uniqueStations = new Map<string, Station>();
  for (const { town, village } of (stations as unknown[]).filter(isStation))
    uniqueStations.set(`${town}/${village}`, { town, village });
  return {
    departments: [...new Set(texts([...itemDepartments, ...staffDepartments]))].sort(byChinese),
    courierCompanies: [...new Set([...KNOWN_COURIER_COMPANIES, ...texts(companies)])],
    stations: [...uniqueStations.values()].sort((a, b) => byChinese(a.town, b.town) || byChinese(a.village, b.village)),
    ...hall,
  };
}
