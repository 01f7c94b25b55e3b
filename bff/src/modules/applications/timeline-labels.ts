/**
 * Chinese labels of timeline actions for the public progress page. Only
 * actions listed here are shown there, so an internal event never leaks by
 * default; modules adding actions add their label here.
 */
export const TIMELINE_LABELS: Readonly<Record<string, string>> = {
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
  evaluated: '已评价',
  gap_supplied: '补交容缺材料',
};

export const PUBLIC_ACTIONS: ReadonlySet<string> = new Set(Object.keys(TIMELINE_LABELS));

export const labelOf = (action: string): string =>
  Object.prototype.hasOwnProperty.call(TIMELINE_LABELS, action) ? (TIMELINE_LABELS[action] ?? action) : action;
