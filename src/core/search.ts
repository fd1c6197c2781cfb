/**
 * Fuzzy search over budget names, built once at load.
 *
 * Two stages (measured on sloppy Chinese queries; the figures are kept below): a character-bigram inverted index with IDF weights
 * shortlists at most SHORTLIST candidates; fuse.js then ranks the shortlist — token search over
 * character bigrams for Chinese, Bitap for pinyin. Codes, exact names, aliases and pinyin initials are
 * answered from exact maps first.
 *
 * Scale: docs carry a `scope` (the dataset); each scope's docs are contiguous, and every posting list
 * is sorted, so a scoped search reads only its scope's slice of each list (two binary searches) and
 * IDF is computed within the scope. A question about one department's budget therefore costs the same
 * whether one dataset or three hundred are loaded; an unscoped search reads everything.
 * Postings are stored flat (CSR: one Int32Array of doc indices, one of offsets per gram).
 *
 * Settings (and why):
 * - tokenize = character bigrams: Chinese has no spaces; bigram tokens weight each part of a query by
 *   how rare it is, so 机要运维 finds 2020年机要信息中心运维费 and 公车运维 finds 公务用车运行维护费.
 * - threshold 0.6: one wrong character in a four-character query is already 0.25 error; lower
 *   thresholds lose typo'd queries (SEARCH.md: 0.2 → 71%, 0.6 → 96% top-1).
 * - ignoreLocation: a term may sit anywhere in a long name.
 * - ties (equal scores) → shorter name first, then build order: exact substring hits all score alike.
 * - Confidence: besides fuse's score, `coverage` is the share of the query's bigram weight that the name
 *   contains; below MIN_COVERAGE a hit is not a match ("not found" beats the nearest guess).
 * - Cost: coverage does not depend on fuse.js, so it is computed first and fuse.js scores only the
 *   shortlisted candidates that can pass it (rankWithFuse) — the same hits, in the same order, for about
 *   half the time of scoring all of them (most of a search's time is fuse.js's Bitap matching).
 *   Coverage itself starts from the postings (presence()): a name is searched only for the query parts
 *   its doc has, only when the doc has several names, and only when the doc can reach minCoverage.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { bigrams, isLatinOnly, ngrams, normalizeText } from './text.js';

export interface SearchDoc {
  /** Stable id of the thing found */
  id: string;
  /** Names and aliases; the first is the display name */
  names: string[];
  /** Names that match exactly (default: all `names`); the rest are for fuzzy search only */
  exactNames?: string[];
  /** Full pinyin (no tones, no spaces) of each name, when precomputed */
  pinyin: string[];
  /** Pinyin initials of each name */
  initials: string[];
  /** Classification codes this doc answers to exactly */
  codes: string[];
  /** Lower sorts first among equal scores (e.g. topics before items) */
  rank?: number;
  /** The partition a search can be limited to (the dataset id) */
  scope?: string;
}

export interface SearchHit {
  id: string;
  /** 0 = perfect … 1 = no match */
  score: number;
  /** Share of the query's weighted bigrams present in the best name (0…1) */
  coverage: number;
  via: 'code' | 'exact' | 'initials' | 'fuzzy' | 'pinyin';
  /** The name or key that matched */
  matched: string;
}

/** What a search keeps of a doc after the build: enough to identify and order it */
export type SearchDocRef = Pick<SearchDoc, 'id' | 'rank'>;

export interface SearchOptions {
  limit?: number;
  /** Only docs of this scope (dataset id); unknown scope → no hits */
  scope?: string;
  /** Applied to every candidate before the shortlist is cut (keep it cheap) */
  filter?: (d: SearchDocRef) => boolean;
  /** Drops weak fuzzy hits (0 keeps all, for "did you mean") */
  minCoverage?: number;
}

/** A doc as the index keeps it (the SearchDoc itself is not retained: at 100,000 items it is most of the memory). */
interface Indexed extends SearchDocRef {
  /** Normalised names (fuzzy search) */
  keys: string[];
  /** Normalised pinyin and initials */
  latin: string[];
  initials: readonly string[];
  shortest: number;
}

/** Already in normalizeText's form: CJK ideographs, lower-case ASCII letters and digits only. */
const NORMALISED = /^[\u3400-\u4dbf\u4e00-\u9fffa-z0-9]*$/;

/** Distinct non-empty values, in order (few per doc: cheaper than a Set). */
function distinct(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (x !== '' && !out.includes(x)) out.push(x);
  return out;
}

export const SHORTLIST = 20;
/** Searches remembered per index (a few hundred bytes each). */
const MEMO_SIZE = 1024;
/** Grams whose presence in each doc the shortlist notes as it counts them (bits of an Int32) */
const MASK_BITS = 31;
export const MIN_COVERAGE = 0.5;
/** Character coverage counts for this much of bigram coverage: 公务接代费 → 公务接待费 (4 of 5 characters) passes. */
const CHAR_WEIGHT = 0.7;
const AVERAGE_CHAR_IDF = 2.5;
/** Latin queries this short with at most one vowel are read as pinyin initials (gwjdf, jyyw). */
const INITIALS_QUERY = /^[a-z]{2,8}$/;
const THRESHOLD = 0.6;
const HAN_KEY = /\p{Script=Han}/u;
/** A surrogate code unit: a character gram only when it is not half of a pair. */
function isSurrogate(ch: string): boolean {
  return (ch.charCodeAt(0) & 0xf800) === 0xd800;
}

