import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { type AppError } from '../../lib/app-error';
import { guardedUpdate } from '../../lib/guarded-update';
import { currentUserOf } from '../../plugins/app/roles';
import { recordAudit } from '../audit/audit.service';
import { applicationModel, type ApplicationRecord } from '../applications/application.model';
import { type UpdateLike } from '../notifications/outbox';
import { type CaseShipment } from './shipment.types';
import { ShipmentErrors } from './shipments.errors';

/** The signed-in courier, as `requireRole('courier')` has just re-read them. */
export interface CourierContext {
  app: FastifyInstance;
  courier: { userId: string; company: string };
  requestId: string;
}

export type ShippedCase = ApplicationRecord & { shipment: CaseShipment };

export function courierContext(app: FastifyInstance, request: FastifyRequest): CourierContext {
  const user = currentUserOf(request);
  return {
    app,
    courier: { userId: user._id.toHexString(), company: user.courierCompany ?? '' },
    requestId: request.id,
  };
}

/**
 * The case carrying shipment `id`, if the shipment is the courier's company's.
 * Outcomes: the record; 404 for an unknown shipment and another company's alike.
 */
export async function loadCourierCase(ctx: CourierContext, id: string): Promise<ShippedCase> {
  const { company } = ctx.courier;
  const record = company
    ? await applicationModel(ctx.app.db)
        .findOne({ 'shipment.id': id, 'shipment.courierCompany': company })
        .lean<ApplicationRecord>()
    : null;
  if (!record?.shipment) throw ShipmentErrors.notFound();
  return record as ShippedCase;
}

/** What one courier action decided on the case as read: the update, and an error to answer after storing it. */
export interface CourierDecision {
  update: UpdateLike;
  /** the audit action (`shipment.<…>`) */
  audit: string;
  /** e.g. a wrong receipt code: the count is stored, then the courier gets the 422/423 */
  thenThrow?: AppError;
}

/** How long a courier action queues behind other writers of the case before trying again. */
const LEASE_WAIT_MS = 3_000;
/** Re-reads after losing to another writer; each loss means someone else's write went through. */
const MAX_TRIES = 25;

/**
 * A courier's change of a shipment, race-safe on FerretDB: read the case,
 * `decide` on what was read (it may throw 423/409), and store the decision
 * with `guardedUpdate` (version-guarded under the case's write lease). When
 * another write came first the case is read again and decided afresh, so no
 * decision is taken on stale data and no wrong receipt code goes uncounted
 * (concurrent tries are counted one after another). Then the action is
 * audited. Outcomes: the updated record, or `thenThrow`; 404; what `decide`
 * throws; 409 VERSION_CONFLICT when it kept losing (nothing stored).
 */
export async function courierWrite(
  ctx: CourierContext,
  id: string,
  decide: (record: ShippedCase) => CourierDecision,
): Promise<ShippedCase> {
  const Model = applicationModel(ctx.app.db);
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const record = await loadCourierCase(ctx, id);
    const decision = decide(record);
    const update = decision.update as UpdateQuery<never>;
    const updated = await guardedUpdate(Model, record._id.toHexString(), record.version, update, {
      waitMs: LEASE_WAIT_MS,
    });
    if (!updated) continue;
    await recordAudit(ctx.app.db, {
      actor: { userId: ctx.courier.userId, role: 'courier' },
      action: decision.audit,
      caseId: record._id.toHexString(),
      target: id,
      requestId: ctx.requestId,
    });
    if (decision.thenThrow) throw decision.thenThrow;
    return updated as ShippedCase;
  }
  throw ShipmentErrors.busy();
}
