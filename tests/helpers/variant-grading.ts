/**
 * Runs one variant of tests/helpers/private-variants.ts through the import command as staff run it
 * (src/import/run.ts: exit code, messages, the folder written or not) and, when it imports, asks its
 * questions through the engine over the written dataset. Grading:
 *  - right: the answer's first figure states the expected value (and any further expected figure is
 *    among its figures), every figure traced to source.txt by the independent oracle;
 *  - miss: no figure presented (not found, a choice list) — or, for a question whose subject is not in
 *    the document, any non-answer is right;
 *  - wrong: figures presented that are not the expected ones, or that the oracle cannot trace.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../src/core/answer/engine.js';
import type { Answer, Figure } from '../../src/core/answer/types.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { Money } from '../../src/core/money.js';
import { runImport } from '../../src/import/run.js';
import { untraced } from './trace.js';
import type { Question, Variant } from './private-variants.js';

export type Verdict = 'right' | 'miss' | 'wrong';

export interface QuestionResult {
  q: string;
  want: string | null;
  verdict: Verdict;
  got: string;
}

export interface VariantResult {
  name: string;
  expect: Variant['expect'];
  exit: number;
  stdout: string;
  stderr: string;
  /** Did it import or refuse as it should (exit code, files, messages) */
  asExpected: boolean;
  why: string[];
  dir: string;
  questions: QuestionResult[];
}

const NON_ANSWERS = new Set(['not_found', 'out_of_scope', 'ambiguous', 'help', 'empty']);

function wanted(text: string): { value: Money; unit: string } {
  const m = /^(-?[\d.]+) (元|万元|人|项)$/.exec(text);
  if (!m) throw new Error(`expected figure not understood: ${text}`);
  return { value: new Money(m[1]!), unit: m[2]! };
}
const states = (f: Figure, w: { value: Money; unit: string }) => f.unit === w.unit && f.value.equals(w.value);
const show = (a: Answer) =>
  `${a.kind} | ${a.title} | ${a.figures
    .slice(0, 3)
    .map((f) => `${f.label}=${f.value.toFixed(2)}${f.unit}`)
    .join('; ')}`;

export function gradeAnswer(a: Answer, q: Question, datasets: readonly { dir: string }[]): Verdict {
  const presents = !NON_ANSWERS.has(a.kind) && a.figures.length > 0;
  if (q.want === null) return presents ? 'wrong' : 'right';
  if (!presents) return 'miss';
  if (a.figures.some((f) => untraced(f, datasets) !== null)) return 'wrong';
  const first = a.figures[0]!;
  if (!states(first, wanted(q.want))) return 'wrong';
  if (q.also && !a.figures.some((f) => states(f, wanted(q.also!)))) return 'wrong';
  return 'right';
}

/** Import the variant into `root` (an existing dataset placed there first must survive a refusal). */
export function runVariant(v: Variant, root: string): VariantResult {
  mkdirSync(root, { recursive: true });
  const file = join(root, `${v.name}.txt`);
  writeFileSync(file, v.bytes);
  const kb = join(root, 'kb');
  const dir = join(kb, 'ds');
  const sentinel = join(dir, 'dataset.json');
  mkdirSync(kb, { recursive: true });
  if (v.expect === 'refuse') {
    // an existing dataset at the destination: a refusal must leave it as it was
    mkdirSync(dir, { recursive: true });
    writeFileSync(sentinel, '{"existing":true}\n');
  }
  const out: string[] = [];
  const err: string[] = [];
  const exit = runImport([file, '--out', dir], {
    log: (m) => out.push(m),
    warn: (m) => err.push(m),
    error: (m) => err.push(m),
  });
  const stdout = out.join('\n');
  const stderr = err.join('\n');
  const why: string[] = [];
  const leftovers = readdirSync(kb).filter((f) => f.startsWith('.'));
  if (leftovers.length > 0) why.push(`temporary folders left: ${leftovers.join(', ')}`);
  const questions: QuestionResult[] = [];
  if (v.expect === 'refuse') {
    if (exit === 0) why.push('exit 0');
    if (readFileSync(sentinel, 'utf8') !== '{"existing":true}\n' || readdirSync(dir).length !== 1)
      why.push('the existing dataset was changed');
    for (const re of v.names ?? []) if (!re.test(stderr)) why.push(`message does not name ${re}`);
  } else {
    if (exit !== 0) why.push(`exit ${exit}: ${stderr.slice(0, 300)}`);
    if (/warning|注意/.test(stderr)) why.push(`warnings: ${stderr.slice(0, 300)}`);
    if (exit === 0 && existsSync(sentinel)) {
      const kbase = loadKnowledgeBase(kb);
      const ds = kbase.datasets[0]!;
      if (v.department && ds.meta.department !== v.department) why.push(`department ${ds.meta.department}`);
      if (v.fiscalYear && ds.meta.fiscalYear !== v.fiscalYear) why.push(`year ${ds.meta.fiscalYear}`);
      const enc = ds.meta.sourceEncoding ?? 'UTF-8';
      if (v.encoding && enc !== (v.encoding.startsWith('UTF-8') ? 'UTF-8' : v.encoding))
        why.push(`encoding ${enc}`);
      if (ds.meta.partial) why.push('marked partial');
      const engine = createEngine(kbase);
      for (const q of v.questions ?? []) {
        let a: Answer;
        try {
          a = engine.answer(q.q);
        } catch (e) {
          // the adapters show a generic line: no figure, but a failure to report
          questions.push({ q: q.q, want: q.want, verdict: 'miss', got: `throws: ${(e as Error).message}` });
          continue;
        }
        const verdict = gradeAnswer(a, q, [{ dir }]);
        const untrace = a.figures.map((f) => untraced(f, [{ dir }])).find((x) => x !== null);
        questions.push({
          q: q.q,
          want: q.want,
          verdict,
          got: show(a) + (untrace ? ` [untraced: ${untrace}]` : ''),
        });
      }
    }
  }
  return {
    name: v.name,
    expect: v.expect,
    exit,
    stdout,
    stderr,
    asExpected: why.length === 0,
    why,
    dir,
    questions,
  };
}
