import { type FastifyInstance } from 'fastify';
import { isPublicTimelineAction, timelineLabel, type ProgressQuery, type ProgressView } from '@onetrip/shared';
import { readCaseByNumber } from './case-read';
import { ApplicationErrors } from './application.errors';

/**
 * `GET /progress?number=&phoneLast4=` (public, rate-limited per IP): what a
 * case has gone through, for someone holding its number and the applicant's
 * phone number. No personal data: no names, ID or phone numbers, no notes.
 *
 * Outcomes: `{number, status, itemNames, timeline[{at, label}]}`; 404 for an
 * unknown number and for a wrong phone alike (the pair either matches or not).
 */
export async function lookupProgress(app: FastifyInstance, query: ProgressQuery): Promise<ProgressView> {
  const record = await readCaseByNumber(app, query.number);
  const phone = record?.applicant ? app.pii.decrypt(record.applicant.phoneEnc) : '';
  if (!record?.number || phone.slice(-4) !== query.phoneLast4) throw ApplicationErrors.notFound();
  return {
    number: record.number,
    status: record.status,
    itemNames: record.items.map((i) => i.name),
    timeline: record.timeline
      .filter((e) => isPublicTimelineAction(e.action))
      .map((e) => ({ at: e.at.toISOString(), label: timelineLabel(e.action) })),
  };
}
