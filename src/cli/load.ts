/** Shared by the CLI entry points: where the data is (--data, else DATA_DIR, else data/) and loading it. */
import { createEngine, type BudgetEngine } from '../core/answer/engine.js';
import { openKnowledgeBase } from '../core/answer/catalog.js';
import { KbLoadError, loadKnowledgeBase, type KnowledgeBase } from '../core/kb/loader.js';

export function dataDirFrom(flag: string | undefined): string {
  // Node's own .env reader (variables already set win, as with dotenv): dotenv costs a one-question
  // run more to import than it does to read the one key these tools need.
  try {
    process.loadEnvFile('.env');
  } catch {
    // no .env: the environment as it is
  }
  const env = process.env['DATA_DIR']?.trim();
  return flag ?? (env ? env : 'data');
}

/** The engine over the catalog in `dir` (datasets loaded on first use), or the one clear reason it cannot be opened. */
export function openOrReport(dir: string, opts: { prepare?: boolean } = {}): BudgetEngine | null {
  try {
    const prepare = opts.prepare ?? true;
    const engine = createEngine(openKnowledgeBase(dir), { prepareOnLoad: prepare });
    engine.warm({ prepare });
    return engine;
  } catch (e) {
    if (e instanceof KbLoadError) {
      console.error(e.message);
      return null;
    }
    throw e;
  }
}

/** Loads the knowledge base or prints the one clear reason it cannot, returning null. */
export function loadOrReport(dir: string): KnowledgeBase | null {
  try {
    return loadKnowledgeBase(dir);
  } catch (e) {
    if (e instanceof KbLoadError) {
      console.error(e.message);
      return null;
    }
    throw e;
  }
}
