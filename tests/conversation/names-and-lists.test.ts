/**
 * Lines found by a word of their name (项目名里带“运维”的), and what is asked of a list next: the smallest of
 * the lines just found, their sum. Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line
 * numbers below); sums worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sum, grouped } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

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
  it('超过100万的项目有哪些 → 哪个最少: the smallest of the 15, 1,398,600.00 (L1916), not of all 60 lines', () => {
    const [, least] = dialogue('超过100万的项目有哪些', '哪个最少');
    expect(least!.title).toMatch(/云平台综合管控/);
    expect(text(least!)).toContain('1,398,600.00');
    expect(text(least!)).not.toMatch(/1,778\.00/);
  });
});

describe('a level said among English words, kept by the ranking it came from', () => {
  it('208 → which 项 is largest? → its amount in 万元 → and the smallest 项?: 2080501, 720,089.80 (L1016)', () => {
    const a = dialogue(
      "What's 社会保障和就业支出?",
      'which 项 is largest?',
      'its amount in 万元',
      'and the smallest 项?',
    ).at(-1)!;
    expect(text(a)).toMatch(/2080501/);
    expect(text(a)).toContain('720,089.80');
    // (Not the smallest line of 208: 离休统发 其他对个人和家庭的补助 3,960.00.)
    expect(text(a)).not.toContain('3,960.00');
  });

  it('the same in Chinese: 哪个项最大 → 金额多少万 → 最小的项呢 is within 208', () => {
    const a = dialogue('社会保障和就业支出是什么', '哪个项最大', '金额多少万', '最小的项呢').at(-1)!;
    expect(text(a)).toContain('720,089.80');
    expect(text(a)).toMatch(/社会保障和就业支出/);
  });
});

describe('the total an asset is a share of', () => {
  it('固定资产总额 → 通用设备 → share of total?: of the assets, 13870 ÷ 15753.22 = 88.05% (L84), not of spending', () => {
    const a = dialogue("What's the 固定资产总额 as of 2019?", 'how much is 通用设备?', 'share of total?').at(
      -1,
    )!;
    const want = new Decimal('13870').dividedBy('15753.22').times(100).toFixed(2);
    expect(want).toBe('88.05');
    expect(text(a)).toContain(`${want}%`);
    expect(text(a)).not.toMatch(/支出预算|124,945,150\.26/);
  });
});

describe('what a code holds, asked 包括啥', () => {
  it('一般行政管理事务多少 → 包括啥: its two lines, 预留机动费 498,647.34 (L1736) and 新购办公设备 1,778.00 (L1745)', () => {
    const a = dialogue('一般行政管理事务多少', '包括啥').at(-1)!;
    expect(text(a)).toContain('预留机动费：498,647.34');
    expect(text(a)).toContain('政府办更新、新购办公设备：1,778.00');
  });

  it('a term’s 包括啥 is still its 名称解释: 出国费含啥', () => {
    expect(ask('出国费含啥').kind).toBe('glossary');
  });
});

describe('a message that lists and then picks one', () => {
  it('2010302 → 下面都有哪些项目？最大那个多少 → 另一笔呢: the other of the two listed, 1,778.00 (L1745)', () => {
    const [, both, other] = dialogue(
      '2010302一般行政管理事务合计多少',
      '下面都有哪些项目？最大那个多少',
      '另一笔呢',
    );
    expect(text(both!)).toContain('498,647.34');
    expect(other!.kind).not.toBe('not_found');
    expect(text(other!)).toContain('1,778.00');
  });
});

describe('a name as written before a name said short', () => {
  it('资本性支出 is 310 (its own name), not 309 资本性支出（基本建设） said without its bracket', () => {
    expect(ask('资本性支出多少').title).toMatch(/^310 资本性支出/);
  });

  it('资本性支出的项目里哪个金额最高: 软件正版化 15,619,343.00 (L1952), not the one line of 309', () => {
    const a = ask('资本性支出的项目里哪个金额最高');
    expect(text(a)).toMatch(/1\. 2020年西城区软件正版化采购项目：15,619,343\.00/);
  });
});

describe('a name that says what the next one is', () => {
  it('云平台 → 同样是资本性支出的智能机要文件交换箱多少 → 两个差多少: 1,684,750.00 − 1,398,600.00 (L1808, L1916)', () => {
    const [, box, diff] = dialogue(
      '云平台综合管控一体化项目多少钱',
      '同样是资本性支出的智能机要文件交换箱多少',
      '两个差多少',
    );
    expect(box!.title).toMatch(/^智能机要文件交换箱/);
    const want = new Decimal('1684750.00').minus('1398600.00').toFixed(2);
    expect(want).toBe('286150.00');
    expect(text(diff!)).toContain(grouped(want));
  });

  it('a long message: two 无线网络租赁费 “都挂在科学技术支出下面”, 两笔加一起: 5,750,000.00 + 5,210,515.10 (L1835, L1907)', () => {
    const a = ask(
      '那个，上周开会说到无线网络租赁费好像有两笔，一笔是2019年的一笔是2018年的，都挂在科学技术支出下面，我这边想合起来报个数，能帮我算算两笔加一起是多少吗，急用，谢谢',
    );
    const want = sum('5750000.00', '5210515.10');
    expect(text(a)).toContain(`合计：${grouped(want)}`);
    expect(text(a)).not.toMatch(/76,411,771\.98/);
  });
});

describe('parts the document does not split', () => {
  it('政府采购里货物类和服务类各多少: not found — not the procurement total in their place', () => {
    const a = ask('政府采购里货物类和服务类各多少');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });

  it('…while 办公费、印刷费、咨询费各安排了多少 still answers 办公费 and names the two it lacks', () => {
    const a = ask('办公费、印刷费、咨询费各安排了多少');
    expect(text(a)).toMatch(/文件中没有：印刷费、咨询费/);
    expect(text(a)).toContain('364,800.00');
  });
});

describe('a year after vs is the year compared with', () => {
  it('公务用车运行维护费 budget? → how many vehicles? → why the increase vs 2019?: the stated reason (L60)', () => {
    const a = dialogue('公务用车运行维护费 budget?', 'how many vehicles?', 'why the increase vs 2019?').at(
      -1,
    )!;
    expect(a.kind).toBe('change');
    expect(text(a)).toMatch(/科普大篷车/);
  });
});

describe('the purchases the narrative plans (L85)', () => {
  it('2020年安排购置车辆几台: 0 台, not “the number is not published”', () => {
    const a = ask('2020年安排购置车辆几台');
    expect(a.kind).not.toBe('not_found');
    expect(text(a)).toMatch(/计划购置车辆：0 台/);
  });

  it('今年预算里买车吗，安排几台 → 那100万以上的专用设备呢: the planned 0 台（套）, not the 1,721.90 万元 held (L84)', () => {
    const a = dialogue('今年预算里买车吗，安排几台', '那100万以上的专用设备呢').at(-1)!;
    expect(text(a)).toMatch(/计划购置单价100万元以上专用设备：0 台/);
    expect(text(a)).not.toMatch(/1,721\.90/);
  });

  it('…but 现有专用设备价值多少 after it is what is held: 1,721.90 万元 (L84)', () => {
    const a = dialogue('今年预算里买车吗，安排几台', '现有专用设备价值多少').at(-1)!;
    expect(text(a)).toMatch(/专用设备：1,721\.90 万元/);
  });
});

/**
 * 表六 (基本支出 by economic code) and 表九 (the lines) disagree on some codes in this document: 表六 30103
 * 奖金 is 507,480.00 (L1133) where 表九's 奖金 line is 1,710,000.00; 表六 30113 is 1,862,064.00 (L1375)
 * where 表九's 住房公积金 line is 2,602,570.80. A code read in 表六 stays read there in the follow-ups.
 */
