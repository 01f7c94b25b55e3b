import { newRateLink, type ApplicationRecord, type TimelineEntry } from '../applications';
import { staffEvent, type StaffContext } from './staff-access';
import { applyChange } from './transition';

/** The hint of the `completed` message: where the result is (WeChat's field is short). */
const DOWNLOAD_HINT = '结果已电子送达，请在小程序下载';

/**
 * The electronic half of `POST /staff/applications/:id/issue` (电子送达; the
 * case is checked issuable and If-Match matched): nothing is handed over, so
 * the case is done at issue — ONE version-guarded update `approved` → `issued`
 * → `completed` with both events, `completedAt`, the single-use rating link
 * (hash and expiry) and the `completed` message that carries it, as a window
 * handover does. The result itself is the PDF drawn from the case
 * (`GET /applications/:id/certificate.pdf`): nothing else is stored.
 *
 * Outcomes: the updated record; 409 VERSION_CONFLICT when another write came first.
 */
export async function issueElectronically(
  ctx: StaffContext,
  record: ApplicationRecord,
  issued: { event: TimelineEntry; set: Record<string, unknown> },
): Promise<ApplicationRecord> {
  const now = new Date();
  const rateLink = newRateLink(ctx.app.pii, record, now);
  return applyChange(ctx, record, {
    path: ['issued', 'completed'],
    events: [issued.event, staffEvent(ctx, 'completed', '电子送达')],
    set: { ...issued.set, completedAt: now, ...rateLink.set },
    notify: [{ kind: 'completed', extra: { ...rateLink.extra, note: DOWNLOAD_HINT } }],
  });
}
