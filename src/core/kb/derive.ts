/**
 * Views derived from the published tables, each entry citing the rows it comes from:
 * functional codes (类/款/项), economic codes (both schemes), and 表九's line items linked to them.
 */
import { Money } from '../money.js';
import { tableOfKind, type TableKind } from './kinds.js';
import { economicScheme, functionalLevel, STANDARD_ECONOMIC_CLASSES } from './reference.js';
import { tableName } from './tables.js';
import type { ClassificationsFileInput, LineItemInput, TableInput, TableSource } from './schema.js';
import type { ImportWarning } from './warnings.js';

type Row = TableInput['rows'][number];

/** The row label a figure is cited under, per table layout. */
export function rowLabel(table: Pick<TableInput, 'kind'>, row: Row, column: number): string {
  const c = row.cells;
  const join = (...xs: (string | null | undefined)[]) => xs.filter((x) => x).join(' ');
  switch (table.kind) {
    case '收支总体':
    case '财政拨款收支总体':
      return (column >= 2 ? c[2] : c[0]) ?? '（空）';
    case '收入总体':
    case '支出总体':
    case '一般公共预算支出':
    case '政府性基金':
    case '国有资本经营':
      return join(c[0], c[1]) || '（空）';
    case '基本支出':
      return c[2] ? `${c[0] ?? ''}/${c[2]} ${c[3] ?? ''}`.trim() : join(c[3]) || '（空）';
    case '部门预算明细':
    case '项目支出':
      return c[6] ?? join(c[0], c[2]) ?? '（空）';
    case '转移支付':
      return join(c[5], c[0]) || '（空）';
    default:
      return c[0] ?? '（空）';
  }
}

export function cite(table: TableInput, row: Row, column: number): TableSource {
  return {
    kind: 'table',
    table: table.number,
    row: rowLabel(table, row, column),
    column: table.columns[column]?.name ?? `第${column + 1}列`,
    line: row.line,
  };
}

export function deriveClassifications(
  tables: readonly TableInput[],
  file: string,
  warn: (w: ImportWarning) => void,
): ClassificationsFileInput {
  const functional = new Map<string, ClassificationsFileInput['functional'][number]>();
  const functionalKinds: TableKind[] = [
    '收入总体',
    '支出总体',
    '一般公共预算支出',
    '政府性基金',
    '国有资本经营',
  ];
  for (const kind of functionalKinds) {
    const t = tableOfKind({ tables }, kind);
    if (!t) continue;
    const n = t.number;
    for (const row of t.rows) {
      const code = row.cells[0];
      const name = row.cells[1];
      if (!code || !name) continue;
      const level = functionalLevel(code);
      if (!level || !/^\d+$/.test(code)) {
        warn({
          file,
          line: row.line,
          text: `${code} ${name}`,
          reason: `表${n}: not a functional code; not classified`,
        });
        continue;
      }
      const source = cite(t, row, 1);
      const known = functional.get(code);
      if (known) known.sources.push(source);
      else
        functional.set(code, {
          code,
          name,
          level,
          parent: code.length > 3 ? code.slice(0, -2) : null,
          sources: [source],
        });
    }
  }
  const economic = new Map<string, ClassificationsFileInput['economic'][number]>();
  const addEconomic = (code: string | null, name: string | null, source: TableSource, line: number) => {
    if (!code || !name) return;
    const scheme = economicScheme(code);
    if (!scheme || code.length !== 5) {
      warn({
        file,
        line,
        text: `${code} ${name}`,
        reason: 'not an economic code (50xxx/30xxx/31xxx); not classified',
      });
      return;
    }
    const known = economic.get(code);
    if (known) known.sources.push(source);
    else
      economic.set(code, {
        code,
        name,
        scheme,
        parent: code.slice(0, 3),
        origin: 'document',
        sources: [source],
      });
  };
  const t6 = tableOfKind({ tables }, '基本支出');
  for (const row of t6?.rows ?? []) {
    addEconomic(row.cells[0] ?? null, row.cells[1] ?? null, cite(t6!, row, 1), row.line);
    addEconomic(row.cells[2] ?? null, row.cells[3] ?? null, cite(t6!, row, 3), row.line);
  }
  for (const t9 of [tableOfKind({ tables }, '部门预算明细'), tableOfKind({ tables }, '项目支出')])
    for (const row of t9?.rows ?? []) {
      if (!row.cells[0]) continue;
      addEconomic(row.cells[2] ?? null, row.cells[3] ?? null, cite(t9!, row, 3), row.line);
      addEconomic(row.cells[4] ?? null, row.cells[5] ?? null, cite(t9!, row, 5), row.line);
    }
  for (const parent of new Set([...economic.values()].map((e) => e.parent!))) {
    const std = STANDARD_ECONOMIC_CLASSES[parent];
    if (std)
      economic.set(parent, {
        code: parent,
        name: std.name,
        scheme: std.scheme,
        parent: null,
        origin: 'standard',
        sources: [],
      });
  }
  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  return { functional: [...functional.values()].sort(byCode), economic: [...economic.values()].sort(byCode) };
}

