/**
 * Phrasing: a View (or a list of them) becomes an Answer — lines of plain Chinese text, the figures
 * with their sources, follow-up suggestions and, where a picture helps, a chart spec.
 */
import type { ChartSpec } from '../chart/spec.js';
import type { Dataset } from '../kb/loader.js';
import { tableName } from '../kb/tables.js';
import { formatDecimal, formatYuan, type Money } from '../money.js';
import { formatFigureValue, sourceDetail } from '../present.js';
import { changePercentOfPair, differenceOfPair, inCommonUnit } from './figures.js';
import type { Answer, AnswerKind, DatasetRef, Figure, SourceRef, Subject } from './types.js';
import type { View } from './view.js';

export const MAX_LINES = 40;
export const MAX_LINE_CHARS = 400;
export const MAX_FIGURES = 40;

export function datasetRef(ds: Dataset): DatasetRef {
  return { id: ds.meta.id, department: ds.meta.department, fiscalYear: ds.meta.fiscalYear };
}

/** Each citation's key, made once (citations of the data are made once and never changed: figures.ts). */
const SOURCE_KEYS = new WeakMap<SourceRef, string>();

function sourceKey(s: SourceRef): string {
  let k = SOURCE_KEYS.get(s);
  if (k === undefined)
    SOURCE_KEYS.set(
      s,
      (k = s.kind === 'table' ? `t${s.table}:${s.line}:${s.column}` : `n${s.line}:${s.quote}`),
    );
  return k;
}

/** Every source cited by the figures (and their computations' inputs) plus extra ones, deduplicated. */
export function collectSources(figures: readonly Figure[], extra: readonly SourceRef[] = []): SourceRef[] {
  const out = new Map<string, SourceRef>();
  const walk = (f: Figure) => {
    if (f.source) out.set(sourceKey(f.source), f.source);
    for (const i of f.computation?.inputs ?? []) walk(i);
  };
  figures.forEach(walk);
  for (const s of extra) out.set(sourceKey(s), s);
  return [...out.values()];
}

