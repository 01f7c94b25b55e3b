import { type FastifyInstance } from 'fastify';
import { type AdminConfig, type Station } from '@onetrip/shared';
import { usersModel } from './users.model';
import { hallConfig } from './hall-config.service';
import { companiesInUse, keptCourierCompanies, keptStations, stationsInUse } from './config-lists.service';

/** Courier companies OneTrip works with even before any courier account exists (until the admin keeps a list). */
export const KNOWN_COURIER_COMPANIES = ['中国邮政EMS', '顺丰速运'];

const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');
const texts = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string' && v.length > 0);
const byPlace = (a: Station, b: Station) => byChinese(a.town, b.town) || byChinese(a.village, b.village);

/**
 * `GET /admin/config`: the departments (of catalog items and of staff), courier
 * companies and agent stations known to the system, for admin forms, and the
 * centre's hall settings (受审分离, `PUT /admin/config/hall`). Stations and
 * companies are the lists the admin keeps (`PUT /admin/config/stations`,
 * `/courier-companies`) once saved; before that, those in use (and the known companies).
 * Outcomes: the lists, each without repeats; empty lists on an empty system; the settings' defaults until changed.
 */
export async function adminConfig(app: FastifyInstance): Promise<AdminConfig> {
  const Users = usersModel(app.db);
  const [itemDepartments, staffDepartments, stations, companies, hall] = await Promise.all([
    // The catalog module owns `items`; it may not exist yet.
    app.db.collection('items').distinct('department'),
    Users.distinct('department'),
    keptStations(app.db).then(async (kept) => kept ?? (await stationsInUse(app.db)).sort(byPlace)),
    keptCourierCompanies(app.db).then(
      async (kept) => kept ?? [...new Set([...KNOWN_COURIER_COMPANIES, ...texts(await companiesInUse(app.db))])],
    ),
    hallConfig(app.db),
  ]);
  return {
    departments: [...new Set(texts([...itemDepartments, ...staffDepartments]))].sort(byChinese),
    courierCompanies: companies,
    stations,
    ...hall,
  };
}
