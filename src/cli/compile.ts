/**
 * npm run compile [-- DIR]
 * Writes compiled.jsonl (digests and the audit: what a trusted load reads instead of validating again)
 * for every dataset in DIR (one dataset folder or a folder of them; default --data / DATA_DIR / data/),
 * each loaded in full first: validated and checked against source.txt. `npm run import` does this for
 * the dataset it writes, and the build does it for data/ after compiling the code (compiled.jsonl is
 * trusted only by the code that wrote it). A dataset that fails validation is reported and not compiled.
 */
import { join } from 'node:path';
import { datasetDirs, KbLoadError, compileDataset } from '../core/kb/loader.js';
import { COMPILED_FILE } from '../core/kb/compiled.js';
import { dataDirFrom } from './load.js';

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--quiet');
  const quiet = process.argv.includes('--quiet');
  const dir = dataDirFrom(args[0]);
  let failed = 0;
  let dirs: string[];
  try {
    dirs = datasetDirs(dir);
  } catch (e) {
    if (e instanceof KbLoadError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  const started = performance.now();
  for (const d of dirs) {
    try {
      const { written } = compileDataset(d);
      if (!written)
        console.error(`${join(d, COMPILED_FILE)}: not written (validation changes more than amounts)`);
    } catch (e) {
      if (!(e instanceof KbLoadError)) throw e;
      console.error(e.message);
      failed++;
    }
  }
  if (!quiet)
    console.log(
      `compiled ${dirs.length - failed} of ${dirs.length} datasets in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  return failed ? 1 : 0;
}

process.exitCode = main();