/** `s` cut to `max` characters (code points, as `[...s]` reads them) with "…", or `s` itself when it is no longer. */
function clip(s: string, max: number): string {
  // (A string of at most `max` UTF-16 units has at most `max` code points.)
  if (s.length <= max) return s;
  // The end of the first `max` code points, counted in place (a surrogate pair is one, a lone
  // surrogate one), so that a long line is not copied into an array of characters.
  let end = 0;
  for (let n = 0; n < max && end < s.length; n++) {
    const u = s.charCodeAt(end);
    end +=
      u >= 0xd800 && u <= 0xdbff && end + 1 < s.length && (s.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return end < s.length ? `${s.slice(0, end)}…` : s;
}

export function bound(lines: string[]): string[] {
  const clipped = lines.map((l) => clip(l, MAX_LINE_CHARS));
  if (clipped.length <= MAX_LINES) return clipped;
  return [...clipped.slice(0, MAX_LINES - 1), `……另有 ${clipped.length - MAX_LINES + 1} 行未显示。`];
}

export function makeAnswer(a: {
  kind: AnswerKind;
  title: string;
  lines: string[];
  figures?: Figure[];
  sources?: SourceRef[];
  datasets: DatasetRef[];
  suggestions?: string[];
  chart?: ChartSpec;
  subject?: Subject;
  interpretation?: string;
}): Answer {
  const figures = (a.figures ?? []).slice(0, MAX_FIGURES);
  const answer: Answer = {
    kind: a.kind,
    title: clip(a.title, 120),
    lines: bound(a.lines),
    figures,
    sources: collectSources(figures, a.sources ?? []).slice(0, 30),
    datasets: a.datasets,
    suggestions: [...new Set(a.suggestions ?? [])].slice(0, 5),
  };
  if (a.chart) answer.chart = a.chart;
  if (a.subject) answer.subject = a.subject;
  if (a.interpretation) answer.interpretation = a.interpretation;
  return answer;
}

export const figureLine = (f: Figure) => `${f.label}：${formatFigureValue(f)}`;

/** "减少 3,947.76 元（-15.03%）" from a signed change and an optional percentage figure. */
export function changeText(change: Figure, pct: Figure | null): string {
  const v = change.value;
  const dir = v.isNegative() && !v.isZero() ? '减少' : v.isZero() ? '持平，变化' : '增加';
  const amount = change.unit === '元' ? formatYuan(v.abs()) : `${formatDecimal(v.abs())} ${change.unit}`;
  const p = pct ? `（${pct.value.isNegative() ? '' : '+'}${formatDecimal(pct.value, 2)}%）` : '';
  return `${dir} ${amount}${p}`;
}

export interface ChangeFigures {
  change: Figure | null;
  pct: Figure | null;
  publishedPct: Figure | null;
}

/**
 * The change against last year: the published change when the document states one, else computed;
 * the percentage is computed to two decimals from the two figures (the document's own is kept beside).
 */
export function changeOf(v: View, year: number, prevYear: number): ChangeFigures {
  if (!v.primary || !v.previous)
    return { change: v.change ?? null, pct: null, publishedPct: v.changePct ?? null };
  // Both years in one unit (元 when they are money in different units), else no computed change.
  const pair = inCommonUnit(v.primary, v.previous);
  if (!pair) return { change: v.change ?? null, pct: null, publishedPct: v.changePct ?? null };
  const change =
    v.change ?? differenceOfPair(`${v.title}比${prevYear}年增减`, pair, `${year}年 − ${prevYear}年`);
  const pct = changePercentOfPair(
    `${v.title}增减幅度`,
    pair,
    `(${year}年 − ${prevYear}年) ÷ ${prevYear}年 × 100`,
  );
  return { change, pct, publishedPct: v.changePct ?? null };
}

/** Lines describing a view: its figure, last year's and the change, then details and notes. */
export function viewLines(
  v: View,
  ds: Dataset,
  opts: { focus?: 'change' | 'previous' } = {},
): { lines: string[]; figures: Figure[] } {
  const year = ds.meta.fiscalYear;
  const prevYear = ds.meta.previousYear;
  const lines: string[] = [];
  const figures: Figure[] = [];
  if (opts.focus !== 'previous') {
    if (v.primary) {
      lines.push(figureLine(v.primary));
      figures.push(v.primary);
    } else if (v.primaryNote) lines.push(`${v.title}：${v.primaryNote}。`);
  }
  const c = changeOf(v, year, prevYear);
  if (v.previous) {
    lines.push(figureLine(v.previous));
    figures.push(v.previous);
    if (c.change && opts.focus !== 'previous') {
      const samePct =
        c.publishedPct &&
        c.pct &&
        c.pct.value.toDecimalPlaces(c.publishedPct.value.decimalPlaces()).equals(c.publishedPct.value);
      const published =
        c.publishedPct && !samePct
          ? `；文件写作 ${c.publishedPct.value.isNegative() ? '-' : '+'}${formatDecimal(c.publishedPct.value.abs(), c.publishedPct.value.decimalPlaces())}%`
          : '';
      // (…and as a ratio: "相当于上年的 89.30%".)
      const ratio = c.pct ? `，相当于上年的 ${formatDecimal(c.pct.value.plus(100), 2)}%` : '';
      lines.push(`比${prevYear}年${changeText(c.change, c.pct)}${published}${ratio}。`);
      figures.push(c.change);
      if (c.pct) figures.push(c.pct);
      else if (c.publishedPct) figures.push(c.publishedPct);
    }
  } else if (opts.focus) {
    lines.push(`文件没有公布${v.title}的${prevYear}年数，无法与上年比较。`);
  }
  if (v.reason && opts.focus !== 'previous') lines.push(`变化原因（原文）：${v.reason.text}。`);
  if (!opts.focus || opts.focus === 'change') {
    for (const d of v.details) {
      lines.push(figureLine(d));
      figures.push(d);
    }
    lines.push(...v.lines);
  }
  // Two rules can find the same blank cell; say it once.
  const notes = v.notes.filter(
    (n, i) => v.notes.findIndex((m) => m.slice(m.indexOf('：') + 1) === n.slice(n.indexOf('：') + 1)) === i,
  );
  for (const n of notes.slice(0, 3)) lines.push(`⚠ 核对：${n}`);
  if (notes.length > 3) lines.push(`⚠ 另有 ${notes.length - 3} 条核对结果，可问“${v.title}对不对”。`);
  return { lines, figures };
}

export function comparisonChart(
  ds: Dataset,
  title: string,
  rows: { name: string; current: Figure | null; previous: Figure | null }[],
  source: string,
): ChartSpec | undefined {
  const usable = rows.filter((r) => (r.current?.unit ?? r.previous?.unit) === '元');
  if (usable.length === 0) return undefined;
  return {
    kind: 'comparison',
    title: `${ds.meta.department} ${title}：${ds.meta.previousYear}年与${ds.meta.fiscalYear}年`,
    source,
    unit: '元',
    categories: usable.map((r) => r.name),
    series: [
      { name: `${ds.meta.previousYear}年`, values: usable.map((r) => r.previous?.value.toFixed(2) ?? null) },
      { name: `${ds.meta.fiscalYear}年`, values: usable.map((r) => r.current?.value.toFixed(2) ?? null) },
    ],
  };
}

export function barChart(
  ds: Dataset,
  title: string,
  rows: { name: string; value: Money; share?: Money | null }[],
  source: string,
): ChartSpec {
  return {
    kind: 'bar',
    title: `${ds.meta.department} ${ds.meta.fiscalYear}年 ${title}`,
    source,
    unit: '元',
    categories: rows.map((r) => r.name),
    series: [{ name: `${ds.meta.fiscalYear}年预算数`, values: rows.map((r) => r.value.toFixed(2)) }],
    shares: rows.map((r) => (r.share ? `${formatDecimal(r.share, 2)}%` : null)),
  };
}

/** "来源：表三 部门支出总体情况表；表六 …" for a chart. */
export function chartSource(tables: number[], ds: Dataset, extra = ''): string {
  const names = [...new Set(tables)].map((n) =>
    `${tableName(n)} ${ds.tables.find((t) => t.number === n)?.title ?? ''}`.trim(),
  );
  return `来源：${names.join('；')}${extra ? `；${extra}` : ''}`;
}

export function whereLines(v: View, figures: readonly Figure[], ds?: Dataset): string[] {
  const sources = collectSources(figures, v.sources);
  const lines = sources
    .slice(0, 12)
    .map(
      (s) =>
        `· ${sourceDetail(s)}${s.kind === 'narrative' ? `：“${s.quote.length > 80 ? `${s.quote.slice(0, 80)}…` : s.quote}”` : ''}`,
    );
  if (v.tables.length > 0)
    lines.unshift(
      `${v.title}见于：${[...new Set(v.tables)]
        .map((n) => {
          // (With its title: "表九（部门预算明细表）" — staff know the tables by either.)
          const title = ds?.tables.find((t) => t.number === n)?.title;
          return title ? `${tableName(n)}（${title}）` : tableName(n);
        })
        .join('、')}。`,
    );
  return lines;
}
