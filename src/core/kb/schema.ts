/**
 * The knowledge base on disk: one folder per published document (dataset), JSON files validated by
 * these zod schemas. Amounts are decimal strings ("22320.24") on disk and become Money when loaded;
 * an empty cell is null ("not published"), never 0. Every figure carries its provenance.
 */
import { z } from 'zod';
import { Money } from '../money.js';
import { TABLE_KINDS } from './kinds.js';

export const KB_FORMAT_VERSION = 1;

/** A published decimal, normalised: optional minus, digits, optional fraction. No commas, no exponent. */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'expected a decimal string such as "22320.24"' });

/** A decimal string that becomes Money when loaded. */
export const Amount = DecimalString.transform((s) => new Money(s));

export const MoneyUnitSchema = z.enum(['元', '万元']);
export const UnitSchema = z.enum(['元', '万元', '%', '人', '个', '辆', '台', '台（套）', '项', '分', '次']);

const positiveLine = z.number().int().positive();

export const TableSourceSchema = z.strictObject({
  kind: z.literal('table'),
  /** The document's own table number (表X) */
  table: z.number().int().min(1).max(99),
  /** Row label as published (code + name, or item name) */
  row: z.string().min(1),
  /** Column header as published */
  column: z.string().min(1),
  line: positiveLine,
});

export const NarrativeSourceSchema = z.strictObject({
  kind: z.literal('narrative'),
  section: z.string(),
  /** Verbatim sentence from source.txt */
  quote: z.string().min(1),
  line: positiveLine,
});

export const SourceSchema = z.discriminatedUnion('kind', [TableSourceSchema, NarrativeSourceSchema]);

// ---------------------------------------------------------------- dataset.json

export const DatasetMetaSchema = z.strictObject({
  formatVersion: z.literal(KB_FORMAT_VERSION),
  /** Stable id: pinyin initials of the department + fiscal year, e.g. "bjsxcqrmzfbgs-2020" */
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'expected lower-case letters, digits and "-"' }),
  department: z.string().min(1),
  /** Short name the document introduces ("以下简称区政府办公室"), if any */
  shortName: z.string().nullable(),
  fiscalYear: z.number().int().min(1990).max(2100),
  previousYear: z.number().int().min(1989).max(2099),
  source: z.strictObject({
    file: z.literal('source.txt'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    lines: z.number().int().positive(),
  }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Encoding of the file as exported, when it was not UTF-8 (source.txt is then stored as UTF-8) */
  sourceEncoding: z.string().min(1).optional(),
  /** Imported with --allow-partial: what the document is missing. Absent for a complete import. */
  partial: z.array(z.string().min(1)).min(1).optional(),
});

// ---------------------------------------------------------------- tables.json

export const ColumnSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['text', 'code', 'amount']),
});

export const TableRowSchema = z.strictObject({
  line: positiveLine,
  endLine: positiveLine,
  cells: z.array(z.string().nullable()),
});

export const TableSchema = z
  .strictObject({
    /** The document's own number (表X) — not stable across years; look tables up by kind */
    number: z.number().int().min(1).max(99),
    /** The document's own title */
    title: z.string().min(1),
    /** What the table is, recognised from its title and headers (see kinds.ts) */
    kind: z.enum(TABLE_KINDS),
    /** Unit the table states ("单位：元"); null when it states none (表十一, 表十二) */
    unit: MoneyUnitSchema.nullable(),
    line: positiveLine,
    /** "empty": the document publishes the table with no figures in it (表八, 表十 here) */
    status: z.enum(['published', 'empty']),
    columns: z.array(ColumnSchema),
    rows: z.array(TableRowSchema),
    /** Rows with no text at all (layout padding in the export), counted, not stored */
    blankRows: z.number().int().nonnegative(),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, r) => {
      if (table.columns.length > 0 && row.cells.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', r, 'cells'],
          message: `expected ${table.columns.length} cells (one per column), found ${row.cells.length}`,
        });
      }
      row.cells.forEach((cell, c) => {
        const col = table.columns[c];
        if (cell !== null && col?.type === 'amount' && !DecimalString.safeParse(cell).success) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, 'cells', c],
            message: `column "${col.name}" holds amounts: expected a decimal string or null, found ${JSON.stringify(cell)}`,
          });
        }
      });
    });
  });

