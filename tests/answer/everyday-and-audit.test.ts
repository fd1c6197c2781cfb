/**
 * Questions as a newcomer, a hurried chief and an auditor put them: everyday words for lines, the people a
 * line is for, negated asides, cross-table checks, a table's own list and last-year column, places in a
 * ranking remembered. Expected figures are read off the source document
 * (data/bjsxcqrmzfbgs-2020/source.txt; line numbers below) or worked out by hand:
 *   L409 20805 行政事业单位离退休 4,830,831.40; L552 2210203 购房补贴 1,862,064.00
 *   L1222 差旅费 129,960.00; L1238 会议费 34,200.00; L58 公务用车 25,000.00
 *   L1853 2020年机要信息中心运维费 22,175,821.60; L1889 机要信息中心以前年度尾款 11,988,577.66
 *   L40 基本支出 37,536,202.94; L1383 表六 总计 37,536,202.9 → 0.04 apart
 *   L823 / L852 表三 and 表五 总计 124,945,150.26 each
 *   L2447–2453 表十二 目录: 1 服务联络办工作经费, 2 西城区2020年政府绩效管理项目 (负责人 祝文婷 L2505,
 *     电话 88064058 L2507), 3 通讯指挥中心运维费
 *   L1405 / L1419 表七 总计 2020 47,320.24, 2019 26,268.00; L52 增加21,052.24元
 *   L1952 软件正版化 15,619,343.00 (second of 表九) → 22,175,821.60 − 15,619,343.00 = 6,556,478.60
 *   L609 201 项目支出 10,997,175.34; L54 因公出国（境）费 "与上年持平"; L56 公务接待费 "在职人员减少"
 *   L2714 服务联络办工作经费 目标1 "助力张北县、鄂伦春自治旗…"
 */
import { describe, expect, it } from 'vitest';
import { ask, dialogue, has, text } from '../helpers/asking.js';

describe('everyday words for what a line pays for', () => {
  it('出差的钱 129,960.00, 开会的钱 34,200.00, 管车的那笔钱 25,000.00', () => {
    expect(has(ask('大家出差报销用的钱，今年预算里放了多少'), '129960', '元')).toBe(true);
    expect(has(ask('开会的钱'), '34200', '元')).toBe(true);
    expect(has(ask('管车的那笔钱多少'), '25000', '元')).toBe(true);
  });

  it('the money of a group of people is the line for them; their number stays a head count', () => {
    expect(has(ask('离退休人员的经费多少'), '4830831.40', '元')).toBe(true);
    expect(text(ask('离退休人员多少'))).toContain('92 人');
  });

  it('给职工的购房补贴 is 购房补贴 1,862,064.00 — 职工 says whom it is for', () => {
    const a = ask('给职工的购房补贴预算是多少');
    expect(has(a, '1862064', '元')).toBe(true);
  });
});

describe('what a question says it is not about', () => {
  it('机要信息中心的运维费（不是以前年度尾款那笔）: 22,175,821.60, not 11,988,577.66', () => {
    const a = ask('今年机要信息中心的运维费（不是以前年度尾款那笔）预算多少？');
    expect(has(a, '22175821.60', '元')).toBe(true);
    expect(has(a, '11988577.66')).toBe(false);
  });
});

describe('an auditor’s questions across tables', () => {
  it('表六总计跟表三基本支出差多少: 0.04', () => {
    const a = ask('表六总计跟表三基本支出差多少');
    expect(has(a, '37536202.9', '元')).toBe(true);
    expect(has(a, '37536202.94', '元')).toBe(true);
    expect(a.figures.some((f) => f.value.abs().equals('0.04'))).toBe(true);
  });

  it('表三和表五的合计一样吗: equal, 124,945,150.26', () => {
    const a = ask('表三和表五的合计一样吗');
    expect(text(a)).toContain('两者相等');
    expect(has(a, '124945150.26', '元')).toBe(true);
  });

  it('一般公共服务支出这一类里的项目支出: 10,997,175.34', () => {
    expect(has(ask('201一般公共服务支出这一类里，项目支出合计是多少？'), '10997175.34', '元')).toBe(true);
  });

  it('a code’s name asked: 2069999 is 其他科学技术支出', () => {
    expect(text(ask('2069999这个代码叫什么名字？'))).toContain('其他科学技术支出');
  });
});

