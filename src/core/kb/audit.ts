/**
 * Consistency rules a finance reader applies (DOMAIN.md), run over a loaded dataset. Figures stay as
 * published; every disagreement becomes a finding with the rule, expected, found, the difference and
 * both sources. Tolerance is zero within 元 tables; where a figure is published in 万元 (or as a rounded
 * percentage) against 元, the tolerance is half a unit of its last published digit, and is stated.
 */
import { Money, ZERO, commonUnit, formatDecimal, toYuan, type MoneyUnit, type Unit } from '../money.js';
import { cite } from './derive.js';
import type { Dataset } from './loader.js';
import type { Fact, NarrativeSource, Source, Table, TableRow, TableSource } from './schema.js';
import { kindSpec, tableOfKind, type TableKind } from './kinds.js';
import { tableName } from './tables.js';

export type Severity = 'error' | 'warning' | 'note';

export interface Side {
  /** What this side is: "表六 各行之和", "表七 总计 2020年预算数" */
  label: string;
  value: Money | null;
  unit: Unit;
  sources: Source[];
}

export interface Finding {
  /** Stable id, e.g. "sum:6:总计:合计" */
  id: string;
  rule: string;
  severity: Severity;
  /** One Chinese sentence */
  message: string;
  expected: Side;
  found: Side;
  /** found − expected, in the expected side's unit (元 when units differ); null when either is blank */
  difference: Money | null;
  /** Allowed |difference| (stated when non-zero) */
  tolerance: Money | null;
  /** Words a question about this finding would use: table names, codes, item names */
  topics: string[];
}

const HALF = new Money('0.5');

/** Half a unit of the last published digit: "12494.51" → 0.005 */
function halfUnitOf(published: string): Money {
  const decimals = published.includes('.') ? published.split('.')[1]!.length : 0;
  return HALF.times(new Money(10).pow(-decimals));
}

/** A rule that was applied, and whether the figures passed it. */
export interface Check {
  id: string;
  rule: string;
  passed: boolean;
  topics: string[];
}

class Auditor {
  readonly findings: Finding[] = [];
  readonly checks: Check[] = [];
  constructor(readonly ds: Dataset) {}

  /** The published table of a kind (whatever the document numbers it), if it has figures. */
  table(kind: TableKind): Table | undefined {
    const t = tableOfKind(this.ds, kind);
    return t && t.status === 'published' ? t : undefined;
  }

  /** The document's own name of the table of a kind ("表七"); line items' table when there is no 部门预算明细表. */
  nm(kind: TableKind): string {
    const t =
      tableOfKind(this.ds, kind) ?? (kind === '部门预算明细' ? tableOfKind(this.ds, '项目支出') : undefined);
    return t ? tableName(t.number) : kindSpec(kind).title;
  }

  value(_t: Table, row: TableRow, col: number): Money | null {
    const c = row.cells[col];
    return c === null || c === undefined ? null : new Money(c);
  }

  src(t: Table, row: TableRow, col: number): TableSource {
    return cite(t, row, col);
  }

  add(f: Omit<Finding, 'difference'> & { difference?: Money | null }): void {
    if (this.findings.some((x) => x.id === f.id)) return;
    const diff =
      f.difference !== undefined
        ? f.difference
        : f.expected.value && f.found.value
          ? f.found.value.minus(f.expected.value)
          : null;
    const dedupe = (xs: Source[]) =>
      xs.filter((x, i) => xs.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);
    this.findings.push({
      ...f,
      expected: { ...f.expected, sources: dedupe(f.expected.sources) },
      found: { ...f.found, sources: dedupe(f.found.sources) },
      difference: diff,
    });
  }

  /** expected vs found; records a finding when they differ beyond tolerance (or one side is blank). */
  check(args: {
    id: string;
    rule: string;
    expected: Side;
    found: Side;
    tolerance?: Money;
    topics: string[];
    severity?: Severity;
    blankIsFinding?: boolean;
  }): void {
    const before = this.findings.length;
    this.compare(args);
    this.checks.push({
      id: args.id,
      rule: args.rule,
      passed: this.findings.length === before,
      topics: args.topics,
    });
  }

  private compare(args: Parameters<Auditor['check']>[0]): void {
    const { expected, found } = args;
    const tol = args.tolerance ?? ZERO;
    if (expected.value === null || found.value === null) {
      if (!args.blankIsFinding || (expected.value === null && found.value === null)) return;
      const nonBlank = (expected.value ?? found.value)!;
      if (nonBlank.isZero()) return;
      this.add({
        id: args.id,
        rule: args.rule,
        severity: 'note',
        message: `${args.rule}：${expected.value === null ? expected.label : found.label}为空白（未公开），另一处为 ${formatDecimal(nonBlank)} ${expected.unit}。`,
        expected,
        found,
        difference: null,
        tolerance: null,
        topics: args.topics,
      });
      return;
    }
    const e = toYuanIf(expected);
    const f = toYuanIf(found);
    const diff = f.minus(e);
    if (diff.abs().lessThanOrEqualTo(tol)) return;
    const unit = expected.unit === found.unit ? expected.unit : '元';
    this.add({
      id: args.id,
      rule: args.rule,
      severity: args.severity ?? (tol.isZero() ? 'error' : 'warning'),
      message: `${args.rule}：应为 ${formatDecimal(expected.value)} ${expected.unit}（${expected.label}），实为 ${formatDecimal(found.value)} ${found.unit}（${found.label}），相差 ${formatDecimal(expected.unit === found.unit ? found.value.minus(expected.value) : diff)} ${unit}${tol.isZero() ? '' : `，超出允许误差 ${formatDecimal(tol, 4)} 元`}。`,
      expected,
      found,
      difference: expected.unit === found.unit ? found.value.minus(expected.value) : diff,
      tolerance: tol.isZero() ? null : tol,
      topics: args.topics,
    });
  }
}

function toYuanIf(side: Side): Money {
  const v = side.value!;
  return side.unit === '万元' || side.unit === '元' ? toYuan(v, side.unit) : v;
}

function sumSide(label: string, parts: { value: Money | null; source: Source }[], unit: MoneyUnit): Side {
  const present = parts.filter((p) => p.value !== null);
  return {
    label,
    value: present.length === 0 ? null : present.reduce((s, p) => s.plus(p.value!), ZERO),
    unit,
    sources: parts.map((p) => p.source),
  };
}

function lineRange(parts: { source: Source }[]): string {
  const lines = parts.map((p) => p.source.line);
  return lines.length === 0 ? '' : `第 ${Math.min(...lines)}–${Math.max(...lines)} 行`;
}

const isTotalLabel = (s: string | null | undefined) =>
  !!s && /^(总计|合计)[：:]?$/.test(s.replace(/\s/g, ''));

