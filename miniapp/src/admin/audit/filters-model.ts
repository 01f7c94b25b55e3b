import { AUDIT_ACTION_GROUPS, auditActionLabel, ROLE_LABELS, type AuditEntryView } from '@onetrip/shared';
import { type AuditFilters } from '@/services/admin-audit';

/** The filters as the page holds them. */
export interface AuditForm {
  /** a 办件编号 (ZW…) or a case id */
  caseText: string;
  /** chosen through the people search: never typed as an id */
  actor: { id: string; label: string } | null;
  /** '' = every action */
  action: string;
  /** Beijing days, `YYYY-MM-DD` or '' */
  from: string;
  to: string;
}

export const EMPTY_FORM: AuditForm = { caseText: '', actor: null, action: '', from: '', to: '' };

/** The action filter's choices: every known action with its Chinese name, by group. */
export const ACTION_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: '全部操作' },
  ...AUDIT_ACTION_GROUPS.flatMap((group) =>
    Object.entries(group.actions).map(([value, label]) => ({ value, label: `${group.title}：${label}` })),
  ),
];

/**
 * The query of a form (GET /admin/audit), or what is wrong with it: a case is a 办件编号 or a case
 * id; days are whole Beijing days (`from` at 00:00, `to` through 23:59:59.999).
 */
export function filtersOf(
  form: AuditForm,
): { filters: AuditFilters } | { problem: { field: string; message: string } } {
  const caseText = form.caseText.trim();
  const filters: AuditFilters = {};
  if (/^ZW[0-9]{14}$/i.test(caseText)) filters.caseNumber = caseText.toUpperCase();
  else if (/^[0-9a-f]{24}$/.test(caseText)) filters.caseId = caseText;
  else if (caseText) return { problem: { field: 'case', message: '请输入办件编号（ZW 开头的 16 位）或办件 ID' } };
  if (form.actor) filters.actor = form.actor.id;
  if (form.action) filters.action = form.action;
  if (form.from && form.to && form.from > form.to)
    return { problem: { field: 'to', message: '结束日期不能早于开始日期' } };
  if (form.from) filters.from = `${form.from}T00:00:00+08:00`;
  if (form.to) filters.to = `${form.to}T23:59:59.999+08:00`;
  return { filters };
}

/** 2026-11-25 14:05:09, Beijing time. */
export const beijingTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** One entry in words: when, what, who (name, role, station), on which case and whom. */
export function entryLine(entry: AuditEntryView) {
  const role = (ROLE_LABELS as Record<string, string | undefined>)[entry.actor.role] ?? entry.actor.role;
  const station = entry.actor.station ? `·${entry.actor.station.town}${entry.actor.station.village}` : '';
  return {
    at: beijingTime(entry.at),
    action: auditActionLabel(entry.action),
    actor: `${entry.actor.name ?? (/^[0-9a-f]{24}$/.test(entry.actor.userId) ? '未实名用户' : '系统')}（${role}${station}）`,
    subject: [
      entry.caseNumber ? `办件 ${entry.caseNumber}` : entry.caseId ? `办件 ${entry.caseId}` : '',
      entry.targetName ? `对象 ${entry.targetName}` : entry.target ? `对象 ${entry.target}` : '',
    ]
      .filter(Boolean)
      .join('，'),
  };
}

/** 审计日志-20261125-1405.csv, Beijing time. */
export const exportName = (now = new Date()) =>
  `审计日志-${beijingTime(now.toISOString()).slice(0, 16).replace(/[-:]/g, '').replace(' ', '-')}.csv`;
