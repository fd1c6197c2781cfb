/**
 * The independent oracle: does a figure in an answer say what the published document says?
 *
 * It shares no code with the engine. A cited figure is checked against the raw text of `source.txt` at
 * the cited line: a table cell is read from the raw row at the cited column (the row's lines, one cell
 * after each TAB, the column's position taken from the table's header list), a narrative figure from the
 * quoted sentence, together with the unit written after the number. A computed figure is re-derived in
 * exact rational arithmetic over BigInt (not decimal.js), with its own unit rules: sums, differences and
 * shares only over one unit, 万元 ↔ 元 only through an explicit conversion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../../src/core/answer/types.js';

/** What the oracle needs of a dataset: where its files are. */
interface DatasetDir {
  dir: string;
}

// ---------------------------------------------------------------- exact rationals over BigInt

interface Rat {
  n: bigint;
  d: bigint;
}

function rat(decimal: string): Rat {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.replace(/,/g, ''));
  if (!m) throw new Error(`oracle: not a plain decimal: ${decimal}`);
  const frac = m[3] ?? '';
  const n = BigInt(m[2]! + frac) * (m[1] === '-' ? -1n : 1n);
  return { n, d: 10n ** BigInt(frac.length) };
}
const add = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const neg = (a: Rat): Rat => ({ n: -a.n, d: a.d });
const mul = (a: Rat, b: Rat): Rat => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Rat, b: Rat): Rat =>
  b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
const HUNDRED: Rat = { n: 100n, d: 1n };
const TEN_THOUSAND: Rat = { n: 10000n, d: 1n };
const abs = (x: bigint) => (x < 0n ? -x : x);
/** Equal, or (for quotients a machine rounded) within 1e-20 of each other. */
function close(a: Rat, b: Rat): boolean {
  const diff = abs(a.n * b.d - b.n * a.d);
  return diff * 10n ** 20n <= abs(a.d * b.d);
}
const valueOf = (f: Figure): Rat => rat(f.value.toFixed());

// ---------------------------------------------------------------- the raw document

const MONEY = new Set(['元', '万元']);
const COUNTS = new Set(['人', '个', '辆', '台', '台（套）', '项', '分', '次']);

interface RawDataset {
  lines: string[];
  tables: {
    number: number;
    unit: string | null;
    columns: { name: string }[];
    rows: { line: number; endLine: number }[];
  }[];
  rowPerLine: boolean;
}
const rawCache = new Map<string, RawDataset>();
function raw(ds: DatasetDir): RawDataset {
  let r = rawCache.get(ds.dir);
  if (!r) {
    // Header lists and row extents from the JSON as written, read here without the project's loader.
    const tables = (
      JSON.parse(readFileSync(join(ds.dir, 'tables.json'), 'utf8')) as { tables: RawDataset['tables'] }
    ).tables;
    const lines = readFileSync(join(ds.dir, 'source.txt'), 'utf8').split('\n');
    // One row per line (cells between TABs, a row's first cell at the start of its line) when more
    // lines of the table part start with text and carry TABs than start with a TAB.
    const part = lines.slice(lines.findIndex((l) => /^\s*第二部分/.test(l)) + 1);
    const tabLed = part.filter((l) => l.startsWith('\t')).length;
    const textLed = part.filter((l) => !l.startsWith('\t') && l.includes('\t')).length;
    r = { lines, tables, rowPerLine: textLed > tabLed };
    rawCache.set(ds.dir, r);
  }
  return r;
}

/**
 * The cells of a raw row: one per TAB-led line, blank lines (a row broken in the export) skipped; in
 * the one-row-per-line export each line is a row, one cell per TAB-separated piece.
 */
function rawCells(lines: readonly string[], from: number, to: number, rowPerLine = false): string[] {
  return lines
    .slice(from - 1, to)
    .flatMap((l) =>
      rowPerLine ? (l.trim() === '' ? [] : l.split('\t')) : l.startsWith('\t') ? [l.replace(/^\t+/, '')] : [],
    )
    .map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
}

/** Text as compared: no spaces, and full/half-width forms alike (an export may write either). */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');
const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;

/** Numbers written in a text, each with the text that follows it (for its unit). */
function numbersIn(text: string): { value: Rat; after: string }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    value: rat(m[0]),
    after: text.slice(m.index + m[0].length, m.index + m[0].length + 4),
  }));
}

