import { type FastifyPluginAsync } from 'fastify';
import { auditModel } from './audit.model';
import auditRoutes from './audit.routes';

export { recordAudit, type AuditInput } from './audit.service';

/** The append-only audit log (README.md): written by every module through `recordAudit`, read by admins. */
const auditModule: FastifyPluginAsync = async (app) => {
  await auditModel(app.db).init();
  await app.register(auditRoutes);
};

export default auditModule;