/** [lo, hi) range of doc indices */
type Range = readonly [number, number];

/** First index in sorted `a[from, to)` whose value is ≥ x. */
/** Calls `visit(gram, doc)` once for each distinct gram of each doc, docs in order. */
function eachDistinctGram(keys: KeyGrams, grams: number, visit: (g: number, doc: number) => void): void {
  const { docStart, docKeys, keyStart, pool } = keys;
  const last = new Int32Array(grams).fill(-1);
  for (let i = 0; i + 1 < docStart.length; i++)
    for (let j = docStart[i]!; j < docStart[i + 1]!; j++) {
      const k = docKeys[j]!;
      for (let p = keyStart[k]!; p < keyStart[k + 1]!; p++) {
        const g = pool[p]!;
        if (last[g] !== i) {
          last[g] = i;
          visit(g, i);
        }
      }
    }
}

function lowerBound(a: ArrayLike<number>, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An inverted index from grams to sorted doc indices, stored flat: the postings of gram g are
 * docs[offsets[g] … offsets[g + 1]). Built in two passes over each doc's gram ids (count, then fill),
 * so nothing larger than the result is ever allocated.
 *
 * Pinyin grams (1–3 characters of [a-z0-9]) are numbered arithmetically (base 37) and looked up in a
 * table, not a string map: there are millions of them at 100,000 items.
 */
class Postings {
  private readonly ids = new Map<string, number>();
  private readonly table: Int32Array | null;
  /** Chinese: code unit → small char number, and (char, char) numbers → gram id: no string per gram */
  private readonly chars: Int32Array | null;
  private readonly pairs = new Map<number, number>();
  private charCount = 0;
  private size = 0;
  private offsets = new Int32Array(1);
  private docs = new Int32Array(0);

  constructor(latin: boolean) {
    this.table = latin ? new Int32Array(37 ** 3 + 1).fill(-1) : null;
    this.chars = latin ? null : new Int32Array(65536).fill(-1);
  }

  /**
   * A number for a gram of one or two UTF-16 code units (a character, a bigram, or an astral character
   * — the same two units as a bigram, as with strings), below 2^30; -1 for anything else or an unseen
   * character when not creating.
   */
  private pairKey(s: string, from: number, to: number, create: boolean): number {
    const chars = this.chars!;
    const len = to - from;
    if (len !== 1 && len !== 2) return -1;
    let key = 0;
    for (let i = from; i < to; i++) {
      const u = s.charCodeAt(i);
      let c = chars[u]!;
      if (c < 0) {
        if (!create || this.charCount === 32768) return -1;
        chars[u] = c = this.charCount++;
      }
      key = key * 32768 + c;
    }
    return len === 1 ? key : 32768 + key;
  }

  /** Base-37 number of a 1–3 character [a-z0-9] gram, or -1. */
  static code(s: string, from = 0, to = s.length): number {
    if (to - from > 3 || to <= from) return -1;
    let v = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      const sym = c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : -1;
      if (sym < 0) return -1;
      v = v * 37 + sym;
    }
    return v;
  }

  /** Id of a pinyin gram by its base-37 code (see code()), created on first use. */
  codeId(code: number): number {
    let g = this.table![code]!;
    if (g < 0) this.table![code] = g = this.size++;
    return g;
  }

  /** The id of a gram, created on first use (build time only). */
  id(s: string, from = 0, to = s.length): number {
    const code = this.table ? Postings.code(s, from, to) : -1;
    if (code >= 0) {
      let g = this.table![code]!;
      if (g < 0) this.table![code] = g = this.size++;
      return g;
    }
    const key = this.chars ? this.pairKey(s, from, to, true) : -1;
    if (key >= 0) {
      let g = this.pairs.get(key);
      if (g === undefined) this.pairs.set(key, (g = this.size++));
      return g;
    }
    const gram = from === 0 && to === s.length ? s : s.slice(from, to);
    let g = this.ids.get(gram);
    if (g === undefined) this.ids.set(gram, (g = this.size++));
    return g;
  }

  private find(gram: string): number {
    const code = this.table ? Postings.code(gram) : -1;
    if (code >= 0) return this.table![code]!;
    if (this.chars && (gram.length === 1 || gram.length === 2)) {
      const key = this.pairKey(gram, 0, gram.length, false);
      if (key >= 0) return this.pairs.get(key) ?? -1;
      // An unseen character: no gram has it, unless more than 32768 characters went to `ids`.
      if (this.charCount < 32768) return -1;
    }
    return this.ids.get(gram) ?? -1;
  }

  /** Postings from each doc's keys' gram ids (see KeyGrams): count per gram, then fill. */
  build(keys: KeyGrams): void {
    const n = this.size;
    const offsets = new Int32Array(n + 1);
    eachDistinctGram(keys, n, (g) => offsets[g + 1]!++);
    for (let g = 0; g < n; g++) offsets[g + 1]! += offsets[g]!;
    const fill = offsets.slice(0, n);
    const out = new Int32Array(offsets[n]!);
    eachDistinctGram(keys, n, (g, i) => (out[fill[g]!++] = i));
    this.offsets = offsets;
    this.docs = out;
  }

  /** The slice of `gram`'s postings inside `range`, as [start, end) into `docs`; null if none. */
  slice(gram: string, range: Range | null): Range | null {
    const g = this.find(gram);
    if (g < 0) return null;
    let start = this.offsets[g]!;
    let end = this.offsets[g + 1]!;
    if (range) {
      start = lowerBound(this.docs, range[0], start, end);
      end = lowerBound(this.docs, range[1], start, end);
    }
    return start < end ? [start, end] : null;
  }

  doc(i: number): number {
    return this.docs[i]!;
  }

  /**
   * For each doc `d` with `slot[d] >= 0`, whether a gram whose postings are `s` (see slice()) has it:
   * out[slot[d] * stride + col] = 1 (the caller cleared the column to 0). Walks the postings, or binary-searches them for
   * each of the `few` docs when that is shorter.
   */
  mark(
    s: Range | null,
    few: readonly number[],
    slot: Int32Array,
    out: Uint8Array,
    stride: number,
    col: number,
  ): void {
    if (!s) return;
    const docs = this.docs;
    if (s[1] - s[0] <= few.length * 8) {
      for (let j = s[0]; j < s[1]; j++) {
        const at = slot[docs[j]!]!;
        if (at >= 0) out[at * stride + col] = 1;
      }
    } else
      for (const d of few) {
        const j = lowerBound(docs, d, s[0], s[1]);
        if (j < s[1] && docs[j] === d) out[slot[d]! * stride + col] = 1;
      }
  }
}

