import { describe, expect, it } from 'vitest';
import type { Answer, Figure, SourceRef } from '../../src/core/answer/types.js';
import { money, type Unit } from '../../src/core/money.js';
import {
  datasetLabel,
  derivationCitations,
  figureBacking,
  formatFigureValue,
  sourceCitations,
  sourceDetail,
  sourceLabel,
  tableName,
  unstatedFigures,
} from '../../src/core/present.js';

describe('formatFigureValue', () => {
  it.each<[string, Unit, string]>([
    ['22320.24', '元', '22,320.24 元（2.23 万元）'],
    ['0', '元', '0.00 元'],
    ['9999.99', '元', '9,999.99 元'],
    ['-3947.76', '元', '-3,947.76 元'],
    ['124945150.26', '元', '124,945,150.26 元（12,494.52 万元）'],
    ['12494.515026', '万元', '12,494.515026 万元'],
    ['2.3', '万元', '2.30 万元'],
    ['80.14', '%', '80.14%'],
    ['10.7', '%', '10.70%'],
    ['-15.03', '%', '-15.03%'],
    ['1.1234567', '万元', '1.123457 万元'],
    ['1', '辆', '1 辆'],
    ['103', '人', '103 人'],
  ])('%s %s → %s', (value, unit, expected) => {
    const figure: Figure = { label: 'x', value: money(value), unit };
    expect(formatFigureValue(figure)).toBe(expected);
  });
});

describe('sources and datasets', () => {
  it.each([
    [1, '表一'],
    [9, '表九'],
    [12, '表十二'],
    [13, '表13'],
  ])('table %i is named %s', (n, name) => {
    expect(tableName(n)).toBe(name);
  });

  const table = {
    kind: 'table',
    table: 7,
    tableTitle: '一般公共预算“三公”经费支出情况表',
    row: '2、公务接待费',
    column: '2020年预算数',
    line: 1402,
  } as const;
  const narrative = {
    kind: 'narrative',
    section: '四、部门“三公”经费财政拨款预算说明',
    quote: '2020年财政拨款预算安排22,320.24元',
    line: 56,
  } as const;

  it('labels a table source by its number and title, and details row, column and line', () => {
    expect(sourceLabel(table)).toBe('表七 一般公共预算“三公”经费支出情况表');
    expect(sourceDetail(table)).toBe('表七 2、公务接待费 · 2020年预算数（第 1402 行）');
  });

  it('labels a narrative source by its section', () => {
    expect(sourceLabel(narrative)).toBe('预算说明「四、部门“三公”经费财政拨款预算说明」');
    expect(sourceDetail(narrative)).toBe('预算说明「四、部门“三公”经费财政拨款预算说明」（第 56 行）');
  });

  it('backs a figure by its source, else by its derivation', () => {
    expect(figureBacking({ label: 'a', value: money('1'), unit: '元', source: table })).toMatch(
      /^来源：表七/,
    );
    expect(
      figureBacking({ label: 'a', value: money('1'), unit: '元', derivation: '表九 30217 各行之和' }),
    ).toBe('计算：表九 30217 各行之和');
    expect(figureBacking({ label: 'a', value: money('1'), unit: '元' })).toBeUndefined();
  });

  it('names a dataset by department and year', () => {
    expect(datasetLabel({ id: 'x', department: '北京市西城区人民政府办公室', fiscalYear: 2020 })).toBe(
      '北京市西城区人民政府办公室 · 2020年',
    );
  });
});

describe('citations', () => {
  const t7 = (row: string, column: string, line: number) =>
    ({ kind: 'table', table: 7, tableTitle: '一般公共预算“三公”经费支出情况表', row, column, line }) as const;
  const n = (section: string, line: number) => ({ kind: 'narrative', section, quote: '…', line }) as const;
  const base: Answer = {
    kind: 'sangong',
    title: 't',
    lines: [],
    figures: [],
    sources: [],
    datasets: [],
    suggestions: [],
  };

  it.each<[string, SourceRef[], string[]]>([
    [
      'one cell',
      [t7('2、公务接待费', '2020年预算数', 1402)],
      ['表七 一般公共预算“三公”经费支出情况表：2、公务接待费 · 2020年预算数（第 1402 行）'],
    ],
    [
      'two columns of one row, merged; a repeat, dropped',
      [
        t7('2、公务接待费', '2020年预算数', 1402),
        t7('2、公务接待费', '2019年预算数', 1402),
        t7('2、公务接待费', '2020年预算数', 1402),
      ],
      ['表七 一般公共预算“三公”经费支出情况表：2、公务接待费 · 2020年预算数、2019年预算数（第 1402 行）'],
    ],
    [
      'rows sharing their column, the column named once',
      [t7('总计', '2020年预算数', 1416), t7('2、公务接待费', '2020年预算数', 1402)],
      [
        '表七 一般公共预算“三公”经费支出情况表 · 2020年预算数：总计（第 1416 行）；2、公务接待费（第 1402 行）',
      ],
    ],
    [
      'narrative lines of one section, in line order, after the table cited first',
      [n('四、三公', 58), t7('总计', '2020年预算数', 1416), n('四、三公', 52), n('六、名称解释', 89)],
      [
        '预算说明「四、三公」（第 52、58 行）',
        '表七 一般公共预算“三公”经费支出情况表：总计 · 2020年预算数（第 1416 行）',
        '预算说明「六、名称解释」（第 89 行）',
      ],
    ],
  ])('cites %s', (_what, sources, expected) => {
    expect(sourceCitations({ ...base, sources })).toEqual(expected);
  });

  it("cites the sources of a computed figure's inputs", () => {
    const input = {
      label: 'a',
      value: money('1'),
      unit: '元' as const,
      source: t7('总计', '2019年预算数', 1416),
    };
    const figure = {
      label: 'b',
      value: money('2'),
      unit: '元' as const,
      computation: { op: 'sum' as const, inputs: [input] },
    };
    expect(sourceCitations({ ...base, figures: [figure] })).toEqual([
      '表七 一般公共预算“三公”经费支出情况表：总计 · 2019年预算数（第 1416 行）',
    ]);
  });

  it('states a derivation unless the lines already do', () => {
    const figure = {
      label: '增幅',
      value: money('1'),
      unit: '%' as const,
      derivation: '(本年 − 上年) ÷ 上年 × 100',
    };
    expect(derivationCitations({ ...base, figures: [figure] })).toEqual([
      '计算：增幅 = (本年 − 上年) ÷ 上年 × 100',
    ]);
    expect(
      derivationCitations({ ...base, lines: ['增幅 1%（(本年 − 上年) ÷ 上年 × 100）'], figures: [figure] }),
    ).toEqual([]);
  });

  it('finds the figures whose value the lines do not show, to the decimals they are written with', () => {
    const f = (value: string, unit: Figure['unit'] = '元') => ({ label: value, value: money(value), unit });
    const figures = [
      f('22320.24'),
      f('26268'),
      f('-3947.76'),
      f('80.144053', '%'),
      f('100', '%'),
      f('47320.24'),
    ];
    const lines = ['22,320.24 元', '较上年26268.00元减少 3,947.76 元（+80.14%）', '文件写作“增加100%”'];
    expect(unstatedFigures({ ...base, lines, figures }).map((x) => x.label)).toEqual(['47320.24']);
  });
});