describe('lists and places remembered', () => {
  it('表十二目录 → 第二个的负责人 → 她电话: 祝文婷, 88064058 (the 目录’s own order)', () => {
    const [, owner, phone, money] = dialogue(
      '表十二目录里有哪几个项目？',
      '第二个的负责人是谁',
      '她电话多少？',
      '这个项目今年给了多少钱',
    );
    expect(text(owner!)).toContain('祝文婷');
    expect(text(phone!)).toContain('88064058');
    expect(has(money!, '1610000', '元')).toBe(true);
  });

  it('表七 → 2019年总计 26,268.00 → 涨了多少 21,052.24', () => {
    const [, last, , up] = dialogue('表七是什么表', '里面2019年总计填的多少？', '那2020年的', '涨了多少');
    expect(has(last!, '26268', '元')).toBe(true);
    expect(has(up!, '21052.24', '元')).toBe(true);
  });

  it('软件正版化 → 排第几 → 第一是哪个 → 这两个差多少: 6,556,478.60', () => {
    const [, , , diff] = dialogue(
      '软件正版化采购项目多少钱？',
      '它在项目里排第几',
      '第一是哪个',
      '这两个差多少？',
    );
    expect(diff!.figures.some((f) => f.value.abs().equals('6556478.60'))).toBe(true);
  });
});

describe('the document’s words, when it has no figure', () => {
  it('因公出国费变化: the text says 与上年持平; no year is said to be missing first', () => {
    const a = ask('因公出国费变化');
    expect(text(a)).toContain('与上年持平');
    expect(a.title).not.toContain('没有公布');
  });

  it('公务接待费减少的理由: 在职人员减少', () => {
    expect(text(ask('公务接待费减少的理由是什么？'))).toContain('在职人员减少');
  });

  it('一千五百六十多万那个采购项目: 软件正版化 15,619,343.00', () => {
    const a = ask('一千五百六十多万那个采购项目是干嘛的');
    expect(text(a)).toContain('软件正版化');
    expect(has(a, '15619343', '元')).toBe(true);
  });

  it('服务联络办对口帮扶的地方: quoted from its form, 张北县', () => {
    expect(text(ask('服务联络办对口帮扶的是哪两个地方'))).toContain('张北县');
  });
});

/*
 * Conversations that come back to a ranking, a list or a subject (figures: 表三 201 36,804,980.38 L114,
 * 208 4,830,831.40 L129; 2080505 2,740,494.40 L435 of 20805 4,830,831.40 L409 → 56.73%; 2010302
 * 500,425.34 L292, 政府办更新、新购办公设备 1,778.00 L1745 → 0.36%; 2710 无纸化 369,850.00 L1925 + 平板电脑
 * 395,200.00 L1934 = 765,050.00, + 移动视频会议系统扩建 3,755,505.20 L1943 = 4,520,555.20; L84 固定资产总额
 * 15,753.22 万元, 车辆 5 辆 182.83 万元, 通用设备 13,870 万元 → 88.05%; 205 教育支出 116,280.00 L119 is
 * 30216 培训费, of 基本支出 37,536,202.94 L40 → 0.31%; L44 项目支出 2019 77,533,327.03, L31 支出 2019
 * 119,566,657.39 → 64.85%, 2020 87,408,947.32 / 124,945,150.26 → 69.96%; 206 76,411,771.98 ÷ 201
 * 36,804,980.38 = 2.08 倍; 以前年度尾款 954,000.00 + 492,910.75 + 11,988,577.66 + 3,128,281.07 = 16,563,769.48).
 */
