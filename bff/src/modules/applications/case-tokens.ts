import { type Connection } from 'mongoose';
import { bumpTokens } from '../../lib/change-tokens';
import { type ApplicationRecord } from './application.types';
import { projectCase } from './open-cases';

/**
 * The change tokens a case's writes replace (lib/change-tokens.ts): its own,
 * the lists it appears in (its owner's, the agent's who started it) and, when
 * the write moves it in or out of a queue or changes its clock, the queues of
 * its departments and the hall-wide queues.
 */
export const caseToken = (id: string) => `case:${id}`;
export const ownerListToken = (ownerId: string) => `cases-of:${ownerId}`;
export const agentListToken = (agentId: string) => `agent-cases:${agentId}`;
export const queueToken = (department: string) => `queue:${department}`;
/** The hall-wide queues (comprehensive and results windows: every department's cases of one status). */
export const HALL_QUEUE_TOKEN = 'queue-hall:all';

/** Fields whose change can move a case in a staff queue or change its due time (or its 已催办) there. */
const QUEUE_FIELDS = ['status', 'number', 'items', 'submittedAt', 'acceptedAt', 'pauses', 'concludedAt', 'chase'];

/** Whether an update document writes any queue field (`$set: {status}`, `$push: {pauses}`, `items.0.status`…). */
export function touchesQueues(update: unknown): boolean {
  if (!update || typeof update !== 'object') return false;
  return Object.values(update as Record<string, unknown>).some(
    (fields) =>
      fields !== null &&
      typeof fields === 'object' &&
      Object.keys(fields).some((path) => QUEUE_FIELDS.includes(path.split('.')[0] ?? '')),
  );
}

/**
 * Replaces the tokens after a write of `record` (as stored after it). A write that touches the queues first
 * brings the open-case projection up to date (open-cases.ts), so a reader that sees the new tokens reads it too.
 */
export async function caseChanged(conn: Connection, record: ApplicationRecord, queues: boolean): Promise<void> {
  if (queues) await projectCase(conn, record);
  const departments = record.departments?.length ? record.departments : (record.items ?? []).map((i) => i.department);
  await bumpTokens(conn, [
    caseToken(record._id.toString()),
    ownerListToken(record.ownerId),
    ...(record.agentId ? [agentListToken(record.agentId)] : []),
    ...(queues ? [...departments.map(queueToken), HALL_QUEUE_TOKEN] : []),
  ]);
}
