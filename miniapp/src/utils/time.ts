const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-25T02:03:00Z` → `2026-11-25 10:03` in the phone's time zone; '' for a bad date. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
