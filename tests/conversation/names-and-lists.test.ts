/**
 * Lines found by a word of their name (项目名里带“运维”的), and what is asked of a list next: the smallest of
 * the lines just found, their sum. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line
 * numbers below); sums worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ask, dialogue, text } from '../helpers/asking.js';

const sum = (...xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);
/** A decimal string with thousands separators, as answers write amounts. */
const grouped = (x: string) => x.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** 表九's four lines with 运维 in their name: L1843/1846, L1852/1855, L1861/1864, L1870/1873 */
const YUNWEI = {
  通讯指挥中心运维费: '1784000.00',
  '2020年机要信息中心运维费': '22175821.60',
  '2020年西城区IT设备动态管理系统运维服务项目': '350000.00',
  政府办运维费: '375000.00',
} as const;

describe('lines by a word of their name', () => {
  it('项目名里带“运维”两个字的有哪些: the four lines, and no other', () => {
    const a = ask('项目名里带“运维”两个字的有哪些');
    for (const [name, amount] of Object.entries(YUNWEI))
      expect(text(a)).toContain(`${name}：${grouped(amount)}`);
    expect(text(a)).toMatch(/共 4 项/);
    expect(text(a)).not.toMatch(/公务用车运行维护费/);
  });

  it('→ 哪个最少 → 加起来总共多少: IT设备动态管理系统 350,000.00, then the four summed', () => {
    const [, least, total] = dialogue('项目名里带“运维”两个字的有哪些', '哪个最少', '加起来总共多少');
    expect(least!.title).toMatch(/IT设备动态管理系统/);
    expect(text(least!)).toContain('350,000.00');
    const want = sum(...Object.values(YUNWEI));
    expect(want).toBe('24684821.60');
    expect(text(total!)).toContain(`合计：${grouped(want)}`);
  });

  it('名称含“以前年度尾款”的加起来多少: four lines (L1780, L1879, L1888, L1897) summed', () => {
    const a = ask('名称含“以前年度尾款”的加起来多少');
    const want = sum('954000.00', '492910.75', '11988577.66', '3128281.07');
    expect(text(a)).toContain(`合计：${grouped(want)}`);
  });

  it('a word no name has is not found, not another line', () => {
    const a = ask('名字里带“火箭”的项目有哪些');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });
});

describe('what is asked of a list found by amount', () => {
  it('超过100万的项目有哪些 → 哪个最少: the smallest of the 15, 1,398,600.00 (L1909), not of all 60 lines', () => {
    const [, least] = dialogue('超过100万的项目有哪些', '哪个最少');
    expect(least!.title).toMatch(/云平台综合管控/);
    expect(text(least!)).toContain('1,398,600.00');
    expect(text(least!)).not.toMatch(/1,778\.00/);
  });
});