// ------------------------------------------------------------------ rules on the functional tables

function functionalSums(a: Auditor): void {
  for (const kind of ['收入总体', '支出总体', '一般公共预算支出', '政府性基金'] as const) {
    const t = a.table(kind);
    if (!t) continue;
    const n = t.number;
    const coded = t.rows.filter((r) => r.cells[0] && /^\d+$/.test(r.cells[0]));
    const total = t.rows.find((r) => isTotalLabel(r.cells[1]));
    t.columns.forEach((col, c) => {
      if (col.type !== 'amount') return;
      for (const parent of coded) {
        const code = parent.cells[0]!;
        const kids = coded.filter(
          (r) => r.cells[0]!.length === code.length + 2 && r.cells[0]!.startsWith(code),
        );
        if (kids.length === 0) continue;
        const parts = kids.map((k) => ({ value: a.value(t, k, c), source: a.src(t, k, c) }));
        a.check({
          id: `sum:${n}:${code}:${col.name}`,
          rule: `${tableName(n)} ${code} ${parent.cells[1]}（${col.name}）= 下级科目之和`,
          expected: sumSide(`${kids.length} 个下级科目之和`, parts, '元'),
          found: {
            label: `${tableName(n)} ${code} 行`,
            value: a.value(t, parent, c),
            unit: '元',
            sources: [a.src(t, parent, c)],
          },
          topics: [tableName(n), code, parent.cells[1] ?? '', col.name],
          blankIsFinding: true,
        });
      }
      if (total) {
        const classes = coded.filter((r) => r.cells[0]!.length === 3);
        const parts = classes.map((k) => ({ value: a.value(t, k, c), source: a.src(t, k, c) }));
        a.check({
          id: `sum:${n}:总计:${col.name}`,
          rule: `${tableName(n)} 总计（${col.name}）= 各类之和`,
          expected: sumSide(`${classes.length} 个类之和`, parts, '元'),
          found: {
            label: `${tableName(n)} 总计行`,
            value: a.value(t, total, c),
            unit: '元',
            sources: [a.src(t, total, c)],
          },
          topics: [tableName(n), '总计', col.name],
          blankIsFinding: true,
        });
      }
    });
    // Row: 合计 = the columns that make it up
    const parts =
      t.kind === '收入总体'
        ? t.columns.slice(3).map((_, k) => k + 3)
        : [3, 4, 5, 6, 7].filter((k) => k < t.columns.length);
    for (const row of [...coded, ...(total ? [total] : [])]) {
      const label = row.cells[0] ? `${row.cells[0]} ${row.cells[1]}` : (row.cells[1] ?? '');
      a.check({
        id: `rowsum:${n}:${row.cells[0] ?? '总计'}`,
        rule: `${tableName(n)} ${label}：合计 = ${parts.map((k) => t.columns[k]!.name).join(' + ')}`,
        expected: sumSide(
          '各列之和',
          parts.map((k) => ({ value: a.value(t, row, k), source: a.src(t, row, k) })),
          '元',
        ),
        found: { label: '合计列', value: a.value(t, row, 2), unit: '元', sources: [a.src(t, row, 2)] },
        topics: [tableName(n), row.cells[0] ?? '总计', row.cells[1] ?? ''],
      });
    }
  }
}

