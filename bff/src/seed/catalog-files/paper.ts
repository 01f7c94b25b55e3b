import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { cjkFont } from '../../lib/pdf/cjk-font';

export const MARGIN = 50;
export const INK = '#000000';
/** What a resident writes on a sample (填写示例): blue, like a pen. */
export const PEN = '#1f4e9c';
export const SEAL_RED = '#c8102e';
const FONT = 'cjk';

/**
 * The demo papers' creation date: pdfkit stamps the current time otherwise,
 * which also seeds the file id, so a fixed date makes the same paper the same bytes.
 */
const CREATED = new Date('2026-01-05T09:00:00+08:00');

interface FontEngine {
  create(bytes: Buffer): unknown;
}

let parsedFont: unknown = null;

/**
 * The Chinese font parsed once for all the seed's papers. pdfkit re-parses a
 * font given as bytes for every document (about 0.15 s for this 8 MB font); it
 * also takes the parsed font of its own engine, fontkit, which is reached
 * through pdfkit so it is the very version pdfkit uses.
 */
function sharedFont(): PDFKit.Mixins.PDFFontSource {
  if (!parsedFont) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as FontEngine;
    parsedFont = fontkit.create(cjkFont());
  }
  return parsedFont as PDFKit.Mixins.PDFFontSource;
}

/** An A4 paper in the Chinese font, drawn by `draw`; resolves with the PDF's bytes. */
export function renderPaper(title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, CreationDate: CREATED } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, sharedFont());
  doc.font(FONT).fillColor(INK);
  draw(doc);
  doc.end();
  return done;
}

/** A large faint word across the page (样表, 样本), so a sample is never taken for the real thing. */
export function watermark(doc: PDFKit.PDFDocument, text: string): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.fillColor(SEAL_RED, 0.12).fontSize(110);
  doc.text(text, 0, height / 2 - 70, { width, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor(INK, 1);
}

/** The title block: the paper's name, and under it who provides it. */
export function heading(doc: PDFKit.PDFDocument, title: string, issuer: string): void {
  doc
    .fontSize(20)
    .fillColor(INK)
    .text(title, MARGIN, MARGIN + 10, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor('#555555').text(issuer, { align: 'center' }).fillColor(INK);
  doc.moveDown(1);
}

/** A red seal: a circle with the issuer's name inside (a drawing, not a real 电子印章). */
export function seal(doc: PDFKit.PDFDocument, x: number, y: number, issuer: string): void {
  doc.save();
  doc.lineWidth(2.5).strokeColor(SEAL_RED).circle(x, y, 46).stroke();
  doc
    .fillColor(SEAL_RED)
    .fontSize(20)
    .text('★', x - 12, y - 14, { width: 24, align: 'center', lineBreak: false });
  doc.fontSize(9).text(issuer, x - 40, y + 10, { width: 80, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor(INK).strokeColor(INK);
}
