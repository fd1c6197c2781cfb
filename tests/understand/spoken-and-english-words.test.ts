/**
 * Words as staff type or dictate them: digits said one by one (一九年, 二零一零三零一), A 是 B 的百分之几,
 * how a figure came to be written (报的是, 上留的), everyday names (大篷车, 水电), and English and pinyin
 * words of the domain. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers
 * below); ratios worked by hand with decimal.js.
 */
import { describe, expect, it } from 'vitest';
import { pct, sum } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';
import { spokenDigits } from '../../src/core/understand/understand.js';

describe('digits said one by one', () => {
  it('spokenDigits: years before 年 and runs of three or more; counts and names left alone', () => {
    expect(spokenDigits('一九年')).toBe('19年');
    expect(spokenDigits('二零一九年的')).toBe('2019年的');
    expect(spokenDigits('二〇二〇年')).toBe('2020年');
    expect(spokenDigits('二零一零三零一是什么')).toBe('2010301是什么');
    expect(spokenDigits('三零二一七')).toBe('30217');
    expect(spokenDigits('一共三个项目')).toBe('一共三个项目');
    expect(spokenDigits('两千二百万')).toBe('两千二百万');
    expect(spokenDigits('第一二名')).toBe('第一二名');
  });

  it('机构运行经费一九年是多少 → 今年呢 → 少了多少钱: 2,858,075.92, 2,351,333.1 and 506,742.82 (L65)', () => {
    const [then, now, less] = dialogue('机构运行经费一九年是多少', '今年呢', '少了多少钱');
    expect(text(then!)).toMatch(/2019年机构运行经费：2,858,075\.92 元/);
    expect(text(now!)).toMatch(/2,351,333\.10 元/);
    expect(sum('2858075.92', '-2351333.10')).toBe('506742.82');
    expect(text(less!)).toMatch(/506,742\.82 元/);
  });

  it('二零一零三零一是什么科目: 行政运行', () => {
    expect(text(ask('二零一零三零一是什么科目'))).toMatch(/2010301 行政运行/);
  });
});

describe('A 是 B 的百分之几 is A’s share of B', () => {
  it('职业年金是养老保险的百分之多少: 1,370,247.20 ÷ 2,740,494.40 (L448, L435) = 50.00%', () => {
    expect(pct('1370247.20', '2740494.40')).toBe('50.00');
    const a = ask('职业年金是养老保险的百分之多少');
    expect(a.kind).toBe('share');
    expect(text(a)).toMatch(/50\.00%/);
  });

  it('今年三公是去年的百分之几 still compares the years: 180.14% (47,320.24 ÷ 26,268.00)', () => {
    expect(pct('47320.24', '26268.00')).toBe('180.14');
    expect(text(ask('今年三公是去年的百分之几'))).toMatch(/180\.14%/);
  });
});

describe('how it was written, and everyday names', () => {
  it('今年三公经费总额报的是多少: 47,320.24', () => {
    expect(text(ask('今年三公经费总额报的是多少'))).toMatch(/“三公”经费：47,320\.24 元/);
  });

  it('整体绩效申报表上留的联系电话: 88064905 (L2330)', () => {
    expect(text(ask('部门整体支出绩效目标申报表上留的联系电话是多少'))).toMatch(/88064905/);
  });

  it('大篷车一年花多少 → 去年呢: the car’s 25,000 and last year’s 0 (L60)', () => {
    const [now, then] = dialogue('大篷车一年花多少钱', '去年呢');
    expect(text(now!)).toMatch(/公务用车购置及运行维护费：25,000\.00 元/);
    expect(text(then!)).toMatch(/2019年公务用车购置及运行维护费：0\.00 元/);
  });

  it('水电占公用经费百分之几: (45,600 + 307,800) ÷ 2,849,834.10 (L1198, L1206, L1385)', () => {
    const both = sum('45600.00', '307800.00');
    expect(both).toBe('353400.00');
    expect(pct(both, '2849834.10')).toBe('12.40');
    expect(text(ask('水电加起来占公用经费百分之几'))).toMatch(/12\.40%/);
  });

  it('政府绩效管理项目的项目期多长: 1年 (L2511–2512)', () => {
    expect(text(ask('政府绩效管理项目的项目期有多长'))).toMatch(/项目期：1年/);
  });
});

