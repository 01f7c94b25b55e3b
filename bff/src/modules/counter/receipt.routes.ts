import { z } from 'zod';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CounterReceipt, IdParams, ReceiptSmsResult, ReceiptTokenParams } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { counterContext } from './counter-access';
import { downloadReceipt, printReceipt, readReceipt, textReceipt } from './receipt.service';

/** Guessing tokens is hopeless (192 bits); the limit only keeps a client from having many PDFs drawn at once. */
export const RECEIPT_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

const PDF = z.any().describe('the receipt as application/pdf');

/** The counter's papers (受理回执, 一次性告知书) as text, PDF and text message; the public download of a texted one. */
const receiptRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['counter'], security: [{ bearer: [] }] };
  const read = errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE');

  app.get(
    '/counter/cases/:id/receipt',
    { ...base, schema: { ...docs, params: IdParams, response: { 200: CounterReceipt, ...read } } },
    async (request) => readReceipt(counterContext(app, request), request.params.id),
  );

  app.get(
    '/counter/cases/:id/receipt.pdf',
    { ...base, schema: { ...docs, params: IdParams, response: { 200: PDF, ...read } } },
    async (request, reply) => {
      const { receipt, pdf } = await printReceipt(counterContext(app, request), request.params.id);
      const name = `${receipt.kind === 'acceptance' ? '受理回执' : '一次性告知书'}-${receipt.number ?? request.params.id}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/counter/cases/:id/receipt/sms',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        response: {
          200: ReceiptSmsResult,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE', 'UPSTREAM_UNAVAILABLE'),
        },
      },
    },
    async (request) => textReceipt(counterContext(app, request), request.params.id),
  );

  app.get(
    '/receipts/:token',
    {
      config: { rateLimit: RECEIPT_RATE_LIMIT },
      schema: {
        tags: ['counter'],
        params: ReceiptTokenParams,
        response: { 200: PDF, ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND', 'RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      const pdf = await downloadReceipt(app, request.params.token, request.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="receipt.pdf"')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};

export default receiptRoutes;
