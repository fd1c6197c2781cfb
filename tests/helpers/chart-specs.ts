/** Chart specs built by hand from the source document's figures (表七, 2019 and 2020), shared by chart tests. */
import type { ChartSpec } from '../../src/core/chart/spec.js';

export const DEPT = '北京市西城区人民政府办公室';

export const sangongYoY: ChartSpec = {
  kind: 'comparison',
  title: `${DEPT} “三公”经费财政拨款预算，2019年与2020年`,
  source: '来源：表七 一般公共预算“三公”经费支出情况表',
  unit: '元',
  categories: ['“三公”经费合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
  series: [
    { name: '2019年预算数', values: ['26268.00', '0.00', '26268.00', '0.00'] },
    { name: '2020年预算数', values: ['47320.24', '0.00', '22320.24', '25000.00'] },
  ],
};
