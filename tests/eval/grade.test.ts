import { describe, expect, it } from 'vitest';
import type { Answer, Figure } from '../../src/core/answer/types.js';
import { money, type Unit } from '../../src/core/money.js';
import { grade, type Expect } from '../../src/eval/grade.js';

const fig = (value: string, unit: Unit, label = 'x'): Figure => ({
  label,
  value: money(value),
  unit,
  derivation: 'test',
});
function answer(kind: Answer['kind'], figures: Figure[], lines: string[] = []): Answer {
  return { kind, title: 't', lines, figures, sources: [], datasets: [], suggestions: [] };
}
const want = (...values: (string | string[])[]): Expect => ({ type: 'figure', values });

describe('grading an answer against the figures written from the source', () => {
  it.each([
    ['the exact 元 figure', answer('amount', [fig('22320.24', '元')]), want('22320.24 元'), 'right'],
    [
      'a 元 figure for a 万元 expectation, rounded to its places',
      answer('amount', [fig('22320.24', '元')]),
      want('2.23 万元'),
      'right',
    ],
    [
      'a percentage rounded to the written places',
      answer('share', [fig('95.2117632', '%')]),
      want('95.21%'),
      'right',
    ],
    [
      'one of the alternatives',
      answer('share', [fig('95.2117632', '%')]),
      want(['95.8%', '95.21%']),
      'right',
    ],
    ['a value written in the text only', answer('fact', [], ['实际 116 人']), want('116 人'), 'right'],
    [
      'a count in another measure word (16 项 for 16 个)',
      answer('fact', [fig('16', '项')]),
      want('16 个'),
      'right',
    ],
    ['a count of other things (16 人 for 16 个)', answer('fact', [fig('16', '人')]), want('16 个'), 'wrong'],
    [
      'another figure presented as the answer',
      answer('amount', [fig('26268.00', '元')]),
      want('22320.24 元'),
      'wrong',
    ],
    [
      'a 万元 figure read as 元 (the 10,000× slip)',
      answer('amount', [fig('8322.36', '元')]),
      want('8322.36 万元'),
      'wrong',
    ],
    ['one part of two missing', answer('amount', [fig('1', '人')]), want('1 人', '91 人'), 'wrong'],
    ['not found for a figure that exists', answer('not_found', []), want('22320.24 元'), 'miss'],
    [
      'a choice list holding the figure',
      answer('ambiguous', [fig('22320.24', '元')]),
      want('22320.24 元'),
      'miss',
    ],
    [
      'not found for what is not in the document',
      answer('not_found', []),
      { type: 'none' } as Expect,
      'right',
    ],
    [
      'a figure for what is not in the document',
      answer('amount', [fig('22320.24', '元')]),
      { type: 'none' } as Expect,
      'wrong',
    ],
    [
      'a code in the text',
      answer('code', [], ['30217 公务接待费']),
      { type: 'text', values: ['30217'] } as Expect,
      'right',
    ],
  ])('%s', (_name, a, expectation, verdict) => {
    expect(grade(a, expectation).verdict).toBe(verdict);
  });

  it('does not take 2.23 万元 for 22.23 万元 or 2.235 万元', () => {
    expect(grade(answer('fact', [], ['共 22.23 万元']), want('2.23 万元')).verdict).not.toBe('right');
    expect(grade(answer('fact', [], ['共 2.235 万元']), want('2.23 万元')).verdict).not.toBe('right');
  });
});
