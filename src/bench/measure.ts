/**
 * The in-process part of the benchmark, run in a fresh child process per knowledge base so that peak
 * RSS belongs to that knowledge base alone: load, engine build (with its parts), per-question and
 * autocomplete latency, then (after peak RSS is read) the comparison with fuse.js alone.
 */
import Fuse from 'fuse.js';
import { createEngine } from '../core/answer/engine.js';
import { loadKnowledgeBase } from '../core/kb/loader.js';
import type { SearchDoc, SearchIndex } from '../core/search.js';
type Searcher = Pick<SearchIndex, 'search'>;
import { isLatinOnly, normalizeText } from '../core/text.js';
import { pinyinStats } from '../core/answer/pinyin-names.js';
import { autocompleteQueries, benchQuestions, type BenchQuestion } from './questions.js';

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface TierResult {
  tier: string;
  dir: string;
  datasets: number;
  lineItems: number;
  searchDocs: number;
  /** ms */
  load: number;
  engineBuild: number;
  /** Parts of the engine build: audits, entities, search docs, the search index */
  buildTimes: { audit: number; entities: number; searchDocs: number; index: number };
  firstAnswer: number;
  /** First asking of each question */
  answer: Percentiles;
  /** The same questions asked a second time */
  answerAgain: Percentiles;
  answerByCategory: Record<string, Percentiles>;
  autocomplete: Percentiles;
  /** MB, process.resourceUsage().maxRSS after load, build, answers and autocomplete */
  peakRssMb: number;
  heapUsedMb: number;
  /** Names whose pinyin came from pinyin.json / the vocabulary / derivation / pinyin-pro at start-up */
  pinyin: { dataset: number; vocab: number; derived: number; converted: number };
  fuse: {
    queries: number;
    fuseAlone: Percentiles;
    /** SearchIndex.search over every dataset, like fuse.js */
    index: Percentiles;
    /** SearchIndex.search scoped to the question's dataset, as the engine searches */
    scoped: Percentiles;
    speedupP50: number;
    speedupP95: number;
    scopedSpeedupP50: number;
    scopedSpeedupP95: number;
    /** Share of queries where both put the same doc first */
    sameTop1: number;
  };
  answerKinds: Record<string, number>;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : 0);
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1] ?? 0 };
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

export interface MeasureOptions {
  tier: string;
  dir: string;
  questions: number;
  autocomplete: number;
  fuseQueries: number;
}

