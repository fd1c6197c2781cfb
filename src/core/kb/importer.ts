/**
 * The importer: the published text export of a 部门预算公开 document → the knowledge base files.
 * Deterministic: the same source gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import { Money } from '../money.js';
import { deriveClassifications, deriveLineItems } from './derive.js';
import { readGlossary, readNarrative, splitSections } from './narrative.js';
import { formParts } from './form-parts.js';
import { lastProjectFormCut, overallFormCut, readOverall, readProjects } from './performance.js';
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
import { REQUIRED_KINDS, kindSpec, tableOfKind } from './kinds.js';
import { parseTable, splitTables, tableName, type TableBlock } from './tables.js';
import { normaliseWidth, splitLines, tokenizeRows, type SourceEncoding } from './tokenize.js';
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
  /**
   * What makes the document incomplete (Chinese, one line each): a required table missing, rows
   * lost, the text ending inside a table. Empty for a complete document. The CLI refuses to write
   * a dataset with problems unless --allow-partial, which records them in meta.partial.
   */
  problems: string[];
}

export interface ImportOptions {
  /** Encoding the file was exported in (named in messages; recorded when not UTF-8) */
  encoding?: SourceEncoding;
  /** Record the problems in meta.partial (the dataset is then marked partial) */
  allowPartial?: boolean;
}

export class ImportError extends Error {}

const TABLE_PART = /^\s*第二部分/;

/** Does the export write brackets and colons half-width rather than full-width, as the documents do? */
function halfWidthExport(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/[():]/g) > count(/[（）：]/g);
}

/** Each quote taken from the normalised line, put back as the document publishes it (same positions). */
function restoreQuote<T extends { quote: string; line: number }>(
  source: T,
  published: readonly string[],
  normalised: readonly string[],
): T {
  const n = normalised[source.line - 1] ?? '';
  const at = n.indexOf(source.quote);
  if (at < 0) return source;
  const quote = (published[source.line - 1] ?? '').slice(at, at + source.quote.length);
  return quote === source.quote ? source : { ...source, quote };
}

