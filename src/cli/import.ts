/**
 * npm run import -- <source.txt> [--out <dir>]
 * Reads a published 部门预算公开 text export and writes the knowledge base folder:
 * source.txt (verbatim copy) and the JSON files. Without --out: data/<dataset id>.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetFiles, ImportError, importBudget } from '../core/kb/importer.js';
import { formatWarning } from '../core/kb/warnings.js';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}`);
    return 2;
  }
  const source = args.positionals[0];
  if (args.values.help || !source) {
    console.error('用法 (usage): npm run import -- <source.txt> [--out <目录>]');
    return args.values.help ? 0 : 2;
  }
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    console.error(`无法读取 ${source}（文件不存在或不可读）`);
    return 1;
  }
  let result;
  try {
    result = importBudget(text, source);
  } catch (e) {
    if (e instanceof ImportError) {
      console.error(`导入失败：${e.message}`);
      return 1;
    }
    throw e;
  }
  const out = args.values.out ?? join('data', result.meta.id);
  mkdirSync(out, { recursive: true });
  if (resolve(source) !== resolve(join(out, 'source.txt'))) {
    copyFileSync(source, join(out, 'source.txt'));
    chmodSync(join(out, 'source.txt'), 0o644);
  }
  for (const [name, content] of Object.entries(datasetFiles(result))) writeFileSync(join(out, name), content);
  for (const w of result.warnings) console.warn(`warning: ${formatWarning(w)}`);
  const c = result.meta.counts;
  console.log(
    `已导入 ${result.meta.department} ${result.meta.fiscalYear}年 → ${out}\n` +
      `  ${c.tables} 张表 ${c.tableRows} 行，${c.lineItems} 条明细，${c.functionalCodes} 个功能分类科目，${c.economicCodes} 个经济分类科目，` +
      `${c.facts} 个文字说明数字，${c.glossaryEntries} 条名称解释，${c.projects} 个项目绩效表；${result.warnings.length} 条警告`,
  );
  return 0;
}

process.exitCode = main();