export const TablesFileSchema = z.strictObject({ tables: z.array(TableSchema) });

// ---------------------------------------------------------------- narrative.json

export const FactSchema = z.strictObject({
  /** Documented vocabulary, e.g. "income.current", "sangong.reception.change", "staffing.行政编制" */
  id: z.string().min(1),
  label: z.string().min(1),
  /** Signed for changes ("-3947.76" for 减少) */
  value: Amount,
  unit: UnitSchema,
  source: NarrativeSourceSchema,
});

export const StatementSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  text: z.string().min(1),
  source: NarrativeSourceSchema,
});

export const NarrativeFileSchema = z.strictObject({
  sections: z.array(z.strictObject({ heading: z.string(), line: positiveLine })),
  responsibilities: z.array(
    z.strictObject({ number: z.number().int().positive(), text: z.string(), line: positiveLine }),
  ),
  facts: z.array(FactSchema),
  statements: z.array(StatementSchema),
});

// ---------------------------------------------------------------- glossary.json

export const GlossaryEntrySchema = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(1),
  /** The broader term this one is defined under (三公经费 → 公务接待费), if any */
  parent: z.string().nullable(),
  source: NarrativeSourceSchema,
});
export const GlossaryFileSchema = z.strictObject({ entries: z.array(GlossaryEntrySchema) });

// ---------------------------------------------------------------- classifications.json

export const FunctionalCodeSchema = z.strictObject({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, { message: 'expected a 3, 5 or 7 digit functional code' }),
  name: z.string().min(1),
  level: z.enum(['类', '款', '项']),
  parent: z.string().nullable(),
  /** Where the code and its name are published (表二, 表三, 表五 rows) */
  sources: z.array(TableSourceSchema).min(1),
});

export const EconomicCodeSchema = z.strictObject({
  code: z.string().regex(/^\d{3}(\d{2})?$/, { message: 'expected a 3 or 5 digit economic code' }),
  name: z.string().min(1),
  scheme: z.enum(['government', 'department']),
  /** Class code (first three digits) for a 5-digit code; null for a class */
  parent: z.string().nullable(),
  /** "document" when the name is published in the tables; "standard" when from 政府收支分类科目 */
  origin: z.enum(['document', 'standard']),
  sources: z.array(TableSourceSchema),
});

export const ClassificationsFileSchema = z.strictObject({
  functional: z.array(FunctionalCodeSchema),
  economic: z.array(EconomicCodeSchema),
});

// ---------------------------------------------------------------- line-items.json

const CodeName = z.strictObject({ code: z.string().regex(/^\d+$/), name: z.string().min(1) });

export const LineItemSchema = z.strictObject({
  id: z.string().min(1),
  /** 项目名称 as published */
  name: z.string().min(1),
  /** Null for a 基本支出 item read from the 基本支出表 (which states no functional code) */
  functional: CodeName.nullable(),
  governmentEconomic: CodeName,
  departmentEconomic: CodeName,
  amount: Amount,
  /** 基本支出 or 项目支出, and how that was decided */
  spending: z.enum(['basic', 'project']),
  spendingBasis: z.string().min(1),
  source: TableSourceSchema,
});
export const LineItemsFileSchema = z.strictObject({ items: z.array(LineItemSchema) });

// ---------------------------------------------------------------- performance.json

export const PublishedAmountSchema = z.strictObject({
  label: z.string().min(1),
  value: Amount,
  unit: MoneyUnitSchema,
  /** The text exactly as published ("178.4万元", "1610000") */
  published: z.string().min(1),
  /** Why the unit was read this way, when the cell and its header disagree */
  unitNote: z.string().nullable(),
  line: positiveLine,
});

export const IndicatorSchema = z.strictObject({
  level1: z.string().min(1),
  level2: z.string().min(1),
  level3: z.string().nullable(),
  content: z.string().min(1),
  value: z.string().nullable(),
  line: positiveLine,
});