/** The same functional row in two tables agrees, column by column (表二/表三/表五). */
function functionalAcrossTables(a: Auditor): void {
  const pairs: [TableKind, TableKind, [number, number][]][] = [
    [
      '支出总体',
      '一般公共预算支出',
      [
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    ],
    ['收入总体', '支出总体', [[2, 2]]],
  ];
  for (const [k1, k2, cols] of pairs) {
    const t1 = a.table(k1);
    const t2 = a.table(k2);
    if (!t1 || !t2) continue;
    const n1 = t1.number;
    const n2 = t2.number;
    for (const r1 of t1.rows) {
      const key = r1.cells[0] ?? (isTotalLabel(r1.cells[1]) ? '总计' : null);
      if (!key) continue;
      const r2 = t2.rows.find((r) => (r.cells[0] ?? (isTotalLabel(r.cells[1]) ? '总计' : null)) === key);
      if (!r2) {
        if (r1.cells[0])
          a.add({
            id: `missing:${n1}:${n2}:${key}`,
            rule: `${tableName(n1)} 与 ${tableName(n2)} 的科目一致`,
            severity: 'warning',
            message: `${tableName(n1)} 有科目 ${key} ${r1.cells[1]}，${tableName(n2)} 没有。`,
            expected: {
              label: `${tableName(n1)} ${key}`,
              value: a.value(t1, r1, 2),
              unit: '元',
              sources: [a.src(t1, r1, 2)],
            },
            found: { label: `${tableName(n2)}（无此行）`, value: null, unit: '元', sources: [] },
            tolerance: null,
            topics: [tableName(n1), tableName(n2), key],
          });
        continue;
      }
      if (r1.cells[1] && r2.cells[1] && r1.cells[1] !== r2.cells[1])
        nameFinding(
          a,
          `name:${n1}:${n2}:${key}`,
          key,
          { t: t1, row: r1, col: 1 },
          { t: t2, row: r2, col: 1 },
        );
      for (const [c1, c2] of cols) {
        const v1 = a.value(t1, r1, c1);
        const v2 = a.value(t2, r2, c2);
        // Blank against 0.00 says the same thing (nothing); only real figures are compared.
        if ((v1 === null && (v2 === null || v2.isZero())) || (v2 === null && v1?.isZero())) continue;
        a.check({
          id: `cross:${n1}:${n2}:${key}:${t1.columns[c1]!.name}`,
          rule: `${tableName(n1)} 与 ${tableName(n2)} ${key}（${t1.columns[c1]!.name}）一致`,
          expected: { label: `${tableName(n1)} ${key}`, value: v1, unit: '元', sources: [a.src(t1, r1, c1)] },
          found: { label: `${tableName(n2)} ${key}`, value: v2, unit: '元', sources: [a.src(t2, r2, c2)] },
          topics: [tableName(n1), tableName(n2), key, r1.cells[1] ?? ''],
          blankIsFinding: true,
        });
      }
    }
  }
}

function nameFinding(
  a: Auditor,
  id: string,
  code: string,
  x: { t: Table; row: TableRow; col: number },
  y: { t: Table; row: TableRow; col: number },
): void {
  a.add({
    id,
    rule: `同一科目 ${code} 在各表中名称一致`,
    severity: 'warning',
    message: `科目 ${code} 在${tableName(x.t.number)}名为“${x.row.cells[x.col]}”，在${tableName(y.t.number)}名为“${y.row.cells[y.col]}”。`,
    expected: {
      label: `${tableName(x.t.number)}：${x.row.cells[x.col]}`,
      value: null,
      unit: '元',
      sources: [a.src(x.t, x.row, x.col)],
    },
    found: {
      label: `${tableName(y.t.number)}：${y.row.cells[y.col]}`,
      value: null,
      unit: '元',
      sources: [a.src(y.t, y.row, y.col)],
    },
    difference: null,
    tolerance: null,
    topics: [
      tableName(x.t.number),
      tableName(y.t.number),
      code,
      x.row.cells[x.col] ?? '',
      y.row.cells[y.col] ?? '',
    ],
  });
}

// ------------------------------------------------------------------ 表一 / 表四: totals and sides

function summaryTable(a: Auditor, kind: '收支总体' | '财政拨款收支总体'): void {
  const t = a.table(kind);
  if (!t) return;
  const n = t.number;
  const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s：:]/g, '');
  const find = (col: number, re: RegExp) => t.rows.find((r) => re.test(norm(r.cells[col])));
  for (const side of [
    { label: 0, value: 1, name: '收入', yearTotal: /^(本年收入合计|一、本年收入)$/, grand: /^收入总计$/ },
    { label: 2, value: 3, name: '支出', yearTotal: /^(本年支出合计|一、本年支出)$/, grand: /^支出总计$/ },
  ]) {
    const yearRow = find(side.label, side.yearTotal);
    const grandRow = find(side.label, side.grand);
    if (!yearRow) continue;
    const yi = t.rows.indexOf(yearRow);
    // 表一 lists the items above 本年合计; 表四 lists them below 一、本年收入/支出 as （一）（二）…
    const items =
      n === 1
        ? t.rows.slice(0, yi).filter((r) => r.cells[side.label] && r.cells[side.value] !== null)
        : t.rows
            .slice(yi + 1)
            .filter(
              (r) =>
                /^（[一二三四五六七八九十]+）/.test(norm(r.cells[side.label])) &&
                r.cells[side.value] !== null,
            )
            .filter(
              (r) =>
                t.rows.indexOf(r) <
                t.rows.findIndex((x, k) => k > yi && /^二、/.test(norm(x.cells[side.label]))) >>> 0,
            );
    if (items.length > 0)
      a.check({
        id: `sum:${n}:${side.name}`,
        rule: `${tableName(n)} 本年${side.name}合计 = 各${side.name}项目之和`,
        expected: sumSide(
          `${items.length} 个${side.name}项目之和（${lineRange(items.map((r) => ({ source: a.src(t, r, side.value) })))}）`,
          items.map((r) => ({ value: a.value(t, r, side.value), source: a.src(t, r, side.value) })),
          '元',
        ),
        found: {
          label: `${tableName(n)} ${yearRow.cells[side.label]}`,
          value: a.value(t, yearRow, side.value),
          unit: '元',
          sources: [a.src(t, yearRow, side.value)],
        },
        topics: [tableName(n), `${side.name}合计`, `本年${side.name}`],
      });
    if (grandRow) {
      const extras = t.rows.filter((r) => {
        const l = norm(r.cells[side.label]);
        return (
          t.rows.indexOf(r) > yi &&
          t.rows.indexOf(r) < t.rows.indexOf(grandRow) &&
          /^(二、)?(上年结转|结转下年|用事业基金弥补收支差额)$/.test(l)
        );
      });
      const parts = [yearRow, ...extras].map((r) => ({
        value: a.value(t, r, side.value),
        source: a.src(t, r, side.value),
      }));
      a.check({
        id: `grand:${n}:${side.name}`,
        rule: `${tableName(n)} ${side.name}总计 = 本年${side.name} + ${extras.map((r) => norm(r.cells[side.label])).join(' + ') || '（无其他）'}`,
        expected: sumSide('本年合计与结转之和', parts, '元'),
        found: {
          label: `${tableName(n)} ${side.name}总计`,
          value: a.value(t, grandRow, side.value),
          unit: '元',
          sources: [a.src(t, grandRow, side.value)],
        },
        topics: [tableName(n), `${side.name}总计`],
      });
    }
  }
  const inc = find(0, /^收入总计$/);
  const exp = find(2, /^支出总计$/);
  if (inc && exp)
    a.check({
      id: `balance:${n}`,
      rule: `${tableName(n)} 收入总计 = 支出总计`,
      expected: { label: '收入总计', value: a.value(t, inc, 1), unit: '元', sources: [a.src(t, inc, 1)] },
      found: { label: '支出总计', value: a.value(t, exp, 3), unit: '元', sources: [a.src(t, exp, 3)] },
      topics: [tableName(n), '收入总计', '支出总计', '收支平衡'],
    });
  // Each expenditure row named like a functional class/款 agrees with 表三's row of that name.
  const t3 = a.table('支出总体');
  if (!t3) return;
  for (const r of t.rows) {
    const name = norm(r.cells[2]).replace(/^（[一二三四五六七八九十]+）/, '');
    const v = a.value(t, r, 3);
    if (!name || v === null) continue;
    const match = t3.rows.find((x) => x.cells[0] && norm(x.cells[1]) === name);
    if (!match) continue;
    a.check({
      id: `cross:${n}:3:${name}`,
      rule: `${tableName(n)} 支出“${name}”与${a.nm('支出总体')} ${match.cells[0]} 一致`,
      expected: {
        label: `${a.nm('支出总体')} ${match.cells[0]} ${name} 合计`,
        value: a.value(t3, match, 2),
        unit: '元',
        sources: [a.src(t3, match, 2)],
      },
      found: { label: `${tableName(n)} ${r.cells[2]}`, value: v, unit: '元', sources: [a.src(t, r, 3)] },
      topics: [tableName(n), a.nm('支出总体'), name, match.cells[0]!],
    });
  }
}

function summaryAcross(a: Auditor): void {
  const t1 = a.table('收支总体');
  const t4 = a.table('财政拨款收支总体');
  const t3 = a.table('支出总体');
  const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s：:]/g, '');
  const total3 = t3?.rows.find((r) => isTotalLabel(r.cells[1]));
  for (const [t, col, re, label] of [
    [t1, 1, /^收入总计$/, '收入总计'],
    [t1, 3, /^支出总计$/, '支出总计'],
  ] as const) {
    if (!t || !t4) continue;
    const r = t.rows.find((x) => re.test(norm(x.cells[col - 1])));
    const r4 = t4.rows.find((x) => re.test(norm(x.cells[col - 1])));
    if (r && r4)
      a.check({
        id: `cross:1:4:${label}`,
        rule: `${a.nm('收支总体')} 与 ${a.nm('财政拨款收支总体')} ${label}一致（全部为财政拨款时）`,
        expected: {
          label: `${a.nm('收支总体')} ${label}`,
          value: a.value(t, r, col),
          unit: '元',
          sources: [a.src(t, r, col)],
        },
        found: {
          label: `${a.nm('财政拨款收支总体')} ${label}`,
          value: a.value(t4, r4, col),
          unit: '元',
          sources: [a.src(t4, r4, col)],
        },
        topics: [a.nm('收支总体'), a.nm('财政拨款收支总体'), label],
      });
  }
  if (t1 && t3 && total3) {
    const r = t1.rows.find((x) => /^本年支出合计$/.test(norm(x.cells[2])));
    if (r)
      a.check({
        id: 'cross:1:3:本年支出合计',
        rule: `${a.nm('收支总体')} 本年支出合计 = ${a.nm('支出总体')} 总计`,
        expected: {
          label: `${a.nm('支出总体')} 总计`,
          value: a.value(t3, total3, 2),
          unit: '元',
          sources: [a.src(t3, total3, 2)],
        },
        found: {
          label: `${a.nm('收支总体')} 本年支出合计`,
          value: a.value(t1, r, 3),
          unit: '元',
          sources: [a.src(t1, r, 3)],
        },
        topics: [a.nm('收支总体'), a.nm('支出总体'), '支出合计'],
      });
  }
}