/** The unit a narrative writes after a number: 万元 before 元, a count word, %; null when none. */
function unitAfter(after: string): string | null {
  const a = after.replace(/^[\s\u3000]+/, '');
  if (a.startsWith('万元')) return '万元';
  // "尾款为69万": 万 alone, in a sentence about money, is 万元.
  if (a.startsWith('万')) return '万元';
  if (a.startsWith('元')) return '元';
  if (a.startsWith('%') || a.startsWith('％')) return '%';
  for (const c of ['台（套）', '人', '个', '辆', '台', '项', '分', '次']) if (a.startsWith(c)) return c;
  return null;
}

function checkTableCell(
  f: Figure,
  s: Extract<NonNullable<Figure['source']>, { kind: 'table' }>,
  r: RawDataset,
): string | null {
  const table = r.tables.find((t) => t.number === s.table);
  if (!table) return `表${s.table} is not in the dataset`;
  const row = table.rows.find((x) => x.line === s.line);
  if (!row) return `表${s.table} has no row starting at line ${s.line}`;
  let cells = rawCells(r.lines, row.line, row.endLine, r.rowPerLine);
  const text = squash(cells.join(''));
  // The row's own name must be on it, and at least one of its codes (a group code such as 表六's
  // 政府经济分类 is printed once for the group, so it may stand on an earlier row).
  const parts = s.row.split(/[\s/]+/).filter(Boolean);
  const codes = parts.filter((p) => /^\d+$/.test(p));
  const names = parts.filter((p) => !/^\d+$/.test(p));
  if (
    names.some((n) => !text.includes(squash(n))) ||
    (codes.length > 0 && !codes.some((c) => text.includes(c)))
  )
    return `row label "${s.row}" is not at line ${s.line}`;
  const k = table.columns.findIndex((c) => c.name === s.column);
  if (k < 0) return `表${s.table} has no column "${s.column}"`;
  // One row per line: a label-and-values table (三公) may print several labels on one line; its
  // values are then counted from the cited label.
  const at = cells.findIndex((c) => names.length > 0 && squash(c) === squash(names.join('')));
  if (r.rowPerLine && at > 0 && table.columns[0]?.name === '项目') cells = cells.slice(at);
  const cell = cells[k];
  if (cell === undefined || !/^-?[\d,]+(\.\d+)?$/.test(cell))
    return `表${s.table} line ${s.line} column "${s.column}" holds no amount (found ${JSON.stringify(cell ?? null)})`;
  if (!close(rat(cell), valueOf(f)))
    return `表${s.table} line ${s.line} column "${s.column}" says ${cell}, the figure says ${f.value.toFixed()}`;
  const unit = table.unit ?? '元';
  if (f.unit !== unit) return `表${s.table} is in ${unit}, the figure is in ${f.unit}`;
  return null;
}

/**
 * A form field of 表十一/表十二 (no header grid): the cited line starts the field's block; the value is
 * the first filled cell after the field's own label (the last word of the figure's label), or after the
 * cited line when the label is not repeated there.
 */
function checkFormField(f: Figure, r: RawDataset, line: number): string | null {
  const want = valueOf(f);
  const cells = rawCells(r.lines, line, line + 10).filter((c) => c !== '');
  const field = squash(
    f.label
      .split(/\s+/)
      .filter((w) => !/\d/.test(w))
      .pop() ?? '',
  );
  const at = cells.findIndex((c) => squash(c).endsWith(field) || squash(c).startsWith(field));
  const value = at >= 0 ? cells[at + 1] : cells.find((c) => /\d/.test(c));
  const hit = value === undefined ? undefined : numbersIn(value).find((x) => close(x.value, want));
  if (!hit)
    return `the field "${field}" at line ${line} does not state ${f.value.toFixed()} (found ${value ?? 'nothing'})`;
  const written = unitAfter(hit.after);
  // A bare number in a 万元 field is read as 元 when it is larger than any 万元 amount here could be.
  const unit = written ?? (want.n >= 100000n * want.d ? '元' : '万元');
  return f.unit === unit ? null : `the form writes ${unit}, the figure is in ${f.unit}`;
}

function checkNarrative(
  f: Figure,
  s: Extract<NonNullable<Figure['source']>, { kind: 'narrative' }>,
  r: RawDataset,
): string | null {
  const line = r.lines[s.line - 1] ?? '';
  if (!squash(line).includes(squash(s.quote))) return `the quote is not on line ${s.line}`;
  const want = valueOf(f);
  const size = { n: abs(want.n), d: want.d };
  const hits = numbersIn(s.quote).filter((x) => close({ n: abs(x.value.n), d: x.value.d }, size));
  if (hits.length === 0) return `the quote on line ${s.line} does not state ${f.value.toFixed()}`;
  const units = hits.map((h) => unitAfter(h.after));
  if (units.includes(f.unit)) return null;
  // A number written without its unit: a count named before it ("公务用车数量为1"), or an amount in a
  // sentence that writes its other amounts in the figure's unit ("较上年0增加25000元").
  const sentenceUnits = numbersIn(s.quote).map((x) => unitAfter(x.after));
  if (units.includes(null) && (COUNTS.has(f.unit) || sentenceUnits.includes(f.unit))) return null;
  return `the quote writes ${units.map((u) => u ?? 'no unit').join('/')}, the figure is in ${f.unit}`;
}

