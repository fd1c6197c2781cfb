/** Two years of one department side by side: both load, and their line items pair by code and name. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparableName, pairLineItems, previousYearOf } from '../../src/core/kb/compare.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';
import { EDITED_2021, importInto, SOURCE_2021 } from '../helpers/two-years.js';

const tmp = mkdtempSync(join(tmpdir(), 'compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function importClean(dir: string, text: string) {
  expect(importInto(dir, text).problems).toEqual([]);
}

const source2021 = SOURCE_2021;

describe('two years of one department', () => {
  const kbDir = join(tmp, 'kb');
  cpSync(DATASET_DIR, join(kbDir, 'bjsxcqrmzfbgs-2020'), { recursive: true });
  importClean(join(kbDir, 'bjsxcqrmzfbgs-2021'), source2021);
  const kb = loadKnowledgeBase(kbDir);
  const [y2020, y2021] = kb.datasets;

  it('load side by side, the later one knowing its previous year', () => {
    expect(kb.datasets.map((d) => `${d.meta.id} ${d.meta.fiscalYear}`)).toEqual([
      'bjsxcqrmzfbgs-2020 2020',
      'bjsxcqrmzfbgs-2021 2021',
    ]);
    expect(previousYearOf(kb, y2021!)).toBe(y2020);
    expect(previousYearOf(kb, y2020!)).toBeUndefined();
  });

  it('pair every item of the same layout, years in names aside, unchanged', () => {
    const pairs = pairLineItems(y2020!.lineItems, y2021!.lineItems);
    expect(pairs).toHaveLength(60);
    expect(pairs.every((p) => p.kind === 'same' && p.change!.isZero())).toBe(true);
    const p = pairs.find((x) => x.current!.name === '2021年机要信息中心运维费')!;
    expect(p.previous!.name).toBe('2020年机要信息中心运维费');
    expect(p.previous!.amount.toFixed(2)).toBe('22175821.60');
  });
});

describe('pairing notes a changed code, a changed name and a changed amount', () => {
  // 2021 edited: 软件正版化 moved from 50399/31099 to 50303/31003; 预留机动费 renamed 预留机动经费;
  // 机要信息中心运维费 22,175,821.60 → 22,185,821.60 (+10,000.00).
  const edited = EDITED_2021;
  const dir = join(tmp, 'edited');
  importClean(dir, edited);
  const [y2020] = loadKnowledgeBase(DATASET_DIR).datasets;
  const [y2021] = loadKnowledgeBase(dir).datasets;
  const pairs = pairLineItems(y2020!.lineItems, y2021!.lineItems);
  const byCurrent = (name: string) => pairs.find((p) => p.current?.name === name)!;

  it('the code change', () => {
    const p = byCurrent('2021年西城区软件正版化采购项目');
    expect(p.kind).toBe('code-changed');
    expect(p.notes).toEqual(['政府经济分类 50399 → 50303', '部门经济分类 31099 → 31003']);
    expect(p.change!.toFixed(2)).toBe('0.00');
  });
  it('the rename', () => {
    const p = byCurrent('预留机动经费');
    expect(p.kind).toBe('renamed');
    expect(p.previous!.name).toBe('预留机动费');
    expect(p.notes).toEqual(['名称“预留机动费”→“预留机动经费”']);
    expect(p.previous!.amount.toFixed(2)).toBe('498647.34');
  });
  it('the amount change', () => {
    const p = byCurrent('2021年机要信息中心运维费');
    expect(p.kind).toBe('same');
    expect(p.change!.toFixed(2)).toBe('10000.00');
  });
  it('every other item pairs unchanged; none stands alone', () => {
    expect(pairs).toHaveLength(60);
    expect(pairs.filter((p) => p.kind === 'same')).toHaveLength(58);
    expect(pairs.filter((p) => p.kind === 'same' && !p.change!.isZero())).toHaveLength(1);
  });
  it('compares names without their years', () => {
    expect(comparableName('2019年无线网络租赁费')).toBe('无线网络租赁费');
    expect(comparableName('西城区2020年度政府绩效管理项目')).toBe('西城区政府绩效管理项目');
  });
});
