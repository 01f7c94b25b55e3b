import { CASE_STATUS_LABELS, type CASE_STATUSES } from './case-status';
import { ROLE_LABELS, type ROLES } from './roles';

/**
 * Timeline actions in the words a resident reads. Only these appear on the
 * public progress page (`GET /progress`), so an internal event never leaks
 * there by default; modules adding a public action add its label here.
 */
export const PUBLIC_TIMELINE_LABELS: Readonly<Record<string, string>> = {
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
  item_ended: '事项随本链前序事项终止',
  chain_go_on: '牵头部门决定其余事项继续办理',
  chain_stopped: '牵头部门决定终止办理',
  approved: '审批通过',
  denied: '不予许可',
  issued: '已出证',
  shipped: '已寄出',
  delivered: '已签收',
  ready_for_pickup: '待领取',
  completed: '已办结',
  evaluated: '已评价',
  gap_supplied: '补交容缺材料',
  gap_reminded: '提醒补交容缺材料',
  verified: '部门核查承诺事项',
  authorization_confirmed: '申请人已确认代办授权',
  authorization_revoked: '申请人撤销代办授权',
};

/** Actions the people of a case see in its detail, beyond the public ones. */
const CASE_ONLY_LABELS: Readonly<Record<string, string>> = {
  payment_created: '发起缴费',
  payment_closed: '缴费订单已关闭',
  refund_requested: '已申请退款',
  accepted_with_gaps: '容缺受理',
  picked_up: '快递员已揽收',
  delivery_failed: '投递未成功',
  shipment_locked: '签收码错误次数过多，快递已锁定',
  shipment_unlocked: '快递已解锁，签收码已重发',
  handed_over: '已在窗口领取',
  paper_authorization: '代办员上传纸质授权书',
  intake_refused: '窗口一次性告知，材料补齐后继续办理',
  commitment_signed: '签署承诺书',
  commitment_withdrawn: '撤回承诺书',
};

/**
 * Actions only the centre's staff see: the resident's and the agent's view of the case leave them out
 * (and the progress page, which shows public actions only). 催办 by 效能监察 is about the office's work.
 */
const INTERNAL_LABELS: Readonly<Record<string, string>> = {
  chased: '效能监察催办',
};

const has = (labels: Readonly<Record<string, string>>, key: string) =>
  Object.prototype.hasOwnProperty.call(labels, key);

export const isPublicTimelineAction = (action: string): boolean => has(PUBLIC_TIMELINE_LABELS, action);

export const isInternalTimelineAction = (action: string): boolean => has(INTERNAL_LABELS, action);

/** The label of an action in a case's own timeline; falls back to a status of the same name, then the action. */
export function timelineLabel(action: string): string {
  if (has(PUBLIC_TIMELINE_LABELS, action)) return PUBLIC_TIMELINE_LABELS[action] ?? action;
  if (has(CASE_ONLY_LABELS, action)) return CASE_ONLY_LABELS[action] ?? action;
  if (has(INTERNAL_LABELS, action)) return INTERNAL_LABELS[action] ?? action;
  if (has(CASE_STATUS_LABELS, action)) return CASE_STATUS_LABELS[action as (typeof CASE_STATUSES)[number]];
  return action;
}

/**
 * A shipment's own events (政务快递) as the recipient, the courier and the window read them.
 * Apart from the case's actions: a shipment's `created` is a waybill, not an application.
 */
const SHIPMENT_EVENT_LABELS: Readonly<Record<string, string>> = {
  created: '已出证，等待快递员揽收',
  picked_up: '快递员已揽收，正在派送',
  failed_attempt: '投递未成功',
  delivered: '已签收',
  locked: '签收码错误次数过多，快件已锁定',
  unlocked: '窗口已解除锁定，签收码已重新发送',
};

/** The label of a shipment event; an unknown one falls back to the case's label of the same name. */
export function shipmentEventLabel(action: string): string {
  return has(SHIPMENT_EVENT_LABELS, action) ? (SHIPMENT_EVENT_LABELS[action] ?? action) : timelineLabel(action);
}

const OTHER_ACTORS: Readonly<Record<string, string>> = { system: '系统', wechatpay: '微信支付', resident: '申请人' };

/** Who did it, in words: 申请人, 窗口人员, 系统, 微信支付… */
export function actorLabel(role: string): string {
  if (has(OTHER_ACTORS, role)) return OTHER_ACTORS[role] ?? '';
  return has(ROLE_LABELS, role) ? ROLE_LABELS[role as (typeof ROLES)[number]] : '';
}
