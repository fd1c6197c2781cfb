/**
 * Grading an answer against an evaluation item (eval/*.jsonl, written from the source document alone).
 *
 * An item expects figures ("22320.24 元", "95.21%", alternatives in an inner list), texts (a code, a
 * name) or nothing ("none": the thing is not in the document). An answer is
 *  - right: every expected value is stated (as a figure of the answer, or written in its text);
 *  - miss: it states no figure as the answer (not found, a choice list, help) but is not right;
 *  - wrong: it presents figures as the answer and they are not the expected ones (the worst outcome).
 */
import { z } from 'zod';
import type { Answer, Figure } from '../core/answer/types.js';
import { Money } from '../core/money.js';

const Value = z.union([z.string(), z.array(z.string()).min(1)]);
export const ExpectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('figure'), values: z.array(Value).min(1) }),
  z.object({ type: z.literal('text'), values: z.array(Value).min(1) }),
  z.object({ type: z.literal('none') }),
]);
export type Expect = z.infer<typeof ExpectSchema>;

export const QuestionItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  question: z.string(),
  expect: ExpectSchema,
  cite: z.string().optional(),
  note: z.string().optional(),
});
export type QuestionItem = z.infer<typeof QuestionItemSchema>;

export const DialogueItemSchema = z.object({
  id: z.string(),
  kind: z.literal('dialogue'),
  turns: z
    .array(
      z.object({
        question: z.string(),
        expect: ExpectSchema,
        cite: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .min(1),
});
export type DialogueItem = z.infer<typeof DialogueItemSchema>;

export type Verdict = 'right' | 'miss' | 'wrong';

/** Kinds of answer that present no figure as *the* answer. */
const NON_ANSWERS = new Set<Answer['kind']>(['not_found', 'out_of_scope', 'ambiguous', 'help', 'empty']);

interface Wanted {
  value: Money;
  unit: string;
  /** Decimal places written in the expectation: the answer's figure is compared rounded to them. */
  places: number;
}

function parseWanted(text: string): Wanted | null {
  const m = /^\s*(-?\d+(?:\.(\d+))?)\s*(万元|元|%|人|个|辆|项|条|笔|台|次|分)\s*$/.exec(text);
  if (!m) return null;
  return { value: new Money(m[1]!), unit: m[3]!, places: m[2]?.length ?? 0 };
}

const rounded = (v: Money, places: number) => v.toDecimalPlaces(places, Money.ROUND_HALF_UP);

/** Measure words for a number of things, one as good as another: 16 项 is 16 个. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['个', '项', '条', '笔']);

/** A figure of the answer says the wanted value: same unit (or 元 ↔ 万元, 个 ↔ 项), equal at the written places. */
function figureStates(f: Figure, w: Wanted): boolean {
  const same = (v: Money) =>
    rounded(v, w.places).equals(w.value) || rounded(v.abs(), w.places).equals(w.value.abs());
  if (f.unit === w.unit || (COUNT_WORDS.has(f.unit) && COUNT_WORDS.has(w.unit))) return same(f.value);
  if (f.unit === '元' && w.unit === '万元') return same(f.value.dividedBy(10000));
  if (f.unit === '万元' && w.unit === '元') return same(f.value.times(10000));
  return false;
}

/** The answer's text without thousands separators and spaces, for written values. */
export function answerText(a: Answer): string {
  return [a.title, ...a.lines, ...a.figures.map((f) => f.label)].join('\n').replace(/(?<=\d),(?=\d{3})/g, '');
}

const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .toLowerCase();

/** The text writes the wanted number with its unit ("2.23 万元", "95.21%", "116 人"). */
function textStates(text: string, w: Wanted): boolean {
  const t = squash(text);
  const n = w.value.abs().toFixed(w.places);
  const re = new RegExp(
    `(?<![\\d.])${n.replace('.', '\\.')}${w.unit === '元' ? '(?!万)' : ''}${escape(w.unit)}`,
  );
  return re.test(t) || (w.unit === '元' && new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}元`).test(t));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stated(a: Answer, text: string, alternative: string, type: 'figure' | 'text'): boolean {
  if (type === 'text') return squash(text).includes(squash(alternative));
  const w = parseWanted(alternative);
  if (!w) return squash(text).includes(squash(alternative));
  return a.figures.some((f) => figureStates(f, w)) || textStates(text, w);
}

export interface Grade {
  verdict: Verdict;
  /** The expected values not found in the answer */
  missing: string[];
}

export function grade(a: Answer, expect: Expect): Grade {
  const presents = !NON_ANSWERS.has(a.kind) && a.figures.length > 0;
  if (expect.type === 'none') {
    if (NON_ANSWERS.has(a.kind) || a.figures.length === 0) return { verdict: 'right', missing: [] };
    return { verdict: 'wrong', missing: ['(不在文件中)'] };
  }
  const text = answerText(a);
  // A choice list is a question back, not an answer, even when the right figure is among the options.
  if (a.kind === 'ambiguous') return { verdict: 'miss', missing: ['(列出了多个候选)'] };
  const missing = expect.values
    .map((v) => (Array.isArray(v) ? v : [v]))
    .filter((alts) => !alts.some((alt) => stated(a, text, alt, expect.type)))
    .map((alts) => alts.join(' | '));
  if (missing.length === 0) return { verdict: 'right', missing };
  return { verdict: presents ? 'wrong' : 'miss', missing };
}
