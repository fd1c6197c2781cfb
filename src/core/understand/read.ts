/**
 * Read: a question → what it says, position by position. Three passes over the normalised text:
 *  1. entity names found anywhere (the knowledge base's names, aliases and short names, longest first);
 *  2. lexicon marks outside those names (measures, time, change, share, order, scope, conjunctions…),
 *     numbers (years, codes, table numbers, amounts, "前三", "第二大");
 *  3. what is left, in chunks, looked up fuzzily (typos, pinyin, abbreviations such as 机要运维).
 * Nothing here decides what the question asks: that is the query stage's job.
 */
import { Money } from '../money.js';
import { LEXICON, type Mark } from './lexicon.js';

/** NFKC, lower-case, punctuation and spaces as one space: the form every pass reads. */
export function normalizeQuestion(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // ("那三笔以前年度尾款（公共安全图像、机要信息中心、通讯指挥中心）": as many owners in brackets as the
      // count before the name says are whose they are — "公共安全图像、机要信息中心、通讯指挥中心的以前年度尾款".)
      .replace(
        /([两二三四五六七八九])(个|笔|项|条)(\p{Script=Han}{2,10})[(（]((?:[^()（）、,，]{2,12}[、,，]){1,8}[^()（）、,，]{2,12})[)）]/gu,
        (all, n: string, unit: string, name: string, inner: string) =>
          inner.split(/[、,，]/).length === smallNumber(n) ? `${n}${unit} ${inner}的${name}` : all,
      )
      // ("区科协's own budget": an English possessive after a Chinese name is 的.)
      .replace(/(?<=\p{Script=Han}[)）]?)\s*['’]s\b/gu, '的')
      .replace(/[“”"'‘’「」『』《》<>()（）【】[\]{}]/g, '')
      // ("人员支出（在职统发）_津贴补贴": the _ of a 表九 line's name joins its two halves, as the names are read.)
      .replace(/(?<=\p{Script=Han})_+(?=\p{Script=Han})/gu, '')
      .replace(/(?<=\d),(?=\d{3})/g, '')
      .replace(/[\s\p{P}\p{S}\u3000]+/gu, (m, at: number, all: string) =>
        /^[%&/、]$/.test(m) || (m === '.' && /\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + 1] ?? ''))
          ? m
          : ' ',
      )
      .trim()
  );
}

/** A knowledge-base name found in the question. */
export interface NameHit {
  start: number;
  end: number;
  text: string;
  /** Entity ids this surface form names, best first */
  ids: string[];
}

/** A mark from the lexicon at a position. */
export interface MarkHit {
  start: number;
  end: number;
  text: string;
  mark: Mark;
}

export type NumberHit =
  | { kind: 'year'; start: number; end: number; year: number }
  | { kind: 'code'; start: number; end: number; code: string }
  | { kind: 'table'; start: number; end: number; table: number }
  | { kind: 'top'; start: number; end: number; n: number }
  | { kind: 'nth'; start: number; end: number; n: number; order: 'desc' | 'asc' | null }
  /** An amount in 元 ("2200万" = 22,000,000 元) */
  /** `upTo`: "两千多万" — at least the amount, less than the next step of its last digit (3000万) */
  | { kind: 'amount'; start: number; end: number; yuan: Money; upTo?: Money; exact?: boolean };

export interface Reading {
  /** The normalised text all positions refer to */
  text: string;
  names: NameHit[];
  marks: MarkHit[];
  numbers: NumberHit[];
  /**
   * What is left between names, marks and numbers: candidate names for fuzzy search. A chunk may hold
   * one-character marks (和, 中, 占…), which are either part of a name or split it.
   */
  chunks: { start: number; end: number; text: string }[];
  english: boolean;
}

/** The surface forms of one dataset's entities, for finding names anywhere in a question. */
export interface NameDictionary {
  /** normalised form → entity ids (best first) */
  forms: Map<string, string[]>;
  /** first character → the form lengths that start with it, longest first */
  lengths: Map<string, number[]>;
}

