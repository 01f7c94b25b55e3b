import { type FastifyPluginAsync } from 'fastify';
import courierRoutes from './courier.routes';

export { issueReceiptCode } from './receipt-code';
export { ShipmentErrors } from './shipments.errors';

/**
 * 政务快递, the courier's side: the shipments of the courier's company, pick
 * up, failed attempt, and delivery confirmed with the recipient's receipt
 * code. The shipment lives in the case document (`applications.shipment`);
 * the staff module creates it when it issues by express and unlocks a locked
 * one. See README.md.
 */
const shipmentsModule: FastifyPluginAsync = async (app) => {
  await app.register(courierRoutes);
};

export default shipmentsModule;
