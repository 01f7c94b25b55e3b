import { heading, MARGIN, PEN, renderPaper, seal, watermark } from './paper';

/** A row of a form: its label, what the sample writes in it, and how many lines it takes. */
export interface FormRow {
  label: string;
  sample: string;
  lines?: number;
}

/** A form a material asks the applicant to fill in (空白表格), and the filled-in sample (样表). */
export interface FormSpec {
  title: string;
  /** who provides the form, under its title */
  issuer: string;
  rows: readonly FormRow[];
  /** a list with columns (e.g. 医疗设备清单): header, the sample's rows, blank rows to fill */
  table?: { columns: readonly string[]; widths: readonly number[]; sampleRows: readonly string[][]; blankRows: number };
  /** the declaration above the signature */
  statement?: string;
  /** who signs, and the sample's signature */
  signer: { label: string; sample: string; sealed?: boolean };
  /** the sample's date */
  sampleDate: string;
}

const LABEL_WIDTH = 150;
const ROW_HEIGHT = 26;
const LINE_HEIGHT = 16;

function drawRows(doc: PDFKit.PDFDocument, rows: readonly FormRow[], filled: boolean): void {
  const width = doc.page.width - 2 * MARGIN;
  let y = doc.y;
  doc.lineWidth(0.8).strokeColor('#333333');
  for (const row of rows) {
    const height = ROW_HEIGHT + ((row.lines ?? 1) - 1) * LINE_HEIGHT;
    doc.rect(MARGIN, y, LABEL_WIDTH, height).stroke();
    doc.rect(MARGIN + LABEL_WIDTH, y, width - LABEL_WIDTH, height).stroke();
    doc
      .fontSize(11)
      .fillColor('#000000')
      .text(row.label, MARGIN + 8, y + 7, { width: LABEL_WIDTH - 16 });
    if (filled)
      doc
        .fillColor(PEN)
        .text(row.sample, MARGIN + LABEL_WIDTH + 10, y + 7, { width: width - LABEL_WIDTH - 20 })
        .fillColor('#000000');
    y += height;
  }
  doc.x = MARGIN;
  doc.y = y + 14;
}

function drawTable(doc: PDFKit.PDFDocument, table: NonNullable<FormSpec['table']>, filled: boolean): void {
  let y = doc.y;
  const rows = [
    table.columns,
    ...table.sampleRows.map((r) => (filled ? r : r.map(() => ''))),
    ...Array.from({ length: table.blankRows }, () => table.columns.map(() => '')),
  ];
  rows.forEach((cells, r) => {
    let x = MARGIN;
    cells.forEach((cell, c) => {
      const w = table.widths[c] ?? 80;
      doc.lineWidth(0.8).rect(x, y, w, ROW_HEIGHT).stroke();
      doc
        .fontSize(10.5)
        .fillColor(r === 0 || !filled ? '#000000' : PEN)
        .text(cell, x + 4, y + 8, { width: w - 8, align: 'center', lineBreak: false });
      x += w;
    });
    y += ROW_HEIGHT;
  });
  doc.fillColor('#000000');
  doc.x = MARGIN;
  doc.y = y + 14;
}

/**
 * 空白表格 (`filled` false) or 样表 (`filled`: the sample's values in blue
 * ink, marked 填写示例 and watermarked 样表).
 */
export function renderForm(spec: FormSpec, filled: boolean): Promise<Buffer> {
  return renderPaper(spec.title, (doc) => {
    if (filled) watermark(doc, '样表');
    heading(doc, spec.title, spec.issuer);
    if (filled)
      doc.fontSize(10).fillColor('#c8102e').text('填写示例（蓝色字为示例内容）', { align: 'right' }).moveDown(0.5);
    doc.fillColor('#000000');
    drawRows(doc, spec.rows, filled);
    if (spec.table) drawTable(doc, spec.table, filled);
    const width = doc.page.width - 2 * MARGIN;
    if (spec.statement) doc.fontSize(11).text(spec.statement, MARGIN, doc.y, { width, lineGap: 3 }).moveDown(2);
    const [y, x] = [doc.y, MARGIN + width / 2 - 40];
    doc.fontSize(11).text(`${spec.signer.label}：`, x, y, { lineBreak: false });
    const afterLabel = x + doc.widthOfString(`${spec.signer.label}：`);
    doc.text('日期：', x, y + 30, { lineBreak: false });
    const afterDate = x + doc.widthOfString('日期：');
    if (filled) {
      doc.fillColor(PEN).text(spec.signer.sample, afterLabel, y, { lineBreak: false });
      doc.text(spec.sampleDate, afterDate, y + 30, { lineBreak: false }).fillColor('#000000');
      if (spec.signer.sealed) seal(doc, MARGIN + width - 50, y + 20, spec.signer.sample);
    } else {
      doc.text('　　　　年　　月　　日', afterDate, y + 30, { lineBreak: false });
    }
    doc
      .fontSize(8.5)
      .fillColor('#777777')
      .text(`本表由${spec.issuer}提供，也可在“一次办”小程序的办事指南中下载。`, MARGIN, doc.page.height - MARGIN - 20, {
        width,
        align: 'center',
        lineBreak: false,
      });
  });
}
