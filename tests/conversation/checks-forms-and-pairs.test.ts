/**
 * Follow-ups that check what was just shown against a whole, count 表十二's forms, pair the first two of a
 * ranking, and pick one line by a word; and questions the document cannot answer. Expected figures are
 * read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and shares worked by hand with
 * decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { grouped, sum } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

describe('what was just shown, added up against its whole', () => {
  it('三公合计表七多少 → 拆开呢 接待和车运维各多少 → 加起来对得上吧: 22,320.24 + 25,000.00 = 47,320.24 (表七 L1413–1419)', () => {
    const last = dialogue('三公合计表七多少', '拆开呢 接待和车运维各多少', '加起来对得上吧').at(-1)!;
    expect(sum('22320.24', '25000.00')).toBe('47320.24');
    expect(text(last)).toMatch(/合计：47,320\.24 元/);
    expect(text(last)).toMatch(/两者一致/);
    expect(text(last)).not.toMatch(/全文核对/);
  });

  it('2010399下面挂了哪些项目 → 这几个加起来跟表三那行对得上吗 → 里面最大的是哪个: eight lines = 10,496,750.00 (表三 L643), the largest 政府办工作经费', () => {
    const [, , check, largest] = dialogue(
      '表九合计多少',
      '2010399下面挂了哪些项目',
      '这几个加起来跟表三那行对得上吗',
      '里面最大的是哪个',
    );
    const eight = sum(
      '150000.00',
      '1610000.00',
      '1500000.00',
      '954000.00',
      '2000000.00',
      '2300000.00',
      '1684750.00',
      '298000.00',
    );
    expect(eight).toBe('10496750.00');
    expect(text(check!)).toContain(grouped(eight));
    expect(text(check!)).toMatch(/两者一致/);
    expect(largest!.title).toMatch(/^政府办工作经费/);
  });
});

describe('pairs and picks', () => {
  it('项目支出 → 主要是哪几个项目 → 这俩加起来多少万 → 占项目支出的比重: the first two, 3,779.52 万元 and 43.24%', () => {
    const [, , two, share] = dialogue(
      '项目支出呢',
      '主要是哪几个项目',
      '这俩加起来多少万',
      '占项目支出的比重',
    );
    const both = sum('22175821.60', '15619343.00');
    expect(both).toBe('37795164.60');
    expect(text(two!)).toMatch(/3,779\.52 万元/);
    expect(new Decimal(both).div('87408947.32').times(100).toFixed(2)).toBe('43.24');
    expect(text(share!)).toMatch(/43\.24%/);
  });

  it('哪个功能类钱最多 → 占比 → 第二大呢 → 这俩合计多少万: 206 + 201 = 11,321.68 万元 (L124, L114)', () => {
    const last = dialogue('哪个功能类钱最多', '占比', '第二大呢', '这俩合计多少万').at(-1)!;
    expect(sum('76411771.98', '36804980.38')).toBe('113216752.36');
    expect(text(last)).toMatch(/11,321\.68 万元/);
  });

  it('区领导慰问经费 → 政府办工作经费比它多多少: 2,300,000.00 − 2,000,000.00 (L1798, L1789) = 300,000.00', () => {
    const last = dialogue('区领导慰问经费', '政府办工作经费比它多多少').at(-1)!;
    expect(text(last)).toMatch(/多 300,000\.00 元/);
  });

  it('最贵的项目是哪个 → 它去年预算多少 → 那它占科技支出多少: no 2019 figure for it; 22,175,821.60 ÷ 76,411,771.98 = 29.02%', () => {
    const [, last, share] = dialogue('最贵的项目是哪个', '它去年预算多少', '那它占科技支出多少');
    expect(last!.figures.filter((f) => f.unit === '元' && !f.value.equals('22175821.60'))).toHaveLength(0);
    expect(text(last!)).not.toMatch(/119,566,657\.39/);
    expect(new Decimal('22175821.60').div('76411771.98').times(100).toFixed(2)).toBe('29.02');
    expect(text(share!)).toMatch(/29\.02%/);
  });

  it('2010302 → 表九里拆成哪两笔 → 第二个是啥经济分类 → 第一个占这一项的比重: 31002; 498,647.34 ÷ 500,425.34 = 99.64%', () => {
    const [, two, second, first] = dialogue(
      '2010302一般行政管理事务表五多少',
      '表九里拆成哪两笔',
      '第二个是啥经济分类',
      '第一个占这一项的比重',
    );
    expect(text(two!)).toMatch(/498,647\.34 元/);
    expect(text(two!)).toMatch(/1,778\.00 元/);
    expect(text(second!)).toMatch(/31002/);
    expect(new Decimal('498647.34').div('500425.34').times(100).toFixed(2)).toBe('99.64');
    expect(text(first!)).toMatch(/99\.64%/);
  });

  it('表六里50101加起来多少 → 表九里呢: 21,505,990.80 in 表六, 22,163,484.00 in 表九 (the two tables differ)', () => {
    const [six, nine] = dialogue('表六里50101加起来多少', '表九里呢');
    expect(text(six!)).toMatch(/表六 50101 工资奖金津补贴：21,505,990\.80 元/);
    expect(sum('4868040.00', '13215900.00', '507480.00', '1710000.00', '1862064.00')).toBe('22163484.00');
    expect(
      text(nine!)
        .split('\n')
        .find((x) => /元/.test(x)),
    ).toMatch(/22,163,484\.00 元/);
  });

  it('表六里基本支出分成哪两块 → … → 里面项目一共几个: 27 projects in 表九, not 基本 + 项目 added', () => {
    const last = dialogue(
      '表六里基本支出分成哪两块',
      '各多少',
      '那项目支出明细看哪张表',
      '里面项目一共几个',
    ).at(-1)!;
    expect(text(last)).toMatch(/共 27 项/);
    expect(text(last)).not.toMatch(/124,945,150\.26/);
  });
});

describe('表十二: the forms it holds, and what it leaves blank', () => {
  it('表十二列了几个项目 → 第一个是啥 → 负责人是谁: 3 forms in the order of its 目录 (L2448), the first 服务联络办工作经费, 董立 (L2675)', () => {
    const [count, first, owner] = dialogue('表十二列了几个项目', '第一个是啥', '负责人是谁');
    expect(count!.figures.some((f) => f.unit === '项' && f.value.equals(3))).toBe(true);
    expect(first!.title).toMatch(/^服务联络办工作经费/);
    expect(text(owner!)).toMatch(/董立/);
  });

  it('申报绩效目标的项目有几个 → 表十二里给了几张 → 剩下的那些负责人是谁 → 这16个涉及多少钱: 16 (L77), 3, not published, 8,322.36 万元', () => {
    const [, three, rest, sixteen] = dialogue(
      '说明里申报绩效目标的项目有几个',
      '表十二里给了几张',
      '剩下的那些负责人是谁',
      '这16个涉及多少钱',
    );
    expect(text(three!)).toMatch(/列出 3 个项目/);
    expect(rest!.kind).toBe('not_found');
    expect(rest!.figures).toHaveLength(0);
    expect(text(sixteen!)).toMatch(/8,322\.36 万元/);
  });

  it('绩效管理项目负责人 → 主管部门及代码呢: the field is blank (L2499)', () => {
    const last = dialogue('绩效管理项目负责人', '主管部门及代码呢').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(text(last)).toMatch(/主管部门及代码/);
  });
});

describe('up and down the functional classification from a line or a code', () => {
  it('预留机动费 → 这个项合计: the line’s 项 2010302, 500,425.34 (表五 L946)', () => {
    const last = dialogue('预留机动费多少', '这个项合计').at(-1)!;
    expect(last.title).toMatch(/^2010302 一般行政管理事务/);
    expect(text(last)).toMatch(/500,425\.34 元/);
  });

  it('政府办以前年度尾款 → 往上一级，款合计多少 → 那它所在的类占总支出比例: 20103 36,804,980.38; 201 is 29.46%', () => {
    const [, kuan, lei] = dialogue(
      '政府办以前年度尾款多少',
      '往上一级，款合计多少',
      '那它所在的类占总支出比例',
    );
    expect(kuan!.title).toMatch(/^20103 /);
    expect(text(kuan!)).toMatch(/36,804,980\.38 元/);
    expect(new Decimal('36804980.38').div('124945150.26').times(100).toFixed(2)).toBe('29.46');
    expect(text(lei!)).toMatch(/29\.46%/);
  });

  it('2010399总额 → 最大一项 → 它占这个款下项目总额几成: 这个款 said of the code talked about, 2,300,000 ÷ 10,496,750 = 21.91%', () => {
    const last = dialogue('2010399总额', '最大一项', '它占这个款下项目总额几成').at(-1)!;
    expect(new Decimal('2300000').div('10496750').times(100).toFixed(2)).toBe('21.91');
    expect(text(last)).toMatch(/21\.91%/);
  });
});

describe('lines by amount: a range, and a bound within a code', () => {
  it('100万到180万之间的项目有几个: five 表九 projects from 1,398,600.00 to 1,784,000.00 (none at either end)', () => {
    const a = ask('100万到180万之间的项目有几个');
    expect(text(a)).toMatch(/共 5 项/);
    for (const v of ['1,784,000.00', '1,684,750.00', '1,610,000.00', '1,500,000.00', '1,398,600.00'])
      expect(text(a)).toContain(v);
    expect(text(a)).not.toContain('2,000,000.00');
  });

  it('其他科学技术支出下超过500万的项目有几个: five of its lines, not its 17', () => {
    const a = ask('其他科学技术支出下超过500万的项目有几个');
    expect(text(a)).toMatch(/共 5 项/);
    expect(text(a)).not.toMatch(/共 17/);
  });

  it('2010399下面有哪些项目超过200万 → 那区领导慰问经费呢 → 两个差多少: 2,300,000 − 2,000,000', () => {
    const [, named, gap] = dialogue('2010399下面有哪些项目超过200万', '那区领导慰问经费呢', '两个差多少');
    expect(text(named!)).toMatch(/区领导慰问经费：2,000,000\.00 元/);
    expect(text(gap!)).toMatch(/多 300,000\.00 元/);
  });
});

describe('the parts a topic states beside its total', () => {
  it('固定资产多少 → 分哪几块 → 加起来对得上吗: 182.83 + 13,870 + 1,721.9 = 15,774.73 万元, 21.51 万元 more than 15,753.22 (L84)', () => {
    const [, parts, check] = dialogue('固定资产多少', '分哪几块', '加起来对得上吗');
    for (const v of ['182.83 万元', '13,870.00 万元', '1,721.90 万元']) expect(text(parts!)).toContain(v);
    expect(text(parts!)).not.toMatch(/科学技术支出/);
    expect(new Decimal('182.83').plus('13870').plus('1721.9').toFixed(2)).toBe('15774.73');
    expect(text(check!)).toMatch(/合计：15,774\.73 万元/);
    expect(text(check!)).toMatch(/多 21\.51 万元/);
  });

  it('English: "Breakdown?" → "Do the parts add up to the total?" after the fixed assets', () => {
    const [, parts, check] = dialogue(
      "What's the fixed asset total as of end-2019?",
      'Breakdown?',
      'Do the parts add up to the total?',
    );
    expect(text(parts!)).toMatch(/通用设备：13,870\.00 万元/);
    expect(text(check!)).toMatch(/多 21\.51 万元/);
  });
});

describe('not in the document', () => {
  it('政府性基金拨款多少: 表四 leaves it blank — said so, not 财政拨款 124,945,150.26', () => {
    const a = ask('政府性基金拨款多少');
    expect(text(a)).toMatch(/空白/);
    expect(text(a)).not.toMatch(/124,945,150\.26/);
  });

  it('"What\'s the accumulated depreciation on those assets?": no depreciation is published', () => {
    const a = dialogue('固定资产多少', "What's the accumulated depreciation on those assets?").at(-1)!;
    expect(a.figures).toHaveLength(0);
  });
});
