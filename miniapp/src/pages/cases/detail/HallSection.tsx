import Taro from '@tarojs/taro';
import { type ApplicationView, type CaseStatus } from '@onetrip/shared';
import { Cell, Section } from '@/components';
import { useHallGroupFor } from '@/hooks/use-hall-group';
import { PAGES } from '@/utils/navigation';

/** Window pick-up cases from approval on: the resident comes to the window for the result. */
const TO_COLLECT: ReadonlyArray<CaseStatus> = ['approved', 'issued', 'ready_for_pickup'];

/** Whether the case brings its applicant to a window: to collect the result there. */
export function caseNeedsWindow(view: Pick<ApplicationView, 'status' | 'delivery'>): boolean {
  return view.delivery?.method === 'window' && TO_COLLECT.includes(view.status);
}

/** 预约到窗口: a case to collect at a window books a slot with the group that handles its items. */
export function HallSection({ view }: { view: ApplicationView }) {
  const needed = caseNeedsWindow(view);
  const group = useHallGroupFor(needed ? view.items.map((i) => i.code) : []);
  if (!needed || !group) return null;
  return (
    <Section id="case-hall" title="到窗口领取">
      <Cell
        id="case-book"
        title="预约到窗口"
        desc={`${group.name} · ${group.hall}，预约时段到大厅签到取号，优先办理`}
        onClick={() => void Taro.navigateTo({ url: PAGES.hallBook(group.code, view.id) })}
      />
    </Section>
  );
}