describe('conversations that come back', () => {
  it('哪个类最多 → 占多少 → 第二呢 → 第三个呢: 201 then 208', () => {
    const [, , second, third] = dialogue('六个类里哪个支出最多', '占多少', '第二呢', '第三个呢');
    expect(has(second!, '36804980.38', '元')).toBe(true);
    expect(has(third!, '4830831.40', '元')).toBe(true);
  });

  it('20805 → 下面有几个项 → 最大的是哪个 → 它占这个款多少: 3, 2,740,494.40, 56.73%', () => {
    const [, count, top, share] = dialogue(
      '20805这个款多少钱',
      '下面有几个项',
      '最大的是哪个',
      '它占这个款多少',
    );
    expect(text(count!)).toContain('3 个项级科目');
    expect(has(top!, '2740494.40', '元')).toBe(true);
    expect(text(share!)).toContain('56.73%');
  });

  it('一般行政管理事务 → 由哪两项组成 → 第二项多少 → 占多少: 1,778.00, 0.36% of it', () => {
    const [, , second, share] = dialogue('一般行政管理事务多少', '由哪两项组成', '第二项多少', '占多少');
    expect(has(second!, '1778', '元')).toBe(true);
    expect(text(share!)).toContain('0.36%');
  });

  it('加起来 → 再加上X: 765,050.00 then 4,520,555.20', () => {
    const [, , two, three] = dialogue(
      '2710会议室无纸化会议系统改造项目多少',
      '同一个会议室的平板电脑呢',
      '加起来',
      '再加上移动视频会议系统扩建项目',
    );
    expect(has(two!, '765050', '元')).toBe(true);
    expect(has(three!, '4520555.20', '元')).toBe(true);
  });

  it('a question about words a project’s form speaks of is quoted from it: 帮扶 → 张北县', () => {
    const [, a] = dialogue('服务联络办工作经费是多少', '帮扶的是哪两个地方');
    expect(text(a!)).toContain('张北县');
    expect(a!.lines[0]).not.toContain('没有');
  });

  it('固定资产总额 → 通用设备 → 占总额比例: 88.05%; 资产里的车辆 after 公车: 5 辆', () => {
    const [, , share] = dialogue('固定资产总额', '通用设备多少', '占总额比例');
    expect(text(share!)).toContain('88.05%');
    const [, , cars] = dialogue('公车运维费多少', '那有几辆公车', '可是资产情况里车辆是几辆？');
    expect(text(cars!)).toContain('5 辆');
  });

  it('教育支出 → 属于基本还是项目 → 在表六对应哪个编码 → 占基本支出比重: 30216, 0.31%', () => {
    const [, part, code, share] = dialogue(
      '教育支出有多少',
      '属于基本支出还是项目支出',
      '在表六对应哪个部门经济分类编码',
      '占基本支出比重',
    );
    expect(text(part!)).toContain('基本支出');
    expect(text(code!)).toContain('30216');
    expect(text(share!)).toContain('0.31%');
  });
});

describe('sums, multiples, both years and what is never published', () => {
  it('所有叫以前年度尾款的加起来: 16,563,769.48', () => {
    expect(has(ask('把表九里所有叫“以前年度尾款”的项目加起来是多少'), '16563769.48', '元')).toBe(true);
  });

  it('项目支出占比 2019 and 2020: 64.85% and 69.96%', () => {
    const t = text(ask('项目支出占全部支出的比例，2019年和2020年各是多少'));
    expect(t).toContain('64.85%');
    expect(t).toContain('69.96%');
  });

  it('前者是后者几倍: 2.08 倍', () => {
    expect(text(ask('科学技术支出和一般公共服务支出分别多少？前者大约是后者几倍'))).toContain('2.08 倍');
  });

  it('who won a contract is not published; no budget figure is given as the answer', () => {
    const a = ask('政务外网安全外包服务是哪家公司中标的');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
  });

  it('a count the document does not give is not a money figure: 出访几个团组', () => {
    const [, a] = dialogue('因公出国费多少', '计划出访几个团组');
    expect(a!.figures.length === 0 || a!.kind === 'not_found').toBe(true);
  });

  it('typos and parts: 通迅…以前年度尾款 3,128,281.07; 机要信息中心的尾款 11,988,577.66', () => {
    expect(has(ask('通迅指挥中心以前年度尾款多少'), '3128281.07', '元')).toBe(true);
    expect(has(ask('机要信息中心的尾款'), '11988577.66', '元')).toBe(true);
  });
});

/*
 * Ratios, units and lists asked again (L40 基本支出 37,536,202.94 against 2019 42,033,330.36 → 89.30%; L69
 * 政府采购 25,069,065.8 of L34 124,945,150.26 → 20.06%; L84 固定资产总额 15,753.22 万元 = 157,532,200.00 元;
 * 表二 2080501 720,089.80 L422, 2080505 2,740,494.40 L435, 2080506 1,370,247.20 L448 under 20805
 * 4,830,831.40 L409 → 720,089.80 ÷ 4,830,831.40 = 14.91%; 表九 30213 项目 lines of 206: 5,750,000.00 +
 * 1,784,000.00 + 22,175,821.60 + 350,000.00 + 375,000.00 = 30,434,821.60; 表三 2210203 购房补贴 1,862,064.00 L552).
 */
