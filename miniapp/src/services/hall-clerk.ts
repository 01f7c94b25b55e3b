import {
  type HallGroup,
  type HallGroupDetail,
  type HallGroupList,
  type HallStatistics,
  type StaffTicketView,
} from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * The clerk's side of the hall (叫号, the day's figures): only the `staff` subpackage imports this file,
 * so it stays out of the main package. Calls are silent: the calling console shows its own errors.
 */
const ticket = (id: string, action: string) => `/tickets/${encodeURIComponent(id)}/${action}`;
const post = (path: string, body: unknown = {}) =>
  request<StaffTicketView>(path, { method: 'POST', body, silent: true });

/** GET /hall/groups: every window group (the console keeps those the clerk serves). */
export async function listHallGroups(): Promise<HallGroup[]> {
  return (await request<HallGroupList>('/hall/groups', { silent: true })).items;
}

/** GET /hall/groups/:code: the group and today's queue (`today.waiting`). */
export function getHallGroup(code: string): Promise<HallGroupDetail> {
  return request<HallGroupDetail>(`/hall/groups/${encodeURIComponent(code)}`, { silent: true });
}

/** 叫下一位 at `window`; 409 when nobody waits, 403 when the clerk does not serve the group. */
export const callNext = (group: string, window: string) =>
  post(`/hall/groups/${encodeURIComponent(group)}/call-next`, { window });

/** 重呼: the called number is announced again. */
export const recallTicket = (id: string) => post(ticket(id, 'recall'));

/** 过号: the holder did not come. */
export const noShowTicket = (id: string) => post(ticket(id, 'no-show'));

/** 开始办理, linked to the case being served when there is one. */
export const serveTicket = (id: string, caseId?: string) => post(ticket(id, 'serve'), caseId ? { caseId } : {});

/** 办结. */
export const finishTicket = (id: string) => post(ticket(id, 'done'));

/** 转其他组: the holder gets a ticket of `group`, called there first. */
export const transferTicket = (id: string, group: string) => post(ticket(id, 'transfer'), { group });

/** GET /hall/statistics?date=: each group's tickets and waiting and service times that day. */
export function getHallStatistics(date: string): Promise<HallStatistics> {
  return request<HallStatistics>(`/hall/statistics${toQuery({ date })}`, { silent: true });
}
