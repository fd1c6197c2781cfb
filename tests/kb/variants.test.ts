/**
 * The importer on other documents of the series: the 2021 and 2023 numberings, another
 * department, other text exports, and broken files (tests/fixtures/*, made by
 * tests/fixtures/generate.ts from the bundled 2020 document, every amount the 2020 document's own).
 * Expected figures are read off the 2020 source by hand (its line numbers given), never taken
 * from the importer.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditDataset } from '../../src/core/kb/audit.js';
import { loadDataset, loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { Money } from '../../src/core/money.js';
import { datasetFiles, ImportError, importBudget, type ImportResult } from '../../src/core/kb/importer.js';
import { tableOfKind, type TableKind } from '../../src/core/kb/kinds.js';
import { decodeSource } from '../../src/core/kb/tokenize.js';
import { DATASET_DIR } from '../helpers/source.js';

function fixture(name: string): { result: ImportResult; text: string; encoding: string; lines: string[] } {
  const { text, encoding } = decodeSource(readFileSync(`tests/fixtures/${name}/source.txt`));
  return {
    result: importBudget(text, 'source.txt', { encoding }),
    text,
    encoding,
    lines: text.split(/\r?\n/),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'variants-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The import written as a dataset folder, loaded and audited. */
function audited(name: string, r: ImportResult, text: string) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.txt'), text);
  for (const [f, c] of Object.entries(datasetFiles(r))) writeFileSync(join(dir, f), c);
  return auditDataset(loadDataset(dir));
}
const findingIds = (name: string, r: ImportResult, text: string) =>
  audited(name, r, text)
    .map((f) => f.id)
    .sort();

/** The bundled 2020 document's findings (each worked out by hand in audit.test.ts). */
const FINDINGS_2020 = auditDataset(loadKnowledgeBase(DATASET_DIR).datasets[0]!)
  .map((f) => f.id)
  .sort();

/** A cell by kind, row predicate and column name. */
function cell(r: ImportResult, kind: TableKind, match: (c: (string | null)[]) => boolean, column: string) {
  const t = tableOfKind(r, kind);
  expect(t, kind).toBeDefined();
  const rows = t!.rows.filter((x) => match(x.cells));
  expect(rows, `${kind}: one row`).toHaveLength(1);
  const c = t!.columns.findIndex((x) => x.name === column);
  expect(c, `${kind} column ${column}`).toBeGreaterThanOrEqual(0);
  return rows[0]!.cells[c] ?? null;
}
const code = (c: string) => (cells: (string | null)[]) => cells[0] === c;
const label = (col: number, text: string) => (cells: (string | null)[]) =>
  (cells[col] ?? '').replace(/[\s：:]/g, '') === text;
const item = (r: ImportResult, name: string) => {
  const xs = r.lineItems.filter((i) => i.name === name);
  expect(xs, name).toHaveLength(1);
  return xs[0]!;
};
const fact = (r: ImportResult, id: string) => r.narrative.facts.find((f) => f.id === id)?.value;
const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Money(0)).toFixed(2);

// The 2020 tables as the bundled document numbers and titles them.
const KINDS_2020 = [
  '1 收支总体 部门收支总体情况表',
  '2 收入总体 部门收入总体情况表',
  '3 支出总体 部门支出总体情况表',
  '4 财政拨款收支总体 财政拨款收支总体情况表',
  '5 一般公共预算支出 一般公共预算支出情况表',
  '6 基本支出 一般公共预算基本支出情况表',
  '7 三公 一般公共预算“三公”经费支出情况表',
  '8 政府性基金 政府性基金预算支出情况表',
  '9 部门预算明细 部门预算明细表',
  '10 转移支付 专项转移支付预算表',
  '11 整体绩效 部门整体支出绩效目标申报表',
  '12 项目绩效 项目支出绩效目标申报表',
];
const kinds = (r: ImportResult) => r.tables.map((t) => `${t.number} ${t.kind} ${t.title}`);

