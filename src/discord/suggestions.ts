/**
 * Follow-up suggestion buttons. A button's custom_id (≤ 100 chars) carries the question itself when it
 * fits ("ask:q:<question>", which survives restarts), else a key into this short-lived in-memory store
 * of one rendered message's suggestions ("ask:s:<key>:<index>").
 */
import { randomBytes } from 'node:crypto';

/** Buttons in this namespace are answered by the /ask command's button handler. */
export const SUGGESTION_NAMESPACE = 'ask';
const CUSTOM_ID_MAX = 100;

export interface StoredSuggestion {
  question: string;
  datasetId?: string;
}

export type SuggestionRef =
  { kind: 'text'; question: string } | { kind: 'stored'; key: string; index: number };

interface Entry {
  questions: readonly string[];
  datasetId?: string;
  expiresAt: number;
}

export interface SuggestionStoreOptions {
  /** How long a message's buttons stay answerable, ms (default 30 minutes). */
  ttlMs?: number;
  /** Oldest entries are dropped beyond this many messages. */
  maxEntries?: number;
  now?: () => number;
}

export class SuggestionStore {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({ ttlMs = 30 * 60_000, maxEntries = 10_000, now = Date.now }: SuggestionStoreOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  /** Remember one message's suggestions; returns the key its buttons carry. */
  put(questions: readonly string[], datasetId?: string): string {
    const key = randomBytes(6).toString('base64url');
    this.#entries.set(key, { questions, datasetId, expiresAt: this.#now() + this.#ttlMs });
    // Map iteration is insertion order, so the first keys are the oldest.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
    return key;
  }

  get(key: string, index: number): StoredSuggestion | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    const question = entry.questions[index];
    return question === undefined ? undefined : { question, datasetId: entry.datasetId };
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * custom_ids for one message's suggestion buttons. Inline when every question fits and no dataset
 * needs carrying; otherwise all go through the store (one entry per message).
 */
export function suggestionCustomIds(
  questions: readonly string[],
  store: SuggestionStore | undefined,
  datasetId?: string,
): (string | undefined)[] {
  const inline = questions.map((q) => `${SUGGESTION_NAMESPACE}:q:${q}`);
  if (datasetId === undefined && inline.every((id) => id.length <= CUSTOM_ID_MAX)) return inline;
  if (!store)
    return inline.map((id) => (datasetId === undefined && id.length <= CUSTOM_ID_MAX ? id : undefined));
  const key = store.put(questions, datasetId);
  return questions.map((_q, i) => `${SUGGESTION_NAMESPACE}:s:${key}:${i}`);
}

/** Parse the part after "ask:". */
export function parseSuggestionArgs(args: string): SuggestionRef | undefined {
  if (args.startsWith('q:')) {
    const question = args.slice(2);
    return question ? { kind: 'text', question } : undefined;
  }
  const stored = /^s:([\w-]+):(\d{1,2})$/.exec(args);
  if (stored?.[1] && stored[2])
    return { kind: 'stored', key: stored[1], index: Number.parseInt(stored[2], 10) };
  return undefined;
}
