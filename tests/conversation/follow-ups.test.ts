/**
 * Multi-turn conversations through the engine and the per-user, per-channel context. Expected figures
 * are read off the source document (data/bjsxcqrmzfbgs-2020/source.txt).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { CONTEXT_TTL_MS, Conversations, converse } from '../../src/core/conversation.js';
import { realEngine } from '../helpers/engine.js';
import { untraced } from '../helpers/trace.js';

const engine = realEngine();
const datasets = engine.loaded.map((l) => l.ds);

function chat(now = { t: 0 }) {
  const conversations = new Conversations(CONTEXT_TTL_MS, () => now.t);
  return {
    now,
    say(user: string, channel: string, q: string): Answer {
      const a = converse(engine, conversations, { user, channel }, q);
      for (const f of a.figures) expect(untraced(f, datasets), `${q}: ${f.label}`).toBeNull();
      return a;
    },
  };
}

const has = (a: Answer, v: string) => a.figures.some((f) => f.value.equals(v));
const text = (a: Answer) => [a.title, a.interpretation ?? '', ...a.lines].join('\n');

// [setup question, follow-up, expected figures, text in the interpretation/answer]
const PATTERNS: [string, string, string[], RegExp][] = [
  ['公务接待费多少', '那去年呢？', ['26268.00'], /按上文：公务接待费，2019年/],
  ['公务接待费多少', '去年呢', ['26268.00'], /2019年/],
  ['公务接待费多少', '2019年的呢', ['26268.00'], /按上文：公务接待费/],
  ['公务接待费多少', '比去年呢？', ['-3947.76'], /与2019年比较/],
  ['公务接待费多少', '为什么减少？', ['-3947.76'], /在职人员减少/],
  // 22,320.24 ÷ 124,945,150.26 = 0.0178…%
  // (A part of 三公 is a share of 三公, its natural whole: 22,320.24 ÷ 47,320.24 — 表七.)
  ['公务接待费多少', '占多少？', ['22320.24', '47320.24'], /47\.17%/],
  ['公务接待费多少', '出处？', [], /表七.*第 1402 行/s],
  ['公务接待费多少', '代码呢？', ['22320.24'], /30217/],
  ['三公经费多少', '构成呢？', ['22320.24', '25000.00', '47320.24'], /构成/],
  ['基本支出比去年变化多少', '那项目支出呢？', ['9875620.29'], /按上文：项目支出，与2019年比较/],
  [
    '项目支出是多少',
    '按经济分类呢？',
    ['60267753.52', '25742593.80', '1398600.00'],
    /项目支出按部门经济分类/,
  ],
  ['最大的几个项目', '第二个呢？', ['15619343.00'], /按上文第 2 项：2020年西城区软件正版化采购项目/],
  ['最大的几个项目', '第三个', ['11988577.66'], /机要信息中心以前年度尾款/],
  ['无线网络租赁费', '第一个呢', ['5750000.00'], /2019年无线网络租赁费/],
  ['30213', '明细呢？', ['22175821.60', '5750000.00', '30457621.60'], /维修（护）费 的明细/],
  ['科学技术支出是多少', '占多少', ['76411771.98'], /61\.16%/],
  ['谁负责绩效管理项目', '电话呢？', [], /88064058/],
  ['公务接待费多少', '那公用经费呢？', ['2849834.1'], /公用经费/],
];

describe('follow-up questions lean on the previous answer', () => {
  it(`covers at least 15 patterns (${PATTERNS.length})`, () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(PATTERNS)('%s → %s', (setup, follow, figures, pattern) => {
    const c = chat();
    c.say('u1', 'c1', setup);
    const a = c.say('u1', 'c1', follow);
    for (const v of figures)
      expect(has(a, v), `${follow}: ${v} in ${a.figures.map((f) => f.value.toString())}`).toBe(true);
    expect(text(a)).toMatch(pattern);
  });

  it('says what it took a follow-up to mean', () => {
    const c = chat();
    c.say('u1', 'c1', '公务接待费多少');
    expect(c.say('u1', 'c1', '那去年呢？').interpretation).toBe('按上文：公务接待费，2019年');
  });

  it('a new subject replaces the old one', () => {
    const c = chat();
    c.say('u1', 'c1', '公务接待费多少');
    c.say('u1', 'c1', '机要运维那个项目多少钱');
    const a = c.say('u1', 'c1', '占多少？');
    expect(has(a, '22175821.60')).toBe(true);
    expect(has(a, '22320.24')).toBe(false);
  });

  it('context expires after a few minutes', () => {
    const c = chat();
    c.say('u1', 'c1', '公务接待费多少');
    c.now.t += CONTEXT_TTL_MS + 1;
    const a = c.say('u1', 'c1', '那去年呢？');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toEqual([]);
    expect(text(a)).toMatch(/没有上文|已过期/);
  });

  it('context within the time limit survives an unanswerable question in between', () => {
    const c = chat();
    c.say('u1', 'c1', '公务接待费多少');
    c.now.t += 60_000;
    expect(c.say('u1', 'c1', '火星基地建设费').kind).toBe('not_found');
    expect(has(c.say('u1', 'c1', '那去年呢？'), '26268.00')).toBe(true);
  });

  it('two users interleaved in one channel keep their own subjects', () => {
    const c = chat();
    c.say('alice', 'finance', '公务接待费多少');
    c.say('bob', 'finance', '基本支出是多少');
    const bob = c.say('bob', 'finance', '那去年呢？');
    const alice = c.say('alice', 'finance', '那去年呢？');
    expect(has(alice, '26268.00')).toBe(true);
    expect(has(bob, '42033330.36')).toBe(true);
    expect(has(alice, '42033330.36')).toBe(false);
  });

  it('the same user in two channels has two contexts', () => {
    const c = chat();
    c.say('u1', 'c1', '公务接待费多少');
    c.say('u1', 'c2', '三公经费多少');
    expect(has(c.say('u1', 'c1', '去年呢'), '26268.00')).toBe(true);
    expect(
      c.say('u1', 'c2', '去年呢').figures.some((f) => f.value.equals('26268.00') && /三公/.test(f.label)),
    ).toBe(true);
  });

  it('a user with no context gets a clear request for the subject, not a guess', () => {
    const c = chat();
    const a = c.say('nobody', 'c9', '占多少？');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toEqual([]);
  });
});
