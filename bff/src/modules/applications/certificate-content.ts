import { maskIdNumber } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { cnDate } from '../../lib/pdf/cn-date';
import { type SectionsPaper } from '../../lib/pdf/sections-pdf';
import { type ApplicationRecord } from './application.model';

/**
 * The 办理结果通知书 of an electronic case (电子送达), as headed lines, from
 * the case alone: the case number, the applicant (their own paper: name and
 * masked ID number), each item's result with its certificate number and
 * department, and how to check it. Nothing in it depends on when or by whom
 * it is read, so every download of a case is the same paper (the PDF's date
 * is the issue's). The case must be issued (`concludedAt`, `certificateNo`).
 */
export function certificateContent(pii: Pii, record: ApplicationRecord): SectionsPaper {
  const issuedAt = record.concludedAt ?? record.completedAt ?? record.updatedAt;
  const number = record.number ?? record._id.toHexString();
  const applicant = record.applicant;
  // U+3000 indents an item's details under its name, as a printed Chinese list does.
  const results = record.items.flatMap((item) =>
    item.status === 'approved'
      ? [
          `${item.name}：准予办理`,
          `\u3000证照（文书）编号：${item.certificateNo ?? record.certificateNo ?? ''}`,
          `\u3000出具单位：${item.department}`,
        ]
      : [
          `${item.name}：不予办理${item.denyReason ? `（${item.denyReason}）` : ''}`,
          `\u3000出具单位：${item.department}`,
        ],
  );
  return {
    title: '办理结果通知书',
    subtitle: `办件编号：${number}\u3000\u3000出证日期：${cnDate(issuedAt)}`,
    subject: number,
    createdAt: issuedAt,
    sections: [
      {
        heading: '申请人',
        lines: applicant
          ? [`姓名：${applicant.name}`, `身份证号：${maskIdNumber(pii.decrypt(applicant.idNumberEnc))}`]
          : ['（无）'],
      },
      {
        heading: record.chain ? `办理结果（一链办理：${record.chain.name}）` : '办理结果',
        lines: results,
      },
      {
        heading: '送达',
        lines: [
          `送达方式：电子送达。本通知书于${cnDate(issuedAt)}出具，申请人可在“一次办”小程序的办件详情中随时下载，无需到窗口领取。`,
          `核验：凭办件编号${number}和申请人手机号后4位，可在“一次办”办件进度查询中核验本办件。`,
        ],
      },
    ],
  };
}
