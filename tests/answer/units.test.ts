/**
 * No answer mixes units: every answer to every question of the evaluation corpus (dev and held-out,
 * questions and dialogue turns) and to the staff questions of the benchmark is scanned. Every figure
 * must trace through the independent oracle (which refuses sums, differences and shares across units),
 * shares must lie within 0–1000% and changes within −100–1000%, and no percentage written in the text
 * may exceed 1000%.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Figure } from '../../src/core/answer/types.js';
import { STAFF_QUESTIONS } from '../../src/bench/questions.js';
import { Conversations, converse } from '../../src/core/conversation.js';
import { realEngine } from '../helpers/engine.js';
import { untraced } from '../helpers/trace.js';

const engine = realEngine();
const datasets = engine.loaded.map((l) => l.ds);

/** Every question of the corpus, dialogues as sequences (a follow-up is asked after its turn). */
function corpus(): string[][] {
  const out: string[][] = [];
  for (const part of ['dev', 'heldout'])
    for (const name of readdirSync(join('eval', part)).filter((n) => n.endsWith('.jsonl')))
      for (const line of readFileSync(join('eval', part, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { question?: string; turns?: { question: string }[] };
        out.push(item.turns ? item.turns.map((t) => t.question) : [item.question!]);
      }
  return out;
}

function* allFigures(figures: readonly Figure[]): Generator<Figure> {
  for (const f of figures) {
    yield f;
    if (f.computation) yield* allFigures(f.computation.inputs);
  }
}

/** Reasons an answer mixes units or states an absurd percentage; empty when it does not. */
function unitProblems(a: Answer): string[] {
  const problems: string[] = [];
  for (const f of allFigures(a.figures)) {
    const op = f.computation?.op;
    if (op === 'percent' && (f.value.isNegative() || f.value.greaterThan(1000)))
      problems.push(`${f.label}: share ${f.value.toFixed(2)}% outside 0–1000%`);
    if (op === 'change_percent' && (f.value.lessThan(-100) || f.value.greaterThan(1000)))
      problems.push(`${f.label}: change ${f.value.toFixed(2)}% outside −100–1000%`);
  }
  for (const f of a.figures) {
    const r = untraced(f, datasets);
    if (r) problems.push(r);
  }
  for (const m of [a.title, ...a.lines].join('\n').matchAll(/(\d[\d,]*(?:\.\d+)?)\s*%/g))
    if (Number(m[1]!.replace(/,/g, '')) > 1000) problems.push(`text states ${m[0]}`);
  return problems;
}

describe('no answer mixes units', () => {
  it('holds for every answer to the evaluation corpus (650 questions, 60 dialogues)', () => {
    const sequences = corpus();
    expect(sequences.length).toBeGreaterThanOrEqual(700);
    const bad: string[] = [];
    sequences.forEach((turns, i) => {
      const conversations = new Conversations();
      for (const q of turns) {
        const a = converse(engine, conversations, { user: 'u', channel: String(i) }, q);
        for (const p of unitProblems(a)) bad.push(`${q} → ${p}`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('holds for every staff question of the benchmark', () => {
    expect(STAFF_QUESTIONS.length).toBeGreaterThan(60);
    const bad = STAFF_QUESTIONS.flatMap((q) => unitProblems(engine.answer(q)).map((p) => `${q} → ${p}`));
    expect(bad).toEqual([]);
  });

  it('catches the 10,000× share if it came back (a share of 8,322.36 万元 over a 元 whole)', () => {
    const a = engine.answer('绩效目标占项目支出多少');
    const part = a.figures.find((f) => f.unit === '万元')!;
    const whole = a.figures.find((f) => f.unit === '元')!;
    const bug: Figure = {
      label: '未换算的占比',
      value: part.value.dividedBy(whole.value).times(100),
      unit: '%',
      derivation: 'part ÷ whole × 100',
      computation: { op: 'percent', inputs: [part, whole] },
    };
    expect(unitProblems({ ...a, figures: [bug] })).toEqual([
      expect.stringMatching(/different units: 万元 ÷ 元/),
    ]);
  });
});
