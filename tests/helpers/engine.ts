/** The real engine over the bundled data, built once per test file. */
import { createEngine, type BudgetEngine } from '../../src/core/answer/engine.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';

let engine: BudgetEngine | undefined;

export function realEngine(): BudgetEngine {
  engine ??= createEngine(loadKnowledgeBase('data'));
  return engine;
}
