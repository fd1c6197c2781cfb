/**
 * Render one chart of each kind from figures of the 2020 budget of 北京市西城区人民政府办公室, plus
 * two stress charts, so that a person can look at them.
 *
 *   npx tsx scripts/render-sample-charts.ts [outDir]     (default /tmp/charts)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartSpec } from '../src/core/chart/spec.js';
import { renderPng, renderPngSync } from '../src/core/chart/png.js';
import { renderSvg } from '../src/core/chart/svg.js';
import { formatDecimal, formatPercent, money, share, sum } from '../src/core/money.js';

const DEPT = '北京市西城区人民政府办公室';

/** Shares as a producer would give them: part ÷ total, exact, formatted once. */
function sharesOf(values: string[], total: string): string[] {
  return values.map((v) => {
    const s = share({ value: money(v), unit: '元' }, { value: money(total), unit: '元' });
    return s === null ? '—' : formatPercent(s);
  });
}

const functional = [
  ['一般公共服务支出', '36804980.38'],
  ['教育支出', '116280.00'],
  ['科学技术支出', '76411771.98'],
  ['社会保障和就业支出', '4830831.40'],
  ['卫生健康支出', '2316651.70'],
  ['住房保障支出', '4464634.80'],
] as const;
const functionalTotal = sum(functional.map(([, v]) => money(v))).toFixed(2);

const samples: Record<string, ChartSpec> = {
  'bar-functional-class': {
    kind: 'bar',
    title: `${DEPT} 2020年 支出功能分类（类）`,
    source: `来源：表三 部门支出总体情况表（合计 ${formatDecimal(money(functionalTotal))} 元；占比 = 本类 ÷ 合计）`,
    unit: '元',
    categories: functional.map(([name]) => name),
    series: [{ name: '2020年预算数', values: functional.map(([, v]) => v) }],
    shares: sharesOf(
      functional.map(([, v]) => v),
      functionalTotal,
    ),
  },
  'comparison-basic-project': {
    kind: 'comparison',
    title: `${DEPT} 支出预算：基本支出与项目支出，2019年与2020年`,
    source: '来源：表三 部门支出总体情况表；2019年数见第一部分 部门收支情况说明',
    unit: '元',
    categories: ['合计', '基本支出', '项目支出'],
    series: [
      { name: '2019年预算数', values: ['119566657.39', '42033330.36', '77533327.03'] },
      { name: '2020年预算数', values: ['124945150.26', '37536202.94', '87408947.32'] },
    ],
  },
  'comparison-sangong': {
    kind: 'comparison',
    title: `${DEPT} “三公”经费财政拨款预算，2019年与2020年`,
    source: '来源：表七 一般公共预算“三公”经费支出情况表；第一部分 四、部门“三公”经费财政拨款预算说明',
    unit: '元',
    categories: ['“三公”经费合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
    series: [
      { name: '2019年预算数', values: ['26268.00', '0.00', '26268.00', '0.00'] },
      { name: '2020年预算数', values: ['47320.24', '0.00', '22320.24', '25000.00'] },
    ],
  },
  'composition-sangong': {
    kind: 'composition',
    title: `${DEPT} 2020年 “三公”经费构成（合计 47,320.24 元）`,
    source: '来源：表七 一般公共预算“三公”经费支出情况表',
    unit: '元',
    categories: ['因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
    series: [{ name: '2020年预算数', values: ['0.00', '22320.24', '25000.00'] }],
    shares: ['0.00%', '47.17%', '52.83%'],
  },
  'stress-bar-long-names': {
    kind: 'bar',
    title: `压力测试 <script>&"引号"'单引号' 一个非常非常长的标题，用来检查标题换行与省略号是否正常工作，不应被裁切，也不应超出画布的宽度范围，再长一点再长一点再长一点`,
    source: '来源：表九 部门预算明细表（测试数据：负数、空值、超长名称、超过 30 项的截断；A&B <c> "d"）',
    unit: '万元',
    categories: Array.from({ length: 34 }, (_, i) =>
      i === 0
        ? '2010301 行政运行（区政府办公室、区外联办、区科协机关日常运转所需的各项经费支出，含人员经费和公用经费）'
        : i === 1
          ? 'R&D <专项> "科普大篷车"'
          : `项目${i + 1} 某某信息化运维`,
    ),
    series: [
      {
        name: '2020年预算数',
        values: Array.from({ length: 34 }, (_, i) =>
          i === 2 ? null : i === 3 ? '-120.5' : `${(34 - i) * 37}.${i % 10}5`,
        ),
      },
    ],
  },
  'stress-comparison-negative': {
    kind: 'comparison',
    title: '增减变化（测试：负数与空值）',
    source: '来源：测试数据',
    unit: '元',
    categories: ['基本支出 增减', '项目支出 增减', '公务接待费 增减', '未公布项'],
    series: [
      { name: '2019年比2018年', values: ['-1500000.00', '2300000.00', '-3947.76', null] },
      { name: '2020年比2019年', values: ['-4497127.42', '9875620.29', '-3947.76', null] },
    ],
  },
};

const outDir = path.resolve(process.argv[2] ?? '/tmp/charts');
await mkdir(outDir, { recursive: true });
for (const [name, spec] of Object.entries(samples)) {
  const svg = renderSvg(spec);
  let t = performance.now();
  const png = renderPngSync(svg);
  const syncMs = performance.now() - t;
  t = performance.now();
  const pngAsync = await renderPng(svg);
  const asyncMs = performance.now() - t;
  if (!png.equals(pngAsync)) throw new Error(`${name}: sync and async PNGs differ`);
  await writeFile(path.join(outDir, `${name}.svg`), svg);
  await writeFile(path.join(outDir, `${name}.png`), png);
  console.log(
    `${path.join(outDir, `${name}.png`)}  ${png.length} bytes  sync ${syncMs.toFixed(1)} ms  async ${asyncMs.toFixed(1)} ms`,
  );
}
