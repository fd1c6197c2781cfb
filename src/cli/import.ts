/**
 * npm run import -- <source.txt> [--out <dir>] [--allow-partial]: see src/import/run.ts.
 */
import { runImport } from '../import/run.js';

process.exitCode = runImport(process.argv.slice(2));
