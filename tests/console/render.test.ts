import { describe, expect, it } from 'vitest';
import { plain, renderAnswerText } from '../../src/console/render.js';
import { functionalBreakdownAnswer, receptionAnswer } from '../helpers/fake-engine.js';

describe('renderAnswerText', () => {
  it('prints title, lines, each figure with its source, the sources, the dataset and numbered suggestions', () => {
    expect(renderAnswerText(receptionAnswer())).toBe(
      [
        '【公务接待费】',
        '2020年公务接待费预算 22,320.24 元，较上年 26,268.00 元减少 3,947.76 元（-15.03%），主要是在职人员减少。',
        '',
        '  公务接待费（2020年预算数）：22,320.24 元（2.23 万元）',
        '      来源：表九 2010301 行政运行 / 30217 公务接待费 / 日常公用支出（在职人员）_公务接待费 · 合计（第 1666 行）',
        '  公务接待费（2019年预算数）：26,268.00 元（2.63 万元）',
        '      来源：表七 2、公务接待费 · 2019年预算数（第 1402 行）',
        '',
        '来源：表九 部门预算明细表；表六 一般公共预算基本支出情况表；表七 一般公共预算“三公”经费支出情况表',
        '数据：北京市西城区人民政府办公室 · 2020年',
        '',
        '接着问（输入编号即可）：',
        '  1. 公务接待费比去年增加了多少',
        '  2. 三公经费是多少',
        '  3. 30217 是什么',
      ].join('\n'),
    );
  });

  it('cuts nothing: all 6 figures of a breakdown are printed', () => {
    const text = renderAnswerText(functionalBreakdownAnswer(), { numberSuggestions: false });
    expect(text.match(/^ {2}\d{3} /gm)).toHaveLength(6);
    expect(text).toContain('  206 科学技术支出：76,411,771.98 元（7,641.18 万元）');
    expect(text).toContain('  · 支出按经济分类的构成');
  });

  it('prints the interpretation of a follow-up under the title', () => {
    const text = renderAnswerText({ ...receptionAnswer(), interpretation: '按上文：公务接待费 2019 年' });
    expect(text.split('\n').slice(0, 2)).toEqual(['【公务接待费】', '（按上文：公务接待费 2019 年）']);
  });

  it('drops terminal control characters but keeps markdown-looking text as is', () => {
    expect(plain('\u001b[2J**粗体** @everyone\u0007')).toBe('[2J**粗体** @everyone');
  });
});
