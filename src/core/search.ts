/**
 * Fuzzy search over budget names, built once at load.
 *
 * Two stages (measured in ../shared/SEARCH.md): a character-bigram inverted index with IDF weights
 * shortlists at most SHORTLIST candidates; fuse.js then ranks that shortlist with token search over
 * character bigrams. Codes, exact names, aliases and pinyin initials are answered from exact maps first.
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
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
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

export interface SearchOptions {
  limit?: number;
  /** Only docs of this scope (dataset id); unknown scope → no hits */
  scope?: string;
  /** Applied to every candidate before the shortlist is cut (keep it cheap) */
  filter?: (d: SearchDoc) => boolean;
  /** Drops weak fuzzy hits (0 keeps all, for "did you mean") */
  minCoverage?: number;
}

interface Indexed {
  doc: SearchDoc;
  keys: string[];
  latin: string[];
  shortest: number;
}

/** A fuse.js index record's fields: key 0 → one sub-record per name */
type FuseFields = Record<number, { v: string; i: number; n: number }[]>;

export const SHORTLIST = 50;
export const MIN_COVERAGE = 0.5;
/** Character coverage counts for this much of bigram coverage: 公务接代费 → 公务接待费 (4 of 5 characters) passes. */
const CHAR_WEIGHT = 0.7;
const AVERAGE_CHAR_IDF = 2.5;
/** Latin queries this short with at most one vowel are read as pinyin initials (gwjdf, jyyw). */
const INITIALS_QUERY = /^[a-z]{2,8}$/;
const THRESHOLD = 0.6;

/** [lo, hi) range of doc indices */
type Range = readonly [number, number];

