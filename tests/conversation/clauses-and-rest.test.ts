/**
 * Questions new staff wrote that the bot answered with a list instead of what was asked: two clauses
 * that each ask their own kind of question of their own subjects.
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); differences and
 * rates worked by hand.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ask, dialogue, has, text } from '../helpers/asking.js';

describe('two questions in one message are each answered', () => {
  it('行政编制比事业编制多几个人，工勤编制占三类编制合计的比例: 49 人 and 14.66%', () => {
    // L24: 行政编制74人，事业编制25人，工勤编制17人，实际116人 — 74 − 25 = 49; 17 ÷ 116 = 14.655…%
    const a = ask('行政编制比事业编制多几个人，工勤编制占三类编制合计的比例');
    expect(has(a, '49', '人')).toBe(true);
    expect(text(a)).toMatch(/14\.66%/);
  });

  it('a difference and a share of two money lines: 公务接待费比去年少多少，会议费占基本支出多少', () => {
    // L1403 22,320.24, L1405 26,268.00 (表七): 22320.24 − 26268.00 = −3947.76
    const a = ask('公务接待费比去年少多少，会议费占基本支出多少');
    expect(has(a, '-3947.76')).toBe(true);
    expect(text(a)).toMatch(/会议费/);
    expect(text(a)).toMatch(/占基本支出/);
  });

  it('one question in two clauses is still one answer: 差旅费和会议费，分别多少', () => {
    const a = ask('差旅费和会议费，分别多少');
    expect(a.title).not.toMatch(/；/);
  });
});

describe("剩下的 after some of a code's parts is the part not yet talked about", () => {
  it('2080505 和 2080506 → 占社保就业支出多少 → 剩下的那个多少: 2080501, 720,089.80 元', () => {
    const [, , rest] = dialogue(
      '2080505 和 2080506 分别多少，加起来多少？',
      '占社保就业支出多少',
      '剩下的那个多少',
    );
    // 表五 L1014, L1016: 2080501 归口管理的行政单位离退休 720089.80 — the third 项 under 20805 (208)
    expect(has(rest!, '720089.80')).toBe(true);
    expect(has(rest!, '2740494.40')).toBe(false);
    expect(has(rest!, '1370247.20')).toBe(false);
  });
});

describe('这科目 after a line is its code: ranked within, its other lines, a share of it', () => {
  it("800M终端 → 哪个功能科目 → 这科目下最贵的 / 最便宜的呢: 2069999's lines, not the codes", () => {
    const [, , top, bottom] = dialogue('800M终端更新多少钱', '哪个功能科目', '这科目下最贵的', '最便宜的呢');
    // 表九 2069999: 2020年机要信息中心运维费 22175821.60 (L1853) is the largest; 更新800M无线通讯终端经费
    // 300000.00 (L1970) the smallest of its 17 lines
    expect(top!.kind).toBe('ranking');
    expect(has(top!, '22175821.60')).toBe(true);
    expect(text(top!)).not.toMatch(/30299/);
    expect(has(bottom!, '300000.00')).toBe(true);
  });

  it("预留机动费 → 在哪个科目 → 这科目还有啥 → 那笔多少: 2010302's other line, 1,778.00 元", () => {
    const [, , rest, that] = dialogue('预留机动费多少', '在哪个科目', '这科目还有啥', '那笔多少');
    // 表九 2010302: 预留机动费 498647.34 (L1736), 政府办更新、新购办公设备 1778.00 (L1745)
    expect(has(rest!, '1778.00')).toBe(true);
    expect(has(rest!, '498647.34')).toBe(false);
    expect(has(that!, '1778.00')).toBe(true);
  });

  it('第二个 → 两个加起来 → 占这个科目多少: (2300000.00 + 2000000.00) ÷ 10496750.00 = 40.97%', () => {
    const turns = dialogue(
      '2010399那个科目多少钱',
      '哪个项目最多',
      '第二个呢',
      '两个加起来',
      '占这个科目多少',
    );
    // L1799 政府办工作经费 2300000.00, L1790 区领导慰问经费 2000000.00; L305 2010399 10496750.00
    expect(text(turns[4]!)).toMatch(/40\.97%/);
  });
});

describe('places and sides of a list shown before', () => {
  it('里面几个项目 (two) → 哪个大 → 小的那个多少: compared, then the smaller', () => {
    const [, , which, smaller] = dialogue(
      '2010302一般行政管理事务多少',
      '里面几个项目',
      '哪个大',
      '小的那个多少',
    );
    // 498647.34 − 1778.00 = 496869.34
    expect(has(which!, '496869.34')).toBe(true);
    expect(has(smaller!, '1778.00')).toBe(true);
    expect(has(smaller!, '498647.34')).toBe(false);
  });

  it('前三大项目 → 一和三加起来: 22175821.60 + 11988577.66 = 34164399.26', () => {
    const [, sum] = dialogue('206里面前三大项目', '一和三加起来');
    // L1853 机要信息中心运维费 22175821.60; L1889 机要信息中心以前年度尾款 11988577.66 (the third)
    expect(has(sum!, '34164399.26')).toBe(true);
  });

  it('几个项目 → 最大那个 → 第二呢: the second largest (区领导慰问经费 2,000,000.00), not the second listed', () => {
    const turns = dialogue('2010399下面挂了几个项目', '最大那个', '多少', '第二呢');
    expect(has(turns[3]!, '2000000.00')).toBe(true);
  });
});

describe('a share asked of a sum, with no whole named', () => {
  it('前两名 → 合计多少 → 占比: 113216752.36 ÷ 124945150.26 = 90.61%', () => {
    const turns = dialogue('6个大类里前两名', '合计多少', '占比');
    // L124 206 76411771.98 + L114 201 36804980.38 = 113216752.36; L107 支出总计 124945150.26
    expect(has(turns[2]!, '113216752.36')).toBe(true);
    expect(text(turns[2]!)).toMatch(/90\.61%/);
  });

  it('住房保障 → 卫生健康呢 → 俩合计占多少: (4464634.80 + 2316651.70) ÷ 124945150.26 = 5.43%', () => {
    const turns = dialogue('住房保障占总支出多少', '卫生健康呢', '俩合计占多少');
    // L139 221 4464634.80; L134 210 2316651.70
    expect(has(turns[2]!, '6781286.50')).toBe(true);
    expect(text(turns[2]!)).toMatch(/5\.43%/);
  });
});

describe('words around a name that say what it is, where it is read, or how to say it', () => {
  it('讯飞听见会议系统采购预算是多少: the line (298,000.00 元, L1817), not 政府采购 beside it', () => {
    const a = ask('讯飞听见会议系统采购预算是多少');
    expect(has(a, '298000.00')).toBe(true);
    expect(a.figures).toHaveLength(1);
  });

  it('培训废表九里写的多少: 培训费 as 表九 gives it, 116,280.00 元', () => {
    const a = ask('培训废表九里写的多少');
    expect(a.kind).not.toBe('not_found');
    expect(has(a, '116280.00')).toBe(true);
  });

  it('三公涵盖哪几个单位: the three units the narrative names (L49)', () => {
    const a = ask('三公涵盖哪几个单位');
    expect(text(a)).toMatch(/区政府办公室、区外联办、区科协/);
  });

  it('接待费减少的原因说明里怎么讲的: the reason as written (L56 主要是在职人员减少)', () => {
    expect(text(ask('接待费减少的原因说明里怎么讲的'))).toMatch(/在职人员减少/);
  });

  it('2710会议室无纸化改造和平板采购哪个多: 395200.00 − 369850.00 = 25350.00, 平板 more', () => {
    // L1925 无纸化会议系统改造 369850.00; L1934 平板电脑采购 395200.00
    const a = ask('2710会议室无纸化改造和平板采购哪个多，差多少');
    // (the difference is signed in the order named: 369850.00 − 395200.00)
    expect(has(a, '-25350.00')).toBe(true);
  });
});

describe('a sum checked against the whole named after 等于', () => {
  it('接待费加公车运维是不是正好等于三公总数: 22,320.24 + 25,000.00 = 47,320.24, the same', () => {
    // 表七 L1403 22,320.24; L1413 25,000.00; L1417 合计 47,320.24
    const a = ask('接待费加公车运维是不是正好等于三公总数，分别多少');
    expect(has(a, '47320.24')).toBe(true);
    expect(text(a)).toMatch(/一致/);
    // (never the three named added up: 94,640.48)
    expect(has(a, '94640.48')).toBe(false);
  });
});

describe('lines of one name told apart by years, and a name in pinyin words', () => {
  it('2018和2019两笔无线网络租赁费哪个多: 5750000.00 − 5210515.10 = 539484.90', () => {
    // L1835 2019年 5750000.00; L1907 2018年 5210515.10
    const a = ask('2018和2019两笔无线网络租赁费哪个多，差多少');
    // (signed in the order named: 5210515.10 − 5750000.00)
    expect(has(a, '-539484.90')).toBe(true);
  });

  it('18年和19年两笔无线网络租赁费一共多少: 10960515.10', () => {
    expect(has(ask('18年和19年两笔无线网络租赁费一共多少'), '10960515.10')).toBe(true);
  });

  it('wuxian wangluo zulin fei 有几笔: both lines', () => {
    const a = ask('wuxian wangluo zulin fei 有几笔');
    expect(has(a, '5750000.00')).toBe(true);
    expect(has(a, '5210515.10')).toBe(true);
  });
});

describe('English: the same query, whatever the wording around it', () => {
  it('What share of total spending goes to science and technology, class 206? — 61.16%', () => {
    // L124 206 76411771.98 ÷ L107 124945150.26 = 61.156…%
    const a = ask('What share of total spending goes to science and technology, class 206?');
    expect(a.kind).toBe('share');
    expect(text(a)).toMatch(/61\.16%/);
  });

  it('How many official cars…, per the three public expenses section? — 1 辆, not the 三公 total', () => {
    const a = ask(
      'How many official cars does the office actually have, per the three public expenses section?',
    );
    // L58: 2020年实有公务用车数量为1
    expect(has(a, '1', '辆')).toBe(true);
    expect(has(a, '47320.24')).toBe(false);
  });

  it('the software licensing procurement project, in units of 10k yuan — 1,561.93 万元', () => {
    // L1952 15619343.00
    const a = ask('How much is the software licensing procurement project, in units of 10k yuan?');
    expect(text(a)).toMatch(/1,561\.93 万元/);
    expect(text(a)).not.toMatch(/IT设备/);
  });

  it('the 2020 genuine-software procurement project — 15,619,343.00 元', () => {
    expect(
      has(ask("What's the budget for the 2020 genuine-software procurement project?"), '15619343.00'),
    ).toBe(true);
  });
});

describe('terse follow-ups: against last year, which year, what it is called, its other code', () => {
  it('出国费多少 → 和上年比: the change as the narrative states it (L54 与上年持平), not a pairing', () => {
    const [, b] = dialogue('出国费多少', '和上年比');
    expect(b!.kind).toBe('change');
    expect(text(b!)).toMatch(/与上年持平/);
  });

  it('绩效评价得分多少 → 哪年的: the sentence that says which year (L79 开展2018年部门预算…)', () => {
    const [, b] = dialogue('绩效评价得分多少', '哪年的');
    expect(text(b!)).toMatch(/2018年/);
  });

  it('云平台那个项目多少钱 → 部门经济分类 → 叫啥: 30999 其他基本建设支出 (L1913)', () => {
    const turns = dialogue('云平台那个项目多少钱', '部门经济分类', '叫啥');
    expect(turns[2]!.kind).not.toBe('not_found');
    expect(text(turns[2]!)).toMatch(/30999 其他基本建设支出/);
  });

  it('30217对应的政府经济分类是什么: 50206 (表九 L1668), the one code its lines carry', () => {
    const a = ask('30217对应的政府经济分类是什么');
    expect(text(a)).toMatch(/50206 公务接待费/);
  });

  it('进修及培训 → 属于哪个类 → 经济分类呢: 30216 培训费, the code its one line carries', () => {
    const turns = dialogue('表一的进修及培训是多少', '属于哪个类', '经济分类呢');
    expect(text(turns[2]!)).toMatch(/30216 培训费/);
  });

  it('a code whose lines carry several codes still gets its breakdown: 201的经济分类', () => {
    const a = ask('201的经济分类');
    expect(a.kind).toBe('breakdown');
  });
});

describe("follow-ups read in the conversation's own terms", () => {
  it("绩效管理项目谁负责 → 他工资多少: a person's pay is not published — not the 工资福利支出 class", () => {
    const [, b] = dialogue('绩效管理项目谁负责', '他工资多少');
    expect(b!.kind).toBe('not_found');
    expect(b!.figures).toHaveLength(0);
  });

  it('三公一共多少 → 接待占多少 → 车呢: 公务用车 25,000.00 of 47,320.24 (表七 L1413, L1417)', () => {
    const [, , c] = dialogue('三公一共多少', '接待占多少', '车呢');
    expect(has(c!, '25000.00')).toBe(true);
    expect(has(c!, '22320.24')).toBe(false);
  });

  it('表六公用经费合计 → 人员经费呢 → 人员占多少: 人员经费, not the staff count (34686368.8 ÷ 37536202.9)', () => {
    const turns = dialogue('表六公用经费合计', '人员经费呢', '人员占多少');
    // 表六 L1384 人员经费 34686368.8, L1383 总计 37536202.9 → 92.41%
    expect(has(turns[2]!, '34686368.8')).toBe(true);
    expect(text(turns[2]!)).toMatch(/92\.41%/);
  });

  it('206多少 → 全是项目支出吗: yes, and its 基本支出 0.00 beside it (表三 206 row)', () => {
    const [, b] = dialogue('206多少', '全是项目支出吗');
    expect(text(b!)).toMatch(/^是/m);
    expect(has(b!, '0')).toBe(true);
    expect(has(b!, '76411771.98')).toBe(true);
  });

  it('30213 → 表九项目用它的有几个 → 它们加一起: its 5 project lines, 30434821.60', () => {
    const turns = dialogue('30213维修护费表六多少', '表九项目用它的有几个', '它们加一起');
    // 表九 30213 project lines: 5750000.00 + 1784000.00 + 22175821.60 + 350000.00 + 375000.00
    expect(has(turns[1]!, '5', '项')).toBe(true);
    expect(has(turns[2]!, '30434821.60')).toBe(true);
  });

  it('50209是啥 → 部门经济分类对应哪个 → 表六金额: 22,800.00 元 as 表六 gives it (L1225–L1231)', () => {
    const turns = dialogue('50209是啥', '部门经济分类对应哪个', '表六金额');
    expect(turns[2]!.kind).not.toBe('table');
    expect(has(turns[2]!, '22800.00')).toBe(true);
  });
});

describe('sums and tables checked as asked', () => {
  // 表六 公用经费 column, its 13 rows (L1191–L1287) and its 总计 row (L1385: 2849834.1)
  const publicRows = [
    '364800',
    '45600',
    '307800',
    '115000',
    '129960',
    '22800',
    '34200',
    '116280',
    '22320.24',
    '361678.80',
    '385776',
    '25000',
    '918619.10',
  ];
  const rowsSum = publicRows.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2);

  it(`表六公用经费那一列逐项加起来，跟总计行对一下: ${rowsSum} against 2849834.1`, () => {
    const a = ask('表六公用经费那一列明细逐项加起来是多少？跟总计行对一下');
    expect(has(a, rowsSum)).toBe(true);
    expect(has(a, '2849834.1')).toBe(true);
    expect(has(a, '-0.04')).toBe(true);
  });

  it('表六公用经费合计 → 明细加一下呢: the same column, added up', () => {
    const [, b] = dialogue('表六公用经费合计', '明细加一下呢');
    expect(has(b!, rowsSum)).toBe(true);
  });

  it('项目支出19年预算是多少，今年比它多多少: 77,533,327.03 and +9,875,620.29 (L44)', () => {
    const a = ask('项目支出19年预算是多少，今年比它多多少');
    expect(has(a, '77533327.03')).toBe(true);
    expect(has(a, '9875620.29')).toBe(true);
  });

  it('30217接待费表六和表七对得上吗: 22,320.24 in both (表六 L1257, 表七 L1403)', () => {
    const a = ask('30217接待费表六和表七对得上吗 各是多少');
    expect(a.kind).not.toBe('audit');
    expect(a.figures.filter((f) => f.value.equals('22320.24'))).toHaveLength(2);
    expect(text(a)).toMatch(/一致/);
  });
});

describe('pinyin, typos and years that pick a line', () => {
  it('jiyao 运维费 2020 多少 → 以前年度尾款呢 → total?: 22175821.60 + 11988577.66 = 34164399.26', () => {
    const [a, b, c] = dialogue('jiyao 运维费 2020 多少', '以前年度尾款呢', 'total?');
    // L1853 2020年机要信息中心运维费 22175821.60; L1889 机要信息中心以前年度尾款 11988577.66
    expect(has(a!, '22175821.60')).toBe(true);
    expect(has(b!, '11988577.66')).toBe(true);
    expect(has(c!, '34164399.26')).toBe(true);
  });

  it('无线网络租赁费有几笔 → 分别多少 → 19年那笔多多少: 5750000.00 − 5210515.10 = 539484.90', () => {
    const turns = dialogue('无线网络租赁费有几笔', '分别多少', '19年那笔多多少');
    expect(has(turns[2]!, '539484.90')).toBe(true);
  });

  it('表四一般公共预算拨款多少: 表四, then 一般公共预算拨款 — 124,945,150.26 元', () => {
    const a = ask('表四一般公共预算拨款多少');
    expect(has(a, '124945150.26')).toBe(true);
  });

  it('表七公车运为费: 运为费 sounds like 运维费 — 公务用车运行维护费 25,000.00 (L1413)', () => {
    const a = ask('表七公车运为费');
    expect(has(a, '25000.00')).toBe(true);
    expect(has(a, '22175821.60')).toBe(false);
  });

  it('a whole multiple is said as one: 2740494.40 ÷ 1370247.20 is 正好 2 倍', () => {
    const a = ask('2080505和2080506哪个多，差多少');
    expect(text(a)).toMatch(/正好 2 倍/);
  });
});

describe('a name several lines share, given to each name listed with it', () => {
  // L1889 机要信息中心以前年度尾款 11988577.66; L1898 通讯指挥中心以前年度尾款 3128281.07;
  // L1880 公共安全图像以前年度尾款 492910.75 — together 15609769.48
  it('机要信息中心、通讯指挥中心、公共安全图像三笔以前年度尾款加起来: 15,609,769.48', () => {
    const a = ask('机要信息中心、通讯指挥中心、公共安全图像三笔以前年度尾款加起来');
    expect(has(a, '15609769.48')).toBe(true);
    expect(has(a, '22175821.60')).toBe(false);
  });

  it('机要和通讯指挥中心的以前年度尾款分别多少: each its own 尾款', () => {
    const a = ask('机要和通讯指挥中心的以前年度尾款分别多少');
    expect(has(a, '11988577.66')).toBe(true);
    expect(has(a, '3128281.07')).toBe(true);
  });

  it('a chat message: 那几笔以前年度尾款 …机要信息中心、通讯指挥中心、公共安全图像三笔…加总一下', () => {
    const a = ask(
      '今天开会领导问到信息化那几笔以前年度尾款，我记得有机要信息中心、通讯指挥中心、公共安全图像三笔，能不能帮我加总一下？要写进汇报材料里',
    );
    expect(has(a, '15609769.48')).toBe(true);
    // (never the 通讯指挥中心 project's own money)
    expect(has(a, '178.4')).toBe(false);
  });
});

describe('a quoted group of lines, and what the car is', () => {
  it('表九“日常公用支出（在职人员）”那些行里哪项金额最高: _其他商品和服务支出 918,619.10 (L1287)', () => {
    const a = ask('表九“日常公用支出（在职人员）”那些行里哪项金额最高，多少');
    expect(has(a, '918619.10')).toBe(true);
    expect(has(a, '34686368.8')).toBe(false);
  });

  it('三公 → 车呢 → 啥车: the one thing the document says of the car (L60 科协的一辆科普大篷车)', () => {
    const turns = dialogue('三公一共多少', '车呢', '啥车');
    expect(text(turns[2]!)).toMatch(/科普大篷车/);
  });
});

describe("a stated figure by the sentence's own words; the code of the line ranked first", () => {
  it('申报绩效目标的项目涉及一般公共预算当年拨款多少万元: 8,322.36 万元 (L77), not three subjects', () => {
    const a = ask('申报绩效目标的项目涉及一般公共预算当年拨款多少万元？');
    expect(has(a, '8322.36', '万元')).toBe(true);
    expect(has(a, '36804980.38')).toBe(false);
  });

  it('表六基本支出各行中，金额最大的一行对应哪个部门经济分类科目: 30102 津贴补贴', () => {
    // 表九 人员支出（在职统发）_津贴补贴 13215900.00, the largest 基本支出 line, is 30102 津贴补贴
    const a = ask('表六基本支出各行中，金额最大的一行对应哪个部门经济分类科目？');
    expect(text(a)).toMatch(/30102 津贴补贴/);
  });
});

describe('the figure the narrative quotes against the one a table gives', () => {
  // L77: …占项目支出8691.03万元的95.8% (the narrative's 项目支出); 表三 项目支出 87408947.32:
  // 87408947.32 − 86910300.00 = 498647.32
  it('说明里的项目支出和表三差多少: 8,691.03 万元 against 87,408,947.32 — 498,647.32', () => {
    const a = ask('说明里的项目支出和表三差多少');
    expect(has(a, '8691.03', '万元')).toBe(true);
    expect(has(a, '87408947.32')).toBe(true);
    expect(has(a, '-498647.32')).toBe(true);
  });

  it('这里说项目支出8691.03万，跟表里的项目支出差多少: the stated amount names the quoted figure', () => {
    const a = ask('这里说项目支出8691.03万，跟表里的项目支出差多少');
    expect(has(a, '-498647.32')).toBe(true);
  });

  it("xiangmu zhichu zongshu is still the table's 项目支出, 87,408,947.32", () => {
    expect(has(ask('xiangmu zhichu zongshu'), '87408947.32')).toBe(true);
  });
});

describe('a word in place of the start of the name before', () => {
  it('离休费多少钱 → 退休的呢: 退休费 441,330.00 (表六 L1327), not the count of retirees', () => {
    const [, b] = dialogue('离休费多少钱', '退休的呢');
    expect(has(b!, '441330.00')).toBe(true);
  });

  it('退休费 → 离休几个人: still the people (L26 离休1人)', () => {
    const [, b] = dialogue('退休费多少', '离休几个人');
    expect(has(b!, '1', '人')).toBe(true);
  });
});

describe('a column said as where to read, and the first things asked', () => {
  it('表四支出那栏里科学技术支出多少 → 住房保障呢 → 两者相差多少: 76411771.98 − 4464634.80', () => {
    const turns = dialogue('表四支出那栏里科学技术支出多少', '住房保障呢', '两者相差多少');
    expect(has(turns[0]!, '76411771.98')).toBe(true);
    // L124 206 76411771.98; L139 221 4464634.80 → 71947137.18
    expect(has(turns[2]!, '71947137.18')).toBe(true);
  });

  it('two things asked, one not found, then 前两个一共: those two (L1862 350000.00 + L1871 375000.00), not the top two lines', () => {
    const turns = dialogue('IT设备动态管理系统运维多少', '政府办运维费呢', '那OA系统运维费呢', '前两个一共');
    expect(has(turns[3]!, '725000.00')).toBe(true);
    expect(has(turns[3]!, '22175821.60')).toBe(false);
  });
});

describe('a thing whose figure of that kind is not published still opens the conversation', () => {
  it('公务接待费19年决算是多少 → 预算数呢 → 今年的: 26,268.00 then 22,320.24 (表七 L1405, L1403)', () => {
    const [a, b, c] = dialogue('公务接待费19年决算是多少', '预算数呢', '今年的');
    expect(a!.kind).toBe('not_found');
    expect(has(b!, '26268.00')).toBe(true);
    expect(has(c!, '22320.24')).toBe(true);
  });

  it('一般公共服务支出 → 项目部分: its 项目支出 column (表三 201 row)', () => {
    const [, b] = dialogue('一般公共服务支出', '项目部分');
    // L114 201 合计 36804980.38 = 基本 25807805.04 + 项目 10997175.34
    expect(has(b!, '10997175.34')).toBe(true);
  });
});

describe('what a term covers', () => {
  it('三公经费指什么 → 出国费含啥: the 名称解释 of 因公出国（境）费, which lists 国际旅费', () => {
    const [, b] = dialogue('三公经费指什么', '出国费含啥');
    expect(b!.kind).toBe('glossary');
    expect(text(b!)).toMatch(/国际旅费/);
  });
});

describe('near misses on a shared ending, years said as numbers, levels said in digits', () => {
  it("党建工作经费安排了多少: no such line — never 服务联络办工作经费's 1,500,000.00", () => {
    const a = ask('党建工作经费安排了多少');
    expect(a.figures.some((f) => f.value.equals('1500000.00'))).toBe(false);
  });

  it('日常公用里的会议费是多少: 日常公用 still reads as the 公用经费 its alias names — 34,200.00', () => {
    expect(has(ask('日常公用里的会议费是多少'), '34200.00')).toBe(true);
  });

  it('收入预算比19年多多少: the change, 5,378,492.87 (L31), not the 2019 figure alone', () => {
    const a = ask('收入预算比19年多多少');
    expect(a.kind).toBe('change');
    expect(has(a, '5378492.87')).toBe(true);
  });

  it('7位功能科目里哪个金额最大: 2069999 (表三 项级), not a line of 表九', () => {
    const a = ask('7位功能科目里哪个金额最大');
    expect(text(a)).toMatch(/1\. 2069999/);
  });

  it('IT设备运维 → 政府办运维费呢 → 差几个钱: 375000.00 − 350000.00', () => {
    const turns = dialogue('IT设备动态管理系统运维多少', '政府办运维费呢', '差几个钱');
    expect(turns[2]!.figures.some((f) => f.value.abs().equals('25000.00'))).toBe(true);
  });
});

describe('the one before, and every line of a name', () => {
  it('政务外网安全外包多少 → 800M那个呢 → 前一个换成万: 86.18 万元, not the largest line', () => {
    const turns = dialogue('政务外网安全外包多少', '800M那个呢', '前一个换成万');
    expect(turns[2]!.kind).not.toBe('ranking');
    expect(has(turns[2]!, '22175821.60')).toBe(false);
  });

  it('机要以前年度尾款 → 公共安全图像的呢 → 所有尾款加一起: all four, 16,563,769.48', () => {
    const turns = dialogue('机要以前年度尾款多少', '公共安全图像的呢', '所有尾款加一起');
    // 11988577.66 + 492910.75 + 954000.00 + 3128281.07 (表九 L1889, L1880, L1781, L1898)
    expect(has(turns[2]!, '16563769.48')).toBe(true);
  });
});

describe('English: project beside basic, and a bare percent sign', () => {
  it('total budget → basic vs project? → project %?: 37536202.94 and 87408947.32, then 69.96%', () => {
    const turns = dialogue("What's the total budget for 2020?", 'basic vs project?', 'project %?');
    // 表三 L824 基本支出 37536202.94; 项目支出 87408947.32; 87408947.32 ÷ 124945150.26 = 69.957…%
    expect(has(turns[1]!, '37536202.94')).toBe(true);
    expect(has(turns[1]!, '87408947.32')).toBe(true);
    expect(text(turns[2]!)).toMatch(/69\.96%/);
  });

  it('"…and by what %?" still asks the change\'s rate, not a share', () => {
    const a = ask('How much did basic expenditure drop year on year, and by what %?');
    expect(text(a)).toMatch(/10\.70%/);
  });
});
