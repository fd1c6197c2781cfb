import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditDataset, type Finding } from '../../src/core/kb/audit.js';
import { datasetFiles, importBudget } from '../../src/core/kb/importer.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR, sourceLines } from '../helpers/source.js';

const ds = loadKnowledgeBase(DATASET_DIR).datasets[0]!;
const findings = auditDataset(ds);
const byId = (fs: Finding[], id: string) => {
  const f = fs.find((x) => x.id === id);
  expect(f, id).toBeDefined();
  return f!;
};
const amounts = (f: Finding) => [f.expected.value?.toString() ?? null, f.found.value?.toString() ?? null];

/** Sum of 表六's 合计 column computed from the raw source lines in integer 分 (an independent route). */
function table6SumFen(): bigint {
  const lines = sourceLines();
  const from = lines.findIndex((l) => l.startsWith('\t表六：'));
  const to = lines.findIndex((l) => l.startsWith('\t表七：'));
  let sum = 0n;
  for (let i = from; i < to; i++) {
    // A data row: gov code, gov name, dept code, dept name, then the 合计 amount.
    if (/^\t50\d{3}\s*$/.test(lines[i]!) && /^\t3\d{4}\s*$/.test(lines[i + 2]!)) {
      const [yuan, fen = '00'] = lines[i + 4]!.trim().split('.');
      sum += BigInt(yuan!) * 100n + BigInt(fen.padEnd(2, '0'));
    }
  }
  return sum;
}

/** Every inconsistency the published 2020 document has, each worked out by hand from the source. */
const PUBLISHED: Record<string, [string | null, string | null] | null> = {
  // 表一 lists 一般公共服务支出 at the grand total and 款 names beside 类 rows: Σ rows = 249,890,300.52
  'sum:1:支出': ['249890300.52', '124945150.26'],
  'cross:1:3:一般公共服务支出': ['36804980.38', '124945150.26'],
  // 表六 总计 is printed to one decimal: 37,536,202.9 and 2,849,834.1 against rows summing to …94 and …14
  'sum:6:总计:合计': ['37536202.94', '37536202.9'],
  'sum:6:总计:公用经费': ['2849834.14', '2849834.1'],
  'cross:5:6:基本支出': ['37536202.94', '37536202.9'],
  // 表六 and 表九 disagree per economic code (amounts sit under swapped codes):
  // 30102: 表九 13,215,900 + 507,480 + 1,862,064 = 15,585,444; 表六 13,215,900 + 312,000 + 2,602,570.80 = 16,130,470.80
  'cross:6:9:30102': ['15585444', '16130470.8'],
  'cross:6:9:30103': ['1710000', '507480'],
  'cross:6:9:30113': ['2602570.8', '1862064'],
  // 30199: 表九 405,670 + 312,000 = 717,670; 表六 1,710,000 + 405,670 = 2,115,670
  'cross:6:9:30199': ['717670', '2115670'],
  'name:3:9:2080501': null,
  // 表七 leaves 公务用车购置及运行维护费 2020 blank while its 运行维护费 sub-row has 25,000.00
  'sum:7:车辆:2020年预算数': ['25000', null],
  'narrative:pct:sangong.vehicle': [null, '100'],
  // 182.83 + 13,870 + 1,721.9 = 15,774.73 万元 > 15,753.22 万元
  'narrative:assets:parts': ['15753.22', '15774.73'],
  'narrative:table:sangong.vehicle.current': [null, '25000'],
  // 绩效 text: 项目支出 8,691.03 万元; 表三: 87,408,947.32 元 = 8,740.894732 万元
  'narrative:table:performance.projectTotal': ['87408947.32', '8691.03'],
  'narrative:wording:expenditure': [null, null],
  // 表十一 12,494.51 万元 vs 124,945,150.26 元: off by 50.26 元, beyond half a 0.01 万元 (50 元)
  'form:11:资金总额': ['124945150.26', '12494.51'],
  'form:12:count': ['16', '3'],
  'form:12:unit:project-1': [null, '1610000'],
  'form:12:unit:project-2': [null, '1500000'],
  'form:12:name:project-1': [null, null],
  'form:12:name:project-2': [null, null],
};

