/**
 * Asking the real engine in tests, with every figure of every answer checked against the source by the
 * independent oracle (`trace.ts`): one question, or turns of one conversation.
 */
import { expect } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { CONTEXT_TTL_MS, Conversations, converse } from '../../src/core/conversation.js';
import { realEngine } from './engine.js';
import { untraced } from './trace.js';

const engine = realEngine();
const datasets = engine.loaded.map((l) => l.ds);

/** The answer's title, interpretation and lines. */
export const text = (a: Answer) => [a.title, a.interpretation ?? '', ...a.lines].join('\n');

/** The answer presents a figure of this value (and unit). */
export const has = (a: Answer, v: string, unit?: string) =>
  a.figures.some((f) => f.value.equals(v) && (!unit || f.unit === unit));

function traced(q: string, a: Answer): Answer {
  for (const f of a.figures) expect(untraced(f, datasets), `${q}: ${f.label}`).toBeNull();
  return a;
}

export function ask(q: string): Answer {
  return traced(q, engine.answer(q));
}

/** The turns asked in one conversation (a clock that never moves, so the context never expires). */
export function dialogue(...qs: string[]): Answer[] {
  const c = new Conversations(CONTEXT_TTL_MS, () => 0);
  return qs.map((q) => traced(q, converse(engine, c, { user: 'u', channel: 'c' }, q)));
}