export function measureTier(o: MeasureOptions): TierResult {
  const [kb, load] = time(() => loadKnowledgeBase(o.dir));
  const [engine, engineBuild] = time(() => createEngine(kb));
  const pinyin = { ...pinyinStats };
  const [, firstAnswer] = time(() => engine.answer('公务接待费多少？'));

  // Warm-up on a different draw without the staff questions, so that the measured questions are asked
  // for the first time (their entities' views not yet computed), as a running bot meets them.
  for (const w of benchQuestions(kb, 40, 99, { staff: false }))
    engine.answer(w.q, w.datasetId ? { datasetId: w.datasetId } : {});

  const questions = benchQuestions(kb, o.questions);
  const samples: number[] = [];
  const byCategory = new Map<string, number[]>();
  const kinds: Record<string, number> = {};
  for (const bq of questions) {
    const [a, ms] = time(() => engine.answer(bq.q, bq.datasetId ? { datasetId: bq.datasetId } : {}));
    samples.push(ms);
    byCategory.set(bq.category, [...(byCategory.get(bq.category) ?? []), ms]);
    kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
  }
  // The same questions asked again: views cached, code warm.
  const again: number[] = [];
  for (const bq of questions)
    again.push(time(() => engine.answer(bq.q, bq.datasetId ? { datasetId: bq.datasetId } : {}))[1]);
  const ac: number[] = [];
  for (const aq of autocompleteQueries(kb, o.autocomplete)) {
    const [, ms] = time(() => engine.autocomplete(aq.q, { datasetId: aq.datasetId }));
    ac.push(ms);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const heapUsedMb = process.memoryUsage().heapUsed / 1024 / 1024;

  const docs = engine.loaded.flatMap((l) => l.entities.searchDocs());
  const fuse = compareWithFuse(docs, engine.index, subjects(questions, o.fuseQueries));

  return {
    tier: o.tier,
    dir: o.dir,
    datasets: kb.datasets.length,
    lineItems: kb.datasets.reduce((n, d) => n + d.lineItems.length, 0),
    searchDocs: docs.length,
    load,
    engineBuild,
    buildTimes: { ...engine.buildTimes },
    firstAnswer,
    answer: percentiles(samples),
    answerAgain: percentiles(again),
    answerByCategory: Object.fromEntries([...byCategory].map(([k, v]) => [k, percentiles(v)])),
    autocomplete: percentiles(ac),
    peakRssMb,
    heapUsedMb,
    pinyin,
    fuse,
    answerKinds: kinds,
  };
}

/** Search strings (no question words) from the name-like questions, spread over the set. */
function subjects(questions: readonly BenchQuestion[], n: number): { q: string; scope?: string }[] {
  const named = questions.filter((q) =>
    ['name', 'abbreviation', 'typo', 'pinyin', 'staff'].includes(q.category),
  );
  const out: { q: string; scope?: string }[] = [];
  const step = Math.max(1, Math.floor(named.length / n));
  for (let i = 0; i < named.length && out.length < n; i += step)
    out.push({
      q: named[i]!.q.replace(/(那个项目)?(是多少钱?|多少钱?|是什么)$/, ''),
      ...(named[i]!.datasetId ? { scope: named[i]!.datasetId } : {}),
    });
  return out;
}

/**
 * fuse.js alone over every search doc, tuned as SEARCH.md measured best for Bitap: normalised names,
 * threshold 0.5, ignoreLocation, shorter name first among ties, pinyin in its own instance, codes from
 * a Map. Timed per query against SearchIndex.search over the same docs (unscoped, like fuse.js).
 */
function compareWithFuse(
  docs: SearchDoc[],
  index: Searcher,
  queries: { q: string; scope?: string }[],
): TierResult['fuse'] {
  const items = docs.map((d) => {
    const keys = [...new Set(d.names.map(normalizeText).filter((k) => k))];
    return {
      id: d.id,
      keys,
      latin: [...new Set([...d.pinyin, ...d.initials])],
      shortest: Math.min(...keys.map((k) => k.length), 999),
    };
  });
  const codes = new Map<string, string>();
  docs.forEach((d) => d.codes.forEach((c) => codes.has(c) || codes.set(c, d.id)));
  const options = (key: string) => ({
    keys: [key],
    threshold: 0.5,
    ignoreLocation: true,
    includeScore: true,
    sortFn: (a: { score: number; idx: number }, b: { score: number; idx: number }) =>
      a.score - b.score || items[a.idx]!.shortest - items[b.idx]!.shortest || a.idx - b.idx,
  });
  const han = new Fuse(items, options('keys'));
  const latin = new Fuse(items, options('latin'));
  const fuseMs: number[] = [];
  const indexMs: number[] = [];
  const scopedMs: number[] = [];
  let same = 0;
  for (const { q, scope } of queries) {
    const n = normalizeText(q);
    const [f, fm] = time(() => {
      if (/^\d+$/.test(n) && codes.has(n)) return codes.get(n);
      return (isLatinOnly(q) ? latin : han).search(n, { limit: 10 })[0]?.item.id;
    });
    const [h, hm] = time(() => index.search(q, { limit: 10 })[0]?.id);
    const [, sm] = time(() => index.search(q, { limit: 10, ...(scope ? { scope } : {}) }));
    fuseMs.push(fm);
    indexMs.push(hm);
    scopedMs.push(sm);
    if (f === h) same++;
  }
  const fuseAlone = percentiles(fuseMs);
  const idx = percentiles(indexMs);
  const scoped = percentiles(scopedMs);
  return {
    queries: queries.length,
    fuseAlone,
    index: idx,
    scoped,
    speedupP50: fuseAlone.p50 / Math.max(idx.p50, 1e-6),
    speedupP95: fuseAlone.p95 / Math.max(idx.p95, 1e-6),
    scopedSpeedupP50: fuseAlone.p50 / Math.max(scoped.p50, 1e-6),
    scopedSpeedupP95: fuseAlone.p95 / Math.max(scoped.p95, 1e-6),
    sameTop1: queries.length ? same / queries.length : 0,
  };
}
