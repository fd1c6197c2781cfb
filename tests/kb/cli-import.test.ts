/** npm run import: strict by default, atomic, and tolerant of the export's encoding. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/kb/loader.js';

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run import', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'import-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses a truncated file: exit 1, what is missing named, nothing written', () => {
    const out = join(tmp, 'never');
    const r = runImport('tests/fixtures/truncated-in-9/source.txt', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('导入失败');
    expect(r.stderr).toContain('缺少项目支出绩效目标申报表（项目绩效）');
    expect(r.stderr).toContain('文件在表九（部门预算明细表）之中结束');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('leaves an existing dataset untouched when the new file is refused', () => {
    const out = join(tmp, 'ds');
    expect(runImport('tests/fixtures/numbering-2021/source.txt', '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'tables.json'), 'utf8');
    const r = runImport('tests/fixtures/truncated-in-6/source.txt', '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'tables.json'), 'utf8')).toBe(before);
    expect(loadDataset(out).meta.fiscalYear).toBe(2021);
  });

  it('--allow-partial writes the dataset marked partial', () => {
    const out = join(tmp, 'partial');
    const r = runImport('tests/fixtures/truncated-in-9/source.txt', '--out', out, '--allow-partial');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('不完整');
    const ds = loadDataset(out);
    expect(ds.meta.partial).toContain('缺少项目支出绩效目标申报表（项目绩效）');
  });

  it('imports a GB18030 export, names the encoding and stores source.txt as UTF-8 (loads, hash checked)', () => {
    const out = join(tmp, 'gb');
    const r = runImport('tests/fixtures/export-gb18030/source.txt', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('原文编码 GB18030');
    const ds = loadDataset(out);
    expect(ds.meta.sourceEncoding).toBe('GB18030');
    expect(readFileSync(join(out, 'source.txt'), 'utf8')).toBe(
      readFileSync('data/bjsxcqrmzfbgs-2020/source.txt', 'utf8'),
    );
  });

  it('imports a UTF-16 export with a BOM', () => {
    const out = join(tmp, 'u16');
    expect(runImport('tests/fixtures/export-utf16/source.txt', '--out', out).status).toBe(0);
    expect(loadDataset(out).lineItems).toHaveLength(60);
  });
});

describe('a dataset imported with --allow-partial', () => {
  it('makes every answer say it is incomplete, and what is missing', async () => {
    const { createEngine } = await import('../../src/core/answer/engine.js');
    const { loadKnowledgeBase } = await import('../../src/core/kb/loader.js');
    const { datasetFiles, importBudget } = await import('../../src/core/kb/importer.js');
    const dir = mkdtempSync(join(tmpdir(), 'partial-'));
    try {
      const text = readFileSync('tests/fixtures/truncated-in-9/source.txt', 'utf8');
      writeFileSync(join(dir, 'source.txt'), text);
      const r = importBudget(text, 'source.txt', { allowPartial: true });
      for (const [name, content] of Object.entries(datasetFiles(r))) writeFileSync(join(dir, name), content);
      const engine = createEngine(loadKnowledgeBase(dir));
      for (const q of ['公务接待费多少', '机要运维那个项目多少钱', '收入总计']) {
        const a = engine.answer(q);
        expect(a.lines[0], q).toMatch(
          /^⚠ 注意：北京市西城区人民政府办公室 2020年的文件导入时不完整（缺少部门整体支出绩效目标申报表/,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
