/**
 * Scopes that are tables or words of names, kinds of things said loosely, subtraction, duties, and the
 * conversation never lending its subject to a thing the data lacks. Expected figures are read off the
 * source document (data/bjsxcqrmzfbgs-2020/source.txt; line numbers below) or worked out by hand:
 *   表六 公用经费 column, largest row: 30299 其他商品和服务支出 918,619.10 (L1287)
 *   表九 …以前年度尾款 lines: 政府办 954,000.00 (L1781), 公共安全图像 492,910.75 (L1880),
 *     机要信息中心 11,988,577.66 (L1889), 通讯指挥中心 3,128,281.07 (L1898) → smallest 492,910.75
 *   表二 2101101 行政单位医疗 2,226,651.70 (L487); 2101199 其他行政事业单位医疗支出 90,000.00 (L500)
 *   表二 221 住房保障支出 4,464,634.80 (L513); 2210201 住房公积金 2,602,570.80 (L539) → 58.29%
 *   L52 三公 47,320.24; L56 公务接待费 22,320.24 → 三公 less 接待费 25,000.00 (= L58 公务用车 25,000.00)
 *   表三 项目支出 87,408,947.32 (L44); 表九 机要信息中心运维费 22,175,821.60 (L1853) → 65,233,125.72
 *   表九 办公费 364,800.00 (L1190), 差旅费 129,960.00 (L1222) → difference 234,840.00
 *   表九 购置讯飞听见会议系统 298,000.00 (L1817); 表二 206 科学技术支出 76,411,771.98 (L124)
 *   表十二 the three projects: 通讯指挥中心运维费 1,784,000.00 (L1844) the largest of 1,610,000 / 1,500,000
 *   L34 支出 2020 124,945,150.26 against 2019 119,566,657.39: 5,378,492.87 more
 *   L17 职责九 "负责区电子政务基础平台…"; L85 "安排购置车辆0台，0万元"
 */
import { describe, expect, it } from 'vitest';
import { ask, dialogue, has, text } from '../helpers/asking.js';

const NO_FIGURE = new Set(['not_found', 'ambiguous', 'out_of_scope', 'help', 'fact']);

describe('a ranking within a table ranks that table’s rows, never another table’s', () => {
  it('表六公用经费那列最大的一项: 30299 其他商品和服务支出 918,619.10', () => {
    const a = ask('表六公用经费那列最大的一项');
    expect(a.kind).toBe('ranking');
    expect(has(a, '918619.10', '元')).toBe(true);
    expect(has(a, '22175821.60')).toBe(false);
  });

  it('表七里最大的 is among the parts of 三公, not 机要信息中心运维费', () => {
    const a = ask('表七里最大的');
    expect(text(a)).toContain('公务用车购置及运行维护费');
    expect(has(a, '22175821.60')).toBe(false);
  });

  it('绩效申报表的项目里钱最多的: 通讯指挥中心运维费 1,784,000.00', () => {
    const a = ask('三个绩效申报表项目里钱最多的');
    expect(a.lines[1]).toContain('通讯指挥中心运维费');
    expect(text(a)).toContain('1,784,000.00 元');
  });

  it('a table with nothing to rank is not found, not a ranking of 表九', () => {
    const a = ask('表十里最大的');
    expect(has(a, '22175821.60')).toBe(false);
  });

  it('one subject said in two pieces (社保…业支出) is the scope: its largest line, 2,740,494.40', () => {
    const a = ask('社保就业支出最大的一项');
    expect(has(a, '2740494.40', '元')).toBe(true);
    expect(has(a, '22175821.60')).toBe(false);
  });
});

