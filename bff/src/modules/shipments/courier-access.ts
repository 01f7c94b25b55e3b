import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type AppError } from '../../lib/app-error';
import { TIMING } from '../../lib/store';
import { currentUserOf } from '../users';
import { recordAudit } from '../audit';
import {
  applicationModel,
  tryTransitionCase,
  type ApplicationRecord,
  type CaseChange,
  type CaseShipment,
} from '../applications';
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

/** What one courier action decided on the case as read: the change, and an error to answer after storing it. */
export interface CourierDecision {
  change: CaseChange;
  /** the audit action (`shipment.<…>`) */
  audit: string;
  /** e.g. a wrong receipt code: the count is stored, then the courier gets the 422/423 */
  thenThrow?: AppError;
}

/** Re-reads after losing to another writer; each loss means someone else's write went through. */
const MAX_TRIES = 25;

/**
 * A courier's change of a shipment, race-safe on FerretDB: read the case,
 * `decide` on what was read (it may throw 423/409), and store the decision
 * through the case's owner (`tryTransitionCase`, queuing patiently behind other writers). When
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
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const record = await loadCourierCase(ctx, id);
    const decision = decide(record);
    const updated = await tryTransitionCase(ctx.app, record, decision.change, TIMING.patient);
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
