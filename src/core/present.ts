/**
 * Plain-text pieces every adapter prints the same way: a figure's value in its unit, where it comes
 * from, which dataset. No markup: the Discord renderer escapes these, the console prints them as is.
 */
import type { Answer, DatasetRef, Figure, SourceRef } from './answer/types.js';
import { Money, formatCount, formatDecimal, formatYuanWithWan, normaliseDecimalText } from './money.js';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** 9 → "表九" (the document names its tables in Chinese numerals). */
export function tableName(table: number): string {
  return `表${NUMERALS[table] ?? String(table)}`;
}

/** "北京市西城区人民政府办公室 · 2020年" */
export function datasetLabel(dataset: DatasetRef): string {
  return `${dataset.department} · ${dataset.fiscalYear}年`;
}

/**
 * A figure in its published unit, exact: 元 with 万元 beside from 10,000 元; 万元 with the decimals it
 * was published with (two to six); percentages with two decimals.
 */
export function formatFigureValue(figure: Figure): string {
  const { value, unit } = figure;
  switch (unit) {
    case '元':
      return formatYuanWithWan(value);
    case '万元':
      return `${formatDecimal(value, Math.min(Math.max(2, value.decimalPlaces()), 6))} 万元`;
    case '%':
      return `${formatDecimal(value, 2)}%`;
    default:
      return `${formatCount(value)} ${unit}`;
  }
}

/** Short name of a source for a footer: "表九 部门预算明细表", "说明：四、部门“三公”经费财政拨款预算说明". */
export function sourceLabel(source: SourceRef): string {
  return source.kind === 'table'
    ? `${tableName(source.table)} ${source.tableTitle}`
    : `预算说明「${source.section}」`;
}

/** Where exactly: table, row, column and line; or the section and line of a quoted sentence. */
export function sourceDetail(source: SourceRef): string {
  return source.kind === 'table'
    ? `${tableName(source.table)} ${source.row} · ${source.column}（第 ${source.line} 行）`
    : `预算说明「${source.section}」（第 ${source.line} 行）`;
}

/** How a figure is backed: its cited source, or the computation over cited figures. */
export function figureBacking(figure: Figure): string | undefined {
  if (figure.source) return `来源：${sourceDetail(figure.source)}`;
  if (figure.derivation) return `计算：${figure.derivation}`;
  return undefined;
}

/** Distinct source labels of an answer, in first-cited order. */
export function sourceLabels(answer: Answer): string[] {
  return [...new Set(answer.sources.map(sourceLabel))];
}

/** Distinct dataset labels of an answer. */
export function datasetLabels(answer: Answer): string[] {
  return [...new Set(answer.datasets.map(datasetLabel))];
}

type TableSource = Extract<SourceRef, { kind: 'table' }>;
type NarrativeSource = Extract<SourceRef, { kind: 'narrative' }>;

/** Every source an answer rests on, each once: the answer's own list, then its figures' (and their inputs'). */
function allSources(answer: Answer): SourceRef[] {
  const out: SourceRef[] = [...answer.sources];
  const visit = (figure: Figure) => {
    if (figure.source) out.push(figure.source);
    figure.computation?.inputs.forEach(visit);
  };
  answer.figures.forEach(visit);
  return out;
}

interface TableRow {
  row: string;
  line: number;
  columns: string[];
}

const lines = (numbers: readonly number[]) => `第 ${numbers.join('、')} 行`;
const rowText = (r: TableRow, withColumns: boolean) =>
  `${r.row}${withColumns ? ` · ${r.columns.join('、')}` : ''}（${lines([r.line])}）`;

/**
 * One line per table: its rows (columns merged per row), the columns hoisted to the heading when every
 * row shares them. "表三 部门支出总体情况表 · 合计：206 科学技术支出（第 677 行）；总计（第 821 行）"
 */
function tableCitation(table: TableSource, rows: readonly TableRow[]): string {
  const heading = sourceLabel(table);
  const columns = rows[0]?.columns.join('、') ?? '';
  const shared = rows.length > 1 && rows.every((r) => r.columns.join('、') === columns);
  return shared
    ? `${heading} · ${columns}：${rows.map((r) => rowText(r, false)).join('；')}`
    : `${heading}：${rows.map((r) => rowText(r, true)).join('；')}`;
}

