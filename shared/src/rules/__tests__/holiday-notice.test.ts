import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import { holidayCalendarBodyFor } from '../../schemas/holidays';
import { parseHolidayNotice } from '../holiday-notice';

/** 国务院办公厅关于2026年部分节假日安排的通知, as published (国办发明电〔2025〕7号). */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2025年11月4日`;

/** 国务院办公厅关于2025年部分节假日安排的通知, as published (国办发明电〔2024〕12号). */
const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2024年11月12日`;

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe('parseHolidayNotice', () => {
  it('reads the whole 2026 notice into exactly the calendar the repository ships', () => {
    const read = parseHolidayNotice(NOTICE_2026, 2026);
    expect(read.unread).toEqual([]);
    expect(read.days).toEqual(HOLIDAYS_2026.days);
    expect(read.workdays).toEqual(HOLIDAYS_2026.workdays);
    expect(read.holidays.map((h) => [h.name, h.days.length, h.workdays])).toEqual([
      ['元旦', 3, ['2026-01-04']],
      ['春节', 9, ['2026-02-14', '2026-02-28']],
      ['清明节', 3, []],
      ['劳动节', 5, ['2026-05-09']],
      ['端午节', 3, []],
      ['中秋节', 3, []],
      ['国庆节', 7, ['2026-09-20', '2026-10-10']],
    ]);
    // What it reads, the calendar route accepts as it is.
    expect(holidayCalendarBodyFor(2026).safeParse({ days: read.days, workdays: read.workdays }).success).toBe(true);
  });

  it('reads the whole 2025 notice: a single day, ranges across month ends, a combined holiday', () => {
    const read = parseHolidayNotice(NOTICE_2025, 2025);
    expect(read.unread).toEqual([]);
    expect(read.days).toEqual([
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ]);
    expect(read.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(read.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '国庆节、中秋节']);
  });

  it('reads a range given with both months, a single day off, 星期 and half-width brackets', () => {
    const read = parseHolidayNotice(
      '六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日(星期六)、10月8日(星期日)上班。\n四、劳动节：5月1日（周一）放假',
      2023,
    );
    expect(read.unread).toEqual([]);
    expect(read.days).toEqual(['2023-05-01', ...range('2023-09-29', '2023-10-06')]);
    expect(read.workdays).toEqual(['2023-10-07', '2023-10-08']);
  });

  it('reads a notice pasted as one paragraph', () => {
    const read = parseHolidayNotice(NOTICE_2026.replace(/\n/g, ''), 2026);
    expect([read.days, read.workdays, read.unread]).toEqual([HOLIDAYS_2026.days, HOLIDAYS_2026.workdays, []]);
  });

  it('reads the days of the year and reports those of the year before (a 元旦 starting on 31 December)', () => {
    const read = parseHolidayNotice('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', 2023);
    expect(read.days).toEqual(['2023-01-01', '2023-01-02']);
    expect(read.unread).toEqual([
      {
        line: '2022年12月31日至2023年1月2日放假调休，共3天',
        reason: '2022-12-31不在2023年，请在该年份中设置',
      },
    ]);
  });

  it('catches a notice pasted under the wrong year by its weekdays, and reads nothing of it', () => {
    const read = parseHolidayNotice(NOTICE_2026, 2027);
    expect([read.days, read.workdays]).toEqual([[], []]);
    expect(read.unread[0]).toEqual({
      line: '关于2026年部分节假日安排的通知',
      reason: '通知是2026年的，当前设置的是2027年',
    });
    expect(read.unread[1]).toEqual({
      line: '1月1日（周四）至3日（周六）放假调休，共3天',
      reason: '2027年1月1日不是周四，请核对年份',
    });
    expect(read.unread).toHaveLength(1 + 7 + 4);
  });

  it.each([
    ['no date at all', '八、某节：另行通知。', '未找到放假或上班的日期'],
    ['dates without 放假 or 上班', '八、某节：10月1日至3日。', '未找到放假或上班的日期'],
    ['a day without its month', '八、某节：3日至5日放假。', '3日缺少月份'],
    ['a date that does not exist', '八、某节：2月30日放假。', '2026年2月30日不存在'],
    ['a count that does not match', '八、某节：10月1日至3日放假，共5天。', '日期共3天，与通知所写“5天”不符'],
    [
      'a make-up day that is no weekend',
      '八、某节：10月1日放假。10月12日（周一）上班。',
      '2026-10-12不是周末，不需要调休上班',
    ],
    ['an end before the start', '八、某节：10月8日至10月1日放假。', '结束日期早于开始日期'],
    ['words between dates', '八、某节：10月1日或者10月2日放假。', '无法识别日期之间的文字'],
  ])('reports %s and keeps the rest of the notice', (_name, line, reason) => {
    const read = parseHolidayNotice(`${line}\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。`, 2026);
    expect(read.unread.map((u) => u.reason)).toEqual([reason]);
    expect(read.days).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-02', '2026-01-03']));
  });

  it('never throws, whatever is pasted', () => {
    for (const text of [
      '',
      '   ',
      '随便写点什么',
      '1月1日',
      '一、：',
      '（（（',
      '\u0000\uE000\uE001',
      '9'.repeat(10_000),
    ])
      expect(() => parseHolidayNotice(text, 2026)).not.toThrow();
    expect(parseHolidayNotice('', 2026)).toEqual({ year: 2026, days: [], workdays: [], holidays: [], unread: [] });
  });
});
