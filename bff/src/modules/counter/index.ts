import { type FastifyPluginAsync } from 'fastify';
import casesRoutes from './cases.routes';
import { COUNTER_MODELS } from './counter.model';
import personsRoutes from './persons.routes';
import receiptRoutes from './receipt.routes';
import { counterUploadAccess } from './upload-access';

export { receiptContent, receiptKindOf, type ReceiptInputs } from './receipt-content';

/**
 * Walk-in intake at the counter (柜台受理, README.md): the person found or
 * registered, one case started, filled, scanned, checked and accepted — or
 * refused with a one-time notice — in one visit; the printed and texted
 * receipts. Registered after the applications module (its cases) and the
 * staff module.
 */
const counterModule: FastifyPluginAsync = async (app) => {
  // The person's unique ID-number index must exist before the first registration.
  await Promise.all(COUNTER_MODELS.map((model) => model(app.db).init()));
  app.uploadAccess.register(counterUploadAccess);
  await app.register(personsRoutes);
  await app.register(casesRoutes);
  await app.register(receiptRoutes);
};

export default counterModule;