/** Figures of the 2020 document read by hand (source line in the comment), by kind. */
function expectFigures2020(r: ImportResult, year: number) {
  // 表一 收入总计 (l.186) and 科学技术支出 (l.132)
  expect(cell(r, '收支总体', label(0, '收入总计'), '收入金额')).toBe('124945150.26');
  expect(cell(r, '收支总体', label(2, '科学技术支出'), '支出金额')).toBe('76411771.98');
  // 表二 2080505 一般公共预算拨款收入
  expect(cell(r, '收入总体', code('2080505'), '一般公共预算拨款收入')).toBe('2740494.40');
  // 表三 201 基本支出 / 项目支出, 208 项目支出 blank (not 0)
  expect(cell(r, '支出总体', code('201'), '基本支出')).toBe('25807805.04');
  expect(cell(r, '支出总体', code('201'), '项目支出')).toBe('10997175.34');
  expect(cell(r, '支出总体', code('208'), '项目支出')).toBeNull();
  // 表五 2210203 合计
  expect(cell(r, '一般公共预算支出', code('2210203'), '合计')).toBe('1862064.00');
  // 表六 总计 (printed to one decimal)
  expect(cell(r, '基本支出', label(3, '总计'), '合计')).toBe('37536202.9');
  // 表七 公务接待费 this year 22,320.24, last year 26,268.00; 因公出国 blank
  expect(cell(r, '三公', label(0, '2、公务接待费'), `${year}年预算数`)).toBe('22320.24');
  expect(cell(r, '三公', label(0, '2、公务接待费'), `${year - 1}年预算数`)).toBe('26268.00');
  expect(cell(r, '三公', label(0, '1、因公出国（境）费'), `${year}年预算数`)).toBeNull();
  // narrative: 公务接待费 减少3,947.76元 (l.56), 实有 116 人 (l.24)
  expect(fact(r, 'sangong.reception.change')).toBe('-3947.76');
  expect(fact(r, 'staffing.实有')).toBe('116');
  // 表十一 资金总额 12494.51 万元; 表十二 three project forms
  expect(r.performance.overall!.funding[0]).toMatchObject({
    label: '资金总额',
    value: '12494.51',
    unit: '万元',
  });
  expect(r.performance.projects).toHaveLength(3);
}

describe('export variants of the 2020 document: the same dataset', () => {
  const bundled = JSON.parse(readFileSync(`${DATASET_DIR}/tables.json`, 'utf8')) as {
    tables: { number: number; rows: { cells: (string | null)[] }[] }[];
  };
  const items = JSON.parse(readFileSync(`${DATASET_DIR}/line-items.json`, 'utf8')) as {
    items: { name: string; amount: string }[];
  };
  const cases: [string, string][] = [
    ['export-bom-crlf', 'UTF-8（带 BOM）'],
    ['export-utf16', 'UTF-16LE'],
    ['export-gb18030', 'GB18030'],
    ['export-halfwidth', 'UTF-8'],
    ['export-tsv', 'UTF-8'],
    ['export-paged', 'UTF-8'],
  ];
  it.each(cases)(
    '%s (%s): complete, every table cell and line item as in the bundled document',
    (name, enc) => {
      const { result: r, encoding } = fixture(name);
      expect(encoding).toBe(enc);
      expect(r.problems).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.meta.department).toBe('北京市西城区人民政府办公室');
      expect(r.meta.shortName).toBe('区政府办公室');
      expect(r.meta.fiscalYear).toBe(2020);
      expect(kinds(r)).toEqual(KINDS_2020);
      for (const t of bundled.tables)
        expect(
          r.tables.find((x) => x.number === t.number)!.rows.map((x) => x.cells),
          `表${t.number}`,
        ).toEqual(t.rows.map((x) => x.cells));
      expect(r.lineItems.map((i) => [i.name, i.amount])).toEqual(items.items.map((i) => [i.name, i.amount]));
      expect(r.narrative.facts).toHaveLength(70);
      expectFigures2020(r, 2020);
    },
  );

  it('names a non-UTF-8 encoding in dataset.json, and hashes the text it stores', () => {
    const { result: r, text } = fixture('export-gb18030');
    expect(r.meta.sourceEncoding).toBe('GB18030');
    expect(r.meta.source.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(fixture('export-bom-crlf').result.meta.sourceEncoding).toBeUndefined();
  });

  it('half-width export: quotes stay as the file publishes them, values read as from the full-width one', () => {
    const { result: r, lines } = fixture('export-halfwidth');
    for (const f of r.narrative.facts) expect(lines[f.source.line - 1], f.id).toContain(f.source.quote);
    // l.52: 三公 47,320.24 元, up 80.14%
    expect(fact(r, 'sangong.current')).toBe('47320.24');
    expect(fact(r, 'sangong.changePct')).toBe('80.14');
  });
});

