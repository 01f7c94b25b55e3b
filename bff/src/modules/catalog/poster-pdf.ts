import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import { cjkFont } from '../../lib/pdf/cjk-font';
import { type PosterContent } from './poster-content';

const FONT = 'cjk';
const MARGIN = 50;
const GREEN = '#07c160';
/** The code's printed side: about 10.5 cm, scanned from a couple of metres. */
const QR_SIDE = 300;

type Doc = InstanceType<typeof PDFDocument>;

/** Draws the code as vector squares (sharp at any printer's resolution), with its quiet zone of 4 modules. */
function drawQr(doc: Doc, text: string, x: number, y: number, side: number): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 8;
  const cell = side / cells;
  doc.rect(x, y, side, side).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1)
      if (modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell + 0.05, cell + 0.05);
  doc.fill('#000000');
}

/** A centred line that shrinks (down to `min`) until it fits `lines` lines of the page's width. */
function fitted(doc: Doc, text: string, y: number, size: number, min: number, lines: number): number {
  const width = doc.page.width - 2 * MARGIN;
  let fontSize = size;
  doc.fontSize(fontSize);
  while (fontSize > min && doc.heightOfString(text, { width }) > fontSize * 1.3 * lines) {
    fontSize -= 1;
    doc.fontSize(fontSize);
  }
  doc.text(text, MARGIN, y, { width, align: 'center' });
  return doc.y;
}

/**
 * The A4 poster of a code (one page, Noto Sans Hans as the centre's other papers): the centre and
 * hall, what the code opens in large type, the code itself, 「微信扫一扫」 and what it opens in large
 * type, the enquiry line, and the URL and token in small type for those who cannot scan.
 * Outcome: the PDF's bytes.
 */
export function posterPdf(content: PosterContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${content.title} 二维码`, Subject: content.token },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, cjkFont());
  doc.font(FONT);
  const { width, height } = doc.page;

  doc.rect(0, 0, width, 12).fill(GREEN);
  doc.fillColor('#333333');
  let y = fitted(doc, content.centre, 44, 24, 14, 1);
  if (content.hall) y = fitted(doc, content.hall, y + 2, 15, 11, 1);
  doc.fillColor(GREEN);
  y = fitted(doc, content.kindLabel, y + 16, 18, 14, 1);
  doc.fillColor('#000000');
  y = fitted(doc, content.title, y + 6, 32, 18, 2);

  const qrTop = Math.max(y + 24, 250);
  drawQr(doc, content.url, (width - QR_SIDE) / 2, qrTop, QR_SIDE);

  y = fitted(doc, content.scan, qrTop + QR_SIDE + 22, 34, 24, 1);
  y = fitted(doc, content.purpose, y + 6, 28, 18, 1);
  if (content.phone) {
    doc.fillColor('#333333');
    fitted(doc, `咨询电话：${content.phone}`, y + 20, 18, 12, 1);
  }

  // Written inside the bottom margin: without this, pdfkit would start a new page for it.
  doc.page.margins.bottom = 0;
  doc.fontSize(9).fillColor('#777777');
  doc.text(`不便扫码时可在浏览器打开：${content.url}（编号 ${content.token}）`, MARGIN, height - 40, {
    width: width - 2 * MARGIN,
    align: 'center',
    lineBreak: false,
  });
  doc.rect(0, height - 12, width, 12).fill(GREEN);
  doc.end();
  return done;
}
