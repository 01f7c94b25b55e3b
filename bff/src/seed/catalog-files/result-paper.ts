import { MARGIN, renderPaper, seal, SEAL_RED, watermark } from './paper';

/** 结果样本: what an item issues (a certificate, a decision), filled with made-up values. */
export interface ResultSpec {
  title: string;
  /** the issuing authority as it signs */
  issuer: string;
  /** the certificate's number line (编号, 统一社会信用代码…) */
  number: string;
  fields: readonly (readonly [string, string])[];
  date: string;
}

/** A certificate-like page: framed, titled, its fields, the issuer's seal and date, watermarked 样本. */
export function renderResult(spec: ResultSpec): Promise<Buffer> {
  return renderPaper(`${spec.title}（样本）`, (doc) => {
    const { width: pageWidth, height: pageHeight } = doc.page;
    const width = pageWidth - 2 * MARGIN;
    doc
      .lineWidth(3)
      .strokeColor('#8a6d3b')
      .rect(MARGIN - 14, MARGIN - 14, width + 28, pageHeight - 2 * MARGIN + 28)
      .stroke();
    doc
      .lineWidth(0.8)
      .rect(MARGIN - 8, MARGIN - 8, width + 16, pageHeight - 2 * MARGIN + 16)
      .stroke();
    doc.strokeColor('#000000');
    watermark(doc, '样本');
    doc
      .fontSize(26)
      .fillColor('#000000')
      .text(spec.title, MARGIN, MARGIN + 40, { width, align: 'center' });
    doc.moveDown(0.2).fontSize(13).fillColor(SEAL_RED).text('（样本）', { width, align: 'center' });
    doc.moveDown(0.8).fontSize(11).fillColor('#333333').text(spec.number, { width, align: 'center' });
    doc.moveDown(1.5).fillColor('#000000');
    for (const [label, value] of spec.fields) {
      const y = doc.y;
      doc.fontSize(13).text(`${label}`, MARGIN + 40, y, { width: 120 });
      const labelBottom = doc.y;
      doc.text(value, MARGIN + 170, y, { width: width - 210 });
      doc.y = Math.max(doc.y, labelBottom) + 12;
    }
    const bottom = pageHeight - MARGIN - 150;
    doc.fontSize(13).text(spec.issuer, MARGIN, bottom, { width: width - 40, align: 'right' });
    doc.text(spec.date, MARGIN, bottom + 26, { width: width - 40, align: 'right' });
    // Left of the issuer's name and date, so both stay readable.
    seal(
      doc,
      MARGIN + width - 40 - doc.widthOfString(spec.issuer) - 56,
      bottom + 20,
      spec.issuer.replace(/^莒南县/, ''),
    );
    doc
      .fontSize(9)
      .fillColor('#777777')
      .text('本样本仅示意证照式样，内容为虚构示例，不具有法律效力。', MARGIN, pageHeight - MARGIN - 30, {
        width,
        align: 'center',
        lineBreak: false,
      });
  });
}
