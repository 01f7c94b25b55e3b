import { HALL_SLOTS, HALL_SLOT_MINUTES } from './hall';

/** 12345 政务服务便民热线: the government service hotline every resident may call, the same nationwide. */
export const GOVERNMENT_HOTLINE = '12345';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clockOf = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The hall's opening hours in plain words, read from its half-hour slots
 * (`HALL_SLOTS`): consecutive slots make one span, so the text follows the
 * slots whenever they change. Today: 工作日 9:00–12:00、13:30–17:00（法定节假日除外）.
 */
export const HALL_HOURS_TEXT: string = (() => {
  const spans: [number, number][] = [];
  for (const slot of HALL_SLOTS) {
    const start = minutesOf(slot);
    const last = spans[spans.length - 1];
    if (last && last[1] === start) last[1] = start + HALL_SLOT_MINUTES;
    else spans.push([start, start + HALL_SLOT_MINUTES]);
  }
  return `工作日 ${spans.map(([from, to]) => `${clockOf(from)}–${clockOf(to)}`).join('、')}（法定节假日除外）`;
})();
