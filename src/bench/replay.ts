/**
 * Replays the benchmark's question set in one process, in the order `npm run bench` asks it, and prints
 * each question's time — to find and profile the tail (run it under `node --cpu-prof` or `--trace-gc`).
 *
 *   node dist/src/bench/replay.js --dir .bench/kb-100000 [--sets FILE] [--questions N] [--budget MB]
 *        [--top N] [--jsonl FILE] [--rounds N] [--only-memory]
 *
 * --sets FILE: the drawn sets (written there first when the file does not exist, so that later runs skip
 * the drawing, which reads every dataset). Each question's time is split into the garbage collection
 * that ran during it (PerformanceObserver 'gc' entries) and the rest. --only-memory answers each
 * question once before timing it (its dataset loaded and its views computed), so only repeat work is
 * timed; --rounds N repeats the measured pass; --grouped asks them grouped by dataset, each prepared first
 * (the bench's "asked again" and autocomplete passes); --autocomplete times the autocomplete set. Prints percentiles per category and the slowest --top.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import '../cli/low-memory.js';
import { openKnowledgeBase } from '../core/answer/catalog.js';
import { LazyDataset } from '../core/kb/lazy.js';
import { createEngine } from '../core/answer/engine.js';
import { drawSets, percentiles, type QuestionSets } from './measure.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'data' },
    sets: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    budget: { type: 'string', default: '64' },
    top: { type: 'string', default: '30' },
    jsonl: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    'only-memory': { type: 'boolean' },
    autocomplete: { type: 'boolean' },
    grouped: { type: 'boolean' },
  },
});
const budgetMb = Number(values.budget);
const dir = values.dir;
let sets: QuestionSets;
if (values.sets && existsSync(values.sets))
  sets = JSON.parse(readFileSync(values.sets, 'utf8')) as QuestionSets;
else {
  sets = drawSets({
    dir,
    questions: Number(values.questions),
    autocomplete: 1000,
    searchQueries: 1000,
    budgetMb,
  });
  if (values.sets) writeFileSync(values.sets, JSON.stringify(sets));
}

const gcs: { start: number; end: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      start: e.startTime,
      end: e.startTime + e.duration,
      kind: (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0,
    });
}).observe({ entryTypes: ['gc'] });

const kb = openKnowledgeBase(dir, { budgetMb });
const engine = createEngine(kb);
engine.warm();
engine.answer('公务接待费多少？');
for (const w of sets.warmUp) engine.answer(w.q, w.datasetId ? { datasetId: w.datasetId } : {});

interface Sample {
  i: number;
  q: string;
  category: string;
  datasetId: string | undefined;
  loaded: boolean;
  /** datasets loaded while answering */
  loads: number;
  start: number;
  /** process.hrtime in µs at the start (the clock of a --cpu-prof profile's timestamps) */
  hr: number;
  ms: number;
  /** CPU time of the process (all threads) during the question, ms: robust to other jobs on the machine */
  cpu: number;
  gc: number;
  kind: string;
}
const resident = () => kb.store.resident.length + kb.store.evictions;
const loadCount = () =>
  kb.datasets.reduce((n, d) => n + (d instanceof LazyDataset ? d.loadTimes.length : 0), 0);
const samples: Sample[] = [];
const rounds = Number(values.rounds);
const asked = values.autocomplete
  ? sets.autocomplete.map((a) => ({
      q: a.q,
      datasetId: a.datasetId as string | undefined,
      category: 'autocomplete',
    }))
  : sets.questions;
// --grouped: as the bench's "asked again" and autocomplete passes, grouped by dataset, each dataset
// loaded and prepared (untimed) before its first question.
const items = values.grouped
  ? [...asked].sort((a, b) => (a.datasetId ?? '').localeCompare(b.datasetId ?? ''))
  : asked;
for (let r = 0; r < rounds; r++)
  items.forEach((bq, i) => {
    const opts = bq.datasetId ? { datasetId: bq.datasetId } : {};
    if (values.grouped && bq.datasetId) engine.find(bq.datasetId)?.prepare();
    if (values['only-memory']) {
      if (bq.datasetId) engine.find(bq.datasetId)?.prepare();
      if (values.autocomplete) engine.autocomplete(bq.q, { datasetId: bq.datasetId! });
      else engine.answer(bq.q, opts);
    }
    const before = resident();
    const loads0 = loadCount();
    const hr = Number(process.hrtime.bigint() / 1000n);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const kind = values.autocomplete
      ? (engine.autocomplete(bq.q, { datasetId: bq.datasetId! }), 'ac')
      : engine.answer(bq.q, opts).kind;
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu0);
    const cpu = (used.user + used.system) / 1000;
    samples.push({
      i,
      q: bq.q,
      category: bq.category,
      datasetId: bq.datasetId,
      loaded: resident() !== before,
      loads: loadCount() - loads0,
      start,
      hr,
      ms,
      cpu,
      gc: 0,
      kind,
    });
  });
// GC entries arrive asynchronously.
await new Promise((r) => setTimeout(r, 50));
for (const s of samples) {
  const end = s.start + s.ms;
  for (const g of gcs)
    if (g.end > s.start && g.start < end) s.gc += Math.min(end, g.end) - Math.max(s.start, g.start);
}

const fmt = (n: number) => n.toFixed(2);
const show = (label: string, xs: Sample[]) => {
  const p = percentiles(xs.map((s) => s.ms));
  const w = percentiles(xs.map((s) => s.ms - s.gc));
  const c = percentiles(xs.map((s) => s.cpu));
  const trio = (q: { p50: number; p95: number; p99: number; max: number }) =>
    `${fmt(q.p50)} / ${fmt(q.p95)} / ${fmt(q.p99)} / ${fmt(q.max)}`;
  console.log(
    `${label.padEnd(16)} n=${String(p.n).padStart(4)}  p50/p95/p99/max ${trio(p)} ms · without GC ${trio(w)} · CPU ${trio(c)} · GC total ${fmt(xs.reduce((a, s) => a + s.gc, 0))} ms`,
  );
};
const mem = samples.filter((s) => !s.loaded);
show('in memory', mem);
show(
  'loaded',
  samples.filter((s) => s.loaded),
);
for (const c of [...new Set(mem.map((s) => s.category))].sort())
  show(
    `  ${c}`,
    mem.filter((s) => s.category === c),
  );
console.log(
  `gc: ${gcs.length} collections, ${fmt(gcs.reduce((a, g) => a + g.end - g.start, 0))} ms; evictions ${kb.store.evictions}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
for (const s of samples.filter((x) => x.loads > 1))
  console.log(
    `loaded ${s.loads} datasets: ${s.ms.toFixed(0)} ms #${s.i} ${s.category} ${s.datasetId ?? ''} ${s.q}`,
  );
console.log(`\nslowest ${values.top} in memory:`);
for (const s of [...mem].sort((a, b) => b.ms - a.ms).slice(0, Number(values.top)))
  console.log(
    `${fmt(s.ms).padStart(8)} ms (gc ${fmt(s.gc).padStart(6)})  #${s.i} ${s.category.padEnd(12)} ${s.kind.padEnd(10)} ${s.datasetId ?? ''} ${s.q}`,
  );
if (values.jsonl) writeFileSync(values.jsonl, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