/** One line per narrative section, with the lines quoted from it: "预算说明「…」（第 52、56 行）". */
function narrativeCitation(source: NarrativeSource, lineNumbers: readonly number[]): string {
  return `${sourceLabel(source)}（${lines([...lineNumbers].sort((a, b) => a - b))}）`;
}

/**
 * Where an answer's figures come from, each distinct source detail once, grouped by table (row, column,
 * line) or narrative section (lines quoted), in first-cited order. No values: the answer's lines carry them.
 */
export function sourceCitations(answer: Answer): string[] {
  const tables = new Map<string, { first: TableSource; rows: Map<string, TableRow> }>();
  const sections = new Map<string, { first: NarrativeSource; lines: Set<number> }>();
  const order: (() => string)[] = [];
  for (const source of allSources(answer)) {
    if (source.kind === 'table') {
      const key = `${source.table}\u0000${source.tableTitle}`;
      let group = tables.get(key);
      if (!group) {
        const created = { first: source, rows: new Map<string, TableRow>() };
        tables.set(key, (group = created));
        order.push(() => tableCitation(created.first, [...created.rows.values()]));
      }
      const rowKey = `${source.row}\u0000${source.line}`;
      const row = group.rows.get(rowKey) ?? { row: source.row, line: source.line, columns: [] };
      if (!row.columns.includes(source.column)) row.columns.push(source.column);
      group.rows.set(rowKey, row);
    } else {
      let group = sections.get(source.section);
      if (!group) {
        const created = { first: source, lines: new Set<number>() };
        sections.set(source.section, (group = created));
        order.push(() => narrativeCitation(created.first, [...created.lines]));
      }
      group.lines.add(source.line);
    }
  }
  return order.map((line) => line());
}

const EACH = '各项';

/**
 * How computed figures were derived, "计算：<label> = <derivation>", once per distinct computation;
 * left out when the answer's lines already state it. Computations that differ only in their first
 * input (the shares of a breakdown) are stated once, with that input called "各项".
 */
export function derivationCitations(answer: Answer): string[] {
  const stated = [answer.title, ...answer.lines].join('\n');
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const figure of answer.figures) {
    const derivation = figure.derivation?.trim();
    if (!derivation || stated.includes(derivation)) continue;
    const first = figure.computation?.inputs[0]?.label;
    const general =
      first && derivation.includes(first)
        ? { label: figure.label.replace(first, EACH), derivation: derivation.replace(first, EACH) }
        : undefined;
    const key = general
      ? `${general.label}\u0000${general.derivation}`
      : `${figure.label}\u0000${derivation}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(`计算：${figure.label} = ${derivation}`);
    } else if (general) {
      out[at] = `计算：${general.label} = ${general.derivation}`;
    }
  }
  return out;
}

/** Source details, then derivations: everything an answer cites, without repeating its values. */
export function citations(answer: Answer): string[] {
  return [...sourceCitations(answer), ...derivationCitations(answer)];
}

/** Every number written in a text, exact, with the decimals it was written with ("26,268.00" → 2). */
function numbersIn(text: string): { value: Money; decimals: number }[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].flatMap(([written]) => {
    const plain = normaliseDecimalText(written);
    return plain === null ? [] : [{ value: new Money(plain), decimals: plain.split('.')[1]?.length ?? 0 }];
  });
}

/**
 * Figures whose value the answer's title and lines do not show, to the decimals written there (lines
 * normally state every figure as "label：value"). Renderers that print lines instead of the figure
 * list add these, so that no figure is lost.
 */
export function unstatedFigures(answer: Answer): Figure[] {
  const written = numbersIn([answer.title, ...answer.lines].join('\n'));
  return answer.figures.filter((f) => {
    const value = f.value.abs();
    return !written.some((n) => value.toDecimalPlaces(n.decimals, Money.ROUND_HALF_UP).equals(n.value));
  });
}

/** "label：value" for a figure the lines do not show. */
export function figureLine(figure: Figure): string {
  return `${figure.label}：${formatFigureValue(figure)}`;
}
