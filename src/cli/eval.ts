/**
 * npm run eval [-- --heldout | --all | --part NAME…] [--misses] [--json] [--data DIR]
 *
 * Asks every question of the evaluation corpus (eval/dev/*.jsonl; eval/heldout/*.jsonl with --heldout;
 * eval/NAME/*.jsonl with --part NAME)
 * and every dialogue (a fresh conversation each), grades each answer against the figures written from
 * the source document, and prints right / miss / wrong per kind, follow-up turns, and the misses
 * (dev: always; held-out: only with --misses). A wrong answer (a figure presented that is not the
 * expected one) is the worst outcome and is listed first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../core/answer/engine.js';
import type { Answer } from '../core/answer/types.js';
import { Conversations, converse } from '../core/conversation.js';
import type { Engine } from '../core/engine.js';
import {
  DialogueItemSchema,
  grade,
  QuestionItemSchema,
  type DialogueItem,
  type Expect,
  type QuestionItem,
  type Verdict,
} from '../eval/grade.js';
import { dataDirFrom, loadOrReport } from './load.js';

interface Outcome {
  id: string;
  kind: string;
  question: string;
  verdict: Verdict;
  missing: string[];
  answer: string;
  followUp: boolean;
}

function readItems(dir: string): { questions: QuestionItem[]; dialogues: DialogueItem[] } {
  const questions: QuestionItem[] = [];
  const dialogues: DialogueItem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const raw: unknown = JSON.parse(line);
        const d = DialogueItemSchema.safeParse(raw);
        if (d.success) return void dialogues.push(d.data);
        const q = QuestionItemSchema.safeParse(raw);
        if (!q.success)
          throw new Error(`${join(dir, name)}:${i + 1}: ${q.error.issues[0]?.message ?? 'bad item'}`);
        questions.push(q.data);
      });
  }
  return { questions, dialogues };
}

function summary(a: Answer): string {
  return `[${a.kind}] ${a.title} | ${a.lines.slice(0, 3).join(' / ')}`.slice(0, 240);
}

/** Asks, and treats a thrown bug as a wrong answer (it is reported, never hidden). */
function ask(run: () => Answer): Answer | Error {
  try {
    return run();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function judge(
  id: string,
  kind: string,
  question: string,
  got: Answer | Error,
  expect: Expect,
  followUp: boolean,
): Outcome {
  if (got instanceof Error)
    return {
      id,
      kind,
      question,
      verdict: 'wrong',
      missing: ['(exception)'],
      answer: `ERROR ${got.message}`,
      followUp,
    };
  const g = grade(got, expect);
  return { id, kind, question, verdict: g.verdict, missing: g.missing, answer: summary(got), followUp };
}

export function evaluate(engine: Engine, dir: string): Outcome[] {
  const { questions, dialogues } = readItems(dir);
  const out: Outcome[] = [];
  for (const q of questions)
    out.push(
      judge(
        q.id,
        q.kind,
        q.question,
        ask(() => engine.answer(q.question)),
        q.expect,
        false,
      ),
    );
  for (const d of dialogues) {
    const conversations = new Conversations();
    d.turns.forEach((t, i) => {
      const got = ask(() => converse(engine, conversations, { user: 'eval', channel: d.id }, t.question));
      out.push(judge(`${d.id}#${i + 1}`, 'dialogue', t.question, got, t.expect, i > 0));
    });
  }
  return out;
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((n * 100) / d).toFixed(1)}%`;
}

function table(outcomes: Outcome[], title: string): string[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind))].sort();
  const rows = kinds.map((k) => {
    const os = outcomes.filter((o) => o.kind === k);
    const c = (v: Verdict) => os.filter((o) => o.verdict === v).length;
    return [
      k,
      String(os.length),
      String(c('right')),
      String(c('miss')),
      String(c('wrong')),
      pct(c('right'), os.length),
    ];
  });
  const all = outcomes.filter((o) => o.kind !== 'dialogue');
  const c = (v: Verdict, os: Outcome[]) => os.filter((o) => o.verdict === v).length;
  const follow = outcomes.filter((o) => o.followUp);
  rows.push([
    'questions (all kinds)',
    String(all.length),
    String(c('right', all)),
    String(c('miss', all)),
    String(c('wrong', all)),
    pct(c('right', all), all.length),
  ]);
  rows.push([
    'follow-up turns',
    String(follow.length),
    String(c('right', follow)),
    String(c('miss', follow)),
    String(c('wrong', follow)),
    pct(c('right', follow), follow.length),
  ]);
  const head = ['kind', 'n', 'right', 'miss', 'wrong', 'right %'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((x, i) => x.padEnd(width[i]!)).join(' | ')} |`;
  return [`## ${title}`, line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      heldout: { type: 'boolean' },
      all: { type: 'boolean' },
      misses: { type: 'boolean' },
      json: { type: 'boolean' },
      data: { type: 'string' },
      eval: { type: 'string' },
      part: { type: 'string', multiple: true },
    },
  });
  const kb = loadOrReport(dataDirFrom(values.data));
  if (!kb) return 1;
  const engine = createEngine(kb);
  const root = values.eval ?? 'eval';
  const parts = values.part?.length
    ? values.part
    : values.all
      ? ['dev', 'heldout']
      : values.heldout
        ? ['heldout']
        : ['dev'];
  for (const part of parts) {
    const outcomes = evaluate(engine, join(root, part));
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ part, outcomes })}\n`);
      continue;
    }
    console.log(table(outcomes, `${part} (${outcomes.length} questions and turns)`).join('\n'));
    if (part === 'dev' || values.misses) {
      const bad = outcomes
        .filter((o) => o.verdict !== 'right')
        .sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'wrong' ? -1 : 1));
      console.log(`\n### ${part}: not right (${bad.length})`);
      for (const o of bad)
        console.log(
          `- ${o.verdict.toUpperCase()} ${o.id} [${o.kind}] ${o.question}\n    want ${o.missing.join('; ')}\n    got  ${o.answer}`,
        );
    }
    console.log('');
  }
  return 0;
}

process.exitCode = await main();
