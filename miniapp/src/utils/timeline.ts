import { CASE_STATUS_LABELS, ROLE_LABELS, type CaseStatus, type Role } from '@onetrip/shared';

/**
 * Timeline `action`s of a case in words a resident reads. The progress endpoint labels its timeline
 * itself; the case view gives the raw action, so the app keeps the same table. An action not
 * listed falls back to the status of the same name, then to the action itself.
 */
const ACTION_LABELS: Record<string, string> = {
  // The BFF's labels (bff/src/modules/applications/timeline-labels.ts), so 办件详情 and 进度查询 agree.
  created: '创建申请',
  submitted: '提交申请',
  resubmitted: '补正后重新提交',
  withdrawn: '撤回申请',
  paid: '支付成功',
  refunded: '费用已退还',
  accepted: '已受理',
  deemed_accepted: '逾期视为受理',
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
  // Not (yet) in the BFF's public list.
  payment_created: '发起缴费',
  payment_closed: '缴费订单已关闭',
  accepted_with_gaps: '容缺受理',
  picked_up: '快递员已揽收',
  delivery_failed: '投递未成功',
  handed_over: '已在窗口领取',
  evaluated: '已评价',
};

export function timelineLabel(action: string): string {
  return ACTION_LABELS[action] ?? CASE_STATUS_LABELS[action as CaseStatus] ?? action;
}

const EXTRA_ACTORS: Record<string, string> = { system: '系统', wechatpay: '微信支付', resident: '申请人' };

export function actorLabel(role: string): string {
  return EXTRA_ACTORS[role] ?? ROLE_LABELS[role as Role] ?? '';
}
