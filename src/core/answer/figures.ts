/** Building cited figures and computed figures from the knowledge base. */
import { tableName } from '../kb/tables.js';
import { cite } from '../kb/derive.js';
import { tableOfKind, type TableKind } from '../kb/kinds.js';
import type { Dataset } from '../kb/loader.js';
import type { Fact, NarrativeSource, PublishedAmount, TableSource, Table, TableRow } from '../kb/schema.js';
import {
  assertUnit,
  convertMoney,
  isMoneyUnit,
  Money,
  type CountUnit,
  type MoneyUnit,
  type SingleUnit,
  type Unit,
} from '../money.js';
import type { Computation, Figure, SourceRef } from './types.js';

export function tableTitle(ds: Dataset, n: number): string {
  return ds.tables.find((t) => t.number === n)?.title ?? '';
}

function makeSourceRef(ds: Dataset, s: TableSource | NarrativeSource): SourceRef {
  return s.kind === 'table' ? { ...s, tableTitle: tableTitle(ds, s.table) } : { ...s };
}

/**
 * Each source of the data as cited, made once (a source object belongs to one loaded dataset, and goes
 * with it): answers cite the same lines again and again, and an answer's sources are deduplicated by
 * a key made once per citation (compose.ts). Citations are never changed once made.
 */
const SOURCE_REFS = new WeakMap<TableSource | NarrativeSource, SourceRef>();

export function toSourceRef(ds: Dataset, s: TableSource | NarrativeSource): SourceRef {
  let r = SOURCE_REFS.get(s);
  if (r === undefined) SOURCE_REFS.set(s, (r = makeSourceRef(ds, s)));
  return r;
}

export function factFigure(ds: Dataset, f: Fact, label?: string): Figure {
  return { label: label ?? f.label, value: f.value, unit: f.unit, source: toSourceRef(ds, f.source) };
}

/** A table cell as a figure in the table's stated unit (元 when it states none). */
export function cellFigure(
  ds: Dataset,
  t: Table,
  row: TableRow,
  col: number,
  label: string,
): Figure<MoneyUnit> | null {
  const c = row.cells[col];
  if (c === null || c === undefined) return null;
  // (A cell's citation is made here, not kept by the data: not remembered either.)
  return { label, value: new Money(c), unit: t.unit ?? '元', source: makeSourceRef(ds, cite(t, row, col)) };
}

/*
 * Computed figures. Each constructor names the unit its inputs share (`unit`, one literal: the compiler
 * rejects '元' | '万元'), checks it again at run time, and records the computation so it can be re-derived.
 * A figure in another unit enters only through `inUnit`, which converts money explicitly.
 */

function computedFigure<U extends Unit>(
  label: string,
  op: Computation['op'],
  inputs: readonly Figure[],
  unit: U,
  value: Money,
  derivation: string,
): Figure<U> {
  return { label, value, unit, derivation, computation: { op, inputs: [...inputs] } };
}

/** Σ inputs, all in `unit`. */
export function sumOf<U extends Unit>(
  label: string,
  unit: SingleUnit<U>,
  inputs: readonly Figure<NoInfer<U>>[],
  derivation: string,
): Figure<U> {
  assertUnit('sum', unit, inputs);
  const value = inputs.reduce((s, x) => s.plus(x.value), new Money(0));
  return computedFigure(label, 'sum', inputs, unit as U, value, derivation);
}

/**
 * A sum of figures whose one unit is proven at run time (counts: 人, 个, 辆 — never money, which goes
 * through `sumOf` in 元): null when the units differ.
 */
export function sumOfCounts(label: string, inputs: readonly Figure[], derivation: string): Figure | null {
  const unit = inputs[0]?.unit;
  if (!unit || isMoneyUnit(unit) || unit === '%' || inputs.some((x) => x.unit !== unit)) return null;
  const value = inputs.reduce((s, x) => s.plus(x.value), new Money(0));
  return computedFigure(label, 'sum', inputs, unit, value, derivation);
}

// The arithmetic itself, once: the typed constructors below (one literal unit, checked by the
// compiler) and the pair ones (a unit proven at run time by inCommonUnit) both come here.
function difference(label: string, unit: Unit, a: Figure, b: Figure, derivation: string): Figure {
  assertUnit('difference', unit, [a, b]);
  return computedFigure(label, 'difference', [a, b], unit, a.value.minus(b.value), derivation);
}

function percent(
  label: string,
  unit: Unit,
  part: Figure,
  whole: Figure,
  derivation: string,
): Figure<'%'> | null {
  assertUnit('percent', unit, [part, whole]);
  if (whole.value.isZero()) return null;
  const value = part.value.dividedBy(whole.value).times(100);
  return computedFigure(label, 'percent', [part, whole], '%', value, derivation);
}

