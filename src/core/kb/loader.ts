/**
 * Loads the knowledge base: one dataset folder (as `import --out` writes it) or a folder of them.
 * Every file is parsed and validated, and every cited figure is checked against its line of source.txt;
 * any problem stops the load with one message naming the file, the JSON path and the reason. Never a
 * partial load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { runAudit } from './audit.js';
import {
  COMPILED_INPUTS,
  loadCompiled,
  trustedMeta,
  writeCompiled,
  type Audited,
  type CompiledInput,
} from './compiled.js';
import { checkAgainstSource, problemFile } from './integrity.js';
import { buildPassages, type Passage } from './passages.js';
import { DATASET_FILES, type DatasetFileName } from './schema.js';

type Out<F extends DatasetFileName> = z.output<(typeof DATASET_FILES)[F]>;

export interface Dataset {
  dir: string;
  meta: Out<'dataset.json'>;
  tables: Out<'tables.json'>['tables'];
  narrative: Out<'narrative.json'>;
  glossary: Out<'glossary.json'>['entries'];
  classifications: Out<'classifications.json'>;
  lineItems: Out<'line-items.json'>['items'];
  performance: Out<'performance.json'>;
  pinyin: ReadonlyMap<string, readonly [string, string]>;
}

export interface KnowledgeBase {
  datasets: Dataset[];
}

export class KbLoadError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`无法加载知识库 (cannot load the knowledge base): ${file}${path ? ` ${path}` : ''}: ${reason}`);
    this.name = 'KbLoadError';
  }
}

/** "$.tables[3].rows[2].cells[1]" */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((p) =>
        typeof p === 'number'
          ? `[${p}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(p))
            ? `.${String(p)}`
            : `[${JSON.stringify(String(p))}]`,
      )
      .join('')
  );
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new KbLoadError(display(file), '', '文件缺失或不可读 (missing or unreadable file)');
  }
}

function parseJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new KbLoadError(display(file), '', `JSON 格式错误 (malformed JSON): ${(e as Error).message}`);
  }
}

/** What a full load read: each file's bytes, and each JSON file's parse before and after validation. */
interface Reads {
  bytes: Partial<Record<CompiledInput, Buffer>>;
  pairs: Record<string, { raw: unknown; validated: unknown }>;
}

function parseFile<F extends DatasetFileName>(dir: string, name: F, reads?: Reads): Out<F> {
  const file = join(dir, name);
  const bytes = readBytes(file);
  const data = parseJson(file, bytes);
  const result = DATASET_FILES[name].safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? `（另有 ${result.error.issues.length - 1} 处问题）` : '';
    throw new KbLoadError(display(file), jsonPath(issue.path), `${issue.message}${more}`);
  }
  if (reads) {
    reads.bytes[name] = bytes;
    // A second parse: the validated value may share objects with the first.
    reads.pairs[name] = { raw: JSON.parse(bytes.toString('utf8')), validated: result.data };
  }
  return result.data as Out<F>;
}

export function isDatasetDir(dir: string): boolean {
  return existsSync(join(dir, 'dataset.json'));
}

/** Loads the dataset in `dir` in full: every file validated, every cited figure checked against source.txt. */
export function loadDataset(dir: string): Dataset {
  return loadFull(dir);
}

function loadFull(dir: string, reads?: Reads): Dataset {
  const meta = parseFile(dir, 'dataset.json', reads);
  const sourceFile = join(dir, 'source.txt');
  let source: Buffer;
  try {
    source = readFileSync(sourceFile);
  } catch {
    throw new KbLoadError(
      display(sourceFile),
      '',
      '文件缺失：每个数据集都要附带公开的原文 source.txt (missing file)',
    );
  }
  if (reads) reads.bytes['source.txt'] = source;
  const sourceText = source.toString('utf8');
  const sha = createHash('sha256').update(sourceText).digest('hex');
  if (sha !== meta.source.sha256)
    throw new KbLoadError(
      display(join(dir, 'dataset.json')),
      '$.source.sha256',
      `source.txt 与知识库不一致，请重新运行 npm run import (source.txt changed since import: ${sha.slice(0, 12)}… ≠ ${meta.source.sha256.slice(0, 12)}…)`,
    );
  const ds: Dataset = {
    dir,
    meta,
    tables: parseFile(dir, 'tables.json', reads).tables,
    narrative: parseFile(dir, 'narrative.json', reads),
    glossary: parseFile(dir, 'glossary.json', reads).entries,
    classifications: parseFile(dir, 'classifications.json', reads),
    lineItems: parseFile(dir, 'line-items.json', reads).items,
    performance: parseFile(dir, 'performance.json', reads),
    pinyin: new Map(Object.entries(parseFile(dir, 'pinyin.json', reads).names)),
  };
  checkReferences(ds);
  const problem = checkAgainstSource(ds, sourceText)[0];
  if (problem)
    throw new KbLoadError(
      display(problemFile(ds, problem)),
      jsonPath(problem.path),
      `数据与原文不一致 (figure does not match its source line): ${problem.reason}`,
    );
  return ds;
}

/**
 * Loads the dataset in `dir` in full (validated, checked against source.txt), audits it and writes its
 * compiled form (compiled.jsonl) for trusted loads. Returns the dataset and whether it was written.
 */
export function compileDataset(dir: string): { ds: Dataset; audit: Audited; written: boolean } {
  const reads: Reads = { bytes: {}, pairs: {} };
  const ds = loadFull(dir, reads);
  const audit = runAudit(ds);
  for (const f of COMPILED_INPUTS) if (!reads.bytes[f]) throw new Error(`compileDataset: ${f} was not read`);
  const bytes = reads.bytes as Record<CompiledInput, Buffer>;
  const passages = buildPassages(ds, bytes['source.txt'].toString('utf8'));
  const written = writeCompiled(dir, bytes, reads.pairs, audit, passages);
  return { ds, audit, written };
}

/**
 * The dataset in `dir` as the bot loads it: from its compiled form when that is trusted (every file's
 * digest and the code match), else in full — validated and checked against source.txt, so bad data is
 * refused with its file, JSON path and reason. `audit` and `passages` are the compiled ones, when there
 * are.
 */
export function loadTrusted(dir: string): {
  ds: Dataset;
  audit?: Audited;
  passages?: Passage[];
  untrusted?: string;
} {
  const c = loadCompiled(dir);
  if (c.ok) return { ds: c.ds, audit: c.audit, passages: c.passages };
  return { ds: loadFull(dir), untrusted: `${display(c.file)}: ${c.reason}` };
}

/** Cross-file rules a schema cannot state: unique ids, codes that resolve. */
function checkReferences(ds: Dataset): void {
  const f = (name: DatasetFileName) => display(join(ds.dir, name));
  const seen = new Set<string>();
  ds.lineItems.forEach((item, i) => {
    if (seen.has(item.id))
      throw new KbLoadError(f('line-items.json'), jsonPath(['items', i, 'id']), `重复的 id "${item.id}"`);
    seen.add(item.id);
  });
  const tableNumbers = new Set<number>();
  ds.tables.forEach((t, i) => {
    if (tableNumbers.has(t.number))
      throw new KbLoadError(f('tables.json'), jsonPath(['tables', i, 'number']), `表 ${t.number} 重复`);
    tableNumbers.add(t.number);
  });
  const functional = new Set(ds.classifications.functional.map((c) => c.code));
  const economic = new Set(ds.classifications.economic.map((c) => c.code));
  ds.lineItems.forEach((item, i) => {
    if (item.functional && !functional.has(item.functional.code))
      throw new KbLoadError(
        f('line-items.json'),
        jsonPath(['items', i, 'functional', 'code']),
        `功能分类代码 ${item.functional.code} 不在 classifications.json 中`,
      );
    for (const k of ['governmentEconomic', 'departmentEconomic'] as const)
      if (!economic.has(item[k].code))
        throw new KbLoadError(
          f('line-items.json'),
          jsonPath(['items', i, k, 'code']),
          `经济分类代码 ${item[k].code} 不在 classifications.json 中`,
        );
  });
  const factIds = new Set<string>();
  ds.narrative.facts.forEach((fact, i) => {
    if (factIds.has(fact.id))
      throw new KbLoadError(f('narrative.json'), jsonPath(['facts', i, 'id']), `重复的 id "${fact.id}"`);
    factIds.add(fact.id);
  });
}

/** The dataset folders under `dir`: itself, or its subfolders holding a dataset.json (sorted by name). */
export function datasetDirs(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new KbLoadError(display(dir), '', '数据目录不存在 (no such data directory)');
  if (isDatasetDir(dir)) return [dir];
  const subdirs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => join(dir, d.name))
    .sort();
  const dirs = subdirs.filter(isDatasetDir);
  if (dirs.length === 0)
    throw new KbLoadError(
      display(dir),
      '',
      '没有找到数据集：应包含 dataset.json，或其子目录包含 (no dataset.json here or in a subfolder)',
    );
  return dirs;
}

/** Two folders with the same dataset id stop the load. */
export function checkUniqueIds(datasets: readonly { dir: string; meta: { id: string } }[]): void {
  const ids = new Map<string, string>();
  for (const d of datasets) {
    const other = ids.get(d.meta.id);
    if (other)
      throw new KbLoadError(
        display(join(d.dir, 'dataset.json')),
        '$.id',
        `数据集 id "${d.meta.id}" 与 ${display(other)} 重复`,
      );
    ids.set(d.meta.id, d.dir);
  }
}

/** Only dataset.json, validated — or trusted, when its compiled form's digest says it was (the catalog's part of a dataset). */
export function loadMeta(dir: string): Dataset['meta'] {
  return trustedMeta(dir) ?? parseFile(dir, 'dataset.json');
}

/** A dataset folder, or a folder of dataset folders (sorted by name), every one loaded now. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const datasets = datasetDirs(dir).map(loadDataset);
  checkUniqueIds(datasets);
  return { datasets };
}
