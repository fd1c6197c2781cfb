/**
 * Follow-ups that keep one slot of the turn before and change another: the whole of a share (差旅费的占比呢
 * after a share of 公用经费), the language (English please?), a line's classification asked as yes or no
 * (这个算资本性支出吗), the code the lines before share (同一科目下…), a code within a part (30213 在项目支出
 * 中), a code's column split (项目那块由哪两个项构成) and a part said as a block (那项目那块呢).
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and ratios
 * worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sum, pct, grouped } from '../helpers/arithmetic.js';
import { ask, dialogue, has, text } from '../helpers/asking.js';

const last = (...qs: string[]) => dialogue(...qs).at(-1)!;
/** The eleven 项目支出 lines of 30299 in 表九 (L1736, L1754, L1763, L1772, L1781, L1790, L1799, L1880, L1889, L1898, L1907). */
const PROJECT_LINES_30299 = [
  '498647.34',
  '150000.00',
  '1610000.00',
  '1500000.00',
  '954000.00',
  '2000000.00',
  '2300000.00',
  '492910.75',
  '11988577.66',
  '3128281.07',
  '5210515.10',
] as const;

describe('a share asked of another part keeps the whole named before', () => {
  it('接待费占公用经费 → 差旅费的占比呢: 差旅费 129,960.00 (L1222) of 公用经费 2,849,834.1 (L1385)', () => {
    const a = last('公务接待费占公用经费比重', '差旅费的占比呢');
    const want = pct('129960.00', '2849834.1');
    expect(want).toBe('4.56');
    expect(text(a)).toContain(`${want}%`);
    expect(text(a)).not.toMatch(/占基本支出/);
  });

  it('…but not when the new part is not within it: 项目支出的占比呢 is of 支出合计', () => {
    const a = last('公务接待费占公用经费比重', '项目支出的占比呢');
    // 87,408,947.32 (L44) ÷ 124,945,150.26 (L31)
    expect(text(a)).toContain(`${pct('87408947.32', '124945150.26')}%`);
    expect(text(a)).not.toMatch(/占公用经费/);
  });
});

describe('English please', () => {
  it('软件正版化 → 占项目支出多少 → English please?: the amount and the share, in English', () => {
    const a = last('软件正版化那个项目多少钱', '占项目支出多少', 'English please?');
    const lead = a.lines.find((l) => l.startsWith('In English'));
    expect(lead).toBeDefined();
    expect(lead).toContain('15,619,343.00 yuan'); // L1952
    expect(lead).toContain(`${pct('15619343.00', '87408947.32')}%`);
  });

  it('English alone names nothing: not an item whose name it resembles', () => {
    const a = ask('English please');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });

  it('用英文说一下 after 公务接待费: the same figure, led in English', () => {
    const a = last('公务接待费多少', '用英文说一下');
    expect(a.lines[0]).toMatch(/^In English: .*22,320\.24 yuan/);
  });

  it('who is in charge, in English, leads with no amount as if it were the answer', () => {
    const a = ask('Who is the project lead for the communications command center O&M project?');
    expect(text(a)).toContain('荣昊岩');
    expect(a.lines.some((l) => /^In English: .*178\.40/.test(l))).toBe(false);
  });
});

describe('a line’s classification, asked as yes or no', () => {
  it('智能机要文件交换箱 → 这个算资本性支出吗: yes, 31099 其他资本性支出 under 310 (L1807–1808)', () => {
    const a = last('智能机要文件交换箱多少钱', '这个算资本性支出吗');
    expect(a.lines[0]).toMatch(/^是：/);
    expect(text(a)).toContain('31099');
    expect(text(a)).toContain('310 资本性支出');
    expect(text(a)).not.toContain('1,398,600.00');
  });

  it('…算基本支出吗: no, it is 项目支出', () => {
    const a = last('智能机要文件交换箱多少钱', '算基本支出吗');
    expect(a.lines[0]).toMatch(/^不是：.*项目支出/);
  });

  it('…算大项目吗: no classification is named, so no yes or no is made up', () => {
    const a = last('智能机要文件交换箱多少钱', '算大项目吗');
    expect(text(a)).not.toMatch(/^是：|^不是：/m);
  });
});

