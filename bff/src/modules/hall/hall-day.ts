import { type Connection } from 'mongoose';
import { HALL_SLOT_MINUTES, HALL_SLOTS, isWorkingDay, type HallSlot } from '@onetrip/shared';
import { loadCalendars } from '../holidays';

/**
 * Days and slots in Beijing time (UTC+8, no daylight saving since 1991, so
 * a fixed offset is exact). Days are `YYYY-MM-DD` strings, compared as text.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Tickets are handed out until the last slot ends. */
export const CLOSING_TIME = '17:00';

export { beijingDate } from '../../lib/beijing-date';

/** `HH:MM` Beijing time of an instant. */
export const beijingTime = (at: Date): string => new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16);

/** The date `days` calendar days after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The instant a `HH:MM` Beijing time of `date` begins. */
export const instantOf = (date: string, time: string): Date => new Date(Date.parse(`${date}T${time}:00+08:00`));

/** The end of a slot (`HH:MM`). */
export const slotEnd = (slot: HallSlot): string => {
  const [h, m] = slot.split(':').map(Number) as [number, number];
  const minutes = h * 60 + m + HALL_SLOT_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

export const SLOTS: readonly HallSlot[] = HALL_SLOTS;

/** Whether the hall works on `date`: the holidays module's calendars (调休 included). */
export async function hallWorks(conn: Connection, date: string): Promise<boolean> {
  return isWorkingDay(date, await loadCalendars(conn));
}

/** `<group>:<date>`: the equality key of a group's queue, seats and statistics of a day. */
export const groupDayKey = (group: string, date: string) => `${group}:${date}`;
