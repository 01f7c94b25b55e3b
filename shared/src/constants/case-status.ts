/**
 * The case lifecycle of PRODUCT.md:
 *
 * draft ─submit→ submitted ─accept (or deemed, §32)→ accepted ─all items approved→ approved ─issue→ issued
 * issued → shipping ─deliver→ delivered → completed   (express)
 * issued → ready_for_pickup ─handover→ completed       (window)
 * issued → completed                                   (electronic: the applicant downloads the result)
 * accepted ─any item denied→ denied;  submitted ─reject→ rejected
 * submitted ─supplement→ supplement_required ─resubmit→ submitted
 * draft | submitted | supplement_required ─withdraw→ withdrawn
 */
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'supplement_required',
  'accepted',
  'approved',
  'denied',
  'rejected',
  'issued',
  'shipping',
  'delivered',
  'ready_for_pickup',
  'completed',
  'withdrawn',
] as const;

type Status = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<Status, string> = {
  draft: '草稿',
  submitted: '已提交',
  supplement_required: '待补正',
  accepted: '已受理',
  approved: '审批通过',
  denied: '不予许可',
  rejected: '不予受理',
  issued: '已出证',
  shipping: '邮寄中',
  delivered: '已签收',
  ready_for_pickup: '待领取',
  completed: '已办结',
  withdrawn: '已撤回',
};

/** From each status, the statuses one transition may lead to; terminal statuses lead nowhere. */
export const TRANSITIONS: Record<Status, ReadonlyArray<Status>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['accepted', 'supplement_required', 'rejected', 'withdrawn'],
  supplement_required: ['submitted', 'withdrawn'],
  accepted: ['approved', 'denied'],
  approved: ['issued'],
  issued: ['shipping', 'ready_for_pickup', 'completed'],
  shipping: ['delivered'],
  delivered: ['completed'],
  ready_for_pickup: ['completed'],
  denied: [],
  rejected: [],
  completed: [],
  withdrawn: [],
};

/** Statuses a case never leaves. */
export const TERMINAL_STATUSES: ReadonlyArray<Status> = CASE_STATUSES.filter((s) => TRANSITIONS[s].length === 0);

/** Whether one step of the lifecycle leads from `from` to `to`; a status from outside the list (bad data) leads nowhere. */
export function canTransition(from: Status, to: Status): boolean {
  return Object.prototype.hasOwnProperty.call(TRANSITIONS, from) && TRANSITIONS[from].includes(to);
}
