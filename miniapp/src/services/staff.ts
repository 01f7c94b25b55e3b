import {
  type AcceptBody,
  type ApproveBody,
  type ChainDecisionBody,
  type FollowupCloseBody,
  type FollowupRow,
  type HandoverBody,
  type IssueBody,
  type Light,
  type ReasonBody,
  type StaffApplicationView,
  type StaffQueue,
  type StaffStage,
  type StatisticsView,
  type SupplementBody,
  type UnlockShipmentBody,
  type VerificationBody,
} from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * The window staff's API (API.md, Staff). Only the `staff` subpackage imports this file, so it stays
 * out of the main package. Every write sends the version it was based on (`If-Match`) and answers the
 * case as it now is; the calls are silent: the staff pages show errors (a 409 reloads the case).
 */
const path = (id: string, rest = '') => `/staff/applications/${encodeURIComponent(id)}${rest}`;

export interface QueueFilter {
  stage: StaffStage;
  light?: Light;
  page?: number;
  pageSize?: number;
}

/** GET /staff/applications?stage=&light= — rows in the server's order (due first). */
export function listStaffQueue(filter: QueueFilter): Promise<StaffQueue> {
  const query = toQuery({ stage: filter.stage, light: filter.light, page: filter.page, pageSize: filter.pageSize });
  return request<StaffQueue>(`/staff/applications${query}`, { silent: true });
}

/** GET /staff/applications/:id (audited on the server). */
export function getStaffApplication(id: string): Promise<StaffApplicationView> {
  return request<StaffApplicationView>(path(id), { silent: true });
}

function write<B>(id: string, rest: string, version: number, body: B): Promise<StaffApplicationView> {
  return request<StaffApplicationView>(path(id, rest), {
    method: 'POST',
    body: body ?? {},
    ifMatch: version,
    silent: true,
  });
}

/** 受理 (容缺受理 with `gaps`). */
export const acceptApplication = (id: string, version: number, body: AcceptBody = {}) =>
  write(id, '/accept', version, body);

/** 一次性告知: every problem at once. */
export const sendSupplement = (id: string, version: number, body: SupplementBody) =>
  write(id, '/supplement', version, body);

/** 不予受理. */
export const rejectApplication = (id: string, version: number, body: ReasonBody) => write(id, '/reject', version, body);

/** 审批通过 one item of the staff member's department. */
export const approveItem = (id: string, code: string, version: number, body: ApproveBody = {}) =>
  write(id, `/items/${encodeURIComponent(code)}/approve`, version, body);

/** 不予许可 one item (the case is then denied). */
export const denyItem = (id: string, code: string, version: number, body: ReasonBody) =>
  write(id, `/items/${encodeURIComponent(code)}/deny`, version, body);

/** 核查 of a 告知承诺 case by the staff member's department: the promises held, or not. */
export const verifyApplication = (id: string, version: number, body: VerificationBody) =>
  write(id, '/verification', version, body);

/** 出证 (lead department): one number for the case, or each approved item's own (`certificates`). */
export const issueCertificate = (id: string, version: number, body: IssueBody) => write(id, '/issue', version, body);

/** 一链办理: after a denied item, the lead department goes on with the other items or stops the case. */
export const decideChain = (id: string, version: number, body: ChainDecisionBody) =>
  write(id, '/chain-decision', version, body);

/** 窗口领取: the resident's six-digit pick-up code. */
export const handover = (id: string, version: number, body: HandoverBody) => write(id, '/handover', version, body);

/** 解除锁定 of a shipment locked by five wrong receipt codes; the recipient is sent a new code. */
export const unlockShipment = (id: string, version: number, body: UnlockShipmentBody) =>
  write(id, '/shipment/unlock', version, body);

/** 回访 closed with a note (no If-Match: a follow-up has no case version) → the follow-up row. */
export function closeFollowup(id: string, body: FollowupCloseBody): Promise<FollowupRow> {
  return request<FollowupRow>(path(id, '/followup/close'), { method: 'POST', body, silent: true });
}

/** The period of GET /staff/statistics: Shanghai days `YYYY-MM-DD`, both included. */
export interface StatisticsPeriod {
  from: string;
  to: string;
}

/** GET /staff/statistics?from=&to= — the staff member's own department (the server decides which). */
export function getStaffStatistics(period: StatisticsPeriod): Promise<StatisticsView> {
  return request<StatisticsView>(`/staff/statistics${toQuery({ from: period.from, to: period.to })}`, { silent: true });
}
