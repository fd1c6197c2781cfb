import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers/engine.js';
import {
  BREAKDOWNS,
  SANGONG_PARTS,
  TOTALS,
  choiceSubject,
  isEntityId,
  type Request,
} from '../../src/core/questions.js';

// A slash command's request is answered as a query over the real engine: no question is phrased.
// Figures from the source: 表三 总计 (line 821), 表七 (lines 1398–1417), 表九, the 三公 narrative (line 56).
describe('requests answered as queries', () => {
  const engine = realEngine();
  const first = (r: Request) => engine.ask(r).figures.map((f) => f.value.toFixed(2));

  it.each<[Request, string]>([
    [{ kind: 'total', total: 'basic' }, '37536202.94'],
    [{ kind: 'total', total: 'expenditure' }, '124945150.26'],
    [{ kind: 'sangong' }, '47320.24'],
    [{ kind: 'sangong', part: 'reception' }, '22320.24'],
    [{ kind: 'item', item: '机要运维' }, '22175821.60'],
    [{ kind: 'yoy', subject: '三公经费' }, '21052.24'],
    [{ kind: 'top', n: 3, scope: 'projects' }, '22175821.60'],
    [{ kind: 'code', code: '30217' }, '22320.24'],
  ])('%j answers with %s', (request, figure) => {
    expect(first(request)).toContain(figure);
  });

  it('records the query it answered, and says when a code is not in the data', () => {
    expect(engine.ask({ kind: 'top', n: 3, scope: 'projects' }).subject?.query).toMatchObject({
      op: 'rank',
      n: 3,
      noun: 'project',
    });
    expect(engine.ask({ kind: 'code', code: '39999' }).kind).toBe('not_found');
  });
});

describe('request helpers', () => {
  it.each([
    ['bjsxcqrmzfbgs-2020/item/30217-1', true],
    ['bjsxcqrmzfbgs-2020/functional/2010301', true],
    ['bjsxcqrmzfbgs-2020/glossary/机构运行经费', true],
    ['30217', false],
    ['基本/项目支出', false],
    ['公务接待费：多少', false],
    ['what is 30217/50206?', false],
  ])('isEntityId(%s) is %s', (value, expected) => {
    expect(isEntityId(value)).toBe(expected);
  });

  it.each([
    ['日常公用支出（在职人员）_公务接待费 · 22,320.24 元', '日常公用支出（在职人员）_公务接待费'],
    ['30217 公务接待费', '30217 公务接待费'],
    ['机构运行经费', '机构运行经费'],
  ])('choiceSubject(%s) is %s', (name, subject) => {
    expect(choiceSubject(name)).toBe(subject);
  });

  it('keeps every choice list within Discord limits (≤ 25 choices, unique values, names ≤ 100)', () => {
    for (const list of [TOTALS, BREAKDOWNS, SANGONG_PARTS]) {
      expect(list.length).toBeLessThanOrEqual(25);
      expect(new Set(list.map((c) => c.value)).size).toBe(list.length);
      for (const c of list) expect(`${c.zh} · ${c.en}`.length).toBeLessThanOrEqual(100);
    }
  });
});
