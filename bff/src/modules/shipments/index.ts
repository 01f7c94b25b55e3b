import { type FastifyPluginAsync } from 'fastify';
import courierRoutes from './courier.routes';
import unlockRoutes from './unlock.routes';

export { issueByExpress } from './ship.service';
export { toShipmentView, toCourierShipment } from './shipment.view';

/**
 * 政务快递: the shipment of an express case (created by the staff module's
 * issue through `issueByExpress`), the courier API, and the staff unlock of a
 * shipment locked by wrong receipt codes. The shipment lives in the case
 * document (`applications.shipment`), see README.md.
 */
const shipmentsModule: FastifyPluginAsync = async (app) => {
  await app.register(courierRoutes);
  await app.register(unlockRoutes);
};

export default shipmentsModule;
