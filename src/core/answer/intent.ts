/**
 * The flags the answer presenters read (lookup, change, share, where, owner, breakdown…). A question no
 * longer becomes these by pattern matching: the understanding pipeline builds a Query
 * (src/core/understand/), and the engine sets these flags from it for the presenters that predate it.
 */

import type { Dimension } from '../understand/lexicon.js';

export type { Dimension };

export interface Parsed {
  /** The question, cleaned (NFKC, spaces collapsed, control characters removed) */
  text: string;
  english: boolean;
  change: boolean;
  previous: boolean;
  share: boolean;
  /** "占Y" — the whole the share is of, as typed */
  shareOf: string | null;
  why: boolean;
  where: boolean;
  definition: boolean;
  owner: boolean;
  indicators: boolean;
  audit: boolean;
  help: boolean;
  greeting: boolean;
  tour: boolean;
  breakdown: Dimension | null;
  /** Breakdown level for functional codes: 类 (3), 款 (5), 项 (7) */
  level: 3 | 5 | 7 | null;
  ranking: {
    n: number;
    order: 'desc' | 'asc';
    scope: 'items' | 'project_items' | 'basic_items' | 'functional' | 'economic';
  } | null;
  years: number[];
  codes: string[];
  tableNumber: number | null;
  ordinal: number | null;
  /** Text left once the modifiers are taken out: what the question is about */
  subject: string;
  /** The question leans on the previous answer ("那…呢", "占多少？", "第二个呢") */
  followUp: boolean;
  /** "代码呢？" — the classification code of the subject */
  codeOf: boolean;
  /** "明细呢？" — the line items under the subject */
  detail: boolean;
}

/** A Parsed with nothing asked: the base the query's flags are set on. */
export function emptyParsed(): Parsed {
  return {
    text: '',
    english: false,
    change: false,
    previous: false,
    share: false,
    shareOf: null,
    why: false,
    where: false,
    definition: false,
    owner: false,
    indicators: false,
    audit: false,
    help: false,
    greeting: false,
    tour: false,
    breakdown: null,
    level: null,
    ranking: null,
    years: [],
    codes: [],
    tableNumber: null,
    ordinal: null,
    subject: '',
    followUp: false,
    codeOf: false,
    detail: false,
  };
}
