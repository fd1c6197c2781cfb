/**
 * npm run bench [-- --quick] [--json FILE] [--runs N] [--tiers bundled,10k,100k] [--questions N]
 *                [--search N] [--budget MB]
 *
 * Benchmarks the engine as the bot runs it (lazy datasets under a KB_CACHE_MB budget, default 64) on
 * the bundled data and on synthetic knowledge bases of 10,000 and 100,000 line items (generated once
 * into .bench/, deterministic, the bundled document included): cold start (a fresh `node` on compiled
 * JS: spawn → first answer printed, median of --runs), RSS after start, load time per dataset, answer
 * latency over --questions (default 1,000) questions over random departments and RSS after them,
 * autocomplete over 1,000 inputs, and search like for like within the question's dataset (--search,
 * default 1,000 queries: this index and fuse.js alone, each with top-1/top-5 accuracy against the item
 * the query was drawn from). Each knowledge base is measured in its own child process; the question
 * sets are drawn in this process (drawing reads every dataset, which the bot never does) and handed to
 * it in a temporary file, so the child's peak RSS is the engine's. Prints a table;
 * --json FILE writes the same figures. --quick skips the 100,000-item tier.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { QuestionSets, TierResult } from '../bench/measure.js';

const SELF = fileURLToPath(import.meta.url);
const COLD = fileURLToPath(new URL('../bench/cold.js', import.meta.url));

interface Tier {
  name: string;
  items: number | null;
  dir: string;
  coldRuns: number;
  searchQueries: number;
}

const TIERS: Tier[] = [
  { name: 'bundled', items: null, dir: 'data', coldRuns: 5, searchQueries: 1000 },
  { name: '10k', items: 10_000, dir: '.bench/kb-10000', coldRuns: 5, searchQueries: 1000 },
  { name: '100k', items: 100_000, dir: '.bench/kb-100000', coldRuns: 3, searchQueries: 1000 },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Spawn → first byte on stdout, in ms; rejects on a non-zero exit. */
function coldStart(dir: string): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [COLD, dir, '公务接待费多少？', 'bjsxcqrmzfbgs-2020'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let first: number | null = null;
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      first ??= performance.now() - t;
      out += b.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && first !== null
        ? resolve({ ms: first, line: out.trim() })
        : reject(new Error(`cold start exited with ${code}`)),
    );
  });
}

function child(tier: Tier, questions: number, budgetMb: number, setsFile: string): Promise<TierResult> {
  return new Promise((resolve, reject) => {
    const c = spawn(
      process.execPath,
      [
        SELF,
        '--child',
        tier.name,
        '--dir',
        tier.dir,
        '--questions',
        String(questions),
        '--search',
        String(tier.searchQueries),
        '--budget',
        String(budgetMb),
        '--sets',
        setsFile,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    c.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    c.on('error', reject);
    c.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${tier.name}: measuring process exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as TierResult);
    });
  });
}

interface Row extends TierResult {
  coldStart: { runs: number[]; median: number };
  generated?: { datasets: number; ms: number; reused: boolean };
}

