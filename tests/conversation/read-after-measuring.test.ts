/**
 * Readings found in two evaluation sets after their one measurement (a ranking within 三公's parts, a
 * shared name after a thing of one owner, 这个编码 as a pointer, the project lines of a code, English
 * "compare with 2019", money per month, a new subject after a breakdown, the lines called by a quoted
 * word). Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and
 * ratios worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sum, grouped } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

describe('a ranking within the parts of 三公', () => {
  it('三公经费三个组成部分里，2020年预算最高的是哪项？: 公务用车 25,000.00 (表七), not the largest line of 表九', () => {
    const a = ask('三公经费三个组成部分里，2020年预算最高的是哪项？');
    expect(a.title).toMatch(/“三公”经费的组成部分中最大/);
    expect(a.lines.find((x) => x.startsWith('1. '))).toMatch(/公务用车.*25,000\.00/);
    expect(text(a)).not.toMatch(/机要信息中心运维费/);
  });
});

describe('a name several lines share, after a thing of one owner', () => {
  it('机要运维 → 占项目支出多少 → 还有个尾款是多少来着 → 两个加起来: 11,988,577.66 (L1889), then + 22,175,821.60', () => {
    const [, , tail, both] = dialogue(
      '机要运维那个项目是不是两千二百万左右 具体多少',
      '占项目支出多少',
      '还有个尾款是多少来着',
      '两个加起来',
    );
    expect(tail!.title).toMatch(/^机要信息中心以前年度尾款/);
    const want = sum('22175821.60', '11988577.66');
    expect(want).toBe('34164399.26');
    expect(text(both!)).toContain(grouped(want));
  });
});

describe('这个编码 points at the code talked about', () => {
  it('31099是什么 → 表九里挂这个编码的项目有几个: 9 项 (L1805–1979)', () => {
    const a = dialogue('31099是什么', '表九里挂这个编码的项目有几个').at(-1)!;
    expect(text(a)).toMatch(/明细共 9 项/);
  });

  it('30213 → 表九里哪些项目用的这个编码 → 这几个项目加起来: its five project lines, not the 基本支出 line', () => {
    const [, listed, total] = dialogue('30213是什么', '表九里哪些项目用的这个编码', '这几个项目加起来');
    expect(text(listed!)).toMatch(/项目支出明细共 5 条（另有基本支出明细 1 条，不是项目）/);
    // L1835, L1846, L1855, L1864, L1873 (the 基本支出 line, 22,800.00 at L1648, left out)
    const want = sum('5750000.00', '22175821.60', '350000.00', '375000.00', '1784000.00');
    expect(want).toBe('30434821.60');
    expect(text(total!)).toContain(grouped(want));
  });
});

describe('English compared with a year, and running costs of vehicles', () => {
  it('official receptions this year → How does that compare with 2019? → And vehicle running costs?', () => {
    const [, change, cars] = dialogue(
      'How much did the office budget for official receptions this year?',
      'How does that compare with 2019?',
      'And vehicle running costs?',
    );
    expect(change!.kind).toBe('change');
    // 26,268.00 − 22,320.24 (表七)
    expect(text(change!)).toContain(grouped(new Decimal('26268.00').minus('22320.24').toFixed(2)));
    expect(cars!.title).toMatch(/公务用车运行维护费/);
    expect(text(cars!)).toContain('25,000.00');
  });
});

describe('no figure per month', () => {
  it('其他交通费用 → 编码呢 → 每人每月多少: not found — the budget is for the year', () => {
    const a = dialogue('其他交通费用多少', '编码呢', '每人每月多少').at(-1)!;
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });
});

describe('a new subject with 多少 after a breakdown is its amount', () => {
  it('2010302 → 由哪几项构成 → 办公设备那个多少: 1,778.00 (L1745), never a breakdown of the budget', () => {
    const a = dialogue('2010302一般行政管理事务合计多少？', '由哪几项构成', '办公设备那个多少').at(-1)!;
    expect(a.kind).not.toBe('breakdown');
    expect(text(a)).toContain('1,778.00');
  });
});

describe('the lines called by a quoted word', () => {
  it('表九里所有“以前年度尾款”项目合计多少 → 占项目支出比例: 16,563,769.48, 18.95% of 87,408,947.32', () => {
    const [, total, share] = dialogue(
      '公共安全图像以前年度尾款金额是多少？',
      '表九里所有“以前年度尾款”项目合计多少',
      '占项目支出比例',
    );
    // L1784, L1882, L1891, L1900 (954,000.00, 492,910.75, 11,988,577.66, 3,128,281.07)
    const want = sum('954000.00', '492910.75', '11988577.66', '3128281.07');
    expect(want).toBe('16563769.48');
    expect(text(total!)).toContain(grouped(want));
    const pct = new Decimal(want).dividedBy('87408947.32').times(100).toFixed(2);
    expect(pct).toBe('18.95');
    expect(text(share!)).toContain(`${pct}%`);
  });

  it('表五所有“项”级科目 is a level, not a word of names', () => {
    expect(ask('表五所有“项”级科目中，金额最小的是哪一项').kind).toBe('ranking');
    expect(text(ask('表五所有“项”级科目中，金额最小的是哪一项'))).not.toMatch(/名称含/);
  });
});

describe('the economic codes under a functional code, asked 哪几种', () => {
  it('2080501 → 金额 → 表九里这个科目下有哪几种经济分类: 30302 退休费, 30301 离休费, 30201… (款), not 303 / 302 (类)', () => {
    const a = dialogue('2080501在表三里叫什么名字？', '金额', '表九里这个科目下有哪几种经济分类').at(-1)!;
    // L2006 441,330.00; L1997 183,659.80; L1988 55,620.00; L2015 35,520.00 + L2024 3,960.00
    expect(text(a)).toMatch(/30302 退休费：441,330\.00/);
    expect(text(a)).toMatch(/30301 离休费：183,659\.80/);
    expect(text(a)).toMatch(/30299 其他商品和服务支出：55,620\.00/);
    expect(text(a)).toContain(`30399 其他对个人和家庭的补助：${grouped(sum('35520.00', '3960.00'))}`);
  });
});

describe('parts added and set against the total they are parts of (L84)', () => {
  // 182.83 + 13,870 + 1,721.9 = 15,774.73 万元 against the stated 15,753.22 万元: 21.51 万元 more.
  const parts = sum('182.83', '13870', '1721.9');
  const gap = new Decimal(parts).minus('15753.22').toFixed(2);

  it('固定资产总额 → 通用设备和专用设备各多少 → 车辆、通用、专用三项加起来等于总额吗？差多少', () => {
    expect(parts).toBe('15774.73');
    expect(gap).toBe('21.51');
    const a = dialogue(
      '截至2019年固定资产总额？',
      '通用设备和专用设备各多少',
      '车辆、通用、专用三项加起来等于总额吗？差多少',
    ).at(-1)!;
    expect(text(a)).toContain(`合计：${grouped(parts)} 万元`);
    expect(text(a)).toMatch(new RegExp(`各项合计比固定资产总额多 ${gap} 万元`));
    // (Never the total added to its own parts.)
    expect(text(a)).not.toMatch(/固定资产总额 合计/);
  });

  it('通用 → 专用 → 两个加起来 → 再加上车辆，跟总额差多少: the three against the total', () => {
    const a = dialogue('通用设备资产多少', '专用设备呢', '两个加起来', '再加上车辆，跟总额差多少').at(-1)!;
    expect(text(a)).toContain(`合计：${grouped(parts)} 万元`);
    expect(text(a)).toContain(`${gap} 万元`);
  });
});

describe('a long message whose question comes after 请确认', () => {
  it('…我们会另行核对。这里先请确认：文件载明的2020年政府采购预算资金总额是多少？ → 25,069,065.80 (L69), not the count', () => {
    const a = ask(
      '关于政府采购部分：说明第五部分列明了政府采购项目个数及预算资金，但表九中各资本性支出项目合计与之口径可能不同，我们会另行核对。这里先请确认：文件载明的2020年政府采购预算资金总额是多少？',
    );
    expect(text(a)).toContain('25,069,065.80');
    expect(text(a)).not.toMatch(/项目个数：27 项/);
  });
});