function changePercent(
  label: string,
  unit: Unit,
  current: Figure,
  previous: Figure,
  derivation: string,
): Figure<'%'> | null {
  assertUnit('change_percent', unit, [current, previous]);
  if (previous.value.isZero()) return null;
  const value = current.value.minus(previous.value).dividedBy(previous.value).times(100);
  return computedFigure(label, 'change_percent', [current, previous], '%', value, derivation);
}

/** a − b, both in `unit`. */
export function differenceOf<U extends Unit>(
  label: string,
  unit: SingleUnit<U>,
  a: Figure<NoInfer<U>>,
  b: Figure<NoInfer<U>>,
  derivation: string,
): Figure<U> {
  return difference(label, unit, a, b, derivation) as Figure<U>;
}

/** part ÷ whole × 100, both in `unit`; null when the whole is zero. */
export function percentOf<U extends Unit>(
  label: string,
  unit: SingleUnit<U>,
  part: Figure<NoInfer<U>>,
  whole: Figure<NoInfer<U>>,
  derivation: string,
): Figure<'%'> | null {
  return percent(label, unit, part, whole, derivation);
}

/** An amount in 元 over a number of people (人): 元 per person; null when there are none. */
export function perPersonOf(
  label: string,
  amount: Figure<'元'>,
  people: Figure,
  derivation: string,
): Figure<'元'> | null {
  if (people.unit !== '人' || people.value.isZero()) return null;
  return computedFigure(
    label,
    'per_person',
    [amount, people],
    '元',
    amount.value.dividedBy(people.value),
    derivation,
  );
}

/** (current − previous) ÷ previous × 100, both in `unit`; null when previous is zero. */
export function changePercentOf<U extends Unit>(
  label: string,
  unit: SingleUnit<U>,
  current: Figure<NoInfer<U>>,
  previous: Figure<NoInfer<U>>,
  derivation: string,
): Figure<'%'> | null {
  return changePercent(label, unit, current, previous, derivation);
}

/** How many inputs there are, as a count in `unit` (项, 个…). */
export function countOf<U extends CountUnit>(
  label: string,
  unit: U,
  inputs: readonly Figure[],
  derivation: string,
): Figure<U> {
  return computedFigure(label, 'count', inputs, unit, new Money(inputs.length), derivation);
}

/**
 * A figure's value to order by: money in 元 (a 万元 figure times 10,000), any other unit as it is. Things
 * ranked side by side may come in both units (表十二 writes one project's funds in 万元, another's in 元).
 */
export function ordering(f: Figure): Money {
  return f.unit === '万元' ? f.value.times(10000) : f.value;
}

/**
 * The figure in `unit`: itself when it already is; a money figure converted exactly (万元 ↔ 元, the
 * conversion recorded); null when it cannot be (a count or a percentage is not money).
 */
export function inUnit<U extends Unit>(f: Figure, unit: SingleUnit<U>): Figure<U> | null {
  const target: Unit = unit;
  if (f.unit === target) return f as Figure<U>;
  if (!isMoneyUnit(f.unit) || !isMoneyUnit(target)) return null;
  const op = target === '元' ? 'to_yuan' : 'to_wan';
  const value = convertMoney(f.value, f.unit, target);
  const how = target === '元' ? '万元 × 10000' : '元 ÷ 10000';
  return computedFigure(`${f.label}（折合${target}）`, op, [f], unit as U, value, how);
}

declare const checked: unique symbol;
/** Two figures proven to share one unit: only `inCommonUnit` makes one. */
export interface SameUnitPair {
  readonly a: Figure;
  readonly b: Figure;
  readonly unit: Unit;
  readonly [checked]: true;
}

/** The two figures in one unit (元 when both are money), or null when they cannot be compared. */
export function inCommonUnit(a: Figure, b: Figure): SameUnitPair | null {
  if (a.unit === b.unit) return { a, b, unit: a.unit } as SameUnitPair;
  const ya = inUnit(a, '元');
  const yb = inUnit(b, '元');
  return ya && yb ? ({ a: ya, b: yb, unit: '元' } as SameUnitPair) : null;
}

/** pair.a − pair.b. */
export function differenceOfPair(label: string, pair: SameUnitPair, derivation: string): Figure {
  return difference(label, pair.unit, pair.a, pair.b, derivation);
}

/**
 * a ÷ b × 100 for two figures brought to one unit first (a 万元 figure is converted, never divided by a 元
 * one as it stands); null when they share no unit or b is zero.
 */
