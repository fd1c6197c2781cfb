/**
 * Expected figures worked out by hand, with decimal.js — an independent route, never the code under test.
 */
import { Decimal } from 'decimal.js';

/** The sum of decimal strings, to the 分. */
export const sum = (...xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);
/** a ÷ b × 100, to two places. */
export const pct = (a: string, b: string) => new Decimal(a).dividedBy(b).times(100).toFixed(2);
/** A decimal string with thousands separators, as answers write amounts. */
export const grouped = (x: string) => x.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
