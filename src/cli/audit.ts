/**
 * npm run audit [-- --data DIR] [--json]
 * Applies the consistency rules to every loaded dataset and prints each finding: the rule, expected,
 * found, the difference and both sources. Figures are reported as published, never corrected.
 */
import { parseArgs } from 'node:util';
import { auditDataset, describeSource, type Finding, type Side } from '../core/kb/audit.js';
import { formatDecimal } from '../core/money.js';
import { dataDirFrom, loadOrReport } from './load.js';

const SEVERITY = { error: '不一致', warning: '需注意', note: '说明' } as const;

function side(s: Side): string {
  const v =
    s.value === null ? '（空白/无数值）' : `${formatDecimal(s.value, s.unit === '%' ? 4 : 2)} ${s.unit}`;
  return `${v} — ${s.label}`;
}

function print(f: Finding, i: number): void {
  console.log(`\n${i}. [${SEVERITY[f.severity]}] ${f.rule}`);
  console.log(`   应为 expected: ${side(f.expected)}`);
  console.log(`   实为 found:    ${side(f.found)}`);
  if (f.difference)
    console.log(`   差额 difference: ${formatDecimal(f.difference, f.expected.unit === '%' ? 4 : 2)}`);
  if (f.tolerance)
    console.log(`   允许误差 tolerance: ±${formatDecimal(f.tolerance, 4)} 元（公布数字最后一位的一半）`);
  const sources = [...f.expected.sources, ...f.found.sources];
  const shown = sources.slice(0, 6);
  for (const s of shown) console.log(`   来源: ${describeSource(s)}`);
  if (sources.length > shown.length) console.log(`   来源: ……另有 ${sources.length - shown.length} 处`);
}

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: { data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}`);
    return 2;
  }
  if (args.values.help) {
    console.log('用法 (usage): npm run audit [-- --data <目录>] [--json]');
    return 0;
  }
  const kb = loadOrReport(dataDirFrom(args.values.data));
  if (!kb) return 1;
  const all = kb.datasets.map((ds) => ({ ds, findings: auditDataset(ds) }));
  if (args.values.json) {
    console.log(
      JSON.stringify(
        all.map(({ ds, findings }) => ({ dataset: ds.meta.id, findings })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const { ds, findings } of all) {
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    console.log(`\n==== ${ds.meta.department} ${ds.meta.fiscalYear}年（${ds.meta.id}）`);
    console.log(
      `共 ${findings.length} 条：不一致 ${count('error')}，需注意 ${count('warning')}，说明 ${count('note')}。数字均按原文保留，未作更正。`,
    );
    findings.forEach((f, i) => print(f, i + 1));
  }
  return 0;
}

process.exitCode = main();
