import { type FastifyInstance } from 'fastify';
import { type SupervisionQuery } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { supervisionReport } from './dashboard.service';
import { supervisionCsv } from './report-csv';

/**
 * `GET /admin/supervision/export.csv`: the report of the same query as a CSV (report-csv.ts), computed afresh,
 * the red and yellow lists whole; audited `supervision.export`. Outcomes: the CSV text; 400 as the dashboard.
 */
export async function exportSupervision(
  app: FastifyInstance,
  admin: { userId: string },
  query: SupervisionQuery,
  requestId: string,
): Promise<string> {
  const report = await supervisionReport(app, query, new Date());
  await recordAudit(app.db, {
    actor: { userId: admin.userId, role: 'admin' },
    action: 'supervision.export',
    target: `${report.view.department ?? '全部部门'} ${report.view.from}~${report.view.to}`,
    requestId,
  });
  return supervisionCsv(report.view, report.overdue, report.dueSoon);
}
