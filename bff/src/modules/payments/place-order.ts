import { type FastifyInstance } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { type PaymentCreated, TERMINAL_STATUSES } from '@onetrip/shared';
import { guardedUpdate } from '../../lib/guarded-update';
import { type AuthUser } from '../../plugins/app/authenticate';
import { applicationModel, type ApplicationRecord } from '../applications/application.model';
import { eventBy } from '../applications/case-access';
import { PaymentErrors } from './payments.errors';
import { MAX_ATTEMPTS, outTradeNoOf, paymentsModel } from './payments.model';

const LEASE_WAIT_MS = 2_000;
const TRIES = 3;
const DESCRIPTION_MAX_BYTES = 127;
const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;

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
 * `payment_created` timeline event (guardedUpdate). Outcomes: PaymentCreated;
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
  const Cases = applicationModel(app.db);
  const before = read.payment?.outTradeNo;
  let record: ApplicationRecord | null = read;
  for (let i = 0; i < TRIES && record; i += 1) {
    const stillPayable =
      record.status !== 'draft' &&
      !TERMINAL_STATUSES.includes(record.status) &&
      record.fee.total === payment.amount &&
      record.payment?.outTradeNo === before &&
      (record.payment?.status ?? 'unpaid') === 'unpaid';
    if (!stillPayable) return false;
    const update: UpdateQuery<ApplicationRecord> = {
      $set: { payment },
      $push: { timeline: eventBy(record, auth, 'payment_created') },
    };
    const updated = await guardedUpdate(Cases, record._id.toHexString(), record.version, update as UpdateQuery<never>, {
      waitMs: LEASE_WAIT_MS,
    });
    if (updated) return true;
    record = await Cases.findById(read._id).lean<ApplicationRecord>();
  }
  return false;
}
