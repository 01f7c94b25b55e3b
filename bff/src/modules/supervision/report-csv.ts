import { beijingDateTime, csvCell, UTF8_BOM } from '../../lib/csv';
import {
  SUPERVISION_STAGE_LABELS,
  SUPERVISION_STAGES,
  type CaseAlert,
  type DepartmentFigures,
  type SupervisionView,
} from '@onetrip/shared';

/** `2026-12-03 10:30`, Beijing time. */
const beijingTime = (iso: string) => beijingDateTime(iso, 'minute');
const percent = (rate: number | null) => (rate === null ? '' : `${(rate * 100).toFixed(1)}%`);

const LIGHTS = [
  ['green', '绿'],
  ['yellow', '黄'],
  ['red', '红'],
] as const;

const DEPARTMENT_HEAD = [
  '部门',
  '在办件数',
  '超期（红灯）',
  '临期（黄灯）',
  ...SUPERVISION_STAGES.flatMap((s) => LIGHTS.map(([, l]) => `${SUPERVISION_STAGE_LABELS[s]}-${l}`)),
  '期间办结',
  '按时办结',
  '按时办结率',
  '逾期视为受理',
];

function departmentRow(d: DepartmentFigures): (string | number)[] {
  const lights = SUPERVISION_STAGES.flatMap((stage) => {
    const s = d.stages.find((x) => x.stage === stage);
    return LIGHTS.map(([key]) => s?.[key] ?? 0);
  });
  return [d.department, d.open, d.red, d.yellow, ...lights, d.finished, d.onTime, percent(d.onTimeRate), d.deemed];
}

const alertHead = (days: string) => ['办件编号', '事项', '等待部门', '所处阶段', '办理期限', days, '最近催办'];

function alertRow(a: CaseAlert): (string | number)[] {
  return [
    a.number,
    a.itemNames.join('、'),
    a.departments.join('、'),
    SUPERVISION_STAGE_LABELS[a.stage],
    beijingTime(a.dueAt),
    a.workingDays,
    a.chasedAt ? beijingTime(a.chasedAt) : '',
  ];
}

/**
 * The supervision report as a CSV file for Excel: the BOM; a title line; the departments' figures; then the red
 * and the yellow list (every case, not only the dashboard's first rows); CRLF line ends.
 */
export function supervisionCsv(view: SupervisionView, overdue: CaseAlert[], dueSoon: CaseAlert[]): string {
  const rows: (string | number)[][] = [
    ['效能监察报表', `${view.from} 至 ${view.to}`, view.department ?? '全部部门', `生成于 ${beijingTime(view.at)}`],
    [],
    ['各部门效能'],
    DEPARTMENT_HEAD,
    ...view.departments.map(departmentRow),
    [],
    [`超期办件（红灯）共 ${overdue.length} 件`],
    alertHead('超期工作日'),
    ...overdue.map(alertRow),
    [],
    [`临期办件（黄灯）共 ${dueSoon.length} 件`],
    alertHead('剩余工作日'),
    ...dueSoon.map(alertRow),
  ];
  return `${UTF8_BOM}${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
