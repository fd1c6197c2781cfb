/** Pinyin for search: full (no tones, no spaces) and initials, lower-case; other characters kept. */
import { createRequire } from 'node:module';
import type { pinyin as PinyinFn } from 'pinyin-pro';

// pinyin-pro's dictionary costs ~200 ms and tens of MB to load; the answer engine rarely needs it
// (pinyin is precomputed at import), so it is loaded on the first conversion, not at start-up.
let pinyin: typeof PinyinFn | null = null;

export function toPinyin(name: string): [full: string, initials: string] {
  pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof PinyinFn }).pinyin;
  const clean = name.normalize('NFKC');
  const full = pinyin(clean, { toneType: 'none', separator: '', nonZh: 'consecutive', v: true })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const initials = pinyin(clean, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return [full, initials];
}
