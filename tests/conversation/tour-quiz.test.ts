import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { QUIZ_KINDS, QuizScores, quizQuestion, revealAnswer } from '../../src/core/answer/quiz.js';
import { tourLength, tourStep } from '../../src/core/answer/tour.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { formatYuan, Money } from '../../src/core/money.js';
import { importFixture2021 } from '../helpers/fixture.js';
import { realEngine } from '../helpers/engine.js';
import { untraced } from '../helpers/trace.js';

const engine = realEngine();
const datasets = engine.loaded.map((l) => l.ds);

describe('the guided tour', () => {
  const n = tourLength(engine);
  const steps = Array.from({ length: n }, (_, i) => tourStep(engine, undefined, i));

  it('walks the department, every one of the twelve tables, codes, 基本 vs 项目 and 三公', () => {
    expect(n).toBe(16);
    const titles = steps.map((s) => s.title);
    for (const t of [
      '表一',
      '表二',
      '表三',
      '表四',
      '表五',
      '表六',
      '表七',
      '表八',
      '表九',
      '表十 ',
      '表十一',
      '表十二',
    ])
      expect(
        titles.some((x) => x.includes(t)),
        t,
      ).toBe(true);
    expect(titles[13]).toMatch(/分类代码/);
    expect(titles[14]).toMatch(/基本支出与项目支出/);
    expect(titles[15]).toMatch(/三公/);
    steps.forEach((s, i) =>
      expect(s.step).toEqual({ kind: 'tour', datasetId: 'bjsxcqrmzfbgs-2020', index: i, total: 16 }),
    );
  });

  it('cites every figure of every step at its source', () => {
    for (const s of steps)
      for (const f of s.figures) expect(untraced(f, datasets), `${s.title}: ${f.label}`).toBeNull();
  });

  // Key figures per step, read off the source by hand.
  it.each([
    [1, ['124945150.26']],
    [3, ['124945150.26', '37536202.94', '87408947.32']],
    [6, ['37536202.9', '34686368.8', '2849834.1']],
    [7, ['47320.24', '26268.00']],
    [9, ['124945150.26', '22175821.60']],
    [11, ['12494.51', '3753.62', '8740.89']],
    [12, ['1610000', '1500000', '178.4']],
    [13, ['36804980.38', '25807805.04']],
    [15, ['47320.24', '26268.00', '21052.24']],
  ] as const)('step %i shows the table’s key figures', (i, values) => {
    for (const v of values)
      expect(
        steps[i]!.figures.some((f) => f.value.equals(v)),
        `${steps[i]!.title}: ${v}`,
      ).toBe(true);
  });

  it('says when a table is published empty (表八, 表十)', () => {
    expect(steps[8]!.lines.join('')).toMatch(/空表/);
    expect(steps[10]!.lines.join('')).toMatch(/空表/);
  });

  it('clamps out-of-range steps and answers free text “介绍一下这份预算” with step 1', () => {
    expect(tourStep(engine, undefined, 99).step!.index).toBe(15);
    expect(tourStep(engine, undefined, -3).step!.index).toBe(0);
    expect(engine.answer('介绍一下这份预算').step).toEqual({
      kind: 'tour',
      datasetId: 'bjsxcqrmzfbgs-2020',
      index: 0,
      total: 16,
    });
  });
});

function checkQuestions(e: ReturnType<typeof realEngine>, datasetId: string, seeds: number): Set<string> {
  const ds = e.find(datasetId)!.ds;
  const kinds = new Set<string>();
  for (let seed = 0; seed < seeds; seed++) {
    const q = quizQuestion(e, datasetId, seed)!;
    kinds.add(q.kind);
    expect(q.options).toHaveLength(4);
    expect(new Set(q.options).size, `${q.prompt} ${q.options}`).toBe(4);
    expect(q.correct).toBeGreaterThanOrEqual(0);
    expect(q.correct).toBeLessThan(4);
    if (q.figure) expect(untraced(q.figure, [ds])).toBeNull();
    const answer = q.options[q.correct]!;
    // Exactly one option is right, and it is the knowledge base's figure or name.
    if (q.kind === 'amount') {
      const name = /“(.+)”/.exec(q.prompt)![1]!;
      const items = ds.lineItems.filter((i) => i.name === name);
      expect(items.length).toBeGreaterThan(0);
      expect(answer).toBe(formatYuan(items[0]!.amount));
      const right = q.options.filter((o) => items.some((i) => formatYuan(i.amount) === o));
      expect(right).toEqual([answer]);
    } else if (q.kind === 'code') {
      const code = /代码 (\d+)/.exec(q.prompt)![1]!;
      expect(answer).toBe(ds.classifications.economic.find((c) => c.code === code)!.name);
      expect(
        q.options.filter((o) => ds.classifications.economic.some((c) => c.code === code && c.name === o)),
      ).toHaveLength(1);
    } else if (q.kind === 'functional') {
      const code = /代码 (\d+)/.exec(q.prompt)![1]!;
      expect(answer).toBe(ds.classifications.functional.find((c) => c.code === code)!.name);
    } else if (q.kind === 'largest') {
      const amount = (o: string) =>
        ds.lineItems.find((i) => i.name === o.replace(/…$/, '') || i.name.startsWith(o.replace(/…$/, '')))!
          .amount;
      const max = q.options.reduce((m, o) => (amount(o).greaterThan(amount(m)) ? o : m));
      expect(answer).toBe(max);
      expect(q.options.filter((o) => amount(o).equals(amount(max)))).toHaveLength(1);
    } else if (q.kind === 'direction') {
      const f = q.figure!;
      expect(['增加', '减少', '持平']).toContain(answer);
      expect(f.value).toBeInstanceOf(Money);
    } else if (q.kind === 'table') {
      expect(answer).toMatch(/^表[一二三四五六七八九十]+ /);
      expect(ds.tables.some((t) => answer.endsWith(t.title))).toBe(true);
    }
  }
  return kinds;
}

describe('practice quiz generated from the knowledge base', () => {
  it('generates every kind from the bundled data, each with exactly one correct option', () => {
    const kinds = checkQuestions(engine, 'bjsxcqrmzfbgs-2020', 60);
    expect([...kinds].sort()).toEqual([...QUIZ_KINDS].sort());
  });

  it('is deterministic: a seed always gives the same question', () => {
    expect(quizQuestion(engine, undefined, 42)).toEqual(quizQuestion(engine, undefined, 42));
  });

  describe('on a second dataset (fixture: another year)', () => {
    const dir = importFixture2021();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const e2 = createEngine(loadKnowledgeBase(dir));

    it('follows whatever budget is loaded', () => {
      const kinds = checkQuestions(e2, 'bjsxcqrmzfbgs-2021', 60);
      expect(kinds.size).toBe(QUIZ_KINDS.length);
    });
  });

  it('reveals the figure and keeps a per-user score, each question counted once', () => {
    const scores = new QuizScores();
    const q = quizQuestion(engine, undefined, 5)!;
    const wrong = (q.correct + 1) % 4;
    expect(scores.record('u1', q.id, false)).toEqual({ right: 0, asked: 1 });
    expect(scores.record('u1', q.id, true)).toEqual({ right: 0, asked: 1 });
    expect(scores.record('u2', q.id, true)).toEqual({ right: 1, asked: 1 });
    const a = revealAnswer(engine, q, wrong, scores.get('u1'));
    expect(a.title).toMatch(/答错了/);
    expect(a.lines.join('\n')).toMatch(/本轮得分：0\/1/);
    expect(revealAnswer(engine, q, q.correct).title).toMatch(/答对了/);
  });
});