const f1 = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ms = (n: number) => `${f1(n)} ms`;
const trio = (p: { p50: number; p95: number; p99: number }) =>
  `${f1(p.p50)} / ${f1(p.p95)} / ${f1(p.p99)} ms`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function table(rows: Row[]): string {
  const lines: [string, (r: Row) => string][] = [
    ['datasets', (r) => String(r.datasets)],
    ['line items', (r) => r.lineItems.toLocaleString('en-US')],
    ['cold start → first answer (median)', (r) => `${ms(r.coldStart.median)} (n=${r.coldStart.runs.length})`],
    ['  read the catalog', (r) => ms(r.open)],
    ['  load + prepare the newest dataset', (r) => ms(r.warm)],
    ['RSS after start', (r) => `${r.rssAfterStartMb.toFixed(0)} MB`],
    ['load + prepare per dataset p50/p95/p99', (r) => trio(r.loadPerDataset)],
    ['answer p50/p95/p99 (dataset in memory)', (r) => `${trio(r.answer)} (n=${r.answer.n})`],
    ['  answers that loaded their dataset', (r) => `${trio(r.answerWithLoad)} (n=${r.answerWithLoad.n})`],
    ['  asked again', (r) => trio(r.answerAgain)],
    ['autocomplete p50/p95/p99', (r) => `${trio(r.autocomplete)} (n=${r.autocomplete.n})`],
    [
      'RSS after the questions (budget, evictions)',
      (r) => `${r.rssAfterQuestionsMb.toFixed(0)} MB (${r.budgetMb} MB, ${r.evictions})`,
    ],
    ['peak RSS', (r) => `${r.peakRssMb.toFixed(0)} MB`],
    ['search, same dataset: queries', (r) => String(r.search.queries)],
    ...[0, 1, 2, 3].map((i): [string, (r: Row) => string] => [
      `  ${['this index', 'fuse.js alone', 'MiniSearch', 'FlexSearch'][i]} p50/p95/p99 · top-1 · top-5`,
      (r) => {
        const c = r.search.contenders[i];
        return c ? `${trio(c.time)} · ${pct(c.top1)} · ${pct(c.top5)}` : '—';
      },
    ]),
  ];
  const head = ['', ...rows.map((r) => r.tier)];
  const body = lines.map(([label, f]) => [label, ...rows.map(f)]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => [...r[i]!].length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      dir: { type: 'string' },
      questions: { type: 'string' },
      search: { type: 'string' },
      budget: { type: 'string' },
      quick: { type: 'boolean' },
      json: { type: 'string' },
      runs: { type: 'string' },
      tiers: { type: 'string' },
      sets: { type: 'string' },
    },
  });
  const questions = Number.parseInt(values.questions ?? '1000', 10);
  const budgetMb = Number.parseInt(values.budget ?? '64', 10);
  if (values.child) {
    // Measured as the bot runs (src/cli/low-memory.ts).
    await import('./low-memory.js');
    const { measureTier } = await import('../bench/measure.js');
    const r = await measureTier({
      tier: values.child,
      dir: values.dir ?? 'data',
      questions,
      autocomplete: 1000,
      searchQueries: Number.parseInt(values.search ?? '1000', 10),
      budgetMb,
      ...(values.sets ? { sets: JSON.parse(readFileSync(values.sets, 'utf8')) as QuestionSets } : {}),
      others: async () => {
        const { MINISEARCH, FLEXSEARCH } = await import('../bench/contenders.js');
        return [MINISEARCH, FLEXSEARCH];
      },
    });
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  }

  const wanted = values.tiers?.split(',') ?? (values.quick ? ['bundled', '10k'] : TIERS.map((t) => t.name));
  const tiers = TIERS.filter((t) => wanted.includes(t.name));
  const cpu = cpus();
  console.log(`budget-bot bench · node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}`);
  const rows: Row[] = [];
  for (const tier of tiers) {
    let generated: Row['generated'];
    if (tier.items !== null) {
      const { writeSyntheticKb, TEMPLATE_DIR } = await import('../bench/synthetic.js');
      process.stderr.write(`${tier.name}: preparing ${tier.dir} … `);
      const g = writeSyntheticKb(tier.dir, tier.items, { include: [TEMPLATE_DIR] });
      process.stderr.write(
        `${g.generated ? `generated ${g.datasets} datasets in ${(g.ms / 1000).toFixed(1)} s` : 'reused'}\n`,
      );
      generated = { datasets: g.datasets, ms: g.ms, reused: !g.generated };
    }
    const runs: number[] = [];
    for (let i = 0; i < Number.parseInt(values.runs ?? String(tier.coldRuns), 10); i++)
      runs.push((await coldStart(tier.dir)).ms);
    process.stderr.write(
      `${tier.name}: cold start ${runs.map((r) => r.toFixed(0)).join(', ')} ms; measuring …\n`,
    );
    // The question sets are drawn here, not in the measuring process: drawing reads every dataset.
    const { drawSets } = await import('../bench/measure.js');
    const scratch = mkdtempSync(join(tmpdir(), 'budget-bench-'));
    const setsFile = join(scratch, 'sets.json');
    writeFileSync(
      setsFile,
      JSON.stringify(
        drawSets({
          dir: tier.dir,
          questions,
          autocomplete: 1000,
          searchQueries: tier.searchQueries,
          budgetMb,
        }),
      ),
    );
    let r: TierResult;
    try {
      r = await child(tier, questions, budgetMb, setsFile);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    rows.push({ ...r, coldStart: { runs, median: median(runs) }, ...(generated ? { generated } : {}) });
  }
  console.log(table(rows));
  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ node: process.version, cpus: cpu.length, cpu: cpu[0]?.model, date: new Date().toISOString(), tiers: rows }, null, 2)}\n`,
    );
    console.log(`figures written to ${values.json}`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
