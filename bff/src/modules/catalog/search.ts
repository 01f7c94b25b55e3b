import { pinyin } from 'pinyin-pro';
import { synonymsOf } from '@onetrip/shared';

/** Lower-case letters and digits only: 营业执照（个体工商户） → yyzzgtgsh */
const compact = (parts: string[]) =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** What a name is found by: 老年优待证办理 → {pinyinInitials: 'lnydzbl', pinyin: 'laonianyoudaizhengbanli'}. */
export function searchKeys(name: string): { pinyinInitials: string; pinyin: string } {
  return {
    pinyinInitials: compact(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })),
    pinyin: compact(pinyin(name, { toneType: 'none', type: 'array' })),
  };
}

/** What a search box looks at in an item or a chain. */
export interface Searchable {
  code: string;
  name: string;
  pinyinInitials: string;
  pinyin: string;
}

/**
 * The test for a search box: the name contains `q`, or a word the shared
 * synonyms give for it (`SEARCH_SYNONYMS`: 户口 → 户籍, 二手房 → 不动产…), or
 * (for Latin input) the pinyin initials or the full pinyin contain it, or the
 * code starts with it. `q` is always matched literally (plain substring and
 * prefix tests, never a pattern; the schemas keep it to 40 characters). Lists
 * are searched in memory (`catalog-index.ts`), so no query text ever reaches
 * the database.
 */
export function searchMatcher(q: string | undefined): (entry: Searchable) => boolean {
  const text = q?.trim();
  if (!text) return () => true;
  const latin = text.toLowerCase().replace(/[\s'-]/g, '');
  if (!/^[a-z0-9]+$/.test(latin)) {
    const words = [text, ...synonymsOf(text)];
    return (entry) => words.some((word) => entry.name.includes(word));
  }
  const codePrefix = text.toUpperCase();
  return (entry) =>
    entry.name.includes(text) ||
    entry.pinyinInitials.includes(latin) ||
    entry.pinyin.includes(latin) ||
    entry.code.startsWith(codePrefix);
}
