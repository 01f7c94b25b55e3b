import mongoose from 'mongoose';
import { pinyin } from 'pinyin-pro';

/** Lower-case letters and digits only: 营业执照（个体工商户） → yyzzgtgsh */
const compact = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');

/** What a name is found by: 老年优待证办理 → {pinyinInitials: 'lnydzbl', pinyin: 'laonianyoudaizhengbanli'}. */
export function searchKeys(name: string): { pinyinInitials: string; pinyin: string } {
  return {
    pinyinInitials: compact(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })),
    pinyin: compact(pinyin(name, { toneType: 'none', type: 'array' })),
  };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The filter for a search box: the name contains `q`, or (for Latin input) the
 * pinyin initials or the full pinyin contain it, or the code starts with it.
 * `q` is always matched literally; the operator objects are ours, so trusted.
 */
export function searchFilter(q: string | undefined): Record<string, unknown> {
  const text = q?.trim();
  if (!text) return {};
  const or: Record<string, unknown>[] = [{ name: mongoose.trusted({ $regex: escapeRegex(text) }) }];
  const latin = text.toLowerCase().replace(/[\s'-]/g, '');
  if (/^[a-z0-9]+$/.test(latin)) {
    or.push({ pinyinInitials: mongoose.trusted({ $regex: escapeRegex(latin) }) });
    or.push({ pinyin: mongoose.trusted({ $regex: escapeRegex(latin) }) });
    or.push({ code: mongoose.trusted({ $regex: `^${escapeRegex(text.toUpperCase())}` }) });
  }
  return { $or: or };
}
