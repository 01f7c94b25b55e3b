import { type ApplicationView } from '@onetrip/shared';
import { type TagTone } from '@/components';

type Item = ApplicationView['items'][number];

/** An item's result in the words of the case page (the resident's and the window's alike). */
export interface ItemResult {
  label: string;
  tone: TagTone;
  /** the line under it: the certificate number, the reason, or what it waits for */
  detail: string;
}

const ISSUED = new Set<ApplicationView['status']>(['issued', 'shipping', 'delivered', 'ready_for_pickup', 'completed']);

/**
 * Each item's own result: 办结 with its certificate number, 不予许可 with the reason, or 办理中 — and,
 * for a chain item that takes an earlier item's result, what it waits for. A case stopped by the
 * lead department (denied as a whole) shows its undecided items as 已终止.
 */
export function itemResult(view: ApplicationView, item: Item): ItemResult {
  const nameOf = (code: string) => view.items.find((i) => i.code === code)?.name ?? code;
  if (item.status === 'denied') return { label: '不予许可', tone: 'red', detail: item.denyReason ?? '' };
  if (view.status === 'denied') return { label: '已终止', tone: 'grey', detail: '本链已终止办理' };
  if (item.status === 'approved') {
    if (item.certificateNo) return { label: '已办结', tone: 'green', detail: `证照编号 ${item.certificateNo}` };
    // 已通过: the word the window has always used for an approved item (journeys and clerks know it).
    return { label: ISSUED.has(view.status) ? '已办结' : '已通过', tone: 'green', detail: '待统一出证' };
  }
  const waiting = (item.dependsOn ?? []).filter(
    (code) => view.items.find((i) => i.code === code)?.status !== 'approved',
  );
  const detail = waiting.length ? `待「${waiting.map(nameOf).join('、')}」办结后审批` : '';
  return { label: '办理中', tone: 'blue', detail };
}

/** The chain's state after a denial, in a sentence; none when nothing was denied. */
export function chainNote(view: ApplicationView): string {
  if (view.awaitingChainDecision) return '有事项不予许可，等待牵头部门决定其余事项是否继续办理';
  if (view.chainDecision?.goOn) return '有事项不予许可，牵头部门已决定其余事项继续办理';
  if (view.chainDecision && !view.chainDecision.goOn)
    return `牵头部门决定终止办理${view.chainDecision.reason ? `：${view.chainDecision.reason}` : ''}`;
  return '';
}
