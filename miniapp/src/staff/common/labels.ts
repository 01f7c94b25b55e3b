import {
  CASE_STATUS_LABELS,
  ROLE_LABELS,
  type CaseStatus,
  type Role,
  type Light,
  type StaffStage,
} from '@onetrip/shared';

export const STAGE_LABELS: Record<StaffStage, string> = {
  acceptance: '受理',
  approval: '审批',
  issuance: '出证',
  followup: '回访',
};

export const LIGHT_LABELS: Record<Light, string> = { green: '正常', yellow: '临近时限', red: '已超时' };

export const STAFF_PAGES = {
  queue: '/staff/queue/index',
  case: (id: string) => `/staff/case/index?id=${encodeURIComponent(id)}`,
} as const;

/** `2026-11-25T02:03:00Z` → `2026-11-25` in the phone's time zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Timeline actions in words. A copy of `@/utils/timeline`'s table on purpose: importing that module here
 * would move it from the case page into the main package's common chunk (the main package must not grow).
 */
const ACTION_LABELS: Record<string, string> = {
  created: '创建申请',
  submitted: '提交申请',
  resubmitted: '补正后重新提交',
  withdrawn: '撤回申请',
  paid: '支付成功',
  refunded: '费用已退还',
  accepted: '已受理',
  deemed_accepted: '逾期视为受理',
  accepted_with_gaps: '容缺受理',
  supplement_requested: '需补正材料',
  rejected: '不予受理',
  item_approved: '事项审批通过',
  item_denied: '事项不予许可',
  approved: '审批通过',
  denied: '不予许可',
  issued: '已出证',
  shipped: '已寄出',
  delivered: '已签收',
  ready_for_pickup: '待领取',
  completed: '已办结',
  handed_over: '已在窗口领取',
  evaluated: '已评价',
};

export function timelineLabel(action: string): string {
  return ACTION_LABELS[action] ?? CASE_STATUS_LABELS[action as CaseStatus] ?? action;
}

const ACTORS: Record<string, string> = { system: '系统', wechatpay: '微信支付', resident: '申请人' };

export function actorLabel(role: string): string {
  return ACTORS[role] ?? ROLE_LABELS[role as Role] ?? '';
}
