import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bound, MAX_LINE_CHARS, MAX_LINES } from '../../src/core/answer/compose.js';

/** What bound() did when it read every line as an array of characters. */
function spread(lines: string[]): string[] {
  const clipped = lines.map((l) =>
    [...l].length > MAX_LINE_CHARS ? `${[...l].slice(0, MAX_LINE_CHARS).join('')}…` : l,
  );
  if (clipped.length <= MAX_LINES) return clipped;
  return [...clipped.slice(0, MAX_LINES - 1), `……另有 ${clipped.length - MAX_LINES + 1} 行未显示。`];
}

describe('bound', () => {
  it('clips each line to MAX_LINE_CHARS code points, as reading it as characters does', () => {
    // Lines around the limit, of ASCII, Chinese, surrogate pairs and lone surrogates.
    const unit = fc.constantFrom('a', '中', '😀', '\ud83d', '\ude00', '𠀀');
    const line = fc
      .tuple(
        fc.integer({ min: MAX_LINE_CHARS - 3, max: MAX_LINE_CHARS + 3 }),
        fc.array(unit, { maxLength: 8 }),
      )
      .map(([n, tail]) => '费'.repeat(Math.max(0, n - tail.length)) + tail.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 3 }), (lines) => {
        expect(bound(lines)).toEqual(spread(lines));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a line of exactly MAX_LINE_CHARS astral characters whole', () => {
    const l = '😀'.repeat(MAX_LINE_CHARS);
    expect(bound([l])).toEqual([l]);
    expect(bound([`${l}a`])).toEqual([`${l}…`]);
  });
});