describe('kinds said by a word of their names', () => {
  it('尾款类里最少那笔: 公共安全图像以前年度尾款 492,910.75', () => {
    const a = ask('尾款类里最少那笔多少钱');
    expect(has(a, '492910.75', '元')).toBe(true);
  });

  it('a kind the data does not have is not found, never the largest line of all', () => {
    for (const q of ['宣传类里最大的', '信息化项目里最贵的']) {
      const a = ask(q);
      expect(NO_FIGURE.has(a.kind), q).toBe(true);
      expect(has(a, '22175821.60'), q).toBe(false);
    }
  });

  it('其他医疗支出 is 2101199 其他行政事业单位医疗支出 90,000.00, beside 行政单位医疗 2,226,651.70', () => {
    const a = ask('行政单位医疗和其他医疗支出各是多少');
    expect(has(a, '90000', '元')).toBe(true);
    expect(has(a, '2226651.70', '元')).toBe(true);
    expect(has(a, '2316651.70')).toBe(false);
  });

  it('a near name with four characters of its own is another thing: 政务外网安全等保测评项目 not found', () => {
    const a = ask('政务外网安全等保测评项目多少钱');
    expect(a.kind).toBe('not_found');
    expect(has(a, '861750')).toBe(false);
  });

  it('words of a name said loosely around it: 讯飞听见那套会议系统 298,000.00', () => {
    expect(has(ask('讯飞听见那套会议系统买下来多少'), '298000', '元')).toBe(true);
  });

  it('a typo glued to a name is read with it: 科学技术之出 76,411,771.98', () => {
    expect(has(ask('科学技术之出合计'), '76411771.98', '元')).toBe(true);
  });
});

describe('arithmetic asked in words', () => {
  it('三公扣掉接待费还剩多少: 25,000.00', () => {
    const a = ask('三公扣掉接待费还剩多少');
    expect(has(a, '25000', '元')).toBe(true);
    expect(a.figures[0]!.value.toFixed(2)).toBe('25000.00');
  });

  it('项目支出减去机要运维费: 65,233,125.72', () => {
    expect(has(ask('项目支出减去机要运维费还有多少'), '65233125.72', '元')).toBe(true);
  });

  it('比差旅费多多少 after 办公费: 234,840.00', () => {
    const [, a] = dialogue('办公费', '比差旅费多多少');
    expect(has(a!, '234840', '元')).toBe(true);
  });

  it('项目支出八千多万，具体多少万: the amount recalled is its own, 8,740.89 万元', () => {
    const a = ask('项目支出八千多万 具体多少万');
    expect(has(a, '87408947.32', '元')).toBe(true);
  });
});

describe('a share of the thing before, said by a shared name', () => {
  it('住房保障支出 → 公积金占多少: 2210201 住房公积金 of 221, 58.29%', () => {
    const [, a] = dialogue('住房保障支出多少', '公积金占多少');
    expect(text(a!)).toContain('58.29%');
    expect(text(a!)).not.toContain('8.11%');
  });
});

describe('the conversation lends nothing to a thing the data lacks', () => {
  it('2013101是啥 after 工资福利支出 is not found, not 301 again', () => {
    const [, a] = dialogue('工资福利支出的编码是多少', '2013101是啥');
    expect(a!.kind).toBe('not_found');
    expect(has(a!, '32082399')).toBe(false);
  });

  it('the department said as its staff say it is the whole budget, 124,945,150.26 — also after 公用经费', () => {
    for (const q of ['咱办公室今年一共花多少钱', '今年预算盘子多大', '咱们单位今年总共花多少']) {
      const [, a] = dialogue('公用经费是多少来着', q);
      expect(has(a!, '124945150.26', '元'), q).toBe(true);
      expect(has(a!, '2849834.10'), q).toBe(false);
    }
  });

  it('大了还是小了 asks for the change: 5,378,492.87 more than 2019', () => {
    expect(has(ask('总盘子比去年大了还是小了'), '5378492.87', '元')).toBe(true);
  });
});

describe('the document’s own words', () => {
  it('a duty is quoted from the responsibilities: 电子政务 → 职责九 (L17)', () => {
    for (const q of ['电子政务归不归区政府办管', '区政府办负责电子政务吗']) {
      const a = ask(q);
      expect(text(a), q).toContain('电子政务基础平台');
    }
  });

  it('buying cars: the narrative’s 安排购置车辆0台 is quoted (L85)', () => {
    expect(text(ask('今年安排买车没'))).toContain('安排购置车辆0台');
  });

  it('English: vehicle operation & maintenance is 公务用车运行维护费 25,000.00', () => {
    const a = ask('How much is set aside for official vehicle operation & maintenance?');
    expect(has(a, '25000', '元')).toBe(true);
    expect(a.title).toContain('公务用车运行维护费');
  });
});