describe('the code the lines before share', () => {
  it('交换箱 → 算资本性支出吗 → 同一科目下最贵的是哪个: 软件正版化 15,619,343.00 (L1952) among 31099', () => {
    const a = last('智能机要文件交换箱多少钱', '这个算资本性支出吗', '同一科目下最贵的是哪个');
    expect(a.kind).toBe('ranking');
    expect(
      text(a)
        .split('\n')
        .find((l) => /^1\./.test(l.trim())),
    ).toContain('软件正版化');
  });

  it('区领导慰问经费 → 哪个经济分类 → 同一个分类下项目支出一共多少: the eleven 30299 project lines', () => {
    const a = last('区领导慰问经费多少', '这个走的哪个经济分类', '同一个分类下项目支出一共多少');
    // L1736, L1754, L1763, L1772, L1781, L1790, L1799, L1880, L1889, L1898, L1907
    const want = sum(...PROJECT_LINES_30299);
    expect(want).toBe('29832931.92');
    expect(has(a, want)).toBe(true);
  });

  it('IT设备运维 → 政府办运维费呢 → 这俩挂什么经济科目 → 这个科目项目支出一共多少: 30213 in 项目支出', () => {
    const a = last(
      'IT设备动态管理系统运维多少',
      '政府办运维费呢',
      '这俩挂什么经济科目',
      '这个科目项目支出一共多少',
    );
    // L1835, L1844, L1853, L1862, L1871
    expect(has(a, sum('5750000.00', '1784000.00', '22175821.60', '350000.00', '375000.00'))).toBe(true);
  });
});

describe('a code within a part, and a code’s column split', () => {
  it('30213维修（护）费在项目支出中合计多少: 30,434,821.60, never the code plus 项目支出', () => {
    const a = ask('30213维修（护）费在项目支出中合计多少');
    expect(has(a, '30434821.60')).toBe(true);
    expect(has(a, '117866568.92')).toBe(false);
  });

  it('201 → 基本和项目各多少 → 项目那块由哪两个项构成: 2010399 and 2010302 of the 项目 column (L643, L634)', () => {
    const a = last('一般公共服务支出多少', '基本和项目各多少', '项目那块由哪两个项构成');
    expect(has(a, '10496750.00')).toBe(true);
    expect(has(a, '500425.34')).toBe(true);
    expect(has(a, '10997175.34')).toBe(true); // their total, L609
    expect(text(a)).not.toContain('2010301'); // 行政运行 is all 基本支出
  });

  it('基本支出比去年少了多少 → 那项目那块呢: 项目支出’s change, no longer 基本支出’s (L44)', () => {
    const a = last('基本支出多少', '比去年少了多少', '那项目那块呢');
    expect(has(a, '87408947.32')).toBe(true);
    expect(has(a, '37536202.94')).toBe(false);
  });
});

describe('a field of a project’s 表十二 form', () => {
  it('通讯指挥中心运维费年度资金总额是多少: the form’s 178.4 万元 (L2907), not the department’s 12,494.51 万元', () => {
    const a = ask('通讯指挥中心运维费年度资金总额是多少');
    expect(text(a)).toContain('178.40 万元');
    expect(text(a)).not.toContain('12,494.51');
  });

  it('通讯指挥中心运维费负责人 → 年度资金: that form’s 年度资金总额, after its owner 荣昊岩 (L2893)', () => {
    const [owner, funding] = dialogue('通讯指挥中心运维费负责人', '年度资金');
    expect(text(owner!)).toContain('荣昊岩');
    expect(text(funding!)).toContain('178.40 万元');
  });

  it('机要信息中心运维费的绩效指标有哪些: it has no form — not published, and no amount given as the answer', () => {
    const a = ask('机要信息中心运维费的绩效指标有哪些');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
    expect(text(a)).toContain('通讯指挥中心运维费'); // the forms there are
  });
});

describe('the lines of a shared name, within a code', () => {
  it('2069999下面 以前年度尾款有几笔 → 哪个最多 → 加起来多少: three (not 政府办’s, under 2010399)', () => {
    const [count, most, total] = dialogue('2069999下面 以前年度尾款有几笔', '哪个最多', '加起来多少');
    expect(text(count!)).toMatch(/3 项/);
    expect(has(count!, '954000.00')).toBe(false); // 政府办以前年度尾款, L1781
    expect(text(most!).split('\n')[0]).toContain('机要信息中心以前年度尾款'); // 11,988,577.66, L1889
    // L1880, L1889, L1898
    const want = sum('492910.75', '11988577.66', '3128281.07');
    expect(want).toBe('15609769.48');
    expect(has(total!, want)).toBe(true);
  });

  it('讯飞听见会议系统 → 还有啥会议系统的项目 → 最贵的那个多少: 移动视频会议系统扩建 3,755,505.20 (L1943)', () => {
    const [, others, dearest] = dialogue(
      '购置讯飞听见会议系统多少钱',
      '还有啥会议系统的项目',
      '最贵的那个多少',
    );
    expect(has(others!, '369850.00')).toBe(true); // L1925
    expect(has(others!, '3755505.20')).toBe(true);
    expect(has(others!, '298000.00')).toBe(false); // the one asked before, L1817
    expect(has(dearest!, '3755505.20')).toBe(true);
    expect(has(dearest!, '369850.00')).toBe(false);
  });
});

