/**
 * The answer engine's output: plain data that every adapter (Discord, console, CLI) renders.
 * Text lines are plain text (no markdown): renderers escape them for their medium.
 */
import type { Quantity, Unit } from '../money.js';
import type { ChartSpec } from '../chart/spec.js';
import type { Query } from '../understand/query.js';

/** Where a figure comes from. Every figure in an answer carries one. */
export type SourceRef =
  | {
      kind: 'table';
      /** 1..12 */
      table: number;
      tableTitle: string;
      /** Row label as published (code and name, or item name) */
      row: string;
      /** Column header as published */
      column: string;
      /** 1-based line in source.txt where the row starts */
      line: number;
    }
  | {
      kind: 'narrative';
      /** Section heading, e.g. "四、部门“三公”经费财政拨款预算说明" */
      section: string;
      /** The sentence quoted verbatim from source.txt */
      quote: string;
      line: number;
    };

/** A figure is a quantity (value + unit) with a label and its provenance. */
export interface Figure<U extends Unit = Unit> extends Quantity<U> {
  label: string;
  /** Published figures cite their source… */
  source?: SourceRef;
  /** …computed ones state the computation over cited figures, e.g. "表九 30217 各行之和". */
  derivation?: string;
  /** The computation, structured: `value` = op(inputs), so it can be re-checked. */
  computation?: Computation;
}

/**
 * sum: Σ inputs · difference: inputs[0] − inputs[1] · percent: inputs[0] ÷ inputs[1] × 100 ·
 * change_percent: (inputs[0] − inputs[1]) ÷ inputs[1] × 100 · to_wan: inputs[0] ÷ 10000 ·
 * to_yuan: inputs[0] × 10000 · count: the number of inputs · per_person: inputs[0] (元) ÷ inputs[1] (人).
 * sum, difference, percent and change_percent take inputs of one unit; percent and change_percent
 * give '%'; to_wan takes 元, to_yuan takes 万元; per_person gives 元.
 */
export interface Computation {
  op: 'sum' | 'difference' | 'percent' | 'change_percent' | 'to_wan' | 'to_yuan' | 'count' | 'per_person';
  inputs: Figure[];
}

export type AnswerKind =
  | 'amount'
  | 'total'
  | 'change'
  | 'sangong'
  | 'breakdown'
  | 'ranking'
  | 'share'
  | 'code'
  | 'glossary'
  | 'table'
  | 'fact'
  | 'audit'
  | 'ambiguous'
  | 'not_found'
  | 'out_of_scope'
  | 'help'
  | 'empty'
  | 'tour'
  | 'quiz';

export interface DatasetRef {
  id: string;
  department: string;
  fiscalYear: number;
}

/** What the answer was about, so a follow-up ("那去年呢？") can carry it forward. */
export interface Subject {
  kind: 'item' | 'code' | 'fact' | 'total' | 'sangong' | 'breakdown' | 'ranking' | 'table' | 'glossary';
  /** Stable id in the knowledge base (entity id), when there is one */
  id?: string;
  /** Human name, e.g. "公务接待费" */
  name: string;
  datasetId: string;
  /** Extra facets: breakdown dimension, ranking list, table number… */
  facet?: string;
  /** Ordered entity ids when the answer listed several (for "第二个呢？") */
  list?: string[];
  /** The query this answer answered: a follow-up is merged into it */
  query?: Query;
}

export interface Answer {
  kind: AnswerKind;
  title: string;
  /** Body, one plain-text line each, Chinese first. */
  lines: string[];
  figures: Figure[];
  sources: SourceRef[];
  /** The dataset(s) the answer draws on; empty only for help/empty/not-found with nothing loaded. */
  datasets: DatasetRef[];
  /** Natural follow-up questions, each a question the engine answers. */
  suggestions: string[];
  chart?: ChartSpec;
  /** How a follow-up was understood: "按上文：公务接待费 2019 年…" */
  interpretation?: string;
  /** A step of a guided walk (the tour): adapters show previous/next controls */
  step?: { kind: 'tour'; datasetId: string; index: number; total: number };
  subject?: Subject;
}
