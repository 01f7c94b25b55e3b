import { type HallGroupInput } from '@onetrip/shared';
import { HALL_1, HALL_2 } from './common';

const HOURS = '工作日 9:00–12:00，13:30–17:00（法定节假日除外）';

/**
 * The demo hall's window groups, after the county halls' practice of grouped
 * windows (综合受理 plus the busiest specialised groups: 不动产、社保医保). Item
 * codes and window numbers are those of the demo catalog.
 */
export const seedHallGroups: ReadonlyArray<{ code: string; group: HallGroupInput }> = [
  {
    code: 'budongchan',
    group: {
      name: '不动产登记',
      hall: HALL_2,
      prefix: 'B',
      items: ['BDC-ZHUANYI'],
      windows: ['B01', 'B02'],
      hours: HOURS,
      phone: '0539-7211021',
      capacity: 4,
    },
  },
  {
    code: 'shebao-yibao',
    group: {
      name: '社保医保',
      hall: HALL_1,
      prefix: 'S',
      items: ['JUMIN-YANGLAO', 'GJJ-TIQU'],
      windows: ['A07', 'A09'],
      hours: HOURS,
      phone: '0539-7211007',
      capacity: 3,
    },
  },
  {
    code: 'zonghe',
    group: {
      name: '综合受理',
      hall: HALL_1,
      prefix: 'A',
      items: ['LAONIAN-YOUDAIZHENG', 'GAOLING-JINTIE', 'CANJIREN-ZHENG', 'HUJI-QIANYI', 'JUZHUZHENG', 'SDQ-GUOHU'],
      windows: ['A03', 'A04', 'A05', 'A06'],
      hours: HOURS,
      phone: '0539-7211003',
      capacity: 6,
    },
  },
];