const BASIC_NAME = /^(人员支出|日常公用支出|对个人和家庭补助支出)/;

/**
 * The line items, from whichever tables carry them: the 部门预算明细表 (every item with its three
 * codes), or else the 项目支出表 (project items) with the 基本支出表 (basic spending by economic
 * code, which states no functional code).
 */
export function deriveLineItems(
  tables: readonly TableInput[],
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void = () => {},
): LineItemInput[] {
  const detail = tableOfKind({ tables }, '部门预算明细');
  if (detail) return detailItems(detail, tables, file, warn, lost);
  const project = tableOfKind({ tables }, '项目支出');
  const basic = tableOfKind({ tables }, '基本支出');
  const items: LineItemInput[] = [];
  project?.rows.forEach((row) => {
    const [fc, fn, gc, gn, dc, dn, name, amount] = row.cells;
    if (!name || !amount || (!fc && !dc)) return; // the 合计 row
    if (!fc || !fn || !gc || !gn || !dc || !dn) {
      warn({
        file,
        line: row.line,
        text: row.cells.join(' | '),
        reason: `${tableName(project.number)}: a project item without all its codes; left out`,
      });
      lost(`${tableName(project.number)} 第 ${row.line} 行（${name}）缺少分类代码，不能作为明细收录`);
      return;
    }
    items.push({
      id: `p-${items.length + 1}`,
      name,
      functional: { code: fc, name: fn },
      governmentEconomic: { code: gc, name: gn },
      departmentEconomic: { code: dc, name: dn },
      amount,
      spending: 'project',
      spendingBasis: `${tableName(project.number)} ${project.title}`,
      source: cite(project, row, 7),
    });
  });
  let b = 0;
  basic?.rows.forEach((row) => {
    const [gc, gn, dc, dn, amount] = row.cells;
    if (!dc || !dn || !amount) return; // 总计, or a class row
    if (!gc || !gn) {
      warn({
        file,
        line: row.line,
        text: row.cells.join(' | '),
        reason: `${tableName(basic.number)}: a row without its government economic code; left out`,
      });
      lost(
        `${tableName(basic.number)} 第 ${row.line} 行（${dc} ${dn}）缺少政府经济分类代码，不能作为明细收录`,
      );
      return;
    }
    b++;
    items.push({
      id: `b-${b}`,
      name: dn,
      functional: null,
      governmentEconomic: { code: gc, name: gn },
      departmentEconomic: { code: dc, name: dn },
      amount,
      spending: 'basic',
      spendingBasis: `${tableName(basic.number)} ${basic.title}（按经济分类，不分功能科目）`,
      source: cite(basic, row, 4),
    });
  });
  return items;
}

function detailItems(
  t9: TableInput,
  tables: readonly TableInput[],
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void,
): LineItemInput[] {
  const t3 = tableOfKind({ tables }, '支出总体') ?? tableOfKind({ tables }, '一般公共预算支出');
  const split = new Map<string, { basic: string | null; project: string | null; line: number }>();
  for (const row of t3?.rows ?? [])
    if (row.cells[0])
      split.set(row.cells[0], { basic: row.cells[3] ?? null, project: row.cells[4] ?? null, line: row.line });
  const nonZero = (s: string | null | undefined) => s !== null && s !== undefined && !new Money(s).isZero();
  const items: LineItemInput[] = [];
  t9.rows.forEach((row) => {
    const [fc, fn, gc, gn, dc, dn, name, amount] = row.cells;
    if (!fc || !name || !amount) return; // the 合计 row
    if (!fn || !gc || !gn || !dc || !dn) {
      warn({
        file,
        line: row.line,
        text: row.cells.join(' | '),
        reason: `${tableName(t9.number)}: a line item without all its codes; left out`,
      });
      lost(`${tableName(t9.number)} 第 ${row.line} 行（${name}）缺少分类代码，不能作为明细收录`);
      return;
    }
    const s = split.get(fc);
    let spending: 'basic' | 'project';
    let spendingBasis: string;
    const tn = t3 ? tableName(t3.number) : '';
    if (s && nonZero(s.basic) && !nonZero(s.project)) {
      spending = 'basic';
      spendingBasis = `${tn} ${fc} 只有基本支出`;
    } else if (s && nonZero(s.project) && !nonZero(s.basic)) {
      spending = 'project';
      spendingBasis = `${tn} ${fc} 只有项目支出`;
    } else {
      spending = BASIC_NAME.test(name) ? 'basic' : 'project';
      spendingBasis = BASIC_NAME.test(name)
        ? '项目名称为人员支出/日常公用支出/对个人和家庭补助支出（基本支出的标准名称）'
        : '项目名称不是基本支出的标准名称，按项目支出';
    }
    items.push({
      id: `t9-${items.length + 1}`,
      name,
      functional: { code: fc, name: fn },
      governmentEconomic: { code: gc, name: gn },
      departmentEconomic: { code: dc, name: dn },
      amount,
      spending,
      spendingBasis,
      source: cite(t9, row, 7),
    });
  });
  return items;
}