describe('where the money goes, and the second of it', () => {
  it('今年总预算多少 → 最大头花在哪 → 老二呢 → 这俩加一块占多少: 206 then 201, together 90.61%', () => {
    const [, top, second, both] = dialogue('今年总预算多少', '最大头花在哪', '老二呢', '这俩加一块占多少');
    expect(text(top!)).toMatch(/1\. 206 科学技术支出/);
    expect(has(second!, '36804980.38')).toBe(true); // L114
    // (76,411,771.98 L124 + 36,804,980.38 L114) ÷ 124,945,150.26 L31
    const want = new Decimal(sum('76411771.98', '36804980.38'))
      .dividedBy('124945150.26')
      .times(100)
      .toFixed(2);
    expect(want).toBe('90.61');
    expect(text(both!)).toContain(`${want}%`);
  });

  it('bgf → sf df 呢 → 三个sum: 办公费, 水费 and 电费 by their initials, added (L1190, L1198, L1206)', () => {
    const [, two, three] = dialogue('bgf多少 办公费', 'sf df 呢', '三个sum');
    expect(has(two!, '45600.00')).toBe(true);
    expect(has(two!, '307800.00')).toBe(true);
    const want = sum('364800.00', '45600.00', '307800.00');
    expect(want).toBe('718200.00');
    expect(has(three!, want)).toBe(true);
  });
});

describe('the rest of a code, a pair after a table, an owner before a shared name', () => {
  it('表六 30108 → 30109 呢 → 两者加起来: 2,740,494.40 (L1295) + 1,370,247.20 (L1303), not the table', () => {
    const [, , both] = dialogue('表六 30108 多少', '30109 呢', '两者加起来');
    const want = sum('2740494.40', '1370247.20');
    expect(want).toBe('4110741.60');
    expect(has(both!, want)).toBe(true);
  });

  it('2080501合计 → 离休费和退休费分别多少 → 其余的加一起呢: its other three lines, 95,100.00', () => {
    const [, , rest] = dialogue('2080501合计多少', '离休费和退休费分别多少', '其余的加一起呢');
    // 720,089.80 (L724) less 离休费 183,659.80 and 退休费 441,330.00 (L1311, L1327) is the other three:
    // 3,960.00 (L1319) + 35,520.00 (L1335) + 55,620.00 (L1343)
    const want = sum('3960.00', '35520.00', '55620.00');
    expect(new Decimal('720089.80').minus('183659.80').minus('441330.00').toFixed(2)).toBe(want);
    expect(has(rest!, want)).toBe(true);
    expect(has(rest!, sum('183659.80', '441330.00'))).toBe(false);
  });

  it('表7 → 2020 total: that table’s 总计 47,320.24 (L1417), not the department’s', () => {
    const [, total] = dialogue('表7是啥表', '2020 total');
    expect(has(total!, '47320.24')).toBe(true);
    expect(has(total!, '124945150.26')).toBe(false);
  });

  it('通讯指挥中心运维费负责人 → 通讯指挥中心还有一笔以前年度尾款 多少: 3,128,281.07 (L1898)', () => {
    const [, owed] = dialogue('通讯指挥中心运维费负责人', '通讯指挥中心还有一笔以前年度尾款 多少');
    expect(has(owed!, '3128281.07')).toBe(true);
    expect(has(owed!, '1784000.00')).toBe(false);
  });

  it('机要信息中心今年运维费加上以前年度尾款: one owner for both names, 34,164,399.26', () => {
    const a = ask('机要信息中心运维费加上以前年度尾款一共多少');
    const want = sum('22175821.60', '11988577.66'); // L1853, L1889
    expect(want).toBe('34164399.26');
    expect(has(a, want)).toBe(true);
  });

  it('基本工资和津贴补贴（在职统发）: the two in the order asked, not an owner read backwards', () => {
    const a = ask('基本工资和津贴补贴（在职统发）分别多少');
    expect(a.figures.map((f) => f.value.toFixed(2))).toEqual(['4868040.00', '13215900.00']);
  });

  it('jdf then why: initials are not English, but "why" is', () => {
    const [initials, why] = dialogue('jdf', 'why');
    expect(has(initials!, '22320.24')).toBe(true); // L1403
    expect(initials!.lines.some((l) => l.startsWith('In English'))).toBe(false);
    expect(why!.lines.some((l) => l.startsWith('In English'))).toBe(true);
  });
});

