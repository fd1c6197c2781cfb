/**
 * The query stage on the bundled document: what a question is taken to ask (asserted on the Query, not
 * on wording), follow-ups as merged queries, and the new operations' answers with figures read off the
 * source (表七 lines 1398–1417, 表九, 表三).
 */
import { describe, expect, it } from 'vitest';
import { Conversations, converse } from '../../src/core/conversation.js';
import { describeQuery, mergeQuery, type Query } from '../../src/core/understand/query.js';
import { understand } from '../../src/core/understand/understand.js';
import { realEngine } from '../helpers/engine.js';
import type { UnderstandContext } from '../../src/core/understand/understand.js';

const engine = realEngine();
const DS = 'bjsxcqrmzfbgs-2020';
const ctx = (engine as unknown as { understandContext(l: unknown): UnderstandContext }).understandContext(
  engine.loaded[0],
);
const query = (q: string) => understand(ctx, q).partial.query;
const ids = (q: Query) => q.subjects.map((s) => s.id.replace(`${DS}/`, ''));

describe('questions as queries', () => {
  it.each([
    ['公务接待费多少', { op: 'value', subjects: ['topic/sangong.reception'], time: 'current' }],
    ['公务接待费去年多少', { op: 'value', subjects: ['topic/sangong.reception'], time: 'previous' }],
    ['三公比去年涨了多少', { op: 'change', subjects: ['topic/sangong'] }],
    ['三公增幅是百分之几', { op: 'change', subjects: ['topic/sangong'], percent: true }],
    ['科学技术支出占多少', { op: 'share', subjects: ['functional/206'] }],
    ['公务接待费多少万', { op: 'value', unit: '万元' }],
    ['30217是什么', { op: 'definition', subjects: ['economic/30217'] }],
    ['行政运行的科目编码', { op: 'code', subjects: ['functional/2010301'] }],
    ['公务接待费和差旅费分别多少', { op: 'value', combine: 'each' }],
    ['公务接待费加差旅费一共多少', { op: 'value', combine: 'sum' }],
    ['公务接待费和公务用车运行维护费哪个多', { op: 'value', combine: 'compare' }],
    ['最大的几个项目', { op: 'rank', order: 'desc', noun: 'project' }],
    ['三公里哪个最少', { op: 'rank', order: 'asc', scope: 'topic/sangong' }],
    ['第二大的类是什么', { op: 'rank', nth: 2, level: '类' }],
    ['超过100万的项目有几个', { op: 'find_by_amount' }],
  ] as const)('%s', (q, want) => {
    const got = query(q);
    expect(got.op).toBe(want.op);
    if ('subjects' in want) expect(ids(got)).toEqual(want.subjects);
    if ('time' in want) expect(got.time).toBe(want.time);
    if ('percent' in want) expect(got.percent).toBe(want.percent);
    if ('unit' in want) expect(got.unit).toBe(want.unit);
    if ('combine' in want) expect(got.combine).toBe(want.combine);
    if ('order' in want) expect(got.order).toBe(want.order);
    if ('noun' in want) expect(got.noun).toBe(want.noun);
    if ('nth' in want) expect(got.nth).toBe(want.nth);
    if ('level' in want) expect(got.level).toBe(want.level);
    if ('scope' in want) expect(got.scope?.id).toBe(`${DS}/${want.scope}`);
  });

  it('takes X 占 Y as the share of X in Y (Y the whole)', () => {
    const q = query('公务接待费占三公多少');
    expect(ids(q)).toEqual(['topic/sangong.reception']);
    expect(q.whole?.id).toBe(`${DS}/topic/sangong`);
  });

  it('prints a query in Chinese', () => {
    expect(describeQuery(query('三公比去年涨了多少'))).toBe('理解为：“三公”经费 · 与上年比较');
    expect(describeQuery(query('公务接待费多少万'))).toBe('理解为：公务接待费 · 金额 · 万元');
  });
});

