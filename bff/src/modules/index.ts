import { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { type Config } from '../config';
import authModule from './auth';
import { UploadAccess } from './uploads';
import { WithdrawHooks } from './applications';
import { QrTargets } from './catalog';
import usersModule from './users';
import catalogModule from './catalog';
import uploadsModule from './uploads';
import applicationsModule from './applications';
import paymentsModule from './payments';
import notificationsModule from './notifications';
import holidaysModule from './holidays';
import staffModule from './staff';
import shipmentsModule from './shipments';
import evaluationsModule from './evaluations';
import statisticsModule from './statistics';
import authorizationsModule from './authorizations';
import auditModule from './audit';
import housekeepingModule from './housekeeping';
import hallModule from './hall';
import counterModule from './counter';
import supervisionModule from './supervision';
import privacyModule from './privacy';
import complaintsModule from './complaints';

/**
 * Registries filled by one module and read by another, scoped to the app (not
 * the process): decorated on the root before any module registers, so every
 * module and every test sees the same ones.
 */
export function decorateRegistries(app: FastifyInstance): void {
  app.decorate('uploadAccess', new UploadAccess());
  app.decorate('withdrawHooks', new WithdrawHooks());
  app.decorate('qrTargets', new QrTargets());
}

/** Every domain module, each a plugin owning its routes under /api/v1. */
export const registerModules: FastifyPluginAsync<{ config: Config }> = async (app) => {
  await app.register(authModule);
  await app.register(usersModule);
  await app.register(catalogModule);
  await app.register(uploadsModule);
  await app.register(applicationsModule);
  await app.register(paymentsModule);
  await app.register(notificationsModule);
  await app.register(holidaysModule);
  await app.register(staffModule);
  await app.register(shipmentsModule);
  await app.register(evaluationsModule);
  await app.register(statisticsModule);
  await app.register(authorizationsModule);
  await app.register(auditModule);
  await app.register(hallModule);
  await app.register(counterModule);
  await app.register(complaintsModule);
  await app.register(supervisionModule);
  await app.register(privacyModule);
  await app.register(housekeepingModule);
};
