/**
 * Conversation context: the last subject per user and channel, so that "那去年呢？" leans on the
 * previous answer. Never shared between users; expires after a few minutes; a new subject replaces
 * the old one. Adapters (Discord, console) call `converse`; the engine itself stays stateless.
 */
import type { Answer, Subject } from './answer/types.js';
import type { AskOptions, Engine } from './engine.js';
import type { Request } from './questions.js';

export const CONTEXT_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;

/** Answers that say nothing about a subject leave the context as it was. */
const KEEPS_CONTEXT = new Set<Answer['kind']>(['not_found', 'out_of_scope', 'help', 'empty', 'tour', 'quiz']);

export class Conversations {
  private readonly entries = new Map<string, { subject: Subject; at: number }>();
  constructor(
    private readonly ttlMs = CONTEXT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  private key(user: string, channel: string): string {
    return `${user}\u0000${channel}`;
  }

  /** The live subject for this user in this channel, if any. */
  get(user: string, channel: string): Subject | undefined {
    const k = this.key(user, channel);
    const e = this.entries.get(k);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.entries.delete(k);
      return undefined;
    }
    return e.subject;
  }

  remember(user: string, channel: string, answer: Answer): void {
    if (!answer.subject) return;
    // (A year not loaded, asked first, still says what was asked about: "2021年三公多少" → "那2020的呢".)
    // (…and so does a thing whose figure of that kind is not published: "接待费19年决算" → "预算数呢".)
    const opens = (answer.kind === 'out_of_scope' || answer.kind === 'not_found') && !this.get(user, channel);
    if (KEEPS_CONTEXT.has(answer.kind) && !opens) return;
    const k = this.key(user, channel);
    this.entries.delete(k);
    this.entries.set(k, { subject: answer.subject, at: this.now() });
    // Oldest first in a Map: drop the oldest beyond the cap.
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(user: string, channel: string): void {
    this.entries.delete(this.key(user, channel));
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Ask with this user's context in this channel, and remember the answer's subject. */
export function converse(
  engine: Engine,
  conversations: Conversations,
  who: { user: string; channel: string },
  question: string | Request,
  options: AskOptions = {},
): Answer {
  const previous = conversations.get(who.user, who.channel);
  const opts = { ...options, ...(previous ? { previous } : {}) };
  const answer = typeof question === 'string' ? engine.answer(question, opts) : engine.ask(question, opts);
  conversations.remember(who.user, who.channel, answer);
  return answer;
}
