import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFiles, importBudget } from '../../src/core/kb/importer.js';
import { loadKnowledgeBase, type Dataset } from '../../src/core/kb/loader.js';
import { DATASET_FILES } from '../../src/core/kb/schema.js';
import { compactRange, DATASET_DIR, SOURCE_FILE, sourceLines } from '../helpers/source.js';

const lines = sourceLines();
const ds: Dataset = loadKnowledgeBase(DATASET_DIR).datasets[0]!;
const table = (n: number) => ds.tables.find((t) => t.number === n)!;

/** A cell by row predicate and column name, with the row's line range. */
function cell(n: number, match: (cells: (string | null)[]) => boolean, column: string) {
  const t = table(n);
  const rows = t.rows.filter((r) => match(r.cells));
  expect(rows, `表${n}: exactly one row should match`).toHaveLength(1);
  const c = t.columns.findIndex((x) => x.name === column);
  expect(c, `表${n} has column ${column}`).toBeGreaterThanOrEqual(0);
  return { value: rows[0]!.cells[c] ?? null, line: rows[0]!.line, endLine: rows[0]!.endLine };
}

const code = (c: string) => (cells: (string | null)[]) => cells[0] === c;
const label = (col: number, text: string) => (cells: (string | null)[]) =>
  (cells[col] ?? '').replace(/[\s：:]/g, '') === text;
const t6 = (deptCode: string, amount: string) => (cells: (string | null)[]) =>
  cells[2] === deptCode && cells[4] === amount;

/** Independent count: source lines between two table headings that match a pattern. */
function countLines(fromHeading: RegExp, toHeading: RegExp, pattern: RegExp): number {
  const from = lines.findIndex((l) => fromHeading.test(l));
  const to = lines.findIndex((l, i) => i > from && toHeading.test(l));
  return lines.slice(from, to).filter((l) => pattern.test(l)).length;
}

