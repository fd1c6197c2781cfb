/**
 * The in-process part of the benchmark, run in a fresh child process per knowledge base so that RSS
 * belongs to that knowledge base alone: the catalog and start-up as the bot starts (lazy datasets under
 * a memory budget), RSS after start, load time per dataset, answers over random departments and RSS
 * after them, autocomplete, then (after peak RSS is read) search accuracy and speed like for like.
 */
import Fuse from 'fuse.js';
import { openKnowledgeBase } from '../core/answer/catalog.js';
import { createEngine, type BudgetEngine } from '../core/answer/engine.js';
import { LazyDataset } from '../core/kb/lazy.js';
import { FUSE_OPTIONS, type SearchDoc } from '../core/search.js';
import { isLatinOnly, normalizeText } from '../core/text.js';
import { pinyinStats } from '../core/answer/pinyin-names.js';
import type { Contender as OtherContender } from './contenders.js';
import {
  autocompleteQueries,
  benchQuestions,
  type BenchAutocomplete,
  type BenchQuestion,
} from './questions.js';

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
  /** ms: reading the catalog (every dataset.json and catalog.json) */
  open: number;
  /** ms: the engine over the catalog, then the newest dataset loaded and prepared (start-up) */
  engineBuild: number;
  warm: number;
  /** MB after start-up (catalog + one dataset) */
  rssAfterStartMb: number;
  firstAnswer: number;
  /** ms per dataset: load (read, validate, check against source.txt) + prepare (entities, audit, index) */
  loadPerDataset: Percentiles;
  /** Answers whose dataset was in memory */
  answer: Percentiles;
  /** Answers that first had to load their dataset (evicted or never asked about) */
  answerWithLoad: Percentiles;
  /** The same questions asked a second time */
  answerAgain: Percentiles;
  answerByCategory: Record<string, Percentiles>;
  autocomplete: Percentiles;
  /** MB after the questions over random departments, and the peak */
  rssAfterQuestionsMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  budgetMb: number;
  evictions: number;
  /** Names whose pinyin came from pinyin.json / the vocabulary / derivation / pinyin-pro at start-up */
  pinyin: { dataset: number; vocab: number; derived: number; converted: number };
  search: SearchComparison;
  answerKinds: Record<string, number>;
}

export interface Contender {
  name: string;
  time: Percentiles;
  /** Share of queries whose intended item (or one of the same name) is first / in the first five */
  top1: number;
  top5: number;
}

export interface SearchComparison {
  queries: number;
  contenders: Contender[];
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
  searchQueries: number;
  budgetMb: number;
  /** Other libraries searched side by side (MiniSearch, FlexSearch: dev dependencies), imported after peak RSS is read */
  others?: () => Promise<readonly OtherContender[]>;
  /**
   * The question sets, drawn by another process (`drawSets`): drawing reads every dataset's line items,
   * which a bot answering questions never does, so drawn here it would be this process's peak RSS.
   * Drawn here when absent.
   */
  sets?: QuestionSets;
}

/** What the measuring process asks: the same sets whichever process draws them (deterministic). */
export interface QuestionSets {
  questions: BenchQuestion[];
  autocomplete: BenchAutocomplete[];
  /** Asked before the measured questions, so that they are asked for the first time */
  warmUp: BenchQuestion[];
  /** The search comparison's pool (name, abbreviation and typo questions are taken from it) */
  search: BenchQuestion[];
}

/** Draws the question sets from the knowledge base at `dir` (loading each dataset, one at a time under the budget). */
export function drawSets(
  o: Pick<MeasureOptions, 'dir' | 'questions' | 'autocomplete' | 'searchQueries' | 'budgetMb'>,
): QuestionSets {
  return drawFrom(openKnowledgeBase(o.dir, { budgetMb: o.budgetMb }), o);
}

