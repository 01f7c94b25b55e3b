import { type CounterReceipt } from '@onetrip/shared';
import { renderSectionsPdf } from '../../lib/pdf/sections-pdf';
import { cnDateTime } from './receipt-format';

/** U+3000, the full-width space Chinese typesetting puts between parts of a line. */
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * A receipt's lines on A4 pages (the content is `receiptContent`'s; nothing
 * is decided here): the title, the number and the time printed, the sections,
 * page numbers (lib/pdf). Outcome: the PDF's bytes.
 */
export function renderReceiptPdf(receipt: CounterReceipt): Promise<Buffer> {
  const printed = `打印时间：${cnDateTime(new Date(receipt.issuedAt))}`;
  const subtitle = receipt.number ? `办件编号：${receipt.number}${IDEOGRAPHIC_SPACE.repeat(2)}${printed}` : printed;
  return renderSectionsPdf({
    title: receipt.title,
    subtitle,
    sections: receipt.sections,
    subject: receipt.number ?? receipt.title,
  });
}