/**
 * Build-time store of each distinct key's gram ids (each once: pinyin repeats its bigrams) in one flat
 * pool, and of each doc's keys — typed arrays, not an object per key or per doc: at 100,000 items the
 * garbage of per-key arrays was a third of the build.
 */
class KeyGrams {
  private readonly index = new Map<string, number>();
  keyStart = new Int32Array(1024);
  private keys = 0;
  pool = new Int32Array(1 << 16);
  private poolLength = 0;
  docStart: Int32Array;
  private docCount = 0;
  docKeys = new Int32Array(1 << 12);
  private docKeyLength = 0;
  /** seen[g] === current key number: g already put for it */
  private seen = new Int32Array(1 << 12).fill(-1);

  constructor(docs: number) {
    this.docStart = new Int32Array(docs + 1);
  }

  private static grow(a: Int32Array<ArrayBuffer>, need: number, fill?: number): Int32Array<ArrayBuffer> {
    if (need <= a.length) return a;
    const b = new Int32Array(Math.max(need, a.length * 2));
    if (fill !== undefined) b.fill(fill, a.length);
    b.set(a);
    return b;
  }

  /** Adds key `k` to the current doc; its grams come from `grams` the first time the key is seen. */
  add(k: string, grams: (k: string, put: (g: number) => void) => void): void {
    let n = this.index.get(k);
    if (n === undefined) {
      n = this.keys++;
      this.index.set(k, n);
      this.keyStart = KeyGrams.grow(this.keyStart, n + 2);
      grams(k, (g) => {
        this.seen = KeyGrams.grow(this.seen, g + 1, -1);
        if (this.seen[g] === n) return;
        this.seen[g] = n!;
        this.pool = KeyGrams.grow(this.pool, this.poolLength + 1);
        this.pool[this.poolLength++] = g;
      });
      this.keyStart[n + 1] = this.poolLength;
    }
    this.docKeys = KeyGrams.grow(this.docKeys, this.docKeyLength + 1);
    this.docKeys[this.docKeyLength++] = n;
  }

  endDoc(): void {
    this.docStart[++this.docCount] = this.docKeyLength;
  }
}

/** Length of the shortest window of `text` containing `q` as a subsequence, or Infinity. */
function subsequenceSpan(q: string, text: string): number {
  let best = Infinity;
  for (let start = text.indexOf(q[0]!); start >= 0; start = text.indexOf(q[0]!, start + 1)) {
    let j = 1;
    let i = start + 1;
    for (; i < text.length && j < q.length; i++) if (text[i] === q[j]) j++;
    if (j === q.length) best = Math.min(best, i - start);
  }
  return best;
}

/**
 * A query's distinct grams (or characters), in order, with their postings in the searched range (read
 * once per part) and their weights; total = the weights' sum.
 */
interface Weighted {
  parts: readonly string[];
  slices: (Range | null)[];
  weights: number[];
  total: number;
}

/**
 * The query parts each shortlisted doc's keys may contain (see SearchIndex.presence()): row n's gram
 * parts are columns cols[bounds[3n] … bounds[3n + 1]) and its character parts cols[bounds[3n + 1] …
 * bounds[3n + 2]), ascending; a column c ≥ 0 is a part the doc has, ~c one the postings cannot tell.
 * A part the doc lacks is in none of its keys and not listed.
 */
interface Presence {
  cols: Int32Array;
  bounds: Int32Array;
}

/**
 * Share of the weight of `w`'s parts that `key` contains, reading only the parts listed in
 * cols[from … to) (column `base` is part 0): a part not listed is in none of the doc's keys, and when
 * the key is the doc's only one, a part the doc has is in it. The sum adds the same weights in the same
 * order as testing every part.
 */
