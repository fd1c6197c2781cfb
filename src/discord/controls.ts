/**
 * custom_ids of the tour and quiz buttons. They carry everything needed to answer a press (dataset,
 * step or seed, choice), so they survive restarts and need no store: "tour:<dataset>:<index>",
 * "quiz:<dataset>:<seed>:<A|B|C|D|next>". Dataset ids contain no colon.
 */
import { QUIZ_LETTERS, QUIZ_SEED_MAX } from '../core/onboarding.js';

export const TOUR_NAMESPACE = 'tour';
export const QUIZ_NAMESPACE = 'quiz';

const DATASET = '[A-Za-z0-9][\\w.-]{0,63}';
const TOUR_ARGS = new RegExp(`^(${DATASET}):(\\d{1,3})$`);
const QUIZ_ARGS = new RegExp(`^(${DATASET}):(\\d{1,10}):(A|B|C|D|next)$`);

export interface TourRef {
  datasetId: string;
  /** 0-based step */
  index: number;
}

export interface QuizRef {
  datasetId: string;
  seed: number;
  /** 0–3 for A–D, or "next" for the next question */
  choice: number | 'next';
}

export function tourCustomId(datasetId: string, index: number): string {
  return `${TOUR_NAMESPACE}:${datasetId}:${index}`;
}

/** The part after "tour:", or undefined when it is not one of ours. */
export function parseTourArgs(args: string): TourRef | undefined {
  const m = TOUR_ARGS.exec(args);
  return m?.[1] && m[2] ? { datasetId: m[1], index: Number.parseInt(m[2], 10) } : undefined;
}

export function quizCustomId(datasetId: string, seed: number, choice: number | 'next'): string {
  return `${QUIZ_NAMESPACE}:${datasetId}:${seed}:${choice === 'next' ? 'next' : QUIZ_LETTERS[choice]}`;
}

/** The part after "quiz:", or undefined when it is not one of ours. */
export function parseQuizArgs(args: string): QuizRef | undefined {
  const m = QUIZ_ARGS.exec(args);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const seed = Number.parseInt(m[2], 10);
  if (seed > QUIZ_SEED_MAX) return undefined;
  const letter = QUIZ_LETTERS.indexOf(m[3] as (typeof QUIZ_LETTERS)[number]);
  return { datasetId: m[1], seed, choice: letter >= 0 ? letter : 'next' };
}
