/**
 * A sum never counts one sum of money twice: a whole named beside its own parts is not added to them (the
 * parts are added and set against it), and two things that list the same 表九 lines under different
 * classifications are not added at all. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt
 * (line numbers below); sums worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ask, dialogue, text } from '../helpers/asking.js';

describe('a whole named beside its parts', () => {
  it('住房改革支出、住房公积金和购房补贴加起来: 2,602,570.80 (L539) + 1,862,064.00 (L552) = 4,464,634.80, equal to 22102 (L526) — never 8,929,269.60', () => {
    const a = ask('住房改革支出、住房公积金和购房补贴加起来多少');
    expect(new Decimal('2602570.80').plus('1862064.00').toFixed(2)).toBe('4464634.80');
    expect(text(a)).toMatch(/住房改革支出已包含.*住房公积金、购房补贴，不重复相加/);
    expect(text(a)).toMatch(/住房公积金 \+ 购房补贴 合计：4,464,634\.80 元/);
    expect(text(a)).toMatch(/与住房改革支出的 4,464,634\.80 元.*相等/);
    // (The double count: 4,464,634.80 + 2,602,570.80 + 1,862,064.00.)
    expect(new Decimal('4464634.80').plus('2602570.80').plus('1862064.00').toFixed(2)).toBe('8929269.60');
    expect(text(a)).not.toMatch(/8,929,269\.60/);
  });

  it('across classifications: 30113 住房公积金 is within 221 住房保障支出 by its lines (221: L139), so 221 + 30113 is never 7,067,205.60', () => {
    const a = ask('住房保障那块公积金加购房补贴合计多少，和221类总数对得上不');
    expect(text(a)).toMatch(/住房保障支出已包含住房公积金、购房补贴/);
    expect(text(a)).toMatch(/合计：4,464,634\.80 元/);
    expect(new Decimal('4464634.80').plus('2602570.80').toFixed(2)).toBe('7067205.60');
    expect(text(a)).not.toMatch(/7,067,205\.60/);
  });

  it('一般公共服务支出和政府办公厅事务加起来: 20103 is part of 201 (both 36,804,980.38, L114 / L266) — together they are 201, not 73,609,960.76', () => {
    const a = ask('一般公共服务支出和政府办公厅（室）及相关机构事务加起来多少');
    expect(text(a)).toMatch(/合在一起就是一般公共服务支出：36,804,980\.38 元/);
    expect(text(a)).not.toMatch(/73,609,960\.76/);
  });

  it('三公经费和公务接待费加起来: 47,320.24 (L52) already holds 22,320.24 (L56)', () => {
    const a = ask('三公经费和公务接待费加起来');
    expect(text(a)).toMatch(/合在一起就是“三公”经费：47,320\.24 元/);
    expect(text(a)).not.toMatch(/69,640\.48/);
  });

  it('基本支出、人员经费和公用经费: 34,686,368.80 + 2,849,834.10 (表六 L1384–1385) set against 37,536,202.94 (L40), 0.04 apart', () => {
    const a = ask('基本支出、人员经费和公用经费加起来');
    expect(new Decimal('34686368.80').plus('2849834.10').toFixed(2)).toBe('37536202.90');
    expect(text(a)).toMatch(/人员经费 \+ 公用经费 合计：37,536,202\.90 元/);
    expect(text(a)).toMatch(/比基本支出的 37,536,202\.94 元.*少 0\.04 元/);
    expect(text(a)).not.toMatch(/75,072,405\.84/);
  });
});

describe('the same lines under two classifications', () => {
  it('30113 和 2210201 加起来: the same 2,602,570.80 (L539, L805) — not added', () => {
    const a = ask('30113和2210201加起来');
    expect(text(a)).toMatch(/有相同的明细.*不能直接相加/);
    expect(text(a)).not.toMatch(/5,205,141\.60/);
  });

  it('水费和电费加起来: no overlap, added as before — 45,600.00 (L1198) + 307,800.00 (L1206) = 353,400.00', () => {
    const a = ask('水费和电费加起来');
    expect(new Decimal('45600.00').plus('307800.00').toFixed(2)).toBe('353400.00');
    expect(text(a)).toMatch(/合计：353,400\.00 元/);
  });
});

describe('the two pointed at, in a table named', () => {
  it('住房公积金和购房补贴 → 这两项在表二里加起来一共多少钱: their sum 4,464,634.80, never 表二’s total 124,945,150.26', () => {
    const last = dialogue('住房公积金和购房补贴', '这两项在表二里加起来一共多少钱').at(-1)!;
    expect(text(last)).toMatch(/合计：4,464,634\.80 元/);
    expect(text(last)).not.toMatch(/124,945,150\.26/);
  });

  it('a long message with chatter, a whole and its two parts: the parts added, against the whole', () => {
    const a = ask(
      '不好意思又来问了，财务那边核对住房改革支出，说是住房公积金和购房补贴两项，我想确认一下这两项在表二里加起来一共多少钱，跟他们报的对不对得上，辛苦看一下',
    );
    expect(text(a)).toMatch(/4,464,634\.80 元/);
    expect(text(a)).not.toMatch(/8,929,269\.60|124,945,150\.26/);
  });
});

describe('what a question asks, read before a figure is given', () => {
  it('人均办公费标准: a standard is not published — no per-head division in its place', () => {
    const a = ask('人均办公费标准是多少');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
    // (…while 人均办公费 alone is still the division: 364,800.00 (L1190) ÷ 116.)
    expect(text(ask('人均办公费多少'))).toMatch(/3,144\.83 元/);
  });

  it('公务接待多少批次 in a long message: not published, never 长期聘用临时工 for 领导临时要一个数', () => {
    const a = ask(
      '你好，领导临时要一个数，想知道区政府办2020年公务接待计划接待多少批次、多少人次，预算说明里或者表里有没有写？有的话麻烦告诉我具体数字，没有的话也说一声哈',
    );
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
    expect(text(a)).not.toMatch(/临时工/);
  });

  it('哪个大类支出最多: the 类 ranked — 206 科学技术支出 76,411,771.98 first', () => {
    const a = ask('哪个大类支出最多');
    expect(a.kind).toBe('ranking');
    expect(a.lines.find((x) => x.startsWith('1.'))).toMatch(/206 科学技术支出：76,411,771\.98 元/);
  });

  it('社保和就业支出下面哪项最少: its 项 ranked, smallest first — 2080501 归口管理的行政单位离退休', () => {
    const a = ask('社保和就业支出下面哪项最少');
    expect(a.lines.find((x) => x.startsWith('1.'))).toMatch(/2080501 归口管理的行政单位离退休/);
  });

  it('教育支出 → 对应的是哪项经济分类: the code, 30216 培训费 — not a ranking of its 项', () => {
    const last = dialogue('教育支出多少', '对应的是哪项经济分类').at(-1)!;
    expect(last.kind).not.toBe('ranking');
    expect(text(last)).toMatch(/30216 培训费/);
  });

  it('换个事，部门负责人是谁 after 水费: asked afresh — 桑硼飞, not 水费 has no owner', () => {
    const last = dialogue('水费', '电费呢', '换个事，部门负责人是谁').at(-1)!;
    expect(text(last)).toMatch(/桑硼飞/);
    expect(text(last)).not.toMatch(/水费/);
  });
});

describe('words that say which table or which passage', () => {
  it('申报表那三个项目哪个钱最多: the 项目 forms of 表十二 ranked — 通讯指挥中心运维费 1,784,000.00 (L1844) first, never 表九’s largest line', () => {
    const a = ask('申报表那三个项目哪个钱最多');
    expect(a.kind).toBe('ranking');
    expect(a.lines.find((x) => x.startsWith('1.'))).toMatch(/通讯指挥中心运维费：1,784,000\.00 元/);
    expect(text(a)).not.toMatch(/机要信息中心运维费/);
  });

  it('去年开视频会议的次数: the sentence that states it (2019年视频会议380次, L2936) is quoted', () => {
    const a = ask('去年开视频会议的次数');
    expect(a.kind).toBe('fact');
    expect(text(a)).toMatch(/2019年视频会议380次/);
  });
});
