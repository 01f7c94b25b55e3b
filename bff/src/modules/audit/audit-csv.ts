import { beijingDateTime, csvCell, UTF8_BOM } from '../../lib/csv';
import { auditActionLabel, ROLE_LABELS, type AuditEntryView } from '@onetrip/shared';

const HEADER = [
  '时间（北京时间）',
  '操作',
  '操作代码',
  '操作人',
  '操作人编号',
  '身份',
  '服务站点',
  '办件编号',
  '办件ID',
  '对象',
  '对象姓名',
];

const beijingTime = (iso: string) => beijingDateTime(iso);

const roleLabel = (role: string) => (ROLE_LABELS as Record<string, string | undefined>)[role] ?? role;

function row(e: AuditEntryView): string[] {
  return [
    beijingTime(e.at),
    auditActionLabel(e.action),
    e.action,
    e.actor.name ?? '',
    e.actor.userId,
    roleLabel(e.actor.role),
    e.actor.station ? `${e.actor.station.town}${e.actor.station.village}` : '',
    e.caseNumber ?? '',
    e.caseId ?? '',
    e.target ?? '',
    e.targetName ?? '',
  ];
}

/** The entries as a CSV file for Excel: the BOM, a header, one line per entry (CRLF line ends). */
export function auditCsv(entries: ReadonlyArray<AuditEntryView>): string {
  const lines = [HEADER, ...entries.map(row)].map((cells) => cells.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
