import { formatFen } from './fees';

/**
 * Where a case stands, in the resident's words: the five stages of every
 * case (申请 → 受理 → 审批 → 办结 → 送达), the current one, one plain sentence
 * of what is happening and what the resident does next. Derived from the
 * case view alone (`caseStage`), so the case page, its tests and any other
 * screen say the same thing for the same case.
 */
export const CASE_STAGES = ['apply', 'accept', 'approve', 'conclude', 'deliver'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  apply: '申请',
  accept: '受理',
  approve: '审批',
  conclude: '办结',
  deliver: '送达',
};

/** How the 送达 step reads for each way of delivery. */
export const DELIVERY_STAGE_DETAIL = { window: '窗口领取', express: '政务快递', electronic: '电子送达' } as const;

/** `done` behind the case, `current` where it is, `stopped` where it ended without a result, `todo` ahead. */
export type StageState = 'done' | 'current' | 'stopped' | 'todo';

/** How a sentence is coloured: `warning` and `danger` are alarms, `success` is the end reached. */
export type CaseTone = 'normal' | 'success' | 'warning' | 'danger' | 'muted';

/** What the next-step line leads to (the page offers the matching button). */
export type NextAction =
  | 'continue'
  | 'supplement'
  | 'pay'
  | 'gaps'
  | 'pickup'
  | 'track'
  | 'download'
  | 'rate'
  | 'reapply'
  | 'none';

export interface CaseStageStep {
  stage: CaseStage;
  label: string;
  /** the 送达 step: how the result reaches the applicant */
  detail?: string;
  state: StageState;
}

export interface CaseStageSummary {
  stage: CaseStage;
  steps: CaseStageStep[];
  /** one sentence: what is happening with the case now */
  status: string;
  tone: CaseTone;
  /** what the resident does next ("无需操作…" when nothing) */
  next: { text: string; action: NextAction; tone: CaseTone };
}

type Status =
  | 'draft'
  | 'submitted'
  | 'supplement_required'
  | 'accepted'
  | 'approved'
  | 'denied'
  | 'rejected'
  | 'issued'
  | 'shipping'
  | 'delivered'
  | 'ready_for_pickup'
  | 'completed'
  | 'withdrawn';

