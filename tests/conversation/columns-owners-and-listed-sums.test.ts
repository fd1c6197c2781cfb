/**
 * Follow-ups that change one part of what was asked: the other column of the same code (基本 → 项目), the
 * same kind of line of another owner (公共安全图像尾款 → 通讯指挥的呢), everything listed summed (三个加起来
 * after the top three), a claimed fraction checked (正好一半?), and code words staff type (经济码, 功能码).
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and ratios
 * worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { sum } from '../helpers/arithmetic.js';
import { ask, dialogue, has, text } from '../helpers/asking.js';

const turns = (...qs: string[]) => dialogue(...qs) as [Answer, Answer, Answer, Answer, Answer];
const last = (...qs: string[]) => turns(...qs).at(-1)!;

describe('the other column of the code asked before', () => {
  it('表三 201 基本支出 → 项目呢: 201 项目支出 10,997,175.34 (L609), not 基本支出 again', () => {
    const a = last('表三一般公共服务支出基本支出多少', '项目呢');
    expect(has(a, '10997175.34')).toBe(true);
    expect(has(a, '25807805.04')).toBe(false);
  });

  it('201类多少 → 其中基本 → 项目 → 占总预算多少: the column, then 201’s own share 29.46%', () => {
    const [, , project, share] = turns('201类多少', '其中基本', '项目', '占总预算多少');
    expect(has(project, '10997175.34')).toBe(true);
    // 36,804,980.38 (L114) ÷ 124,945,150.26 (L31) × 100
    const want = new Decimal('36804980.38').dividedBy('124945150.26').times(100).toFixed(2);
    expect(want).toBe('29.46');
    expect(text(share)).toContain(`${want}%`);
  });

  it('30213 是啥 → 基本支出里多少 → 项目里一共呢: the five 30213 lines of 项目支出, summed (was a crash)', () => {
    const a = last('30213 是啥', '基本支出里多少', '项目里一共呢');
    // L1835, L1844, L1853, L1862, L1871
    const want = sum('5750000.00', '1784000.00', '22175821.60', '350000.00', '375000.00');
    expect(want).toBe('30434821.60');
    expect(has(a, want)).toBe(true);
    expect(text(a)).not.toMatch(/基本支出 合计/);
  });
});

describe('the same kind of line of another owner', () => {
  it('通讯指挥中心的尾款: 通讯指挥中心以前年度尾款 3,128,281.07 (L1897–1898), not the center’s project', () => {
    const a = ask('通讯指挥中心的尾款');
    expect(has(a, '3128281.07')).toBe(true);
    expect(has(a, '1784000.00')).toBe(false);
  });

  it('公共安全图像尾款 → 通讯指挥的呢 → 机要的 → 政府办的: each owner’s 以前年度尾款', () => {
    const [first, comm, jiyao, office] = turns('公共安全图像尾款', '通讯指挥的呢', '机要的', '政府办的');
    expect(has(first, '492910.75')).toBe(true); // L1880
    expect(has(comm, '3128281.07')).toBe(true); // L1898
    expect(has(jiyao, '11988577.66')).toBe(true); // L1889
    expect(has(office, '954000.00')).toBe(true); // L1781
  });
});

describe('what was listed, summed', () => {
  it('项目支出前三大 → 第二个多少钱 → 三个加起来: all three listed, 49,783,742.26', () => {
    const a = last('项目支出前三大是哪几个', '第二个多少钱', '三个加起来');
    // L1853, L1952, L1889
    const want = sum('22175821.60', '15619343.00', '11988577.66');
    expect(want).toBe('49783742.26');
    expect(has(a, want)).toBe(true);
  });

  it('31099下面有几个项目 → 最大的 → 最小的呢 → 合计: the nine 31099 lines, not the two picked', () => {
    const a = last('31099下面有几个项目', '最大的', '最小的呢', '合计');
    expect(has(a, '25740815.80')).toBe(true);
    expect(has(a, '15917343.00')).toBe(false);
  });
});

describe('a fraction claimed of the two asked', () => {
  it('养老保险缴费多少 → 职业年金 → 正好一半?: yes, 1,370,247.20 ÷ 2,740,494.40 (L448, L435)', () => {
    const a = last('养老保险缴费多少', '职业年金', '正好一半?');
    expect(new Decimal('1370247.20').dividedBy('2740494.40').equals('0.5')).toBe(true);
    expect(a.kind).toBe('share');
    expect(text(a)).toMatch(/^是，正好一半/m);
    expect(text(a)).toContain('50.00%');
  });

  it('公务接待费 → 公务用车运行维护费 → 是它一半吗: no, and the two figures', () => {
    const a = last('公务接待费多少', '公务用车运行维护费呢', '是它一半吗');
    expect(text(a)).toMatch(/不是正好一半/);
  });
});

describe('code words', () => {
  it('800M终端更新多少钱 → 部门经济码: 31099', () => {
    expect(text(last('800M终端更新多少钱', '部门经济码'))).toMatch(/31099/);
  });

  it('职业年金 → 年金的功能码: 2080506', () => {
    expect(text(last('职业年金', '年金的功能码'))).toMatch(/2080506/);
  });

  it('公车的经济科目: the part with money, 30231 公务用车运行维护费 (L1696–1699), not the amount alone', () => {
    const a = ask('公车的经济科目');
    expect(a.kind).toBe('code');
    expect(text(a)).toMatch(/30231 公务用车运行维护费/);
  });

  it('项目这块多少万: 项目支出 8,740.89 万元 (L44: 87408947.32元)', () => {
    const a = ask('项目这块多少万？');
    expect(has(a, '87408947.32')).toBe(true);
    expect(text(a)).toMatch(/8,740\.89 万元/);
  });
});

describe('a place in the ranking a thing was picked from', () => {
  it('功能分类有哪几类 → 哪个最多 → 第二呢 → 最少的: 201 (L114), then 205 教育支出 116,280.00 (L119)', () => {
    const [, top, second, least] = turns('功能分类有哪几类', '哪个最多', '第二呢', '最少的');
    expect(has(top, '76411771.98')).toBe(true);
    expect(has(second, '36804980.38')).toBe(true);
    expect(has(least, '116280.00')).toBe(true);
    expect(text(second)).not.toMatch(/科学技术支出下的明细/);
  });

  it('办公设备购置多少 → 哪个项目: its one 表九 line, 政府办更新、新购办公设备 1,778.00', () => {
    const a = last('办公设备购置多少', '哪个项目');
    expect(text(a)).toMatch(/政府办更新、新购办公设备/);
    expect(has(a, '1778.00')).toBe(true);
  });
});

describe('questions typed in pinyin, words and name', () => {
  it('gongche yunweifei duoshao: 公务用车运行维护费 25,000.00 (L58)', () => {
    expect(has(ask('gongche yunweifei duoshao'), '25000.00')).toBe(true);
  });

  it('xmzc bi qunian zeng le duoshao: 项目支出 up 9,875,620.29 on 2019 (L44)', () => {
    const a = ask('xmzc bi qunian zeng le duoshao');
    expect(new Decimal('87408947.32').minus('77533327.03').toFixed(2)).toBe('9875620.29');
    expect(has(a, '9875620.29')).toBe(true);
  });

  it('xmzc zhan zong zhichu ji cheng: 项目支出 ÷ 支出合计 = 69.96%', () => {
    const want = new Decimal('87408947.32').dividedBy('124945150.26').times(100).toFixed(2);
    expect(want).toBe('69.96');
    expect(text(ask('xmzc zhan zong zhichu ji cheng'))).toContain(`${want}%`);
  });

  it('English that happens to spell pinyin syllables is still English: "how much is the reception budget"', () => {
    expect(has(ask('how much is the reception budget'), '22320.24')).toBe(true);
  });
});

describe('the lines of one name asked as several', () => {
  it('政务外网的两个项目 → 各多少: both lines, 2,456,417.60 (L1979) and 861,750.00 (L1961), not a choice', () => {
    const [list, each] = turns('政务外网的两个项目', '各多少');
    expect(list.kind).not.toBe('ambiguous');
    for (const a of [list, each]) {
      expect(has(a, '2456417.60')).toBe(true);
      expect(has(a, '861750.00')).toBe(true);
    }
  });

  it('2710会议室的项目 → 平板那个功能科目 → 加起来: 369,850.00 + 395,200.00 (L1925, L1934)', () => {
    const a = last('2710会议室的项目', '平板那个功能科目', '加起来');
    const want = sum('369850.00', '395200.00');
    expect(want).toBe('765050.00');
    expect(has(a, want)).toBe(true);
  });

  it('18年19年两笔无线网络租赁费分别多少: both years’ lines, 5,210,515.10 (L1907) and 5,750,000.00 (L1835)', () => {
    const a = ask('18年19年两笔无线网络租赁费分别多少');
    expect(has(a, '5210515.10')).toBe(true);
    expect(has(a, '5750000.00')).toBe(true);
  });

  it('表九30213全加 → 那基本的呢: the 基本支出 line of 30213, 22,800.00 (L1655)', () => {
    const a = last('表九30213全加', '那基本的呢');
    expect(has(a, '22800.00')).toBe(true);
    expect(has(a, '37536202.94')).toBe(false);
  });
});

describe('English names of lines', () => {
  it('Xunfei meeting system purchase → 购置讯飞听见会议系统, code 31099', () => {
    const a = ask('Which department economic code is the Xunfei meeting system purchase booked under?');
    expect(text(a)).toMatch(/购置讯飞听见会议系统/);
    expect(text(a)).toMatch(/31099/);
    expect(text(a)).not.toMatch(/会议费 的科目编码/);
  });

  it('the cloud platform project from 2018: 1,398,600.00 (L1916), a line named after 2018, not a 2018 budget', () => {
    const a = ask('hey how much for the cloud platform integrated management project from 2018?');
    expect(has(a, '1398600.00')).toBe(true);
  });
});

describe('what the conversation is in', () => {
  it('表七是什么表 → 里面出国费 → 公车购置费 → 总计: 表七’s total 47,320.24 (L1417), not the two parts', () => {
    const a = last('表七是什么表', '里面出国费', '公车购置费', '总计');
    expect(has(a, '47320.24')).toBe(true);
  });

  it('…but 合计多少 after a list adds the list: 50201 办公经费’s eight lines 2,689,814.80', () => {
    const a = last('表六里政府经济分类50201办公经费下有哪些部门经济科目', '合计多少');
    expect(has(a, '2689814.80')).toBe(true);
  });

  it('预留机动费多少 → 功能科目 → 占那一项比例: 498,647.34 ÷ 2010302’s 500,425.34 = 99.64%', () => {
    const want = new Decimal('498647.34').dividedBy('500425.34').times(100).toFixed(2);
    expect(want).toBe('99.64');
    expect(text(last('预留机动费多少', '功能科目', '占那一项比例'))).toContain(`${want}%`);
  });

  it('What does 行政运行经费 mean here? → 含差旅费吗 → 今年多少: the L87 sentence, then 2,351,333.10 (L65)', () => {
    const [def, travel, amount] = turns('What does 行政运行经费 mean here?', '含差旅费吗', '今年多少');
    expect(def.kind).toBe('glossary');
    expect(text(travel)).toMatch(/^是，/m);
    expect(travel.sources.some((s) => s.kind === 'narrative' && s.line === 87)).toBe(true);
    expect(has(amount, '2351333.10')).toBe(true);
    expect(has(amount, '129960.00')).toBe(false);
  });
});
