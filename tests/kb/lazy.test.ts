/**
 * Lazy datasets: the catalog at start, a dataset loaded (validated, checked against source.txt) on first
 * use, LRU eviction under a memory budget. Figures are the source documents' (bundled 2020 表七:
 * 公务接待费 22,320.24 元).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CATALOG_FILE,
  CatalogSchema,
  isCatalog,
  openKnowledgeBase,
  writeCatalog,
} from '../../src/core/answer/catalog.js';
import { createEngine } from '../../src/core/answer/engine.js';
import { LazyDataset } from '../../src/core/kb/lazy.js';
import { importFixture2021 } from '../helpers/fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'lazy-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** data/ and the 2021 fixture side by side, each with its catalog.json. */
function twoDatasets(name: string): { dir: string; ids: string[] } {
  const dir = join(scratch, name);
  cpSync('data', dir, { recursive: true });
  const fixture = importFixture2021();
  const id = (JSON.parse(readFileSync(join(fixture, 'dataset.json'), 'utf8')) as { id: string }).id;
  cpSync(fixture, join(dir, id), { recursive: true });
  writeCatalog(join(dir, id));
  return { dir, ids: ['bjsxcqrmzfbgs-2020', id] };
}

describe('lazy datasets', () => {
  it('the bundled catalog.json is what the importer writes for the bundled document', () => {
    const dir = join(scratch, 'bundled');
    cpSync('data/bjsxcqrmzfbgs-2020', dir, { recursive: true });
    const committed = readFileSync(join(dir, CATALOG_FILE), 'utf8');
    writeCatalog(dir);
    expect(readFileSync(join(dir, CATALOG_FILE), 'utf8')).toBe(committed);
  });

  it('opens the catalog without loading anything, and an answer loads only its own dataset', () => {
    const { dir, ids } = twoDatasets('two');
    const kb = openKnowledgeBase(dir);
    expect(kb.datasets.map((d) => d.meta.id).sort()).toEqual([...ids].sort());
    expect(kb.datasets.every((d) => d instanceof LazyDataset && !d.isLoaded)).toBe(true);
    const engine = createEngine(kb);
    expect(engine.datasets.map((d) => d.id).sort()).toEqual([...ids].sort());
    const a = engine.answer('公务接待费是多少', { datasetId: 'bjsxcqrmzfbgs-2020' });
    expect(a.lines.join('\n')).toContain('22,320.24 元');
    const loaded = kb.datasets.filter((d) => (d as LazyDataset).isLoaded).map((d) => d.meta.id);
    expect(loaded).toEqual(['bjsxcqrmzfbgs-2020']);
  });

  it('drops the least recently used dataset beyond the budget, and reloads it with the same answer', () => {
    const { dir } = twoDatasets('budget');
    const kb = openKnowledgeBase(dir, { budgetMb: 0 });
    const engine = createEngine(kb);
    const [a, b] = kb.datasets as LazyDataset[];
    const first = engine.answer('公务接待费是多少', { datasetId: a!.meta.id });
    engine.answer('公务接待费是多少', { datasetId: b!.meta.id });
    // Two stay resident (one answer may use a year and the year before); a third evicts the oldest.
    expect(kb.store.resident).toEqual([a, b]);
    const third = new LazyDataset(a!.dir, a!.meta, a!.catalog, kb.store);
    third.load();
    expect(a!.isLoaded).toBe(false);
    expect(kb.store.evictions).toBe(1);
    const again = engine.answer('公务接待费是多少', { datasetId: a!.meta.id });
    expect(again.lines).toEqual(first.lines);
    expect(a!.isLoaded).toBe(true);
  });

  it('an edited figure in a dataset loaded later stops that dataset: file, JSON path and reason', () => {
    const { dir, ids } = twoDatasets('edited');
    // Same length, so the catalog still matches by size: the load itself must catch it.
    const file = join(dir, 'bjsxcqrmzfbgs-2020', 'tables.json');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"22320.24"');
    writeFileSync(file, text.replace('"22320.24"', '"22320.25"'));
    const engine = createEngine(openKnowledgeBase(dir));
    const other = engine.answer('公务接待费是多少', { datasetId: ids[1] });
    expect(other.kind).not.toBe('not_found');
    const a = engine.answer('公务接待费是多少', { datasetId: 'bjsxcqrmzfbgs-2020' });
    expect(a.title).toBe('这份预算的数据无法加载');
    expect(a.lines[0]).toMatch(
      /^无法加载知识库 \(cannot load the knowledge base\): .*tables\.json \$\.tables\[\d+\]\.rows\[\d+\]\.cells\[\d+\]: 数据与原文不一致 .*22320\.25 与原文不符：source\.txt 第 1251/,
    );
    expect(a.figures).toEqual([]);
  });

  it('a dataset without a matching catalog.json is loaded at open, so bad data stops the start', () => {
    const { dir } = twoDatasets('stale');
    const file = join(dir, 'bjsxcqrmzfbgs-2020', 'tables.json');
    writeFileSync(
      file,
      JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))).replace('"22320.24"', '"1.00"'),
    );
    expect(() => openKnowledgeBase(dir)).toThrow(
      /tables\.json \$\.tables\[\d+\]\.rows\[\d+\]\.cells\[\d+\]: 数据与原文不一致 .*1\.00 与原文不符：source\.txt 第 1251/,
    );
  });

  it.each([
    ['the bundled catalog', (c: Record<string, unknown>) => c],
    ['another version', (c: Record<string, unknown>) => ({ ...c, version: 2 })],
    ['a size that is not a count', (c: Record<string, unknown>) => ({ ...c, bytes: { 'tables.json': -1 } })],
    ['a name that is not a string', (c: Record<string, unknown>) => ({ ...c, known: ['公务接待费', 3] })],
    ['no year names', (c: Record<string, unknown>) => ({ ...c, yearNames: undefined })],
    ['an array', () => []],
    ['null', () => null],
  ])('the catalog check by hand agrees with CatalogSchema: %s', (_, edit) => {
    const c = edit(
      JSON.parse(readFileSync(join('data/bjsxcqrmzfbgs-2020', CATALOG_FILE), 'utf8')) as Record<
        string,
        unknown
      >,
    );
    expect(isCatalog(c)).toBe(CatalogSchema.safeParse(c).success);
  });
});