export function buildDictionary(
  entries: Iterable<{ form: string; id: string }>,
  normalize: (s: string) => string,
): NameDictionary {
  const forms = new Map<string, string[]>();
  const lex = lexiconWords(normalize);
  const generic = new Set(GENERIC.map(normalize));
  // A qualifier in brackets is optional in speech: 维修（护）费 is said 维修费, 因公出国（境）费 因公出国费.
  // (…after every name as written: 资本性支出 is 310's own name before it is 资本性支出（基本建设） said short.)
  const spoken = function* (es: Iterable<{ form: string; id: string }>) {
    const bares: { form: string; id: string }[] = [];
    for (const e of es) {
      yield e;
      const bare = e.form.replace(/[（(][^（）()]{1,4}[）)]/g, '');
      if (bare !== e.form && bare) bares.push({ form: bare, id: e.id });
    }
    yield* bares;
  };
  for (const { form, id } of spoken(entries)) {
    const key = normalize(form);
    // A name of one character, a bare number or a lexicon word ("负责人", "预算") is not a name here.
    if ([...key].length < 2 || /^\d+$/.test(key) || generic.has(key) || tiledBy(key, lex)) continue;
    const ids = forms.get(key);
    if (!ids) forms.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
  const lengths = new Map<string, number[]>();
  for (const key of forms.keys()) {
    const c = key[0]!;
    const ls = lengths.get(c) ?? [];
    if (!ls.includes(key.length)) ls.push(key.length);
    lengths.set(c, ls);
  }
  for (const ls of lengths.values()) ls.sort((a, b) => b - a);
  return { forms, lengths };
}

let lexicon: { forms: Map<string, Mark>; lengths: Map<string, number[]> } | null = null;

/** Words too general to name one thing on their own ("支出", "预算"): found only inside longer names. */
const GENERIC = [
  '支出',
  '预算',
  '基本',
  '人员',
  '下设',
  '实有',
  '干什么',
  '做什么',
  '机构',
  '费用',
  '经费',
  '资金',
];

/** The text is a run of lexicon words alone ("几个项目" = 几个 + 项目): a question's words, not a name. */
function tiledBy(text: string, words: ReadonlySet<string>): boolean {
  const ok = new Uint8Array(text.length + 1);
  ok[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(text.length, i + 12); j++) if (words.has(text.slice(i, j))) ok[j] = 1;
  }
  return ok[text.length] === 1;
}

function lexiconWords(normalize: (s: string) => string): Set<string> {
  return new Set(LEXICON.flatMap(([, forms]) => forms.map(normalize)));
}

function lexiconIndex() {
  if (lexicon) return lexicon;
  const forms = new Map<string, Mark>();
  for (const [mark, fs] of LEXICON)
    for (const f of fs) {
      const key = normalizeQuestion(f);
      if (key && !forms.has(key)) forms.set(key, mark);
    }
  const lengths = new Map<string, number[]>();
  for (const key of forms.keys()) {
    const ls = lengths.get(key[0]!) ?? [];
    if (!ls.includes(key.length)) ls.push(key.length);
    lengths.set(key[0]!, ls);
  }
  for (const ls of lengths.values()) ls.sort((a, b) => b - a);
  return (lexicon = { forms, lengths });
}

/** The length of the longest lexicon form at position i (0 when none). */
function longestLexicon(text: string, i: number): number {
  const lex = lexiconIndex();
  for (const len of lex.lengths.get(text[i]!) ?? [])
    if (i + len <= text.length && lex.forms.has(text.slice(i, i + len)) && wordAt(text, i, i + len))
      return len;
  return 0;
}

/** Whether text[i] is an ASCII letter (lower-case) or digit; false outside the text. */
function asciiWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** An ASCII form (text[start … end)) must stand as a word; a Han form may stand anywhere. */
/** Words of the domain whose second character is, alone, a word of the lexicon (要 as in 我要). */
const GLUED = new Set(['机要']);

function wordAt(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  const first = asciiWordAt(text, start);
  const last = asciiWordAt(text, end - 1);
  if (!first && !last) return true;
  return !(first && asciiWordAt(text, start - 1)) && !(last && asciiWordAt(text, end));
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** "二" → 2, "十二" → 12, "10" → 10: a small count written either way. */
export function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return CN_DIGITS[m[1] ?? m[3]!] ?? null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

/** 两千二百 → 2200, 五十 → 50, 一千 → 1000 (below 10,000; 万/亿 are the unit that follows). */
function cnInteger(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined && c !== '十') digit = d;
    else if (c === '十' || c === '百' || c === '千') {
      total += (digit ?? 1) * (c === '十' ? 10 : c === '百' ? 100 : 1000);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0) || null;
}

