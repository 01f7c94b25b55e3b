import { type CaseChaseView } from '@onetrip/shared';
import { type ApplicationRecord, type CaseChase } from './application.types';

/**
 * A chase (催办) of the centre's supervision is stored on the case as its last one (`chase`, written by the
 * supervision module through `transitionCase` with a `chased` timeline event). It stands while the case stays in
 * the status it was chased in: once the case has moved on, the office has acted and the window no longer shows
 * 已催办. The timeline keeps every chase for staff (an internal event: residents never see it).
 */
export function standingChase(record: Pick<ApplicationRecord, 'status' | 'chase'>): CaseChase | null {
  const chase = record.chase;
  return chase && chase.status === record.status ? chase : null;
}

/** The standing chase as staff see it (case view and queue rows), or nothing. */
export function chaseView(record: Pick<ApplicationRecord, 'status' | 'chase'>): CaseChaseView | undefined {
  const chase = standingChase(record);
  return chase ? { at: chase.at.toISOString(), ...(chase.note ? { note: chase.note } : {}) } : undefined;
}
