/**
 * The guided tour and the practice quiz as the adapters (Discord, console) use them: three calls
 * narrowed from the engine, so that adapters and their tests do not depend on the engine's class.
 */
import type { BudgetEngine } from './answer/engine.js';
import { quizQuestion, revealAnswer, type QuizQuestion } from './answer/quiz.js';
import { tourStep } from './answer/tour.js';
import type { Answer } from './answer/types.js';

export type { QuizQuestion };

export interface QuizScore {
  right: number;
  asked: number;
}

export interface Onboarding {
  /** Step `index` (0-based, clamped) of the tour of a dataset (default the newest); `answer.step` is set. */
  tourStep(datasetId: string | undefined, index: number): Answer;
  /** The question for a seed, the same every time; null when the data is too small to ask one. */
  quizQuestion(datasetId: string | undefined, seed: number): QuizQuestion | null;
  /** Right or wrong, the correct option, the figure and its source, and the running score. */
  revealAnswer(question: QuizQuestion, chosen: number, score?: QuizScore): Answer;
}

export function onboardingOf(engine: BudgetEngine): Onboarding {
  return {
    tourStep: (datasetId, index) => tourStep(engine, datasetId, index),
    quizQuestion: (datasetId, seed) => quizQuestion(engine, datasetId, seed),
    revealAnswer: (question, chosen, score) => revealAnswer(engine, question, chosen, score),
  };
}

/** Option letters as Discord buttons show them; the console numbers options 1–4 instead. */
export const QUIZ_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** The largest seed (quizQuestion reduces seeds modulo 2^31). */
export const QUIZ_SEED_MAX = 2 ** 31 - 1;