describe('a code read in 表六, compared with 表九', () => {
  it('表六 30103 奖金 → 表九里奖金那行呢 → 差多少: 1,710,000.00 − 507,480.00, never “两者相等”', () => {
    const a = dialogue('表六 30103 奖金 金额', '表九里奖金那行呢', '差多少').at(-1)!;
    const want = new Decimal('1710000.00').minus('507480.00').toFixed(2);
    expect(want).toBe('1202520.00');
    expect(text(a)).toContain(grouped(want));
    expect(text(a)).not.toMatch(/相等/);
  });

  it('表六里1862064这个数挂在哪个科目: 30113 住房公积金 (L1373–1375); English: which code carries 2602570.80 in 表六 → 30102', () => {
    expect(text(ask('表六里1862064这个数挂在哪个科目'))).toMatch(/30113 住房公积金：1,862,064\.00/);
    expect(text(ask('And in 表六, which code carries 2602570.80?'))).toMatch(/30102 津贴补贴：2,602,570\.80/);
  });

  it('1710000挂在哪个科目 (no table named): the 表九 line of exactly that amount, not lines near it', () => {
    const a = ask('1710000挂在哪个科目');
    expect(text(a)).toMatch(/共 1 项/);
    expect(text(a)).toContain('人员支出（在职统发）_奖金：1,710,000.00');
  });

  it('表六的30102 → 表九的30102合计呢 → 差多少: 13,215,900 + 312,000 + 2,602,570.80 against 表九’s 15,585,444.00', () => {
    const six = sum('13215900.00', '312000.00', '2602570.80');
    const nine = sum('13215900.00', '507480.00', '1862064.00');
    const a = dialogue('那表六的30102津贴补贴合计多少', '表九的30102合计呢', '差多少').at(-1)!;
    const want = new Decimal(six).minus(nine).toFixed(2);
    expect(want).toBe('545026.80');
    expect(text(a)).toContain(grouped(want));
    expect(text(a)).toMatch(/表六津贴补贴 与 表九津贴补贴/);
  });

  it('住房公积金表五多少 → 表六呢 → 跟表九一致吗 → 差多少: 表六 1,862,064.00 against 2,602,570.80', () => {
    const [, six, , gap] = dialogue('住房公积金表五多少', '表六呢', '跟表九一致吗', '差多少');
    expect(text(six!)).toMatch(/表六 30113 住房公积金：1,862,064\.00/);
    const want = new Decimal('2602570.80').minus('1862064.00').toFixed(2);
    expect(want).toBe('740506.80');
    expect(text(gap!)).toContain(grouped(want));
  });
});

