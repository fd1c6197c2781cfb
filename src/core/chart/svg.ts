/**
 * ChartSpec (plain data) → SVG text. Pure and deterministic: the same spec gives the same string.
 *
 * Amounts stay `Money` throughout. The only numbers are pixel geometry: a bar length is computed as
 * amount ÷ span × plot width in Money and only that final pixel length is fixed to 2 decimals and
 * turned into a number (see `pixelLength`). Value labels print the spec's decimal strings exactly.
 *
 * Text is measured conservatively (CJK and other non-ASCII ≈ 1em, ASCII ≈ 0.6em) so that nothing the
 * font draws can run past the space reserved for it; long texts wrap or end in "…".
 */
import { Money, ZERO, formatDecimal, formatPercent, money } from '../money.js';
import type { ChartSeries, ChartSpec } from './spec.js';

/** Matches the family name inside the bundled Noto Sans SC TTFs (see png.ts). */
export const CHART_FONT_FAMILY = 'Noto Sans SC';
/** Canvas width in px; the height grows with the number of categories. */
export const CHART_WIDTH = 960;
/** At most this many categories are drawn; the rest are counted in a "…另有 K 项" line. */
export const MAX_CATEGORIES = 30;

const PAD_X = 32;
const PAD_TOP = 28;
const PAD_BOTTOM = 22;
const CONTENT_W = CHART_WIDTH - 2 * PAD_X;

const TITLE_SIZE = 22;
const META_SIZE = 13;
const LABEL_SIZE = 14;
const VALUE_SIZE = 13;
const SMALL_SIZE = 12;
const TICK_SIZE = 11;

const COLOR = {
  background: '#FFFFFF',
  title: '#111827',
  text: '#1F2937',
  label: '#374151',
  muted: '#6B7280',
  faint: '#8B939F',
  grid: '#E5E7EB',
  axis: '#6B7280',
  bar: '#2F5D8A',
  other: '#CBD5E1',
} as const;

/** Series colours, oldest → newest, by series count: "this year" is always the darkest. */
const SERIES_RAMPS: readonly (readonly string[])[] = [
  [],
  ['#2F5D8A'],
  ['#A3B7CC', '#2F5D8A'],
  ['#C9D5E2', '#7D9BBA', '#2F5D8A'],
  ['#D6DEE8', '#A9BCD0', '#6E8FB0', '#2F5D8A'],
];
/** Composition parts: restrained, distinguishable, dark enough for white labels. */
const PARTS_PALETTE = [
  '#2F5D8A',
  '#C9772F',
  '#3E8E6B',
  '#8E5A8B',
  '#B5483F',
  '#5E7F9A',
  '#A68A2D',
  '#4F6D4A',
] as const;

// ---------------------------------------------------------------------------------------------------
// Text: escaping, measuring, wrapping

// eslint-disable-next-line no-control-regex -- stripping characters XML 1.0 forbids is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for XML character data and attribute values; drop characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Conservative advance width in px: printable ASCII 0.6em, everything else (CJK, full-width) 1em. */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    em += cp >= 0x20 && cp <= 0x7e ? 0.6 : 1;
  }
  return em * fontSize;
}

function fits(text: string, width: number, fontSize: number): boolean {
  return measureText(text, fontSize) <= width + 1e-9;
}

function collapseSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Shorten to `width` px, ending in "…" when anything was cut. */
export function ellipsize(text: string, width: number, fontSize: number): string {
  if (fits(text, width, fontSize)) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}…`, width, fontSize)) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Punctuation that must not start a line (避头点), and brackets that must not end one (避尾点). */
const NO_LINE_START = new Set(Array.from('，。、；：！？）》」』】〕”’,.;:!?)]}%…'));
const NO_LINE_END = new Set(Array.from('（《「『【〔“‘([{'));

/**
 * Greedy wrap into at most `maxLines` lines of `width` px. ASCII runs (codes, numbers) stay whole
 * unless longer than a line; CJK breaks between any two characters. The last line ends in "…" if
 * text was left over.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const clean = collapseSpace(text);
  if (clean === '') return [''];
  const tokens = clean.match(/[\x21-\x7e]+| |[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let cur = '';
  const push = (): void => {
    if (cur.trim() !== '') lines.push(cur.trim());
    cur = '';
  };
  for (const token of tokens) {
    if (token === ' ') {
      if (cur !== '') cur += ' ';
      continue;
    }
    if (fits(cur + token, width, fontSize)) {
      cur += token;
      continue;
    }
    let carry = '';
    const curChars = Array.from(cur.trimEnd());
    if (NO_LINE_START.has(token) && curChars.length > 1) carry = curChars.pop() ?? '';
    while (curChars.length > 1 && NO_LINE_END.has(curChars[curChars.length - 1] ?? '')) {
      carry = `${curChars.pop() ?? ''}${carry}`;
    }
    cur = curChars.join('');
    push();
    cur = carry;
    if (fits(cur + token, width, fontSize)) {
      cur += token;
      continue;
    }
    for (const ch of token) {
      if (!fits(cur + ch, width, fontSize)) push();
      cur += ch;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = ellipsize(`${last}${lines[maxLines] ?? ''}`, width, fontSize);
  return kept;
}

// ---------------------------------------------------------------------------------------------------
// SVG primitives

/** Geometry to 2 decimals, minimal text ("12", "12.5", "12.34"). */
function n(value: number): string {
  const text = value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

interface TextStyle {
  size: number;
  fill: string;
  weight?: 400 | 700;
  anchor?: 'start' | 'middle' | 'end';
}

function textEl(x: number, y: number, content: string, style: TextStyle, extra = ''): string {
  const weight = style.weight === 700 ? ' font-weight="700"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${style.size}"${weight}${anchor} fill="${style.fill}"${extra}>${escapeXml(content)}</text>`;
}

/** Baseline for text vertically centred on `cy` (CJK ideographs sit ~0.36em above the centre line). */
function centredBaseline(cy: number, size: number): number {
  return cy + size * 0.36;
}

// ---------------------------------------------------------------------------------------------------
// Amounts

type Amount = Money | null;

function parseAmount(text: string | null | undefined, where: () => string): Amount {
  if (text === null || text === undefined) return null;
  try {
    return money(text);
  } catch {
    throw new Error(`chart spec: ${where()} is not a decimal amount: ${JSON.stringify(text)}`);
  }
}

/** Thousands separators and at least 2 decimals; more only if the spec's figure has them (exact). */
export function formatAmount(value: Money): string {
  const v = value.isZero() ? ZERO : value;
  return formatDecimal(v, Math.max(2, v.decimalPlaces()));
}

function amountLabel(value: Amount): string {
  return value === null ? '—' : formatAmount(value);
}

/**
 * amount ÷ span × width, computed in Money; the result is a pixel length, and only this final pixel
 * length is fixed to 2 decimals and converted to a number (geometry, never an amount).
 */
function pixelLength(amount: Money, span: Money, width: number): number {
  return Number(amount.abs().dividedBy(span).times(width.toFixed(2)).toFixed(2));
}

function seriesValues(spec: ChartSpec, series: ChartSeries | undefined, count: number): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      parseAmount(
        series?.values[i],
        () => `series ${JSON.stringify(series?.name ?? '')} category ${JSON.stringify(spec.categories[i])}`,
      ),
    );
  }
  return out;
}

function maxOf(values: Money[]): Money {
  return values.reduce((a, b) => (b.greaterThan(a) ? b : a), ZERO);
}
function minOf(values: Money[]): Money {
  return values.reduce((a, b) => (b.lessThan(a) ? b : a), ZERO);
}

// ---------------------------------------------------------------------------------------------------
// Layout pieces shared by every kind

interface Canvas {
  parts: string[];
  y: number;
}