export const OverallPerformanceSchema = z.strictObject({
  line: positiveLine,
  department: z.string().min(1),
  head: z.string().nullable(),
  phone: z.string().nullable(),
  funding: z.array(PublishedAmountSchema),
  functions: z.string().nullable(),
  goal: z.string().nullable(),
  indicators: z.array(IndicatorSchema),
  otherNotes: z.string().nullable(),
});

export const ProjectSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  line: positiveLine,
  supervisor: z.string().nullable(),
  implementingUnit: z.string().nullable(),
  owner: z.string().nullable(),
  phone: z.string().nullable(),
  attribute: z.string().nullable(),
  period: z.string().nullable(),
  funding: z.array(PublishedAmountSchema),
  midTermGoal: z.string().nullable(),
  annualGoal: z.string().nullable(),
  indicators: z.array(IndicatorSchema),
  /** Money parts the form's text states: numbered sub-items of the annual goal, "尾款为69万" */
  parts: z.array(PublishedAmountSchema).optional(),
});

export const PerformanceFileSchema = z.strictObject({
  overall: OverallPerformanceSchema.nullable(),
  catalog: z.array(
    z.strictObject({ number: z.number().int().positive(), name: z.string().min(1), line: positiveLine }),
  ),
  projects: z.array(ProjectSchema),
});

// ---------------------------------------------------------------- pinyin.json

export const PinyinFileSchema = z.strictObject({
  /** name → [full pinyin without tones or spaces, initials] — precomputed at import (pinyin-pro is slow at scale) */
  names: z.record(z.string(), z.tuple([z.string(), z.string()])),
});

/** Every file of a dataset folder, with its schema. Order = load order. */
export const DATASET_FILES = {
  'dataset.json': DatasetMetaSchema,
  'tables.json': TablesFileSchema,
  'narrative.json': NarrativeFileSchema,
  'glossary.json': GlossaryFileSchema,
  'classifications.json': ClassificationsFileSchema,
  'line-items.json': LineItemsFileSchema,
  'performance.json': PerformanceFileSchema,
  'pinyin.json': PinyinFileSchema,
} as const;

export type DatasetFileName = keyof typeof DATASET_FILES;

export type DatasetMeta = z.output<typeof DatasetMetaSchema>;
export type Table = z.output<typeof TableSchema>;
export type TableRow = z.output<typeof TableRowSchema>;
export type Column = z.output<typeof ColumnSchema>;
export type { TableKind } from './kinds.js';
export type TableSource = z.output<typeof TableSourceSchema>;
export type NarrativeSource = z.output<typeof NarrativeSourceSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Statement = z.output<typeof StatementSchema>;
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
export type FunctionalCode = z.output<typeof FunctionalCodeSchema>;
export type EconomicCode = z.output<typeof EconomicCodeSchema>;
export type LineItem = z.output<typeof LineItemSchema>;
export type PublishedAmount = z.output<typeof PublishedAmountSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type OverallPerformance = z.output<typeof OverallPerformanceSchema>;
export type Project = z.output<typeof ProjectSchema>;

/** The same shapes before loading: amounts are still decimal strings (what the importer writes). */
export type FactInput = z.input<typeof FactSchema>;
export type LineItemInput = z.input<typeof LineItemSchema>;
export type PublishedAmountInput = z.input<typeof PublishedAmountSchema>;
export type ProjectInput = z.input<typeof ProjectSchema>;
export type OverallPerformanceInput = z.input<typeof OverallPerformanceSchema>;
export type TableInput = z.input<typeof TableSchema>;
export type NarrativeFileInput = z.input<typeof NarrativeFileSchema>;
export type ClassificationsFileInput = z.input<typeof ClassificationsFileSchema>;
export type PerformanceFileInput = z.input<typeof PerformanceFileSchema>;
export type GlossaryFileInput = z.input<typeof GlossaryFileSchema>;
export type DatasetMetaInput = z.input<typeof DatasetMetaSchema>;