describe('ratios, units and lists asked again', () => {
  it('今年的基本支出只相当于去年的百分之几: 89.30%', () => {
    expect(text(ask('今年的基本支出只相当于去年的百分之几？'))).toContain('89.30%');
  });

  it('政府采购预算相当于部门总预算的百分之多少: 20.06%', () => {
    expect(text(ask('政府采购预算相当于部门总预算的百分之多少'))).toContain('20.06%');
  });

  it('固定资产总额折成元: 157,532,200.00 元', () => {
    expect(has(ask('固定资产总额折成元是多少'), '157532200', '元')).toBe(true);
  });

  it('下面有几个项 → 分别多少 → 哪个最少 → 占多少: each, 720,089.80, 14.91%', () => {
    const [, , each, least, share] = dialogue(
      '社保就业支出多少',
      '下面有几个项',
      '分别多少',
      '哪个最少',
      '占多少',
    );
    expect(has(each!, '2740494.40', '元') && has(each!, '1370247.20', '元')).toBe(true);
    expect(has(least!, '720089.80', '元')).toBe(true);
    expect(text(share!)).toContain('14.91%');
  });

  it('科学技术支出里记在维修（护）费名下的项目: 30,434,821.60', () => {
    const a = ask('科学技术支出里面，经济分类记在“维修（护）费”名下的项目一共多少钱');
    expect(has(a, '30434821.60', '元')).toBe(true);
  });

  it('a long message naming 购房补贴, then the tables to read it in: 1,862,064.00, not the tables’ totals', () => {
    const a = ask(
      '我们在做住房补贴的测算，只关心功能分类里的“购房补贴”那个项，表二、表三、表五应该是一样的吧？请给我金额，别给我表六里的数，那里编码好像有点乱',
    );
    expect(has(a, '1862064', '元')).toBe(true);
    expect(has(a, '124945150.26')).toBe(false);
  });
});

/*
 * More follow-ups (表九 通讯指挥中心运维费 1,784,000.00 L1844, 通讯指挥中心以前年度尾款 3,128,281.07 L1898
 * → 4,912,281.07; 表二 2010301 行政运行 25,807,805.04 L279 under 20103 36,804,980.38 L114; 软件正版化
 * 15,619,343.00 L1952 and 通讯指挥中心运维费 1,784,000.00: 13,835,343.00 apart; 基本支出 37,536,202.94 L40,
 * 项目支出 87,408,947.32 L44 → 2.33 倍; 206 76,411,771.98 L124 ÷ 124,945,150.26 → 61.16%).
 */
describe('more follow-ups', () => {
  it('这个中心以前年度的尾款 after 通讯指挥中心运维费 and its 负责人, then 两个加一起: 3,128,281.07, 4,912,281.07', () => {
    const [, , tail, both] = dialogue(
      '通讯指挥中心运维费预算',
      '它的负责人是谁',
      '那这个中心以前年度的尾款呢',
      '两个加一起',
    );
    expect(has(tail!, '3128281.07', '元')).toBe(true);
    expect(has(both!, '4912281.07', '元')).toBe(true);
  });

  it('这个款合计 after 行政运行: 20103 36,804,980.38', () => {
    const [, a] = dialogue('行政运行2010301的预算数', '这个款合计');
    expect(has(a!, '36804980.38', '元')).toBe(true);
  });

  it('它和X谁多，多多少: 13,835,343.00', () => {
    const [, a] = dialogue('软件正版化', '它和通讯指挥中心运维费谁多，多多少');
    expect(a!.figures.some((f) => f.value.abs().equals('13835343'))).toBe(true);
  });

  it('在总支出里占比 after 科学技术支出: 61.16%; one thing named twice is never added to itself', () => {
    const [, a] = dialogue('科学技术支出多少', '在总支出里占比？');
    expect(text(a!)).toContain('61.16%');
    const b = ask('Science and technology spending (class 206) - what share of the whole budget is it?');
    expect(text(b)).toContain('61.16%');
    expect(has(b, '152823543.96')).toBe(false);
  });

  it('the larger as a multiple of the smaller: 项目支出是基本支出的约 2.33 倍', () => {
    expect(text(ask('基本支出和项目支出哪个多'))).toContain('约 2.33 倍');
  });

  it('政府采购 → 都是哪些项目: not listed in the document, no figure presented', () => {
    const [, a] = dialogue('今年政府采购预算资金', '都是哪些项目');
    expect(a!.kind).toBe('not_found');
  });
});

