import { heading, MARGIN, renderPaper, watermark } from './paper';

/** A room of a floor plan, in metres from the plan's top-left corner. */
interface Room {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A pharmacy or clinic of about 120 m²: what a 平面布局图 shows (areas, their use, the way in). */
const ROOMS: readonly Room[] = [
  { name: '营业区（药品陈列）', x: 0, y: 0, w: 9, h: 7 },
  { name: '阴凉区', x: 9, y: 0, w: 3, h: 3.5 },
  { name: '仓储区', x: 9, y: 3.5, w: 3, h: 3.5 },
  { name: '收银台', x: 0, y: 7, w: 4, h: 3 },
  { name: '质量管理办公室', x: 4, y: 7, w: 4, h: 3 },
  { name: '卫生间', x: 8, y: 7, w: 4, h: 3 },
];

/** 平面布局图 示例: the rooms to scale with their use, the entrance and a scale bar. */
export function renderPlanSample(title: string, issuer: string): Promise<Buffer> {
  return renderPaper(title, (doc) => {
    watermark(doc, '示例');
    heading(doc, title, issuer);
    const scale = (doc.page.width - 2 * MARGIN) / 12;
    const top = doc.y + 10;
    doc.lineWidth(1.2).strokeColor('#333333');
    for (const room of ROOMS) {
      const [x, y] = [MARGIN + room.x * scale, top + room.y * scale];
      doc.rect(x, y, room.w * scale, room.h * scale).stroke();
      doc
        .fontSize(11)
        .fillColor('#000000')
        .text(room.name, x, y + (room.h * scale) / 2 - 7, { width: room.w * scale, align: 'center' });
      doc
        .fontSize(8.5)
        .fillColor('#555555')
        .text(`${room.w * room.h} m²`, x, y + (room.h * scale) / 2 + 8, {
          width: room.w * scale,
          align: 'center',
        });
    }
    // The way in: a gap in the front wall with an arrow.
    const doorX = MARGIN + 3 * scale;
    doc
      .lineWidth(4)
      .strokeColor('#ffffff')
      .moveTo(doorX, top)
      .lineTo(doorX + 2 * scale, top)
      .stroke();
    doc
      .lineWidth(1)
      .strokeColor('#c8102e')
      .moveTo(doorX + scale, top - 30)
      .lineTo(doorX + scale, top - 4)
      .stroke();
    doc
      .fontSize(10)
      .fillColor('#c8102e')
      .text('入口', doorX + scale + 6, top - 28);
    const below = top + 10 * scale + 20;
    doc
      .lineWidth(1)
      .strokeColor('#000000')
      .moveTo(MARGIN, below)
      .lineTo(MARGIN + 2 * scale, below)
      .stroke();
    doc
      .fontSize(9)
      .fillColor('#000000')
      .text('比例尺：0 — 2 米', MARGIN, below + 6);
    doc.text('总面积约 120 平方米，标明各区域名称、面积和用途；实际布局以现场为准。', MARGIN, below + 24);
  });
}