function drawHeader(c: Canvas, spec: ChartSpec, legend: LegendItem[]): void {
  const titleLines = wrapText(spec.title, CONTENT_W, TITLE_SIZE, 2);
  c.y = PAD_TOP;
  for (const line of titleLines) {
    c.parts.push(
      textEl(PAD_X, c.y + TITLE_SIZE * 0.9, line, { size: TITLE_SIZE, weight: 700, fill: COLOR.title }),
    );
    c.y += Math.round(TITLE_SIZE * 1.4);
  }
  c.y += 4;
  const unit = `单位：${spec.unit}`;
  const unitW = measureText(unit, META_SIZE);
  c.parts.push(textEl(PAD_X, c.y + META_SIZE * 0.9, unit, { size: META_SIZE, fill: COLOR.muted }));
  drawLegend(c, legend, PAD_X + unitW + 24);
  c.y += 20;
}

interface LegendItem {
  name: string;
  /** null: text only, no swatch */
  color: string | null;
}

const SWATCH = 11;
const LEGEND_NAME_MAX = 280;

/** Legend right-aligned on the unit line; wraps onto further lines (right-aligned) when too wide. */
function drawLegend(c: Canvas, items: LegendItem[], minX: number): void {
  if (items.length === 0) return;
  const laid = items.map((item) => {
    const name = ellipsize(collapseSpace(item.name), LEGEND_NAME_MAX, META_SIZE);
    const w = (item.color === null ? 0 : SWATCH + 6) + measureText(name, META_SIZE);
    return { ...item, name, w };
  });
  const GAP = 20;
  const rows: (typeof laid)[] = [[]];
  let rowW = 0;
  let limit = CHART_WIDTH - PAD_X - minX;
  for (const item of laid) {
    const row = rows[rows.length - 1] ?? [];
    const next = rowW === 0 ? item.w : rowW + GAP + item.w;
    if (row.length > 0 && next > limit) {
      rows.push([item]);
      rowW = item.w;
      limit = CONTENT_W;
    } else {
      row.push(item);
      rowW = next;
    }
  }
  rows.forEach((row, r) => {
    if (r > 0) c.y += 20;
    const total = row.reduce((s, it, i) => s + it.w + (i > 0 ? GAP : 0), 0);
    let x = CHART_WIDTH - PAD_X - total;
    const cy = c.y + META_SIZE * 0.55;
    for (const item of row) {
      if (item.color !== null) {
        c.parts.push(
          `<rect x="${n(x)}" y="${n(cy - SWATCH / 2)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${item.color}"/>`,
        );
        x += SWATCH + 6;
      }
      c.parts.push(textEl(x, c.y + META_SIZE * 0.9, item.name, { size: META_SIZE, fill: COLOR.label }));
      x += measureText(item.name, META_SIZE) + GAP;
    }
  });
}

function drawMoreLine(c: Canvas, hidden: number, note = ''): void {
  if (hidden <= 0) return;
  c.y += 6;
  c.parts.push(
    textEl(PAD_X, c.y + SMALL_SIZE * 0.9, `…另有 ${hidden} 项${note}`, {
      size: SMALL_SIZE,
      fill: COLOR.muted,
    }),
  );
  c.y += 18;
}

function drawFooter(c: Canvas, spec: ChartSpec): void {
  c.y += 14;
  c.parts.push(
    `<line x1="${PAD_X}" y1="${n(c.y)}" x2="${CHART_WIDTH - PAD_X}" y2="${n(c.y)}" stroke="${COLOR.grid}" stroke-width="1"/>`,
  );
  c.y += 10;
  for (const line of wrapText(spec.source, CONTENT_W, SMALL_SIZE, 3)) {
    c.parts.push(textEl(PAD_X, c.y + SMALL_SIZE * 0.9, line, { size: SMALL_SIZE, fill: COLOR.muted }));
    c.y += 18;
  }
  c.y += PAD_BOTTOM - 4;
}

function drawEmpty(c: Canvas): void {
  c.y += 16;
  c.parts.push(
    textEl(CHART_WIDTH / 2, c.y + 24, '（无可绘制的数据）', {
      size: LABEL_SIZE,
      fill: COLOR.muted,
      anchor: 'middle',
    }),
  );
  c.y += 48;
}