describe('importer on the published 2020 document', () => {
  it('reproduces the committed knowledge base byte for byte', () => {
    const files = datasetFiles(importBudget(readFileSync(SOURCE_FILE, 'utf8'), SOURCE_FILE));
    for (const name of Object.keys(DATASET_FILES) as (keyof typeof DATASET_FILES)[]) {
      expect(files[name], name).toBe(readFileSync(`${DATASET_DIR}/${name}`, 'utf8'));
    }
  });

  it('reads the department and fiscal year from the document', () => {
    expect(ds.meta.department).toBe('北京市西城区人民政府办公室');
    expect(ds.meta.shortName).toBe('区政府办公室');
    expect(ds.meta.fiscalYear).toBe(2020);
    expect(ds.meta.previousYear).toBe(2019);
    expect(ds.meta.id).toBe('bjsxcqrmzfbgs-2020');
  });

  it('holds all twelve tables with their numbers and titles', () => {
    expect(ds.tables.map((t) => `${t.number} ${t.title}`)).toEqual([
      '1 部门收支总体情况表',
      '2 部门收入总体情况表',
      '3 部门支出总体情况表',
      '4 财政拨款收支总体情况表',
      '5 一般公共预算支出情况表',
      '6 一般公共预算基本支出情况表',
      '7 一般公共预算“三公”经费支出情况表',
      '8 政府性基金预算支出情况表',
      '9 部门预算明细表',
      '10 专项转移支付预算表',
      '11 部门整体支出绩效目标申报表',
      '12 项目支出绩效目标申报表',
    ]);
  });

  it('records 表八 and 表十 as published-empty, the others as published', () => {
    expect(ds.tables.filter((t) => t.status === 'empty').map((t) => t.number)).toEqual([8, 10]);
  });

  it('counts the rows of every table as the source has them', () => {
    const code3to7 = /^\t\d{3}(\d{2}){0,2}\s*$/;
    // Coded rows counted straight from the source lines, plus each table's 总计/合计 row.
    expect(table(2).rows).toHaveLength(countLines(/^\t表二：/, /^\t表三：/, code3to7) + 1);
    expect(table(3).rows).toHaveLength(countLines(/^\t表三：/, /^\t表四：/, code3to7) + 1);
    expect(table(5).rows).toHaveLength(countLines(/^\t表五：/, /^\t表六：/, code3to7) + 1);
    expect(table(6).rows).toHaveLength(countLines(/^\t表六：/, /^\t表七：/, /^\t50\d{3}\s*$/) + 1);
    expect(table(9).rows).toHaveLength(countLines(/^表九：/, /^\t表十：/, /^\t\d{7}\s*$/) + 1);
    // Counted by hand from the source: rows with any text (blank padding rows are not data).
    expect(table(2).rows).toHaveLength(25);
    expect(table(6).rows).toHaveLength(34);
    expect(table(9).rows).toHaveLength(61);
    expect(table(1).rows).toHaveLength(15);
    expect(table(4).rows).toHaveLength(9);
    expect(table(7).rows).toHaveLength(6);
    expect(ds.lineItems).toHaveLength(60);
  });

  it('gives every row exactly one cell per column', () => {
    for (const t of ds.tables) for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
  });

  it('keeps an empty cell empty (null), distinct from a published 0.00', () => {
    // 表三 208 社会保障和就业支出: 项目支出 cell is blank; 表五 publishes 0.00 for the same cell.
    expect(cell(3, code('208'), '项目支出').value).toBeNull();
    expect(cell(5, code('208'), '项目支出').value).toBe('0.00');
    // 表六 30216 培训费: 人员经费 blank, 公用经费 116280.00 (a row broken across lines in the export).
    expect(cell(6, t6('30216', '116280.00'), '人员经费').value).toBeNull();
    expect(cell(6, t6('30216', '116280.00'), '公用经费').value).toBe('116280.00');
    expect(cell(7, label(0, '1、因公出国（境）费'), '2020年预算数').value).toBeNull();
  });

  // Figures read off the source by hand: [table, row, column, expected as published].
  const figures: [number, (cells: (string | null)[]) => boolean, string, string | null][] = [
    [1, label(0, '收入总计'), '收入金额', '124945150.26'],
    [1, label(2, '本年支出合计'), '支出金额', '124945150.26'],
    [1, label(2, '科学技术支出'), '支出金额', '76411771.98'],
    [1, label(2, '住房保障支出'), '支出金额', '4464634.80'],
    [1, label(2, '一般公共服务支出'), '支出金额', '124945150.26'],
    [2, code('2010301'), '合计', '25807805.04'],
    [2, code('2080505'), '一般公共预算拨款收入', '2740494.40'],
    [2, code('2101199'), '合计', '90000.00'],
    [2, label(1, '总计'), '合计', '124945150.26'],
    [3, code('201'), '项目支出', '10997175.34'],
    [3, code('201'), '基本支出', '25807805.04'],
    [3, code('2010302'), '项目支出', '500425.34'],
    [3, code('2050803'), '基本支出', '116280.00'],
    [3, label(1, '总计'), '基本支出', '37536202.94'],
    [3, label(1, '总计'), '项目支出', '87408947.32'],
    [4, label(0, '一、本年收入'), '收入预算金额', '124945150.26'],
    [4, label(2, '（三）科学技术支出'), '支出预算金额', '76411771.98'],
    [4, label(2, '支出总计'), '支出预算金额', '124945150.26'],
    [5, code('2069999'), '项目支出', '76411771.98'],
    [5, code('2210203'), '合计', '1862064.00'],
    [5, code('2080506'), '基本支出', '1370247.20'],
    [6, t6('30217', '22320.24'), '公用经费', '22320.24'],
    [6, t6('30229', '385776.00'), '合计', '385776.00'],
    [6, t6('30301', '183659.80'), '人员经费', '183659.80'],
    [6, t6('30239', '979200.00'), '人员经费', '979200.00'],
    [6, label(3, '总计'), '合计', '37536202.9'],
    [6, label(3, '总计'), '人员经费', '34686368.8'],
    [6, label(3, '总计'), '公用经费', '2849834.1'],
    [7, label(0, '2、公务接待费'), '2020年预算数', '22320.24'],
    [7, label(0, '2、公务接待费'), '2019年预算数', '26268.00'],
    [7, label(0, '公务用车运行维护费'), '2020年预算数', '25000.00'],
    [7, label(0, '总计'), '2020年预算数', '47320.24'],
    [7, label(0, '总计'), '2019年预算数', '26268.00'],
    [9, label(6, '2020年机要信息中心运维费'), '预算金额', '22175821.60'],
    [9, label(6, '2020年西城区软件正版化采购项目'), '预算金额', '15619343.00'],
    [9, label(6, '预留机动费'), '预算金额', '498647.34'],
    [9, label(6, '政府办更新、新购办公设备'), '预算金额', '1778.00'],
    [9, label(6, '公共安全图像以前年度尾款'), '预算金额', '492910.75'],
    [9, label(6, '2018年无线网络租赁费'), '预算金额', '5210515.10'],
    [9, label(6, '2019年无线网络租赁费'), '预算金额', '5750000.00'],
    [9, label(6, '对个人和家庭补助支出（离休统发）_其他对个人和家庭的补助'), '预算金额', '3960.00'],
    [9, label(2, '合计'), '预算金额', '124945150.26'],
  ];

  it.each(figures)('表%i: figure at its provenance matches the source', (n, match, column, expected) => {
    const c = cell(n, match, column);
    expect(c.value).toBe(expected);
    if (expected !== null) expect(compactRange(lines, c.line, c.endLine)).toContain(expected);
  });

  // Narrative figures read off the source by hand: [fact id, value, unit, source line].
  const facts: [string, string, string, number][] = [
    ['staffing.行政编制', '74', '人', 24],
    ['staffing.事业编制', '25', '人', 24],
    ['staffing.工勤编制', '17', '人', 24],
    ['staffing.实有', '116', '人', 24],
    ['staffing.临时工', '4', '人', 24],
    ['staffing.离退休', '92', '人', 26],
    ['staffing.离休', '1', '人', 26],
    ['staffing.退休', '91', '人', 26],
    ['department.internalDivisions', '13', '个', 5],
    ['department.affiliatedUnits', '2', '个', 5],
    ['income.previous', '119566657.39', '元', 31],
    ['income.changePct', '4.5', '%', 31],
    ['basic.previous', '42033330.36', '元', 40],
    ['basic.change', '-4497127.42', '元', 40],
    ['project.change', '9875620.29', '元', 44],
    ['sangong.current', '47320.24', '元', 52],
    ['sangong.changePct', '80.14', '%', 52],
    ['sangong.abroad.current', '0', '元', 54],
    ['sangong.reception.change', '-3947.76', '元', 56],
    ['sangong.reception.changePct', '-15.03', '%', 56],
    ['sangong.vehicle.count', '1', '辆', 58],
    ['sangong.vehicle.operation.current', '25000.00', '元', 58],
    ['sangong.vehicle.previous', '0', '元', 60],
    ['operating.current', '2351333.1', '元', 65],
    ['operating.changePct', '-17.73', '%', 65],
    ['procurement.projectCount', '8', '个', 69],
    ['procurement.amount', '25069065.8', '元', 69],
    ['purchaseServices.projectCount', '0', '个', 73],
    ['performance.projectCount', '16', '项', 77],
    ['performance.amount', '8322.36', '万元', 77],
    ['performance.projectTotal', '8691.03', '万元', 77],
    ['performance.share', '95.8', '%', 77],
    ['performance.evaluation.score', '86.03', '分', 79],
    ['assets.total', '15753.22', '万元', 84],
    ['assets.vehicles.count', '5', '辆', 84],
    ['assets.vehicles.amount', '182.83', '万元', 84],
    ['assets.generalEquipment', '13870', '万元', 84],
    ['assets.specialEquipment', '1721.9', '万元', 84],
    ['assets.planned.vehicles.count', '0', '台', 85],
  ];

  it.each(facts)('narrative %s = %s %s, quoted from line %i', (id, value, unit, line) => {
    const f = ds.narrative.facts.find((x) => x.id === id);
    expect(f, id).toBeDefined();
    expect(f!.value.equals(value)).toBe(true);
    expect(f!.unit).toBe(unit);
    expect(f!.source.line).toBe(line);
    expect(lines[line - 1]).toContain(f!.source.quote);
  });

  it('keeps the stated reasons', () => {
    const text = (id: string) => ds.narrative.statements.find((s) => s.id === id)?.text;
    expect(text('income.reason')).toBe('工作需要项目预算资金有所增加');
    expect(text('basic.reason')).toBe('2020年人员减少、公务经费减少等');
    expect(text('project.reason')).toBe('工作内容调整所致');
    expect(text('sangong.reception.reason')).toBe('在职人员减少');
    expect(text('sangong.vehicle.reason')).toBe('科协的一辆科普大篷车');
    expect(text('operating.reason')).toBe('人员减少，计提基数减少');
    expect(text('performance.evaluation.grade')).toBe('良好');
    expect(text('sangong.units')).toBe('区政府办公室、区外联办、区科协');
    // The 三公 total has no reason of its own in the text: none is invented.
    expect(text('sangong.reason')).toBeUndefined();
  });

  it('reads the ten responsibilities and the five glossary entries', () => {
    expect(ds.narrative.responsibilities).toHaveLength(10);
    expect(ds.narrative.responsibilities[2]!.text).toBe('负责区政府会议的会务组织工作。');
    expect(ds.glossary.map((g) => g.term)).toEqual([
      '行政运行经费',
      '三公经费',
      '因公出国（境）费',
      '公务用车购置及运行费',
      '公务接待费',
    ]);
    expect(ds.glossary.find((g) => g.term === '公务接待费')!.parent).toBe('三公经费');
  });

  it('classifies functional codes 类/款/项 with parents two digits shorter', () => {
    const f = (c: string) => ds.classifications.functional.find((x) => x.code === c)!;
    expect(ds.classifications.functional).toHaveLength(24);
    expect(f('2010301')).toMatchObject({ name: '行政运行', level: '项', parent: '20103' });
    expect(f('20103')).toMatchObject({ name: '政府办公厅（室）及相关机构事务', level: '款', parent: '201' });
    expect(f('206')).toMatchObject({ name: '科学技术支出', level: '类', parent: null });
    for (const c of ds.classifications.functional) if (c.parent) expect(f(c.parent), c.code).toBeDefined();
  });

  it('names government (50xxx) and departmental (30xxx) economic codes', () => {
    const e = (c: string) => ds.classifications.economic.find((x) => x.code === c)!;
    expect(e('30217')).toMatchObject({
      name: '公务接待费',
      scheme: 'department',
      parent: '302',
      origin: 'document',
    });
    expect(e('50206')).toMatchObject({ name: '公务接待费', scheme: 'government', parent: '502' });
    expect(e('31099')).toMatchObject({ name: '其他资本性支出', scheme: 'department', parent: '310' });
    expect(e('302')).toMatchObject({ name: '商品和服务支出', origin: 'standard' });
  });

  it('links each 表九 line item to its three codes', () => {
    const item = ds.lineItems.find((i) => i.name === '日常公用支出（在职人员）_公务接待费')!;
    expect(item.functional).toEqual({ code: '2010301', name: '行政运行' });
    expect(item.governmentEconomic).toEqual({ code: '50206', name: '公务接待费' });
    expect(item.departmentEconomic).toEqual({ code: '30217', name: '公务接待费' });
    expect(item.amount.toFixed(2)).toBe('22320.24');
    expect(item.spending).toBe('basic');
    const project = ds.lineItems.find((i) => i.name === '2020年机要信息中心运维费')!;
    expect(project.spending).toBe('project');
    // 基本 line items sum to 表三's 基本支出 total, 项目 ones to its 项目支出 total.
    const sumOf = (k: 'basic' | 'project') =>
      ds.lineItems
        .filter((i) => i.spending === k)
        .reduce((s, i) => s.plus(i.amount), item.amount.minus(item.amount));
    expect(sumOf('basic').toFixed(2)).toBe('37536202.94');
    expect(sumOf('project').toFixed(2)).toBe('87408947.32');
  });

  it('reads 表十一: department, head, funding in 万元', () => {
    const o = ds.performance.overall!;
    expect(o.department).toBe('北京市西城区人民政府办公室');
    expect(o.head).toBe('桑硼飞');
    expect(o.phone).toBe('88064905');
    expect(o.funding.map((f) => [f.label, f.value.toString(), f.unit])).toEqual([
      ['资金总额', '12494.51', '万元'],
      ['基本支出', '3753.62', '万元'],
      ['项目支出', '8740.89', '万元'],
      ['其他', '0', '万元'],
    ]);
    expect(o.indicators.map((i) => i.level2)).toContain('产出数量指标');
    expect(o.indicators.find((i) => i.level2 === '产出进度指标')!.content).toContain('2.信息化项目具体进度');
  });

  it('reads every 表十二 project: owner, phone, unit, funding, goals and indicators', () => {
    const p = (name: string) => ds.performance.projects.find((x) => x.name === name)!;
    expect(ds.performance.catalog.map((c) => c.name)).toEqual([
      '服务联络办工作经费',
      '西城区2020年政府绩效管理项目',
      '通讯指挥中心运维费',
    ]);
    expect(ds.performance.projects).toHaveLength(3);
    expect(p('西城区2020年政府绩效管理项目')).toMatchObject({
      owner: '祝文婷',
      phone: '88064058',
      implementingUnit: '西城区政府办（绩效科）',
      attribute: '延续项目',
      period: '1年',
    });
    expect(p('服务联络办工作经费')).toMatchObject({ owner: '董立', phone: '88064715' });
    expect(p('通讯指挥中心运维费')).toMatchObject({
      owner: '荣昊岩',
      phone: '88064285',
      implementingUnit: null,
    });
    const f = p('通讯指挥中心运维费').funding.find((x) => x.label === '年度资金总额')!;
    expect([f.value.toString(), f.unit, f.published]).toEqual(['178.4', '万元', '178.4万元']);
    // A bare 1610000 in a 万元 field is read as 元, and the reading is explained.
    const g = p('西城区2020年政府绩效管理项目').funding.find((x) => x.label === '年度资金总额')!;
    expect([g.value.toString(), g.unit]).toEqual(['1610000', '元']);
    expect(g.unitNote).toMatch(/万元.*按“元”读取/);
    const ind = p('西城区2020年政府绩效管理项目').indicators;
    expect(ind.map((i) => `${i.level1}/${i.level2}/${i.level3}`)).toEqual([
      '产出指标/数量指标/指标1',
      '产出指标/数量指标/指标2',
      '产出指标/数量指标/指标3',
      '产出指标/质量指标/指标1',
      '产出指标/进度指标/指标1',
      '产出指标/成本指标/指标1',
      '效果指标/效益指标/指标1',
    ]);
    expect(ind[5]!.content).toContain('2020年度预算金额161万');
    expect(p('服务联络办工作经费').indicators).toHaveLength(11);
    expect(p('服务联络办工作经费').annualGoal).toContain('目标1：聚焦精准帮扶');
  });
});

