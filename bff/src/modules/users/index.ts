import { type FastifyPluginAsync } from 'fastify';
import { usersModel } from './users.model';
import { addressesModel } from './addresses.model';
import meRoutes from './me.routes';
import addressesRoutes from './addresses.routes';
import adminUsersRoutes from './admin.routes';
export { accessChangeKey, bumpAccess } from './access-change';
export { type AddressRecord, addressesModel } from './addresses.model';
export { loadSignedInUser } from './me.service';
export { currentUserOf, default as roleGuard } from './role-guard';
export { hallConfig } from './hall-config.service';
export { centreContact, setCentreContact } from './centre-contact.service';
export { rolesOf, staffKindOf } from './user-view';
export { type UserRecord, usersModel } from './users.model';
export { upsertWechatUser } from './wechat-identity.service';

/** The users module: the user's own data (me, profile, addresses) and role administration. */
const usersModule: FastifyPluginAsync = async (app) => {
  // Unique identity indexes must exist before the first login.
  await Promise.all([usersModel(app.db).init(), addressesModel(app.db).init()]);
  await app.register(meRoutes);
  await app.register(addressesRoutes);
  await app.register(adminUsersRoutes);
};

export default usersModule;
