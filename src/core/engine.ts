/**
 * The contract every adapter (Discord, console, CLI) uses. Pure: no discord.js, no I/O after load.
 * The implementation is created once from the loaded knowledge base (`createEngine`, in answer/).
 */
import type { Answer, DatasetRef, Subject } from './answer/types.js';
import type { Request } from './questions.js';

export interface AskOptions {
  /** Restrict to one dataset (department + year); default: the newest loaded dataset, or the one the question names. */
  datasetId?: string;
  /** The previous answer's subject in this conversation (per user and channel), for follow-ups. */
  previous?: Subject;
}

export interface AutocompleteChoice {
  /** ≤ 100 characters, shown to the user: "日常公用支出（在职人员）_公务接待费 · 22,320.24 元" */
  name: string;
  /** ≤ 100 characters, stable: an entity id that `answer()` accepts verbatim */
  value: string;
}

export interface AutocompleteOptions {
  datasetId?: string;
  /** Which entities to offer; default all searchable ones. */
  kinds?: ('item' | 'code' | 'project' | 'glossary' | 'fact')[];
  /** ≤ 25 */
  limit?: number;
}

export interface Engine {
  readonly datasets: readonly DatasetRef[];
  /**
   * An answer for any string: what the question cannot get (not in the data, ambiguous, out of scope) is
   * an answer of that kind. Throws only on a bug, which the adapter's error boundary logs and reports.
   */
  answer(question: string, options?: AskOptions): Answer;
  /** A structured request (a slash command's typed options) answered as a query: nothing is phrased. */
  ask(request: Request, options?: AskOptions): Answer;
  /** Answers from memory; at most `limit` (≤ 25) choices. Throws only on a bug, like `answer`. */
  autocomplete(query: string, options?: AutocompleteOptions): AutocompleteChoice[];
}

/**
 * A bug met while answering, with what the adapter's error boundary logs: the question (clipped), the
 * dataset asked about and the previous subject. The original exception is the `cause`.
 */
export class EngineError extends Error {
  readonly context: { question: string; datasetId?: string; previous?: string };
  constructor(question: string, options: AskOptions, cause: unknown) {
    super(`engine failed on a question: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'EngineError';
    this.context = {
      question: [...question].slice(0, 200).join(''),
      ...(options.datasetId ? { datasetId: options.datasetId } : {}),
      ...(options.previous ? { previous: `${options.previous.kind}:${options.previous.name}` } : {}),
    };
  }
}