describe('a change with its rate, the other lines of a code, counts with their sum, written-style references', () => {
  it('机构运行经费跟2019年比降了多少，金额和比例都要: the change and its rate (L65), not a share', () => {
    const a = ask('机构运行经费跟2019年比降了多少，金额和比例都要');
    const down = new Decimal('2858075.92').minus('2351333.1');
    expect(down.toFixed(2)).toBe('506742.82');
    expect(text(a)).toContain('506,742.82');
    expect(text(a)).toContain(`${down.dividedBy('2858075.92').times(100).toFixed(2)}%`);
    expect(text(a)).not.toMatch(/占支出合计/);
  });

  it('三公经费覆盖几个单位: 3 (L49), counted — no share of 三公', () => {
    const a = ask('三公经费覆盖几个单位');
    expect(a.kind).not.toBe('share');
    expect(text(a)).toMatch(/3 个/);
    expect(text(a)).not.toMatch(/100\.00%/);
  });

  it('2010302 → 除了机动费另一笔多少钱: 政府办更新、新购办公设备 1,778.00 (L1745)', () => {
    const a = last('预留机动费挂在哪个功能科目', '这个科目合计多少', '除了机动费另一笔多少钱');
    expect(text(a)).toContain('1,778.00');
    expect(text(a)).toMatch(/政府办更新、新购办公设备：1,778\.00 元/);
    expect(text(a)).toMatch(/除去预留机动费/);
  });

  it('行政单位医疗 → 同一款下另一项呢 → 它的编码: 2101199 其他行政事业单位医疗支出 90,000.00 (L498–500)', () => {
    const [, other, code] = dialogue('行政单位医疗多少', '同一款下另一项呢', '它的编码');
    expect(text(other!)).toContain('90,000.00');
    expect(text(other!)).not.toContain('2,226,651.70');
    expect(text(code!)).toContain('2101199');
  });

  it('表九里31099一共几行、合计多少: 9 lines (L1805–1979) and their sum, added by hand', () => {
    const a = last('智能机要文件交换箱预算', '部门经济分类？', '表九里31099一共几行、合计多少');
    const total = sum(
      '1684750.00',
      '298000.00',
      '369850.00',
      '395200.00',
      '3755505.20',
      '15619343.00',
      '861750.00',
      '300000.00',
      '2456417.60',
    );
    expect(total).toBe('25740815.80');
    expect(text(a)).toMatch(/共 9 项/);
    expect(text(a)).toContain('25,740,815.80');
  });

  it('2080501 合计 → 表九里这个科目分几行: its 5 lines, not the rows of 表九', () => {
    const a = last('2080501 合计', '表九里这个科目分几行');
    expect(text(a)).toMatch(/共 5 项/);
    expect(text(a)).not.toMatch(/60 行/);
  });

  it('206 → 该类下金额最大的项目 → 该类的基本支出是多少: 0.00 (表三 L124), not another ranking', () => {
    const a = last(
      '表三 206 科学技术支出 合计数是多少',
      '该类下金额最大的项目是哪个',
      '该类的基本支出是多少',
    );
    expect(a.kind).not.toBe('ranking');
    expect(text(a)).toMatch(/科学技术支出的基本支出：0\.00 元/);
  });

  it('申报绩效目标的项目有几个 → 涉及多少当年拨款 → 文中说占项目支出多少: 8,322.36 万元 and 95.8% (L77)', () => {
    const [count, money, share] = dialogue(
      '今年申报绩效目标的项目有几个',
      '涉及多少当年拨款',
      '文中说占项目支出多少',
    );
    expect(text(count!)).toMatch(/16 项/);
    expect(text(money!)).toContain('8,322.36 万元');
    expect(text(money!)).not.toContain('124,945,150.26');
    expect(text(share!)).toMatch(/95\.8/);
  });

  it('机要信息中心以前年度尾款 → 加上今年的运维费一共多少: its own 运维费, no choice list', () => {
    const a = last('机要信息中心以前年度尾款多少', '加上今年的运维费一共多少');
    expect(a.kind).not.toBe('ambiguous');
    expect(text(a)).toContain(grouped(sum('11988577.66', '22175821.60')));
  });

  it('政府办工作经费是230万，这个数没错吧: the figure given, checked (2,300,000.00 in 表九)', () => {
    expect(text(ask('政府办工作经费是230万，这个数没错吧'))).toMatch(/您给的数 230万 与文件一致/);
    expect(text(ask('政府办工作经费是230万，对吧'))).toMatch(/与文件一致/);
  });

  it('公务接待费多少，另外差旅费多少: both, 另外 being no name', () => {
    const a = ask('公务接待费多少，另外差旅费多少');
    expect(text(a)).toContain('22,320.24');
    expect(text(a)).toContain('129,960.00');
  });

  it('English: the 2018 self-evaluation score 86.03 (L79); "and the 2nd?" after the biggest item', () => {
    expect(
      text(
        ask('What score did the office get in its self-evaluation of the 2018 overall budget performance?'),
      ),
    ).toContain('86.03');
    const a = last(
      'How much goes to science and technology (科学技术支出) in 2020?',
      'biggest item in it?',
      'and the 2nd?',
    );
    expect(text(a)).toMatch(/软件正版化/);
  });
});

