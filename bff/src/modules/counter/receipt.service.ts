import { type FastifyInstance } from 'fastify';
import { maskIdNumber, maskPhone, type CounterReceipt, type ReceiptKind, type ReceiptSmsResult } from '@onetrip/shared';
import { UpstreamUnavailableError } from '../../lib/app-error';
import { recordAudit } from '../audit';
import { caseDeadline, progressLink, readCase, type ApplicationRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { centreContact } from '../users';
import { auditCounter, loadCounterCase, type CounterContext } from './counter-access';
import { CounterErrors } from './counter.errors';
import { receiptLinkModel, type ReceiptLinkRecord } from './counter.model';
import { receiptContent, receiptKindOf, type ReceiptInputs } from './receipt-content';
import { newReceiptToken, RECEIPT_LINK_DAYS, receiptLinkUrl, receiptTokenHash } from './receipt-link';
import { renderReceiptPdf } from './receipt-pdf';

/** What the paper needs besides the case: the centre, the applicant masked, the due day, the progress page. */
async function inputsOf(app: FastifyInstance, record: ApplicationRecord, now: Date): Promise<ReceiptInputs> {
  const applicant = record.applicant;
  if (!applicant) throw new Error('a counter case without its applicant');
  const phone = app.pii.decrypt(applicant.phoneEnc);
  const deadline = record.acceptedAt ? caseDeadline(record, await loadCalendars(app.db), now) : null;
  return {
    centre: await centreContact(app.db),
    applicant: {
      name: applicant.name,
      idNumberMasked: maskIdNumber(app.pii.decrypt(applicant.idNumberEnc)),
      phoneMasked: maskPhone(phone),
      phoneLast4: phone.slice(-4),
    },
    dueAt: deadline ? new Date(deadline.dueAt) : null,
    progressUrl: record.number ? progressLink(app.config.PUBLIC_H5_URL, record.number) : null,
    issuedAt: now,
  };
}

/** The case's paper (受理回执 or 一次性告知书), or 409 when it has neither yet. */
async function paperOf(
  ctx: CounterContext,
  id: string,
): Promise<{ record: ApplicationRecord; receipt: CounterReceipt }> {
  const record = await loadCounterCase(ctx, id);
  const kind = receiptKindOf(record);
  if (!kind) throw CounterErrors.noReceipt();
  return { record, receipt: receiptContent(record, kind, await inputsOf(ctx.app, record, new Date())) };
}

/**
 * `GET /counter/cases/:id/receipt`: the paper of the case as text — the
 * 受理回执 once accepted at the counter, else the latest 一次性告知书 of a
 * refused intake. Outcomes: the receipt; 404; 409 INVALID_STATE when it has
 * neither. Audited `counter.receipt.read`.
 */
export async function readReceipt(ctx: CounterContext, id: string): Promise<CounterReceipt> {
  const { receipt } = await paperOf(ctx, id);
  await auditCounter(ctx, 'counter.receipt.read', { caseId: id, target: receipt.kind });
  return receipt;
}

/** `GET /counter/cases/:id/receipt.pdf`: the same paper as a PDF, to print. Audited `counter.receipt.print`. */
export async function printReceipt(ctx: CounterContext, id: string): Promise<{ receipt: CounterReceipt; pdf: Buffer }> {
  const { receipt } = await paperOf(ctx, id);
  const pdf = await renderReceiptPdf(receipt);
  await auditCounter(ctx, 'counter.receipt.print', { caseId: id, target: receipt.kind });
  return { receipt, pdf };
}

/**
 * `POST /counter/cases/:id/receipt/sms`: texts the person (the phone of the
 * case's applicant) the case number and a link to the paper's PDF that works
 * without signing in, for RECEIPT_LINK_DAYS days, only with its token
 * (decision: an unguessable token, not the lookup pair — the number and four
 * digits are guessable by someone who knows the person). Only the token's
 * keyed hash is stored; a 一次性告知书 link shows the notice it was sent for.
 * Outcomes: `{kind, sentTo (masked), expiresAt}`; 404; 409 INVALID_STATE
 * (no paper yet); 503 when the SMS provider does not take the text (the link
 * is removed again). Audited `counter.receipt.sms`.
 */
export async function textReceipt(ctx: CounterContext, id: string): Promise<ReceiptSmsResult> {
  const { record, receipt } = await paperOf(ctx, id);
  const { app } = ctx;
  const now = new Date();
  const { token, hash, expiresAt } = newReceiptToken(app.pii, now);
  await receiptLinkModel(app.db).create([
    {
      _id: hash,
      caseId: id,
      kind: receipt.kind,
      noticeId: receipt.kind === 'notice' ? (record.notices.at(-1)?.id ?? null) : null,
      expiresAt,
      createdBy: ctx.clerk.userId,
      createdAt: now,
    },
  ]);
  const phone = app.pii.decrypt(record.applicant?.phoneEnc ?? '');
  const link = receiptLinkUrl(app.config.PUBLIC_API_URL, token);
  const params = { link, days: String(RECEIPT_LINK_DAYS), ref: hash.slice(0, 32) };
  try {
    await app.sms.send(
      receipt.kind === 'acceptance'
        ? { phone, template: 'counter_receipt', params: { ...params, number: record.number ?? '' } }
        : { phone, template: 'counter_notice', params },
    );
  } catch {
    await receiptLinkModel(app.db).deleteOne({ _id: hash });
    throw new UpstreamUnavailableError('短信发送失败，请稍后再试');
  }
  await auditCounter(ctx, 'counter.receipt.sms', { caseId: id, target: receipt.kind });
  return { kind: receipt.kind, sentTo: maskPhone(phone), expiresAt: expiresAt.toISOString() };
}

/** The paper a link was texted for, as the case is now (a notice link keeps its notice). */
function paperOfLink(app: FastifyInstance, record: ApplicationRecord, link: ReceiptLinkRecord, kind: ReceiptKind) {
  const notice = kind === 'notice' ? record.notices.find((n) => n.id === link.noticeId) : undefined;
  if (kind === 'notice' && !notice) return null;
  if (kind === 'acceptance' && receiptKindOf(record) !== 'acceptance') return null;
  return async () => receiptContent(record, kind, await inputsOf(app, record, new Date()), notice);
}

/**
 * `GET /receipts/:token` (public, rate-limited): the PDF of a texted paper,
 * for whoever holds the token. Outcomes: the PDF; 404 for an unknown or
 * expired token (alike), or a case that no longer has that paper. Every
 * download is audited (`counter.receipt.download`, actor `public`).
 */
export async function downloadReceipt(app: FastifyInstance, token: string, requestId: string): Promise<Buffer> {
  const link = await receiptLinkModel(app.db).findById(receiptTokenHash(app.pii, token)).lean<ReceiptLinkRecord>();
  if (!link || link.expiresAt.getTime() <= Date.now()) throw CounterErrors.linkNotFound();
  const record = await readCase(app, link.caseId);
  const paper = record ? paperOfLink(app, record, link, link.kind) : null;
  if (!paper) throw CounterErrors.linkNotFound();
  const pdf = await renderReceiptPdf(await paper());
  await recordAudit(app.db, {
    actor: { userId: 'public', role: 'public' },
    action: 'counter.receipt.download',
    caseId: link.caseId,
    target: link.kind,
    requestId,
  });
  return pdf;
}
