/**
 * Follow-ups that keep one slot of the turn before and change another: a 表三 row's other column, a share
 * of one code by its column, a number of things said and summed, the code a ranking was within, a
 * project form's own field, a division written with a slash, and the English short words of the
 * domain. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and
 * ratios worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { grouped, pct, sum } from '../helpers/arithmetic.js';
import { dialogue, text } from '../helpers/asking.js';

describe('a 表三 row, then one of its columns', () => {
  it('一般公共服务支出多少 → 基本支出多少 → 项目的呢: 201’s 25,807,805.04 and 10,997,175.34 (L607–609), not the department’s', () => {
    const [, basic, project] = dialogue('一般公共服务支出是多少', '基本支出多少', '项目的呢');
    expect(text(basic!)).toMatch(/一般公共服务支出的基本支出：25,807,805\.04 元/);
    expect(text(basic!)).not.toMatch(/37,536,202\.94/);
    expect(text(project!)).toMatch(/一般公共服务支出的项目支出：10,997,175\.34 元/);
    expect(text(project!)).not.toMatch(/87,408,947\.32/);
  });

  it('科学技术支出的基本支出 → 项目支出那一列: 206’s 76,411,771.98 (L679–681)', () => {
    const a = dialogue('科学技术支出的基本支出', '项目支出那一列').at(-1)!;
    expect(text(a)).toMatch(/科学技术支出的项目支出：76,411,771\.98 元/);
  });

  it('项目支出占一般公共服务支出的比例 is 201’s own column: 10,997,175.34 ÷ 36,804,980.38 (L607–609)', () => {
    const a = dialogue('项目支出占一般公共服务支出的比例').at(-1)!;
    expect(pct('10997175.34', '36804980.38')).toBe('29.88');
    expect(text(a)).toMatch(/29\.88%/);
    expect(text(a)).not.toMatch(/237\.\d\d%/);
  });
});

describe('things said to be added, by their number', () => {
  it('备品备件 → 光纤租费 → 加上运行维护项目三项共多少: 50 + 2.4 + 126 万元 (L2935–2939) = 178.4, the form’s 年度资金总额 (L2907)', () => {
    const a = dialogue('视频会议系统备品备件多少', '专线光纤租费呢', '加上视频会议运行维护三项共多少').at(
      -1,
    )!;
    expect(sum('50', '2.4', '126')).toBe('178.40');
    expect(text(a)).toMatch(/合计：1,784,000\.00 元/);
  });

  it('移动视频会议系统扩建 → 2710会议室那两个项目一共 → 这三个加起来: 369,850 + 395,200 (L1925, L1934), then + 3,755,505.20 (L1943)', () => {
    const [, two, three] = dialogue(
      '移动视频会议系统扩建项目多少',
      '2710会议室那两个项目一共',
      '这三个加起来',
    );
    expect(sum('369850.00', '395200.00')).toBe('765050.00');
    expect(text(two!)).toContain(grouped('765050.00'));
    expect(sum('369850.00', '395200.00', '3755505.20')).toBe('4520555.20');
    expect(text(three!)).toContain(grouped('4520555.20'));
  });

  it('办公费 → 邮电费 → 两项共多少: 364,800 + 115,000 (L1190, L1214) = 479,800', () => {
    const a = dialogue('办公费', '邮电费', '两项共多少').at(-1)!;
    expect(sum('364800.00', '115000.00')).toBe('479800.00');
    expect(text(a)).toMatch(/合计：479,800\.00 元/);
  });

  it('2080501 的离休费 → 其他对个人和家庭的补助那两笔合计: its two 30399 lines, 35,520 + 3,960 (L2015, L2024), not the code’s three', () => {
    const a = dialogue('2080501下面的离休费多少', '其他对个人和家庭的补助那两笔合计').at(-1)!;
    expect(sum('35520.00', '3960.00')).toBe('39480.00');
    expect(text(a)).toMatch(/合计：39,480\.00 元/);
    expect(text(a)).not.toMatch(/944,160\.00/);
  });

  it('项目支出最大的三个 → 这三个合计占项目支出多少: (22,175,821.60 + 15,619,343.00 + 11,988,577.66) ÷ 87,408,947.32 (L1853, L1952, L1889, L825)', () => {
    const a = dialogue('项目支出最大的三个', '前三个合计占项目支出多少').at(-1)!;
    const top = sum('22175821.60', '15619343.00', '11988577.66');
    expect(top).toBe('49783742.26');
    expect(pct(top, '87408947.32')).toBe('56.95');
    expect(text(a)).toMatch(/56\.95%/);
  });
});

describe('the code a ranking was within', () => {
  it('2010399下面最大的项目 → 最小的呢 → 这一项合计: 10,496,750.00 (L643), not the five listed', () => {
    const a = dialogue('2010399下面最大的项目', '最小的呢', '这一项合计多少').at(-1)!;
    expect(text(a)).toMatch(/10,496,750\.00 元/);
    expect(text(a)).not.toMatch(/ \+ /);
  });
});

describe('a project form’s own field, and the fixed assets’ cars', () => {
  it('通讯指挥中心运维费申报表年度资金总额 → 其中财政拨款: 178.4 万元 (L2913), not the department’s 124,945,150.26', () => {
    const a = dialogue('通讯指挥中心运维费申报表年度资金总额', '其中财政拨款呢').at(-1)!;
    expect(text(a)).toMatch(/财政拨款：178\.40 万元/);
    expect(text(a)).not.toMatch(/124,945,150\.26/);
  });

  it('固定资产多少 → 车这块多少钱: 182.83 万元 (L84), not the 三公 car costs', () => {
    const a = dialogue('固定资产多少', '车这块多少钱').at(-1)!;
    expect(text(a)).toMatch(/182\.83 万元/);
    expect(text(a)).not.toMatch(/25,000\.00/);
  });
});

describe('a share written with a slash, and a car’s share said with 用车', () => {
  it('公用经费 → 公用经费/基本支出 算一下百分比: 2,849,834.10 (L1385) ÷ 37,536,202.94 (L40) = 7.59%', () => {
    const a = dialogue('公用经费', '公用经费/基本支出 算一下百分比').at(-1)!;
    expect(pct('2849834.10', '37536202.94')).toBe('7.59');
    expect(text(a)).toMatch(/7\.59%/);
  });

  it('接待费占三公多少 → 用车的占比: 25,000 ÷ 47,320.24 (L58, L52) = 52.83%', () => {
    const a = dialogue('接待费占三公多少', '用车的占比').at(-1)!;
    expect(pct('25000.00', '47320.24')).toBe('52.83');
    expect(text(a)).toMatch(/52\.83%/);
  });
});

describe('English short words', () => {
  it('basic salary → econ code? → govt econ code?: 30101 and 50101 (L1110–1113)', () => {
    const [, dept, govt] = dialogue('basic salary?', 'econ code?', 'govt econ code?');
    expect(text(dept!)).toMatch(/30101/);
    expect(text(govt!)).toMatch(/50101/);
    expect(text(govt!)).not.toMatch(/公用经费：2,849,834/);
  });

  it('long-term temp workers?: 4 (L24)', () => {
    const a = dialogue('how many staff actually?', 'retirees?', 'and long-term temp workers?').at(-1)!;
    expect(text(a)).toMatch(/长期聘用临时工：4 人/);
  });

  it('the department head on the overall performance form → total funds on that form?: 12,494.51 万元 (L2332)', () => {
    const a = dialogue(
      'who is the department head on the 部门整体绩效 form?',
      'total funds on that form?',
    ).at(-1)!;
    expect(text(a)).toMatch(/12,494\.51 万元/);
    expect(new Decimal('12494.51').times(10000).toFixed(2)).toBe('124945100.00');
  });
});

describe('a code within a code of the other classification', () => {
  it('2010399 下 30299 几笔 → 合计 → 最大一笔 → 最小: 6 lines (L1754–1799), 8,514,000.00, 政府办工作经费, 扶贫挂职干部专项经费', () => {
    const [count, total, most, least] = dialogue('表九 2010399 下 30299 几笔', '合计', '最大一笔', '最小');
    expect(text(count!)).toMatch(/的明细：6 项/);
    expect(sum('150000.00', '1610000.00', '1500000.00', '954000.00', '2000000.00', '2300000.00')).toBe(
      '8514000.00',
    );
    expect(text(total!)).toMatch(/合计：8,514,000\.00 元/);
    expect(most!.title).toMatch(/^政府办工作经费/);
    expect(least!.title).toMatch(/^区服务联络办扶贫挂职干部专项经费/);
  });

  it('2069999 下 30213 合计 → 30299: the same 功能 code kept (表九 L1835–1871; its 30299 lines L1879–1907)', () => {
    const [repairs, other] = dialogue('2069999 下 30213 合计', '30299');
    expect(sum('5750000.00', '1784000.00', '22175821.60', '350000.00', '375000.00')).toBe('30434821.60');
    expect(text(repairs!)).toMatch(/合计：30,434,821\.60 元/);
    expect(text(other!)).toMatch(/其他科学技术支出中的其他商品和服务支出/);
    expect(text(other!)).not.toMatch(/30,807,171\.02/);
  });

  it('科技支出里记在30213的有几个项目: 5', () => {
    expect(text(dialogue('科技支出里记在30213维修（护）费的有几个项目').at(-1)!)).toMatch(/的明细：5 项/);
  });
});

describe('the things just listed, pointed at', () => {
  it('2080501下面几笔 → 离退休人员日常公用那笔: 55,620.00 (L1988), the one line whose name has both words', () => {
    const a = dialogue('表九里2080501下面有几笔', '离退休人员日常公用那笔').at(-1)!;
    expect(a.title).toMatch(/^日常公用支出（离退休人员）_其他商品和服务支出/);
    expect(text(a)).toMatch(/55,620\.00 元/);
  });

  it('30399 几行 → 合计 → 最大那行对应表九哪个功能科目: 904,680.00 (L1727), 2010301', () => {
    const a = dialogue('30399有几行', '合计多少', '最大那行对应表九哪个功能科目').at(-1)!;
    expect(text(a)).toMatch(/904,680\.00 元/);
    expect(text(a)).toMatch(/2010301/);
    expect(text(a)).not.toMatch(/机要信息中心运维费/);
  });

  it('科技支出多少万 → 第二大是哪个类 → 差多少: 76,411,771.98 − 36,804,980.38 (L679, L607)', () => {
    const a = dialogue('科技支出多少万', '第二大是哪个类', '差多少').at(-1)!;
    expect(sum('76411771.98', '-36804980.38')).toBe('39606791.60');
    expect(text(a)).toMatch(/39,606,791\.60 元/);
  });
});
