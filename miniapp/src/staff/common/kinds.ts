import {
  STAFF_KIND_LABELS,
  type MeResponse,
  type StaffApplicationView,
  type StaffKind,
  type StaffStage,
} from '@onetrip/shared';

/** The signed-in window clerk as `GET /me` tells: kind (综合窗口, 统一出件, a department's window), department, hall. */
export interface Clerk {
  kind: StaffKind;
  /** '' for the hall-wide kinds, which take no department */
  department: string;
  /** '' when none was set */
  hall: string;
}

/** An older record without a kind is a department window (as the BFF reads it). */
export function clerkOf(me: Pick<MeResponse, 'staffKind' | 'department' | 'hall'>): Clerk {
  const kind = me.staffKind ?? 'department';
  return { kind, department: kind === 'department' ? (me.department ?? '') : '', hall: me.hall ?? '' };
}

/** Who is working, for the header: 综合窗口 · 县政务服务中心一楼; 县税务局 · 县政务服务中心二楼. */
export function clerkTitle(clerk: Clerk): string {
  const name =
    clerk.kind === 'department' ? clerk.department || STAFF_KIND_LABELS.department : STAFF_KIND_LABELS[clerk.kind];
  return clerk.hall ? `${name} · ${clerk.hall}` : name;
}

/** What the kind does, under the title. */
export const KIND_DUTIES: Record<StaffKind, string> = {
  department: '受理、审批本部门事项，牵头部门出证和领取',
  comprehensive: '受理各部门办件、一次性告知，受理后分送后台审批',
  results: '统一出证和窗口领取，不分部门',
};

/** A queue tab: the stage asked of the BFF, the tab's text, the list's title and what an empty list says. */
export interface StageTab {
  stage: StaffStage;
  tab: string;
  title: (total: number) => string;
  empty: string;
}

const tab = (stage: StaffStage, text: string, waiting: string, empty = `暂无${waiting}的办件`): StageTab => ({
  stage,
  tab: text,
  title: (total) => `${waiting} ${total} 件`,
  empty,
});

/**
 * The stages each kind works (the BFF's queues answer empty for the others): a department window as
 * before, with 容缺待补 (overdue red: the issue waits) and 告知承诺 核查; the comprehensive window what waits for acceptance and the accepted cases it sent to the back
 * offices; the results window what waits to be issued and to be picked up.
 */
export const STAGE_TABS: Record<StaffKind, StageTab[]> = {
  department: [
    tab('acceptance', '受理', '待受理'),
    tab('approval', '审批', '待审批'),
    tab('issuance', '出证', '待出证'),
    tab('followup', '回访', '待回访'),
    tab('gaps', '容缺', '容缺待补', '暂无容缺待补的办件'),
    tab('verification', '核查', '告知承诺待核查', '暂无待核查的告知承诺办件'),
  ],
  comprehensive: [
    tab('acceptance', '待受理', '待受理'),
    tab('approval', '我已受理', '已受理 · 后台审批中', '暂无您受理后仍在审批的办件'),
  ],
  results: [tab('issuance', '待出证', '待出证'), tab('pickup', '待领取', '待领取')],
};

/** What the window may do on this case; the BFF decides in the end (a 409 still shows its message). */
export interface CaseActions {
  accept: boolean;
  issue: boolean;
  handover: boolean;
  /** codes of the items the clerk approves or denies here (their department's, pending, not barred) */
  decide: string[];
  /** 受审分离: the clerk accepted the case, so their department's items wait for a colleague */
  separated: boolean;
}

export function caseActions(view: StaffApplicationView, clerk: Clerk): CaseActions {
  // The results window issues any department's case; a department window only the cases it leads.
  const issues = clerk.kind === 'results' || (clerk.kind === 'department' && view.department === view.leadDepartment);
  const mine =
    clerk.kind === 'department' && view.status === 'accepted'
      ? view.items.filter((i) => i.status === 'pending' && i.department === view.department).map((i) => i.code)
      : [];
  const separated = mine.length > 0 && !view.mayDecide && view.acceptedByMe;
  return {
    accept: view.status === 'submitted' && clerk.kind !== 'results',
    issue: view.status === 'approved' && issues,
    handover: view.status === 'ready_for_pickup' && issues,
    decide: view.mayDecide ? mine : [],
    separated,
  };
}

export const SEPARATION_NOTE = '受审分离：您受理了本件，请由其他同事审批';