describe('follow-ups merge into the previous query', () => {
  const previous = query('公务接待费多少');
  const merge = (q: string) => mergeQuery(previous, understand(ctx, q).partial);

  it.each([
    ['那去年呢', { op: 'value', time: 'previous', subjects: ['topic/sangong.reception'] }],
    ['比去年呢', { op: 'change', subjects: ['topic/sangong.reception'] }],
    ['占三公多少', { op: 'share', subjects: ['topic/sangong.reception'], whole: 'topic/sangong' }],
    ['换成万元', { op: 'value', unit: '万元', subjects: ['topic/sangong.reception'] }],
    ['代码呢', { op: 'code', subjects: ['topic/sangong.reception'] }],
  ] as const)('%s', (q, want) => {
    const got = merge(q);
    expect(got.op).toBe(want.op);
    expect(ids(got)).toEqual(want.subjects);
    if ('time' in want) expect(got.time).toBe(want.time);
    if ('unit' in want) expect(got.unit).toBe(want.unit);
    if ('whole' in want) expect(got.whole?.id).toBe(`${DS}/${want.whole}`);
  });

  it('keeps the question and replaces the subject: 三公比去年涨了多少 → 那公务接待费呢', () => {
    const got = mergeQuery(query('三公比去年涨了多少'), understand(ctx, '那公务接待费呢').partial);
    expect(got.op).toBe('change');
    expect(ids(got)).toEqual(['topic/sangong.reception']);
  });
});

describe('answers to the new operations (figures from the source)', () => {
  const values = (q: string) => engine.answer(q).figures.map((f) => f.value.toFixed(2));

  it('several subjects, each: 机要运维 22,175,821.60 and 软件正版化 15,619,343.00 (表九)', () => {
    expect(values('机要运维和软件正版化分别多少')).toEqual(
      expect.arrayContaining(['22175821.60', '15619343.00']),
    );
  });

  it('a sum: 公务接待费 22,320.24 + 差旅费 129,960.00 = 152,280.24', () => {
    expect(values('公务接待费加差旅费一共多少')).toContain('152280.24');
  });

  it('a comparison: 公务用车运行维护费 25,000.00 − 公务接待费 22,320.24 = 2,679.76', () => {
    const a = engine.answer('公务接待费和公务用车运行维护费哪个多');
    expect(a.figures.map((f) => f.value.toFixed(2))).toContain('-2679.76');
    expect(a.lines.join('\n')).toContain('公务用车运行维护费更多，多 2,679.76 元');
  });

  it('a ranking within 三公: 公务用车购置及运行维护费 25,000.00 is the largest part (表七 1407–1413)', () => {
    const a = engine.answer('三公里哪个最多');
    expect(a.kind).toBe('ranking');
    expect(a.lines[1]).toContain('公务用车购置及运行维护费：25,000.00 元');
  });

  it('the smallest project under 201: 政府办更新、新购办公设备 1,778.00 (表九)', () => {
    expect(engine.answer('201下面的项目最便宜的是哪个').lines[1]).toContain('1,778.00 元');
  });

  it('a count of items by amount: 3 projects above 一千万 (22,175,821.60; 15,619,343.00; 11,988,577.66)', () => {
    const a = engine.answer('超过一千万的项目有几个');
    expect(a.figures[0]?.value.toFixed(0)).toBe('3');
    expect(a.figures[0]?.unit).toBe('项');
  });

  it('an item that does not exist is not found — never another item’s figure', () => {
    const a = engine.answer('办公楼装修改造项目预算多少');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toEqual([]);
  });

  it('a dialogue: 公务接待费多少 → 占三公多少 → 47.17% (22,320.24 ÷ 47,320.24)', () => {
    const c = new Conversations();
    converse(engine, c, { user: 'u', channel: 'c' }, '公务接待费多少');
    const a = converse(engine, c, { user: 'u', channel: 'c' }, '占三公多少');
    expect(a.figures.find((f) => f.unit === '%')?.value.toFixed(2)).toBe('47.17');
  });

  it('a fact the narrative states is a part of its topic: 行政编制 74 of 实有 116 = 63.79%; 通用设备 13,870 of 15,753.22 万元 = 88.05% (说明 lines 27, 84)', () => {
    const pct = (q: string) =>
      engine
        .answer(q)
        .figures.find((f) => f.unit === '%')
        ?.value.toFixed(2);
    expect(pct('行政编制占编制总数多少')).toBe('63.79');
    expect(pct('通用设备占固定资产的比例是多少')).toBe('88.05');
  });

  it('a word glued to a name is not taken into it (项目支出比19年 is 项目支出 against 2019: +9,875,620.29)', () => {
    const a = engine.answer('项目支出比19年增加了多少');
    expect(a.figures.map((f) => f.value.toFixed(2))).toContain('9875620.29');
  });

  it('a dialogue over two turns: 30217是啥 → 那30231呢 → 这俩加起来 = 22,320.24 + 25,000.00 = 47,320.24 (表九)', () => {
    const c = new Conversations();
    const say = (q: string) => converse(engine, c, { user: 'u', channel: 'two' }, q);
    say('30217是啥');
    say('那30231呢');
    expect(say('这俩加起来多少钱').figures.map((f) => f.value.toFixed(2))).toContain('47320.24');
  });
});