const UNIT_FACTOR: Record<string, string> = {
  元: '1',
  块: '1',
  万: '10000',
  万元: '10000',
  亿: '100000000',
  亿元: '100000000',
};

/** "两千多" → 3000, "一千五百多" → 1600, "20多" → 30: the amount with its last nonzero digit's place added. */
function nextStep(n: Money): Money {
  if (n.isZero()) return new Money(1);
  let step = new Money(1);
  while (n.modulo(step.times(10)).isZero()) step = step.times(10);
  return n.plus(step);
}

function numbersIn(text: string): NumberHit[] {
  const out: NumberHit[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (h: NumberHit) => {
    if (!free(h.start, h.end)) return;
    taken.push([h.start, h.end]);
    out.push(h);
  };
  // (A numeral as written — 四, 十二, 二十一 — so "表四一般公共预算" is 表四 and then 一般….)
  for (const m of text.matchAll(
    /(?:表|table ?)([二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,2})(?![\d共下些样])/g,
  )) {
    const n = smallNumber(m[1]!);
    if (n) push({ kind: 'table', start: m.index, end: m.index + m[0].length, table: n });
  }
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?: ?年度?|(?![\d.万亿元多块]))/g))
    push({ kind: 'year', start: m.index, end: m.index + m[0].length, year: Number.parseInt(m[1]!, 10) });
  // "19年", "20年": a two-digit year of this century
  for (const m of text.matchAll(/(?<![\d.])([12]\d) ?年(?!度?\d)/g))
    push({
      kind: 'year',
      start: m.index,
      end: m.index + m[0].length,
      year: 2000 + Number.parseInt(m[1]!, 10),
    });
  for (const m of text.matchAll(
    /(?:前|top ?)([一二两三四五六七八九十]|\d{1,2})(?: ?(?:个|名|项(?!目)|位|笔|大))?/g,
  )) {
    const n = smallNumber(m[1]!);
    if (n) push({ kind: 'top', start: m.index, end: m.index + m[0].length, n });
  }
  // "最大的三个项目", "最少的两项": a superlative and then how many
  for (const m of text.matchAll(
    /(?<=(?:最大|最多|最高|最贵|最小|最少|最低|最便宜)的?)([一两二三四五六七八九十]|\d{1,2}) ?(?:个|项|笔|条|名|块)/g,
  )) {
    const n = smallNumber(m[1]!);
    if (n) push({ kind: 'top', start: m.index, end: m.index + m[0].length, n });
  }
  for (const m of text.matchAll(
    /(倒数)?第([一二两三四五六七八九十]|\d{1,2})(?![小中大]学|医院|幼儿园|分)(?:个|名|项|位|笔)?(大|多(?!少)|高|贵|小|少|低|便宜)?(?![季月周次批期年天届轮部章节\d])/g,
  )) {
    const n = smallNumber(m[2]!);
    const order = m[1] ? 'asc' : m[3] ? (/[大多高贵]/.test(m[3]) ? 'desc' : 'asc') : null;
    if (n) push({ kind: 'nth', start: m.index, end: m.index + m[0].length, n, order });
  }
  // ("老二呢", "老三是哪个": the place in the ranking before, said as siblings are.)
  for (const m of text.matchAll(
    /(?<![\p{Script=Han}])老([二三四五六七八九十])(?=呢|是|的|多少|[？?，,。]|$)/gu,
  )) {
    const n = smallNumber(m[1]!);
    if (n) push({ kind: 'nth', start: m.index, end: m.index + m[0].length, n, order: null });
  }
  // Amounts in Chinese numerals: 一千万, 两千二百万, 五十万元, 一千五百多万 (多: a little more)
  for (const m of text.matchAll(/([一二两三四五六七八九十百千]+)(多)?(万元|亿元|万|亿)/g)) {
    const n = cnInteger(m[1]!);
    if (n !== null) {
      const yuan = new Money(n).times(UNIT_FACTOR[m[3]!]!);
      push({
        kind: 'amount',
        start: m.index,
        end: m.index + m[0].length,
        yuan,
        ...(m[2] ? { upTo: nextStep(new Money(n)).times(UNIT_FACTOR[m[3]!]!) } : {}),
      });
    }
  }
  // Amounts with a unit: 2200万, 1.5亿元, 22,320.24元, 100 万元, 2000多万
  for (const m of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(多)? ?(万元|亿元|万|亿|元|块)/g)) {
    const yuan = new Money(m[1]!).times(UNIT_FACTOR[m[3]!]!);
    const more =
      m[2] && /^\d+$/.test(m[1]!) ? { upTo: nextStep(new Money(m[1]!)).times(UNIT_FACTOR[m[3]!]!) } : {};
    push({ kind: 'amount', start: m.index, end: m.index + m[0].length, yuan, ...more });
  }
  // A bare amount as the tables print it, in 元: "3755505.2 这个数是哪个项目的" (four digits or more, and
  // one or two decimals — never a code, a year or a percentage).
  for (const m of text.matchAll(
    /(?<![\d.,])(\d{4,}\.\d{1,2})(?![\d.%]| ?(?:万元|亿元|万|亿|元|块|分|人|个|辆))/g,
  ))
    push({ kind: 'amount', start: m.index, end: m.index + m[0].length, yuan: new Money(m[1]!), exact: true });
  // A bare whole amount asked of as a figure — "表六里1862064这个数", "1710000挂在哪个科目" — five digits or
  // more that are no code (2xx, 3xx, 5xx in 3, 5 or 7 digits) and no year.
  for (const m of text.matchAll(
    /(?<![\d.,])(\d{5,10})(?![\d.%]| ?(?:万元|亿元|万|亿|元|块|分|人|个|辆|年))(?=\s*(?:这个数|这笔|这个金额|这一?行|挂在|对应|是哪|是什么|是啥|在哪|属于|which|is|$|[？?，,]))/g,
  ))
    if (!/^[235]\d{2}(?:\d{2}){0,2}$/.test(m[1]!))
      push({
        kind: 'amount',
        start: m.index,
        end: m.index + m[0].length,
        yuan: new Money(m[1]!),
        exact: true,
      });
  // Classification codes: 2xx functional, 3xx/5xx economic, in 3, 5 or 7 digits
  for (const m of text.matchAll(/(?<![\d.a-z])([235]\d{2}(?:\d{2}){0,2})(?![\d.a-z])/g))
    push({ kind: 'code', start: m.index, end: m.index + m[0].length, code: m[1]! });
  return out;
}

