/**
 * Table kinds: what a table of a 部门预算公开 document *is*, whatever number the year's numbering
 * gives it. The numbering is not stable across years (表七 is 三公 in 2020 and 2021, 基本支出 in
 * 2023); the titles and column headers are. A table is recognised from its own title (with the
 * variants other departments and years use), else from its column headers; what is not recognised
 * is kept as a generic table. Everything downstream looks tables up by kind and cites the
 * document's own number and title.
 */
import type { Column } from './schema.js';

export const TABLE_KINDS = [
  '收支总体',
  '收入总体',
  '支出总体',
  '财政拨款收支总体',
  '一般公共预算支出',
  '基本支出',
  '三公',
  '政府性基金',
  '国有资本经营',
  '部门预算明细',
  '项目支出',
  '政府购买服务',
  '转移支付',
  '项目绩效',
  '整体绩效',
  'generic',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

export interface KindSpec {
  kind: TableKind;
  /** The usual title (2020 wording), for messages about a table that is missing */
  title: string;
  /** Title patterns, tried on the title without spaces, quotes, year prefix or "（续）" */
  titles: RegExp[];
  layout: 'fixed' | 'labelled' | 'form' | 'generic';
  /** Canonical columns; for 'labelled' tables the value columns are read from the header row. */
  columns: Column[];
  /** Other names a column's header goes by (canonical name → variants) */
  aliases?: Record<string, string[]>;
  /** Text of a cell in the last header row: data rows follow it */
  headerKey: string | null;
  /** Columns are matched by position only (the header repeats names, e.g. 项目 / 预算金额 twice) */
  positional?: boolean;
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
const FUNCTIONAL_ALIASES = {
  科目编码: ['功能分类科目编码', '功能科目编码', '科目代码', '编码'],
  科目名称: ['功能分类科目名称', '功能科目名称', '名称'],
  合计: ['总计', '金额'],
};

const LINE_ITEM_COLUMNS = [
  code('功能分类代码'),
  text('功能分类名称'),
  code('政府经济分类代码'),
  text('政府经济分类名称'),
  code('部门经济分类代码'),
  text('部门经济分类名称'),
  text('项目名称'),
  amount('预算金额'),
];
const LINE_ITEM_ALIASES = {
  功能分类代码: ['功能分类科目编码', '功能科目代码', '功能科目编码'],
  功能分类名称: ['功能分类科目名称', '功能科目名称'],
  政府经济分类代码: ['政府经济分类科目编码', '政府预算支出经济分类代码'],
  政府经济分类名称: ['政府经济分类科目名称', '政府预算支出经济分类名称'],
  部门经济分类代码: ['部门经济分类科目编码', '部门预算支出经济分类代码'],
  部门经济分类名称: ['部门经济分类科目名称', '部门预算支出经济分类名称'],
  预算金额: ['金额', '合计', '预算数'],
};

/** In recognition order: the more specific titles first (财政拨款收支 before 收支, 基本支出 before 支出…). */
export const KIND_SPECS: readonly KindSpec[] = [
  {
    kind: '项目绩效',
    title: '项目支出绩效目标申报表',
    titles: [/项目.*绩效/],
    layout: 'form',
    columns: [],
    headerKey: null,
  },
  {
    kind: '整体绩效',
    title: '部门整体支出绩效目标申报表',
    titles: [/整体.*绩效/],
    layout: 'form',
    columns: [],
    headerKey: null,
  },
  {
    kind: '三公',
    title: '一般公共预算“三公”经费支出情况表',
    titles: [/三公/],
    layout: 'labelled',
    columns: [text('项目')],
    headerKey: '项目',
  },
  {
    kind: '财政拨款收支总体',
    title: '财政拨款收支总体情况表',
    titles: [/财政拨款收支/],
    layout: 'fixed',
    positional: true,
    columns: [text('收入项目'), amount('收入预算金额'), text('支出项目'), amount('支出预算金额')],
    headerKey: '预算金额',
  },
  {
    kind: '基本支出',
    title: '一般公共预算基本支出情况表',
    titles: [/基本支出/],
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
    aliases: {
      政府经济分类代码: ['政府经济分类科目编码', '政府预算支出经济分类代码'],
      政府经济分类名称: ['政府经济分类科目名称', '政府预算支出经济分类名称'],
      部门经济分类代码: ['部门经济分类科目编码', '部门预算支出经济分类代码'],
      部门经济分类名称: ['部门经济分类科目名称', '部门预算支出经济分类名称'],
    },
    headerKey: '政府经济分类代码',
  },
  {
    kind: '政府性基金',
    title: '政府性基金预算支出情况表',
    titles: [/政府性基金/],
    layout: 'fixed',
    columns: FUNCTIONAL_5,
    aliases: FUNCTIONAL_ALIASES,
    headerKey: '科目编码',
  },
  {
    kind: '国有资本经营',
    title: '国有资本经营预算财政拨款支出表',
    titles: [/国有资本经营/],
    layout: 'fixed',
    columns: FUNCTIONAL_5,
    aliases: FUNCTIONAL_ALIASES,
    headerKey: '科目编码',
  },
  {
    kind: '政府购买服务',
    title: '政府购买服务预算表',
    titles: [/政府购买服务/],
    layout: 'generic',
    columns: [],
    headerKey: null,
  },
  {
    kind: '转移支付',
    title: '专项转移支付预算表',
    titles: [/转移支付/],
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
  {
    kind: '部门预算明细',
    title: '部门预算明细表',
    titles: [/预算明细表?$/],
    layout: 'fixed',
    columns: LINE_ITEM_COLUMNS,
    aliases: LINE_ITEM_ALIASES,
    headerKey: '功能分类代码',
  },
  {
    kind: '收支总体',
    title: '部门收支总体情况表',
    titles: [/收支总体/, /收支.*总表/],
    layout: 'fixed',
    positional: true,
    columns: [text('收入项目类别'), amount('收入金额'), text('支出项目类别'), amount('支出金额')],
    headerKey: '收入项目类别',
  },
  {
    kind: '收入总体',
    title: '部门收入总体情况表',
    titles: [/部门收入/, /收入总体/],
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
    aliases: FUNCTIONAL_ALIASES,
    headerKey: '科目编码',
  },
  {
    kind: '支出总体',
    title: '部门支出总体情况表',
    titles: [/部门支出/, /支出总体/],
    layout: 'fixed',
    columns: [
      ...FUNCTIONAL_5,
      amount('上缴上级支出'),
      amount('事业单位经营支出'),
      amount('对下级单位补助支出'),
    ],
    aliases: FUNCTIONAL_ALIASES,
    headerKey: '科目编码',
  },
  {
    kind: '一般公共预算支出',
    title: '一般公共预算支出情况表',
    titles: [/一般公共预算(财政拨款)?支出/],
    layout: 'fixed',
    columns: FUNCTIONAL_5,
    aliases: FUNCTIONAL_ALIASES,
    headerKey: '科目编码',
  },
  {
    kind: '项目支出',
    title: '项目支出表',
    titles: [/项目支出(预算)?(情况|明细)?表$/],
    layout: 'fixed',
    columns: LINE_ITEM_COLUMNS,
    aliases: LINE_ITEM_ALIASES,
    headerKey: '项目名称',
  },
];

export const GENERIC_SPEC: KindSpec = {
  kind: 'generic',
  title: '其他表',
  titles: [],
  layout: 'generic',
  columns: [],
  headerKey: null,
};

export function kindSpec(kind: TableKind): KindSpec {
  return KIND_SPECS.find((s) => s.kind === kind) ?? GENERIC_SPEC;
}

/** A title or header as compared: no spaces, quotes, "（续）", year prefix or trailing "目录"; full-width brackets. */
export function normaliseTitle(t: string): string {
  return t
    .normalize('NFKC')
    .replace(/[\s\u3000“”"'‘’「」]/g, '')
    .replace(/[(（]续[)）]/g, '')
    .replace(/^\d{4}年(度)?/, '')
    .replace(/目录$/, '');
}

/** The kind a title names, or null. */
export function kindOfTitle(title: string): TableKind | null {
  const t = normaliseTitle(title);
  if (!t) return null;
  for (const s of KIND_SPECS) if (s.titles.some((re) => re.test(t))) return s.kind;
  return null;
}

/** A header as compared with column names: NFKC, no spaces, no "（元）" unit suffix. */
export function normaliseHeader(t: string): string {
  return t
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/\((万?元)\)$/, '');
}

/** Does a header text name this column (its name or one of its aliases)? */
export function headerNames(spec: KindSpec, column: Column, header: string): boolean {
  const h = normaliseHeader(header);
  return h === column.name || (spec.aliases?.[column.name] ?? []).includes(h);
}

/**
 * The kind whose full set of column headers one header row carries (used when the title is not
 * recognised): only a unique match counts.
 */
export function kindOfHeaders(headers: readonly string[]): TableKind | null {
  const hits = KIND_SPECS.filter(
    (s) =>
      s.layout === 'fixed' &&
      !s.positional &&
      s.columns.length === headers.length &&
      s.columns.every((c) => headers.some((h) => headerNames(s, c, h))),
  );
  return hits.length === 1 ? hits[0]!.kind : null;
}

/** Kinds every document of the series publishes (line items are checked separately). */
export const REQUIRED_KINDS: readonly TableKind[] = [
  '收支总体',
  '收入总体',
  '支出总体',
  '财政拨款收支总体',
  '一般公共预算支出',
  '基本支出',
  '三公',
  '政府性基金',
  '整体绩效',
  '项目绩效',
];

/** The first table of a kind in a dataset (or import result), or undefined. */
export function tableOfKind<T extends { kind: string }>(
  ds: { tables: readonly T[] },
  kind: TableKind,
): T | undefined {
  return ds.tables.find((t) => t.kind === kind);
}
