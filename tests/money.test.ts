import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeRatio,
  formatDecimal,
  formatPercent,
  formatSignedPercent,
  formatSignedYuan,
  formatYuan,
  formatYuanWithWan,
  money,
  normaliseDecimalText,
  share,
  sum,
  wanToYuan,
  type Money,
  type Quantity,
  UnitMismatchError,
  convertMoney,
} from '../src/core/money.js';

const yuan = (value: Money): Quantity<'元'> => ({ value, unit: '元' });

describe('money', () => {
  it('groups thousands exactly as Intl.NumberFormat en-US does, for any decimal and 0–6 digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale, digits) => {
          const text =
            (units < 0n ? '-' : '') + (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
          const value = money(scale ? `${text.slice(0, text.length - scale)}.${text.slice(-scale)}` : text);
          const fixed = value.toDecimalPlaces(digits, 4).toFixed(digits);
          const intl = new Intl.NumberFormat('en-US', {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
            useGrouping: true,
          }).format(fixed as unknown as number);
          expect(formatDecimal(value, digits)).toBe(intl);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['22320.24', '22,320.24 元'],
    ['26,268.00', '26,268.00 元'],
    ['124945150.26', '124,945,150.26 元'],
    ['37536202.9', '37,536,202.90 元'],
    ['0', '0.00 元'],
    ['98765432109876543.21', '98,765,432,109,876,543.21 元'],
  ])('formats %s as %s without losing a digit', (input, expected) => {
    expect(formatYuan(money(input))).toBe(expected);
  });

  it('puts 万元 beside large amounts only', () => {
    expect(formatYuanWithWan(money('124945150.26'))).toBe('124,945,150.26 元（12,494.52 万元）');
    expect(formatYuanWithWan(money('3960.00'))).toBe('3,960.00 元');
  });

  it('computes the published 三公 change exactly: 47,320.24 vs 26,268.00 is +21,052.24 (+80.14%)', () => {
    const current = money('47,320.24');
    const previous = money('26,268.00');
    expect(formatSignedYuan(current.minus(previous))).toBe('+21,052.24 元');
    expect(formatSignedPercent(changeRatio(yuan(current), yuan(previous))!)).toBe('+80.14%');
  });

  it('computes the published 公务接待费 change: 22,320.24 vs 26,268.00 is -3,947.76 (-15.03%)', () => {
    const current = money('22,320.24');
    const previous = money('26268.00');
    expect(formatSignedYuan(current.minus(previous))).toBe('-3,947.76 元');
    expect(formatSignedPercent(changeRatio(yuan(current), yuan(previous))!)).toBe('-15.03%');
  });

  it('has no percentage for growth from zero', () => {
    expect(changeRatio(yuan(money('25000')), yuan(money('0')))).toBeNull();
  });

  it('sums the 表三 类 rows to the published total 124,945,150.26', () => {
    const rows = ['36804980.38', '116280.00', '76411771.98', '4830831.40', '2316651.70', '4464634.80'];
    expect(sum(rows.map(money)).toFixed(2)).toBe('124945150.26');
  });

  it('converts 万元 to 元 exactly (178.4 万元 = 1,784,000 元)', () => {
    expect(wanToYuan(money('178.4')).toFixed(2)).toBe('1784000.00');
  });

  it('gives shares to two decimals: 科学技术支出 76,411,771.98 of 124,945,150.26 is 61.16%', () => {
    expect(formatPercent(share(yuan(money('76411771.98')), yuan(money('124945150.26')))!)).toBe('61.16%');
  });

  it.each([' 116280.00 ', '１１６２８０.００', '116,280.00'])('normalises published text %j', (t) => {
    expect(normaliseDecimalText(t)).toBe('116280.00');
  });

  it.each(['', '　', 'abc', '1.2.3', '12,34', '--1', '1e5', 'NaN'])('rejects %j as an amount', (t) => {
    expect(normaliseDecimalText(t)).toBeNull();
    expect(() => money(t)).toThrow(/not a decimal amount/);
  });
});

describe('quantities carry their unit', () => {
  const wan = (value: Money): Quantity<'万元'> => ({ value, unit: '万元' });

  it('rejects a share of a 万元 figure over a 元 figure, at compile time and at run time', () => {
    // 8,322.36 万元 (绩效目标项目的拨款, 说明第 77 行) over 87,408,947.32 元 (表三 项目支出): the 10,000× bug.
    const part = wan(money('8322.36'));
    const whole = yuan(money('87408947.32'));
    // @ts-expect-error — units differ: the compiler refuses before any figure is computed
    expect(() => share(part, whole)).toThrow(UnitMismatchError);
    const mixed: Quantity<'元' | '万元'> = part;
    // @ts-expect-error — a quantity whose unit is not one known unit is refused too
    expect(() => share(mixed, whole)).toThrow(UnitMismatchError);
  });

  it('gives the right share once the 万元 figure is converted explicitly: 95.21%', () => {
    const part = yuan(convertMoney(money('8322.36'), '万元', '元'));
    expect(part.value.toFixed(2)).toBe('83223600.00');
    expect(formatPercent(share(part, yuan(money('87408947.32')))!)).toBe('95.21%');
  });
});
