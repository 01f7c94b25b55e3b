/** Excel reads a CSV as UTF-8 only after this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`
 * (or a tab or carriage return) would be run as a formula, so it gets a leading `'`; a cell with
 * a comma, quote or line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Beijing time (UTC+8, no daylight saving) as a spreadsheet reads a date: `2026-11-25 10:30:05`, or to the minute. */
export function beijingDateTime(iso: string, precision: 'minute' | 'second' = 'second'): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000)
    .toISOString()
    .slice(0, precision === 'minute' ? 16 : 19)
    .replace('T', ' ');
}
