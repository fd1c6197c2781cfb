import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import type { Answer } from '../../src/core/answer/types.js';
import { CONTEXT_TTL_MS, Conversations, converse } from '../../src/core/conversation.js';
import { EngineError, type Engine } from '../../src/core/engine.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { realEngine } from '../helpers/engine.js';
import { untraced } from '../helpers/trace.js';

const engine = realEngine();

/** Every question and dialogue turn of the evaluation corpus (eval/<part>/*.jsonl). */
function corpusQuestions(): string[] {
  const root = fileURLToPath(new URL('../../eval/', import.meta.url));
  const out: string[] = [];
  for (const part of readdirSync(root).sort())
    for (const file of readdirSync(join(root, part))
      .filter((f) => f.endsWith('.jsonl'))
      .sort())
      for (const line of readFileSync(join(root, part, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { question?: string; turns?: { question: string }[] };
        for (const t of item.turns ?? [item]) if (t.question) out.push(t.question);
      }
  return out;
}
const datasets = engine.loaded.map((l) => l.ds);

const WORDS = [
  '公务接待费',
  '三公',
  '比去年',
  '占多少',
  '最大的',
  '30217',
  '2010301',
  '表六',
  '什么是',
  '构成',
  '按经济分类',
  '机要',
  'gwjdf',
  '谁负责',
  '对吗',
  '2021年',
  '东城区',
  '呢',
  '？',
  '第二个',
];

/** Strings staff and mischief produce: domain words glued with noise, markdown, mentions, emoji, controls. */
const question = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((xs) => xs.join('')),
  fc.constantFrom(
    '',
    ' ',
    '\u0000\u0007\u001b[31m',
    '@everyone 三公多少',
    '<@123456789012345678> 公务接待费',
    '**粗体** `code` ||剧透|| [链接](https://example.com) # 标题',
    '😀😀😀 公务接待费 🎉',
    '\u202e公务接待费\u202c',
    'ｇｗｊｄｆ　公务接待费？',
    '公务接待费'.repeat(2000),
    'x'.repeat(10_000),
    'SELECT * FROM budget; DROP TABLE --',
    '../../etc/passwd',
    'NaN Infinity -0 1e309',
    '１２３４５',
  ),
);

function check(a: Answer): void {
  expect(a.title.length).toBeLessThanOrEqual(121);
  expect(a.lines.length).toBeLessThanOrEqual(40);
  for (const l of a.lines) expect([...l].length).toBeLessThanOrEqual(401);
  expect(a.figures.length).toBeLessThanOrEqual(40);
  expect(a.suggestions.length).toBeLessThanOrEqual(5);
  expect(a.sources.length).toBeLessThanOrEqual(30);
  for (const f of a.figures) expect(untraced(f, datasets)).toBeNull();
}

/** The property itself, run (not asserted) so a test can show it fails on a broken build. */
function answersEveryString(e: Engine, numRuns: number, seed: number) {
  return fc.check(
    fc.property(question, (q) => {
      check(e.answer(q));
    }),
    { numRuns, seed },
  );
}

/** The real engine with one answer path replaced by one that throws: the bug the property must catch. */
function brokenBuild(method: 'lookup' | 'notFound'): Engine {
  const broken = createEngine(loadKnowledgeBase('data'));
  Object.assign(broken, {
    [method]: () => {
      throw new Error(`injected failure in ${method}`);
    },
  });
  return broken;
}

describe('answer engine on any input', () => {
  it('answers every string without throwing, within bounds, every figure traced', () => {
    const run = answersEveryString(engine, 400, 20201);
    expect(run.failed, fc.defaultReportMessage(run)).toBe(false);
  });

  it.each(['lookup', 'notFound'] as const)(
    'fails, naming the question and the bug, when the %s path throws (a deliberately broken build)',
    (method) => {
      const run = answersEveryString(brokenBuild(method), 400, 20201);
      expect(run.failed).toBe(true);
      expect(run.errorInstance).toBeInstanceOf(EngineError);
      expect(String((run.errorInstance as EngineError).cause)).toContain(`injected failure in ${method}`);
      expect(typeof (run.errorInstance as EngineError).context.question).toBe('string');
    },
  );

  it('treats a follow-up with any previous subject the same way', () => {
    const previous = engine.answer('公务接待费多少').subject!;
    fc.assert(
      fc.property(question, (q) => {
        check(engine.answer(q, { previous }));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('answers any run of the corpus’s questions asked one after another in one conversation', () => {
    // (Every follow-up reading sees every kind of subject before it: the crash of 项目支出增幅多少 →
    // 加总核一下, a code carried over with no part named, was found this way.)
    const asked = corpusQuestions();
    const turn = fc.nat({ max: asked.length - 1 }).map((i) => asked[i]!);
    fc.assert(
      fc.property(fc.array(turn, { minLength: 2, maxLength: 5 }), (qs) => {
        const c = new Conversations(CONTEXT_TTL_MS, () => 0);
        for (const q of qs) check(converse(engine, c, { user: 'u', channel: 'c' }, q));
      }),
      { numRuns: 400, seed: 2026 },
    );
    const c = new Conversations(CONTEXT_TTL_MS, () => 0);
    for (const q of [
      '其他政府办公厅（室）及相关机构事务支出一共多少',
      '分别是',
      '项目支出增幅多少',
      '加总核一下',
    ])
      check(converse(engine, c, { user: 'u', channel: 'c' }, q));
  });

  it('is deterministic: the same question gives the same answer', () => {
    for (const q of ['三公比去年涨了多少', '最大的几个项目', '按经济分类', '无线网络租赁费']) {
      expect(JSON.stringify(engine.answer(q))).toBe(JSON.stringify(engine.answer(q)));
    }
  });

  it('autocomplete never throws and keeps Discord limits for any string', () => {
    fc.assert(
      fc.property(question, (q) => {
        const choices = engine.autocomplete(q);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect([...c.name].length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
          expect(c.name.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  it('a garbage question states no figure', () => {
    for (const q of ['x'.repeat(10_000), '😀😀😀', '@everyone', 'asdfgh qwerty'])
      expect(engine.answer(q).figures).toEqual([]);
  });
});