describe('English and pinyin words', () => {
  it('津贴补贴 vs 基本工资, which one is larger: 津贴补贴 13,215,900 against 4,868,040 (L1125, L1117)', () => {
    const a = ask('津贴补贴 vs 基本工资, which one is larger?');
    expect(text(a)).toMatch(/13,215,900\.00/);
    expect(text(a)).toMatch(/4,868,040\.00/);
  });

  it('largest functional class → second? → smallest one?', () => {
    const [, second, smallest] = dialogue('largest functional class?', 'second?', 'smallest one?');
    expect(text(second!)).toMatch(/一般公共服务支出/);
    expect(text(smallest!)).toMatch(/教育支出/);
  });

  it('welfare 就是福利费: 385,776.00 (L1271)', () => {
    expect(text(ask('查一下welfare福利费多少'))).toMatch(/385,776\.00 元/);
  });

  it('last self-evaluation score: 86.03 (L79); implementation unit: 绩效科', () => {
    expect(text(ask('What was the last self-evaluation score?'))).toMatch(/86\.03/);
    expect(text(ask('绩效管理项目 implementing unit?'))).toMatch(/绩效科/);
  });

  it('bumen jingji fenlei code of 职业年金缴费: 30109', () => {
    expect(text(ask('bumen jingji fenlei code of 职业年金?'))).toMatch(/30109/);
  });
});

describe('pinyin names inside English, and when a thing was bought', () => {
  it('how much is chailv fei? → and huiyi fei? → add them up pls: 129,960 + 34,200 (L1222, L1238)', () => {
    const [trips, meetings, both] = dialogue('how much is chailv fei?', 'and huiyi fei?', 'add them up pls');
    expect(text(trips!)).toMatch(/129,960\.00 元/);
    expect(text(meetings!)).toMatch(/34,200\.00 元/);
    expect(sum('129960.00', '34200.00')).toBe('164160.00');
    expect(text(both!)).toMatch(/164,160\.00 元/);
  });

  it('大篷车啥时候买的: no date is given — the amount is no answer to when', () => {
    const a = dialogue('大篷车一年花多少钱', '大篷车什么时候买的').at(-1)!;
    expect(a.figures).toEqual([]);
    expect(text(a)).toMatch(/没有写明/);
  });
});

describe('the document itself', () => {
  it('这是哪年的预算 → 跟哪年比的 → 那年收入预算多少: 2020年部门预算 (L1, L5), compared with 2019; 119,566,657.39 (L31)', () => {
    const [year, against, then] = dialogue('这是哪年的预算', '跟哪年比的', '那年收入预算多少');
    expect(text(year!)).toMatch(/北京市西城区人民政府办公室 2020年部门预算/);
    expect(year!.figures).toEqual([]);
    expect(year!.sources.map((x) => x.line)).toContain(1);
    expect(text(against!)).toMatch(/与2019年比较/);
    expect(text(then!)).toMatch(/2019年收入预算：119,566,657\.39 元/);
  });

  it('这份预算是哪个单位的: the department, no figure', () => {
    const a = ask('这份预算是哪个单位的');
    expect(text(a)).toMatch(/北京市西城区人民政府办公室/);
    expect(a.figures).toEqual([]);
  });
});

describe('one of the units the budget covers', () => {
  it('长期临时工 → 外联办自己多少人: the people are given for the three units together (L24) — no figure of one', () => {
    const a = dialogue('事业编几个', '长期临时工', '外联办自己多少人').at(-1)!;
    expect(a.figures).toEqual([]);
    expect(text(a)).toMatch(/区政府办公室、区外联办、区科协/);
  });
});

describe('more short words, English and initials', () => {
  it('基本支出 → YoY %?: −10.70% (L40: 减少10.7%), not a share', () => {
    const a = dialogue('基本支出 2020?', 'YoY %?').at(-1)!;
    expect(a.kind).toBe('change');
    expect(text(a)).toMatch(/-10\.70%/);
  });

  it('difference between project and basic in 2020?: 87,408,947.32 − 37,536,202.94 (L44, L40)', () => {
    expect(sum('87408947.32', '-37536202.94')).toBe('49872744.38');
    expect(text(ask('difference between project and basic in 2020?'))).toMatch(/49,872,744\.38/);
  });

  it('无线网络租赁费分别多少 → hj多少: 5,750,000 + 5,210,515.10 (L1835, L1907)', () => {
    const a = dialogue('无线网络租赁费分别多少', 'hj多少').at(-1)!;
    expect(sum('5750000.00', '5210515.10')).toBe('10960515.10');
    expect(text(a)).toMatch(/合计：10,960,515\.10 元/);
  });

  it('largest item under 2010399 → and the runner-up?: 区领导慰问经费 (L1789–1790)', () => {
    const a = dialogue('Largest item under 2010399?', 'and the runner-up?').at(-1)!;
    expect(text(a)).toMatch(/区领导慰问经费/);
    expect(text(a)).not.toMatch(/公务用车/);
  });
});

describe('one figure found under two names that read the same', () => {
  it('长期临时工: 长期聘用临时工 4 人 (L24), said once', () => {
    const a = ask('长期临时工');
    expect(text(a).match(/长期聘用临时工：4 人/g)).toHaveLength(1);
    expect(a.figures.filter((f) => f.unit === '人')).toHaveLength(1);
  });
});
