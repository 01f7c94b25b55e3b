import { type ComplaintAbout, type ComplaintStatus, type Light } from '@onetrip/shared';
import { type TagTone } from '@/components';

/** 投诉建议 in words, shared by the resident's pages (complaint/) and the console's (admin/complaints/). */

export const COMPLAINT_LIGHT_TEXT: Record<Light, string> = { green: '正常', yellow: '临近时限', red: '已超时' };

/** What it is about, in one line: 办件 ZW… 老年优待证办理 · 窗口 综合窗口 A03 · 政务服务中心（总体）. */
export function complaintAboutText(about: ComplaintAbout): string {
  if (about.type === 'case') return `办件 ${about.number} ${about.itemNames.join('、')}`;
  if (about.type === 'window') return `窗口 ${about.groupName}${about.window ? ` ${about.window}` : ''}`;
  return '政务服务中心（总体）';
}

export function complaintStatusTone(status: ComplaintStatus): TagTone {
  if (status === 'pending') return 'orange';
  if (status === 'answered') return 'blue';
  return status === 'rated' ? 'green' : 'grey';
}
