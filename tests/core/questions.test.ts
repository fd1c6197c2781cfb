import { describe, expect, it } from 'vitest';
import {
  BREAKDOWNS,
  SANGONG_PARTS,
  TOTALS,
  choiceSubject,
  isEntityId,
  toQuestion,
  type Request,
} from '../../src/core/questions.js';

describe('toQuestion', () => {
  it.each<[Request, string]>([
    [{ kind: 'ask', text: '公务接待费是多少' }, '公务接待费是多少'],
    [{ kind: 'item', item: 'bjsxcqrmzfbgs-2020/item/30217-1' }, 'bjsxcqrmzfbgs-2020/item/30217-1'],
    [{ kind: 'item', item: '机要运维' }, '机要运维'],
    [{ kind: 'total', total: 'basic' }, '基本支出是多少'],
    [{ kind: 'total', total: 'income' }, '收入合计是多少'],
    [{ kind: 'yoy', subject: '三公经费' }, '三公经费比去年增减多少'],
    [{ kind: 'sangong' }, '三公经费是多少'],
    [{ kind: 'sangong', part: 'reception' }, '公务接待费是多少'],
    [{ kind: 'breakdown', dimension: 'functional' }, '支出按功能分类的构成'],
    [{ kind: 'breakdown', dimension: 'personnel_public' }, '人员经费和公用经费各占多少'],
    [{ kind: 'top', n: 5 }, '金额最大的5项支出'],
    [{ kind: 'top', n: 3, scope: 'projects' }, '金额最大的3个项目'],
    [{ kind: 'top', n: 999 }, '金额最大的25项支出'],
    [{ kind: 'top', n: 0 }, '金额最大的1项支出'],
    [{ kind: 'code', code: '30217' }, '科目编码30217是什么'],
    [{ kind: 'code', code: 'bjsxcqrmzfbgs-2020/economic/30217' }, 'bjsxcqrmzfbgs-2020/economic/30217'],
    [{ kind: 'explain', term: '机构运行经费' }, '什么是机构运行经费'],
    [
      { kind: 'explain', term: 'bjsxcqrmzfbgs-2020/glossary/机构运行经费' },
      'bjsxcqrmzfbgs-2020/glossary/机构运行经费',
    ],
    [{ kind: 'audit' }, '预算数据有没有不一致的地方'],
    [{ kind: 'audit', topic: '三公' }, '三公的数据是否一致'],
  ])('%j → %s', (request, question) => {
    expect(toQuestion(request)).toBe(question);
  });

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
