/**
 * npm run bench [-- --quick] [--json FILE] [--runs N] [--tiers bundled,10k,100k]
 *
 * Benchmarks the answer engine on the bundled data and on synthetic knowledge bases of 10,000 and
 * 100,000 line items (generated once into .bench/, deterministic, the bundled document included):
 * cold start (a fresh `node` on compiled JS: spawn → first answer printed, median of --runs), load and
 * engine/index build, answer and autocomplete latency p50/p95/p99, peak RSS, and fuse.js alone over
 * the same search docs for comparison. Each knowledge base is measured in its own child process.
 * Prints a table; --json FILE writes the same figures. --quick skips the 100,000-item tier.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { TierResult } from '../bench/measure.js';

const SELF = fileURLToPath(import.meta.url);
const COLD = fileURLToPath(new URL('../bench/cold.js', import.meta.url));

interface Tier {
  name: string;
  items: number | null;
  dir: string;
  coldRuns: number;
  fuseQueries: number;
}

const TIERS: Tier[] = [
  { name: 'bundled', items: null, dir: 'data', coldRuns: 5, fuseQueries: 60 },
  { name: '10k', items: 10_000, dir: '.bench/kb-10000', coldRuns: 5, fuseQueries: 40 },
  { name: '100k', items: 100_000, dir: '.bench/kb-100000', coldRuns: 3, fuseQueries: 20 },
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

function child(tier: Tier, questions: number): Promise<TierResult> {
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
        '--fuse',
        String(tier.fuseQueries),
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

export function table(rows: Row[]): string {
  const lines: [string, (r: Row) => string][] = [
    ['datasets', (r) => String(r.datasets)],
    ['line items', (r) => r.lineItems.toLocaleString('en-US')],
    ['search docs', (r) => r.searchDocs.toLocaleString('en-US')],
    ['cold start (median)', (r) => `${ms(r.coldStart.median)} (n=${r.coldStart.runs.length})`],
    ['load (read + validate)', (r) => ms(r.load)],
    ['engine build', (r) => ms(r.engineBuild)],
    ['  audits + entities', (r) => ms(r.buildTimes.audit + r.buildTimes.entities)],
    ['  search index', (r) => ms(r.buildTimes.index)],
    ['answer p50/p95/p99', (r) => trio(r.answer)],
    ['  asked again', (r) => trio(r.answerAgain)],
    ['  questions', (r) => String(r.answer.n)],
    ['autocomplete p50/p95/p99', (r) => trio(r.autocomplete)],
    ['peak RSS', (r) => `${r.peakRssMb.toFixed(0)} MB`],
    ['search: fuse.js alone p50/p95', (r) => `${f1(r.fuse.fuseAlone.p50)} / ${f1(r.fuse.fuseAlone.p95)} ms`],
    ['  index, all datasets', (r) => `${f1(r.fuse.index.p50)} / ${f1(r.fuse.index.p95)} ms`],
    ['  index, one dataset', (r) => `${f1(r.fuse.scoped.p50)} / ${f1(r.fuse.scoped.p95)} ms`],
    ['speed-up p50 (p95): all', (r) => `${r.fuse.speedupP50.toFixed(0)}× (${r.fuse.speedupP95.toFixed(0)}×)`],
    [
      '                    one',
      (r) => `${r.fuse.scopedSpeedupP50.toFixed(0)}× (${r.fuse.scopedSpeedupP95.toFixed(0)}×)`,
    ],
    ['same top-1 as fuse.js', (r) => `${(r.fuse.sameTop1 * 100).toFixed(0)}% of ${r.fuse.queries}`],
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
      fuse: { type: 'string' },
      quick: { type: 'boolean' },
      json: { type: 'string' },
      runs: { type: 'string' },
      tiers: { type: 'string' },
    },
  });
  const questions = Number.parseInt(values.questions ?? '300', 10);
  if (values.child) {
    const { measureTier } = await import('../bench/measure.js');
    const r = measureTier({
      tier: values.child,
      dir: values.dir ?? 'data',
      questions,
      autocomplete: 300,
      fuseQueries: Number.parseInt(values.fuse ?? '40', 10),
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
    const r = await child(tier, questions);
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
