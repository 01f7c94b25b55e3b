import { type CaseStatus } from '@onetrip/shared';

/** The counters of the station page and the filters of 我的代办件: what an agent follows up. */
export const AGENT_FILTERS: ReadonlyArray<{ key: 'all' | CaseStatus; label: string }> = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '待提交' },
  { key: 'submitted', label: '已提交' },
  { key: 'supplement_required', label: '待补正' },
  { key: 'completed', label: '已办结' },
];
