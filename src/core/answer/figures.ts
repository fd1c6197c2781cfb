/** Building cited figures and computed figures from the knowledge base. */
import { cite } from '../kb/derive.js';
import { tableOfKind, type TableKind } from '../kb/kinds.js';
import type { Dataset } from '../kb/loader.js';
import type { Fact, NarrativeSource, PublishedAmount, TableSource, Table, TableRow } from '../kb/schema.js';
import { Money, TEN_THOUSAND, type Unit } from '../money.js';
import type { Computation, Figure, SourceRef } from './types.js';

export function tableTitle(ds: Dataset, n: number): string {
  return ds.tables.find((t) => t.number === n)?.title ?? '';
}

export function toSourceRef(ds: Dataset, s: TableSource | NarrativeSource): SourceRef {
  return s.kind === 'table' ? { ...s, tableTitle: tableTitle(ds, s.table) } : { ...s };
}

export function factFigure(ds: Dataset, f: Fact, label?: string): Figure {
  return { label: label ?? f.label, value: f.value, unit: f.unit, source: toSourceRef(ds, f.source) };
}

export function cellFigure(ds: Dataset, t: Table, row: TableRow, col: number, label: string): Figure | null {
  const c = row.cells[col];
  if (c === null || c === undefined) return null;
  return { label, value: new Money(c), unit: t.unit ?? '元', source: toSourceRef(ds, cite(t, row, col)) };
}

/** A figure computed from others: value = op(inputs), with the computation stated. */
export function computed(
  label: string,
  op: Computation['op'],
  inputs: Figure[],
  unit: Unit,
  derivation: string,
): Figure {
  return {
    label,
    value: compute(
      op,
      inputs.map((i) => i.value),
    ),
    unit,
    derivation,
    computation: { op, inputs },
  };
}

export function compute(op: Computation['op'], v: Money[]): Money {
  const a = v[0] ?? new Money(0);
  const b = v[1] ?? new Money(0);
  switch (op) {
    case 'sum':
      return v.reduce((s, x) => s.plus(x), new Money(0));
    case 'difference':
      return a.minus(b);
    case 'ratio':
      return a.dividedBy(b);
    case 'percent':
      return a.dividedBy(b).times(100);
    case 'change_percent':
      return a.minus(b).dividedBy(b).times(100);
    case 'to_wan':
      return a.dividedBy(TEN_THOUSAND);
    case 'to_yuan':
      return a.times(TEN_THOUSAND);
    case 'count':
      return new Money(v.length);
  }
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

export function totalRow(ds: Dataset, n: TableKind): TableRow | undefined {
  const t = table(ds, n);
  return t?.rows.find((r) => r.cells.some((c, k) => k < 4 && /^(总计|合计)$/.test(squash(c))));
}