/** First index in sorted `a[from, to)` whose value is ≥ x. */
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
  private size = 0;
  private offsets = new Int32Array(1);
  private docs = new Int32Array(0);

  constructor(latin: boolean) {
    this.table = latin ? new Int32Array(37 ** 3 + 1).fill(-1) : null;
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

  /** The id of a gram, created on first use (build time only). */
  id(s: string, from = 0, to = s.length): number {
    const code = this.table ? Postings.code(s, from, to) : -1;
    if (code >= 0) {
      let g = this.table![code]!;
      if (g < 0) this.table![code] = g = this.size++;
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
    return this.ids.get(gram) ?? -1;
  }

  /** `perDoc[i]`: the gram ids of doc i's keys (repeats allowed). */
  build(perDoc: readonly (readonly Int32Array[])[]): void {
    const n = this.size;
    const last = new Int32Array(n).fill(-1);
    const offsets = new Int32Array(n + 1);
    perDoc.forEach((arrays, i) => {
      for (const ids of arrays)
        for (let j = 0; j < ids.length; j++) {
          const g = ids[j]!;
          if (last[g] !== i) {
            last[g] = i;
            offsets[g + 1]!++;
          }
        }
    });
    for (let g = 0; g < n; g++) offsets[g + 1]! += offsets[g]!;
    const fill = offsets.slice(0, n);
    const docs = new Int32Array(offsets[n]!);
    last.fill(-1);
    perDoc.forEach((arrays, i) => {
      for (const ids of arrays)
        for (let j = 0; j < ids.length; j++) {
          const g = ids[j]!;
          if (last[g] !== i) {
            last[g] = i;
            docs[fill[g]!++] = i;
          }
        }
    });
    this.offsets = offsets;
    this.docs = docs;
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

/** Per-query gram weights: IDF within the searched range, computed once per gram. */
interface Weights {
  n: number;
  range: Range | null;
  cache: Map<string, number>;
}

export class SearchIndex {
  private readonly docs: Indexed[];
  private readonly exact = new Map<string, number[]>();
  private readonly codes = new Map<string, number[]>();
  private readonly postings = new Postings(false);
  private readonly latinPostings = new Postings(true);
  private readonly scopes = new Map<string, Range>();
  private readonly scores: Float32Array;
  private static readonly fuseKeys = {
    han: Fuse.createIndex<Indexed>(['keys'], []).keys,
    latin: Fuse.createIndex<Indexed>(['latin'], []).keys,
  };

  constructor(input: readonly SearchDoc[]) {
    // Docs of one scope contiguous (a stable sort: build order is kept within a scope).
    const order = new Map<string | undefined, number>();
    for (const d of input) if (!order.has(d.scope)) order.set(d.scope, order.size);
    const sorted =
      order.size > 1 ? [...input].sort((a, b) => order.get(a.scope)! - order.get(b.scope)!) : input;
    // Names repeat across datasets (topics, codes, standard rows): normalise each distinct one once.
    const memo = new Map<string, string>();
    const norm = (s: string) => {
      let v = memo.get(s);
      if (v === undefined) memo.set(s, (v = normalizeText(s)));
      return v;
    };
    this.docs = sorted.map((doc) => {
      const keys = [...new Set(doc.names.map(norm).filter((k) => k !== ''))];
      const latin = [...new Set([...doc.pinyin, ...doc.initials].map(norm).filter((k) => k !== ''))];
      let shortest = 999;
      for (const k of keys) if (k.length < shortest) shortest = k.length;
      return { doc, keys, latin, shortest };
    });
    // Gram ids of each distinct key, computed once: most keys recur in every dataset.
    const hanCache = new Map<string, Int32Array>();
    const latinCache = new Map<string, Int32Array>();
    /** Characters (code points) and code-unit bigrams of a Chinese key. */
    const hanGrams = (k: string): Int32Array => {
      let ids = hanCache.get(k);
      if (ids) return ids;
      const out: number[] = [];
      for (const ch of k) out.push(this.postings.id(ch));
      if (k.length > 1) for (let c = 0; c + 1 < k.length; c++) out.push(this.postings.id(k, c, c + 2));
      hanCache.set(k, (ids = Int32Array.from(out)));
      return ids;
    };
    /** 2- and 3-grams of a pinyin key (the whole key when it is shorter), as ngrams() makes them. */
    const latinGrams = (k: string): Int32Array => {
      let ids = latinCache.get(k);
      if (ids) return ids;
      const out: number[] = [];
      const p = this.latinPostings;
      if (k.length <= 2) out.push(p.id(k));
      else {
        for (let c = 0; c + 2 <= k.length; c++) out.push(p.id(k, c, c + 2));
        if (k.length === 3) out.push(p.id(k));
        else for (let c = 0; c + 3 <= k.length; c++) out.push(p.id(k, c, c + 3));
      }
      latinCache.set(k, (ids = Int32Array.from(out)));
      return ids;
    };
    const hanPerDoc: Int32Array[][] = [];
    const latinPerDoc: Int32Array[][] = [];
    this.docs.forEach((d, i) => {
      const scope = d.doc.scope;
      if (scope !== undefined) {
        const r = this.scopes.get(scope);
        this.scopes.set(scope, r ? [r[0], i + 1] : [i, i + 1]);
      }
      for (const k of d.doc.exactNames ?? d.doc.names) {
        const n = norm(k);
        if (n) push(this.exact, n, i);
      }
      for (const c of d.doc.codes) push(this.codes, c, i);
      for (const k of d.doc.initials) {
        const n = norm(k);
        if (n) push(this.exact, n, i);
      }
      hanPerDoc.push(d.keys.map(hanGrams));
      latinPerDoc.push(d.latin.map(latinGrams));
    });
    this.postings.build(hanPerDoc);
    this.latinPostings.build(latinPerDoc);
    this.scores = new Float32Array(this.docs.length);
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
  private within(list: readonly number[] | undefined, range: Range | null): number[] {
    if (!list) return [];
    if (!range) return [...list];
    return list.slice(lowerBound(list, range[0], 0, list.length), lowerBound(list, range[1], 0, list.length));
  }

  /** Docs answering to a code exactly. */
  byCode(code: string, scope?: string): SearchDoc[] {
    return this.within(this.codes.get(code), this.range(scope)).map((i) => this.docs[i]!.doc);
  }

  /** Docs whose name, alias or pinyin initials equal the text (normalised). */
  byExact(text: string, scope?: string): SearchDoc[] {
    return this.within(this.exact.get(normalizeText(text)), this.range(scope)).map((i) => this.docs[i]!.doc);
  }

  private weights(range: Range | null): Weights {
    return { n: range ? range[1] - range[0] : this.docs.length, range, cache: new Map() };
  }

  /** IDF of a gram within the range; a gram found nowhere weighs as much as the rarest one. */
  private idf(w: Weights, postings: Postings, g: string): number {
    const key = postings === this.postings ? g : `\u0000${g}`;
    let v = w.cache.get(key);
    if (v === undefined) {
      const s = postings.slice(g, w.range);
      v = Math.log(1 + w.n / (s ? s[1] - s[0] : 1));
      w.cache.set(key, v);
    }
    return v;
  }

  /** A character's weight; one found nowhere (often a typo) weighs as an average character. */
  private charIdf(w: Weights, ch: string): number {
    return this.postings.slice(ch, w.range) ? this.idf(w, this.postings, ch) : AVERAGE_CHAR_IDF;
  }

  /** Bigram (and single-character) IDF hit counts → the best `k` doc indices. */
  private shortlist(
    grams: string[],
    postings: Postings,
    w: Weights,
    k: number,
    filter?: (d: SearchDoc) => boolean,
  ): number[] {
    const scores = this.scores;
    const touched: number[] = [];
    for (const g of new Set(grams)) {
      const s = postings.slice(g, w.range);
      if (!s) continue;
      const weight = this.idf(w, postings, g);
      for (let j = s[0]; j < s[1]; j++) {
        const d = postings.doc(j);
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + weight;
      }
    }
    let kept = filter ? touched.filter((d) => filter(this.docs[d]!.doc)) : touched;
    kept.sort((a, b) => scores[b]! - scores[a]! || this.docs[a]!.shortest - this.docs[b]!.shortest || a - b);
    kept = kept.slice(0, k);
    for (const d of touched) scores[d] = 0;
    return kept;
  }

  /**
   * Initials that skip characters: "jyyw" is a subsequence of "2020njyxxzxywf" (2020年机要信息中心运维费).
   * Score by how tightly the letters sit: span / length. Reads the scope's docs only.
   */
  private initialsSubsequence(
    q: string,
    range: Range | null,
    filter?: (d: SearchDoc) => boolean,
  ): { hit: SearchHit; doc: Indexed }[] {
    const out: { hit: SearchHit; doc: Indexed }[] = [];
    const [lo, hi] = range ?? [0, this.docs.length];
    for (let i = lo; i < hi; i++) {
      const d = this.docs[i]!;
      let best = Infinity;
      for (const ini of d.doc.initials) {
        if (ini.length < q.length) continue;
        const span = subsequenceSpan(q, ini);
        if (span < best) best = span;
      }
      if (best === Infinity || best > q.length * 3) continue;
      if (filter && !filter(d.doc)) continue;
      const score = Math.min(0.59, 0.05 + (best - q.length) / (q.length * 4));
      out.push({
        hit: {
          id: d.doc.id,
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

  /** Share of the query's character weight present in `key` (typo-tolerant: one wrong character costs one character). */
  private charCoverage(w: Weights, chars: readonly string[], key: string): number {
    let have = 0;
    let all = 0;
    for (const ch of chars) {
      const weight = this.charIdf(w, ch);
      all += weight;
      if (key.includes(ch)) have += weight;
    }
    return all === 0 ? 0 : have / all;
  }

  /** Share of the query's gram weight present in `key`. */
  private coverage(w: Weights, uniq: readonly string[], key: string, postings: Postings): number {
    let have = 0;
    let all = 0;
    for (const g of uniq) {
      const weight = this.idf(w, postings, g);
      all += weight;
      if (key.includes(g)) have += weight;
    }
    return all === 0 ? 0 : have / all;
  }

  /**
   * Best matches for a query, best first. `scope` limits the search to one dataset; `minCoverage`
   * drops weak hits (0 keeps all, for "did you mean").
   */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
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
    const ok = (i: number) => !opts.filter || opts.filter(this.docs[i]!.doc);
    for (const i of this.within(this.codes.get(q), range))
      if (ok(i))
        add({ id: this.docs[i]!.doc.id, score: 0, coverage: 1, via: 'code', matched: q }, this.docs[i]!);
    for (const i of this.within(this.exact.get(q), range))
      if (ok(i))
        add(
          {
            id: this.docs[i]!.doc.id,
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
    const w = this.weights(range);
    // Initials are matched exactly or as a subsequence above; fuzzy-matching them against pinyin only adds noise.
    const short = initialsOnly ? [] : this.shortlist(grams, postings, w, SHORTLIST, opts.filter);
    if (short.length > 0) {
      const items = short.map((i) => this.docs[i]!);
      const records = items.map((d, j) => ({
        i: j,
        $: { 0: (latin ? d.latin : d.keys).map((v, k) => ({ v, i: k, n: 1 })) } as FuseFields,
      }));
      const options: IFuseOptions<Indexed> = {
        keys: latin ? ['latin'] : ['keys'],
        useTokenSearch: !latin,
        // Keys and the query are normalised already (normalizeText is idempotent): bigrams of them.
        tokenize: bigrams,
        threshold: THRESHOLD,
        ignoreLocation: true,
        includeScore: true,
        includeMatches: false,
        ignoreFieldNorm: true,
        shouldSort: true,
      };
      const fuse = new Fuse(
        items,
        options,
        Fuse.parseIndex<Indexed>({
          keys: latin ? SearchIndex.fuseKeys.latin : SearchIndex.fuseKeys.han,
          records,
        }),
      );
      const uniq = [...new Set(grams)];
      const chars = latin ? [] : [...new Set(q)];
      for (const r of fuse.search(q)) {
        const keys = latin ? r.item.latin : r.item.keys;
        let best = { key: keys[0] ?? '', cov: -1 };
        for (const k of keys) {
          // Bigrams for precision; for Chinese, characters too (scaled down) so that one typo does not sink a match.
          const bi = this.coverage(w, uniq, k, postings);
          const cov = latin ? bi : Math.max(bi, CHAR_WEIGHT * this.charCoverage(w, chars, k));
          if (cov > best.cov) best = { key: k, cov };
        }
        add(
          {
            id: r.item.doc.id,
            score: r.score ?? 1,
            coverage: best.cov,
            via: latin ? 'pinyin' : 'fuzzy',
            matched: best.key,
          },
          r.item,
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
          (a.doc.doc.rank ?? 5) - (b.doc.doc.rank ?? 5) ||
          a.doc.shortest - b.doc.shortest,
      )
      .slice(0, limit)
      .map(({ doc: _doc, ...hit }) => hit);
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