export function percentOfFigures(
  label: string,
  a: Figure,
  b: Figure,
  derivation = `${a.label} ÷ ${b.label} × 100`,
): Figure<'%'> | null {
  const pair = inCommonUnit(a, b);
  return pair && percentOfPair(label, pair, derivation);
}

/** pair.a ÷ pair.b × 100; null when pair.b is zero. */
export function percentOfPair(label: string, pair: SameUnitPair, derivation: string): Figure<'%'> | null {
  return percent(label, pair.unit, pair.a, pair.b, derivation);
}

/** (pair.a − pair.b) ÷ pair.b × 100; null when pair.b is zero. */
export function changePercentOfPair(
  label: string,
  pair: SameUnitPair,
  derivation: string,
): Figure<'%'> | null {
  return changePercent(label, pair.unit, pair.a, pair.b, derivation);
}

/** A figure from a 表十一/表十二 form field (a published amount with its own unit). */
export function formFigure(
  ds: Dataset,
  n: number,
  a: PublishedAmount,
  label: string,
  row: string,
  column: string,
): Figure {
  return {
    label,
    value: a.value,
    unit: a.unit,
    source: { kind: 'table', table: n, tableTitle: tableTitle(ds, n), row, column, line: a.line },
  };
}

export const OVERALL_FUNDING_COLUMN = '部门（单位）总体资金情况（万元）';

export function fact(ds: Dataset, id: string): Fact | undefined {
  return ds.narrative.facts.find((f) => f.id === id);
}

export function statement(ds: Dataset, id: string): string | undefined {
  return ds.narrative.statements.find((s) => s.id === id)?.text;
}

export function statementSource(ds: Dataset, id: string): SourceRef | undefined {
  const s = ds.narrative.statements.find((x) => x.id === id);
  return s ? toSourceRef(ds, s.source) : undefined;
}

/** The table of a kind, whatever the document numbers it. */
export function table(ds: Dataset, kind: TableKind): Table | undefined {
  return tableOfKind(ds, kind);
}

/** The table the document numbers `n` (表n), whatever its kind. */
export function tableByNumber(ds: Dataset, n: number): Table | undefined {
  return ds.tables.find((t) => t.number === n);
}

/** The document's own number of the table of a kind (0 when the document has none). */
export function tableNo(ds: Dataset, kind: TableKind): number {
  return tableOfKind(ds, kind)?.number ?? 0;
}

/**
 * The document's own name for the table of a kind, "表九" in the 2020 numbering; the kind's name when
 * the document has no such table. For labels and derivations that mention a table in words.
 */
export function kindName(ds: Dataset, kind: TableKind): string {
  const n = tableNo(ds, kind);
  return n > 0 ? tableName(n) : kind === '部门预算明细' ? '明细表' : `${kind}表`;
}

/** The document's own numbers of the tables of these kinds (those it has). */
export function tableNos(ds: Dataset, ...kinds: TableKind[]): number[] {
  return kinds.map((k) => tableNo(ds, k)).filter((n) => n > 0);
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s：:]/g, '');

/** The row of the table of a kind whose cell `col` matches (after removing spaces and colons). */
export function rowWhere(
  ds: Dataset,
  n: TableKind,
  col: number,
  test: RegExp | string,
): TableRow | undefined {
  const t = table(ds, n);
  return t?.rows.find((r) =>
    typeof test === 'string' ? squash(r.cells[col]) === test : test.test(squash(r.cells[col])),
  );
}

/** Each table's 总计 / 合计 row, found once per table (tables are not changed once loaded). */
const TOTAL_ROWS = new WeakMap<Table, TableRow | null>();

/** A table's 总计 / 合计 row (a cell among its first four saying so), found once per table. */
export function totalRowOf(t: Table): TableRow | undefined {
  let r = TOTAL_ROWS.get(t);
  if (r === undefined) {
    // (表一 writes its totals as "收入总计：" and "支出总计：" — the row that holds them, when no row is
    // headed 总计 alone.)
    r =
      t.rows.find((x) => x.cells.some((c, k) => k < 4 && /^(总计|合计)$/.test(squash(c)))) ??
      t.rows.find((x) => x.cells.some((c, k) => k < 4 && /^(?:收入|支出)总计[:：]?$/.test(squash(c)))) ??
      null;
    TOTAL_ROWS.set(t, r);
  }
  return r ?? undefined;
}

export function totalRow(ds: Dataset, n: TableKind): TableRow | undefined {
  const t = table(ds, n);
  return t ? totalRowOf(t) : undefined;
}