// ------------------------------------------------------------------ 表六 / 表九 / 表七

function basicTable(a: Auditor): void {
  const t6 = a.table('基本支出');
  if (!t6) return;
  const items = t6.rows.filter((r) => r.cells[2]);
  const total = t6.rows.find((r) => isTotalLabel(r.cells[3]) || isTotalLabel(r.cells[0]));
  for (const r of items) {
    a.check({
      id: `rowsum:6:${r.line}`,
      rule: `${a.nm('基本支出')} ${r.cells[2]} ${r.cells[3]}：合计 = 人员经费 + 公用经费`,
      expected: sumSide(
        '人员经费 + 公用经费',
        [5, 6].map((c) => ({ value: a.value(t6, r, c), source: a.src(t6, r, c) })),
        '元',
      ),
      found: { label: '合计列', value: a.value(t6, r, 4), unit: '元', sources: [a.src(t6, r, 4)] },
      topics: [a.nm('基本支出'), r.cells[2]!, r.cells[3] ?? ''],
    });
  }
  if (total)
    for (const c of [4, 5, 6]) {
      const col = t6.columns[c]!.name;
      a.check({
        id: `sum:6:总计:${col}`,
        rule: `${a.nm('基本支出')} 总计（${col}）= 各行之和`,
        expected: sumSide(
          `${items.length} 行之和（${lineRange(items.map((r) => ({ source: a.src(t6, r, c) })))}）`,
          items.map((r) => ({ value: a.value(t6, r, c), source: a.src(t6, r, c) })),
          '元',
        ),
        found: {
          label: `${a.nm('基本支出')} 总计（${col}）`,
          value: a.value(t6, total, c),
          unit: '元',
          sources: [a.src(t6, total, c)],
        },
        topics: [
          a.nm('基本支出'),
          '总计',
          col,
          col === '人员经费' ? '人员经费' : col === '公用经费' ? '公用经费' : '基本支出',
        ],
      });
    }
  const t5 = a.table('一般公共预算支出');
  const total5 = t5?.rows.find((r) => isTotalLabel(r.cells[1]));
  if (t5 && total5 && total)
    a.check({
      id: 'cross:5:6:基本支出',
      rule: `${a.nm('一般公共预算支出')} 基本支出总计 = ${a.nm('基本支出')} 总计`,
      expected: {
        label: `${a.nm('一般公共预算支出')} 总计（基本支出）`,
        value: a.value(t5, total5, 3),
        unit: '元',
        sources: [a.src(t5, total5, 3)],
      },
      found: {
        label: `${a.nm('基本支出')} 总计（合计）`,
        value: a.value(t6, total, 4),
        unit: '元',
        sources: [a.src(t6, total, 4)],
      },
      topics: [a.nm('一般公共预算支出'), a.nm('基本支出'), '基本支出', '总计'],
    });
  // 表六 per 部门经济分类 vs 表九's 基本支出 items of the same code
  const t9 = a.table('部门预算明细');
  if (!t9) return;
  const codes = [...new Set(items.map((r) => r.cells[2]!))].sort();
  for (const code of codes) {
    const rows6 = items.filter((r) => r.cells[2] === code);
    const items9 = a.ds.lineItems.filter((i) => i.spending === 'basic' && i.departmentEconomic.code === code);
    const name = rows6[0]!.cells[3] ?? '';
    a.check({
      id: `cross:6:9:${code}`,
      rule: `${a.nm('基本支出')} 与 ${a.nm('部门预算明细')} 部门经济分类 ${code} ${name} 金额一致（基本支出）`,
      expected: sumSide(
        `${a.nm('部门预算明细')} ${code} 基本支出明细之和（${items9.length} 条）`,
        items9.map((i) => ({ value: i.amount, source: i.source })),
        '元',
      ),
      found: sumSide(
        `${a.nm('基本支出')} ${code} 之和（${rows6.length} 行）`,
        rows6.map((r) => ({ value: a.value(t6, r, 4), source: a.src(t6, r, 4) })),
        '元',
      ),
      topics: [a.nm('基本支出'), a.nm('部门预算明细'), code, name],
      blankIsFinding: true,
    });
  }
}

function detailTable(a: Auditor): void {
  const t9 = a.table('部门预算明细');
  if (!t9) return;
  const total = t9.rows.find((r) => r.cells.some((c, k) => k < 7 && isTotalLabel(c)));
  if (total)
    a.check({
      id: 'sum:9:合计',
      rule: `${a.nm('部门预算明细')} 合计 = 各明细之和`,
      expected: sumSide(
        `${a.ds.lineItems.length} 条明细之和`,
        a.ds.lineItems.map((i) => ({ value: i.amount, source: i.source })),
        '元',
      ),
      found: {
        label: `${a.nm('部门预算明细')} 合计`,
        value: a.value(t9, total, 7),
        unit: '元',
        sources: [a.src(t9, total, 7)],
      },
      topics: [a.nm('部门预算明细'), '合计', '明细'],
    });
  const t3 = a.table('支出总体');
  if (!t3) return;
  const byCode = new Map<string, typeof a.ds.lineItems>();
  for (const i of a.ds.lineItems)
    if (i.functional) byCode.set(i.functional.code, [...(byCode.get(i.functional.code) ?? []), i]);
  for (const [code, items] of [...byCode.entries()].sort()) {
    const r3 = t3.rows.find((r) => r.cells[0] === code);
    if (!r3) continue;
    a.check({
      id: `cross:3:9:${code}`,
      rule: `${a.nm('部门预算明细')} 功能分类 ${code} 明细之和 = ${a.nm('支出总体')} ${code} 合计`,
      expected: {
        label: `${a.nm('支出总体')} ${code} ${r3.cells[1]} 合计`,
        value: a.value(t3, r3, 2),
        unit: '元',
        sources: [a.src(t3, r3, 2)],
      },
      found: sumSide(
        `${a.nm('部门预算明细')} ${code} 明细之和（${items.length} 条）`,
        items.map((i) => ({ value: i.amount, source: i.source })),
        '元',
      ),
      topics: [a.nm('支出总体'), a.nm('部门预算明细'), code, r3.cells[1] ?? ''],
    });
    const named = items.find((i) => i.functional?.name !== r3.cells[1]);
    if (named) {
      const row9 = t9.rows.find((r) => r.line === named.source.line)!;
      nameFinding(a, `name:3:9:${code}`, code, { t: t3, row: r3, col: 1 }, { t: t9, row: row9, col: 1 });
    }
  }
}

