import { type FastifyPluginAsync } from 'fastify';
import { usersModel } from './users.model';
import { addressesModel } from './addresses.model';
import meRoutes from './me.routes';
import addressesRoutes from './addresses.routes';
import adminUsersRoutes from './admin.routes';
import userSearchRoutes from './user-search.routes';
import centreRoutes from './centre.routes';
import { startPhoneMaskBackfill } from './phone-mask-backfill';
export { accessChangeKey, bumpAccess } from './access-change';
export { type AddressRecord, addressesModel } from './addresses.model';
export { loadSignedInUser } from './me.service';
export { eraseAccount, removeAddressesOf } from './account-erasure';
export { toAddressView } from './addresses.service';
export { currentUserOf, default as roleGuard } from './role-guard';
export { hallConfig } from './hall-config.service';
export { centreContact, setCentreContact } from './centre-contact.service';
export { rolesOf, staffKindOf, toProfileView } from './user-view';
export { type UserRecord, usersModel } from './users.model';
export { upsertWechatUser } from './wechat-identity.service';
export { departmentHeads, departmentStaff, headsByDepartment, type DepartmentStaffMember } from './department-staff';

/** The users module: the user's own data (me, profile, addresses), role administration and the people search. */
const usersModule: FastifyPluginAsync = async (app) => {
  // Unique identity indexes must exist before the first login.
  await Promise.all([usersModel(app.db).init(), addressesModel(app.db).init()]);
  await app.register(meRoutes);
  await app.register(addressesRoutes);
  await app.register(adminUsersRoutes);
  await app.register(userSearchRoutes);
  await app.register(centreRoutes);
  startPhoneMaskBackfill(app);
};

export default usersModule;
