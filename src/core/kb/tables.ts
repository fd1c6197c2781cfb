/**
 * The twelve standard tables of a 部门预算公开 document: their layout, and the parser that turns the
 * export's rows of cells into rows of exactly one cell per column.
 */
import { normaliseDecimalText } from '../money.js';
import {
  GENERIC_SPEC,
  headerNames,
  kindOfHeaders,
  kindOfTitle,
  kindSpec,
  normaliseHeader,
  normaliseTitle,
  REQUIRED_KINDS,
  type KindSpec,
  type TableKind,
} from './kinds.js';
import type { Column, TableInput } from './schema.js';
import { texts, type RawRow } from './tokenize.js';
import type { ImportWarning } from './warnings.js';

export const CHINESE_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
] as const;

const amount = (name: string): Column => ({ name, type: 'amount' });
const text = (name: string): Column => ({ name, type: 'text' });

const DIGITS = '一二三四五六七八九';

/** "七" → 7, "十三" → 13, "二十一" → 21, "14" → 14; null for anything else. */
export function tableNumberFromChinese(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number.parseInt(s, 10) || null;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) + 1 : null;
  return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}

export function tableName(n: number): string {
  if (n >= 1 && n <= 99) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    const t = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]}十`;
    return `表${t}${ones ? DIGITS[ones - 1] : ''}`;
  }
  return `表${n}`;
}

/** "表九：", "表九：部门预算明细表", "表 9 部门预算明细表", "表九（续）" */
const TABLE_HEADING = /^表\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:[：:、.．]|[（(]续[)）]|\s|$)(.*)$/s;

/** A table's slice of the document: its heading row and every row up to the next table heading. */
export interface TableBlock {
  number: number;
  line: number;
  rows: RawRow[];
  /** Heading rows of continuations ("表九（续）") merged into this block */
  continuations: number;
}

/**
 * Split the table part's rows at the "表X：" headings. A heading with the number of the table just
 * before it, or marked "（续）", continues that table (a page break in the export); any other
 * table is its own block, whatever its number — never appended to the previous one.
 */
export function splitTables(
  rows: readonly RawRow[],
  file: string,
  warn: (w: ImportWarning) => void,
): TableBlock[] {
  const blocks: TableBlock[] = [];
  for (const row of rows) {
    const first = texts(row)[0] ?? '';
    const m = TABLE_HEADING.exec(first);
    if (m) {
      const n = tableNumberFromChinese(m[1] ?? '');
      if (n === null) {
        warn({ file, line: row.line, text: first, reason: 'a table heading with an unknown number' });
        continue;
      }
      const cur = blocks[blocks.length - 1];
      if (cur && cur.number === n) {
        cur.continuations++;
        continue;
      }
      blocks.push({ number: n, line: row.line, rows: [row], continuations: 0 });
      continue;
    }
    const cur = blocks[blocks.length - 1];
    if (cur) cur.rows.push(row);
    else if (texts(row).length > 0)
      warn({ file, line: row.line, text: texts(row).join(' | '), reason: 'text before the first table' });
  }
  return blocks;
}

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => c.text === null);
}

const UNIT_TEXT = /^单位[：:]\s*(万元|元)$/;
const YEAR_NOTE = /^[（(]\d{4}年度?[)）]$/;

/** Title candidates of a block: the heading's own text, then the texts of its first rows. */
function titleCandidates(block: TableBlock): { text: string; row: number }[] {
  const out: { text: string; row: number }[] = [];
  const heading = texts(block.rows[0]!);
  const rest = TABLE_HEADING.exec(heading[0] ?? '')?.[2]?.trim();
  if (rest) out.push({ text: rest, row: 0 });
  for (const t of heading.slice(1)) out.push({ text: t, row: 0 });
  block.rows.slice(1, 8).forEach((r, i) => {
    for (const t of texts(r)) out.push({ text: t, row: i + 1 });
  });
  return out.filter(
    (c) =>
      !UNIT_TEXT.test(c.text.replace(/\s/g, '')) &&
      !YEAR_NOTE.test(c.text.replace(/\s/g, '')) &&
      /[\u4e00-\u9fff]{3}/.test(c.text),
  );
}

/** A table's own title as cited: spaces, "（续）", a trailing "目录" and a leading year ("2020年") dropped. */
function ownTitle(t: string): string {
  return t
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(]续[)）]/g, '')
    .replace(/^\d{4}年度?(?=\S{4})/, '')
    .replace(/目录$/, '');
}

/** The document's own title (spaces, "（续）" and a trailing "目录" dropped) and the kind it names. */
function findTitle(block: TableBlock): { title: string; kind: TableKind | null } {
  const candidates = titleCandidates(block).slice(0, 4);
  for (const c of candidates) {
    const kind = kindOfTitle(c.text);
    if (kind) return { title: ownTitle(c.text), kind };
  }
  const named = candidates.find((c) => /表$/.test(ownTitle(c.text)));
  return { title: named ? ownTitle(named.text) : tableName(block.number), kind: null };
}

function findUnit(block: TableBlock): '元' | '万元' | null {
  for (const row of block.rows.slice(0, 12)) {
    for (const t of texts(row)) {
      const m = /单位[：:]\s*(万元|元)/.exec(t);
      if (m) return m[1] === '万元' ? '万元' : '元';
    }
  }
  return null;
}

/** Index of the header row: the row with a cell naming the spec's header key (or one of its aliases). */
function headerIndex(block: TableBlock, spec: KindSpec): number {
  if (spec.headerKey === null) return 0;
  const key = spec.headerKey;
  const keyCol = spec.columns.find((c) => c.name === key) ?? text(key);
  for (let i = 1; i < Math.min(block.rows.length, 16); i++) {
    const row = block.rows[i];
    if (row && texts(row).some((t) => headerNames(spec, keyCol, t) || normaliseHeader(t) === key)) return i;
  }
  return -1;
}

/**
 * Where each canonical column sits in the published rows, read from the header's names (any
 * order). A header whose labels span two rows ("科目" over "科目编码 / 科目名称") is joined first.
 * Null when the header does not name every column exactly once.
 */
function columnPositions(block: TableBlock, spec: KindSpec, h: number): number[] | null {
  const n = spec.columns.length;
  if (spec.positional) return spec.columns.map((_, k) => k);
  let labels = texts(block.rows[h]!);
  if (labels.length < n && h > 1) {
    const above = texts(block.rows[h - 1]!);
    const joined = above.flatMap((t) => (labels.every((l) => l.startsWith(t)) ? labels : [t]));
    if (joined.length === n) labels = joined;
  }
  if (labels.length !== n) return null;
  const pos = spec.columns.map((c) => labels.findIndex((l) => headerNames(spec, c, l)));
  if (pos.some((p) => p < 0) || new Set(pos).size !== n) return null;
  return pos;
}

/** Texts of the header rows (the key row and the one above it), to recognise a repeated header. */
function headerSignature(block: TableBlock, h: number): Set<string> {
  const sig = new Set<string>();
  for (const r of [block.rows[h], h > 1 ? block.rows[h - 1] : undefined])
    if (r && texts(r).length > 1) sig.add(texts(r).map(normaliseHeader).join('|'));
  return sig;
}

/**
 * Rows after the header, without what a page break repeats: the header again, the title (with or
 * without "（续）"), the unit line.
 */
function bodyRows(block: TableBlock, h: number, title?: string): RawRow[] {
  const sig = h > 0 ? headerSignature(block, h) : new Set<string>();
  const own = title ? normaliseTitle(title) : null;
  return block.rows.slice(h + 1).filter((r) => {
    const t = texts(r);
    if (t.length === 0) return true;
    if (sig.has(t.map(normaliseHeader).join('|'))) return false;
    if (t.length === 1) {
      const one = t[0]!.replace(/\s/g, '');
      if (UNIT_TEXT.test(one)) return false;
      if (own && normaliseTitle(one) === own) return false;
    }
    return true;
  });
}

/** Normalise a cell for its column: amounts become plain decimal strings; text keeps its words. */
function normaliseCell(
  t: string | null,
  col: Column | undefined,
  where: { file: string; line: number },
  warn: (w: ImportWarning) => void,
): string | null {
  if (t === null) return null;
  if (col?.type === 'amount') {
    const d = normaliseDecimalText(t);
    if (d === null) {
      warn({
        ...where,
        text: t,
        reason: `column "${col.name}" holds amounts; this cell is not a number, kept as empty`,
      });
      return null;
    }
    return d;
  }
  if (col?.type === 'code') return t.replace(/\s/g, '');
  // Collapse the export's line breaks inside a text cell (a wrapped label), keep the words.
  return t.replace(/\s*\n\s*/g, '').trim();
}

/**
 * Rows of a fixed-column table, columns placed by the header's names. The export sometimes breaks
 * a row across blank lines; consecutive short rows are merged while they fit the column count. A
 * row that cannot be placed is reported and left out — never guessed.
 */
function parseFixed(
  block: TableBlock,
  spec: KindSpec,
  h: number,
  pos: number[],
  title: string,
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void,
) {
  const n = spec.columns.length;
  const rows: TableInput['rows'] = [];
  let blankRows = 0;
  const body = bodyRows(block, h, title);
  for (let i = 0; i < body.length; i++) {
    const row = body[i]!;
    if (isBlank(row)) {
      blankRows++;
      continue;
    }
    let cells = [...row.cells];
    let endLine = row.endLine;
    let j = i;
    while (cells.length < n && j + 1 < body.length) {
      const next = body[j + 1]!;
      if (cells.length + next.cells.length > n) break;
      cells = cells.concat(next.cells);
      endLine = next.endLine;
      j++;
    }
    // Trailing empty cells beyond the last column are layout, not data.
    while (cells.length > n && cells[cells.length - 1]?.text === null) cells.pop();
    if (cells.length !== n) {
      const t = row.cells.map((c) => c.text ?? '').join(' | ');
      warn({
        file,
        line: row.line,
        text: t,
        reason: `${tableName(block.number)}: a row of ${cells.length} cells cannot be placed in ${n} columns; left out`,
      });
      lost(
        `${tableName(block.number)} 第 ${row.line} 行有 ${cells.length} 个单元格，放不进 ${n} 列（${t.slice(0, 40)}）`,
      );
      continue;
    }
    i = j;
    rows.push({
      line: row.line,
      endLine,
      cells: spec.columns.map((col, k) => {
        const c = cells[pos[k]!]!;
        return normaliseCell(c.text, col, { file, line: c.line }, warn);
      }),
    });
  }
  return { rows, blankRows };
}

/**
 * 表七 is laid out as labels followed by their values, with rows broken and sub-rows ("其中")
 * run together; each label takes the value cells that follow it, up to one per value column.
 */
function parseLabelled(block: TableBlock, h: number, file: string, warn: (w: ImportWarning) => void) {
  const headerTexts = texts(block.rows[h]!);
  const valueColumns: Column[] = headerTexts.slice(1).map((name) => amount(name));
  const columns = [text(headerTexts[0] ?? '项目'), ...valueColumns];
  const body = bodyRows(block, h);
  const cells = body.flatMap((r) => r.cells.map((c) => ({ ...c, endLine: r.endLine })));
  const rows: TableInput['rows'] = [];
  const blankRows = body.filter(isBlank).length;
  let cur: { line: number; endLine: number; label: string; values: (string | null)[] } | null = null;
  const flush = () => {
    if (!cur) return;
    while (cur.values.length < valueColumns.length) cur.values.push(null);
    rows.push({ line: cur.line, endLine: cur.endLine, cells: [cur.label, ...cur.values] });
    cur = null;
  };
  for (const c of cells) {
    const value = c.text === null ? null : normaliseDecimalText(c.text);
    const isLabel = c.text !== null && value === null;
    if (isLabel) {
      flush();
      cur = { line: c.line, endLine: c.line, label: c.text!.replace(/\s*\n\s*/g, ''), values: [] };
      continue;
    }
    if (!cur) {
      if (c.text !== null)
        warn({
          file,
          line: c.line,
          text: c.text,
          reason: `${tableName(block.number)}: a value with no label; left out`,
        });
      continue;
    }
    if (cur.values.length < valueColumns.length) {
      cur.values.push(value);
      if (c.text !== null) cur.endLine = c.line;
    } else if (c.text !== null) {
      warn({
        file,
        line: c.line,
        text: c.text,
        reason: `${tableName(block.number)}: more values than columns after "${cur.label}"; left out`,
      });
    }
  }
  flush();
  return { columns, rows, blankRows };
}

/**
 * A table of no known kind (or whose header is not the kind's): kept as published, one text cell
 * per column (as many columns as its widest row), rows after its title and unit lines; a first
 * row of words only names the columns.
 */
function parseGeneric(block: TableBlock, title: string) {
  const first = block.rows.findIndex((r, i) => {
    if (i === 0) return false;
    const t = texts(r);
    if (t.length === 0) return false;
    if (t.length === 1) {
      const one = t[0]!.replace(/\s/g, '');
      if (UNIT_TEXT.test(one) || YEAR_NOTE.test(one) || ownTitle(one) === title) return false;
    }
    return true;
  });
  const body = first < 0 ? [] : bodyRows(block, first - 1, title);
  let data = body.filter((r) => !isBlank(r));
  const width = Math.max(0, ...data.map((r) => r.cells.length));
  // A first row of words only (no figure) is the header: it names the columns.
  const head = data[0];
  const named =
    data.length > 1 &&
    head &&
    head.cells.every((c) => c.text === null || normaliseDecimalText(c.text) === null);
  const columns: Column[] = Array.from({ length: width }, (_, k) =>
    text((named && head.cells[k]?.text?.replace(/\s+/g, '')) || `第${k + 1}列`),
  );
  if (named) data = data.slice(1);
  const rows: TableInput['rows'] = data.map((r) => ({
    line: r.line,
    endLine: r.endLine,
    cells: columns.map((_, k) => {
      const t = r.cells[k]?.text ?? null;
      return t === null ? null : t.replace(/\s*\n\s*/g, '').trim();
    }),
  }));
  return { columns, rows, blankRows: body.length - data.length };
}

export interface ParsedTable {
  table: TableInput;
  /** What the table lost: rows that could not be placed, a header not found */
  lost: string[];
}

/** Parse one table block into its published rows, recognising its kind. Forms keep no rows here. */
export function parseTable(block: TableBlock, file: string, warn: (w: ImportWarning) => void): ParsedTable {
  const lostList: string[] = [];
  const lost = (what: string) => lostList.push(what);
  const found = findTitle(block);
  let kind = found.kind;
  const title = found.title;
  if (!kind)
    for (const r of block.rows.slice(1, 16)) {
      const k = kindOfHeaders(texts(r));
      if (k) {
        kind = k;
        break;
      }
    }
  let spec: KindSpec = kind ? kindSpec(kind) : GENERIC_SPEC;
  const unit = findUnit(block);
  let columns = spec.columns;
  let rows: TableInput['rows'] = [];
  let blankRows = 0;
  let headerFound = true;
  if (spec.layout === 'fixed' || spec.layout === 'labelled') {
    const h = headerIndex(block, spec);
    const pos = h < 0 ? null : spec.layout === 'fixed' ? columnPositions(block, spec, h) : [];
    if (h < 0 || !pos) {
      headerFound = false;
      warn({
        file,
        line: block.line,
        text: `${tableName(block.number)} ${title}`,
        reason:
          h < 0
            ? `header row with "${spec.headerKey}" not found; kept as a generic table`
            : 'the header does not name every column of this kind; kept as a generic table',
      });
      if (REQUIRED_KINDS.includes(spec.kind) || spec.kind === '部门预算明细' || spec.kind === '项目支出')
        lost(
          `${tableName(block.number)} ${title}：${h < 0 ? `找不到表头（“${spec.headerKey}”）` : '表头与该表应有的列对不上'}`,
        );
      spec = { ...GENERIC_SPEC, kind: spec.kind };
    } else if (spec.layout === 'fixed')
      ({ rows, blankRows } = parseFixed(block, spec, h, pos, title, file, warn, lost));
    else ({ columns, rows, blankRows } = parseLabelled(block, h, file, warn));
  }
  if (spec.layout === 'generic') ({ columns, rows, blankRows } = parseGeneric(block, title));
  // A table whose figures are all empty (its header found) is published-empty.
  const hasFigures =
    spec.layout === 'generic'
      ? rows.some((r) => r.cells.some((c) => c !== null && normaliseDecimalText(c) !== null))
      : rows.some((r) => r.cells.some((c, k) => c !== null && columns[k]?.type === 'amount'));
  const status = spec.layout === 'form' || hasFigures || !headerFound ? 'published' : 'empty';
  return {
    table: {
      number: block.number,
      title,
      kind: spec.kind,
      unit,
      line: block.line,
      status,
      columns,
      rows,
      blankRows,
    },
    lost: lostList,
  };
}
