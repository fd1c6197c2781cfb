import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KbLoadError, loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of the bundled dataset in a temp folder, optionally edited. */
function copy(edit?: (dir: string) => void, name = 'ds'): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'kb-'));
  temps.push(root);
  const dir = join(root, name);
  cpSync(DATASET_DIR, dir, { recursive: true });
  edit?.(dir);
  return { root, dir };
}

function editJson(dir: string, file: string, f: (j: Record<string, unknown>) => void): void {
  const path = join(dir, file);
  const j = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  f(j);
  writeFileSync(path, JSON.stringify(j, null, 2));
}

function loadError(dir: string): KbLoadError {
  try {
    loadKnowledgeBase(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(KbLoadError);
    return e as KbLoadError;
  }
  throw new Error('expected the load to fail');
}

type Items = { items: { id: string; amount: unknown; functional: { code: string } }[] };
type Tables = { tables: { rows: { cells: unknown[] }[] }[] };

describe('loading the knowledge base', () => {
  it('loads a single dataset folder and a folder of datasets alike', () => {
    expect(loadKnowledgeBase(DATASET_DIR).datasets.map((d) => d.meta.id)).toEqual(['bjsxcqrmzfbgs-2020']);
    expect(loadKnowledgeBase('data').datasets.map((d) => d.meta.id)).toEqual(['bjsxcqrmzfbgs-2020']);
  });

  it.each([
    [
      'malformed JSON',
      (d: string) => appendFileSync(join(d, 'tables.json'), '}{'),
      'tables.json',
      '',
      /JSON 格式错误/,
    ],
    [
      'an amount written as a JSON number',
      (d: string) =>
        editJson(d, 'line-items.json', (j) => ((j as unknown as Items).items[14]!.amount = 22320.24)),
      'line-items.json',
      '$.items[14].amount',
      /expected string/i,
    ],
    [
      'an amount with thousands separators',
      (d: string) =>
        editJson(d, 'line-items.json', (j) => ((j as unknown as Items).items[0]!.amount = '4,868,040.00')),
      'line-items.json',
      '$.items[0].amount',
      /decimal string/,
    ],
    [
      'text in an amount column',
      (d: string) =>
        editJson(d, 'tables.json', (j) => ((j as unknown as Tables).tables[5]!.rows[0]!.cells[4] = 'abc')),
      'tables.json',
      '$.tables[5].rows[0].cells[4]',
      /column "合计" holds amounts/,
    ],
    [
      'a row with a missing cell',
      (d: string) =>
        editJson(d, 'tables.json', (j) => (j as unknown as Tables).tables[2]!.rows[3]!.cells.pop()),
      'tables.json',
      '$.tables[2].rows[3].cells',
      /expected 8 cells/,
    ],
    [
      'a schema field missing',
      (d: string) => editJson(d, 'dataset.json', (j) => delete j['fiscalYear']),
      'dataset.json',
      '$.fiscalYear',
      /expected number/i,
    ],
    [
      'a duplicate id',
      (d: string) => editJson(d, 'line-items.json', (j) => ((j as unknown as Items).items[1]!.id = 't9-1')),
      'line-items.json',
      '$.items[1].id',
      /重复的 id "t9-1"/,
    ],
    [
      'a code that resolves nowhere',
      (d: string) =>
        editJson(
          d,
          'line-items.json',
          (j) => ((j as unknown as Items).items[2]!.functional.code = '2999999'),
        ),
      'line-items.json',
      '$.items[2].functional.code',
      /2999999 不在 classifications.json 中/,
    ],
    ['a missing file', (d: string) => rmSync(join(d, 'glossary.json')), 'glossary.json', '', /文件缺失/],
    ['a missing source.txt', (d: string) => rmSync(join(d, 'source.txt')), 'source.txt', '', /文件缺失/],
    [
      'a source.txt edited after import',
      (d: string) => appendFileSync(join(d, 'source.txt'), '\n改动'),
      'dataset.json',
      '$.source.sha256',
      /重新运行 npm run import/,
    ],
  ])('stops on %s, naming the file, the JSON path and the reason', (_what, edit, file, path, reason) => {
    const { dir } = copy(edit);
    const e = loadError(dir);
    expect(e.file.endsWith(file)).toBe(true);
    expect(e.path).toBe(path);
    expect(e.reason).toMatch(reason);
    expect(e.message).toContain(file);
    expect(e.message).toContain(path);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('never loads part of a folder: one bad dataset stops the whole load', () => {
    const { root } = copy(undefined, 'a-good');
    const bad = join(root, 'b-bad');
    cpSync(DATASET_DIR, bad, { recursive: true });
    editJson(bad, 'dataset.json', (j) => (j['id'] = 'other-2020'));
    editJson(bad, 'narrative.json', (j) => ((j['facts'] as { value: unknown }[])[0]!.value = 1.5));
    const e = loadError(root);
    expect(e.file).toContain('b-bad');
    expect(e.path).toBe('$.facts[0].value');
  });

  it('refuses two datasets with the same id', () => {
    const { root } = copy(undefined, 'one');
    cpSync(DATASET_DIR, join(root, 'two'), { recursive: true });
    expect(loadError(root).reason).toMatch(/bjsxcqrmzfbgs-2020" 与 .*one 重复/);
  });

  it('says so when a folder holds no dataset, or does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-'));
    temps.push(root);
    mkdirSync(join(root, 'empty'));
    expect(loadError(root).reason).toMatch(/没有找到数据集/);
    expect(loadError(join(root, 'nope')).reason).toMatch(/数据目录不存在/);
  });
});

// Every cited figure is checked against the line of source.txt it cites: an edited figure stops the load
// with the file, the JSON path and both readings.
describe('integrity of the data against its source at load', () => {
  type Json = Record<string, unknown> & {
    tables: { number: number; rows: { line: number; cells: (string | null)[] }[] }[];
    items: { name: string; amount: string }[];
    facts: { id: string; value: string }[];
    projects: { funding: { value: string }[] }[];
  };
  const edit = (file: string, f: (j: Json) => void) => (d: string) =>
    editJson(d, file, (j) => f(j as unknown as Json));

  it.each([
    [
      '表七 公务接待费 2020年预算数 22320.24 → 22320.25 (source line 1402 says 22,320.24)',
      edit('tables.json', (j) => {
        const row = j.tables.find((t) => t.number === 7)!.rows.find((r) => r.line === 1402)!;
        expect(row.cells[1]).toBe('22320.24');
        row.cells[1] = '22320.25';
      }),
      'tables.json',
      /^\$\.tables\[6\]\.rows\[\d+\]\.cells\[1\]$/,
      /2020年预算数 22320\.25 与原文不符：source\.txt 第 1402–\d+ 行（“2、公务接待费 22,320\.24/,
    ],
    [
      'a 表九 line item amount 22175821.60 → 221758.00 (the truncated-file reading)',
      edit('line-items.json', (j) => {
        const item = j.items.find((i) => i.amount === '22175821.60')!;
        item.amount = '221758.00';
      }),
      'line-items.json',
      /^\$\.items\[\d+\]\.amount$/,
      /221758\.00 与原文不符/,
    ],
    [
      'the narrative 三公 total 47320.24 → 47320.42',
      edit('narrative.json', (j) => {
        const fact = j.facts.find((f) => f.value === '47320.24')!;
        fact.value = '47320.42';
      }),
      'narrative.json',
      /^\$\.facts\[\d+\]\.value$/,
      /47320\.42 不是引文中的数/,
    ],
    [
      'a 表十二 project fund 178.4 → 187.4',
      edit('performance.json', (j) => {
        const a = j.projects.flatMap((p) => p.funding).find((x) => x.value === '178.4')!;
        a.value = '187.4';
      }),
      'performance.json',
      /^\$\.projects\[\d+\]\.funding\[\d+\]\.value$/,
      /187\.4 与原文不符/,
    ],
  ])('stops on %s', (_name, change, file, path, reason) => {
    const { dir } = copy(change);
    const e = loadError(dir);
    expect(e.file).toBe(join(dir, file).replace(`${process.cwd()}/`, ''));
    expect(e.path).toMatch(path);
    expect(e.reason).toMatch(/^数据与原文不一致 \(figure does not match its source line\): /);
    expect(e.reason).toMatch(reason);
  });
});
