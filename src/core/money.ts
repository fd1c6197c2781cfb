/**
 * Exact money. Amounts live as decimal strings in data files and as `Money` (a private Decimal clone)
 * in code; they are rounded and formatted only at the edge, by the functions below.
 * Never `Number()`, `parseFloat`, `toNumber()` or `+` on an amount.
 */
import { Decimal } from 'decimal.js';

/** Our own Decimal: 40 significant digits, half-up rounding (the convention of published budgets). */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

export const ZERO = new Money(0);
export const TEN_THOUSAND = new Money(10000);

/** Units a figure can be published in. 元 and 万元 are money; the rest are counts or ratios. */
export type MoneyUnit = '元' | '万元';
export type CountUnit = '人' | '个' | '辆' | '台' | '台（套）' | '项' | '分' | '次';
export type Unit = MoneyUnit | '%' | CountUnit;

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return unit === '元' || unit === '万元';
}

/**
 * A value with its unit. Arithmetic is only defined between quantities of one and the same unit
 * (`SingleUnit` rejects a union such as `'元' | '万元'` at compile time); a 万元 figure meets a 元
 * figure only through an explicit conversion (`convertMoney`).
 */
export interface Quantity<U extends Unit = Unit> {
  readonly value: Money;
  readonly unit: U;
}

/** true when T is a union of several literals. */
type IsUnion<T, C = T> = T extends C ? ([C] extends [T] ? false : true) : never;
/** U itself when it is one unit, `never` when it is a union: a parameter of this type demands one unit. */
export type SingleUnit<U> = true extends IsUnion<U> ? never : U;

/** A money value in `to`, converted exactly (1 万元 = 10,000 元). */
export function convertMoney(value: Money, from: MoneyUnit, to: MoneyUnit): Money {
  if (from === to) return value;
  return from === '万元' ? wanToYuan(value) : yuanToWan(value);
}

/** Thrown when quantities of different units meet in arithmetic: a bug, never an answer. */
export class UnitMismatchError extends Error {
  constructor(operation: string, units: readonly string[]) {
    super(`unit mismatch in ${operation}: ${units.join(' vs ')}`);
    this.name = 'UnitMismatchError';
  }
}

/** The one unit all the quantities share, or null when they differ (for data read at run time). */
export function commonUnit(quantities: readonly Quantity[]): Unit | null {
  const unit = quantities[0]?.unit;
  return unit !== undefined && quantities.every((q) => q.unit === unit) ? unit : null;
}

/** Runtime guard behind the compile-time one: every quantity is in `unit`. */
export function assertUnit(operation: string, unit: Unit, quantities: readonly Quantity[]): void {
  const other = quantities.find((q) => q.unit !== unit);
  if (other) throw new UnitMismatchError(operation, [unit, other.unit]);
}

/** A published decimal: optional sign, digits with optional thousands commas, optional fraction. */
const DECIMAL_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Normalise a published number ("26,268.00", " 116280.00 ", "１２") to a plain decimal string, or null. */
export function normaliseDecimalText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/[\s\u3000]/g, '');
  if (!DECIMAL_TEXT.test(t)) return null;
  return t.replace(/,/g, '');
}

/** Parse a decimal string into Money. Throws on anything that is not a plain decimal. */
export function money(text: string): Money {
  const n = normaliseDecimalText(text);
  if (n === null) throw new Error(`not a decimal amount: ${JSON.stringify(text)}`);
  return new Money(n);
}

/** 万元 → 元 and back, exactly. */
export function wanToYuan(wan: Money): Money {
  return wan.times(TEN_THOUSAND);
}
export function yuanToWan(yuan: Money): Money {
  return yuan.dividedBy(TEN_THOUSAND);
}
export function toYuan(value: Money, unit: MoneyUnit): Money {
  return unit === '万元' ? wanToYuan(value) : value;
}

/**
 * "-1234567.89" → "-1,234,567.89": thousands separators on a fixed-point decimal string, as
 * Intl.NumberFormat('en-US') prints it (a test holds the two together). Grouping the string by hand
 * spares each process the ~30 ms ICU takes to build its first number format, and loses no digit.
 */
function groupThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac}`;
}

/**
 * Format with thousands separators and exactly `digits` decimals, half-up.
 * Rounds with Decimal first and groups the resulting *string*, so no digit is lost to a float.
 */
export function formatDecimal(value: Money, digits = 2): string {
  digits = Math.min(Math.max(Math.trunc(digits), 0), 20);
  return groupThousands(value.toDecimalPlaces(digits, Money.ROUND_HALF_UP).toFixed(digits));
}

/** "22,320.24 元" */
export function formatYuan(yuan: Money): string {
  return `${formatDecimal(yuan, 2)} 元`;
}

/** "2.23 万元" (yuan given in 元; four decimals would be exact, two is what staff read). */
export function formatWan(yuan: Money, digits = 2): string {
  return `${formatDecimal(yuanToWan(yuan), digits)} 万元`;
}

/** "22,320.24 元（2.23 万元）" — 万元 beside only where it helps (≥ 10,000 元). */
export function formatYuanWithWan(yuan: Money): string {
  if (yuan.abs().lessThan(TEN_THOUSAND)) return formatYuan(yuan);
  return `${formatYuan(yuan)}（${formatWan(yuan)}）`;
}

/** Signed change: "+21,052.24 元" / "-3,947.76 元". */
export function formatSignedYuan(yuan: Money): string {
  const sign = yuan.isNegative() && !yuan.isZero() ? '-' : '+';
  return `${sign}${formatYuan(yuan.abs())}`;
}

/** Percentage of a ratio in [0,1]-ish scale: 0.8014 → "80.14%". */
export function formatPercent(ratio: Money, digits = 2): string {
  return `${formatDecimal(ratio.times(100), digits)}%`;
}

/** Signed percentage: "+80.14%" / "-15.03%". */
export function formatSignedPercent(ratio: Money, digits = 2): string {
  const sign = ratio.isNegative() && !ratio.isZero() ? '-' : '+';
  return `${sign}${formatPercent(ratio.abs(), digits)}`;
}

/**
 * (current − previous) / previous as a fraction, or null when previous is zero (growth from nothing has
 * no percentage). Both in one unit: the compiler rejects a 元 figure against a 万元 one.
 */
export function changeRatio<U extends Unit>(
  current: Quantity<SingleUnit<U>>,
  previous: Quantity<NoInfer<U>>,
): Money | null {
  assertUnit('changeRatio', current.unit, [previous]);
  if (previous.value.isZero()) return null;
  return current.value.minus(previous.value).dividedBy(previous.value);
}

/** part / whole as a fraction, or null when whole is zero. A ratio of two quantities in one unit. */
export function share<U extends Unit>(
  part: Quantity<SingleUnit<U>>,
  whole: Quantity<NoInfer<U>>,
): Money | null {
  assertUnit('share', part.unit, [whole]);
  if (whole.value.isZero()) return null;
  return part.value.dividedBy(whole.value);
}

export function sum(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Format a count (人, 个, 辆…) without decimals or grouping surprises. */
export function formatCount(value: Money): string {
  return value.isInteger() ? value.toFixed(0) : value.toString();
}
