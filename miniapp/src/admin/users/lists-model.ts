import { type Station } from '@onetrip/shared';

/** What adding to one of the centre's lists gives: the new list, or why not. */
export type Added<T> = { list: T[] } | { problem: string };

const MAX_PLACE = 30;
const MAX_COMPANY = 40;

/** A station of a town and a village, each 1–30 characters, not on the list yet. */
export function addStation(list: readonly Station[], town: string, village: string): Added<Station> {
  const [t, v] = [town.trim(), village.trim()];
  if (!t || !v) return { problem: '请填写乡镇（街道）和村（社区）' };
  if (t.length > MAX_PLACE || v.length > MAX_PLACE) return { problem: `乡镇和村名各不超过 ${MAX_PLACE} 个字` };
  if (list.some((s) => s.town === t && s.village === v)) return { problem: `${t}${v}已在名单中` };
  return { list: [...list, { town: t, village: v }] };
}

/** A company of 1–40 characters, not on the list yet. */
export function addCompany(list: readonly string[], name: string): Added<string> {
  const n = name.trim();
  if (!n) return { problem: '请填写快递公司名称' };
  if (n.length > MAX_COMPANY) return { problem: `名称不超过 ${MAX_COMPANY} 个字` };
  if (list.includes(n)) return { problem: `${n}已在名单中` };
  return { list: [...list, n] };
}

/** Whether two lists say the same, in the same order (nothing to save). */
export const sameList = <T>(a: readonly T[], b: readonly T[]) => JSON.stringify(a) === JSON.stringify(b);