/**
 * Reads a question against one dataset's dictionary. `text` is the question as typed (cleaned);
 * positions refer to `Reading.text`, its normalised form.
 */
export function read(
  question: string,
  dictionary: NameDictionary | null,
  yearInName: (year: number) => boolean = () => false,
): Reading {
  const text = normalizeQuestion(question);
  const used = new Uint8Array(text.length);
  const mark = (s: number, e: number) => used.fill(1, s, e);
  const isFree = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (used[i] !== 0) return false;
    return true;
  };

  // Numbers first: a code or a year is never part of a name here.
  const numbers = numbersIn(text).filter((n) => n.kind !== 'year' || !yearInName(n.year));
  for (const n of numbers) mark(n.start, n.end);

  // 1. Names, longest first at each position.
  const names: NameHit[] = [];
  if (dictionary)
    for (let i = 0; i < text.length; i++) {
      if (used[i]) continue;
      for (const len of dictionary.lengths.get(text[i]!) ?? []) {
        if (i + len > text.length || !isFree(i, i + len) || !wordAt(text, i, i + len)) continue;
        const form = text.slice(i, i + len);
        const ids = dictionary.forms.get(form);
        if (!ids) continue;
        // A longer lexicon phrase starting here outranks a shorter name ("绩效指标" is a measure, not 绩效).
        if (longestLexicon(text, i) > len) break;
        // (…and so does one that began just before it and covers it whole: "差几分钱" is a difference, not
        // the 几分 of a score.)
        let covered = false;
        for (let j = Math.max(0, i - 4); j < i && !covered; j++)
          covered = !used[j] && j + longestLexicon(text, j) >= i + len;
        if (covered) break;
        names.push({ start: i, end: i + len, text: form, ids });
        mark(i, i + len);
        i += len - 1;
        break;
      }
    }

  // 2. Lexicon marks outside names, longest first.
  const lex = lexiconIndex();
  const marks: MarkHit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (used[i] || text[i] === ' ') continue;
    for (const len of lex.lengths.get(text[i]!) ?? []) {
      if (i + len > text.length || !isFree(i, i + len) || !wordAt(text, i, i + len)) continue;
      const form = text.slice(i, i + len);
      const m = lex.forms.get(form);
      if (!m) continue;
      // "两个项" is a level, "两个项目" is not: 项 before 目 is the word 项目.
      if (form.endsWith('项') && text[i + len] === '目') continue;
      // (Nor is the 要 of 机要 — "机要运维费" — a word of its own.)
      if (GLUED.has(text.slice(i - 1, i + len))) continue;
      // (A one-character scope word says "within what was just named": at the very start, with nothing
      // named before it, it begins a word instead — 中期, 里程.)
      if (i === 0 && len === 1 && m.cat === 'scope' && /\p{Script=Han}/u.test(text[1] ?? '')) continue;
      // (…nor anywhere in a word it begins: 信息中心, 中期, 中标.)
      // (…but "这个中心" points at a centre named before, as it did.)
      if (
        len === 1 &&
        m.cat === 'scope' &&
        /^(?:中心|中期|中标|中央|中层|里程)/.test(text.slice(i, i + 2)) &&
        !/[个这那该]$/.test(text.slice(0, i))
      )
        continue;
      marks.push({ start: i, end: i + len, text: form, mark: m });
      mark(i, i + len);
      i += len - 1;
      break;
    }
  }

  // (A level said alone among English words — "the smallest 项?", "which 款 is largest" — is that level.)
  for (const m of text.matchAll(/(?<![\p{Script=Han}\d])([类款项])(?![\p{Script=Han}\d])/gu)) {
    const i = m.index;
    if (used[i] || !isFree(i, i + 1) || !/[a-z]/.test(text)) continue;
    const level = lex.forms.get(`${m[1]} level`);
    if (!level) continue;
    marks.push({ start: i, end: i + 1, text: m[1]!, mark: level });
    mark(i, i + 1);
  }
  // ("why the increase vs 2019?": vs before a year compares with that year — a change, not two things.)
  for (const m of text.matchAll(
    /\b(?:vs\.?|versus|against|compared? (?:with|to)|compares? (?:with|to))(?= (?:fy ?)?20\d{2}\b)/g,
  )) {
    const i = m.index;
    const change = lex.forms.get('vs last year');
    if (!change) break;
    const at = marks.findIndex((k) => k.start === i && k.end <= i + m[0].length);
    if (at >= 0) marks[at] = { ...marks[at]!, mark: change };
  }
  marks.sort((a, b) => a.start - b.start);

  // 3. Chunks: maximal runs of free characters. A one-character Han mark (和, 中, 占, 的…) does not end a
  // chunk: it may be part of a name ("对个人和家庭的补助", "机要信息中心"); the query stage decides.
  const soft = new Uint8Array(text.length);
  for (const m of marks) if (m.end - m.start === 1 && /\p{Script=Han}/u.test(m.text)) soft[m.start] = 1;
  const chunks: Reading['chunks'] = [];
  let s = -1;
  for (let i = 0; i <= text.length; i++) {
    const free = i < text.length && (!used[i] || soft[i] === 1) && text[i] !== ' ';
    if (free && s < 0) s = i;
    if (!free && s >= 0) {
      // Soft marks at either end of a run are marks, not part of a name.
      let a = s;
      let b = i;
      while (a < b && soft[a] === 1) a++;
      while (b > a && soft[b - 1] === 1) b--;
      const t = text.slice(a, b);
      if (/[\p{Script=Han}a-z]/u.test(t)) chunks.push({ start: a, end: b, text: t });
      s = -1;
    }
  }
  const english = /[a-z]{2}/.test(text) && !/\p{Script=Han}/u.test(text);
  return { text, names, marks, numbers, chunks, english };
}

/** The marks of one category, in order. */
export function marksOf<C extends Mark['cat']>(
  r: Reading,
  cat: C,
): (MarkHit & { mark: Extract<Mark, { cat: C }> })[] {
  return r.marks.filter((m): m is MarkHit & { mark: Extract<Mark, { cat: C }> } => m.mark.cat === cat);
}
