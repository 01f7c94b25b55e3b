import PDFDocument from 'pdfkit';
import { type CounterReceipt } from '@onetrip/shared';
import { cnDateTime } from './receipt-format';
import { receiptFont } from './receipt-font';

const FONT = 'receipt';
const MARGIN = 50;
/** U+3000, the full-width space Chinese typesetting puts between parts of a line. */
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * Lays a receipt's lines out on A4 pages (the content is `receiptContent`'s;
 * nothing is decided here): the title, the number, each section's heading
 * and lines, the time printed, and page numbers. Outcome: the PDF's bytes.
 */
export function renderReceiptPdf(receipt: CounterReceipt): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: receipt.title, Subject: receipt.number ?? receipt.title },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, receiptFont());
  doc.font(FONT);
  const width = doc.page.width - 2 * MARGIN;

  doc.fontSize(18).text(receipt.title, { align: 'center' });
  const printed = `打印时间：${cnDateTime(new Date(receipt.issuedAt))}`;
  const subtitle = receipt.number ? `办件编号：${receipt.number}${IDEOGRAPHIC_SPACE.repeat(2)}${printed}` : printed;
  doc.moveDown(0.3).fontSize(10).fillColor('#333333').text(subtitle, { align: 'center' }).fillColor('#000000');
  doc.moveDown(0.6);
  for (const section of receipt.sections) {
    doc.fontSize(12).text(section.heading);
    const y = doc.y + 1;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.moveDown(0.3).fontSize(10.5);
    for (const line of section.lines) doc.text(line, { width, lineGap: 1.5 });
    doc.moveDown(0.6);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Written inside the bottom margin: without this, pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - MARGIN / 2 - 10;
    doc.fontSize(8.5).fillColor('#777777');
    doc.text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN, footerY, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
