/**
 * Pinyin of the names the search index holds, found without pinyin-pro in the common case: loading its
 * dictionary takes ~200 ms and converting a name ~30 µs (seconds at 100,000 names).
 *
 * In order: the dataset's pinyin.json (computed at import); the generated vocabulary of names that are
 * the same in every document — topics and their aliases, code aliases, table titles, standard row labels
 * (pinyin-vocab.ts); a name derived from one whose pinyin is known — "2010301行政运行" is the code and
 * 行政运行's pinyin, 机要信息中心运维费 is the tail of 2020年机要信息中心运维费's; else pinyin-pro,
 * remembered for the life of the process. Every path gives what toPinyin() gives (tested on the bundled
 * document); pinyin-vocab.ts going stale only costs start-up time.
 */
import type { Dataset } from '../kb/loader.js';
import { toPinyin } from '../kb/pinyin.js';
import { PINYIN_VOCAB } from './pinyin-vocab.js';

export type NamePinyin = readonly [full: string, initials: string];

const vocab = new Map<string, NamePinyin>(
  PINYIN_VOCAB.map(([name, full, initials]) => [name, [full, initials]]),
);
/** Converted by pinyin-pro in this process */
const converted = new Map<string, NamePinyin>();
/** Characters a year prefix ("北京市西城区2020年度") is made of, besides digits */
const PREFIX_CHARS: Record<string, NamePinyin> = {
  北: ['bei', 'b'],
  京: ['jing', 'j'],
  市: ['shi', 's'],
  西: ['xi', 'x'],
  城: ['cheng', 'c'],
  区: ['qu', 'q'],
  年: ['nian', 'n'],
  度: ['du', 'd'],
};

/** Pinyin of a prefix of digits and PREFIX_CHARS, or null. */
function prefixPinyin(prefix: string): NamePinyin | null {
  let full = '';
  let initials = '';
  for (const ch of prefix) {
    if (ch >= '0' && ch <= '9') {
      full += ch;
      initials += ch;
      continue;
    }
    const p = PREFIX_CHARS[ch];
    if (!p) return null;
    full += p[0];
    initials += p[1];
  }
  return [full, initials];
}

/** How many names took each path (for the benchmark). */
export const pinyinStats = { dataset: 0, vocab: 0, derived: 0, converted: 0 };

/**
 * A resolver for one dataset: `name`'s pinyin; `whole` is the entity name a fuzzy name was cut from
 * (its tail after a year prefix), when there is one.
 */
export function namePinyin(ds: Pick<Dataset, 'pinyin'>): (name: string, whole?: string) => NamePinyin {
  const known = (name: string): NamePinyin | undefined =>
    ds.pinyin.get(name) ?? vocab.get(name) ?? converted.get(name);
  return (name, whole) => {
    const own = ds.pinyin.get(name);
    if (own) {
      pinyinStats.dataset++;
      return own;
    }
    const fixed = vocab.get(name) ?? converted.get(name);
    if (fixed) {
      pinyinStats.vocab++;
      return fixed;
    }
    // "2010301行政运行": a code, then a name with known pinyin (digits pass through unchanged).
    const code = /^(\d+)(\D.*)$/.exec(name);
    const rest = code ? known(code[2]!) : undefined;
    if (code && rest) {
      pinyinStats.derived++;
      return [code[1]! + rest[0], code[1]! + rest[1]];
    }
    // The tail of a name with known pinyin, after a year prefix: its pinyin is the tail of that pinyin.
    if (whole && whole !== name && whole.endsWith(name)) {
      const w = known(whole);
      const pre = prefixPinyin(whole.slice(0, whole.length - name.length));
      if (w && pre && w[0].startsWith(pre[0]) && w[1].startsWith(pre[1])) {
        pinyinStats.derived++;
        return [w[0].slice(pre[0].length), w[1].slice(pre[1].length)];
      }
    }
    pinyinStats.converted++;
    const py = toPinyin(name);
    converted.set(name, py);
    return py;
  };
}