export function importBudget(text: string, file = 'source.txt', options: ImportOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  const problems: string[] = [];
  const encoding = options.encoding ?? 'UTF-8';
  const published = splitLines(text);
  // An export that wrote the punctuation half-width (NFKC, many converters) is read as full-width,
  // one character for one; a document in its own full-width punctuation is read as published.
  const lines = halfWidthExport(text) ? published.map(normaliseWidth) : [...published];

  const partTwo = lines.findIndex((l) => TABLE_PART.test(l));
  if (partTwo < 0)
    throw new ImportError(
      `${file}（按 ${encoding} 读取）：找不到“第二部分”（报表部分）——这不是部门预算公开的文本导出，或编码不对 (no "第二部分" found)`,
    );

  // Fiscal year: "第一部分  2020年部门预算情况说明"
  const yearLine = lines.slice(0, partTwo).find((l) => /第一部分.*?(\d{4})年/.test(l));
  const yearMatch = yearLine ? /(\d{4})年/.exec(yearLine) : null;
  if (!yearMatch)
    throw new ImportError(
      `${file}：找不到预算年度（标题“第一部分 ……年部门预算情况说明”）(no fiscal year found)`,
    );
  const fiscalYear = Number.parseInt(yearMatch[1]!, 10);
  const previousYear = fiscalYear - 1;

  const sections = splitSections(lines, partTwo);
  const narrative = readNarrative(sections, fiscalYear, previousYear, file, warn);
  const glossary = readGlossary(sections, file, warn);
  narrative.facts = narrative.facts.map((f) => ({ ...f, source: restoreQuote(f.source, published, lines) }));
  narrative.statements = narrative.statements.map((s) => ({
    ...s,
    source: restoreQuote(s.source, published, lines),
  }));
  glossary.entries = glossary.entries.map((g) => ({
    ...g,
    source: restoreQuote(g.source, published, lines),
  }));

  const rows = tokenizeRows(lines, partTwo + 1);
  const blocks = splitTables(rows, file, warn);
  const tables: TableInput[] = [];
  const blockOf = new Map<TableInput, TableBlock>();
  for (const b of blocks) {
    if (tables.some((t) => t.number === b.number)) {
      warn({
        file,
        line: b.line,
        text: tableName(b.number),
        reason: 'the same table number appears twice; the second is left out',
      });
      problems.push(`${tableName(b.number)} 在第 ${b.line} 行再次出现（编号重复），第二张无法收录`);
      continue;
    }
    const { table, lost } = parseTable(b, file, warn);
    problems.push(...lost);
    tables.push(table);
    blockOf.set(table, b);
  }
  tables.sort((a, b) => a.number - b.number);

  // Completeness: every kind the series always publishes, and somewhere the line items come from.
  for (const kind of REQUIRED_KINDS)
    if (!tableOfKind({ tables }, kind)) problems.push(`缺少${kindSpec(kind).title}（${kind}）`);
  const detail = tableOfKind({ tables }, '部门预算明细');
  const projectTable = tableOfKind({ tables }, '项目支出');
  if (!detail && !projectTable) problems.push('缺少明细：既没有部门预算明细表，也没有项目支出表');
  const last = blocks[blocks.length - 1];
  const lastTable = tables.find((t) => blockOf.get(t) === last);
  if (lastTable && lastTable.kind !== '项目绩效' && lastTable.kind !== '整体绩效')
    problems.push(
      `文件在${tableName(lastTable.number)}（${lastTable.title}）之中结束：报表部分以绩效目标申报表结尾，后面的内容缺失（文件可能被截断）`,
    );

  // Amounts are kept, checked and answered in 元 (line items carry no unit of their own): a document
  // whose tables are published in 万元 is refused (even with --allow-partial), never read as 元.
  const inWan = tables.filter((t) => t.unit === '万元' && t.columns.some((c) => c.type === 'amount'));
  if (inWan.length > 0)
    throw new ImportError(
      `${file}：${inWan.map((t) => `${tableName(t.number)}（${t.title}）`).join('、')}以“万元”公布。表格金额按“元”保存、核对和回答，以万元公布的报表暂不能导入，请使用以元公布的文件 (tables in 万元 are not supported)`,
    );

  // The budget total in 元 (收支总体 收入总计, else the narrative) — used to read ambiguous 万元 fields.
  const t1 = tableOfKind({ tables }, '收支总体');
  const totalRow = t1?.rows.find((r) => (r.cells[0] ?? '').replace(/\s/g, '').startsWith('收入总计'));
  const totalText =
    totalRow?.cells[1] ?? narrative.facts.find((f) => f.id === 'income.current')?.value ?? null;
  const budgetYuan = totalText ? new Money(totalText) : null;

  const overallTable = tableOfKind({ tables }, '整体绩效');
  const projectsTable = tableOfKind({ tables }, '项目绩效');
  const b11 = overallTable && blockOf.get(overallTable);
  const b12 = projectsTable && blockOf.get(projectsTable);
  const lostInForm = (what: string) => problems.push(what);
  const performance: PerformanceFileInput = {
    overall: b11 ? readOverall(b11, budgetYuan, file, warn, lostInForm) : null,
    ...(b12 ? readProjects(b12, budgetYuan, file, warn, lostInForm) : { catalog: [], projects: [] }),
  };
  // The document ends with a form: cut inside it, nothing else would show (no table follows).
  const cutIn =
    last && lastTable?.kind === '整体绩效'
      ? overallFormCut(last)
      : last && lastTable?.kind === '项目绩效'
        ? lastProjectFormCut(last)
        : null;
  if (cutIn && lastTable)
    problems.push(
      `文件在${tableName(lastTable.number)}（${lastTable.title}）之中结束：${cutIn}（文件可能被截断）`,
    );
  // The money parts a form's free text states (its annual goal's numbered sub-items, "尾款为69万").
  if (b12) {
    const end = b12.rows.at(-1)?.line ?? lines.length;
    performance.projects.forEach((p, k) => {
      const to = (performance.projects[k + 1]?.line ?? end + 1) - 1;
      const totals = new Set(p.funding.filter((f) => f.unit === '万元').map((f) => String(f.value)));
      const parts = formParts(lines, p.line, to, totals);
      if (parts.length > 0) p.parts = parts;
    });
  }
  if (b12 && performance.catalog.length > performance.projects.length)
    problems.push(
      `${tableName(b12.number)}（${projectsTable!.title}）目录列出 ${performance.catalog.length} 个项目，只读到 ${performance.projects.length} 张申报表（文件可能被截断）`,
    );

  const department =
    performance.overall?.department ||
    /^(.+?)(?:（以下简称|是负责)/.exec(lines.find((l) => /（以下简称|是负责/.test(l)) ?? '')?.[1] ||
    null;
  if (!department)
    throw new ImportError(
      `${file}：部门整体支出绩效目标申报表和开头一段都没有部门名称 (no department name)` +
        (problems.length > 0 ? `；另外：${problems.join('；')}` : ''),
    );
  const shortName = /（以下简称(.+?)）/.exec(lines.slice(0, partTwo).join('\n'))?.[1] ?? null;

  const classifications = deriveClassifications(tables, file, warn);
  // A line item that cannot be formed is lost data: the document is incomplete, not quietly smaller.
  const lineItems = deriveLineItems(tables, file, warn, (what) => problems.push(what));

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
      lines: published.length,
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
    ...(encoding === 'UTF-8' || encoding === 'UTF-8（带 BOM）' ? {} : { sourceEncoding: encoding }),
    ...(options.allowPartial && problems.length > 0 ? { partial: problems } : {}),
  };
  return {
    meta,
    tables,
    narrative,
    glossary,
    classifications,
    lineItems,
    performance,
    pinyin,
    warnings,
    problems,
  };
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