function coverage(
  w: Weighted,
  key: string,
  cols: Int32Array,
  from: number,
  to: number,
  base: number,
  only: boolean,
): number {
  let have = 0;
  for (let t = from; t < to; t++) {
    const c = cols[t]!;
    const i = (c < 0 ? ~c : c) - base;
    if ((c >= 0 && only) || key.includes(w.parts[i]!)) have += w.weights[i]!;
  }
  return w.total === 0 ? 0 : have / w.total;
}

/** The coverage of a key that has every part listed in cols[from … to) (see coverage()). */
function bound(w: Weighted, cols: Int32Array, from: number, to: number, base: number): number {
  let have = 0;
  for (let t = from; t < to; t++) {
    const c = cols[t]!;
    have += w.weights[(c < 0 ? ~c : c) - base]!;
  }
  return w.total === 0 ? 0 : have / w.total;
}

export class SearchIndex {
  private readonly docs: Indexed[];
  /** key → doc index, or sorted doc indices when several (most keys name one doc) */
  private readonly exact = new Map<string, number | number[]>();
  private readonly codes = new Map<string, number | number[]>();
  private readonly postings = new Postings(false);
  private readonly latinPostings = new Postings(true);
  private readonly scopes = new Map<string, Range>();
  private readonly scores: Float32Array;
  /** Row of a shortlisted doc in presence(), -1 otherwise (reset after each use) */
  private readonly slot: Int32Array;
  /** Which of the query's first MASK_BITS grams a doc has, while shortlist() runs (0 otherwise) */
  private readonly masks: Int32Array;
  /** fuse.js's records and instances of the ranking stage (made on the first fuzzy search) */
  private fuse: FuseRanking | undefined;
  /** Searches done, by text and options, at most MEMO_SIZE (the least recently used dropped first) */
  private readonly memo = new Map<string, SearchHit[]>();