describe('audit of the published 2020 document', () => {
  it('reports exactly the inconsistencies the document has', () => {
    expect(findings.map((f) => f.id).sort()).toEqual(Object.keys(PUBLISHED).sort());
  });

  it.each(Object.entries(PUBLISHED).filter(([, v]) => v !== null))(
    '%s: expected and found as worked out by hand',
    (id, v) => {
      expect(amounts(byId(findings, id))).toEqual(v);
    },
  );

  it('agrees with an independent sum of 表六 in integer 分', () => {
    expect(table6SumFen()).toBe(3753620294n);
    expect(byId(findings, 'sum:6:总计:合计').expected.value!.times(100).toFixed(0)).toBe(
      table6SumFen().toString(),
    );
  });

  it('states the difference and both sources of each finding', () => {
    const f = byId(findings, 'sum:6:总计:合计');
    expect(f.difference!.toString()).toBe('-0.04');
    expect(f.found.sources).toEqual([{ kind: 'table', table: 6, row: '总计', column: '合计', line: 1379 }]);
    expect(f.expected.sources).toHaveLength(33);
    const g = byId(findings, 'cross:6:9:30103');
    expect(g.difference!.toString()).toBe('-1202520');
    expect(g.expected.sources[0]).toMatchObject({ table: 9, row: '人员支出（在职统发）_奖金', line: 1567 });
    expect(g.found.sources[0]).toMatchObject({ table: 6, row: '50101/30103 奖金', line: 1129 });
  });

  it('states the rounding tolerance where 万元 meets 元', () => {
    const f = byId(findings, 'form:11:资金总额');
    expect(f.tolerance!.toString()).toBe('50');
    expect(f.difference!.toString()).toBe('-50.26');
    expect(f.severity).toBe('warning');
    // 基本支出 3,753.62 万元 vs 37,536,202.94 元 is within 50 元: no finding.
    expect(findings.find((x) => x.id === 'form:11:基本支出')).toBeUndefined();
  });

  it('checks the narrative arithmetic it finds consistent (no finding for correct changes)', () => {
    for (const id of ['income', 'basic', 'project', 'sangong', 'sangong.reception', 'operating'])
      expect(
        findings.find((f) => f.id === `narrative:change:${id}` || f.id === `narrative:pct:${id}`),
        id,
      ).toBeUndefined();
  });

  it('keeps the figures as published (the audit corrects nothing)', () => {
    const total = ds.tables.find((t) => t.number === 6)!.rows.at(-1)!;
    expect(total.cells[4]).toBe('37536202.9');
  });
});

describe('audit of a second dataset (fixture: another year, some amounts changed)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync('tests/fixtures/xicheng-2021/source.txt', join(dir, 'source.txt'));
  const result = importBudget(readFileSync(join(dir, 'source.txt'), 'utf8'), 'source.txt');
  for (const [name, text] of Object.entries(datasetFiles(result))) writeFileSync(join(dir, name), text);
  const fixture = loadKnowledgeBase(dir).datasets[0]!;
  const fixtureFindings = auditDataset(fixture);

  it('is imported as its own dataset: another fiscal year', () => {
    expect(fixture.meta).toMatchObject({ id: 'bjsxcqrmzfbgs-2021', fiscalYear: 2021, previousYear: 2020 });
    expect(result.warnings).toEqual([]);
  });

  // The fixture's README lists the edits; each one's findings, worked out by hand.
  const INTRODUCED: Record<string, [string, string]> = {
    // 表九 公务接待费 22,320.24 → 22,330.24
    'sum:9:合计': ['124945160.26', '124945150.26'],
    'cross:3:9:2010301': ['25807805.04', '25807815.04'],
    'cross:6:9:30217': ['22330.24', '22320.24'],
    'cross:7:9:公务接待费': ['22330.24', '22320.24'],
    // narrative 减少3,957.76 where 22,320.24 − 26,268.00 = −3,947.76
    'narrative:change:sangong.reception': ['-3947.76', '-3957.76'],
    // 离退休 92 vs 离休 1 + 退休 90
    'narrative:staffing:retired': ['91', '92'],
  };

  it('reports exactly the inconsistencies the fixture contains: the published ones plus the introduced ones', () => {
    const carried = Object.keys(PUBLISHED).map((id) => id.replace('2020年预算数', '2021年预算数'));
    expect(fixtureFindings.map((f) => f.id).sort()).toEqual([...carried, ...Object.keys(INTRODUCED)].sort());
  });

  it.each(Object.entries(INTRODUCED))('%s: expected and found as worked out by hand', (id, v) => {
    expect(amounts(byId(fixtureFindings, id))).toEqual(v);
  });
});
