/**
 * The service hall's fixed numbers (政务大厅). Plain constants, no schema, so
 * the mini-program can read them without pulling zod into its packages.
 */

/** Half-hour slots of a working day, by start: 9:00–12:00 and 13:30–17:00 Beijing time. */
export const HALL_SLOTS = [
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '11:30',
  '13:30',
  '14:00',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '16:30',
] as const;
export type HallSlot = (typeof HALL_SLOTS)[number];
/** Length of a slot, minutes. */
export const HALL_SLOT_MINUTES = 30;
/** Appointments may be made for today and up to this many calendar days ahead. */
export const HALL_BOOKING_DAYS = 14;
