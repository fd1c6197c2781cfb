/**
 * Other search libraries for the benchmark's like-for-like comparison (dev dependencies, imported only
 * by the benchmark): MiniSearch and FlexSearch, each over one dataset's search docs, in the best of the
 * configurations tried. Top-1 on 1,000 queries of the bundled / 10k tiers:
 * - MiniSearch: Chinese names as character bigrams plus single characters (50.8% / 69.7%; bigrams
 *   alone 44.1% / 58.4%), pinyin as whole words with prefix and fuzzy (0.2) matching; BM25, OR of terms.
 * - FlexSearch: the same tokens through a custom encoder (51.0% / 70.7%; its CJK charset 49.4% /
 *   69.8%, bigrams alone 46.0% / 60.5%), pinyin with forward (prefix) tokens; resolution 9.
 * Queries and names are normalised as the project normalises them; Latin-only queries search pinyin.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../core/search.js';
import { bigrams, isLatinOnly, normalizeText } from '../core/text.js';

export interface Contender {
  name: string;
  /** A searcher over one dataset's docs: the ids of the best five for a query. */
  build(docs: readonly SearchDoc[]): (q: string) => string[];
}

const HAN = /\p{Script=Han}/u;

/** What each library indexes of a doc: its Chinese names and its Latin keys (pinyin, initials, English). */
function fields(d: SearchDoc): { han: string[]; latin: string[] } {
  const names = [...new Set(d.names.map(normalizeText).filter((k) => k))];
  return {
    han: names.filter((k) => HAN.test(k)),
    latin: [...new Set([...d.pinyin, ...d.initials, ...names.filter((k) => !HAN.test(k))])],
  };
}

/** Bigrams and characters of each Chinese name (names space-separated). */
const hanTokens = (text: string) => text.split(' ').flatMap((k) => [...bigrams(k), ...k]);

export const MINISEARCH: Contender = {
  name: 'MiniSearch (bigrams + characters; pinyin prefix+fuzzy)',
  build(docs) {
    const ms = new MiniSearch<{ i: number; han: string; latin: string }>({
      idField: 'i',
      fields: ['han', 'latin'],
      tokenize: (text, field) => (field === 'latin' ? text.split(' ') : hanTokens(text)),
      processTerm: (t) => t,
    });
    ms.addAll(
      docs.map((d, i) => {
        const f = fields(d);
        return { i, han: f.han.join(' '), latin: f.latin.join(' ') };
      }),
    );
    return (q) => {
      const k = normalizeText(q);
      const hits = isLatinOnly(q)
        ? ms.search(k, { fields: ['latin'], prefix: true, fuzzy: 0.2, tokenize: (t) => [t] })
        : ms.search(k, { fields: ['han'], tokenize: hanTokens, combineWith: 'OR' });
      return hits.slice(0, 5).map((h) => docs[h.id as number]!.id);
    };
  },
};

export const FLEXSEARCH: Contender = {
  name: 'FlexSearch (bigram + character encoder; pinyin forward)',
  build(docs) {
    const han = new FlexSearch.Index({ tokenize: 'strict', resolution: 9, encode: hanTokens });
    const latin = new FlexSearch.Index({ tokenize: 'forward', resolution: 9 });
    docs.forEach((d, i) => {
      const f = fields(d);
      if (f.han.length) han.add(i, f.han.join(' '));
      if (f.latin.length) latin.add(i, f.latin.join(' '));
    });
    return (q) => {
      const k = normalizeText(q);
      const ids = isLatinOnly(q)
        ? latin.search(k, { limit: 5, suggest: true })
        : han.search(k, { limit: 5, suggest: true });
      return (ids as number[]).map((i) => docs[i]!.id);
    };
  },
};