describe('pinyin with its punctuation and particles, English sums, things about a name, levels counted', () => {
  it('lixiu fei duoshao? → tuixiu fei ne → add them up: 183,659.80 (L1311) + 441,330.00 (L1327)', () => {
    const [lixiu, tuixiu, both] = dialogue('lixiu fei duoshao?', 'tuixiu fei ne', 'add them up');
    expect(text(lixiu!)).toContain('183,659.80');
    expect(text(lixiu!)).not.toMatch(/92 人/);
    expect(text(tuixiu!)).toContain('441,330.00');
    expect(text(both!)).toContain(grouped(sum('183659.80', '441330.00')));
  });

  it('以前年度尾款一共几笔 → total 多少: the four lines summed, not the department total', () => {
    const a = last('以前年度尾款一共几笔', 'total 多少');
    expect(text(a)).toContain(grouped(sum('954000.00', '492910.75', '11988577.66', '3128281.07')));
    expect(text(a)).not.toMatch(/124,945,150\.26/);
  });

  it('政务外网相关的项目有哪些 → 分别多少 → heji ne: both 政务外网 projects (L1961, L1979), summed', () => {
    const [list, each, total] = dialogue('政务外网相关的项目有哪些', '分别多少', 'heji ne');
    expect(text(list!)).toMatch(/政务外网安全外包服务/);
    expect(text(list!)).toMatch(/政务外网接入交换机采购项目/);
    expect(text(each!)).toContain('861,750.00');
    expect(text(total!)).toContain(grouped(sum('861750.00', '2456417.60')));
    // (…相关机构 in a name stays a name.)
    expect(text(ask('其他政府办公厅（室）及相关机构事务支出多少'))).toContain('10,496,750.00');
  });

  it('社会保障和就业支出 → 下面几个项: 3 (2080501, 2080505, 2080506 — L420, L433, L446), counted', () => {
    const a = last('社会保障和就业支出', '下面几个项');
    expect(a.kind).not.toBe('ranking');
    expect(text(a)).toMatch(/下有 3 个项级科目/);
  });

  it('2019年无线网络租赁费 → 2018年的呢 → 这两个的部门经济分类编码一样吗: 30213 and 30299, not the same', () => {
    const a = last('2019年无线网络租赁费多少', '2018年的呢', '这两个的部门经济分类编码一样吗');
    expect(text(a)).toMatch(/部门经济分类：不同/);
    expect(text(a)).toContain('30213');
    expect(text(a)).toContain('30299');
  });

  it('云平台…项目 → 部门经济分类编码 → 名称是: 30999 其他基本建设支出 (L1913)', () => {
    const a = last('云平台综合管控一体化那个项目多少', '部门经济分类编码', '名称是');
    expect(text(a)).toMatch(/30999 其他基本建设支出/);
  });

  it('申报绩效目标的项目涉及一般公共预算多少万: 8,322.36 万元 (L77); a 万元 figure never shown to six places', () => {
    const a = ask('申报绩效目标的项目涉及一般公共预算多少万');
    expect(text(a)).toContain('8,322.36 万元');
    expect(text(a)).not.toMatch(/124,945,150\.26/);
    const b = ask('申报绩效目标的项目和一般公共预算拨款各多少万');
    expect(text(b)).not.toMatch(/\d\.\d{3,} 万元/);
    expect(text(b)).toMatch(/约 12,494\.52 万元（即 124,945,150\.26 元）/);
  });

  it('社保就业那块四百八十多万 准确到分是多少: 4,830,831.40 (表三 208)', () => {
    expect(text(ask('社保就业那块四百八十多万 准确到分是多少'))).toContain('4,830,831.40');
  });
});

describe('things in 元 and 万元 ranked together, a level by its digits, a column asked in full', () => {
  it('表十二报了几个项目 → 分别是哪几个 → 哪个钱最多: 178.4 万元 (L2907) beats 1,610,000 元 (L2519) — in one unit', () => {
    const a = last('表十二报了几个项目', '分别是哪几个', '哪个钱最多');
    // 178.4 万元 = 1,784,000 元 > 1,610,000 元 > 1,500,000 元 (L2689)
    expect(new Decimal('178.4').times(10000).greaterThan('1610000')).toBe(true);
    expect(a.title).toMatch(/通讯指挥中心运维费/);
  });

  it('按功能分类的项（7位码）看，第二大的是哪个: 2010301 行政运行 25,807,805.04, ranked among 项', () => {
    const a = ask('按功能分类的项（7位码）看，第二大的是哪个');
    expect(text(a)).toMatch(/2010301 行政运行：25,807,805\.04/);
  });

  it('其他交通费用 → 表六里算人员经费还是公用经费 → 部门经济分类代码: 人员经费 979,200.00 (L1173), then 30239', () => {
    const [, column, code] = dialogue('其他交通费用多少', '表六里算人员经费还是公用经费', '部门经济分类代码');
    expect(text(column!)).toMatch(/属于人员经费/);
    expect(text(column!)).toContain('979,200.00');
    expect(text(code!)).toContain('30239');
  });
});