describe('the 2021 numbering (13 tables)', () => {
  const { result: r, text } = fixture('numbering-2021');
  it('audits to the findings of the bundled document (years moved on)', () => {
    expect(findingIds('numbering-2021', r, text)).toEqual(
      FINDINGS_2020.map((id) => id.replace('2020年预算数', '2021年预算数')).sort(),
    );
  });
  it('recognises every table by its title, whatever its number', () => {
    expect(r.problems).toEqual([]);
    expect(kinds(r)).toEqual([
      ...KINDS_2020.slice(0, 9),
      '10 政府购买服务 政府购买服务预算财政拨款明细表',
      '11 转移支付 专项转移支付预算表',
      '12 整体绩效 部门整体支出绩效目标申报表',
      '13 项目绩效 项目支出绩效目标申报表',
    ]);
  });
  it('keeps the 政府购买服务 table as its own (generic) table, its 合计 row 0.00', () => {
    const t = tableOfKind(r, '政府购买服务')!;
    expect(t.columns.map((c) => c.name)).toEqual(['项目名称', '购买服务内容', '预算金额']);
    expect(t.rows.map((x) => x.cells)).toEqual([['合计', null, '0.00']]);
    // nothing of it went into 表九 or 表十一
    expect(tableOfKind(r, '部门预算明细')!.rows).toHaveLength(61);
    expect(tableOfKind(r, '转移支付')!.status).toBe('empty');
  });
  it('reads the figures of the document (years moved on by one)', () => {
    expect(r.meta).toMatchObject({ fiscalYear: 2021, previousYear: 2020, id: 'bjsxcqrmzfbgs-2021' });
    expectFigures2020(r, 2021);
    expect(r.lineItems).toHaveLength(60);
    expect(item(r, '2021年机要信息中心运维费').amount).toBe('22175821.60');
    expect(item(r, '2021年机要信息中心运维费').source).toMatchObject({ table: 9, column: '预算金额' });
    expect(r.performance.catalog.map((c) => c.name)).toContain('西城区2021年政府绩效管理项目');
  });
});