describe('the owner of a shared name, said with the words a mark took', () => {
  it('离休统发的那笔其他对个人和家庭的补助是多少: 3,960.00 (L2024) — not a choice of three, not 离休费', () => {
    const a = ask('离休统发的那笔其他对个人和家庭的补助是多少');
    expect(a.title).toMatch(/（离休统发）_其他对个人和家庭的补助/);
    expect(text(a)).toContain('3,960.00');
    const b = dialogue(
      '2080501 合计',
      '表九里这个科目分几行',
      '离休统发的那笔其他对个人和家庭的补助是多少',
    ).at(-1)!;
    expect(text(b)).toContain('3,960.00');
    expect(text(b)).not.toMatch(/183,659\.80/);
  });
});

describe('a code over the whole table after one part of it', () => {
  it('30213 → 基本支出里安排了多少 → 那表九里全部加起来呢 → 项目里用这个科目的有几个: its six lines, then five projects', () => {
    const [, , all, projects] = dialogue(
      '30213是什么',
      '基本支出里安排了多少',
      '那表九里全部加起来呢',
      '项目里用这个科目的有几个',
    );
    // 表九's 30213 lines: 22,800.00 (L1648) basic; 5,750,000.00, 1,784,000.00, 22,175,821.60, 350,000.00,
    // 375,000.00 (L1835–1873) projects.
    const want = sum('22800.00', '5750000.00', '1784000.00', '22175821.60', '350000.00', '375000.00');
    expect(want).toBe('30457621.60');
    expect(text(all!)).toContain(grouped(want));
    expect(text(all!)).not.toMatch(/124,945,150\.26/);
    expect(text(projects!)).toMatch(/项目支出明细共 5 项/);
  });
});