/**
 * The 项目支出表 (2023 numbering: line items come from it and the 基本支出表): its rows add up to its
 * 合计, which is the 部门支出总体情况表's 项目支出 总计, and per functional code its rows add up to
 * that table's 项目支出 for the code.
 */
function projectTable(a: Auditor): void {
  const tp = a.table('项目支出');
  if (!tp) return;
  const np = a.nm('项目支出');
  const isTotal = (r: TableRow) => r.cells.some((c, k) => k < 7 && isTotalLabel(c));
  const total = tp.rows.find(isTotal);
  const items = tp.rows.filter((r) => !isTotal(r) && r.cells[7] !== null && r.cells[7] !== undefined);
  const part = (r: TableRow) => ({ value: a.value(tp, r, 7), source: a.src(tp, r, 7) });
  const totalSide = (t: Table, row: TableRow): Side => ({
    label: `${np} 合计`,
    value: a.value(t, row, 7),
    unit: '元',
    sources: [a.src(t, row, 7)],
  });
  if (total)
    a.check({
      id: 'sum:项目支出:合计',
      rule: `${np} 合计 = 各项目之和`,
      expected: sumSide(`${items.length} 个项目之和（${lineRange(items.map(part))}）`, items.map(part), '元'),
      found: totalSide(tp, total),
      topics: [np, '合计', '项目支出'],
    });
  const t3 = a.table('支出总体');
  if (!t3) return;
  const n3 = a.nm('支出总体');
  const total3 = t3.rows.find((r) => isTotalLabel(r.cells[1]) || isTotalLabel(r.cells[0]));
  if (total && total3)
    a.check({
      id: 'cross:支出总体:项目支出:总计',
      rule: `${np} 合计 = ${n3} 总计（项目支出）`,
      expected: {
        label: `${n3} 总计（项目支出）`,
        value: a.value(t3, total3, 4),
        unit: '元',
        sources: [a.src(t3, total3, 4)],
      },
      found: totalSide(tp, total),
      topics: [np, n3, '项目支出', '总计'],
      blankIsFinding: true,
    });
  // Per 项 (7-digit functional code): the 项目支出表 rows of the code against the code's 项目支出.
  const codes = new Set<string>();
  for (const r of items) if (r.cells[0] && /^\d{7}$/.test(r.cells[0])) codes.add(r.cells[0]);
  for (const r of t3.rows) {
    const v = a.value(t3, r, 4);
    if (r.cells[0] && /^\d{7}$/.test(r.cells[0]) && v !== null && !v.isZero()) codes.add(r.cells[0]);
  }
  for (const code of [...codes].sort()) {
    const r3 = t3.rows.find((r) => r.cells[0] === code);
    const rows = items.filter((r) => r.cells[0] === code);
    const name = r3?.cells[1] ?? rows[0]?.cells[1] ?? '';
    a.check({
      id: `cross:支出总体:项目支出:${code}`,
      rule: `${np} 功能分类 ${code} ${name} 各项目之和 = ${n3} ${code} 项目支出`,
      expected: r3
        ? {
            label: `${n3} ${code} ${name}（项目支出）`,
            value: a.value(t3, r3, 4),
            unit: '元',
            sources: [a.src(t3, r3, 4)],
          }
        : { label: `${n3} 没有 ${code} 这一行`, value: null, unit: '元', sources: [] },
      found: sumSide(`${np} ${code} 各项目之和（${rows.length} 个）`, rows.map(part), '元'),
      topics: [np, n3, code, name, '项目支出'],
      blankIsFinding: true,
    });
  }
}

const SANGONG_CODES: { label: RegExp; codes: string[]; name: string }[] = [
  { label: /因公出国/, codes: ['30212', '50207'], name: '因公出国（境）费' },
  { label: /公务接待/, codes: ['30217', '50206'], name: '公务接待费' },
  { label: /公务用车购置费/, codes: ['31013'], name: '公务用车购置费' },
  { label: /公务用车运行维护费/, codes: ['30231', '50208'], name: '公务用车运行维护费' },
];

function sangongTable(a: Auditor): void {
  const t7 = a.table('三公');
  if (!t7) return;
  const rowOf = (re: RegExp) => t7.rows.find((r) => re.test(r.cells[0] ?? ''));
  const total = rowOf(/^总计|^合计/);
  const parts = [rowOf(/^1、|因公出国/), rowOf(/^2、|公务接待/), rowOf(/^3、|公务用车购置及运行/)].filter(
    (r): r is TableRow => !!r,
  );
  const car = rowOf(/^3、|公务用车购置及运行/);
  const carParts = [
    rowOf(/^(其中[；;：:，,]?)?公务用车购置费$/),
    rowOf(/^(其中[；;：:，,]?)?公务用车运行维护费$/),
  ].filter((r): r is TableRow => !!r && r !== car);
  for (let c = 1; c < t7.columns.length; c++) {
    const col = t7.columns[c]!.name;
    if (total && parts.length === 3) {
      // A blank part row whose sub-rows carry figures counts as the sum of its sub-rows.
      const partValues = parts.map((r) => {
        const v = a.value(t7, r, c);
        if (v === null && r === car && carParts.some((k) => a.value(t7, k, c) !== null))
          return {
            value: carParts.reduce((s, k) => s.plus(a.value(t7, k, c) ?? ZERO), ZERO),
            source: a.src(t7, r, c),
          };
        return { value: v, source: a.src(t7, r, c) };
      });
      a.check({
        id: `sum:7:总计:${col}`,
        rule: `${a.nm('三公')} “三公”经费总计（${col}）= 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费`,
        expected: sumSide('三项之和', partValues, '元'),
        found: {
          label: `${a.nm('三公')} 总计（${col}）`,
          value: a.value(t7, total, c),
          unit: '元',
          sources: [a.src(t7, total, c)],
        },
        topics: [a.nm('三公'), '三公', '总计', col],
      });
    }
    if (car && carParts.length === 2)
      a.check({
        id: `sum:7:车辆:${col}`,
        rule: `${a.nm('三公')} 公务用车购置及运行维护费（${col}）= 购置费 + 运行维护费`,
        expected: sumSide(
          '购置费 + 运行维护费',
          carParts.map((r) => ({ value: a.value(t7, r, c), source: a.src(t7, r, c) })),
          '元',
        ),
        found: {
          label: `${a.nm('三公')} ${car.cells[0]}（${col}）`,
          value: a.value(t7, car, c),
          unit: '元',
          sources: [a.src(t7, car, c)],
        },
        topics: [a.nm('三公'), '三公', '公务用车', '公车', col],
        blankIsFinding: true,
      });
  }
  // 表七's current-year column vs the line items of the matching economic codes (表九)
  for (const s of SANGONG_CODES) {
    const r7 = rowOf(s.label);
    if (!r7) continue;
    const items = a.ds.lineItems.filter((i) => s.codes.includes(i.departmentEconomic.code));
    const v7 = a.value(t7, r7, 1);
    if (items.length === 0 && (v7 === null || v7.isZero())) continue;
    a.check({
      id: `cross:7:9:${s.name}`,
      rule: `${a.nm('三公')} ${s.name}（${t7.columns[1]?.name}）= ${a.nm('部门预算明细')} 经济分类 ${s.codes[0]} 明细之和`,
      expected: sumSide(
        `${a.nm('部门预算明细')} ${s.codes[0]} 明细之和（${items.length} 条）`,
        items.map((i) => ({ value: i.amount, source: i.source })),
        '元',
      ),
      found: { label: `${a.nm('三公')} ${r7.cells[0]}`, value: v7, unit: '元', sources: [a.src(t7, r7, 1)] },
      topics: [a.nm('三公'), a.nm('部门预算明细'), '三公', s.name, ...s.codes],
      blankIsFinding: true,
    });
  }
}

