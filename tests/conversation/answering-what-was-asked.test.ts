/**
 * An answer answers the question asked, or says it cannot: a count asked is never answered with money, the
 * whole budget is never made the part of a share, and what was actually spent is not in a budget. Expected
 * figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); shares worked by hand with
 * decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dialogue, text } from '../helpers/asking.js';

const money = (f: { unit: string }) => f.unit === '元' || f.unit === '万元';

describe('a share asked after the whole budget', () => {
  it('支出预算多少 → 按比例项目支出占多少 → 基本支出呢: 87,408,947.32 (L44) and 37,536,202.94 (L40) of 124,945,150.26 (L184)', () => {
    const [, project, basic] = dialogue('支出预算多少', '按比例项目支出占多少', '基本支出呢');
    expect(new Decimal('87408947.32').div('124945150.26').times(100).toFixed(2)).toBe('69.96');
    expect(new Decimal('37536202.94').div('124945150.26').times(100).toFixed(2)).toBe('30.04');
    expect(project!.kind).toBe('share');
    expect(text(project!)).toMatch(/项目支出占支出预算的 69\.96%/);
    // (Never the budget over its part: 124,945,150.26 ÷ 87,408,947.32 = 142.94%.)
    expect(text(project!)).not.toMatch(/142\.94%/);
    expect(text(basic!)).toMatch(/基本支出占支出预算的 30\.04%/);
  });

  it('收入预算多少 → 那项目支出占多少: the part named is the part (69.96%), as after 支出预算', () => {
    const last = dialogue('收入预算多少', '那项目支出占多少').at(-1)!;
    expect(text(last)).toMatch(/69\.96%/);
    expect(text(last)).not.toMatch(/142\.94%/);
  });
});

describe('what the budget does not publish', () => {
  it('… → 今年目前执行了多少: execution so far is not in a budget — no figure given', () => {
    const last = dialogue('支出预算多少', '按比例项目支出占多少', '基本支出呢', '今年目前执行了多少').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(last.figures).toHaveLength(0);
  });
});

describe('a count asked, never answered with money', () => {
  it('科学技术支出今年多少钱 → … → 下头一共几个项目: no amount given in the count’s place', () => {
    const last = dialogue(
      '科学技术支出今年多少钱',
      '这是基本支出还是项目支出',
      '占全部支出多少',
      '下头一共几个项目',
    ).at(-1)!;
    const answered = last.figures.some((f) => !money(f) && f.unit !== '%');
    // (Either the count itself or "not found": never 基本支出 + 项目支出 = 124,945,150.26 as its answer.)
    expect(answered || last.kind === 'not_found').toBe(true);
    expect(last.figures.filter(money)).toHaveLength(0);
    expect(text(last)).not.toMatch(/124,945,150\.26/);
  });

  it('款级科目一共几个: the 款 listed, numbered, count them — still answered (20699 76,411,771.98, 表三 L686–688)', () => {
    const a = dialogue('款级科目一共几个')[0]!;
    expect(a.kind).toBe('breakdown');
    expect(text(a)).toMatch(/20699 其他科学技术支出：76,411,771\.98 元/);
  });

  it('2010399下面挂了哪些项目 → 这几个加起来多少: 这几个 points back, it asks no count — the eight added, 10,496,750.00 (表三 L642–644)', () => {
    const last = dialogue('2010399下面挂了哪些项目', '这几个加起来多少').at(-1)!;
    expect(last.kind).not.toBe('not_found');
    expect(text(last)).toMatch(/10,496,750\.00 元/);
  });
});

describe('a part taken out of its whole', () => {
  it('三公今年总额 → 换成去年 → 增长率 → 今年的去掉公车那块还剩多少: 47,320.24 − 25,000.00 = 22,320.24 (表七 L1413–1417)', () => {
    const last = dialogue('三公今年总额', '换成去年', '增长率', '今年的去掉公车那块还剩多少').at(-1)!;
    expect(new Decimal('47320.24').minus('25000.00').toFixed(2)).toBe('22320.24');
    expect(text(last)).toMatch(/还剩 22,320\.24 元/);
    expect(last.figures.at(-1)!.computation?.op).toBe('difference');
  });

  it('区领导慰问经费 → 占2010399的多少 → 去掉它2010399还剩多少: 10,496,750.00 (L642) − 2,000,000.00 (L1790) = 8,496,750.00', () => {
    const [, share, rest] = dialogue('区领导慰问经费', '占2010399的多少', '去掉它2010399还剩多少');
    expect(new Decimal('2000000.00').div('10496750.00').times(100).toFixed(2)).toBe('19.05');
    expect(text(share!)).toMatch(/19\.05%/);
    expect(new Decimal('10496750.00').minus('2000000.00').toFixed(2)).toBe('8496750.00');
    expect(text(rest!)).toMatch(/还剩 8,496,750\.00 元/);
  });

  it('公务接待费 → 去掉办公费还剩多少: neither holds the other — not found, no figure', () => {
    const last = dialogue('公务接待费', '去掉办公费还剩多少').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(last.figures).toHaveLength(0);
  });
});

describe('one message, two questions, each ending in its own 多少', () => {
  it('绩效管理项目今年给多少 尾款多少: 161 万 this year and the 69 万 尾款 (L2627, 表九 L1763)', () => {
    const a = dialogue('绩效管理项目今年给多少 尾款多少')[0]!;
    expect(text(a)).toMatch(/1,610,000\.00 元/);
    expect(text(a)).toMatch(/尾款：69\.00 万元/);
  });

  it('固定资产总额多少 车辆那块多少: 15,753.22 万元 and the 车辆 182.83 万元 beside its 5 辆 (L84)', () => {
    const a = dialogue('固定资产总额多少 车辆那块多少')[0]!;
    expect(text(a)).toMatch(/15,753\.22 万元/);
    expect(text(a)).toMatch(/182\.83 万元/);
  });

  it('养老保险缴费、职业年金各多少，再给个合计: 2,740,494.40 (L435) + 1,370,247.20 (L448) = 4,110,741.60', () => {
    const a = dialogue('养老保险缴费、职业年金各多少，再给个合计')[0]!;
    expect(new Decimal('2740494.40').plus('1370247.20').toFixed(2)).toBe('4110741.60');
    expect(text(a)).toMatch(/2,740,494\.40 元/);
    expect(text(a)).toMatch(/1,370,247\.20 元/);
    expect(text(a)).toMatch(/合计：4,110,741\.60 元/);
  });
});

describe('the largest of what was just listed', () => {
  it('归口管理的行政单位离退休多少 → 表九里这块分成几项 → 最大那项是什么: 5 lines in 表九, the largest 退休费 441,330.00 (L2006)', () => {
    const [, count, largest] = dialogue(
      '归口管理的行政单位离退休多少',
      '表九里这块分成几项',
      '最大那项是什么',
    );
    expect(text(count!)).toMatch(/共 5 项/);
    expect(largest!.title).toMatch(/退休费/);
    expect(text(largest!)).toMatch(/441,330\.00 元/);
  });
});

describe('a table and its rows', () => {
  it('表七总计多少 → 第2项是啥 → 它的部门经济分类编码 → 政府经济分类呢: 表七 numbers 2、公务接待费 (L1402); 30217, 50206', () => {
    const [, second, code, government] = dialogue(
      '表七总计多少',
      '第2项是啥',
      '它的部门经济分类编码',
      '政府经济分类呢',
    );
    expect(text(second!)).toMatch(/公务接待费/);
    expect(text(second!)).toMatch(/22,320\.24 元/);
    expect(text(code!)).toMatch(/部门经济分类 30217 公务接待费/);
    expect(text(government!)).toMatch(/政府经济分类 50206/);
  });

  it('表七总计多少 → 它的部门经济分类编码: a table has no code — not found, never its total', () => {
    const last = dialogue('表七总计多少', '它的部门经济分类编码').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(last.figures).toHaveLength(0);
  });

  it('预留机动费多少 → 它在哪个功能科目下 → 同一个科目下还有啥项目: 2010302 lists both its lines (预留机动费 498,647.34; 政府办更新、新购办公设备 1,778.00)', () => {
    const last = dialogue('预留机动费多少', '它在哪个功能科目下', '同一个科目下还有啥项目').at(-1)!;
    expect(text(last)).toMatch(/政府办更新、新购办公设备：1,778\.00 元/);
  });
});

describe('a count in the table named', () => {
  it('表六里30299有几条: 表六 has two 30299 rows, 918,619.10 (L1283–1289) and 55,620.00 (L1339–1345) — never 表九’s 13 lines', () => {
    const a = dialogue('表六里30299有几条')[0]!;
    expect(a.figures[0]!.value.toFixed(0)).toBe('2');
    expect(text(a)).toMatch(/918,619\.10 元/);
    expect(text(a)).toMatch(/55,620\.00 元/);
    expect(text(a)).not.toMatch(/13 项/);
  });

  it('表六 30112 几行合计: three rows (L1145 171,280.90; L1347 2,226,651.70; L1355 90,000.00) and their sum 2,487,932.60', () => {
    const a = dialogue('表六 30112 几行合计')[0]!;
    expect(new Decimal('171280.90').plus('2226651.70').plus('90000.00').toFixed(2)).toBe('2487932.60');
    expect(text(a)).toMatch(/共 3 行/);
    expect(text(a)).toMatch(/合计：2,487,932\.60 元/);
  });
});

describe('lines of one name, in the order the table lists them', () => {
  it('2710会议室那俩项目分别多少 → 前者是做啥的 → 后者的部门经济分类代码: 表九 lists 无纸化 (369,850.00, L1925) before 平板电脑 (395,200.00, L1934)', () => {
    const [both, former, latter] = dialogue(
      '2710会议室那俩项目分别多少',
      '前者是做啥的',
      '后者的部门经济分类代码',
    );
    const t = text(both!);
    expect(t.indexOf('无纸化会议系统改造项目：369,850.00 元')).toBeGreaterThan(-1);
    expect(t.indexOf('无纸化')).toBeLessThan(t.indexOf('平板电脑'));
    expect(former!.title).toMatch(/无纸化会议系统改造/);
    expect(latter!.title).toMatch(/平板电脑采购/);
    expect(text(latter!)).toMatch(/31099/);
  });
});

describe('English names of the assets', () => {
  it("what's the fixed asset total → and the special equipment part? → general equipment?: 15,753.22, 1,721.90 and 13,870.00 万元 (L84)", () => {
    const [total, special, general] = dialogue(
      "what's the fixed asset total",
      'and the special equipment part?',
      'general equipment?',
    );
    expect(text(total!)).toMatch(/15,753\.22 万元/);
    expect(text(special!)).toMatch(/专用设备：1,721\.90 万元/);
    expect(text(special!)).not.toMatch(/公务接待费/);
    expect(text(general!)).toMatch(/通用设备：13,870\.00 万元/);
  });
});

describe('people counted the document does not count', () => {
  it('扶贫挂职干部专项经费是给几个挂职干部的: the 150,000.00 line (表九 L1753) counts no cadres — not found, never "1 项"', () => {
    const a = dialogue('扶贫挂职干部专项经费是给几个挂职干部的')[0]!;
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });
});