describe('具体是啥 after a class, 差几分 as money', () => {
  it('教育支出多少 → 具体是啥: its 项 2050803 培训支出 116,280.00', () => {
    const a = last('教育支出多少', '具体是啥');
    expect(text(a)).toMatch(/2050803 培训支出：116,280\.00/);
  });

  it('表六总计写的多少 → 跟表三差几分: a difference of money, never the 86.03-point evaluation score', () => {
    const a = last('表六总计写的多少', '跟表三差几分');
    expect(text(a)).not.toMatch(/86\.03/);
    expect(text(a)).toMatch(/比较|相差|多 /);
  });
});

describe('the two just listed, a column of a code by its verb', () => {
  it('2010302 → 具体是哪几项 → 预留机动费多少 → 两个差多少: the two lines, 498,647.34 − 1,778.00', () => {
    const a = last('2010302 一般行政管理事务多少', '具体是哪几项', '预留机动费多少', '两个差多少');
    const gap = new Decimal('498647.34').minus('1778.00').toFixed(2);
    expect(gap).toBe('496869.34');
    expect(text(a)).toContain('496,869.34');
    expect(text(a)).not.toMatch(/一般行政管理事务更多/);
  });

  it('表六 30299 → 表九里这个科目全部呢 → 那项目支出用掉多少: its 项目支出 lines, not the department’s 项目支出', () => {
    const a = last('表六 30299 其他商品和服务支出 一共多少', '表九里这个科目全部呢', '那项目支出用掉多少');
    expect(text(a)).toMatch(/项目支出中的其他商品和服务支出/);
    expect(text(a)).not.toMatch(/2020年项目支出：87,408,947\.32/);
    // The 11 project lines of 30299 in 表九, added by hand; the total stands on a line of its own.
    const total = sum(...PROJECT_LINES_30299);
    expect(total).toBe('29832931.92');
    expect(a.lines.some((l) => l.includes('以上 11 项合计：29,832,931.92 元'))).toBe(true);
  });
});

describe('the figure the text quotes, and an amount asked after a share', () => {
  it('…占项目支出多少 → 这里说的项目支出是多少 → 表里的项目支出是多少万: 8,691.03 万元 (L77), then 8,740.89 万元 (表三)', () => {
    const [, , said, table] = dialogue(
      '申报绩效目标的项目涉及一般公共预算多少万',
      '占项目支出多少',
      '这里说的项目支出是多少',
      '表里的项目支出是多少万',
    );
    expect(text(said!)).toContain('8,691.03 万元');
    expect(said!.kind).not.toBe('not_found');
    expect(text(table!)).toContain('8,740.89 万元');
    expect(table!.kind).not.toBe('share');
  });

  it('文中用的项目支出是多少万: the quoted 8,691.03 万元, not the tables’ 8,740.89', () => {
    const a = last('申报绩效目标的项目几个', '文中用的项目支出是多少万');
    expect(text(a)).toContain('8,691.03 万元');
  });
});

describe('分别 of the two just asked, a line of a code by a word of its name', () => {
  it('住房保障支出 → 公积金 → 购房补贴呢 → 编码分别是: both codes, not only the last', () => {
    const a = last('住房保障支出多少', '公积金是多少', '购房补贴呢', '编码分别是');
    expect(text(a)).toContain('2210203');
    expect(text(a)).toMatch(/30113|2210201/);
  });

  it('2080501 编码 → 金额呢 → 其中离休费 → 公用经费那条呢: 55,620.00 (L1343), not 公用经费 of the department', () => {
    const a = last('归口管理的行政单位离退休 编码', '金额呢', '其中离休费', '公用经费那条呢');
    expect(text(a)).toContain('55,620.00');
    expect(text(a)).not.toContain('2,849,834.10');
  });
});

describe('names typed half in pinyin, half in characters', () => {
  it('gongche运维费 and gc运维费: 公务用车运行维护费 25,000.00 (L58) — initials never read as gc + yunweifei', () => {
    for (const q of ['gongche运维费多少', 'gc运维费']) {
      const a = ask(q);
      expect(text(a)).toContain('25,000.00');
      expect(text(a)).not.toContain('22,175,821.60');
    }
  });

  it('jyxx中心尾款多少: 机要信息中心以前年度尾款 11,988,577.66 (L1889)', () => {
    expect(text(ask('jyxx中心尾款多少'))).toContain('11,988,577.66');
  });
});

