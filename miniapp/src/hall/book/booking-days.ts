import { HALL_BOOKING_DAYS, type HallDaySlots, type HallGroupDetail } from '@onetrip/shared';
import { getDaySlots, getHallGroup } from '@/services/hall-groups';
import { addDays } from '../common/dates';

export interface BookingDays {
  group: HallGroupDetail;
  /** working days from today on (the hall's today) with a slot still to come, in order */
  days: HallDaySlots[];
}

/**
 * The group and the days one may book: today and the next HALL_BOOKING_DAYS calendar days, read at
 * once (public reads, one equality read each on the server). The server says which days the hall
 * works (holiday calendar, 调休) and which slots are still ahead, so days off and over are left out.
 */
export async function loadBookingDays(code: string): Promise<BookingDays> {
  const group = await getHallGroup(code);
  const dates = Array.from({ length: HALL_BOOKING_DAYS + 1 }, (_, i) => addDays(group.today.date, i));
  const all = await Promise.all(dates.map((date) => getDaySlots(code, date)));
  return { group, days: all.filter((d) => d.open && d.slots.some((s) => s.bookable)) };
}

/** Seats still free on a day, in slots not yet started. */
export const seatsLeft = (day: HallDaySlots) =>
  day.slots.filter((s) => s.bookable).reduce((n, s) => n + s.remaining, 0);
