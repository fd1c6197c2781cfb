/** What the engine knows about one subject, before it is phrased as an answer. */
import type { ChartSpec } from '../chart/spec.js';
import type { Figure, SourceRef } from './types.js';

export interface View {
  /** "公务接待费" */
  title: string;
  /** This year's figure for the subject, when it has one */
  primary: Figure | null;
  /** Why there is no primary figure, when there is none ("表中为空白（未公开）") */
  primaryNote?: string;
  previous?: Figure | null;
  change?: Figure | null;
  changePct?: Figure | null;
  reason?: { text: string; source: SourceRef } | null;
  /** Further figures: parts, counts, the same amount elsewhere */
  details: Figure[];
  /** Descriptive lines (owner, definition, list items), plain text */
  lines: string[];
  /** Sources that corroborate or describe (same figure in another table, a quoted sentence) */
  sources: SourceRef[];
  /** Audit notes about this subject */
  notes: string[];
  /** Tables the subject appears in */
  tables: number[];
  chart?: ChartSpec;
  /** A figure to divide by for "占多少" when the question names no whole */
  whole?: Figure | null;
  suggestions: string[];
  /** The subjects the view lists, in the document's order (a "第二个" after it is the second) */
  list?: string[];
}

export function emptyView(title: string): View {
  return {
    title,
    primary: null,
    details: [],
    lines: [],
    sources: [],
    notes: [],
    tables: [],
    suggestions: [],
  };
}
