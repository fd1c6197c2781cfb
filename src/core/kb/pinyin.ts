/** Pinyin for search: full (no tones, no spaces) and initials, lower-case; other characters kept. */
import { createRequire } from 'node:module';
import type { pinyin as PinyinFn } from 'pinyin-pro';

// pinyin-pro's dictionary costs ~200 ms and tens of MB to load; the answer engine rarely needs it
// (pinyin is precomputed at import), so it is loaded on the first conversion, not at start-up.
let pinyin: typeof PinyinFn | null = null;

function pinyinPro(): typeof PinyinFn {
  return (pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof PinyinFn }).pinyin);
}

export function toPinyin(name: string): [full: string, initials: string] {
  const full = toFullPinyin(name);
  const initials = pinyinPro()(name.normalize('NFKC'), {
    pattern: 'first',
    toneType: 'none',
    separator: '',
    nonZh: 'consecutive',
  })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return [full, initials];
}

/** The full pinyin of toPinyin() alone (half the work when the initials are not wanted). */
export function toFullPinyin(name: string): string {
  return pinyinPro()(name.normalize('NFKC'), {
    toneType: 'none',
    separator: '',
    nonZh: 'consecutive',
    v: true,
  })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