// ------------------------------------------------------------------ narrative vs tables, and its own arithmetic

function fact(a: Auditor, id: string): Fact | undefined {
  return a.ds.narrative.facts.find((f) => f.id === id);
}

function factSide(f: Fact, label?: string): Side {
  return {
    label: label ?? `文字说明：${f.label}`,
    value: f.value,
    unit: f.unit as Side['unit'],
    sources: [f.source],
  };
}

function narrativeArithmetic(a: Auditor): void {
  const ids = new Set(
    a.ds.narrative.facts.map((f) => f.id.replace(/\.(current|previous|change|changePct)$/, '')),
  );
  for (const base of [...ids].sort()) {
    const cur = fact(a, `${base}.current`);
    const prev = fact(a, `${base}.previous`);
    const ch = fact(a, `${base}.change`);
    const pct = fact(a, `${base}.changePct`);
    // Only figures in one unit are compared (a 万元 figure against a 元 one would be off by 10,000×).
    if (!cur || !prev || commonUnit([cur, prev]) === null) continue;
    if (ch && commonUnit([cur, ch]) !== null)
      a.check({
        id: `narrative:change:${base}`,
        rule: `文字说明 ${cur.label}：增减额 = 本年 − 上年`,
        expected: {
          label: '本年 − 上年',
          value: cur.value.minus(prev.value),
          unit: cur.unit,
          sources: [cur.source, prev.source],
        },
        found: factSide(ch),
        topics: ['文字说明', cur.label, '增减', '变化'],
      });
    if (pct) {
      if (prev.value.isZero()) {
        a.add({
          id: `narrative:pct:${base}`,
          rule: `文字说明 ${cur.label}：增减幅度 = 增减额 ÷ 上年`,
          severity: 'note',
          message: `${cur.label}上年为 0，增减幅度无法计算（除以 0）；文件写作 ${pct.value.toString()}%。`,
          expected: {
            label: '增减额 ÷ 上年（上年为 0，无定义）',
            value: null,
            unit: '%',
            sources: [prev.source],
          },
          found: factSide(pct),
          difference: null,
          tolerance: null,
          topics: ['文字说明', cur.label, '增减幅度', '百分比'],
        });
        continue;
      }
      const computed = cur.value.minus(prev.value).dividedBy(prev.value).times(100);
      const published = pct.value.abs().toString();
      a.check({
        id: `narrative:pct:${base}`,
        rule: `文字说明 ${cur.label}：增减幅度 = (本年 − 上年) ÷ 上年（按公布的小数位四舍五入）`,
        expected: {
          label: `(本年 − 上年) ÷ 上年 = ${computed.toDecimalPlaces(4).toString()}%`,
          value: computed,
          unit: '%',
          sources: [cur.source, prev.source],
        },
        found: factSide(pct),
        tolerance: halfUnitOf(published),
        topics: ['文字说明', cur.label, '增减幅度', '百分比'],
      });
    }
  }
  const whole = fact(a, 'staffing.离退休');
  const parts = [fact(a, 'staffing.离休'), fact(a, 'staffing.退休')].filter((f): f is Fact => !!f);
  if (whole && parts.length === 2 && commonUnit([whole, ...parts]) === '人')
    a.check({
      id: 'narrative:staffing:retired',
      rule: '离退休人员 = 离休 + 退休',
      expected: {
        label: '离休 + 退休',
        value: parts[0]!.value.plus(parts[1]!.value),
        unit: '人',
        sources: parts.map((p) => p.source),
      },
      found: factSide(whole),
      topics: ['人员', '离退休', '离休', '退休'],
    });
  const assets = fact(a, 'assets.total');
  const assetParts = ['assets.vehicles.amount', 'assets.generalEquipment', 'assets.specialEquipment']
    .map((id) => fact(a, id))
    .filter((f): f is Fact => !!f);
  if (assets && assetParts.length > 0 && commonUnit([assets, ...assetParts]) === '万元') {
    const sumParts = assetParts.reduce((s, f) => s.plus(f.value), ZERO);
    if (sumParts.greaterThan(assets.value))
      a.add({
        id: 'narrative:assets:parts',
        rule: '固定资产总额 ≥ 其中所列各项之和',
        severity: 'error',
        message: `固定资产“其中”所列车辆、通用设备、专用设备合计 ${formatDecimal(sumParts)} 万元，超过总额 ${formatDecimal(assets.value)} 万元，多出 ${formatDecimal(sumParts.minus(assets.value))} 万元。`,
        expected: {
          label: '固定资产总额（上限）',
          value: assets.value,
          unit: '万元',
          sources: [assets.source],
        },
        found: {
          label: '车辆 + 通用设备 + 专用设备',
          value: sumParts,
          unit: '万元',
          sources: assetParts.map((f) => f.source),
        },
        tolerance: null,
        topics: ['国有资产', '固定资产', '资产', '车辆', '通用设备', '专用设备'],
      });
  }
  const perf = fact(a, 'performance.amount');
  const perfTotal = fact(a, 'performance.projectTotal');
  const share = fact(a, 'performance.share');
  if (perf && perfTotal && share && commonUnit([perf, perfTotal]) !== null && !perfTotal.value.isZero())
    a.check({
      id: 'narrative:performance:share',
      rule: '绩效项目占比 = 申报金额 ÷ 项目支出（按公布的小数位四舍五入）',
      expected: {
        label: `${perf.value.toString()} ÷ ${perfTotal.value.toString()} = ${perf.value.dividedBy(perfTotal.value).times(100).toDecimalPlaces(4).toString()}%`,
        value: perf.value.dividedBy(perfTotal.value).times(100),
        unit: '%',
        sources: [perf.source, perfTotal.source],
      },
      found: factSide(share),
      tolerance: halfUnitOf(share.value.toString()),
      topics: ['绩效', '占比'],
    });
}

