/**
 * A second year of the bundled department for tests: the 2020 document in the 2021 numbering
 * (tests/fixtures/numbering-2021), edited so that one item's amount, one item's codes and one item's
 * name change — 机要信息中心运维费 22,175,821.60 → 22,185,821.60 (+10,000.00); 软件正版化 moved from
 * 50399/31099 to 50303/31003; 预留机动费 renamed 预留机动经费 — and a way to import a text into a folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFiles, importBudget } from '../../src/core/kb/importer.js';

export const SOURCE_2021 = readFileSync('tests/fixtures/numbering-2021/source.txt', 'utf8');

export const EDITED_2021 = SOURCE_2021.replace(
  '\t50399\n\t其他资本性支出\n\t31099\n\t其他资本性支出\n\t2021年西城区软件正版化采购项目',
  '\t50303\n\t专用设备购置\n\t31003\n\t专用设备购置\n\t2021年西城区软件正版化采购项目',
)
  .replace('\t预留机动费\n', '\t预留机动经费\n')
  .replace('\t22175821.60', '\t22185821.60');

/** The text imported into `dir` as a dataset folder (source.txt and the JSON files); its import result. */
export function importInto(dir: string, text: string): ReturnType<typeof importBudget> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.txt'), text);
  const r = importBudget(text, 'source.txt');
  for (const [name, content] of Object.entries(datasetFiles(r))) writeFileSync(join(dir, name), content);
  return r;
}