describe('English words of the domain', () => {
  it('genuine software licensing → 软件正版化 15,619,343.00 (L1952); expanding the mobile video conferencing system → 3,755,505.20 (L1943)', () => {
    expect(text(ask('budget for the genuine software licensing procurement project in 2020?'))).toContain(
      '15,619,343.00',
    );
    expect(text(ask('How much goes to expanding the mobile video conferencing system?'))).toContain(
      '3,755,505.20',
    );
  });

  it('went down … by how much: 基本支出 down 4,497,127.42 (L40); head of the department: 桑硼飞 (L2328)', () => {
    const a = ask('basic expenditure went down compared to 2019 — by how much and what percent?');
    expect(text(a)).toContain(grouped(new Decimal('42033330.36').minus('37536202.94').toFixed(2)));
    expect(
      text(ask('Who is listed as head of the department on the overall performance target form?')),
    ).toContain('桑硼飞');
    // (A word the lexicon does not know is still not guessed at: parking fees are not in the data.)
    expect(ask('How much is budgeted for parking fees?').kind).toBe('not_found');
  });
});

describe('预算 alone, 哪项 under a class, words around what is asked', () => {
  it('今年预算比去年多了多少钱？涨了几个点: the whole budget, +5,378,492.87 (L31); 预算里 stays a place', () => {
    const a = ask('今年预算比去年多了多少钱？涨了几个点');
    expect(text(a)).toContain(grouped(new Decimal('124945150.26').minus('119566657.39').toFixed(2)));
    expect(ask('预算里有停车费吗').kind).toBe('not_found');
  });

  it('卫生健康下面哪项大: 2101101 行政单位医疗 2,226,651.70 — a 项, not a line', () => {
    expect(text(ask('卫生健康下面哪项大'))).toMatch(/1\. 2101101 行政单位医疗：2,226,651\.70/);
  });

  it('表九最后的合计数, 三公经费统计范围包括哪几个单位, 主任要三个数：…: answered, not "not found"', () => {
    expect(text(ask('表九最后的合计数'))).toContain('124,945,150.26');
    expect(text(ask('三公经费统计范围包括哪几个单位'))).toMatch(/3 个/);
    const three = ask('主任要三个数：今年收入预算总额、基本支出、项目支出，麻烦一起报给我');
    for (const v of ['124,945,150.26', '37,536,202.94', '87,408,947.32']) expect(text(three)).toContain(v);
  });
});

describe('what a defined term covers', () => {
  it('公务接待费包不包括外宾接待 / 公车购置费口径里含不含车辆购置税: yes, quoting 名称解释 (L89)', () => {
    const a = ask('按名词解释，公务接待费包不包括外宾接待？');
    expect(text(a)).toMatch(/^是。/m);
    expect(text(a)).toMatch(/含外宾接待/);
    expect(a.sources.some((s) => JSON.stringify(s).includes('89'))).toBe(true);
    expect(text(ask('公车购置费口径里含不含车辆购置税'))).toMatch(/含车辆购置税/);
    // (A word no definition writes is not said to be covered.)
    expect(text(ask('公务接待费包括停车费吗'))).not.toMatch(/^是。/m);
  });
});

describe('an amount to the 分 as the tables print it', () => {
  it('3755505.2 这个数是哪个项目的: 西城区移动视频会议系统扩建项目 (L1943), that amount exactly', () => {
    const a = ask('3755505.2 这个数是哪个项目的');
    expect(text(a)).toMatch(/金额为 3,755,505\.20 元/);
    expect(text(a)).toMatch(/西城区移动视频会议系统扩建项目/);
    // (One that no line has is said to be none — never the nearest.)
    expect(ask('3755505.3是哪个项目').kind).toBe('not_found');
    // (Written to the 分 as the table prints it, a whole amount is that amount too: L1745.)
    expect(text(ask('1778.00是哪一笔'))).toMatch(/金额为 1,778\.00 元 的明细共 1 项/);
  });
});

describe('a field not published is still about its thing', () => {
  it('最大的项目 → 负责人是谁 (none published) → 那通讯指挥中心运维费呢: its 负责人 荣昊岩, not a ranking', () => {
    const [, none, other] = dialogue(
      "What's the biggest project in the budget?",
      '负责人是谁',
      '那通讯指挥中心运维费呢',
    );
    expect(none!.title).toMatch(/文件没有公布/);
    expect(other!.kind).not.toBe('ranking');
    expect(text(other!)).toMatch(/荣昊岩/);
  });
});

describe('the first thing named, against a sum', () => {
  it('IT设备…运维 → 两个政务外网 加起来 → 比刚才第一个多多少: 3,318,167.60 − 350,000.00 (L1862, L1961, L1979)', () => {
    const a = last(
      'IT设备动态管理系统运维服务项目多少钱',
      '政务外网安全外包服务呢',
      '政务外网接入交换机采购',
      '后两个都是政务外网的，加起来',
      '比刚才第一个多多少',
    );
    const gap = new Decimal(sum('861750.00', '2456417.60')).minus('350000.00').toFixed(2);
    expect(gap).toBe('2968167.60');
    expect(text(a)).toContain('2,968,167.60');
  });
});

