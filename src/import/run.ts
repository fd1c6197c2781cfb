/**
 * The import command: npm run import -- <source.txt> [--out <dir>] [--allow-partial]
 * (src/cli/import.ts runs it on the process's arguments).
 * Reads a published 部门预算公开 text export (UTF-8 with or without BOM, UTF-16 with BOM, GB18030)
 * and writes the knowledge base folder: source.txt and the JSON files. Without --out:
 * data/<dataset id>.
 *
 * Strict by default: a document that is incomplete (a required table missing, rows that cannot be
 * placed, a text that ends inside a table) is refused with a non-zero exit naming what is missing,
 * and nothing is written. --allow-partial writes it anyway, marked partial (dataset.json "partial").
 * The folder is written next to its destination and renamed into place, so an existing dataset is
 * either replaced whole or left untouched.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCatalog } from '../core/answer/catalog.js';
import { datasetFiles, ImportError, importBudget } from '../core/kb/importer.js';
import { compileDataset } from '../core/kb/loader.js';
import { decodeSource } from '../core/kb/tokenize.js';
import { formatWarning } from '../core/kb/warnings.js';

/** Write files into a fresh sibling folder, then swap it in for `out` (never a half-written dataset). */
function writeDatasetAtomically(out: string, files: Record<string, string | Buffer>): void {
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(out)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
    chmodSync(join(tmp, 'source.txt'), 0o644);
    // The written dataset is loaded in full (validated, checked against source.txt) and audited; its
    // compiled form (compiled.jsonl: digests and the audit, for trusted loads) and its catalog entry
    // (catalog.json) are written beside it.
    writeCatalog(tmp, compileDataset(tmp).ds);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) renameSync(old, out);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Where the command writes its messages (the console, or a test's collector). */
export interface ImportIO {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Run the import command on its arguments; the exit code (0 written, 1 refused, 2 usage). */
export function runImport(argv: string[], io: ImportIO = console): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'allow-partial': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.error(`参数错误：${(e as Error).message}`);
    return 2;
  }
  const source = args.positionals[0];
  if (args.values.help || !source) {
    io.error('用法 (usage): npm run import -- <source.txt> [--out <目录>] [--allow-partial]');
    return args.values.help ? 0 : 2;
  }
  const allowPartial = args.values['allow-partial'] === true;
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch {
    io.error(`无法读取 ${source}（文件不存在或不可读）`);
    return 1;
  }
  const { text, encoding } = decodeSource(bytes);
  let result;
  try {
    result = importBudget(text, source, { encoding, allowPartial });
  } catch (e) {
    if (e instanceof ImportError) {
      io.error(`导入失败：${e.message}`);
      return 1;
    }
    throw e;
  }
  for (const w of result.warnings) io.warn(`warning: ${formatWarning(w)}`);
  if (result.problems.length > 0 && !allowPartial) {
    io.error(
      `导入失败：${source}（${encoding}）不完整，未写入任何文件 (incomplete document, nothing written):\n` +
        result.problems.map((p) => `  - ${p}`).join('\n') +
        '\n如确需导入不完整的文件，请加 --allow-partial（数据集将标为“不完整”）。',
    );
    return 1;
  }
  const out = args.values.out ?? join('data', result.meta.id);
  // source.txt is kept as published when it is UTF-8; another encoding is stored as its UTF-8 text.
  const sourceCopy = encoding.startsWith('UTF-8') ? bytes : Buffer.from(text, 'utf8');
  writeDatasetAtomically(out, { 'source.txt': sourceCopy, ...datasetFiles(result) });
  const c = result.meta.counts;
  io.log(
    `已导入 ${result.meta.department} ${result.meta.fiscalYear}年 → ${out}${encoding === 'UTF-8' ? '' : `（原文编码 ${encoding}）`}\n` +
      `  ${c.tables} 张表 ${c.tableRows} 行，${c.lineItems} 条明细，${c.functionalCodes} 个功能分类科目，${c.economicCodes} 个经济分类科目，` +
      `${c.facts} 个文字说明数字，${c.glossaryEntries} 条名称解释，${c.projects} 个项目绩效表；${result.warnings.length} 条警告`,
  );
  if (result.problems.length > 0)
    io.warn(`注意：数据集标为不完整 (partial)：\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  return 0;
}
