import { type FastifyInstance } from 'fastify';
import { type PaymentCreated, TERMINAL_STATUSES } from '@onetrip/shared';
import { isDuplicateKey, TIMING } from '../../lib/store';
import { type AuthUser } from '../../plugins/app/authenticate';
import { applicationModel, eventBy, retryTransitionCase, type ApplicationRecord } from '../applications';
import { PaymentErrors } from './payments.errors';
import { MAX_ATTEMPTS, outTradeNoOf, paymentsModel } from './payments.model';

const TRIES = 3;
const DESCRIPTION_MAX_BYTES = 127;

/**
 * What the payer sees in WeChat (≤ 127 UTF-8 bytes). Derived from the case
 * alone so that placing the same order again sends identical parameters.
 */
export function descriptionOf(record: ApplicationRecord): string {
  const [first] = record.items;
  const more = record.items.length > 1 ? `等${record.items.length}项` : '';
  let name = record.chain?.name ?? first?.name ?? '办事';
  let text = `一次办-${name}${more}`;
  while (Buffer.byteLength(text) > DESCRIPTION_MAX_BYTES && name.length > 1) {
    name = name.slice(0, -1);
    text = `一次办-${name}…${more}`;
  }
  return text;
}

/**
 * A new attempt: claims `OT<caseId><attempt>` by a unique insert (two
 * concurrent requests cannot both place it), places the JSAPI order for the
 * case's `fee.total`, then records it as the case's `payment` with a
 * `payment_created` timeline event (through the case's owner). Outcomes: PaymentCreated;
 * 409 VERSION_CONFLICT for a concurrent attempt; 409 INVALID_STATE when the
 * case stopped being payable meanwhile (the new order is closed again);
 * 503 from WeChat Pay (the attempt is marked closed, the next one moves on).
 */
export async function placeNewOrder(
  app: FastifyInstance,
  auth: AuthUser,
  record: ApplicationRecord,
  openid: string,
): Promise<PaymentCreated> {
  const caseId = record._id.toHexString();
  const Payments = paymentsModel(app.db);
  const attempt = (await Payments.countDocuments({ caseId })) + 1;
  if (attempt > MAX_ATTEMPTS) throw PaymentErrors.tooManyAttempts();
  const outTradeNo = outTradeNoOf(caseId, attempt);
  const amount = record.fee.total;
  let claimed;
  try {
    claimed = await Payments.create({ outTradeNo, caseId, attempt, amount, openid, status: 'unpaid' });
  } catch (err) {
    if (isDuplicateKey(err)) throw PaymentErrors.busy();
    throw err;
  }
  const retire = () => Payments.updateOne({ _id: claimed._id }, { $set: { status: 'closed' } });
  let placed;
  try {
    placed = await app.wechatPay.jsapi({ outTradeNo, description: descriptionOf(record), amount, openid });
  } catch (err) {
    await retire();
    throw err;
  }
  const payment = { id: claimed._id.toHexString(), outTradeNo, amount, status: 'unpaid', prepayId: placed.prepayId };
  if (!(await recordOnCase(app, auth, record, payment))) {
    await app.wechatPay.close(outTradeNo).catch(() => undefined);
    await retire();
    const now = await applicationModel(app.db).findById(record._id).lean<ApplicationRecord>();
    throw now?.payment?.status === 'paid' ? PaymentErrors.alreadyPaid() : PaymentErrors.notPayable();
  }
  await Payments.updateOne({ _id: claimed._id }, { $set: { prepayId: placed.prepayId } });
  app.log.info({ action: 'payment.create', caseId, outTradeNo }, 'payment order placed');
  return { paymentId: payment.id, outTradeNo, amount, requestPayment: placed.requestPayment };
}

/**
 * Sets the case's `payment`, as long as the case is still payable for the same
 * amount and its payment is still the one we started from (a concurrent
 * notification or withdrawal wins). Retries a lost version race a few times.
 */
async function recordOnCase(
  app: FastifyInstance,
  auth: AuthUser,
  read: ApplicationRecord,
  payment: { id: string; outTradeNo: string; amount: number; status: string; prepayId: string },
): Promise<boolean> {
  const before = read.payment?.outTradeNo;
  const stillPayable = (record: ApplicationRecord) =>
    record.status !== 'draft' &&
    !TERMINAL_STATUSES.includes(record.status) &&
    record.fee.total === payment.amount &&
    record.payment?.outTradeNo === before &&
    (record.payment?.status ?? 'unpaid') === 'unpaid';
  const result = await retryTransitionCase(
    app,
    read._id.toHexString(),
    (record) =>
      stillPayable(record) ? { set: { payment }, events: [eventBy(record, auth, 'payment_created')] } : null,
    { tries: TRIES, timing: TIMING.write },
  );
  return result.outcome === 'written';
}
