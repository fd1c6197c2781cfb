/**
 * The twelve standard tables of a 部门预算公开 document: their layout, and the parser that turns the
 * export's rows of cells into rows of exactly one cell per column.
 */
import { normaliseDecimalText } from '../money.js';
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

export function tableNumberFromChinese(s: string): number | null {
  const i = CHINESE_NUMERALS.indexOf(s as (typeof CHINESE_NUMERALS)[number]);
  return i < 0 ? null : i + 1;
}

export function tableName(n: number): string {
  return `表${CHINESE_NUMERALS[n - 1] ?? n}`;
}

const TABLE_HEADING = /^表([一二三四五六七八九十]+)[：:]/;

export interface TableSpec {
  number: number;
  title: string;
  layout: 'fixed' | 'labelled' | 'form';
  /** Canonical columns; for 'labelled' tables the value columns are read from the header row. */
  columns: Column[];
  /** Text of a cell in the last header row: data rows follow it */
  headerKey: string | null;
}

const text = (name: string): Column => ({ name, type: 'text' });
const code = (name: string): Column => ({ name, type: 'code' });
const amount = (name: string): Column => ({ name, type: 'amount' });

const FUNCTIONAL_5 = [
  code('科目编码'),
  text('科目名称'),
  amount('合计'),
  amount('基本支出'),
  amount('项目支出'),
];

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    number: 1,
    title: '部门收支总体情况表',
    layout: 'fixed',
    columns: [text('收入项目类别'), amount('收入金额'), text('支出项目类别'), amount('支出金额')],
    headerKey: '收入项目类别',
  },
  {
    number: 2,
    title: '部门收入总体情况表',
    layout: 'fixed',
    columns: [
      code('科目编码'),
      text('科目名称'),
      amount('合计'),
      amount('上年结转'),
      amount('一般公共预算拨款收入'),
      amount('政府性基金预算拨款收入'),
      amount('上级补助收入'),
      amount('事业收入'),
      amount('经营收入'),
      amount('附属单位上缴收入'),
      amount('其他收入'),
      amount('用事业基金弥补收支差额'),
    ],
    headerKey: '科目编码',
  },
  {
    number: 3,
    title: '部门支出总体情况表',
    layout: 'fixed',
    columns: [
      ...FUNCTIONAL_5,
      amount('上缴上级支出'),
      amount('事业单位经营支出'),
      amount('对下级单位补助支出'),
    ],
    headerKey: '科目编码',
  },
  {
    number: 4,
    title: '财政拨款收支总体情况表',
    layout: 'fixed',
    columns: [text('收入项目'), amount('收入预算金额'), text('支出项目'), amount('支出预算金额')],
    headerKey: '预算金额',
  },
  {
    number: 5,
    title: '一般公共预算支出情况表',
    layout: 'fixed',
    columns: FUNCTIONAL_5,
    headerKey: '科目编码',
  },
  {
    number: 6,
    title: '一般公共预算基本支出情况表',
    layout: 'fixed',
    columns: [
      code('政府经济分类代码'),
      text('政府经济分类名称'),
      code('部门经济分类代码'),
      text('部门经济分类名称'),
      amount('合计'),
      amount('人员经费'),
      amount('公用经费'),
    ],
    headerKey: '政府经济分类代码',
  },
  {
    number: 7,
    title: '一般公共预算“三公”经费支出情况表',
    layout: 'labelled',
    columns: [text('项目')],
    headerKey: '项目',
  },
  {
    number: 8,
    title: '政府性基金预算支出情况表',
    layout: 'fixed',
    columns: FUNCTIONAL_5,
    headerKey: '科目编码',
  },
  {
    number: 9,
    title: '部门预算明细表',
    layout: 'fixed',
    columns: [
      code('功能分类代码'),
      text('功能分类名称'),
      code('政府经济分类代码'),
      text('政府经济分类名称'),
      code('部门经济分类代码'),
      text('部门经济分类名称'),
      text('项目名称'),
      amount('预算金额'),
    ],
    headerKey: '功能分类代码',
  },
  {
    number: 10,
    title: '专项转移支付预算表',
    layout: 'fixed',
    columns: [
      code('预算单位代码'),
      text('预算单位名称'),
      code('功能科目代码'),
      code('政府经济分类代码'),
      code('部门经济分类代码'),
      text('项目名称'),
      amount('指标金额'),
      text('市指标文号'),
    ],
    headerKey: '预算单位代码',
  },
  { number: 11, title: '部门整体支出绩效目标申报表', layout: 'form', columns: [], headerKey: null },
  { number: 12, title: '项目支出绩效目标申报表', layout: 'form', columns: [], headerKey: null },
];

export function specOf(n: number): TableSpec | undefined {
  return TABLE_SPECS.find((s) => s.number === n);
}

