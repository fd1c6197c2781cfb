/** The second dataset (tests/fixtures/xicheng-2021: fictional, another year) imported into a temp folder. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetFiles, importBudget } from '../../src/core/kb/importer.js';

export function importFixture2021(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-2021-'));
  copyFileSync('tests/fixtures/xicheng-2021/source.txt', join(dir, 'source.txt'));
  const result = importBudget(readFileSync(join(dir, 'source.txt'), 'utf8'), 'source.txt');
  for (const [name, text] of Object.entries(datasetFiles(result))) writeFileSync(join(dir, name), text);
  return dir;
}