function narrativeVsTables(a: Auditor): void {
  const t1 = a.table('收支总体');
  const t3 = a.table('支出总体');
  const t7 = a.table('三公');
  const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s：:]/g, '');
  const t1Row = (col: number, re: RegExp) => t1?.rows.find((r) => re.test(norm(r.cells[col])));
  const total3 = t3?.rows.find((r) => isTotalLabel(r.cells[1]));
  const tableSide = (t: Table, row: TableRow, col: number, unit: MoneyUnit = '元'): Side => ({
    label: `${tableName(t.number)} ${cite(t, row, col).row}（${t.columns[col]?.name}）`,
    value: a.value(t, row, col),
    unit,
    sources: [a.src(t, row, col)],
  });
  const pairs: [string, Side | null][] = [
    ['income.current', t1 && t1Row(0, /^收入总计$/) ? tableSide(t1, t1Row(0, /^收入总计$/)!, 1) : null],
    ['expenditure.current', t1 && t1Row(2, /^支出总计$/) ? tableSide(t1, t1Row(2, /^支出总计$/)!, 3) : null],
    ['basic.current', t3 && total3 ? tableSide(t3, total3, 3) : null],
    ['project.current', t3 && total3 ? tableSide(t3, total3, 4) : null],
  ];
  const rowOf7 = (re: RegExp) => t7?.rows.find((r) => re.test(r.cells[0] ?? ''));
  for (const [id, re] of [
    ['sangong', /^总计|^合计/],
    ['sangong.abroad', /因公出国/],
    ['sangong.reception', /公务接待/],
    ['sangong.vehicle', /公务用车购置及运行/],
    ['sangong.vehicle.purchase', /公务用车购置费$/],
    ['sangong.vehicle.operation', /公务用车运行维护费$/],
  ] as const) {
    const r = rowOf7(re);
    if (!t7 || !r) continue;
    pairs.push([`${id}.current`, tableSide(t7, r, 1)]);
    if (t7.columns.length > 2) pairs.push([`${id}.previous`, tableSide(t7, r, 2)]);
  }
  for (const [id, side] of pairs) {
    const f = fact(a, id);
    if (!f || !side) continue;
    a.check({
      id: `narrative:table:${id}`,
      rule: `文字说明“${f.label}”与${side.label.split(' ')[0]}一致`,
      expected: side,
      found: factSide(f),
      topics: ['文字说明', f.label, side.label.split(' ')[0]!, ...(id.startsWith('sangong') ? ['三公'] : [])],
      blankIsFinding: true,
    });
  }
  const perfTotal = fact(a, 'performance.projectTotal');
  if (perfTotal && t3 && total3)
    a.check({
      id: 'narrative:table:performance.projectTotal',
      rule: `绩效说明所引“项目支出”与${a.nm('支出总体')} 项目支出总计一致（万元，四舍五入到公布的小数位）`,
      expected: tableSide(t3, total3, 4),
      found: factSide(perfTotal),
      tolerance: halfUnitOf(perfTotal.value.toString()).times(10000),
      topics: ['绩效', '项目支出', a.nm('支出总体'), '文字说明'],
    });
  const expSrc = fact(a, 'expenditure.current');
  if (expSrc && /收入预算/.test(expSrc.source.quote) && !/支出预算/.test(expSrc.source.quote))
    a.add({
      id: 'narrative:wording:expenditure',
      rule: '支出预算说明应说明支出',
      severity: 'note',
      message:
        '“（二）支出预算说明”一节的文字与“（一）收入预算说明”相同，写的是“收入预算”；其数字与支出总计相同。',
      expected: { label: '支出预算说明', value: null, unit: '元', sources: [] },
      found: { label: '该节原文', value: null, unit: '元', sources: [expSrc.source] },
      difference: null,
      tolerance: null,
      topics: ['文字说明', '支出预算', '收入预算'],
    });
}

// ------------------------------------------------------------------ 表十一 / 表十二

