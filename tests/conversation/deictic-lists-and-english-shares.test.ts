/**
 * Follow-ups that point (这个类, 它, 这个科目下另一个, those three), lists found by amount and asked each,
 * English shares said whole-first, counts compared, and fields a form leaves blank. Expected figures are
 * read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums, differences and ratios worked by
 * hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { grouped, sum } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

const pct = (a: string, b: string) => new Decimal(a).div(b).times(100).toFixed(2);

describe('what a pointing word points at', () => {
  it('206类多少钱 → 它下面的项级编码是啥 → 这个类里有基本支出吗: 206’s 基本支出 column, 0.00 (表三)', () => {
    const last = dialogue('206类多少钱', '它下面的项级编码是啥', '这个类里有基本支出吗').at(-1)!;
    expect(last.title).toMatch(/206 科学技术支出 · 基本支出/);
    expect(text(last)).toMatch(/基本支出：0\.00 元/);
  });

  it('预留机动费 → 挂在哪个功能科目 → 这个科目下另一个项目是啥 → 多少钱: 政府办更新、新购办公设备 1,778.00 (L1745)', () => {
    const [, , other, amount] = dialogue(
      '预留机动费多少',
      '挂在哪个功能科目',
      '这个科目下另一个项目是啥',
      '多少钱',
    );
    expect(other!.title).toMatch(/^政府办更新、新购办公设备/);
    expect(text(amount!)).toMatch(/1,778\.00 元/);
    expect(text(amount!)).not.toMatch(/500,425\.34/);
  });

  it('哪个功能类支出最小 → 它下面具体是啥项: 它 is the smallest class, 205, whose 项 is 2050803 培训支出', () => {
    const last = dialogue('哪个功能类支出最小', '它下面具体是啥项').at(-1)!;
    expect(text(last)).toMatch(/2050803 培训支出/);
    expect(text(last)).not.toMatch(/卫生健康支出/);
  });

  it('软件正版化 → 机要运维费是它的几倍: 22,175,821.60 ÷ 15,619,343.00 (L1853, L1952) ≈ 1.42 倍', () => {
    const last = dialogue('软件正版话那个项目多少', '部门经济分类编码是？', '机要运维费是它的几倍').at(-1)!;
    expect(new Decimal('22175821.60').div('15619343.00').toFixed(2)).toBe('1.42');
    expect(text(last)).toMatch(/约 1\.42 倍/);
    expect(text(last)).toMatch(/2020年机要信息中心运维费是2020年西城区软件正版化采购项目的/);
  });

  it('水费和电费 → 邮电费呢 → "which of those three is the biggest?": 电费 307,800.00 (L1206), not 三公', () => {
    const last = dialogue(
      'hi quick one — 水费 and 电费 for 2020?',
      '邮电费呢',
      'which of those three is the biggest?',
    ).at(-1)!;
    expect(last.title).toMatch(/电费/);
    expect(text(last)).toMatch(/307,800\.00 元/);
    expect(text(last)).not.toMatch(/三公/);
  });
});

describe('a code’s 表九 lines, and the same row in two tables', () => {
  it('教育支出 → 表九里对应哪一行: 日常公用支出（在职人员）_培训费 (L1825)', () => {
    const last = dialogue('教育支出多少', '表九里对应哪一行').at(-1)!;
    expect(text(last)).toContain('日常公用支出（在职人员）_培训费');
  });

  it('2080501 → 表九里这块几条明细 → 其他对个人和家庭的补助那两条加起来: 5 lines; 3,960.00 + 35,520.00', () => {
    const [, count, two] = dialogue(
      '2080501多少',
      '表九里这块几条明细',
      '其他对个人和家庭的补助那两条加起来',
    );
    expect(text(count!)).toMatch(/共 5 项/);
    expect(sum('3960.00', '35520.00')).toBe('39480.00');
    expect(text(two!)).toMatch(/39,480\.00 元/);
  });

  it('表五里201的项目支出 → 表三里一样不: 10,997,175.34 in both (表三 L609, 表五 L940)', () => {
    const last = dialogue('我在对表哈，表五里一般公共服务支出的项目支出是多少', '表三里一样不').at(-1)!;
    expect(text(last)).toMatch(/表三 201 一般公共服务支出 项目支出：10,997,175\.34 元/);
    expect(text(last)).toMatch(/表五 201 一般公共服务支出 项目支出：10,997,175\.34 元/);
    expect(text(last)).toMatch(/各表一致/);
  });

  it('"How many 表九 lines sit under it?" → "Do they sum to the class total?": 17 lines, adding up to 76,411,771.98 (L124)', () => {
    const [, count, check] = dialogue(
      "What's the 项-level function code used for 科学技术支出 lines in 表九?",
      'How many 表九 lines sit under it?',
      'Do they sum to the class total?',
    );
    expect(text(count!)).toMatch(/共 17 项/);
    expect(text(check!)).toMatch(/76,411,771\.98 元/);
    expect(text(check!)).toMatch(/一致/);
  });
});

describe('lines found by amount, then asked of', () => {
  it('表九里过千万的项目有哪些 → 各多少万 → 仨一共多少万 → 占项目支出比例: three lines (L1853, L1952, L1889)', () => {
    const [found, each, all, share] = dialogue(
      '表九里过千万的项目有哪些',
      '各多少万',
      '仨一共多少万',
      '占项目支出比例',
    );
    expect(text(found!)).toMatch(/共 3 项/);
    for (const v of ['22,175,821.60', '15,619,343.00', '11,988,577.66']) expect(text(each!)).toContain(v);
    const total = sum('22175821.60', '15619343.00', '11988577.66');
    expect(total).toBe('49783742.26');
    expect(text(all!)).toContain(grouped(total));
    expect(pct(total, '87408947.32')).toBe('56.95');
    expect(text(share!)).toMatch(/56\.95%/);
  });
});

describe('English shares: the whole after "of", the part after "goes to"', () => {
  it('"What % of total spending goes to 社会保障和就业?" → "And 住房保障?" → "Combined?": 3.87%, 3.57%, 7.44% (L129, L139)', () => {
    const [a, b, both] = dialogue(
      'What % of total spending goes to 社会保障和就业?',
      'And 住房保障?',
      'Combined?',
    );
    expect(pct('4830831.40', '124945150.26')).toBe('3.87');
    expect(pct('4464634.80', '124945150.26')).toBe('3.57');
    expect(pct(sum('4830831.40', '4464634.80'), '124945150.26')).toBe('7.44');
    expect(text(a!)).toMatch(/3\.87%/);
    expect(text(b!)).toMatch(/3\.57%/);
    expect(text(both!)).toMatch(/7\.44%/);
  });

  it('"How much of that is general public budget appropriation?" → "What share goes to basic expenditure?": 30.04%, never 收入 of 基本支出', () => {
    const [, part, share] = dialogue(
      'Total revenue budget for 2020?',
      'How much of that is general public budget appropriation?',
      'What share goes to basic expenditure?',
    );
    expect(text(part!)).toMatch(/124,945,150\.26 元/);
    expect(pct('37536202.94', '124945150.26')).toBe('30.04');
    expect(text(share!)).toMatch(/30\.04%/);
    expect(text(share!)).not.toMatch(/332\.87%/);
  });

  it('"What\'s the gap between them?" after the two largest lines: 22,175,821.60 − 15,619,343.00 = 6,556,478.60', () => {
    const last = dialogue(
      'Which project in 表九 has the biggest budget, and how much?',
      'And the second largest?',
      "What's the gap between them?",
    ).at(-1)!;
    expect(new Decimal('22175821.60').minus('15619343.00').toFixed(2)).toBe('6556478.60');
    expect(text(last)).toMatch(/6,556,478\.60/);
  });
});

describe('counts compared, and numbers the document gives elsewhere', () => {
  it('固定资产里车有几辆 → 实有公务用车呢 → 差几辆: 5 − 1 = 4 辆 (L84, L58)', () => {
    const last = dialogue('固定资产里车有几辆', '实有公务用车呢', '差几辆').at(-1)!;
    expect(text(last)).toMatch(/多 4 辆/);
  });

  it('绩效目标申报项目几个 → 表十二列了几个 → 差几个: 16 (L77) − 3 forms = 13', () => {
    const last = dialogue('绩效目标申报项目几个', '表十二列了几个', '差几个').at(-1)!;
    expect(text(last)).toMatch(/相差 13 项/);
    expect(text(last)).not.toMatch(/8,322\.36/);
  });

  it('项目支出多少万 → 跟8691.03差多少: 8,691.03 万元 is the 绩效 narrative’s (L77); 8,740.89 − 8,691.03 = 49.86 万元', () => {
    const last = dialogue('项目支出多少万', '跟8691.03差多少').at(-1)!;
    expect(new Decimal('8740.89').minus('8691.03').toFixed(2)).toBe('49.86');
    expect(text(last)).toMatch(/49\.86 万元/);
    expect(text(last)).toMatch(/绩效说明所引/);
  });

  it('云平台综合管控那个项目 → 这项目是哪年的: 2018, as its name says (L1915)', () => {
    expect(text(dialogue('云平台综合管控那个项目多少', '这项目是哪年的').at(-1)!)).toMatch(/2018年/);
  });
});

describe('what is not in the document', () => {
  it('Headcount per division? / 每个科室多少人: no figure by division', () => {
    for (const q of ['Headcount per division?', '每个科室多少人']) {
      const a = ask(q);
      expect(a.kind).toBe('not_found');
      expect(a.figures).toHaveLength(0);
    }
  });

  it('最大的项目负责人是谁: the largest, 机要信息中心运维费, has no 表十二 form — no owner, not the ranking', () => {
    const a = ask('最大的项目负责人是谁');
    expect(a.title).toMatch(/没有公布2020年机要信息中心运维费的负责人/);
    expect(a.figures.filter((f) => f.unit === '元')).toHaveLength(0);
  });

  it('绩效管理项目 → 中期资金总额填的多少: the form leaves it blank (L2516), not 表十一’s 资金总额', () => {
    const last = dialogue('绩效管理项目实施单位', '项目属性', '中期资金总额填的多少').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(text(last)).toMatch(/中期资金总额/);
    expect(text(last)).not.toMatch(/12,494\.51/);
  });
});
