/**
 * npx tsx scripts/variants.ts [name…]: the private-style variant set (tests/helpers/private-variants.ts)
 * imported as staff would, each importing variant's questions asked; prints variant → imports/refuses
 * as expected, right/miss/wrong, and the totals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVariants } from '../tests/helpers/private-variants.js';
import { runVariant } from '../tests/helpers/variant-grading.js';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('-v');
const tmp = mkdtempSync(join(tmpdir(), 'variants-'));
let ok = 0;
let n = 0;
const totals = { right: 0, miss: 0, wrong: 0 };
try {
  for (const v of buildVariants()) {
    if (only.length > 0 && !only.includes(v.name)) continue;
    const r = runVariant(v, join(tmp, v.name));
    n++;
    if (r.asExpected) ok++;
    const c = { right: 0, miss: 0, wrong: 0 };
    for (const q of r.questions) c[q.verdict]++;
    totals.right += c.right;
    totals.miss += c.miss;
    totals.wrong += c.wrong;
    console.log(
      `${r.asExpected ? 'ok ' : 'BAD'} ${v.name.padEnd(30)} ${v.expect.padEnd(6)} exit ${r.exit}` +
        (r.questions.length > 0
          ? `  right ${c.right}/${r.questions.length} miss ${c.miss} wrong ${c.wrong}`
          : ''),
    );
    for (const w of r.why) console.log(`      ${w}`);
    for (const q of r.questions)
      if (q.verdict !== 'right' || verbose)
        console.log(`      ${q.verdict}: ${q.q} (want ${q.want}) → ${q.got}`);
    if (verbose && r.expect === 'refuse')
      console.log(`      ${r.stderr.split('\n').slice(0, 4).join(' / ')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const asked = totals.right + totals.miss + totals.wrong;
console.log(
  `\n${ok}/${n} variants as expected; questions ${totals.right}/${asked} right (${((100 * totals.right) / Math.max(1, asked)).toFixed(1)}%), ${totals.miss} miss, ${totals.wrong} wrong`,
);
