/**
 * Quiz scores per user, bounded and expiring: a user's running score is forgotten after `ttlMs`
 * without an answer, and beyond `maxUsers` the least recently active users are dropped. Same interface
 * as the engine's QuizScores (it keeps one per user inside).
 */
import { QuizScores } from '../core/answer/quiz.js';

export interface ExpiringQuizScoresOptions {
  ttlMs?: number;
  maxUsers?: number;
  now?: () => number;
}

export class ExpiringQuizScores extends QuizScores {
  readonly #users = new Map<string, { scores: QuizScores; at: number }>();
  readonly #ttlMs: number;
  readonly #maxUsers: number;
  readonly #now: () => number;

  constructor({ ttlMs = 60 * 60_000, maxUsers = 10_000, now = Date.now }: ExpiringQuizScoresOptions = {}) {
    super();
    this.#ttlMs = ttlMs;
    this.#maxUsers = maxUsers;
    this.#now = now;
  }

  #live(user: string): QuizScores | undefined {
    const entry = this.#users.get(user);
    if (!entry) return undefined;
    if (this.#now() - entry.at > this.#ttlMs) {
      this.#users.delete(user);
      return undefined;
    }
    return entry.scores;
  }

  override record(user: string, questionId: string, right: boolean): { right: number; asked: number } {
    const scores = this.#live(user) ?? new QuizScores();
    this.#users.delete(user);
    this.#users.set(user, { scores, at: this.#now() });
    // Oldest activity first in a Map: drop beyond the cap.
    for (const oldest of this.#users.keys()) {
      if (this.#users.size <= this.#maxUsers) break;
      this.#users.delete(oldest);
    }
    return scores.record(user, questionId, right);
  }

  override reset(user: string): void {
    this.#users.delete(user);
  }

  override get(user: string): { right: number; asked: number } {
    return this.#live(user)?.get(user) ?? { right: 0, asked: 0 };
  }

  get size(): number {
    return this.#users.size;
  }
}
