/**
 * Follow-ups that refer back: "另一笔" (the one listed thing not yet talked about), "它的尾款" (the item of
 * that name nearest the thing before), "两笔加一起", "属于哪个类", "分成哪几块", "最少的呢" after a pick of a
 * ranking, and an amount asked right after a person. Expected figures are read off the source document
 * (data/bjsxcqrmzfbgs-2020/source.txt, line numbers below); sums and shares are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { Conversations, converse } from '../../src/core/conversation.js';
import { realEngine } from '../helpers/engine.js';

const engine = realEngine();

function dialogue(...questions: string[]): Answer[] {
  const c = new Conversations();
  return questions.map((q) => converse(engine, c, { user: 'u', channel: 'c' }, q));
}
const has = (a: Answer, v: string) => a.figures.some((f) => f.value.equals(v));
const text = (a: Answer) => [a.title, ...a.lines].join('\n');

describe('a follow-up names the thing by where it stands in the conversation', () => {
  it('它还有一笔以前年度尾款: the 尾款 line of the same centre, then both together and their share', () => {
    const [, tail, both, share] = dialogue(
      '机要信息中心运维费多少',
      '它还有一笔以前年度尾款吧，那笔多少？',
      '两笔加一起呢',
      '占科学技术支出的比例是多少',
    );
    // L1889: 机要信息中心以前年度尾款 11988577.66 (not the other three 以前年度尾款 lines)
    expect(has(tail!, '11988577.66')).toBe(true);
    expect(has(tail!, '22175821.60')).toBe(false);
    // L1853 22175821.60 + L1889 11988577.66 = 34164399.26
    expect(has(both!, '34164399.26')).toBe(true);
    // 34164399.26 ÷ 76411771.98 (L679) = 44.71%
    expect(text(share!)).toMatch(/44\.71%/);
  });

  it('另一笔呢 after the largest of two: the other one, and 它 is then that one', () => {
    const [, , other, code] = dialogue(
      '2010302一般行政管理事务合计多少',
      '下面都有啥项目？最大那个多少',
      '另一笔呢',
      '它是什么经济分类（部门）',
    );
    // L1736 预留机动费 498647.34 is the largest; L1745 1778.00 the other
    expect(has(other!, '1778.00')).toBe(true);
    expect(has(other!, '498647.34')).toBe(false);
    // L1742-1743: 31002 办公设备购置
    expect(text(code!)).toMatch(/31002 办公设备购置/);
  });

  it('那个多少钱 after 还有别的吗: the one listed that was not asked about', () => {
    const [, , , that] = dialogue(
      '预留机动费有吗，多少',
      '它挂在哪个功能科目',
      '这个科目下还有别的吗',
      '那个多少钱',
    );
    expect(has(that!, '1778.00')).toBe(true);
  });

  it('剩下的呢 after the largest of three: the other two, each', () => {
    const [, rest] = dialogue('三公经费里哪项最多', '剩下的呢');
    // L1255 公务接待费 22320.24; 因公出国（境）费 0
    expect(has(rest!, '22320.24')).toBe(true);
    expect(has(rest!, '25000.00')).toBe(false);
  });

  it('2019那笔 after two years of one name: the 2019 line', () => {
    const [, , , which] = dialogue(
      '表九里无线网络租赁费有几笔',
      '分别多少',
      '差多少',
      '2019那笔记在哪个部门经济分类名称下',
    );
    // L1835 2019年无线网络租赁费 5750000.00, 30213 维修（护）费
    expect(text(which!)).toMatch(/2019年无线网络租赁费/);
    expect(text(which!)).toMatch(/30213 维修（护）费/);
    expect(text(which!)).not.toMatch(/2018年无线网络租赁费/);
  });

  it('最少的呢 after 第二呢 and 占多少: the same ranking, the other way', () => {
    const [, , , least] = dialogue('公用经费里哪项最多', '第二呢', '它占公用经费多少', '最少的呢');
    expect(least!.kind).toBe('ranking');
    // L1255: 30217 公务接待费 22320.24 is the smallest of 表六's 公用经费 lines
    expect(text(least!)).toMatch(/1\. 30217 公务接待费：22,320\.24 元/);
    const [, , fewest] = dialogue('2010399里面哪个项目最多', '第二呢', '最少的呢');
    // L1753-1754: 区服务联络办扶贫挂职干部专项经费 150000.00
    expect(text(fewest!)).toMatch(/1\. 区服务联络办扶贫挂职干部专项经费：150,000\.00 元/);
  });
});

describe('a follow-up asks something of the thing before', () => {
  it('属于哪个类 after a 项 code: the class above it; 对应哪个项级科目 after a class: the 项 below', () => {
    const [, , up] = dialogue('2050803叫什么', '多少钱', '属于哪个类');
    // L650-651: 205 教育支出; L668-669: 2050803 培训支出 under it
    expect(text(up!)).toMatch(/2050803 培训支出 属于类：205 教育支出/);
    const [, down, econ] = dialogue('教育支出多少', '对应哪个项级科目', '经济分类是哪个');
    expect(text(down!)).toMatch(/2050803 培训支出/);
    // L1244: 30216 培训费
    expect(text(econ!)).toMatch(/30216 培训费/);
  });

  it('分哪几块 splits a whole the way its table does', () => {
    const [, basic] = dialogue('基本支出多少', '分哪几块');
    // L1384-1385: 人员经费 34686368.8, 公用经费 2849834.1
    expect(has(basic!, '34686368.8')).toBe(true);
    expect(has(basic!, '2849834.1')).toBe(true);
    const [, total] = dialogue('今年总预算多少', '分成哪几块');
    // L824-825: 基本支出 37536202.94, 项目支出 87408947.32
    expect(has(total!, '37536202.94')).toBe(true);
    expect(has(total!, '87408947.32')).toBe(true);
  });

  it('an amount asked right after a 负责人 or a definition is the amount', () => {
    const [, , , amount] = dialogue('表十一资金总额多少', '部门负责人是谁', '电话', '项目支出呢（万）');
    // L825: 87408947.32 元 = 8,740.89 万元
    expect(text(amount!)).toMatch(/8,740\.89 万元/);
    expect(text(amount!)).not.toMatch(/桑硼飞/);
    const [, , lastYear] = dialogue('表七是什么表', '里面因公出国费多少', '公务接待费2019年预算数呢');
    // L1405: 2019 公务接待费 26,268.00
    expect(has(lastYear!, '26268.00')).toBe(true);
    expect(lastYear!.kind).not.toBe('glossary');
  });

  it('它们的功能科目编码分别是 after two pension lines: each one’s functional code', () => {
    const [, , , codes] = dialogue(
      '职业年金缴费多少',
      '养老保险呢',
      '前者是后者的几成',
      '它们的功能科目编码分别是',
    );
    // L740 2080506 (职业年金), L731 2080505 (基本养老保险)
    expect(text(codes!)).toMatch(/2080506/);
    expect(text(codes!)).toMatch(/2080505/);
  });
});

describe('one question, read as its words say', () => {
  const ask = (q: string) => engine.answer(q);

  it('two years before one name are the two lines of that name', () => {
    // L1835 5750000.00 − L1907 5210515.10 = 539484.90; together 10960515.10
    expect(text(ask('2018年和2019年无线网络租赁费哪个多，差多少'))).toMatch(
      /2019年无线网络租赁费更多，多 539,484\.90 元/,
    );
    expect(has(ask('2018年和2019年无线网络租赁费加起来多少'), '10960515.10')).toBe(true);
  });

  it('"X的Y合计/小计" is the cell of X, never X plus Y', () => {
    // L618: 20103 项目支出 10997175.34
    const a = ask('20103 政府办公厅（室）及相关机构事务 的项目支出小计是多少');
    expect(has(a, '10997175.34')).toBe(true);
    expect(has(a, '87408947.32')).toBe(false);
    // L680: 206 基本支出 0.00
    const b = ask('科学技术支出的基本支出合计多少');
    expect(text(b)).toMatch(/科学技术支出的基本支出：0\.00 元/);
    expect(has(b, '37536202.94')).toBe(false);
  });

  it('English: what percent of the total is a share; staff actually working is 实有人数', () => {
    // 37536202.94 ÷ 124945150.26 = 30.04%
    expect(text(ask('Basic expenditure is what percent of the total?'))).toMatch(/30\.04%/);
    expect(text(ask('How many staffs are actually working there?'))).toMatch(/116 人/);
  });
});

describe('what a long or sloppy message asks, and only that', () => {
  const ask = (q: string) => engine.answer(q);

  it('实际金额 is an amount asked, never 实有人数; a project’s 年度资金总额 is its own form’s', () => {
    const a = ask(
      '我们在准备绩效自评材料，需要引用区政府绩效管理项目2020年的年度资金总额。表十二里那栏写的单位是万元，但数字看着像是元，我有点懵，你帮我确认下实际金额？',
    );
    // L2519: 1610000 (表十二, 年度资金总额)
    expect(has(a, '1610000')).toBe(true);
    expect(text(a)).not.toMatch(/实有人数/);
    const b = ask('绩效管理项目在表十二“年度资金总额（万元）”栏里填的1610000，实际是多少万元？');
    expect(text(b)).toMatch(/161\.00 万元/);
    expect(text(b)).not.toMatch(/12,494|实有人数/);
  });

  it('a typo beside a mark inside a name keeps the name whole (通讯指会中心以前年度尾款)', () => {
    // L1898: 通讯指挥中心以前年度尾款 3128281.07
    const a = ask('通讯指会中心以前年度尾款');
    expect(has(a, '3128281.07')).toBe(true);
    expect(has(a, '1784000.00')).toBe(false);
  });

  it('"…大概八千七百多万，我想确认下精确数，另外基本支出…": both amounts', () => {
    const a = ask(
      '我在弄科里的预算执行分析，领导让我先把今年的盘子理一下。之前听人说项目支出大概八千七百多万，我想确认下精确数，另外基本支出具体是多少也一起给我，要到分的，谢谢',
    );
    // L824-825
    expect(has(a, '87408947.32')).toBe(true);
    expect(has(a, '37536202.94')).toBe(true);
  });

  it('合计多少，前者是后者几倍: the sum and the ratio', () => {
    const a = ask('水电费一共多少，电费是水费的几倍');
    // L1198 水费 45600.00 + L1206 电费 307800.00 = 353400.00; 307800 ÷ 45600 = 6.75
    expect(has(a, '353400.00')).toBe(true);
    expect(text(a)).toMatch(/约 6\.75 倍/);
  });

  it('a year money is put off to is no year asked about (留到2021年的尾款)', () => {
    const [, tail] = dialogue('政府绩效管理项目多少', '留到2021年的尾款又是多少？');
    // L2627: 尾款为69万
    expect(text(tail!)).toMatch(/69\.00 万元/);
    expect(tail!.kind).not.toBe('out_of_scope');
  });

  it('回到第一个: the conversation’s first subject, asked the rest of the question', () => {
    const [, , , back] = dialogue(
      '接待费查一下',
      '公车运维那块',
      '办公费的话',
      '回到第一个，它在公用经费里占多少',
    );
    // 22320.24 (L1255) ÷ 2849834.1 (L1385) = 0.78%
    expect(text(back!)).toMatch(/公务接待费/);
    expect(text(back!)).toMatch(/0\.78%/);
  });
});

describe('names inside a sloppy message', () => {
  const ask = (q: string) => engine.answer(q);

  it('机要运维费 is one name (the 要 of 机要 is no word of its own)', () => {
    const a = ask('机要运维费是软件正版化的几倍');
    // L1853 22175821.60 ÷ 15619343.00 = 1.42
    expect(text(a)).toMatch(/2020年机要信息中心运维费/);
    expect(text(a)).toMatch(/约 1\.42 倍/);
  });

  it('a shared name, each of whose things is named beside it, asks nothing more', () => {
    const a = ask('2710会议室那两个项目（无纸化改造+平板电脑）加一起多少');
    // L1925 369850.00 + L1934 395200.00 = 765050.00
    expect(has(a, '765050.00')).toBe(true);
  });

  it('离退休人员那块日常公用支出: the line kept for that group, then its code and the code’s total', () => {
    const [line, code, total] = dialogue('离退休人员那块日常公用支出多少', '在哪个功能科目', '那个科目合计');
    // L1987-1988: 日常公用支出（离退休人员）_其他商品和服务支出 55620.00, under 2080501
    expect(has(line!, '55620.00')).toBe(true);
    expect(text(code!)).toMatch(/2080501/);
    expect(has(total!, '720089.80')).toBe(true);
  });

  it('分几部分 after a project: the parts its form states', () => {
    const [, parts] = dialogue('通讯指挥中心运维费多少', '分几部分');
    // L2935: 视频会议系统运行维护项目(126万元)
    expect(text(parts!)).toMatch(/视频会议系统运行维护项目：126\.00 万元/);
  });
});

describe('codes, scopes and lines of one name', () => {
  const ask = (q: string) => engine.answer(q);

  it('30213项目支出里第二大: that place of the ranking, not the first; a name said as 科目 is the code', () => {
    // 表九 project lines with 30213: L1853 22175821.60, then L1835 2019年无线网络租赁费 5750000.00
    for (const q of ['30213项目支出里第二大是哪个', '维修（护）费科目下的项目支出里第二大是哪个']) {
      const a = ask(q);
      expect(has(a, '5750000.00'), q).toBe(true);
      expect(has(a, '22175821.60'), q).toBe(false);
    }
  });

  it('基本支出里这项 after a code: the code’s basic-spending line; then its project lines, each', () => {
    const [, basic, lines, top] = dialogue(
      '30213是什么',
      '基本支出里这项多少',
      '项目里用这个科目的有哪几个',
      '最大那个多少',
    );
    // L1654-1655: 日常公用支出（在职人员）_维修（护）费 22800.00
    expect(has(basic!, '22800.00')).toBe(true);
    expect(has(basic!, '37536202.94')).toBe(false);
    expect(text(lines!)).toMatch(/2019年无线网络租赁费/);
    expect(has(top!, '22175821.60')).toBe(true);
  });

  it('an economic code borne by one line names that line', () => {
    // L1915: 30999 is used by 北京市西城区2018年云平台综合管控一体化和运营服务管理集成项目 alone
    expect(text(ask('30999是什么，哪个项目用的'))).toMatch(/云平台综合管控一体化/);
  });

  it('这些尾款全部加起来: the four 以前年度尾款 lines of 表九, not the 绩效 form’s 69 万', () => {
    const a = ask(
      '表九里好多行都叫什么什么以前年度尾款，政府办的、公共安全图像的、机要信息中心的、通讯指挥中心的，我想知道这些尾款全部加起来一共多少',
    );
    // L1781 954000.00 + L1880 492910.75 + L1889 11988577.66 + L1898 3128281.07 = 16563769.48
    expect(has(a, '16563769.48')).toBe(true);
  });

  it('两笔合计 after a name of two lines: those two', () => {
    const [, both] = dialogue('我看明细表里有两行无线网络租赁费', '两笔合计多少？');
    // L1835 5750000.00 + L1907 5210515.10 = 10960515.10
    expect(has(both!, '10960515.10')).toBe(true);
  });

  it('19年基本加项目: 基本支出 and 项目支出 of 2019, summed', () => {
    // L40 2019 基本支出 42,033,330.36 + L44 项目支出 77,533,327.03 = 119,566,657.39 (L31)
    expect(has(ask('19年基本加项目一共多少'), '119566657.39')).toBe(true);
  });
});

describe('counting in what was listed, and picking among what was named', () => {
  it('第二个, then 它和第一个 and 最后那个 count in the ranking shown turns before', () => {
    const [, second, , against, last] = dialogue(
      '项目支出明细里金额最大的三个，从大到小说一下',
      '第二个是多少',
      '换算成万元',
      '它和第一个差多少',
      '最后那个属于什么部门经济分类',
    );
    // L1853 22175821.60, then 15619343.00 (软件正版化), then L1889 11988577.66 (机要信息中心以前年度尾款)
    expect(has(second!, '15619343.00')).toBe(true);
    // 22175821.60 − 15619343.00 = 6556478.60
    expect(text(against!)).toMatch(/多 6,556,478\.60 元/);
    expect(text(last!)).toMatch(/机要信息中心以前年度尾款/);
    expect(text(last!)).toMatch(/30299/);
  });

  it('后者 is the second of the two just listed', () => {
    const [, , , latter] = dialogue(
      '210类是什么',
      '往下一级是什么款',
      '再往下分哪几项，各多少',
      '后者在表九里用的哪个部门经济分类',
    );
    // 21011's two lines: 2226651.70 (L487) and 90000.00 (L500), the latter under 30112 其他社会保障缴费
    expect(text(latter!)).toMatch(/30112/);
    expect(latter!.kind).toBe('code');
  });

  it('多的那个 and 年份早的那笔 pick among the two compared; 另一笔 is then the other', () => {
    const [, , , more] = dialogue('工会经费多少', '福利费', '谁多，多多少', '多的那个政府经济分类是什么');
    // L1263 工会经费 361678.80 < L1271 福利费 385776.00
    expect(text(more!)).toMatch(/福利费 的科目编码/);
    const [, , early, other] = dialogue(
      '无线网络租赁费有两笔吧，各多少',
      '合计',
      '年份早的那笔是什么部门经济分类',
      '另一笔呢',
    );
    // 2018年无线网络租赁费 → 30299; 2019年无线网络租赁费 → 30213 (表九)
    expect(text(early!)).toMatch(/2018年无线网络租赁费 的科目编码/);
    expect(text(early!)).toMatch(/30299/);
    expect(text(other!)).toMatch(/2019年无线网络租赁费 的科目编码/);
    expect(text(other!)).toMatch(/30213/);
  });

  it('刚才两项费用: the two money lines named, not the head count between them', () => {
    const [, , , share] = dialogue(
      '离休费安排了多少',
      '退休费',
      '离退休人员总共多少人来着',
      '刚才两项费用合计占社会保障和就业支出多少',
    );
    // (L1311 183659.80 + L1327 441330.00) ÷ 4830831.40 (L706) = 12.94%
    expect(text(share!)).toMatch(/12\.94%/);
  });

  it('基本和项目各多少 after a class: that class’s two columns; 它是X的多少倍 compares it', () => {
    const [, cols] = dialogue('一般公共服务支出多少', '基本和项目各多少');
    // L607-L609: 201 基本支出 25807805.04, 项目支出 10997175.34
    expect(has(cols!, '25807805.04')).toBe(true);
    expect(has(cols!, '10997175.34')).toBe(true);
    expect(has(cols!, '37536202.94')).toBe(false);
    const [, times] = dialogue('科学技术支出里基本支出和项目支出分别是多少', '它是教育支出的多少倍');
    // 76411771.98 ÷ 116280.00 = 657.14
    expect(text(times!)).toMatch(/约 657\.14 倍/);
  });

  it('回到X那笔 and 它上面的类: the one named, then the class or 款 above its line', () => {
    const [, , , kuan] = dialogue(
      '公共安全图像以前年度尾款多少',
      '挂在哪个功能科目',
      '跟政府办以前年度尾款差多少',
      '回到政府办那笔，它在哪个款下面',
    );
    // 政府办以前年度尾款 is under 2010399, in 款 20103
    expect(text(kuan!)).toMatch(/属于款：20103/);
    const [, , up] = dialogue('培训费今年预算多少', '它在功能分类里挂在哪个项级科目', '那它上面的类是哪个');
    expect(text(up!)).toMatch(/属于类：205 教育支出/);
  });

  it('同科目下还有别的明细吗, 换成万, 怎么解释的', () => {
    const [, , , others, that] = dialogue(
      '预留机动费在哪个表能查到',
      '多少钱',
      '挂的功能科目是哪个',
      '同科目下还有别的明细吗',
      '那个多少钱',
    );
    expect(text(others!)).toMatch(/新购办公设备/);
    expect(has(that!, '1778.00')).toBe(true);
    const [, wan] = dialogue('移动视频会议系统扩建项目多少钱', '换成万');
    // 3755505.20 元 = 375.55 万元
    expect(text(wan!)).toMatch(/375\.55 万元/);
    const [, , , why] = dialogue('基本支出去年是多少', '今年呢', '降幅', '怎么解释的');
    // L40: 主要原因是2020年人员减少、公务经费减少等
    expect(text(why!)).toMatch(/人员减少/);
  });
});

describe('words about the list or the classification are not what is asked', () => {
  const ask = (q: string) => engine.answer(q);

  it('按表九里的先后顺序 lists the lines of that name in 表九’s order; 倒数第二, 最后一个是X的几倍', () => {
    const [list, sum, second, times] = dialogue(
      '按表九里的先后顺序，列一下几笔以前年度尾款',
      '加起来多少',
      '倒数第二个多少',
      '最后一个是通讯指挥中心运维费的几倍',
    );
    // 表九 order: 政府办 (L1781), 公共安全图像 (L1880), 机要信息中心 (L1889), 通讯指挥中心 (L1898)
    expect(text(list!)).toMatch(
      /政府办以前年度尾款[\s\S]*公共安全图像以前年度尾款[\s\S]*机要信息中心以前年度尾款[\s\S]*通讯指挥中心以前年度尾款/,
    );
    expect(has(sum!, '16563769.48')).toBe(true);
    expect(has(second!, '11988577.66')).toBe(true);
    // 3128281.07 ÷ 1784000.00 (L1844) = 1.75
    expect(text(times!)).toMatch(/通讯指挥中心以前年度尾款 与 通讯指挥中心运维费 比较/);
    expect(text(times!)).toMatch(/约 1\.75 倍/);
  });

  it('部门经济分类31099 names the code’s scheme — its total, not a breakdown of everything', () => {
    // 31099 其他资本性支出: 9 lines of 表九, 25740815.80 together
    const a = ask('表九里部门经济分类31099其他资本性支出一共多少');
    expect(has(a, '25740815.80')).toBe(true);
    expect(a.kind).not.toBe('breakdown');
  });

  it('覆盖哪些单位 asks which units, not a share; 在哪个表 names the table by number and title', () => {
    // L49: 支出单位包括3个单位，即区政府办公室、区外联办、区科协
    const a = ask('三公经费覆盖哪些单位');
    expect(text(a)).toMatch(/区政府办公室、区外联办、区科协/);
    expect(a.kind).not.toBe('share');
    expect(text(ask('预留机动费在哪个表能查到'))).toMatch(/表九（部门预算明细表）/);
  });
});

describe('parts, levels and tables in follow-ups', () => {
  it('剩下两块加起来 after the first of a project’s parts: the other two, summed', () => {
    const [, , , rest] = dialogue(
      '通讯指挥中心运维费是谁负责的',
      '这个项目由哪几块组成',
      '第一块多少钱',
      '剩下两块加起来呢',
    );
    // L2937 专线光纤租费 2.4 万元 + L2939 备品备件 50 万元 = 52.40 万元 (524,000.00 元)
    expect(has(rest!, '524000.00')).toBe(true);
  });

  it('下面最大的项 → 最小的呢 after a 款: the 项 codes below it', () => {
    const [, , least] = dialogue('20805这个款是什么', '下面最大的项是哪个', '最小的呢');
    // L420-L422: 2080501 720089.80 is the smallest 项 of 20805
    expect(text(least!)).toMatch(/1\. 2080501 [^：]+：720,089\.80 元/);
  });

  it('它在表九用的部门经济分类编码: the code of the subject before, read in 表九', () => {
    const [, code] = dialogue('行政单位医疗预算多少', '它在表九用的部门经济分类编码');
    // L1351-L1352: 2101101's 表九 line under 30112 其他社会保障缴费
    expect(text(code!)).toMatch(/30112 其他社会保障缴费/);
    expect(code!.kind).toBe('code');
  });

  it('款级科目一共几个 opening a conversation lists that level; 最少的那个 → 它的金额', () => {
    const [list, , , amount] = dialogue('款级科目一共几个', '最大的是哪个', '最少的那个呢', '它的金额');
    expect(text(list!)).toMatch(/20699 其他科学技术支出/);
    // 20508 进修及培训 116280.00 (L652 表三 205 = 20508) is the smallest 款
    expect(has(amount!, '116280.00')).toBe(true);
  });
});

describe('a project’s whole budget, exact names, and what the conversation remembers', () => {
  const ask = (q: string) => engine.answer(q);

  it('尾款 is 30% of the project’s whole budget; this year’s money 70% — never of 项目支出', () => {
    // L2627: 2020年度预算金额161万，为项目首笔款，占项目总预算的70%。尾款为69万，占项目预算30%
    expect(text(ask('绩效管理项目的尾款是多少，占多少'))).toMatch(/30\.00%/);
    const [, first] = dialogue('表九里政府绩效管理项目多少钱', '这是首笔款吧，占项目总预算多少');
    expect(text(first!)).toMatch(/70\.00%/);
    expect(text(first!)).not.toMatch(/占项目支出/);
  });

  it('a 表九 line named exactly, underscore and all, is that line', () => {
    // L1555-L1556: 人员支出（在职统发）_津贴补贴 13215900.00 (表九)
    const a = ask('表九人员支出（在职统发）_津贴补贴多少');
    expect(has(a, '13215900.00')).toBe(true);
    expect(has(a, '34686368.8')).toBe(false);
  });

  it('两笔加起来 after 它的以前年度尾款呢: the line asked first and its 尾款', () => {
    const [, , both] = dialogue('机要信息中心运维费是多少', '它的以前年度尾款呢', '两笔加起来');
    // L1853 22175821.60 + L1889 11988577.66 = 34164399.26
    expect(has(both!, '34164399.26')).toBe(true);
  });

  it('哪个贵点 after two things compares them; English O&M of the command center', () => {
    const [, , dearer] = dialogue('2710会议室平板电脑采购项目多少', '无纸化会议系统改造呢', '哪个贵点');
    // L1934 395200.00 > L1925 369850.00
    expect(text(dearer!)).toMatch(/西城区2710会议室平板电脑采购项目更多/);
    expect(has(ask('What is the O&M budget for the communications command center?'), '1784000.00')).toBe(
      true,
    );
  });
});

describe('stocks, blanks and a budget’s own money', () => {
  const ask = (q: string) => engine.answer(q);

  it('截止2019年车辆 is the fixed assets’ vehicles (5 辆, 182.83 万元), not the one 三公 car', () => {
    // L84: 截止2019年部门固定资产总额15753.22万元，其中：车辆5辆，182.83万元
    const a = ask('截止2019年车辆有几辆，价值多少');
    expect(text(a)).toMatch(/182\.83 万元/);
    expect(text(a)).not.toMatch(/实有公务用车：1 辆/);
  });

  it('a blank 实施单位 is said to be blank, not answered with a person', () => {
    const a = ask('通讯指挥中心运维费的实施单位是谁');
    expect(a.title).toMatch(/文件没有填写/);
    expect(a.figures).toHaveLength(0);
    expect(text(a)).not.toMatch(/实施单位：\S/);
    expect(text(a)).toMatch(/实施单位/);
  });

  it('国有资本经营预算拨款 is that budget’s money: the document says there is none', () => {
    expect(text(ask('本部门有国有资本经营预算拨款吗'))).toMatch(/无国有资本经营预算/);
  });
});

describe('table order, a table’s total, and sums of things without amounts', () => {
  const ask = (q: string) => engine.answer(q);

  it('按表五的顺序 lists the classes in the table’s order; 第三个 and 最后一个 count in it', () => {
    const [list, third, last] = dialogue(
      '按表五的顺序，把功能分类的类级科目列一下',
      '第三个多少钱',
      '最后一个呢',
    );
    expect(text(list!)).toMatch(/1\. 201 一般公共服务支出/);
    // 表三/表五 order 201, 205, 206, 208, 210, 221: the third is 206 (L679 76411771.98), the last 221
    expect(has(third!, '76411771.98')).toBe(true);
    expect(text(last!)).toMatch(/221 住房保障支出/);
  });

  it('表一的收入总计 is that total, compared with 表十一’s 资金总额', () => {
    // 124945150.26 元 − 12494.51 万元 = 50.26 元
    expect(text(ask('表十一资金总额和表一的收入总计差多少'))).toMatch(/多 50\.26 元/);
  });

  it('a sum or share over something with no amount is not worked out over the rest', () => {
    const [, , , sum] = dialogue(
      '项目支出比上年增加了多少',
      '为什么',
      '说明里点名的主要项目是哪些',
      '这俩加起来多少',
    );
    // (主要项目 is a list of names: no 87408947.32 passed off as "这俩" together.)
    expect(sum!.kind).toBe('not_found');
    expect(has(sum!, '87408947.32')).toBe(false);
  });
});

describe('reasons and things the budget does not publish', () => {
  it('财政拨款为什么增加: the reason the narrative gives after the 收入 and 财政拨款 sentences', () => {
    // L31: …其中：财政拨款…增加4.5%。主要原因是工作需要项目预算资金有所增加。
    expect(text(engine.answer('财政拨款为什么增加'))).toMatch(/项目预算资金有所增加/);
  });

  it('那是什么牌子的车: not published, never a definition of 三公', () => {
    const [, brand] = dialogue('三公经费里公车运维多少', '那是什么牌子的车');
    expect(brand!.kind).toBe('not_found');
  });
});

describe('several lines of one name, asked each', () => {
  it('无线网络租赁费有两笔吧，各多少: both lines, each — not a question of which', () => {
    const a = engine.answer('无线网络租赁费有两笔吧，各多少');
    // L1835 2019年 5750000.00, L1907 2018年 5210515.10
    expect(a.kind).not.toBe('ambiguous');
    expect(has(a, '5750000.00')).toBe(true);
    expect(has(a, '5210515.10')).toBe(true);
  });
});