describe('a code’s line in one part of spending', () => {
  it('30213 → 表九里有几条 → 最大那条 → 基本支出里那条多少: 22,800.00, its one 基本支出 line (L1230)', () => {
    const a = last('30213是什么', '表九里有几条', '最大那条', '基本支出里那条多少');
    expect(text(a)).toMatch(/30213 维修（护）费在基本支出中的一笔/);
    expect(text(a)).toContain('22,800.00');
    expect(text(a)).not.toContain('37,536,202.94');
  });
});

describe('a two-character word owning the shared name after it', () => {
  it('绩效项目尾款多少万: 西城区2020年政府绩效管理项目尾款 69.00 万元 (L2627) — not the 绩效 topic, not a choice of 尾款', () => {
    const a = ask('绩效项目尾款多少万');
    expect(a.kind).not.toBe('ambiguous');
    expect(text(a)).toMatch(/政府绩效管理项目尾款：69\.00 万元/);
  });
});

describe('pinyin words beside a word that is not pinyin', () => {
  it('jigou yunxing jingfei yoy 多少: 机构运行经费 down 506,742.82 (L65) — the pinyin name kept whole, yoy a change', () => {
    const a = ask('jigou yunxing jingfei yoy 多少');
    expect(text(a)).toMatch(/机构运行经费/);
    expect(text(a)).toContain('506,742.82');
    expect(text(a)).not.toMatch(/内设科室/);
  });
});

describe('a bare 科目 is of the classification just asked', () => {
  it('讯飞听见 → 智能机要文件交换箱呢 → 这两个在哪个功能科目下 → 这个科目合计多少: 2010399 10,496,750.00, not 31099', () => {
    const a = last(
      '讯飞听见会议系统多少钱',
      '智能机要文件交换箱呢',
      '这两个在哪个功能科目下',
      '这个科目合计多少',
    );
    expect(text(a)).toContain('10,496,750.00');
    expect(text(a)).not.toMatch(/31099/);
  });
});

describe('a ranking among the things just asked one by one', () => {
  it('无纸化改造 → 平板电脑那个呢 → 哪个贵，贵多少: 395,200.00 − 369,850.00 (L1925, L1934)', () => {
    const a = last('2710会议室无纸化改造多少钱', '平板电脑那个呢', '哪个贵，贵多少');
    expect(new Decimal('395200.00').minus('369850.00').toFixed(2)).toBe('25350.00');
    expect(text(a)).toContain('25,350.00');
    expect(a.kind).not.toBe('ranking');
  });

  it('差旅费 → 会议费 → 培训费 → 最多的是: 差旅费 129,960.00 (L1222), not the largest line of the budget', () => {
    const a = last('差旅费', '会议费', '培训费', '最多的是');
    expect(a.title).toMatch(/差旅费/);
    expect(text(a)).not.toMatch(/机要信息中心运维费/);
  });
});

describe('English: a kind of post, and the total of the three just asked', () => {
  it('How many 行政编制 positions? → 事业编制? → 工勤? → total of all three?: 74 + 25 + 17 = 116 人 (L24)', () => {
    const [first, , , total] = dialogue(
      'How many 行政编制 positions?',
      '事业编制?',
      '工勤?',
      'total of all three?',
    );
    expect(text(first!)).toMatch(/行政编制：74 人/);
    expect(74 + 25 + 17).toBe(116);
    expect(text(total!)).toMatch(/合计：116 人/);
  });
});

describe('English: a code’s lines in a table', () => {
  it('What does 30299 mean? → How much in total under it in 表九?: its 13 lines, 30,807,171.02 — not 表九’s total', () => {
    const a = last('What does 30299 mean?', 'How much in total under it in 表九?');
    expect(text(a)).toContain('30,807,171.02');
    expect(text(a)).not.toMatch(/表九 合计：124,945,150\.26/);
  });
});

describe('the rest of a code after a comma, English implementing unit and dept', () => {
  it('31099下有几个项目 → 除了软件正版化，剩下的加一起多少: the other 8 lines (L1805–1979 less L1952)', () => {
    const a = last('31099其他资本性支出下有几个项目', '除了软件正版化，剩下的加一起多少');
    const rest = new Decimal('25740815.80').minus('15619343.00').toFixed(2);
    expect(rest).toBe('10121472.80');
    expect(text(a)).toContain('10,121,472.80');
  });

  it('implementing unit? after a 表十二 project: 西城区服务联络和扶贫协作办公室 (L2672); the dept’s retirees: 92 人 (L26)', () => {
    const a = last('Who is the contact for the 服务联络办工作经费 project?', 'phone?', 'implementing unit?');
    expect(text(a)).toMatch(/西城区服务联络和扶贫协作办公室/);
    expect(text(ask('how many retirees does the dept have'))).toMatch(/92 人/);
  });
});