/** A table's slice of the document: its heading row and every row up to the next table heading. */
export interface TableBlock {
  number: number;
  line: number;
  rows: RawRow[];
}

/** Split the table part's rows at the "表X：" headings. */
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
      blocks.push({ number: n, line: row.line, rows: [row] });
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

function findTitle(block: TableBlock, spec: TableSpec): string {
  for (const row of block.rows.slice(0, 8)) {
    for (const t of texts(row)) if (t.replace(/\s/g, '').includes(spec.title)) return spec.title;
  }
  return spec.title;
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

function headerIndex(block: TableBlock, spec: TableSpec): number {
  if (spec.headerKey === null) return 0;
  const key = spec.headerKey;
  for (let i = 1; i < Math.min(block.rows.length, 16); i++) {
    const row = block.rows[i];
    if (row && texts(row).some((t) => t.replace(/\s/g, '') === key)) return i;
  }
  return -1;
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
 * Rows of a fixed-column table. The export sometimes breaks a row across blank lines; consecutive
 * short rows are merged while they fit the column count. A row that cannot be placed is reported
 * and left out — never guessed.
 */
function parseFixed(block: TableBlock, spec: TableSpec, file: string, warn: (w: ImportWarning) => void) {
  const n = spec.columns.length;
  const h = headerIndex(block, spec);
  if (h < 0) {
    warn({
      file,
      line: block.line,
      text: tableName(spec.number),
      reason: `header row with "${spec.headerKey}" not found; table left empty`,
    });
    return { rows: [], blankRows: 0 };
  }
  const rows: TableInput['rows'] = [];
  let blankRows = 0;
  const body = block.rows.slice(h + 1);
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
      warn({
        file,
        line: row.line,
        text: row.cells.map((c) => c.text ?? '').join(' | '),
        reason: `${tableName(spec.number)}: a row of ${cells.length} cells cannot be placed in ${n} columns; left out`,
      });
      continue;
    }
    i = j;
    rows.push({
      line: row.line,
      endLine,
      cells: cells.map((c, k) => normaliseCell(c.text, spec.columns[k], { file, line: c.line }, warn)),
    });
  }
  return { rows, blankRows };
}

/**
 * 表七 is laid out as labels followed by their values, with rows broken and sub-rows ("其中")
 * run together; each label takes the value cells that follow it, up to one per value column.
 */
function parseLabelled(block: TableBlock, spec: TableSpec, file: string, warn: (w: ImportWarning) => void) {
  const h = headerIndex(block, spec);
  if (h < 0) {
    warn({
      file,
      line: block.line,
      text: tableName(spec.number),
      reason: 'header row not found; table left empty',
    });
    return { columns: spec.columns, rows: [], blankRows: 0 };
  }
  const headerTexts = texts(block.rows[h]!);
  const valueColumns: Column[] = headerTexts.slice(1).map((name) => amount(name));
  const columns = [text(headerTexts[0] ?? '项目'), ...valueColumns];
  const cells = block.rows.slice(h + 1).flatMap((r) => r.cells.map((c) => ({ ...c, endLine: r.endLine })));
  const rows: TableInput['rows'] = [];
  const blankRows = block.rows.slice(h + 1).filter(isBlank).length;
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
          reason: `${tableName(spec.number)}: a value with no label; left out`,
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
        reason: `${tableName(spec.number)}: more values than columns after "${cur.label}"; left out`,
      });
    }
  }
  flush();
  return { columns, rows, blankRows };
}

/** Parse one table block into its published rows. Forms (表十一, 表十二) keep no rows here. */
export function parseTable(
  block: TableBlock,
  file: string,
  warn: (w: ImportWarning) => void,
): TableInput | null {
  const spec = specOf(block.number);
  if (!spec) {
    warn({
      file,
      line: block.line,
      text: tableName(block.number),
      reason: 'not one of the twelve standard tables',
    });
    return null;
  }
  const title = findTitle(block, spec);
  const unit = findUnit(block);
  let columns = spec.columns;
  let rows: TableInput['rows'] = [];
  let blankRows = 0;
  if (spec.layout === 'fixed') ({ rows, blankRows } = parseFixed(block, spec, file, warn));
  else if (spec.layout === 'labelled')
    ({ columns, rows, blankRows } = parseLabelled(block, spec, file, warn));
  // A table whose only text is its 合计/总计 label and whose figures are all empty is published-empty.
  const hasFigures = rows.some((r) => r.cells.some((c, k) => c !== null && columns[k]?.type === 'amount'));
  const status = spec.layout === 'form' || hasFigures ? 'published' : 'empty';
  return { number: spec.number, title, unit, line: block.line, status, columns, rows, blankRows };
}