/** Category labels: right-aligned against the bars, up to 2 lines, vertically centred on `cy`. */
function drawCategoryLabel(c: Canvas, lines: string[], right: number, cy: number): void {
  const lh = LABEL_SIZE + 4;
  const top = cy - (lines.length * lh) / 2;
  lines.forEach((line, i) => {
    c.parts.push(
      textEl(right, centredBaseline(top + lh * i + lh / 2, LABEL_SIZE), line, {
        size: LABEL_SIZE,
        fill: COLOR.text,
        anchor: 'end',
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------
// Horizontal value scale (bar and comparison)

interface Scale {
  plotLeft: number;
  plotW: number;
  /** Lowest and highest amount on the axis; min ≤ 0 ≤ max. */
  min: Money;
  span: Money;
  /** x of the zero line */
  x0: number;
}

function makeScale(values: Money[], plotLeft: number, plotW: number): Scale {
  const max = maxOf(values);
  const min = minOf(values);
  const span = max.minus(min);
  const x0 = span.isZero() || min.isZero() ? plotLeft : plotLeft + pixelLength(min, span, plotW);
  return { plotLeft, plotW, min, span, x0 };
}

/** A nice tick step (1, 2, 5 × 10^k) giving about `target` intervals over `span`. */
function niceStep(span: Money, target: number): Money {
  const rough = span.dividedBy(target);
  const magnitude = new Money(10).pow(rough.e);
  const normalised = rough.dividedBy(magnitude);
  const m = [1, 2, 5, 10].find((k) => normalised.lessThanOrEqualTo(k)) ?? 10;
  return magnitude.times(m);
}

interface Tick {
  x: number;
  label: string;
  zero: boolean;
}

/**
 * Axis graduations whose labels do not collide; falls back to fewer intervals, or none. These are
 * exact multiples of a round step (not figures from the data), so labelling them adds no claim.
 */
function makeTicks(scale: Scale): Tick[] {
  if (scale.span.isZero()) return [];
  for (const target of [8, 6, 5, 4, 3, 2]) {
    const step = niceStep(scale.span, target);
    const digits = Math.max(0, step.decimalPlaces());
    const ticks: Tick[] = [];
    const max = scale.min.plus(scale.span);
    for (let t = scale.min.dividedBy(step).ceil().times(step); t.lessThanOrEqualTo(max); t = t.plus(step)) {
      const x = scale.plotLeft + pixelLength(t.minus(scale.min), scale.span, scale.plotW);
      ticks.push({ x, label: formatDecimal(t.isZero() ? ZERO : t, digits), zero: t.isZero() });
    }
    const widest = Math.max(...ticks.map((t) => measureText(t.label, TICK_SIZE)));
    const gap = ticks.length > 1 ? (ticks[1]?.x ?? 0) - (ticks[0]?.x ?? 0) : Infinity;
    if (gap >= widest + 12) return ticks;
  }
  return [];
}

function drawGrid(c: Canvas, scale: Scale, top: number, bottom: number): void {
  const ticks = makeTicks(scale);
  for (const t of ticks) {
    if (t.zero) continue;
    c.parts.push(
      `<line x1="${n(t.x)}" y1="${n(top)}" x2="${n(t.x)}" y2="${n(bottom)}" stroke="${COLOR.grid}" stroke-width="1"/>`,
    );
  }
  c.parts.push(
    `<line x1="${n(scale.x0)}" y1="${n(top)}" x2="${n(scale.x0)}" y2="${n(bottom)}" stroke="${COLOR.axis}" stroke-width="1"/>`,
  );
  const labelY = bottom + 6 + TICK_SIZE * 0.9;
  for (const t of ticks) {
    c.parts.push(textEl(t.x, labelY, t.label, { size: TICK_SIZE, fill: COLOR.faint, anchor: 'middle' }));
  }
}

const GRID_LABEL_H = 22;

/** A bar from the zero line plus its value label beyond the bar end (left of it for negatives). */
function drawValueBar(
  c: Canvas,
  scale: Scale,
  value: Amount,
  cy: number,
  barH: number,
  color: string,
  label: { text: string; share: string | null; size: number },
  ids: string,
): void {
  let end = scale.x0;
  const negative = value !== null && value.isNegative() && !value.isZero();
  if (value !== null && !value.isZero() && !scale.span.isZero()) {
    const len = pixelLength(value, scale.span, scale.plotW);
    const x = negative ? scale.x0 - len : scale.x0;
    end = negative ? x : x + len;
    c.parts.push(
      `<rect class="bar" ${ids} x="${n(x)}" y="${n(cy - barH / 2)}" width="${len.toFixed(2)}" height="${barH}" fill="${color}"/>`,
    );
  }
  const share =
    label.share === null ? '' : `<tspan fill="${COLOR.muted}" dx="8">${escapeXml(label.share)}</tspan>`;
  const anchor = negative ? ' text-anchor="end"' : '';
  const x = negative ? end - 6 : end + 6;
  c.parts.push(
    `<text class="value" ${ids} x="${n(x)}" y="${n(centredBaseline(cy, label.size))}" font-size="${label.size}"${anchor} fill="${COLOR.text}">${escapeXml(label.text)}${share}</text>`,
  );
}

function valueLabelWidth(text: string, share: string | null, size: number): number {
  return measureText(text, size) + (share === null ? 0 : 8 + measureText(share, size));
}

interface Columns {
  labelColW: number;
  plotLeft: number;
  plotW: number;
  labels: string[][];
}

/**
 * Split the width into category labels | left value labels | plot | right value labels, so that
 * value labels never overlap a bar or leave the canvas.
 */
function layoutColumns(
  categories: string[],
  leftReserve: number,
  rightReserve: number,
  lineCap: number,
): Columns {
  const LABEL_GAP = 14;
  const MIN_PLOT = 180;
  const natural = Math.max(0, ...categories.map((cat) => measureText(collapseSpace(cat), LABEL_SIZE)));
  const room = CONTENT_W - leftReserve - rightReserve - LABEL_GAP - MIN_PLOT;
  const labelColW = Math.max(56, Math.min(natural, lineCap, room));
  const labels = categories.map((cat) => wrapText(cat, labelColW, LABEL_SIZE, 2));
  const plotLeft = PAD_X + labelColW + LABEL_GAP + leftReserve;
  const plotW = Math.max(40, Number((CHART_WIDTH - PAD_X - rightReserve - plotLeft).toFixed(2)));
  return { labelColW, plotLeft, plotW, labels };
}

// ---------------------------------------------------------------------------------------------------
// Kinds

function renderBar(c: Canvas, spec: ChartSpec): void {
  const series = spec.series[0];
  drawHeader(c, spec, series ? [{ name: series.name, color: COLOR.bar }] : []);
  const shown = Math.min(spec.categories.length, MAX_CATEGORIES);
  if (shown === 0 || !series) {
    drawEmpty(c);
    return;
  }
  const categories = spec.categories.slice(0, shown);
  const values = seriesValues(spec, series, shown);
  const labels = values.map(amountLabel);
  const shares = categories.map((_, i) => spec.shares?.[i] ?? null);
  let left = 0;
  let right = 0;
  values.forEach((v, i) => {
    const w = valueLabelWidth(labels[i] ?? '', shares[i] ?? null, VALUE_SIZE) + 10;
    if (v !== null && v.isNegative() && !v.isZero()) left = Math.max(left, w);
    else right = Math.max(right, w);
  });
  const cols = layoutColumns(categories, left, right, 240);
  const twoLine = cols.labels.some((l) => l.length > 1);
  const rowH = twoLine ? 46 : 34;
  const barH = twoLine ? 20 : 18;
  const present = values.filter((v): v is Money => v !== null);
  const scale = makeScale(present, cols.plotLeft, cols.plotW);

  c.y += 14;
  const top = c.y;
  const bottom = top + shown * rowH;
  drawGrid(c, scale, top, bottom);
  for (let i = 0; i < shown; i++) {
    const cy = top + rowH * i + rowH / 2;
    drawCategoryLabel(c, cols.labels[i] ?? [], PAD_X + cols.labelColW, cy);
    drawValueBar(
      c,
      scale,
      values[i] ?? null,
      cy,
      barH,
      COLOR.bar,
      { text: labels[i] ?? '—', share: shares[i] ?? null, size: VALUE_SIZE },
      `data-series="0" data-index="${i}"`,
    );
  }
  c.y = bottom + GRID_LABEL_H;
  drawMoreLine(c, spec.categories.length - shown);
}

/** Rank series by the year in their name (oldest first); without years, by position. */
function seriesColors(series: ChartSeries[]): string[] {
  const years = series.map((s) => /(\d{4})\s*年?/.exec(s.name)?.[1] ?? null);
  const order = series.map((_, i) => i);
  if (years.every((y) => y !== null) && new Set(years).size === years.length) {
    order.sort((a, b) => (years[a] ?? '').localeCompare(years[b] ?? ''));
  }
  const ramp = SERIES_RAMPS[Math.min(series.length, SERIES_RAMPS.length - 1)] ?? [];
  const colors: string[] = new Array<string>(series.length).fill(COLOR.bar);
  order.forEach((seriesIndex, rank) => {
    colors[seriesIndex] = ramp[rank % ramp.length] ?? COLOR.bar;
  });
  return colors;
}

function renderComparison(c: Canvas, spec: ChartSpec): void {
  const series = spec.series;
  const colors = seriesColors(series);
  drawHeader(
    c,
    spec,
    series.map((s, i) => ({ name: s.name, color: colors[i] ?? COLOR.bar })),
  );
  const shown = Math.min(spec.categories.length, MAX_CATEGORIES);
  if (shown === 0 || series.length === 0) {
    drawEmpty(c);
    return;
  }
  const categories = spec.categories.slice(0, shown);
  const values = series.map((s) => seriesValues(spec, s, shown));
  const SIZE = 12;
  let left = 0;
  let right = 0;
  for (const row of values) {
    for (const v of row) {
      const w = valueLabelWidth(amountLabel(v), null, SIZE) + 10;
      if (v !== null && v.isNegative() && !v.isZero()) left = Math.max(left, w);
      else right = Math.max(right, w);
    }
  }
  const cols = layoutColumns(categories, left, right, 220);
  const twoLine = cols.labels.some((l) => l.length > 1);
  const barH = 15;
  const barGap = 3;
  const barsH = series.length * barH + (series.length - 1) * barGap;
  const groupH = Math.max(barsH + 18, twoLine ? 2 * (LABEL_SIZE + 4) + 14 : 0);
  const present = values.flat().filter((v): v is Money => v !== null);
  const scale = makeScale(present, cols.plotLeft, cols.plotW);

  c.y += 14;
  const top = c.y;
  const bottom = top + shown * groupH;
  for (let i = 1; i < shown; i++) {
    const y = top + groupH * i;
    c.parts.push(
      `<line x1="${PAD_X}" y1="${n(y)}" x2="${CHART_WIDTH - PAD_X}" y2="${n(y)}" stroke="#F3F4F6" stroke-width="1"/>`,
    );
  }
  drawGrid(c, scale, top, bottom);
  for (let i = 0; i < shown; i++) {
    const groupTop = top + groupH * i;
    drawCategoryLabel(c, cols.labels[i] ?? [], PAD_X + cols.labelColW, groupTop + groupH / 2);
    const barsTop = groupTop + (groupH - barsH) / 2;
    series.forEach((_, s) => {
      const v = values[s]?.[i] ?? null;
      drawValueBar(
        c,
        scale,
        v,
        barsTop + s * (barH + barGap) + barH / 2,
        barH,
        colors[s] ?? COLOR.bar,
        { text: amountLabel(v), share: null, size: SIZE },
        `data-series="${s}" data-index="${i}"`,
      );
    });
  }
  c.y = bottom + GRID_LABEL_H;
  drawMoreLine(c, spec.categories.length - shown);
}

function renderComposition(c: Canvas, spec: ChartSpec): void {
  const series = spec.series[0];
  drawHeader(c, spec, series ? [{ name: series.name, color: null }] : []);
  const total = spec.categories.length;
  const shown = Math.min(total, MAX_CATEGORIES);
  if (shown === 0 || !series) {
    drawEmpty(c);
    return;
  }
  const all = seriesValues(spec, series, total);
  const positive = (v: Amount): v is Money => v !== null && v.greaterThan(0);
  const whole = all.filter(positive).reduce((a, b) => a.plus(b), ZERO);
  const anyNegative = all.some((v) => v !== null && v.isNegative() && !v.isZero());
  const shares = all.map((v, i) => {
    const given = spec.shares?.[i];
    if (given !== undefined && given !== null) return given;
    // Only when the producer gave no share: part ÷ sum of parts, exact in Money, rounded once.
    if (v === null || anyNegative || whole.isZero()) return null;
    return formatPercent(v.dividedBy(whole));
  });
  const colorOf = (i: number): string => PARTS_PALETTE[i % PARTS_PALETTE.length] ?? COLOR.bar;

  // The stacked bar: parts in order, each exactly proportional to its amount; zero, blank and
  // negative parts are not drawn; parts beyond MAX_CATEGORIES share one grey segment at the end.
  c.y += 18;
  const barTop = c.y;
  const BAR_H = 44;
  const plotLeft = PAD_X;
  const plotW = CONTENT_W;
  c.parts.push(`<rect x="${plotLeft}" y="${n(barTop)}" width="${plotW}" height="${BAR_H}" fill="#F3F4F6"/>`);
  let before = ZERO;
  let otherDrawn = false;
  const boundaries: number[] = [];
  all.forEach((v, i) => {
    if (!positive(v) || whole.isZero()) return;
    const x = plotLeft + pixelLength(before, whole, plotW);
    const len = pixelLength(v, whole, plotW);
    before = before.plus(v);
    const hidden = i >= shown;
    if (hidden && otherDrawn) return;
    otherDrawn = hidden;
    const segmentLen = hidden ? Number((plotW + plotLeft - x).toFixed(2)) : len;
    c.parts.push(
      `<rect class="${hidden ? 'segment-other' : 'segment'}" data-index="${i}" x="${n(x)}" y="${n(barTop)}" width="${segmentLen.toFixed(2)}" height="${BAR_H}" fill="${hidden ? COLOR.other : colorOf(i)}"/>`,
    );
    if (x > plotLeft + 0.5) boundaries.push(x);
    const share = shares[i];
    if (!hidden && share !== null && share !== undefined) {
      const w = measureText(share, VALUE_SIZE);
      if (len >= w + 14) {
        c.parts.push(
          textEl(x + len / 2, centredBaseline(barTop + BAR_H / 2, VALUE_SIZE), share, {
            size: VALUE_SIZE,
            weight: 700,
            fill: '#FFFFFF',
            anchor: 'middle',
          }),
        );
      }
    }
  });
  for (const x of boundaries) {
    c.parts.push(
      `<line x1="${n(x)}" y1="${n(barTop)}" x2="${n(x)}" y2="${n(barTop + BAR_H)}" stroke="#FFFFFF" stroke-width="2"/>`,
    );
  }
  c.y = barTop + BAR_H + 26;

  // Legend table: swatch · name · amount · share. Parts not drawn get a hollow swatch.
  const ROW_H = 32;
  const amountLabels = all.slice(0, shown).map(amountLabel);
  const shareW = Math.max(
    measureText('占比', SMALL_SIZE),
    ...shares.slice(0, shown).map((s) => measureText(s ?? '', VALUE_SIZE)),
  );
  const amountW = Math.max(
    measureText('金额', SMALL_SIZE),
    ...amountLabels.map((a) => measureText(a, VALUE_SIZE)),
  );
  const shareRight = CHART_WIDTH - PAD_X;
  const amountRight = shareRight - shareW - 32;
  const nameLeft = PAD_X + SWATCH + 10;
  const nameW = amountRight - amountW - 32 - nameLeft;
  const headY = c.y + SMALL_SIZE * 0.9;
  c.parts.push(textEl(nameLeft, headY, '构成', { size: SMALL_SIZE, fill: COLOR.muted }));
  c.parts.push(textEl(amountRight, headY, '金额', { size: SMALL_SIZE, fill: COLOR.muted, anchor: 'end' }));
  c.parts.push(textEl(shareRight, headY, '占比', { size: SMALL_SIZE, fill: COLOR.muted, anchor: 'end' }));
  c.y += 20;
  for (let i = 0; i < shown; i++) {
    const v = all[i] ?? null;
    const top = c.y + ROW_H * i;
    const cy = top + ROW_H / 2;
    c.parts.push(
      `<line x1="${PAD_X}" y1="${n(top)}" x2="${CHART_WIDTH - PAD_X}" y2="${n(top)}" stroke="${COLOR.grid}" stroke-width="1"/>`,
    );
    const drawn = positive(v);
    c.parts.push(
      drawn
        ? `<rect class="swatch" data-index="${i}" x="${PAD_X}" y="${n(cy - SWATCH / 2)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${colorOf(i)}"/>`
        : `<rect class="swatch-empty" data-index="${i}" x="${PAD_X + 0.5}" y="${n(cy - SWATCH / 2 + 0.5)}" width="${SWATCH - 1}" height="${SWATCH - 1}" rx="2" fill="none" stroke="${COLOR.faint}" stroke-width="1"/>`,
    );
    const name = ellipsize(collapseSpace(spec.categories[i] ?? ''), nameW, LABEL_SIZE);
    c.parts.push(
      textEl(nameLeft, centredBaseline(cy, LABEL_SIZE), name, { size: LABEL_SIZE, fill: COLOR.text }),
    );
    c.parts.push(
      textEl(amountRight, centredBaseline(cy, VALUE_SIZE), amountLabels[i] ?? '—', {
        size: VALUE_SIZE,
        fill: COLOR.text,
        anchor: 'end',
      }),
      textEl(shareRight, centredBaseline(cy, VALUE_SIZE), shares[i] ?? '', {
        size: VALUE_SIZE,
        fill: COLOR.muted,
        anchor: 'end',
      }),
    );
  }
  c.y += ROW_H * shown;
  c.parts.push(
    `<line x1="${PAD_X}" y1="${n(c.y)}" x2="${CHART_WIDTH - PAD_X}" y2="${n(c.y)}" stroke="${COLOR.grid}" stroke-width="1"/>`,
  );
  c.y += 4;
  drawMoreLine(c, total - shown, '（图中灰色部分）');
}

// ---------------------------------------------------------------------------------------------------

/**
 * Render a chart spec to an SVG document (UTF-8 text, width CHART_WIDTH px, white background).
 * Throws only when a value is not a decimal string (a producer bug the caller should surface).
 */
export function renderSvg(spec: ChartSpec): string {
  const c: Canvas = { parts: [], y: 0 };
  switch (spec.kind) {
    case 'bar':
      renderBar(c, spec);
      break;
    case 'comparison':
      renderComparison(c, spec);
      break;
    case 'composition':
      renderComposition(c, spec);
      break;
    default: {
      const kind: never = spec.kind;
      throw new Error(`chart spec: unknown kind ${JSON.stringify(kind)}`);
    }
  }
  drawFooter(c, spec);
  const height = Math.ceil(c.y);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="${COLOR.background}"/>`,
    ...c.parts,
    '</svg>',
    '',
  ].join('\n');
}
