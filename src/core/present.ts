/**
 * Plain-text pieces every adapter prints the same way: a figure's value in its unit, where it comes
 * from, which dataset. No markup: the Discord renderer escapes these, the console prints them as is.
 */
import type { Answer, DatasetRef, Figure, SourceRef } from './answer/types.js';
import { formatCount, formatDecimal, formatYuanWithWan } from './money.js';

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
