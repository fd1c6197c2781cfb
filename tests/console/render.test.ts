import { describe, expect, it } from 'vitest';
import { plain, renderAnswerText } from '../../src/console/render.js';
import { money } from '../../src/core/money.js';
import { functionalBreakdownAnswer, receptionAnswer } from '../helpers/fake-engine.js';

describe('renderAnswerText', () => {
  it('prints title, lines, then each source detail once with no value repeated, the dataset and numbered suggestions', () => {
    expect(renderAnswerText(receptionAnswer())).toBe(
      [
        '【公务接待费】',
        '2020年公务接待费预算 22,320.24 元，较上年 26,268.00 元减少 3,947.76 元（-15.03%），主要是在职人员减少。',
        '',
        '出处：',
        '  · 表九 部门预算明细表：2010301 行政运行 / 30217 公务接待费 / 日常公用支出（在职人员）_公务接待费 · 合计（第 1666 行）',
        '  · 表六 一般公共预算基本支出情况表：50206 公务接待费 / 30217 公务接待费 · 合计（第 1251 行）',
        '  · 表七 一般公共预算“三公”经费支出情况表：2、公务接待费 · 2020年预算数、2019年预算数（第 1402 行）',
        '数据：北京市西城区人民政府办公室 · 2020年',
        '',
        '接着问（输入编号即可）：',
        '  1. 公务接待费比去年增加了多少',
        '  2. 三公经费是多少',
        '  3. 30217 是什么',
      ].join('\n'),
    );
  });

  it('cuts nothing: all 6 figures of a breakdown are printed, and their 7 rows cited under one table', () => {
    const text = renderAnswerText(functionalBreakdownAnswer(), { numberSuggestions: false });
    expect(text.match(/^\d{3} \S+：/gm)).toHaveLength(6);
    expect(text).toContain('\n206 科学技术支出：76,411,771.98 元（7,641.18 万元）\n');
    expect(text).toContain(
      '  · 表三 部门支出总体情况表 · 合计：201 一般公共服务支出（第 300 行）；205 教育支出（第 301 行）；',
    );
    expect(text.split('76,411,771.98')).toHaveLength(2);
    expect(text).toContain('  · 支出按经济分类的构成');
  });

  it('adds a figure the lines do not state, and a computation the lines do not state', () => {
    const text = renderAnswerText({
      ...receptionAnswer(),
      lines: ['公务接待费变化如下。'],
      figures: [
        {
          label: '增减幅度',
          value: money('-15.0287802649'),
          unit: '%',
          derivation: '(2020年 − 2019年) ÷ 2019年 × 100',
        },
      ],
      sources: [],
    });
    expect(text).toContain(
      '公务接待费变化如下。\n增减幅度：-15.03%\n\n出处：\n  · 计算：增减幅度 = (2020年 − 2019年) ÷ 2019年 × 100\n',
    );
  });

  it('prints the interpretation of a follow-up under the title', () => {
    const text = renderAnswerText({ ...receptionAnswer(), interpretation: '按上文：公务接待费 2019 年' });
    expect(text.split('\n').slice(0, 2)).toEqual(['【公务接待费】', '（按上文：公务接待费 2019 年）']);
  });

  it('drops terminal control characters but keeps markdown-looking text as is', () => {
    expect(plain('\u001b[2J**粗体** @everyone\u0007')).toBe('[2J**粗体** @everyone');
  });
});
