import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/answer/types.js';
import { money, type Unit } from '../../src/core/money.js';
import {
  datasetLabel,
  figureBacking,
  formatFigureValue,
  sourceDetail,
  sourceLabel,
  tableName,
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