  constructor(input: readonly SearchDoc[]) {
    // Docs of one scope contiguous (a stable sort: build order is kept within a scope).
    const sorted = groupByScope(input);
    // Names repeat across datasets (topics, codes, standard rows): normalise each distinct one once, and
    // keep a name that is already normalised as the same string (no copy).
    const memo = new Map<string, string>();
    const norm = (s: string) => {
      if (NORMALISED.test(s)) return s;
      let v = memo.get(s);
      if (v === undefined) memo.set(s, (v = normalizeText(s)));
      return v;
    };
    this.docs = sorted.map((doc) => {
      // Chinese queries search the names with Chinese in them; Latin queries (pinyin, English) the rest.
      const names = distinct(doc.names.map(norm));
      const keys = names.filter((k) => HAN_KEY.test(k));
      const latin = distinct(
        [...doc.pinyin, ...doc.initials, ...names.filter((k) => !HAN_KEY.test(k))].map(norm),
      );
      let shortest = 999;
      for (const k of keys) if (k.length < shortest) shortest = k.length;
      return { id: doc.id, rank: doc.rank, keys, latin, initials: doc.initials, shortest };
    });
    // Gram ids of each distinct key, computed once (most keys recur in every dataset), kept flat.
    const han = new KeyGrams(sorted.length);
    const lat = new KeyGrams(sorted.length);
    /** Characters (code points, as `for…of` reads them) and code-unit bigrams of a Chinese key. */
    const hanGrams = (k: string, put: (g: number) => void) => {
      const p = this.postings;
      for (let c = 0; c < k.length;) {
        const u = k.charCodeAt(c);
        const pair =
          u >= 0xd800 && u <= 0xdbff && c + 1 < k.length && (k.charCodeAt(c + 1) & 0xfc00) === 0xdc00;
        put(p.id(k, c, c + (pair ? 2 : 1)));
        c += pair ? 2 : 1;
      }
      if (k.length > 1) for (let c = 0; c + 1 < k.length; c++) put(p.id(k, c, c + 2));
    };
    /** 2- and 3-grams of a pinyin key (the whole key when it is shorter), as ngrams() makes them. */
    const latinGrams = (k: string, put: (g: number) => void) => {
      const p = this.latinPostings;
      if (k.length <= 2) put(p.id(k));
      else if (!/^[a-z0-9]+$/.test(k)) {
        for (let c = 0; c + 2 <= k.length; c++) put(p.id(k, c, c + 2));
        if (k.length === 3) put(p.id(k));
        else for (let c = 0; c + 3 <= k.length; c++) put(p.id(k, c, c + 3));
      } else {
        // Pinyin proper: the base-37 codes of its 2- and 3-grams, rolled along the string.
        const sym = (c: number) => {
          const u = k.charCodeAt(c);
          return u >= 97 ? u - 96 : u - 21;
        };
        for (let c = 0; c + 2 <= k.length; c++) put(p.codeId(sym(c) * 37 + sym(c + 1)));
        if (k.length === 3) put(p.id(k));
        else
          for (let c = 0; c + 3 <= k.length; c++) put(p.codeId((sym(c) * 37 + sym(c + 1)) * 37 + sym(c + 2)));
      }
    };
    this.docs.forEach((d, i) => {
      const doc = sorted[i]!;
      if (doc.scope !== undefined && doc.scope !== sorted[i - 1]?.scope) {
        let end = i + 1;
        while (end < sorted.length && sorted[end]!.scope === doc.scope) end++;
        this.scopes.set(doc.scope, [i, end]);
      }
      for (const k of doc.exactNames ?? doc.names) {
        const n = norm(k);
        if (n) push(this.exact, n, i);
      }
      for (const c of doc.codes) push(this.codes, c, i);
      for (const k of doc.initials) {
        const n = norm(k);
        if (n) push(this.exact, n, i);
      }
      // A key inside another key of the doc adds no gram (its characters, bigrams and trigrams are the
      // longer key's): skipping it leaves the postings as they are and halves the work for line items.
      for (const k of outermost(d.keys)) han.add(k, hanGrams);
      for (const k of outermost(d.latin)) lat.add(k, latinGrams);
      han.endDoc();
      lat.endDoc();
    });
    this.postings.build(han);
    this.latinPostings.build(lat);
    this.scores = new Float32Array(this.docs.length);
    this.slot = new Int32Array(this.docs.length).fill(-1);
    this.masks = new Int32Array(this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Doc index range of a scope; undefined scope → everything; unknown scope → empty. */
  private range(scope: string | undefined): Range | null {
    if (scope === undefined) return null;
    return this.scopes.get(scope) ?? [0, 0];
  }

  /** The entries of a sorted doc-index list that fall in `range`. */
  private within(list: number | readonly number[] | undefined, range: Range | null): number[] {
    if (list === undefined) return [];
    if (typeof list === 'number') return !range || (list >= range[0] && list < range[1]) ? [list] : [];
    if (!range) return [...list];
    return list.slice(lowerBound(list, range[0], 0, list.length), lowerBound(list, range[1], 0, list.length));
  }

  /** Docs answering to a code exactly. */
  byCode(code: string, scope?: string): SearchDocRef[] {
    return this.within(this.codes.get(code), this.range(scope)).map((i) => this.docs[i]!);
  }

  /** Docs whose name, alias or pinyin initials equal the text (normalised). */
  byExact(text: string, scope?: string): SearchDocRef[] {
    return this.within(this.exact.get(normalizeText(text)), this.range(scope)).map((i) => this.docs[i]!);
  }

  /**
   * The query's distinct parts (grams or characters) with their postings in `range` and their weights:
   * IDF within the range. A gram found nowhere weighs as much as the rarest one; a character found
   * nowhere (often a typo), `missing` (as an average character).
   */
  private weighted(
    parts: readonly string[],
    postings: Postings,
    range: Range | null,
    missing?: number,
  ): Weighted {
    const n = range ? range[1] - range[0] : this.docs.length;
    const slices = parts.map((p) => postings.slice(p, range));
    const weights = slices.map((s) =>
      !s && missing !== undefined ? missing : Math.log(1 + n / (s ? s[1] - s[0] : 1)),
    );
    let total = 0;
    for (const x of weights) total += x;
    return { parts, slices, weights, total };
  }

  /**
   * Bigram (and single-character) IDF hit counts → the best `k` doc indices, and for each of them which
   * of the first MASK_BITS grams it has (bit i: grams.parts[i]), read on the way (see presence()).
   */
  private shortlist(
    grams: Weighted,
    postings: Postings,
    k: number,
    filter?: (d: SearchDocRef) => boolean,
  ): { kept: number[]; masks: Int32Array } {
    const scores = this.scores;
    const masks = this.masks;
    const touched: number[] = [];
    for (let i = 0; i < grams.parts.length; i++) {
      const s = grams.slices[i];
      if (!s) continue;
      const weight = grams.weights[i]!;
      const bit = i < MASK_BITS ? 1 << i : 0;
      for (let j = s[0]; j < s[1]; j++) {
        const d = postings.doc(j);
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + weight;
        masks[d] = masks[d]! | bit;
      }
    }
    // The best k by (score, shorter name, build order) — a total order, so the same k, in the same
    // order, as sorting every candidate — kept sorted by insertion; the filter is asked only of a
    // candidate that would enter them.
    const before = (a: number, b: number) =>
      scores[b]! - scores[a]! || this.docs[a]!.shortest - this.docs[b]!.shortest || a - b;
    const kept: number[] = [];
    for (const d of touched) {
      if (kept.length === k && before(d, kept[k - 1]!) >= 0) continue;
      if (filter && !filter(this.docs[d]!)) continue;
      let at = kept.length;
      while (at > 0 && before(d, kept[at - 1]!) < 0) at--;
      kept.splice(at, 0, d);
      if (kept.length > k) kept.pop();
    }
    const keptMasks = new Int32Array(kept.length);
    kept.forEach((d, n) => (keptMasks[n] = masks[d]!));
    for (const d of touched) scores[d] = masks[d] = 0;
    return { kept, masks: keptMasks };
  }

  /**
   * Initials that skip characters: "jyyw" is a subsequence of "2020njyxxzxywf" (2020年机要信息中心运维费).
   * Score by how tightly the letters sit: span / length. Reads the scope's docs only.
   */
  private initialsSubsequence(
    q: string,
    range: Range | null,
    filter?: (d: SearchDocRef) => boolean,
  ): { hit: SearchHit; doc: Indexed }[] {
    const out: { hit: SearchHit; doc: Indexed }[] = [];
    const [lo, hi] = range ?? [0, this.docs.length];
    for (let i = lo; i < hi; i++) {
      const d = this.docs[i]!;
      let best = Infinity;
      for (const ini of d.initials) {
        if (ini.length < q.length) continue;
        const span = subsequenceSpan(q, ini);
        if (span < best) best = span;
      }
      if (best === Infinity || best > q.length * 3) continue;
      if (filter && !filter(d)) continue;
      const score = Math.min(0.59, 0.05 + (best - q.length) / (q.length * 4));
      out.push({
        hit: {
          id: d.id,
          score,
          coverage: 1 - (best - q.length) / (q.length * 3),
          via: 'initials',
          matched: q,
        },
        doc: d,
      });
    }
    return out;
  }

  /**
   * For each shortlisted doc, the parts of `grams` then of `chars` its keys may contain, from the
   * postings (see Presence). Only a part that every key containing it has among its grams is looked up
   * — a Chinese character (a code point, not a lone surrogate) or code-unit bigram; a pinyin 2- or
   * 3-gram — the others are listed for every doc, to be searched in each key.
   */
  private presence(
    short: readonly number[],
    masks: Int32Array,
    postings: Postings,
    latin: boolean,
    grams: Weighted,
    chars: Weighted | null,
  ): Presence {
    const g = grams.parts.length;
    const stride = g + (chars?.parts.length ?? 0);
    const rows = short.length;
    const has = new Uint8Array(rows * stride);
    const unknown = new Uint8Array(stride);
    const slot = this.slot;
    short.forEach((d, n) => (slot[d] = n));
    for (let c = 0; c < stride; c++) {
      const w = c < g ? grams : chars!;
      const i = c < g ? c : c - g;
      const p = w.parts[i]!;
      if (!(latin ? p.length === 2 || p.length === 3 : p.length === 2 || (p.length === 1 && !isSurrogate(p))))
        unknown[c] = 1;
      else if (c < g && c < MASK_BITS)
        for (let n = 0; n < rows; n++) has[n * stride + c] = (masks[n]! >>> c) & 1;
      else postings.mark(w.slices[i]!, short, slot, has, stride, c);
    }
    for (const d of short) slot[d] = -1;
    const cols = new Int32Array(rows * stride);
    const bounds = new Int32Array(rows * 3);
    let t = 0;
    for (let n = 0; n < rows; n++) {
      bounds[3 * n] = t;
      for (let c = 0; c < stride; c++) {
        if (c === g) bounds[3 * n + 1] = t;
        if (unknown[c]) cols[t++] = ~c;
        else if (has[n * stride + c]) cols[t++] = c;
      }
      if (g === stride) bounds[3 * n + 1] = t;
      bounds[3 * n + 2] = t;
    }
    return { cols, bounds };
  }

  /**
   * Best matches for a query, best first. `scope` limits the search to one dataset; `minCoverage`
   * drops weak hits (0 keeps all, for "did you mean").
   */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    // The index never changes once built and a search depends on its text and options only: the words
    // questions share (支出, 基本支出, 公务接待费) are searched once per index, not once per question.
    if (opts.filter) return this.searchOnce(query, opts);
    const key = `${query}\u0000${opts.scope ?? ''}\u0000${opts.limit ?? ''}\u0000${opts.minCoverage ?? ''}`;
    let hits = this.memo.get(key);
    if (hits) {
      // (Most recently used last: the oldest is the first the map iterates.)
      this.memo.delete(key);
    } else {
      hits = this.searchOnce(query, opts);
      if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
    }
    this.memo.set(key, hits);
    return hits.map((h) => ({ ...h }));
  }

  private searchOnce(query: string, opts: SearchOptions): SearchHit[] {
    const limit = opts.limit ?? 10;
    const minCoverage = opts.minCoverage ?? MIN_COVERAGE;
    const q = normalizeText(query);
    if (!q) return [];
    const range = this.range(opts.scope);
    if (range && range[0] === range[1]) return [];
    const hits = new Map<string, SearchHit & { doc: Indexed }>();
    const add = (h: SearchHit, doc: Indexed) => {
      const prev = hits.get(h.id);
      if (!prev || h.score < prev.score) hits.set(h.id, { ...h, doc });
    };
    const ok = (i: number) => !opts.filter || opts.filter(this.docs[i]!);
    for (const i of this.within(this.codes.get(q), range))
      if (ok(i)) add({ id: this.docs[i]!.id, score: 0, coverage: 1, via: 'code', matched: q }, this.docs[i]!);
    for (const i of this.within(this.exact.get(q), range))
      if (ok(i))
        add(
          {
            id: this.docs[i]!.id,
            score: 0,
            coverage: 1,
            via: /^[a-z0-9]+$/.test(q) ? 'initials' : 'exact',
            matched: q,
          },
          this.docs[i]!,
        );

    const latin = isLatinOnly(query);
    const initialsOnly = latin && INITIALS_QUERY.test(q) && (q.match(/[aeiou]/g) ?? []).length <= 1;
    if (initialsOnly) for (const h of this.initialsSubsequence(q, range, opts.filter)) add(h.hit, h.doc);
    const grams = latin ? [...ngrams(q, 2), ...ngrams(q, 3)] : q.length === 1 ? [q] : bigrams(q);
    const postings = latin ? this.latinPostings : this.postings;
    // The query's distinct grams with their weights, for the shortlist and for coverage(): the share of
    // the query's gram weight present in a key.
    const gramWeights = this.weighted([...new Set(grams)], postings, range);
    // Initials are matched exactly or as a subsequence above; fuzzy-matching them against pinyin only adds noise.
    const { kept: short, masks } = initialsOnly
      ? { kept: [], masks: new Int32Array(0) }
      : this.shortlist(gramWeights, postings, SHORTLIST, opts.filter);
    if (short.length > 0) {
      const items = short.map((i) => this.docs[i]!);
      // Characters too, typo-tolerant: one wrong character costs one character.
      const charWeights = latin ? null : this.weighted([...new Set(q)], postings, range, AVERAGE_CHAR_IDF);
      // Each candidate's best key and its coverage (which fuse.js does not change): a fuzzy hit below
      // minCoverage is dropped below whatever its score, so fuse.js need not score that candidate.
      const { cols, bounds } = this.presence(short, masks, postings, latin, gramWeights, charWeights);
      const g = gramWeights.parts.length;
      const best = items.map((item, n) => {
        const keys = latin ? item.latin : item.keys;
        const only = keys.length === 1;
        let b = { key: keys[0] ?? '', cov: -1 };
        // What the doc's keys together may contain bounds each key's coverage (the same weights, fewer
        // of them, added in the same order): a doc that cannot reach minCoverage is dropped whatever its
        // keys' exact coverage, so they are not searched.
        const most = Math.max(
          bound(gramWeights, cols, bounds[3 * n]!, bounds[3 * n + 1]!, 0),
          charWeights ? CHAR_WEIGHT * bound(charWeights, cols, bounds[3 * n + 1]!, bounds[3 * n + 2]!, g) : 0,
        );
        // (Its coverage, below minCoverage, drops the hit, as the exact figure would.)
        if (most < minCoverage) return { key: b.key, cov: most };
        for (const k of keys) {
          // Bigrams for precision; for Chinese, characters too (scaled down) so that one typo does not sink a match.
          const bi = coverage(gramWeights, k, cols, bounds[3 * n]!, bounds[3 * n + 1]!, 0, only);
          // (Character coverage is at most 1: it cannot raise a bigram coverage of CHAR_WEIGHT or more.)
          const cov =
            charWeights && bi < CHAR_WEIGHT
              ? Math.max(
                  bi,
                  CHAR_WEIGHT *
                    coverage(charWeights, k, cols, bounds[3 * n + 1]!, bounds[3 * n + 2]!, g, only),
                )
              : bi;
          if (cov > b.cov) b = { key: k, cov };
        }
        return b;
      });
      // (Only when the shortlist's ids are distinct: otherwise a dropped hit could hide another of its id.)
      const distinctIds = new Set(items.map((d) => d.id)).size === items.length;
      const scored = (i: number) => !distinctIds || best[i]!.cov >= minCoverage;
      if (items.some((_, i) => scored(i)))
        for (const r of this.rankWithFuse(short, q, latin, scored)) {
          const item = items[r.index]!;
          add(
            {
              id: item.id,
              score: r.score,
              coverage: best[r.index]!.cov,
              via: latin ? 'pinyin' : 'fuzzy',
              matched: best[r.index]!.key,
            },
            item,
          );
        }
    }
    return [...hits.values()]
      .filter(
        (h) => h.via === 'code' || h.via === 'exact' || h.via === 'initials' || h.coverage >= minCoverage,
      )
      .sort(
        (a, b) =>
          a.score - b.score ||
          b.coverage - a.coverage ||
          (a.doc.rank ?? 5) - (b.doc.rank ?? 5) ||
          a.doc.shortest - b.doc.shortest,
      )
      .slice(0, limit)
      .map(({ doc: _doc, ...hit }) => hit);
  }
  /**
   * fuse.js's ranking of the shortlist (doc indices `short`), for the candidates `scored` keeps. The
   * Chinese instance is built over the whole shortlist — token search weighs each query bigram by its
   * frequency among the shortlist's names (fuse.js's inverted index, computed when the collection is
   * set) — and then searches only the kept candidates' records: a record's score depends on the query,
   * that record and those corpus weights only, so each kept candidate scores exactly as in a search of
   * the whole shortlist, and results keep fuse.js's order (score, then shortlist order). Bitap (pinyin)
   * scores each record on its own: its instance holds the kept candidates (in shortlist order) only.
   *
   * Cost: each doc's fuse.js record is made by fuse.js once (its first time on a shortlist) and each
   * search's collection is set from those records (`Fuse.parseIndex`), one instance per kind reused; the
   * Chinese tokenizer returns a key's bigrams made once. The records, the bigrams and therefore the
   * inverted index and every score are the ones a fresh instance over the same docs makes.
   */
  private rankWithFuse(
    short: readonly number[],
    q: string,
    latin: boolean,
    scored: (i: number) => boolean,
  ): { index: number; score: number }[] {
    const f = (this.fuse ??= new FuseRanking());
    if (latin) {
      const kept: number[] = [];
      for (let n = 0; n < short.length; n++) if (scored(n)) kept.push(n);
      const records = kept.map((n, at) => ({ i: at, $: f.record(true, this.docs, short[n]!) }));
      return f
        .search(
          true,
          kept.map((n) => this.docs[short[n]!]!),
          records,
          null,
          q,
        )
        .map((r) => ({ index: kept[r.refIndex]!, score: r.score ?? 1 }));
    }
    const records = short.map((d, n) => ({ i: n, $: f.record(false, this.docs, d) }));
    const searched = records.every((r) => scored(r.i)) ? null : records.filter((r) => scored(r.i));
    return f
      .search(
        false,
        short.map((d) => this.docs[d]!),
        records,
        searched,
        q,
      )
      .map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
  }
}

/** A record of fuse.js's index: one doc's values of the searched key (fuse.js does not name the type) */
type FuseRecord = FuseIndex<Indexed>['records'][number];
/** A record's values */
type RecordEntry = NonNullable<FuseRecord['$']>;

/**
 * One index's fuse.js state for the ranking stage (see SearchIndex.rankWithFuse): each doc's record
 * as fuse.js makes it, made on the doc's first shortlisting; the bigrams of each Chinese key; and one
 * instance per kind, given each search's collection. (A search runs to its end before the next one
 * starts: the instances are never shared by two searches at once.)
 */
class FuseRanking {
  private readonly records: [(RecordEntry | undefined)[], (RecordEntry | undefined)[]] = [[], []];
  private readonly bigrams = new Map<string, string[]>();
  private readonly keys = [
    Fuse.createIndex<Indexed>([...FUSE_OPTIONS.han.keys], []).keys,
    Fuse.createIndex<Indexed>([...FUSE_OPTIONS.latin.keys], []).keys,
  ] as const;
  private readonly instances: [Fuse<Indexed>, Fuse<Indexed>];