/** What the rule reads of a case view (`ApplicationView` has all of it). */
export interface CaseStageInput {
  status: Status;
  delivery: { method: 'window' | 'express' | 'electronic' } | null;
  deadline: { dueAt: string; light: 'green' | 'yellow' | 'red'; paused: boolean } | null;
  notices: ReadonlyArray<{ problems: ReadonlyArray<{ materialCode?: string; field?: string; reason: string }> }>;
  fee: { total: number; payableNow: boolean };
  payment?: { status: 'unpaid' | 'paid' | 'closed' | 'refunding' | 'refunded' };
  items: ReadonlyArray<{ name: string; status: 'pending' | 'approved' | 'denied'; denyReason?: string }>;
  timeline: ReadonlyArray<{ action: string; note?: string }>;
  materials: ReadonlyArray<{ code: string; name: string }>;
  form: { fields: ReadonlyArray<{ key: string; label: string }> };
  gapList?: ReadonlyArray<{ name: string; due: string; overdue: boolean }>;
  shipment?: { locked: boolean; status: string; events: ReadonlyArray<{ action: string }> };
  awaitingChainDecision?: boolean;
  chain?: { name: string };
  /** the window pick-up place (`pickup.window` of the case view) */
  pickup?: { window: string };
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** An instant → its Beijing date as `12月8日`; '' for a bad one. */
export function cnMonthDay(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return '';
  const d = new Date(t + SHANGHAI_OFFSET_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `2026-12-08` → `12月8日`. */
const cnDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

const last = <T>(list: ReadonlyArray<T>): T | undefined => list[list.length - 1];

/** Where each status stands; terminal refusals stop at the stage that refused. */
const STAGE_OF: Record<Status, CaseStage> = {
  draft: 'apply',
  submitted: 'accept',
  supplement_required: 'accept',
  rejected: 'accept',
  withdrawn: 'apply',
  accepted: 'approve',
  denied: 'approve',
  approved: 'conclude',
  issued: 'deliver',
  ready_for_pickup: 'deliver',
  shipping: 'deliver',
  delivered: 'deliver',
  completed: 'deliver',
};

const ENDED: ReadonlyArray<Status> = ['withdrawn', 'rejected', 'denied'];
/** Every stage done: the result has reached the applicant. */
const ARRIVED: ReadonlyArray<Status> = ['delivered', 'completed'];

function stageOf(view: CaseStageInput): CaseStage {
  // A withdrawal after submit ended the case while the centre was reviewing it.
  if (view.status === 'withdrawn' && view.timeline.some((e) => e.action === 'submitted')) return 'accept';
  return STAGE_OF[view.status];
}

function stepsOf(view: CaseStageInput, stage: CaseStage): CaseStageStep[] {
  const at = CASE_STAGES.indexOf(stage);
  const arrived = ARRIVED.includes(view.status);
  const ended = ENDED.includes(view.status);
  return CASE_STAGES.map((s, i) => {
    const state: StageState = i < at || arrived ? 'done' : i > at ? 'todo' : ended ? 'stopped' : 'current';
    const detail = s === 'deliver' && view.delivery ? DELIVERY_STAGE_DETAIL[view.delivery.method] : undefined;
    return { stage: s, label: CASE_STAGE_LABELS[s], ...(detail ? { detail } : {}), state };
  });
}

/** What the latest notice names, by the material's or field's name (the notice's own words otherwise). */
export function noticeTargets(view: Pick<CaseStageInput, 'notices' | 'materials' | 'form'>): string[] {
  const notice = last(view.notices);
  if (!notice) return [];
  const names = notice.problems.map((p) => {
    if (p.materialCode) {
      if (p.materialCode === 'authorization') return '纸质授权委托书';
      return view.materials.find((m) => m.code === p.materialCode)?.name ?? p.reason;
    }
    if (p.field === 'delivery' && !view.form.fields.some((f) => f.key === 'delivery')) return '领取方式';
    return view.form.fields.find((f) => f.key === p.field)?.label ?? p.reason;
  });
  return [...new Set(names)];
}

const refunding = (view: CaseStageInput) => view.payment?.status === 'refunding';
const refunded = (view: CaseStageInput) => view.payment?.status === 'refunded';

/** A fee asked now and not paid (nor given back). */
function feeDue(view: CaseStageInput): boolean {
  const status = view.payment?.status;
  return (
    view.fee.payableNow && view.fee.total > 0 && status !== 'paid' && status !== 'refunding' && status !== 'refunded'
  );
}

const NOTHING = (text: string): CaseStageSummary['next'] => ({ text, action: 'none', tone: 'normal' });

/** While the centre works on it: open gaps first, then a fee due, else nothing to do. */
function nextWhileWorking(view: CaseStageInput, otherwise: string): CaseStageSummary['next'] {
  const gaps = view.gapList ?? [];
  if (gaps.length) {
    const names = gaps.map((g) => g.name).join('、');
    const overdue = gaps.some((g) => g.overdue);
    return overdue
      ? { text: `容缺材料已超过补交期限，请尽快补交：${names}（补齐前不能出证）`, action: 'gaps', tone: 'danger' }
      : { text: `请在 ${cnDay(gaps[0]?.due ?? '')} 前补交容缺材料：${names}`, action: 'gaps', tone: 'warning' };
  }
  if (feeDue(view))
    return { text: `请支付 ${formatFen(view.fee.total)}，缴费后才能出证`, action: 'pay', tone: 'warning' };
  return NOTHING(otherwise);
}

/** Money given back on a case that ended without a result. */
function refundNext(view: CaseStageInput): CaseStageSummary['next'] | null {
  if (refunding(view)) return NOTHING('已缴费用正在原路退还，无需操作');
  if (refunded(view)) return NOTHING('已缴费用已原路退还');
  return null;
}

function acceptedStatus(view: CaseStageInput): { status: string; tone: CaseTone } {
  const { deadline } = view;
  const due = deadline ? cnMonthDay(deadline.dueAt) : '';
  if (view.awaitingChainDecision)
    return { status: '有事项不予许可，正在等待牵头部门决定其余事项是否继续办理', tone: 'warning' };
  const decided = view.items.filter((i) => i.status !== 'pending').length;
  const progress = view.items.length > 1 ? `（已审批 ${decided}/${view.items.length} 项）` : '';
  if (deadline?.light === 'red')
    return { status: `已超过承诺办结时间（${due}），窗口正在加紧办理${progress}`, tone: 'danger' };
  if (deadline?.light === 'yellow')
    return { status: `临近承诺办结时间，预计 ${due} 前办结${progress}`, tone: 'warning' };
  return { status: `窗口正在审核您的材料${due ? `，预计 ${due}前办结` : ''}${progress}`, tone: 'normal' };
}

function deniedReason(view: CaseStageInput): string {
  const reasons = view.items.filter((i) => i.status === 'denied' && i.denyReason).map((i) => i.denyReason);
  return reasons.length ? `：${reasons.join('；')}` : '';
}

function shippingNext(view: CaseStageInput): { status: string; tone: CaseTone; next: CaseStageSummary['next'] } {
  const shipment = view.shipment;
  if (shipment?.locked)
    return {
      status: '签收码错误次数过多，快件已锁定',
      tone: 'danger',
      next: { text: '请联系窗口解锁，解锁后会重新发送签收码', action: 'track', tone: 'danger' },
    };
  if (last(shipment?.events ?? [])?.action === 'failed_attempt')
    return {
      status: '快递投递未成功',
      tone: 'warning',
      next: { text: '快递员会再次派送，请保持电话畅通，签收时出示签收码', action: 'track', tone: 'warning' },
    };
  return {
    status: '证照已通过政务快递寄出',
    tone: 'normal',
    next: { text: '快递已发出，留意签收（签收时出示签收码）', action: 'track', tone: 'normal' },
  };
}

const isRated = (view: CaseStageInput) => view.timeline.some((e) => e.action === 'evaluated');

function completedSummary(view: CaseStageInput): { status: string; next: CaseStageSummary['next'] } {
  const method = view.delivery?.method;
  const status =
    method === 'electronic'
      ? '办理结果已电子送达，可随时下载'
      : method === 'express'
        ? '证照已签收，办件已办结'
        : method === 'window'
          ? '证照已在窗口领取，办件已办结'
          : '办件已办结';
  if (!isRated(view)) return { status, next: { text: '请为本次服务评价', action: 'rate', tone: 'normal' } };
  if (method === 'electronic')
    return { status, next: { text: '您已评价，办理结果可随时下载', action: 'download', tone: 'normal' } };
  return { status, next: NOTHING('无需操作，感谢您的评价') };
}

/**
 * The stage, the sentence and the next step of a case. Every status of
 * constants/case-status.ts has its words; a case that ended without a result
 * (withdrawn, 不予受理, 不予许可) stops at the stage where it ended.
 */
export function caseStage(view: CaseStageInput): CaseStageSummary {
  const stage = stageOf(view);
  const steps = stepsOf(view, stage);
  const make = (status: string, tone: CaseTone, next: CaseStageSummary['next']): CaseStageSummary => ({
    stage,
    steps,
    status,
    tone,
    next,
  });
  switch (view.status) {
    case 'draft':
      return make('申请还没有提交', 'normal', {
        text: '请填写信息、上传材料，确认后提交申请',
        action: 'continue',
        tone: 'normal',
      });
    case 'submitted': {
      const again = last(view.timeline.filter((e) => e.action === 'submitted' || e.action === 'resubmitted'));
      const status =
        again?.action === 'resubmitted' ? '补正材料已提交，窗口正在重新审核' : '申请已提交，窗口正在审核您的材料';
      return make(status, 'normal', nextWhileWorking(view, '无需操作，受理后会通知您'));
    }
    case 'supplement_required': {
      const named = noticeTargets(view);
      return make('窗口审核后需要您补正，补正前暂停办理', 'warning', {
        text: named.length ? `请补正：${named.join('、')}` : '请按补正告知补正后重新提交',
        action: 'supplement',
        tone: 'warning',
      });
    }
    case 'accepted': {
      const { status, tone } = acceptedStatus(view);
      return make(status, tone, nextWhileWorking(view, '无需操作，办结后会通知您'));
    }
    case 'approved':
      return make('审批已通过，正在制作证照', 'normal', nextWhileWorking(view, '无需操作，出证后会通知您'));
    case 'issued':
      return make(
        '证照已制作完成，正在安排送达',
        'normal',
        view.delivery?.method === 'electronic'
          ? { text: '办理结果可在本页下载', action: 'download', tone: 'normal' }
          : NOTHING('无需操作，可以领取或寄出时会通知您'),
      );
    case 'ready_for_pickup':
      return make('证照已制作完成，可以领取', 'normal', {
        text: `请凭取件码到${view.pickup?.window ?? '窗口'}领取`,
        action: 'pickup',
        tone: 'normal',
      });
    case 'shipping': {
      const { status, tone, next } = shippingNext(view);
      return make(status, tone, next);
    }
    case 'delivered':
      return make(
        '证照已签收',
        'success',
        isRated(view) ? NOTHING('无需操作') : { text: '请为本次服务评价', action: 'rate', tone: 'normal' },
      );
    case 'completed': {
      const { status, next } = completedSummary(view);
      return make(status, 'success', next);
    }
    case 'withdrawn':
      return make(
        '您已撤回本次申请',
        'muted',
        refundNext(view) ?? { text: '如需办理，请重新申请', action: 'reapply', tone: 'normal' },
      );
    case 'rejected': {
      const note = last(view.timeline.filter((e) => e.action === 'rejected'))?.note;
      return make(
        `窗口不予受理${note ? `：${note}` : ''}`,
        'danger',
        refundNext(view) ?? {
          text: '可按告知内容准备后重新申请',
          action: 'reapply',
          tone: 'normal',
        },
      );
    }
    case 'denied':
      return make(
        `申请不予许可${deniedReason(view)}`,
        'danger',
        refundNext(view) ?? NOTHING('如有疑问，可咨询窗口或拨打 12345'),
      );
  }
}
