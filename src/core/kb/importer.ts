/**
 * The importer: the published text export of a 部门预算公开 document → the knowledge base files.
 * Deterministic: the same source gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import { Money } from '../money.js';
import { deriveClassifications, deriveLineItems } from './derive.js';
import { readGlossary, readNarrative, splitSections } from './narrative.js';
import { readOverall, readProjects } from './performance.js';
import { toPinyin } from './pinyin.js';
import {
  KB_FORMAT_VERSION,
  type ClassificationsFileInput,
  type DatasetFileName,
  type DatasetMetaInput,
  type GlossaryFileInput,
  type LineItemInput,
  type NarrativeFileInput,
  type PerformanceFileInput,
  type TableInput,
} from './schema.js';
import { parseTable, splitTables } from './tables.js';
import { splitLines, tokenizeRows } from './tokenize.js';
import type { ImportWarning } from './warnings.js';

export interface ImportResult {
  meta: DatasetMetaInput;
  tables: TableInput[];
  narrative: NarrativeFileInput;
  glossary: GlossaryFileInput;
  classifications: ClassificationsFileInput;
  lineItems: LineItemInput[];
  performance: PerformanceFileInput;
  pinyin: Record<string, [string, string]>;
  warnings: ImportWarning[];
}

export class ImportError extends Error {}

const TABLE_PART = /^\s*第二部分/;

export function importBudget(text: string, file = 'source.txt'): ImportResult {
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  const lines = splitLines(text);

  const partTwo = lines.findIndex((l) => TABLE_PART.test(l));
  if (partTwo < 0)
    throw new ImportError(`${file}: no "第二部分" (the tables) found — is this a 部门预算公开 text export?`);

  // Fiscal year: "第一部分  2020年部门预算情况说明"
  const yearLine = lines.slice(0, partTwo).find((l) => /第一部分.*?(\d{4})年/.test(l));
  const yearMatch = yearLine ? /(\d{4})年/.exec(yearLine) : null;
  if (!yearMatch)
    throw new ImportError(`${file}: no fiscal year found in the heading "第一部分 ……年部门预算情况说明"`);
  const fiscalYear = Number.parseInt(yearMatch[1]!, 10);
  const previousYear = fiscalYear - 1;

  const sections = splitSections(lines, partTwo);
  const narrative = readNarrative(sections, fiscalYear, previousYear, file, warn);
  const glossary = readGlossary(sections, file, warn);

  const rows = tokenizeRows(lines, partTwo + 1);
  const blocks = splitTables(rows, file, warn);
  const tables: TableInput[] = [];
  for (const b of blocks) {
    if (tables.some((t) => t.number === b.number)) {
      warn({
        file,
        line: b.line,
        text: `表${b.number}`,
        reason: 'the same table number appears twice; the second is left out',
      });
      continue;
    }
    const t = parseTable(b, file, warn);
    if (t) tables.push(t);
  }
  tables.sort((a, b) => a.number - b.number);
  for (let n = 1; n <= 12; n++)
    if (!tables.some((t) => t.number === n))
      warn({ file, line: partTwo + 1, text: `表${n}`, reason: 'table not found in the document' });

  // The budget total in 元 (表一 收入总计, else the narrative) — used to read ambiguous 万元 fields.
  const t1 = tables.find((t) => t.number === 1);
  const totalRow = t1?.rows.find((r) => (r.cells[0] ?? '').replace(/\s/g, '').startsWith('收入总计'));
  const totalText =
    totalRow?.cells[1] ?? narrative.facts.find((f) => f.id === 'income.current')?.value ?? null;
  const budgetYuan = totalText ? new Money(totalText) : null;

  const b11 = blocks.find((b) => b.number === 11);
  const b12 = blocks.find((b) => b.number === 12);
  const performance: PerformanceFileInput = {
    overall: b11 ? readOverall(b11, budgetYuan, file, warn) : null,
    ...(b12 ? readProjects(b12, budgetYuan, file, warn) : { catalog: [], projects: [] }),
  };

  const department =
    performance.overall?.department ||
    /^(.+?)(?:（以下简称|是负责)/.exec(lines.find((l) => /（以下简称|是负责/.test(l)) ?? '')?.[1] ||
    null;
  if (!department)
    throw new ImportError(`${file}: the department's name is neither in 表十一 nor in the opening paragraph`);
  const shortName = /（以下简称(.+?)）/.exec(lines.slice(0, partTwo).join('\n'))?.[1] ?? null;

  const classifications = deriveClassifications(tables, file, warn);
  const lineItems = deriveLineItems(tables, file, warn);

  const names = new Set<string>([department]);
  if (shortName) names.add(shortName);
  for (const i of lineItems) names.add(i.name);
  for (const c of classifications.functional) names.add(c.name);
  for (const c of classifications.economic) names.add(c.name);
  for (const p of performance.projects) names.add(p.name);
  for (const g of glossary.entries) names.add(g.term);
  for (const f of narrative.facts) names.add(f.label);
  for (const s of narrative.statements) names.add(s.label);
  for (const t of tables) names.add(t.title);
  const pinyin: Record<string, [string, string]> = {};
  for (const n of [...names].sort()) pinyin[n] = toPinyin(n);

  const [, initials] = toPinyin(department);
  const meta: DatasetMetaInput = {
    formatVersion: KB_FORMAT_VERSION,
    id: `${initials || 'dept'}-${fiscalYear}`,
    department,
    shortName,
    fiscalYear,
    previousYear,
    source: {
      file: 'source.txt',
      sha256: createHash('sha256').update(text).digest('hex'),
      lines: lines.length,
    },
    counts: {
      tables: tables.length,
      tableRows: tables.reduce((n, t) => n + t.rows.length, 0),
      lineItems: lineItems.length,
      functionalCodes: classifications.functional.length,
      economicCodes: classifications.economic.length,
      facts: narrative.facts.length,
      statements: narrative.statements.length,
      glossaryEntries: glossary.entries.length,
      projects: performance.projects.length,
      warnings: warnings.length,
    },
  };
  return { meta, tables, narrative, glossary, classifications, lineItems, performance, pinyin, warnings };
}

/** The files of a dataset folder, serialised deterministically (2-space JSON, trailing newline). */
export function datasetFiles(r: ImportResult): Record<DatasetFileName, string> {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  return {
    'dataset.json': json(r.meta),
    'tables.json': json({ tables: r.tables }),
    'narrative.json': json(r.narrative),
    'glossary.json': json(r.glossary),
    'classifications.json': json(r.classifications),
    'line-items.json': json({ items: r.lineItems }),
    'performance.json': json(r.performance),
    'pinyin.json': json({ names: r.pinyin }),
  };
}
