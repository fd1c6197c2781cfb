/** Pinyin for search: full (no tones, no spaces) and initials, lower-case; other characters kept. */
import { pinyin } from 'pinyin-pro';

export function toPinyin(name: string): [full: string, initials: string] {
  const clean = name.normalize('NFKC');
  const full = pinyin(clean, { toneType: 'none', separator: '', nonZh: 'consecutive', v: true })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const initials = pinyin(clean, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return [full, initials];
}
