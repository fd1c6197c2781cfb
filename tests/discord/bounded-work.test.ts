/**
 * Bounded work per question, by construction: whatever a user types (any length, any characters), the
 * engine reads at most MAX_QUESTION_CHARS of it, so one question's cost stays small. Property test over
 * long random strings against the real engine and data; the time bound is deliberately generous (a
 * 3,000-letter question took ~1 s before the cap, a 500-letter one ~240 ms). Performance figures come
 * from `npm run loadtest`, not from here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { Engine } from '../../src/core/engine.js';
import { MAX_QUESTION_CHARS, ask } from '../../src/discord/respond.js';
import { testContext } from '../helpers/context.js';

const GENEROUS_BOUND_MS = 300;
let engine: Engine;
const seen: string[] = [];

beforeAll(async () => {
  const real = await loadEngine(parseConfig({}));
  engine = {
    datasets: real.datasets,
    autocomplete: (q, o) => real.autocomplete(q, o),
    answer(question, options) {
      seen.push(question);
      return real.answer(question, options);
    },
    ask: (request, options) => real.ask(request, options),
  };
  engine.answer('公务接待费是多少'); // warm-up
});

const latin = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  minLength: 200,
  maxLength: 3000,
});
const mixed = fc.string({
  unit: fc.constantFrom(...'abcxyz 公务接待费三公经费预算支出表一二三0123456789.,?？！gwjdf'.split('')),
  minLength: 200,
  maxLength: 3000,
});
const anything = fc.string({ unit: 'grapheme', minLength: 200, maxLength: 2000 });

describe('bounded work per question', () => {
  it.each([
    ['random Latin letters', latin],
    ['budget words, pinyin and digits mixed', mixed],
    ['any Unicode', anything],
  ])(
    '%s: the engine reads at most MAX_QUESTION_CHARS characters and each question stays fast',
    (_name, strings) => {
      const ctx = testContext({ engine: engine as never });
      fc.assert(
        fc.property(strings, (question) => {
          seen.length = 0;
          const started = performance.now();
          ask(ctx, question, { userId: 'u', channelId: 'c' });
          const ms = performance.now() - started;
          expect(seen).toHaveLength(1);
          expect(Array.from(seen[0] ?? '').length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
          expect(ms).toBeLessThan(GENEROUS_BOUND_MS);
        }),
        { numRuns: 25, seed: 20201130 },
      );
    },
  );
});