function drawFrom(
  kb: ReturnType<typeof openKnowledgeBase>,
  o: Pick<MeasureOptions, 'questions' | 'autocomplete' | 'searchQueries'>,
): QuestionSets {
  return {
    questions: benchQuestions(kb, o.questions),
    autocomplete: autocompleteQueries(kb, o.autocomplete),
    // A different draw without the staff questions
    warmUp: benchQuestions(kb, 40, 99, { staff: false }),
    search: benchQuestions(kb, o.searchQueries * 3, 23, { staff: false }),
  };
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

export async function measureTier(o: MeasureOptions): Promise<TierResult> {
  const [kb, open] = time(() => openKnowledgeBase(o.dir, { budgetMb: o.budgetMb }));
  const [engine, engineBuild] = time(() => createEngine(kb));
  const [, warm] = time(() => engine.warm());
  const rssAfterStartMb = rssMb();
  const pinyin = { ...pinyinStats };
  const [, firstAnswer] = time(() => engine.answer('公务接待费多少？'));

  // The question sets read every dataset's line items: drawn by another process when given (see
  // MeasureOptions.sets), else here (each dataset loaded once through the store).
  const sets = o.sets ?? drawFrom(kb, o);
  const questions = sets.questions;
  const acQueries = sets.autocomplete;

  // Warm-up on a different draw without the staff questions, so that the measured questions are asked
  // for the first time (their entities' views not yet computed), as a running bot meets them.
  for (const w of sets.warmUp) engine.answer(w.q, w.datasetId ? { datasetId: w.datasetId } : {});

  const resident = () => kb.store.resident.length + kb.store.evictions;
  const samples: number[] = [];
  const withLoad: number[] = [];
  const byCategory = new Map<string, number[]>();
  const kinds: Record<string, number> = {};
  for (const bq of questions) {
    const before = resident();
    const [a, ms] = time(() => engine.answer(bq.q, bq.datasetId ? { datasetId: bq.datasetId } : {}));
    if (resident() !== before) withLoad.push(ms);
    else samples.push(ms);
    byCategory.set(bq.category, [...(byCategory.get(bq.category) ?? []), ms]);
    kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
  }
  const rssAfterQuestionsMb = rssMb();
  // The same questions asked again, each right after its dataset is in memory.
  // Grouped by dataset, so that each is loaded once under the budget (the times are of answers only).
  const byDataset = <T extends { datasetId?: string }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => (a.datasetId ?? '').localeCompare(b.datasetId ?? ''));
  const again: number[] = [];
  for (const bq of byDataset(questions)) {
    if (bq.datasetId) engine.find(bq.datasetId)?.prepare();
    again.push(time(() => engine.answer(bq.q, bq.datasetId ? { datasetId: bq.datasetId } : {}))[1]);
  }
  const ac: number[] = [];
  for (const aq of byDataset(acQueries)) {
    engine.find(aq.datasetId)?.prepare();
    const [, ms] = time(() => engine.autocomplete(aq.q, { datasetId: aq.datasetId }));
    ac.push(ms);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // Every load and prepare of this process so far (start-up, and the datasets the questions needed).
  const loads = kb.datasets.flatMap((d) => (d instanceof LazyDataset ? d.loadTimes : []));
  const heapUsedMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const evictions = kb.store.evictions;

  const search = compareSearch(engine, sets.search, o.searchQueries, o.others ? await o.others() : []);

  return {
    tier: o.tier,
    dir: o.dir,
    datasets: kb.datasets.length,
    lineItems: kb.datasets.reduce((n, d) => n + (d as LazyDataset).catalog.lineItems, 0),
    open,
    engineBuild,
    warm,
    rssAfterStartMb,
    firstAnswer,
    loadPerDataset: percentiles(loads),
    answer: percentiles(samples),
    answerWithLoad: percentiles(withLoad),
    answerAgain: percentiles(again),
    answerByCategory: Object.fromEntries([...byCategory].map(([k, v]) => [k, percentiles(v)])),
    autocomplete: percentiles(ac),
    rssAfterQuestionsMb,
    peakRssMb,
    heapUsedMb,
    budgetMb: o.budgetMb,
    evictions,
    pinyin,
    search,
    answerKinds: kinds,
  };
}

/**
 * Like for like: every contender searches the same queries within the question's own dataset (as the
 * engine does) and is judged against the item the question was drawn from. Contenders: this index
 * (bigram shortlist → fuse.js), and fuse.js alone over the dataset's docs in the configuration the
 * project ranks with (token search over bigrams for Chinese, Bitap for pinyin, threshold 0.6,
 * ignoreLocation, ignoreFieldNorm). Queries are the name, abbreviation and typo questions with their
 * question words removed. A hit counts when it is the intended item or an item of the same name
 * (two items of one name cannot be told apart by their name).
 */
function compareSearch(
  engine: BudgetEngine,
  questions: readonly BenchQuestion[],
  n: number,
  others: readonly OtherContender[],
): SearchComparison {
  const queries = questions
    .filter((q) => q.intended && q.datasetId)
    .slice(0, n)
    .sort((a, b) => a.datasetId!.localeCompare(b.datasetId!))
    .map((q) => ({
      q: q.q.replace(/(那个项目)?(是多少钱?|多少钱?|是什么)$/, ''),
      scope: q.datasetId!,
      intended: q.intended!,
    }));
  const docsOf = (scope: string) => engine.find(scope)!.entities.searchDocs();
  const fuseAlone = (docs: readonly SearchDoc[]) => {
    const items = docs.map(toFuseItem);
    const han = new Fuse(items, FUSE_OPTIONS.han);
    const latin = new Fuse(items, FUSE_OPTIONS.latin);
    return (q: string) =>
      (isLatinOnly(q) ? latin : han).search(normalizeText(q), { limit: 5 }).map((r) => r.item.id);
  };
  const name = (id: string) => engine.entities.get(id)?.name;
  const judge = (ids: string[], intended: string) => {
    const want = name(intended);
    const ok = (id: string) => id === intended || (want !== undefined && name(id) === want);
    return { top1: ids.length > 0 && ok(ids[0]!), top5: ids.slice(0, 5).some(ok) };
  };
  // Each contender's searcher over a dataset is built before the first query of that dataset is timed
  // (queries are grouped by dataset); only the searches are timed.
  const runs: { name: string; build: (scope: string) => (q: string) => string[] }[] = [
    {
      name: 'this index (shortlist → fuse.js)',
      build: (scope) => (q) => engine.index.search(q, { limit: 5, scope }).map((h) => h.id),
    },
    { name: 'fuse.js alone, same dataset', build: (scope) => fuseAlone(docsOf(scope)) },
    ...others.map((c) => ({ name: c.name, build: (scope: string) => c.build(docsOf(scope)) })),
  ];
  const contenders: Contender[] = [];
  for (const run of runs) {
    const ms: number[] = [];
    let top1 = 0;
    let top5 = 0;
    let builtFor: string | undefined;
    let search: (q: string) => string[] = () => [];
    for (const { q, scope, intended } of queries) {
      engine.find(scope)?.prepare();
      if (builtFor !== scope) {
        search = run.build(scope);
        builtFor = scope;
      }
      const [ids, t] = time(() => search(q));
      ms.push(t);
      const j = judge(ids, intended);
      if (j.top1) top1++;
      if (j.top5) top5++;
    }
    contenders.push({
      name: run.name,
      time: percentiles(ms),
      top1: queries.length ? top1 / queries.length : 0,
      top5: queries.length ? top5 / queries.length : 0,
    });
  }
  return { queries: queries.length, contenders };
}

interface FuseItem {
  id: string;
  keys: string[];
  latin: string[];
}

function toFuseItem(d: SearchDoc): FuseItem {
  return {
    id: d.id,
    keys: [...new Set(d.names.map(normalizeText).filter((k) => k))],
    latin: [...new Set([...d.pinyin, ...d.initials])],
  };
}
