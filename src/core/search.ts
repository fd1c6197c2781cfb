/**
 * Fuzzy search over budget names, built once at load.
 *
 * Two stages (measured in ../shared/SEARCH.md): a character-bigram inverted index with IDF weights
 * shortlists at most SHORTLIST candidates in time that does not grow with the number of names; fuse.js
 * then ranks that shortlist with token search over character bigrams. Codes, exact names, aliases and
 * pinyin initials are answered from exact maps first.
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
import Fuse from 'fuse.js';
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

interface Indexed {
  doc: SearchDoc;
  keys: string[];
  latin: string[];
  shortest: number;
}

export const SHORTLIST = 50;
export const MIN_COVERAGE = 0.5;
/** Character coverage counts for this much of bigram coverage: 公务接代费 → 公务接待费 (4 of 5 characters) passes. */
const CHAR_WEIGHT = 0.7;
const AVERAGE_CHAR_IDF = 2.5;
/** Latin queries this short with at most one vowel are read as pinyin initials (gwjdf, jyyw). */
const INITIALS_QUERY = /^[a-z]{2,8}$/;
const THRESHOLD = 0.6;

const tokenize = (s: string) => bigrams(normalizeText(s));

function pushPosting(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
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

export class SearchIndex {
  private readonly docs: Indexed[];
  private readonly exact = new Map<string, number[]>();
  private readonly codes = new Map<string, number[]>();
  private readonly postings = new Map<string, Int32Array>();
  private readonly latinPostings = new Map<string, Int32Array>();
  private readonly scores: Float32Array;

  constructor(docs: readonly SearchDoc[]) {
    this.docs = docs.map((doc) => {
      const keys = [...new Set(doc.names.map(normalizeText).filter((k) => k !== ''))];
      const latin = [...new Set([...doc.pinyin, ...doc.initials].map(normalizeText).filter((k) => k !== ''))];
      return { doc, keys, latin, shortest: Math.min(...keys.map((k) => k.length), 999) };
    });
    const han = new Map<string, number[]>();
    const lat = new Map<string, number[]>();
    this.docs.forEach((d, i) => {
      for (const k of (d.doc.exactNames ?? d.doc.names).map(normalizeText))
        if (k) pushPosting(this.exact, k, i);
      for (const k of d.keys) for (const g of new Set([...bigrams(k), ...k])) pushPosting(han, g, i);
      for (const c of d.doc.codes) pushPosting(this.codes, c, i);
      for (const k of d.doc.initials.map(normalizeText)) if (k) pushPosting(this.exact, k, i);
      for (const k of d.latin)
        for (const g of new Set([...ngrams(k, 2), ...ngrams(k, 3)])) pushPosting(lat, g, i);
    });
    for (const [k, v] of han) this.postings.set(k, Int32Array.from(v));
    for (const [k, v] of lat) this.latinPostings.set(k, Int32Array.from(v));
    this.scores = new Float32Array(this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Docs answering to a code exactly. */
  byCode(code: string): SearchDoc[] {
    return (this.codes.get(code) ?? []).map((i) => this.docs[i]!.doc);
  }

  /** Docs whose name, alias or pinyin initials equal the text (normalised). */
  byExact(text: string): SearchDoc[] {
    return (this.exact.get(normalizeText(text)) ?? []).map((i) => this.docs[i]!.doc);
  }

  private idf(postings: Map<string, Int32Array>, g: string): number {
    const p = postings.get(g);
    // A gram found nowhere weighs as much as the rarest one: it is evidence against every name.
    return Math.log(1 + this.docs.length / (p ? p.length : 1));
  }

  /** A character's weight; one found nowhere (often a typo) weighs as an average character. */
  private charIdf(ch: string): number {
    const p = this.postings.get(ch);
    return p ? Math.log(1 + this.docs.length / p.length) : AVERAGE_CHAR_IDF;
  }

  /** Bigram (and single-character) IDF hit counts → the best `k` doc indices. */
  private shortlist(
    grams: string[],
    postings: Map<string, Int32Array>,
    k: number,
    filter?: (d: SearchDoc) => boolean,
  ): number[] {
    const scores = this.scores;
    const touched: number[] = [];
    for (const g of new Set(grams)) {
      const p = postings.get(g);
      if (!p) continue;
      const w = this.idf(postings, g);
      for (let j = 0; j < p.length; j++) {
        const d = p[j]!;
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + w;
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
   * Score by how tightly the letters sit: span / length.
   */
  private initialsSubsequence(
    q: string,
    filter?: (d: SearchDoc) => boolean,
  ): { hit: SearchHit; doc: Indexed }[] {
    const out: { hit: SearchHit; doc: Indexed }[] = [];
    for (const d of this.docs) {
      if (filter && !filter(d.doc)) continue;
      let best = Infinity;
      for (const ini of d.doc.initials) {
        const span = subsequenceSpan(q, ini);
        if (span < best) best = span;
      }
      if (best === Infinity || best > q.length * 3) continue;
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
  private charCoverage(q: string, key: string): number {
    let have = 0;
    let all = 0;
    for (const ch of new Set(q)) {
      const w = this.charIdf(ch);
      all += w;
      if (key.includes(ch)) have += w;
    }
    return all === 0 ? 0 : have / all;
  }

  /** Share of the query's gram weight present in `key`. */
  private coverage(grams: string[], key: string, postings: Map<string, Int32Array>): number {
    const uniq = [...new Set(grams)];
    let have = 0;
    let all = 0;
    for (const g of uniq) {
      const w = this.idf(postings, g);
      all += w;
      if (key.includes(g)) have += w;
    }
    return all === 0 ? 0 : have / all;
  }

  /**
   * Best matches for a query, best first. `minCoverage` drops weak hits (0 keeps all, for "did you mean").
   */
  search(
    query: string,
    opts: { limit?: number; filter?: (d: SearchDoc) => boolean; minCoverage?: number } = {},
  ): SearchHit[] {
    const limit = opts.limit ?? 10;
    const minCoverage = opts.minCoverage ?? MIN_COVERAGE;
    const q = normalizeText(query);
    if (!q) return [];
    const hits = new Map<string, SearchHit & { doc: Indexed }>();
    const add = (h: SearchHit, doc: Indexed) => {
      const prev = hits.get(h.id);
      if (!prev || h.score < prev.score) hits.set(h.id, { ...h, doc });
    };
    const ok = (i: number) => !opts.filter || opts.filter(this.docs[i]!.doc);
    for (const i of this.codes.get(q) ?? [])
      if (ok(i))
        add({ id: this.docs[i]!.doc.id, score: 0, coverage: 1, via: 'code', matched: q }, this.docs[i]!);
    for (const i of this.exact.get(q) ?? [])
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
    if (initialsOnly) for (const h of this.initialsSubsequence(q, opts.filter)) add(h.hit, h.doc);
    const grams = latin ? [...ngrams(q, 2), ...ngrams(q, 3)] : q.length === 1 ? [q] : bigrams(q);
    const postings = latin ? this.latinPostings : this.postings;
    // Initials are matched exactly or as a subsequence above; fuzzy-matching them against pinyin only adds noise.
    const short = initialsOnly ? [] : this.shortlist(grams, postings, SHORTLIST, opts.filter);
    if (short.length > 0) {
      const items = short.map((i) => this.docs[i]!);
      const fuse = new Fuse(items, {
        keys: latin ? ['latin'] : ['keys'],
        useTokenSearch: !latin,
        tokenize,
        threshold: THRESHOLD,
        ignoreLocation: true,
        includeScore: true,
        includeMatches: false,
        ignoreFieldNorm: true,
        shouldSort: true,
      });
      for (const r of fuse.search(q)) {
        const keys = latin ? r.item.latin : r.item.keys;
        let best = { key: keys[0] ?? '', cov: -1 };
        for (const k of keys) {
          // Bigrams for precision; for Chinese, characters too (scaled down) so that one typo does not sink a match.
          const bi = this.coverage(grams, k, postings);
          const cov = latin ? bi : Math.max(bi, CHAR_WEIGHT * this.charCoverage(q, k));
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