describe('the assets held, by the short names said in a list (L84)', () => {
  it('固定资产总额 → 通用设备 → 专用设备 → 车辆、通用、专用加起来多少: 182.83 + 13,870 + 1,721.9 万元', () => {
    const a = dialogue('固定资产总额多少', '通用设备呢', '专用设备', '车辆、通用、专用加起来多少').at(-1)!;
    const want = sum('182.83', '13870', '1721.9');
    expect(want).toBe('15774.73');
    expect(text(a)).toContain(`${grouped(want)} 万元`);
    // (车辆 is added by its value, not its 5 辆; 通用 is the equipment held, not a purchase planned.)
    expect(text(a)).not.toMatch(/5 辆/);
    expect(text(a)).not.toMatch(/计划购置/);
  });
});

describe('a level asked of the two things just asked (它们)', () => {
  it('政府办工作经费 → 政府办以前年度尾款呢 → 加一起 → 它们属于哪个款: both 20103 (表九 L1790, L1781: 2010399)', () => {
    const a = dialogue('政府办工作经费', '政府办以前年度尾款呢', '加一起', '它们属于哪个款').at(-1)!;
    expect(text(a)).toMatch(/都属于款：20103 政府办公厅（室）及相关机构事务/);
  });

  it('差旅费 → 软件正版化呢 → 它们属于哪个类: each its own, 201 and 206', () => {
    const a = dialogue('差旅费', '软件正版化呢', '它们属于哪个类').at(-1)!;
    expect(text(a)).toMatch(/差旅费 属于类：201 一般公共服务支出/);
    expect(text(a)).toMatch(/软件正版化采购项目 属于类：206 科学技术支出/);
  });
});

describe('money asked of what is no money', () => {
  it('how many projects reported 绩效目标 in 2020? → amount covered?: 16 项 and 8,322.36 万元 (L77)', () => {
    const [count, amount] = dialogue('how many projects reported 绩效目标 in 2020?', 'amount covered?');
    expect(text(count!)).toMatch(/16 项/);
    expect(text(amount!)).toMatch(/8,322\.36 万元/);
  });

  it('绩效自评得分 (86.03 分, L79) → 金额多少: not found — never the score as an amount', () => {
    const a = dialogue('2018年绩效自评得分多少', '金额多少').at(-1)!;
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });
});

describe('the rest of a code, said with how many', () => {
  it('30399 → 其中在职统发那笔 → 剩下两笔各多少 → 总额换算成万元: 35,520.00 and 3,960.00, then 944,160.00 = 94.42 万元 (L2015, L2024)', () => {
    const [, , rest, total] = dialogue(
      '其他对个人和家庭的补助一共多少',
      '其中在职统发那笔',
      '剩下两笔各多少',
      '总额换算成万元',
    );
    expect(text(rest!)).toContain('35,520.00');
    expect(text(rest!)).toContain('3,960.00');
    // (Not the one asked just before: 904,680.00, L1727.)
    expect(rest!.figures.some((f) => f.value.equals('904680.00'))).toBe(false);
    expect(sum('904680.00', '35520.00', '3960.00')).toBe('944160.00');
    expect(text(total!)).toMatch(/94\.42 万元/);
  });

  it('剩下三笔 when two are left is not read as the rest', () => {
    const a = dialogue('其他对个人和家庭的补助一共多少', '其中在职统发那笔', '剩下三笔各多少').at(-1)!;
    expect(text(a)).not.toMatch(/其余 2 笔/);
  });
});
