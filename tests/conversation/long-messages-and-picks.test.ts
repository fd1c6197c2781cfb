/**
 * Long messages whose question names a field that several things have, and follow-ups found after the
 * round's first measurement. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line
 * numbers below); sums and ratios worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { grouped, sum } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

describe('a long message: the field asked is of the thing the clause before named', () => {
  it('…请问那个通讯指挥中心运维费，年度资金总额是多少？…想先核对一下总数: 178.4 万元 (表十二, L2907), not 表十一 12,494.51 万元', () => {
    const a = ask(
      '您好，我们是受托做绩效评价的第三方，现在在梳理项目清单。请问那个通讯指挥中心运维费，年度资金总额是多少？我们看到绩效申报表里有分项，想先核对一下总数。',
    );
    expect(a.title).toMatch(/^通讯指挥中心运维费/);
    expect(text(a)).toMatch(/年度资金总额：178\.40 万元/);
    expect(text(a)).not.toMatch(/12,494\.51/);
  });
});

describe('one total as 表三, 表十一 and the narrative each give it', () => {
  it('表十一整体绩效表里项目支出写的多少万 → 说明里写的呢 → 差多少: 8,740.89 万元 (L2340), 8,691.03 万元 (L77), 49.86 万元', () => {
    const [form, said, gap] = dialogue('表十一整体绩效表里项目支出写的多少万', '说明里写的呢', '差多少');
    expect(text(form!)).toMatch(/表十一 项目支出：8,740\.89 万元/);
    expect(text(said!)).toMatch(/8,691\.03 万元/);
    expect(new Decimal('8740.89').minus('8691.03').toFixed(2)).toBe('49.86');
    expect(text(gap!)).toMatch(/多 49\.86 万元/);
    expect(text(gap!)).not.toMatch(/12,494\.51/);
  });

  it('项目支出 → 跟说明里绩效那段的8691.03对得上吗 差多少: 87,408,947.32 (L44) against 8,691.03 万元 (L77), not 绩效目标的 8,322.36', () => {
    const a = dialogue('项目支出多少', '跟说明里绩效那段的8691.03对得上吗 差多少').at(-1)!;
    const gap = new Decimal('87408947.32').minus(new Decimal('8691.03').times(10000)).toFixed(2);
    expect(gap).toBe('498647.32');
    expect(text(a)).toContain(grouped(gap));
    expect(text(a)).not.toMatch(/8,322\.36/);
  });

  it('表十一资金总额 → 跟表一总计一致吗: 12,494.51 万元 (L2332) against 表一 收入总计 124,945,150.26 (L196–197), 50.26 元 apart', () => {
    const a = dialogue('表十一资金总额', '跟表一总计一致吗').at(-1)!;
    expect(text(a)).toMatch(/表一[^：\n]*：124,945,150\.26 元/);
    expect(new Decimal('124945150.26').minus(new Decimal('12494.51').times(10000)).toFixed(2)).toBe('50.26');
    expect(text(a)).toMatch(/多 50\.26 元/);
  });

  it('部门整体绩效目标表资金总额 → 基本支出那块填的多少 → 项目支出填的多少 → 两个加起来: the form’s 3,753.62 + 8,740.89 万元 (L2336, L2340)', () => {
    const [, basic, project, both] = dialogue(
      '部门整体绩效目标表资金总额',
      '基本支出那块填的多少',
      '项目支出填的多少',
      '两个加起来',
    );
    expect(text(basic!)).toMatch(/表十一 基本支出：3,753\.62 万元/);
    expect(text(project!)).toMatch(/表十一 项目支出：8,740\.89 万元/);
    expect(sum('3753.62', '8740.89')).toBe('12494.51');
    expect(text(both!)).toMatch(/12,494\.51 万元/);
  });

  it('表十一资金总额 → 基本支出写的多少 → 项目呢: the form’s 项目支出, 8,740.89 万元', () => {
    const a = dialogue('表十一资金总额', '基本支出写的多少', '项目呢').at(-1)!;
    expect(a.title).toMatch(/部门整体绩效项目支出/);
    expect(text(a)).toMatch(/8,740\.89 万元/);
  });

  it('部门整体绩效表里基本支出写的多少 → 跟表三对得上吗: the form against 表三 37,536,202.94 (L824), agreeing to the 万元', () => {
    const a = dialogue('部门整体绩效表里基本支出写的多少', '跟表三对得上吗').at(-1)!;
    expect(a.title).toMatch(/基本支出：表十一与表三核对/);
    expect(text(a)).toMatch(/37,536,202\.94/);
  });

  it('表四总计多少: 表四 gives its total, 收入总计 124,945,150.26', () => {
    const a = ask('表四总计多少');
    expect(text(a)).toMatch(/表四 收入总计：124,945,150\.26 元/);
  });
});