describe('the 2023 numbering (14 tables, no 部门预算明细表), another department', () => {
  const { result: r, lines, text } = fixture('numbering-2023');
  it('audits to the findings its figures have: the 2020 ones, less those about 部门预算明细表 rows', () => {
    // No 部门预算明细表: the 2020 findings 表六 vs 表九 per economic code (30102, 30103, 30113,
    // 30199) and the 2080501 name in 表九 cannot arise; basic items are 表七's own rows.
    const gone = [
      'cross:6:9:30102',
      'cross:6:9:30103',
      'cross:6:9:30113',
      'cross:6:9:30199',
      'name:3:9:2080501',
    ];
    expect(findingIds('numbering-2023', r, text)).toEqual(
      FINDINGS_2020.filter((id) => !gone.includes(id))
        .map((id) => id.replace('2020年预算数', '2023年预算数'))
        .sort(),
    );
  });
  it('recognises every table by its title', () => {
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(kinds(r)).toEqual([
      '1 收支总体 部门收支总体情况表',
      '2 收入总体 部门收入总体情况表',
      '3 支出总体 部门支出总体情况表',
      '4 项目支出 项目支出表',
      '5 财政拨款收支总体 财政拨款收支总体情况表',
      '6 一般公共预算支出 一般公共预算支出情况表',
      '7 基本支出 一般公共预算基本支出情况表',
      '8 政府性基金 政府性基金预算支出情况表',
      '9 国有资本经营 国有资本经营预算财政拨款支出表',
      '10 三公 一般公共预算“三公”经费支出情况表',
      '11 政府购买服务 政府购买服务预算表',
      '12 转移支付 上级转移支付细化明细表',
      '13 项目绩效 项目支出绩效目标申报表',
      '14 整体绩效 部门整体支出绩效目标申报表',
    ]);
  });
  it('is its own department and year', () => {
    expect(r.meta).toMatchObject({
      department: '北京市西城区政务服务管理局',
      shortName: '区政务服务局',
      fiscalYear: 2023,
      previousYear: 2022,
      id: 'bjsxcqzwfwglj-2023',
    });
    expect(r.performance.overall!.department).toBe('北京市西城区政务服务管理局');
  });
  it('takes line items from 项目支出表 (project) and 基本支出表 (basic)', () => {
    // Counted in the source: 7-digit functional codes in 表四, 30xxx codes in 表七.
    const count = (from: RegExp, to: RegExp, re: RegExp) => {
      const a = lines.findIndex((l) => from.test(l));
      const b = lines.findIndex((l, i) => i > a && to.test(l));
      return lines.slice(a, b).filter((l) => re.test(l)).length;
    };
    const projects = r.lineItems.filter((i) => i.spending === 'project');
    const basic = r.lineItems.filter((i) => i.spending === 'basic');
    expect(projects).toHaveLength(count(/^\t表四：/, /^\t表五：/, /^\t\d{7}\s*$/));
    expect(basic).toHaveLength(count(/^\t表七：/, /^\t表八：/, /^\t3\d{4}\s*$/));
    expect(projects).toHaveLength(27);
    expect(basic).toHaveLength(33);
    // 表三 总计: 项目支出 87,408,947.32; 基本支出 37,536,202.94 (表六's rows, by hand)
    expect(sum(projects.map((i) => i.amount))).toBe('87408947.32');
    expect(sum(basic.map((i) => i.amount))).toBe('37536202.94');
    expect(item(r, '2023年机要信息中心运维费')).toMatchObject({
      amount: '22175821.60',
      spending: 'project',
      functional: { code: '2069999' },
      source: { table: 4, column: '预算金额' },
    });
    // 表六 30217 公务接待费 22,320.24 as a basic item, no functional code
    const reception = r.lineItems.filter((i) => i.departmentEconomic.code === '30217');
    expect(reception.map((i) => [i.amount, i.functional, i.spending, i.source.table])).toEqual([
      ['22320.24', null, 'basic', 7],
    ]);
    expect(cell(r, '项目支出', label(2, '合计'), '预算金额')).toBe('87408947.32');
  });
  it('names the tables in findings by their 2023 numbers', () => {
    const rule = (id: string) => audited('numbering-2023-rules', r, text).find((f) => f.id === id)?.rule;
    expect(rule('sum:6:总计:合计')).toBe('表七 总计（合计）= 各行之和');
    expect(rule('cross:5:6:基本支出')).toBe('表六 基本支出总计 = 表七 总计');
    expect(rule('form:11:资金总额')).toMatch(/^表十四 资金总额（万元）与表一 收入总计一致/);
    expect(rule('form:12:count')).toBe('申报绩效目标的项目数与表十三公开的项目数');
  });
  it('reads the tables by kind at their 2023 numbers', () => {
    expectFigures2020(r, 2023);
    expect(tableOfKind(r, '三公')!.number).toBe(10);
    expect(tableOfKind(r, '基本支出')!.number).toBe(7);
    expect(tableOfKind(r, '国有资本经营')!.status).toBe('empty');
  });
});