describe('importer on malformed input', () => {
  const source = readFileSync(SOURCE_FILE, 'utf8');

  it('reports a row it cannot place with file, line and text, and carries on', () => {
    // A 表九 row given a ninth cell cannot fit eight columns.
    const broken = source.replace(
      '\t预留机动费\n\t498647.34 ',
      '\t预留机动费\n\t498647.34 \n\t多出来的格\n\t1.00',
    );
    const r = importBudget(broken, 'broken.txt');
    const w = r.warnings.find((x) => x.text.includes('预留机动费'));
    expect(w).toMatchObject({ file: 'broken.txt', reason: expect.stringContaining('cannot be placed') });
    expect(w!.line).toBeGreaterThan(1700);
    expect(r.lineItems.find((i) => i.name === '预留机动费')).toBeUndefined();
    expect(r.lineItems).toHaveLength(59);
  });

  it('refuses a text that is not a budget export', () => {
    expect(() => importBudget('hello\nworld\n', 'x.txt')).toThrow(/第二部分/);
  });

  it('never invents a figure the text does not state', () => {
    const noReason = source.replace('主要原因是工作内容调整所致。', '');
    const r = importBudget(noReason, 'x.txt');
    expect(r.narrative.statements.find((s) => s.id === 'project.reason')).toBeUndefined();
    expect(r.narrative.facts.find((f) => f.id === 'project.current')!.value).toBe('87408947.32');
  });
});