function performanceForms(a: Auditor): void {
  const t3 = a.table('支出总体');
  const t1 = a.table('收支总体');
  const total3 = t3?.rows.find((r) => isTotalLabel(r.cells[1]));
  const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s：:]/g, '');
  const grand = t1?.rows.find((r) => /^收入总计$/.test(norm(r.cells[0])));
  const overall = a.ds.performance.overall;
  const src11 = (line: number, row: string): TableSource => ({
    kind: 'table',
    table: tableOfKind(a.ds, '整体绩效')?.number ?? 11,
    row,
    column: '部门（单位）总体资金情况（万元）',
    line,
  });
  if (overall) {
    const map: [RegExp, Side | null][] = [
      [
        /资金总额/,
        t1 && grand
          ? {
              label: `${a.nm('收支总体')} 收入总计`,
              value: a.value(t1, grand, 1),
              unit: '元',
              sources: [a.src(t1, grand, 1)],
            }
          : null,
      ],
      [
        /基本支出/,
        t3 && total3
          ? {
              label: `${a.nm('支出总体')} 总计（基本支出）`,
              value: a.value(t3, total3, 3),
              unit: '元',
              sources: [a.src(t3, total3, 3)],
            }
          : null,
      ],
      [
        /项目支出/,
        t3 && total3
          ? {
              label: `${a.nm('支出总体')} 总计（项目支出）`,
              value: a.value(t3, total3, 4),
              unit: '元',
              sources: [a.src(t3, total3, 4)],
            }
          : null,
      ],
    ];
    for (const [re, side] of map) {
      const f = overall.funding.find((x) => re.test(x.label));
      if (!f || !side) continue;
      const tol = f.unit === '万元' ? halfUnitOf(f.value.toString()).times(10000) : ZERO;
      a.check({
        id: `form:11:${f.label}`,
        rule: `${a.nm('整体绩效')} ${f.label}（${f.unit}）与${side.label}一致${f.unit === '万元' ? '（四舍五入到公布的小数位）' : ''}`,
        expected: side,
        found: {
          label: `${a.nm('整体绩效')} ${f.label} ${f.published}`,
          value: f.value,
          unit: f.unit,
          sources: [src11(f.line, f.label)],
        },
        tolerance: tol,
        topics: [a.nm('整体绩效'), '绩效', f.label, '资金'],
      });
    }
  }
  const perfCount = fact(a, 'performance.projectCount');
  if (
    perfCount &&
    a.ds.performance.catalog.length > 0 &&
    !perfCount.value.equals(a.ds.performance.catalog.length)
  )
    a.add({
      id: 'form:12:count',
      rule: `申报绩效目标的项目数与${a.nm('项目绩效')}公开的项目数`,
      severity: 'note',
      message: `文字说明称有 ${perfCount.value.toString()} 个项目申报绩效目标，${a.nm('项目绩效')}目录只公开了 ${a.ds.performance.catalog.length} 个项目的申报表。`,
      expected: {
        label: '文字说明：申报绩效目标的项目',
        value: perfCount.value,
        unit: '项',
        sources: [perfCount.source],
      },
      found: {
        label: `${a.nm('项目绩效')} 目录中的项目`,
        value: new Money(a.ds.performance.catalog.length),
        unit: '项',
        sources: a.ds.performance.catalog.map((c) => ({
          kind: 'table' as const,
          table: tableOfKind(a.ds, '项目绩效')?.number ?? 12,
          row: c.name,
          column: '项目名称',
          line: c.line,
        })),
      },
      tolerance: null,
      topics: [a.nm('项目绩效'), '绩效', '项目数'],
    });
  for (const p of a.ds.performance.projects) {
    const annual =
      p.funding.find((f) => /年度资金总额/.test(f.label)) ??
      p.funding.find((f) => f.label.startsWith('年度'));
    const src12: TableSource = {
      kind: 'table',
      table: tableOfKind(a.ds, '项目绩效')?.number ?? 12,
      row: p.name,
      column: '年度资金总额',
      line: annual?.line ?? p.line,
    };
    if (annual?.unitNote)
      a.add({
        id: `form:12:unit:${p.id}`,
        rule: `${a.nm('项目绩效')} 项目资金按“万元”填写`,
        severity: 'warning',
        message: `“${p.name}”的年度资金填在“万元”栏内为 ${annual.published}，按万元读将超过部门预算总额，应为 ${formatDecimal(annual.value)} 元。`,
        expected: { label: '“万元”栏', value: null, unit: '万元', sources: [src12] },
        found: {
          label: `${a.nm('项目绩效')} ${p.name} 年度资金总额 ${annual.published}`,
          value: annual.value,
          unit: annual.unit,
          sources: [src12],
        },
        difference: null,
        tolerance: null,
        topics: [a.nm('项目绩效'), '绩效', p.name, '单位', '万元'],
      });
    const item = matchLineItem(a, p.name);
    if (!annual || !item) continue;
    a.check({
      id: `form:12:amount:${p.id}`,
      rule: `${a.nm('项目绩效')} “${p.name}”年度资金与${a.nm('部门预算明细')}“${item.name}”一致`,
      expected: {
        label: `${a.nm('部门预算明细')} ${item.name}`,
        value: item.amount,
        unit: '元',
        sources: [item.source],
      },
      found: {
        label: `${a.nm('项目绩效')} ${p.name} 年度资金总额 ${annual.published}`,
        value: annual.value,
        unit: annual.unit,
        sources: [src12],
      },
      tolerance: annual.unit === '万元' ? halfUnitOf(annual.value.toString()).times(10000) : ZERO,
      topics: [a.nm('项目绩效'), a.nm('部门预算明细'), '绩效', p.name, item.name],
    });
    if (normName(item.name) !== normName(p.name))
      a.add({
        id: `form:12:name:${p.id}`,
        rule: `同一项目在${a.nm('部门预算明细')}与${a.nm('项目绩效')}中名称一致`,
        severity: 'note',
        message: `${a.nm('项目绩效')}的“${p.name}”在${a.nm('部门预算明细')}中名为“${item.name}”。`,
        expected: {
          label: `${a.nm('部门预算明细')}：${item.name}`,
          value: null,
          unit: '元',
          sources: [item.source],
        },
        found: {
          label: `${a.nm('项目绩效')}：${p.name}`,
          value: null,
          unit: '元',
          sources: [{ ...src12, column: '项目名称', line: p.line }],
        },
        difference: null,
        tolerance: null,
        topics: [a.nm('项目绩效'), a.nm('部门预算明细'), p.name, item.name],
      });
  }
}

const normName = (s: string) => s.normalize('NFKC').replace(/[\s（）()]/g, '');

function bigrams(s: string): Set<string> {
  const t = normName(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** The 表九 line item a 表十二 project is about: same name, or one containing the other, or ≥ 70% shared bigrams. */
function matchLineItem(a: Auditor, name: string) {
  const n = normName(name);
  const exact = a.ds.lineItems.filter((i) => normName(i.name) === n);
  if (exact.length === 1) return exact[0];
  const b = bigrams(name);
  let best: { item: (typeof a.ds.lineItems)[number]; score: number } | null = null;
  for (const i of a.ds.lineItems) {
    const ib = bigrams(i.name);
    const shared = [...b].filter((x) => ib.has(x)).length;
    const score = (2 * shared) / (b.size + ib.size || 1);
    const contains = normName(i.name).includes(n) || n.includes(normName(i.name));
    const s = contains ? Math.max(score, 0.8) : score;
    if (!best || s > best.score) best = { item: i, score: s };
  }
  return best && best.score >= 0.7 ? best.item : undefined;
}

/** Every finding for one dataset, in a stable order (rule family, then id). */
export function auditDataset(ds: Dataset): Finding[] {
  return runAudit(ds).findings;
}

/** Findings and every rule applied (passed or not), for answering "does X add up". */
export function runAudit(ds: Dataset): { findings: Finding[]; checks: Check[] } {
  const a = new Auditor(ds);
  functionalSums(a);
  functionalAcrossTables(a);
  summaryTable(a, '收支总体');
  summaryTable(a, '财政拨款收支总体');
  summaryAcross(a);
  basicTable(a);
  detailTable(a);
  projectTable(a);
  sangongTable(a);
  narrativeArithmetic(a);
  narrativeVsTables(a);
  performanceForms(a);
  return { findings: a.findings, checks: a.checks };
}

export function describeSource(s: Source): string {
  if (s.kind === 'table') return `${tableName(s.table)} “${s.row}”（${s.column}）第 ${s.line} 行`;
  return `文字说明 第 ${s.line} 行：“${s.quote.length > 60 ? `${s.quote.slice(0, 60)}…` : s.quote}”`;
}

export type { NarrativeSource };