describe('broken files: refused, naming what is missing', () => {
  it('cut inside 表九 (mid-number): incomplete, the missing tables and the cut named', () => {
    const { result: r } = fixture('truncated-in-9');
    expect(r.problems).toEqual([
      '缺少部门整体支出绩效目标申报表（整体绩效）',
      '缺少项目支出绩效目标申报表（项目绩效）',
      '文件在表九（部门预算明细表）之中结束：报表部分以绩效目标申报表结尾，后面的内容缺失（文件可能被截断）',
    ]);
  });
  it('cut inside 表六: the tables after it named missing', () => {
    const { result: r } = fixture('truncated-in-6');
    expect(r.problems).toContain('缺少一般公共预算“三公”经费支出情况表（三公）');
    expect(r.problems).toContain('缺少明细：既没有部门预算明细表，也没有项目支出表');
    expect(r.problems.at(-1)).toMatch(/^文件在表六（一般公共预算基本支出情况表）之中结束/);
  });
  it('a near-empty file is refused with the tables it lacks', () => {
    expect(() => fixture('near-empty')).toThrow(ImportError);
    expect(() => fixture('near-empty')).toThrow(/缺少部门收支总体情况表/);
  });
  it('garbage bytes: refused, naming the encoding it was read as', () => {
    expect(() => fixture('garbage')).toThrow(/按 GB18030 读取.*找不到“第二部分”/);
  });
  it('a row that cannot be placed is a problem, not silence', () => {
    const source = readFileSync(`${DATASET_DIR}/source.txt`, 'utf8');
    const broken = source.replace(
      '\t预留机动费\n\t498647.34 ',
      '\t预留机动费\n\t498647.34 \n\t多出来的格\n\t1.00',
    );
    const r = importBudget(broken, 'broken.txt');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^表九 第 \d+ 行有 \d+ 个单元格，放不进 8 列/);
  });
  it('--allow-partial records the problems in dataset.json', () => {
    const { text } = decodeSource(readFileSync('tests/fixtures/truncated-in-9/source.txt'));
    const r = importBudget(text, 'source.txt', { allowPartial: true });
    expect(r.meta.partial).toEqual(r.problems);
    expect(r.meta.partial).toHaveLength(3);
  });
});

describe('columns found by header name, in any order', () => {
  it('a 表九 whose 预算金额 column comes first gives the same line items', () => {
    const tsv = readFileSync('tests/fixtures/export-tsv/source.txt', 'utf8').split('\n');
    const from = tsv.findIndex((l) => l.startsWith('表九：'));
    const to = tsv.findIndex((l, i) => i > from && l.startsWith('表十：'));
    const moved = tsv.map((l, i) => {
      const cells = l.split('\t');
      if (i <= from || i >= to || cells.length !== 8) return l;
      return [cells[7], ...cells.slice(0, 7)].join('\t');
    });
    expect(moved.find((l) => l.includes('功能分类代码'))).toMatch(/^预算金额\t功能分类代码/);
    const r = importBudget(moved.join('\n'), 'moved.txt');
    expect(r.problems).toEqual([]);
    expect(tableOfKind(r, '部门预算明细')!.columns.map((c) => c.name)).toEqual([
      '功能分类代码',
      '功能分类名称',
      '政府经济分类代码',
      '政府经济分类名称',
      '部门经济分类代码',
      '部门经济分类名称',
      '项目名称',
      '预算金额',
    ]);
    expect(r.lineItems).toHaveLength(60);
    expect(item(r, '2020年机要信息中心运维费').amount).toBe('22175821.60');
    expect(item(r, '预留机动费').amount).toBe('498647.34');
    expect(cell(r, '部门预算明细', label(2, '合计'), '预算金额')).toBe('124945150.26');
  });
});