/*
 * Percentages, levels and guards (L40 基本支出 减少10.7%; 表二 2069999 76,411,771.98 the largest 七位 code;
 * L52–58 公车 25,000.00 of 三公 47,320.24 → 52.83%; 表六 公用经费 30299 918,619.10 then 30229 福利费
 * 385,776.00 L1271; 表三 201 基本 25,807,805.04 and 项目 10,997,175.34 L114; 表二 2101101 2,226,651.70
 * and 2101199 90,000.00 under 210; 表九 区领导慰问经费 2,000,000.00).
 */
describe('percentages, levels and guards', () => {
  it('减少比例 is the change in percent: −10.70%', () => {
    const a = ask('基本支出减少比例是多少');
    expect(a.kind).toBe('change');
    expect(text(a)).toContain('-10.70%');
  });

  it('七位功能科目里哪个金额最大: 2069999 其他科学技术支出', () => {
    expect(ask('七位功能科目里哪个金额最大').lines[1]).toContain('2069999');
  });

  it('哪个最多 within 三公 → 它占比呢: 52.83% of 三公', () => {
    const [, , a] = dialogue('三公一共多少', '哪个最多', '它占比呢');
    expect(text(a!)).toContain('52.83%');
  });

  it('公用经费第二多的是哪一项: 福利费 (表六), 385,776.00', () => {
    const a = ask('公用经费第二多的是哪一项？');
    expect(text(a)).toContain('福利费');
    expect(has(a, '385776', '元')).toBe(true);
  });

  it('another office under the district’s name is out of scope: 西城区发改委', () => {
    const a = ask('西城区发改委今年三公经费多少？');
    expect(a.kind).toBe('out_of_scope');
    expect(a.figures).toHaveLength(0);
  });

  it('是200万对吗 checks the figure: 与文件一致; 哪个项目是161万 stays a search', () => {
    expect(ask('区领导慰问经费是200万对吗').lines[0]).toContain('与文件一致');
    expect(text(ask('哪个项目是161万'))).toContain('绩效管理');
  });

  it('201类的基本支出和项目支出各多少: 25,807,805.04 and 10,997,175.34', () => {
    const a = ask('201类的基本支出和项目支出各多少');
    expect(has(a, '25807805.04', '元') && has(a, '10997175.34', '元')).toBe(true);
  });

  it('卫生健康支出 → 分成哪两项: its 项 codes, 2,226,651.70 and 90,000.00', () => {
    const [, a] = dialogue('卫生健康支出多少', '分成哪两项');
    expect(has(a!, '2226651.70', '元') && has(a!, '90000', '元')).toBe(true);
  });
});

/*
 * A project's rest and whole (表十二 L2627 "2020年度预算金额161万，为项目首笔款，占项目总预算的70%。尾款为69万，
 * 占项目预算30%" → 161 + 69 = 230 万元; L1405/L1419 表七 公务接待费 2019 26,268.00 → 22,320.24 is 3,947.76 less).
 */
describe('a project’s rest and whole, a code’s last year', () => {
  it('绩效管理项目 → 还有尾款没 → 那整个项目总预算多少: 69 万元, 230 万元', () => {
    const [, rest, whole] = dialogue(
      '政府绩效管理项目今年安排了多少',
      '这是全部吗？还有尾款没',
      '那整个项目总预算多少',
    );
    expect(has(rest!, '69', '万元')).toBe(true);
    expect(has(whole!, '230', '万元')).toBe(true);
  });

  it('30217 → 比上年少了多少: the topic’s 2019 figure, 3,947.76 less', () => {
    const [, a] = dialogue('30217是什么科目', '比上年少了多少？');
    expect(a!.figures.some((f) => f.value.abs().equals('3947.76'))).toBe(true);
  });
});