// ---------------------------------------------------------------- computations

function recompute(f: Figure): { value: Rat; unit: string } | string {
  const c = f.computation!;
  const inputs = c.inputs;
  const units = new Set(inputs.map((i) => i.unit));
  const one = units.size === 1 ? inputs[0]!.unit : null;
  const v = inputs.map(valueOf);
  switch (c.op) {
    case 'sum':
      if (!one) return `sum over several units: ${[...units].join(', ')}`;
      return { value: v.reduce(add, { n: 0n, d: 1n }), unit: one };
    case 'difference':
      if (inputs.length !== 2 || !one)
        return `difference needs two figures in one unit: ${[...units].join(', ')}`;
      return { value: add(v[0]!, neg(v[1]!)), unit: one };
    case 'percent':
      if (inputs.length !== 2 || !one)
        return `share of figures in different units: ${[...units].join(' ÷ ')}`;
      if (v[1]!.n === 0n) return 'share of a zero whole';
      return { value: mul(div(v[0]!, v[1]!), HUNDRED), unit: '%' };
    case 'change_percent':
      if (inputs.length !== 2 || !one) return `change between different units: ${[...units].join(' vs ')}`;
      if (v[1]!.n === 0n) return 'change from zero';
      return { value: mul(div(add(v[0]!, neg(v[1]!)), v[1]!), HUNDRED), unit: '%' };
    case 'to_yuan':
      if (inputs.length !== 1 || one !== '万元') return `to_yuan from ${[...units].join(', ')}`;
      return { value: mul(v[0]!, TEN_THOUSAND), unit: '元' };
    case 'to_wan':
      if (inputs.length !== 1 || one !== '元') return `to_wan from ${[...units].join(', ')}`;
      return { value: div(v[0]!, TEN_THOUSAND), unit: '万元' };
    case 'per_person':
      if (inputs.length !== 2 || inputs[0]!.unit !== '元' || inputs[1]!.unit !== '人')
        return `per person needs 元 over 人: ${inputs.map((i) => i.unit).join(' ÷ ')}`;
      if (v[1]!.n === 0n) return 'per person of nobody';
      return { value: div(v[0]!, v[1]!), unit: '元' };
    case 'count':
      if (!COUNTS.has(f.unit)) return `a count in ${f.unit}`;
      return { value: { n: BigInt(inputs.length), d: 1n }, unit: f.unit };
  }
}

/** Returns a reason the figure does not trace, or null when it does. */
export function untraced(f: Figure, datasets: readonly DatasetDir[]): string | null {
  if (f.computation) {
    if (!f.derivation) return `${f.label}: computed without a stated derivation`;
    for (const i of f.computation.inputs) {
      const r = untraced(i, datasets);
      if (r) return `${f.label} ← ${r}`;
    }
    const r = recompute(f);
    if (typeof r === 'string') return `${f.label}: ${r}`;
    if (r.unit !== f.unit)
      return `${f.label}: ${f.computation.op} gives ${r.unit}, the figure says ${f.unit}`;
    return close(r.value, valueOf(f))
      ? null
      : `${f.label}: ${f.value.toFixed()} ≠ ${f.computation.op}(inputs)`;
  }
  const s = f.source;
  if (!s) return f.derivation ? null : `${f.label}: neither a source nor a derivation`;
  if (!MONEY.has(f.unit) && !COUNTS.has(f.unit) && f.unit !== '%')
    return `${f.label}: unknown unit ${f.unit}`;
  const reasons: string[] = [];
  for (const ds of datasets) {
    const r = raw(ds);
    // A form (表十一/表十二 here) has no header grid: its fields are checked on their line.
    const form = s.kind === 'table' && r.tables.find((t) => t.number === s.table)?.columns.length === 0;
    const reason =
      s.kind === 'narrative'
        ? checkNarrative(f, s, r)
        : form
          ? checkFormField(f, r, s.line)
          : checkTableCell(f, s, r);
    if (reason === null) return null;
    reasons.push(reason);
  }
  return `${f.label} = ${f.value.toFixed()} ${f.unit}: not found at its source (${reasons.join('; ')})`;
}