  constructor() {
    // The keys' bigrams as bigrams() makes them, once per key (fuse.js passes each value lower-cased:
    // a normalised key is its own lower case, and anything else is tokenized as before).
    const tokenize = (s: string) => this.bigrams.get(s) ?? bigrams(s);
    this.instances = [
      new Fuse<Indexed>([], { ...FUSE_OPTIONS.han, tokenize }),
      new Fuse<Indexed>([], FUSE_OPTIONS.latin),
    ];
  }

  /** Doc `d`'s record fields, as fuse.js makes them for an index over it (made once). */
  record(latin: boolean, docs: readonly Indexed[], d: number): RecordEntry {
    const made = this.records[latin ? 1 : 0];
    let r = made[d];
    if (r === undefined) {
      const doc = docs[d]!;
      const keys = [...(latin ? FUSE_OPTIONS.latin : FUSE_OPTIONS.han).keys];
      r = made[d] = Fuse.createIndex<Indexed>(keys, [doc]).records[0]!.$!;
      if (!latin) for (const k of doc.keys) if (!this.bigrams.has(k)) this.bigrams.set(k, bigrams(k));
    }
    return r;
  }

  /**
   * fuse.js's search of `q` over `items` (record i is items[i]), the collection's inverted index over
   * `records`, searching `searched` only when given.
   */
  search(
    latin: boolean,
    items: readonly Indexed[],
    records: FuseRecord[],
    searched: FuseRecord[] | null,
    q: string,
  ) {
    const k = latin ? 1 : 0;
    const index: FuseIndex<Indexed> = Fuse.parseIndex<Indexed>({ keys: this.keys[k], records });
    const fuse = this.instances[k];
    fuse.setCollection(items, index);
    if (searched) index.setIndexRecords(searched);
    return fuse.search(q);
  }
}

/** fuse.js options of the ranking stage: Chinese by bigram token search, pinyin by Bitap. */
export const FUSE_OPTIONS = {
  han: {
    keys: ['keys'],
    useTokenSearch: true,
    // Keys and the query are normalised already (normalizeText is idempotent): bigrams of them.
    tokenize: bigrams,
    threshold: THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
    includeMatches: false,
    ignoreFieldNorm: true,
    shouldSort: true,
  },
  latin: {
    keys: ['latin'],
    threshold: THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
    includeMatches: false,
    ignoreFieldNorm: true,
    shouldSort: true,
  },
} as const satisfies Record<string, IFuseOptions<unknown>>;

function push(map: Map<string, number | number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, i);
  else if (typeof list === 'number') {
    if (list !== i) map.set(key, [list, i]);
  } else if (list[list.length - 1] !== i) list.push(i);
}

/** Docs of one scope together, in order of first appearance, build order kept within a scope. */
function groupByScope(docs: readonly SearchDoc[]): readonly SearchDoc[] {
  const seen = new Set<string | undefined>();
  let grouped = true;
  docs.forEach((d, i) => {
    if (i > 0 && d.scope === docs[i - 1]!.scope) return;
    if (seen.has(d.scope)) grouped = false;
    seen.add(d.scope);
  });
  if (grouped) return docs;
  const buckets = new Map<string | undefined, SearchDoc[]>();
  for (const d of docs) {
    const b = buckets.get(d.scope);
    if (b) b.push(d);
    else buckets.set(d.scope, [d]);
  }
  return [...buckets.values()].flat();
}

/** The keys not contained in another key of the list (keys are distinct). */
function outermost(keys: readonly string[]): readonly string[] {
  // Quadratic: only worth it for the few keys of a line item, not for a topic's dozens of aliases.
  if (keys.length < 2 || keys.length > 6) return keys;
  return keys.filter(
    (k, i) => k.length < 2 || !keys.some((o, j) => j !== i && o.length > k.length && o.includes(k)),
  );
}
