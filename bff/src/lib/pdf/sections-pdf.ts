import PDFDocument from 'pdfkit';
import { cjkFont } from './cjk-font';

const FONT = 'cjk';
const MARGIN = 50;

/** A paper of the centre as headed lines: what it says is decided by its content function, not here. */
export interface SectionsPaper {
  title: string;
  /** the small centred line under the title (number, date) */
  subtitle: string;
  sections: ReadonlyArray<{ heading: string; lines: ReadonlyArray<string> }>;
  /** the document's `Subject` (e.g. the case number) */
  subject: string;
  /**
   * The PDF's creation date. pdfkit otherwise stamps the current time, which
   * also seeds the file id: a fixed date makes the same paper the same bytes.
   */
  createdAt?: Date;
}

/**
 * Lays a paper's lines out on A4 pages in the Noto Sans Hans font: the title,
 * the subtitle, each section's heading, rule and lines, and page numbers.
 * Outcome: the PDF's bytes.
 */
export function renderSectionsPdf(paper: SectionsPaper): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: paper.title,
      Subject: paper.subject,
      ...(paper.createdAt ? { CreationDate: paper.createdAt } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, cjkFont());
  doc.font(FONT);
  const width = doc.page.width - 2 * MARGIN;

  doc.fontSize(18).text(paper.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor('#333333').text(paper.subtitle, { align: 'center' }).fillColor('#000000');
  doc.moveDown(0.6);
  for (const section of paper.sections) {
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
