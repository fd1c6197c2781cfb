/**
 * Questions new staff wrote that the bot got confidently wrong or could not read: a change's rate said
 * with 比例 (not a share), "第四部分" of the narrative (not a ranking's fourth), the codes under a 款,
 * a list whose last item follows 以及 after a comma, a 名称解释 term whose figures are asked next, "全是项目
 * 支出吗" of a code, a bare "项目" after 基本支出, a line of the same name in another year, a form field a
 * line without a form does not have, and a ranking within a scope that has nothing to rank.
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and
 * rates worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { dialogue, has, text } from '../helpers/asking.js';

describe('a change verb with 比例 asks the rate of the change', () => {
  it('机构运行经费下降的比例: 17.73%, not its share of spending', () => {
    const [a] = dialogue('按说明第五部分的口径，机构运行经费2020年比2019年下降的比例是多少？');
    // L65: 合计2351333.1元。比2019年2,858,075.92元减少506,742.82元，下降17.73%
    expect(a!.kind).toBe('change');
    expect(text(a!)).toMatch(/17\.73%/);
    expect(text(a!)).not.toMatch(/占支出/);
  });

  it('公务接待费下降的比例: (26268.00 − 22320.24) ÷ 26268.00 = 15.03%', () => {
    const [a] = dialogue('公务接待费下降的比例是多少');
    // L1403 22,320.24 and L1405 26,268.00 (表七)
    expect(a!.kind).toBe('change');
    expect(text(a!)).toMatch(/15\.03%/);
  });
});

describe('what reads as a ranking and what does not', () => {
  it('说明第四部分 names a part of the narrative, not the fourth largest line', () => {
    const [a] = dialogue('按说明第四部分，公务用车购置费和公务用车运行维护费各安排多少？');
    expect(a!.kind).not.toBe('ranking');
    // L1413: 公务用车运行维护费 25,000.00; 购置费 blank (0)
    expect(has(a!, '25000.00')).toBe(true);
  });

  it('离退休三个科目从高到低: the three 项 under 20805, largest first', () => {
    const [a] = dialogue('离退休三个科目按金额从高到低排一下');
    expect(a!.kind).toBe('ranking');
    const t = text(a!);
    // L433-435 2080505 2740494.40; L446-448 2080506 1370247.20; L420-422 2080501 720089.80
    const at = ['2080505', '2080506', '2080501'].map((c) => t.indexOf(c));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(t).not.toMatch(/人员支出（在职/);
  });

  it('a scope with nothing to rank within is not answered with the whole department', () => {
    const [a] = dialogue('离退休下面的科目哪个最大');
    // (Not 30299 其他商品和服务支出, the largest economic code of all spending.)
    expect(text(a!)).not.toMatch(/30299/);
  });
});

describe('lists and the things named before', () => {
  it('A总额、其中B，以及C的金额: all three, not only the last', () => {
    const [a] = dialogue('请给出2020年三公经费总额、其中公务接待费，以及公务用车运行维护费的金额。');
    // L1417 47,320.24; L1403 22,320.24; L1413 25,000.00
    expect(has(a!, '47320.24')).toBe(true);
    expect(has(a!, '22320.24')).toBe(true);
    expect(has(a!, '25000.00')).toBe(true);
  });

  it('三公经费指什么？今年多少 → 去年呢 → 差多少: the 三公 figures, then their change', () => {
    const [, last, diff] = dialogue('三公经费具体指什么？今年安排了多少？', '去年呢', '差多少');
    // L52: 2019 26,268.00; 2020 47,320.24; 增加21,052.24元，增加80.14%
    expect(has(last!, '26268.00')).toBe(true);
    expect(diff!.kind).toBe('change');
    expect(text(diff!)).toMatch(/增加 21,052\.24 元/);
  });

  it('基本支出是干什么用的？今年多少 → 比去年少了多少: the change of 基本支出', () => {
    const [, less] = dialogue('基本支出是干什么用的？今年安排了多少？', '比去年少了多少');
    // L40: 37536202.94 元，比2019年42,033,330.36元减少4497127.42元
    expect(text(less!)).toMatch(/减少 4,497,127\.42 元/);
  });

  it('全是项目支出吗 after 科学技术支出: yes, against the row total of 206', () => {
    const [, all] = dialogue('科学技术支出有多少钱？', '全是项目支出吗');
    // L356-359: 206 科学技术支出 76411771.98 合计, 76411771.98 项目支出 (基本支出 blank)
    expect(text(all!)).toMatch(/^是，/m);
    expect(has(all!, '76411771.98')).toBe(true);
  });

  it('项目 and 项目占比 after 基本支出: 项目支出, 87408947.32 ÷ 124945150.26 = 69.96%', () => {
    const [, project, share] = dialogue('基本支出多少', '项目', '项目占比');
    // L44: 项目支出预算87408947.32元; L107 支出合计 124945150.26
    expect(has(project!, '87408947.32')).toBe(true);
    expect(text(share!)).toMatch(/69\.96%/);
    expect(text(share!)).not.toMatch(/基本支出占/);
  });

  it('18年的 after 19年无线网络租赁费: the 2018 line, then the difference of the two', () => {
    const [, y2018, diff] = dialogue('19年无线网络租赁费', '18年的', '差几多');
    // L1906-1907 2018年无线网络租赁费 5210515.10; L1834-1835 2019年 5750000.00; 差 539484.90
    expect(has(y2018!, '5210515.10')).toBe(true);
    expect(y2018!.kind).not.toBe('out_of_scope');
    expect(has(diff!, '539484.90')).toBe(true);
  });

  it('服务合同期限多久 of a line with no 表十二 form: not published, not its amount', () => {
    const [, term] = dialogue('表九西城区政务外网安全外包服务金额？', '服务合同期限多久？');
    expect(term!.title).toMatch(/文件没有公布/);
    expect(term!.title).toMatch(/实施期限/);
    expect(term!.figures).toHaveLength(0);
  });
});

describe('what the document does not publish is said so, never answered with another figure', () => {
  it('各个科室分别多少人: no head count per office (13 科室 is no number of people)', () => {
    const [a] = dialogue('各个科室分别多少人');
    expect(a!.kind).toBe('not_found');
    expect(a!.figures).toHaveLength(0);
  });

  it('那辆公车一年跑多少公里: no mileage, not the car budget', () => {
    const [a] = dialogue('那辆公车一年跑多少公里啊');
    expect(a!.kind).toBe('not_found');
    expect(has(a!, '25000.00')).toBe(false);
  });

  it('主任工资多少: no one person\u2019s pay, not 工资福利支出', () => {
    const [a] = dialogue('主任工资多少');
    expect(a!.kind).toBe('not_found');
    expect(a!.figures).toHaveLength(0);
  });

  it('买几辆 is still answered in 台, as the narrative counts cars', () => {
    const [a] = dialogue('今年安排买车吗 买几辆');
    // L85: 安排购置车辆0台，0万元
    expect(a!.kind).not.toBe('not_found');
    expect(text(a!)).toMatch(/0 台/);
  });

  it('机要信息中心运维费包括哪几块: one line the document does not split — not a breakdown of all spending', () => {
    const [a] = dialogue('机要信息中心运维费具体包括哪几块，各多少钱');
    expect(a!.kind).toBe('not_found');
    expect(text(a!)).not.toMatch(/科学技术支出/);
  });
});

describe('a name several lines share, under a code or in 表九', () => {
  it('2069999下面三个以前年度尾款合计: the three under that code, 15609769.48', () => {
    const [a] = dialogue('2069999下面三个以前年度尾款合计多少');
    // L1880 492910.75 + L1889 11988577.66 + L1898 3128281.07 = 15609769.48 (not L1781 954000.00 under 2010399)
    expect(has(a!, '15609769.48')).toBe(true);
    expect(has(a!, '954000.00')).toBe(false);
  });

  it('表九里有几笔以前年度尾款 → 哪笔最多 → 最少的呢 → 一共多少: 4; the largest and smallest of them; all four', () => {
    const [count, most, least, all] = dialogue(
      '表九里有几笔“以前年度尾款”？',
      '哪笔最多',
      '最少的呢',
      '一共多少',
    );
    // L1780, L1879, L1888, L1897: four lines of that name
    expect(text(count!)).toMatch(/4 项/);
    // L1889 11988577.66 is the largest, L1880 492910.75 the smallest
    expect(has(most!, '11988577.66')).toBe(true);
    expect(has(least!, '492910.75')).toBe(true);
    expect(least!.kind).not.toBe('ranking');
    // 954000.00 + 492910.75 + 11988577.66 + 3128281.07 = 16563769.48
    expect(has(all!, '16563769.48')).toBe(true);
  });
});

describe('picking from what was shown, and the two things said before', () => {
  it('201合计 → 分成哪几块 → 哪块最大 → 它占201多少: its three 项 (one 款 alone says nothing), 2010301, 70.12%', () => {
    const [, parts, most, share] = dialogue('201类合计', '分成哪几块', '哪块最大', '它占201多少');
    // L277 2010301 25807805.04; L303 2010399 10496750.00; L290 2010302 (500425.34)
    expect(text(parts!)).toMatch(/2010301 行政运行/);
    expect(text(parts!)).toMatch(/2010399/);
    expect(has(most!, '25807805.04')).toBe(true);
    expect(most!.kind).not.toBe('ranking');
    // 25807805.04 ÷ 36804980.38 (L251-253) = 70.12%
    expect(text(share!)).toMatch(/70\.12%/);
  });

  it('款级科目一共几个 → 最大的是哪个 → 最少的那个呢: both ends of the 款 listed', () => {
    const [, most, least] = dialogue('款级科目一共几个', '最大的是哪个', '最少的那个呢');
    // L368 20699 76411771.98 is the largest 款; L329-331 20508 进修及培训 116280.00 the smallest
    expect(has(most!, '76411771.98')).toBe(true);
    expect(has(least!, '116280.00')).toBe(true);
  });

  it('水费 → 电费呢 → 刚才水费那个编码: 水费’s code (30205), not 电费’s', () => {
    const [, , code] = dialogue('水费多少', '电费呢', '刚才水费那个编码是多少');
    // L1612-1618: 2010301 | 50201 | 30205 水费 | 日常公用支出（在职人员）_水费 45600.00
    expect(text(code!)).toMatch(/30205/);
    expect(text(code!)).not.toMatch(/30206/);
  });

  it('机要那个尾款: the one line both words name — then 运维费 and the two added', () => {
    const [tail, , both] = dialogue('机要那个尾款多少', '运维费呢', '加起来');
    // L1889 机要信息中心以前年度尾款 11988577.66; + L1853 22175821.60 = 34164399.26
    expect(tail!.kind).not.toBe('ambiguous');
    expect(has(tail!, '11988577.66')).toBe(true);
    expect(has(both!, '34164399.26')).toBe(true);
  });

  it('后面那个是前面的百分之几, 两者比例: 1370247.20 ÷ 2740494.40 = 50.00%', () => {
    const [, , , latter] = dialogue('2080505多少', '2080506呢', '合计', '后面那个是前面的百分之几');
    const [, , ratio] = dialogue('2080505多少', '2080506呢', '两者比例');
    // L433-435 2080505 2740494.40; L446-448 2080506 1370247.20
    expect(text(latter!)).toMatch(/50\.00%/);
    expect(text(ratio!)).toMatch(/50\.00%/);
    expect(ratio!.kind).not.toBe('share');
  });

  it('三公经费怎么分的 → 哪个最多: its three parts, then the car money (25,000.00)', () => {
    const [parts, most] = dialogue('三公经费怎么分的', '哪个最多');
    expect(parts!.kind).toBe('breakdown');
    // L1413 25,000.00 > L1403 22,320.24 > 因公出国（境）费 (blank)
    expect(has(most!, '25000.00')).toBe(true);
  });
});

describe('a classification or a code said of lines, and all of a list', () => {
  it('“X”在表九中的部门经济分类: that line’s codes (30999), not all spending by class', () => {
    const [a] = dialogue(
      '“北京市西城区2018年云平台综合管控一体化和运营服务管理集成项目”在表九中的部门经济分类？',
    );
    // L1909-1915: 2069999 | 50499 | 30999 其他基本建设支出 | 北京市西城区2018年云平台…集成项目 1398600.00
    expect(a!.kind).not.toBe('breakdown');
    expect(text(a!)).toMatch(/30999/);
  });

  it('按金额从大到小列出表三中各类级科目: all six classes, then 最后一个占比 is 205’s share', () => {
    const [all, last] = dialogue(
      '请按金额从大到小列出表三中各类级科目及其合计金额。',
      '最后一个呢，占比多少',
    );
    expect(all!.figures.filter((f) => f.unit === '元').length).toBeGreaterThanOrEqual(6);
    // L316-318: 205 教育支出 116280.00; ÷ 124945150.26 = 0.09%
    expect(last!.kind).toBe('share');
    expect(text(last!)).toMatch(/0\.09%/);
  });

  it('2069999下面几个项目 → 最大那个 → 占这个科目多少: 22175821.60 ÷ 76411771.98 = 29.02%', () => {
    const [, , share] = dialogue('2069999 下面几个项目？', '最大那个多少', '占这个科目多少');
    // L1853 22175821.60; L370 2069999 76411771.98
    expect(text(share!)).toMatch(/29\.02%/);
    expect(text(share!)).not.toMatch(/30213/);
  });

  it('30217在表九里是哪个功能科目 → 这个科目总额: 2010301 行政运行, 25807805.04', () => {
    const [, , total] = dialogue('公务接待费 多少', '30217 在表九里是哪个功能科目', '这个科目总额');
    // L1666-1672: 2010301 … 30217 … 日常公用支出（在职人员）_公务接待费; L277-279 2010301 25807805.04
    expect(has(total!, '25807805.04')).toBe(true);
  });
});

describe('English through the same lexicon, and a name several things share in a follow-up', () => {
  it('Which functional class gets the most money: the classes ranked, 206 first', () => {
    const [a] = dialogue('Which functional class gets the most money, and how much is it?');
    // L356-357: 206 科学技术支出 76411771.98, the largest class
    expect(a!.kind).toBe('ranking');
    expect(text(a!)).toMatch(/1\. 206 科学技术支出/);
  });

  it('How many government procurement projects … their total budget: 8, 25069065.8 — not the whole budget', () => {
    const [a] = dialogue(
      'How many government procurement projects are there this year, and what is their total budget?',
    );
    // L69: 2020年府采购项目8个，预算资金25069065.8元。
    expect(has(a!, '25069065.8')).toBe(true);
    expect(has(a!, '124945150.26')).toBe(false);
  });

  it('那这个中心的以前年度尾款呢 after a part of 通讯指挥中心运维费: that centre’s 尾款 (3128281.07)', () => {
    const [, , , tail] = dialogue(
      '通讯指挥中心运维费是多少',
      '里面都包括啥，按钱数从大到小说说',
      '第二个多少钱',
      '那这个中心的以前年度尾款呢',
    );
    // L1897-1898: 通讯指挥中心以前年度尾款 3128281.07
    expect(has(tail!, '3128281.07')).toBe(true);
  });

  it('a name several lines share, asked after something else, is asked back — not the thing before again', () => {
    const [, , both] = dialogue(
      '表九中功能科目2080501下共有几条明细？',
      '合计是否与表三2080501金额一致？',
      '其中“其他对个人和家庭的补助”两条合计？',
    );
    // (L420-422: 2080501 720089.80 is not what is asked.)
    expect(has(both!, '720089.80')).toBe(false);
  });
});

describe('a sum checked against its whole', () => {
  it('2010302下面有啥项目 → … → 加起来对得上2010302的数吗: 498647.34 + 1778.00 = 500425.34, they agree', () => {
    const [, , , check] = dialogue(
      '2010302一般行政管理事务下面有啥项目，按金额从大到小说',
      '第一个多少钱',
      '第二个呢',
      '加起来对得上2010302的数吗',
    );
    // L1735-1736 预留机动费 498647.34; L1744-1745 1778.00; L290-292 2010302 500425.34
    expect(has(check!, '500425.34')).toBe(true);
    expect(text(check!)).toMatch(/两者一致/);
  });

  it('其中2080501 → 表九该科目各行加总对得上吗: its five 表九 lines add up to 720089.80', () => {
    const [, , check] = dialogue('208呢', '其中2080501', '表九该科目各行加总对得上吗');
    // 55620.00 + 183659.80 + 441330.00 + 35520.00 + 3960.00 = 720089.80 (L420-422)
    expect(text(check!)).toMatch(/两者一致/);
    expect(has(check!, '720089.80')).toBe(true);
  });

  it('通用设备 → 专用设备 → 两项加总和总额差多少: 13870 + 1721.9 = 15591.9 万元, 161.32 万元 short of 15753.22', () => {
    const [, , check] = dialogue('通用设备多少', '专用设备呢', '两项加总和总额差多少');
    // L84: 固定资产总额15753.22万元 … 通用设备13870万元，专用设备1721.9万元
    expect(has(check!, '15591.9')).toBe(true);
    expect(text(check!)).toMatch(/少 161\.32 万元/);
  });
});

describe('a word with no figure, said of the thing before', () => {
  it('服务联络办工作经费 → 绩效目标有哪些: its own form’s goals, not the glossary', () => {
    const [, goals] = dialogue('服务联络办工作经费多少', '绩效目标有哪些');
    // 表十二 服务联络办工作经费 年度目标: 目标1：聚焦精准帮扶… 目标3：…与外省市及友城的交往交流工作
    expect(text(goals!)).toMatch(/精准帮扶/);
    expect(goals!.kind).not.toBe('glossary');
  });

  it('中期察访核验不少于多少项 → 年终呢: the sentence with 年终 (140), not the project’s parts', () => {
    const [, end] = dialogue('绩效管理项目中期察访核验不少于多少项', '年终呢');
    // L2581: 2.实施年终察访核验工作，不少于140项重点任务。
    expect(text(end!)).toMatch(/不少于140项/);
    expect(text(end!)).not.toMatch(/的资金分/);
  });

  it('三公多少 → 车的部分呢: the car part, 25,000.00', () => {
    const [, car] = dialogue('三公经费今年多少钱啊', '车的部分呢');
    // L1412-1413: 公务用车运行维护费 25,000.00
    expect(car!.title).toMatch(/公务用车/);
    expect(has(car!, '25000.00')).toBe(true);
  });
});

describe('a project’s parts checked against its own whole', () => {
  it('通讯指挥中心运维费分几块 → … → 三块加起来和年度资金总额对得上吗: 126 + 2.4 + 50 = 178.4 万元, they agree', () => {
    const [, , , check] = dialogue(
      '通讯指挥中心运维费分几块',
      '专线光纤租费多少',
      '备品备件呢',
      '三块加起来和年度资金总额对得上吗',
    );
    // 表十二 通讯指挥中心运维费: 126万 + 2.4万 + 50万; 年度资金总额 178.4 万元 (表九 L1844 1784000.00)
    expect(has(check!, '178.4')).toBe(true);
    expect(text(check!)).toMatch(/两者一致/);
    expect(text(check!)).not.toMatch(/部门整体/);
  });
});

describe('the other line of a code', () => {
  it('预留机动费 → 功能科目是哪个 → 这科目共多少 → 另一笔是啥: 政府办更新、新购办公设备 (1778.00)', () => {
    const [, , , other] = dialogue('预留机动费', '功能科目是哪个', '这科目共多少', '另一笔是啥');
    // L1744-1745: 政府办更新、新购办公设备 1778.00, the other 2010302 line beside L1735 预留机动费
    expect(has(other!, '1778.00')).toBe(true);
    expect(has(other!, '500425.34')).toBe(false);
  });
});

describe('codes read in the table named', () => {
  it('表六中30213维修（护）费与30215会议费分别多少: 表六’s rows (22800.00, 34200.00), not 30213’s 表九 sum', () => {
    const [a] = dialogue('表六中30213维修（护）费与30215会议费分别列示多少？');
    // L1228-1230: 30213 维修（护）费 22800.00; L1236-1238: 30215 会议费 34200.00
    expect(has(a!, '22800.00')).toBe(true);
    expect(has(a!, '34200.00')).toBe(true);
    // (30,457,621.60 is the sum of 30213's six 表九 lines, project ones included.)
    expect(has(a!, '30457621.60')).toBe(false);
  });

  it('说明里 / 所列 / 范围 are wording, not names: 表十一所列部门负责人, 三公的支出单位范围', () => {
    const [head] = dialogue('表十一部门整体支出绩效目标申报表所列部门负责人及联系电话？');
    const [units] = dialogue('“三公”经费的支出单位范围包括哪几个单位？');
    // L2328 表十一 部门负责人 桑硼飞; L49: 支出单位包括3个单位，即区政府办公室、区外联办、区科协
    expect(text(head!)).toMatch(/桑硼飞/);
    expect(text(units!)).toMatch(/区外联办/);
  });
});

describe('words with no figure after a project are looked for in what the document says of it', () => {
  it('绩效管理项目 → 项目总预算 → 年终察访核验不少于多少项 → 中期的呢: 140, then 130 — not the 尾款 again', () => {
    const [, , end, mid] = dialogue(
      '表九里政府绩效管理项目多少钱',
      '那项目总预算是多少',
      '年终察访核验要求不少于多少项重点任务',
      '中期的呢',
    );
    // L2581: 1.实施中期察访核验工作，不少于130项重点任务 … 2.实施年终察访核验工作，不少于140项重点任务
    expect(text(end!)).toMatch(/不少于140项/);
    expect(text(mid!)).toMatch(/不少于130项/);
    expect(text(end!)).not.toMatch(/69\.00 万元/);
  });
});

describe('wording staff use, read', () => {
  it('公车运维费跟去年比怎么变的: the change (+25,000.00 from 0)', () => {
    const [a] = dialogue('公车运维费跟去年比怎么变的');
    // L60: 较上年0增加25000元
    expect(a!.kind).toBe('change');
  });

  it('绩效管理项目的尾款打算放进哪一年的预算: the 尾款 and its sentence (纳入2021年度预算)', () => {
    const [a] = dialogue('绩效管理项目的尾款打算放进哪一年的预算？');
    // L2627: 尾款为69万，占项目预算30%将纳入2021年度预算。
    expect(text(a!)).toMatch(/2021年度预算/);
  });

  it('专线光纤租费 → 这笔占整个项目年度资金的比例: 2.4 ÷ 178.4 = 1.35%', () => {
    const [, share] = dialogue('专线光纤租费多少', '这笔占整个项目年度资金的比例');
    expect(text(share!)).toMatch(/1\.35%/);
  });
});

describe('places, parents and the thing asked first', () => {
  it('行政运行 → 编码 → 上级科目 → 它合计: 20103, its own total — not added to 行政运行', () => {
    const [, , up, total] = dialogue('行政运行 多少', '编码', '上级科目', '它合计');
    // L264-266: 20103 政府办公厅（室）及相关机构事务 36804980.38
    expect(text(up!)).toMatch(/20103/);
    expect(has(total!, '36804980.38')).toBe(true);
    expect(has(total!, '62612785.42')).toBe(false);
  });

  it('2050803是啥 → 基本还是项目 → 类级名称: 205 教育支出', () => {
    const [, , cls] = dialogue('请问 2050803 是啥', '基本还是项目', '类级名称');
    // L316-317: 205 教育支出
    expect(text(cls!)).toMatch(/205 教育支出/);
  });

  it('第二个多少 with nothing listed: asked back, never the second largest line of all', () => {
    const [a] = dialogue('第二个多少');
    expect(a!.kind).toBe('not_found');
    expect(a!.figures).toHaveLength(0);
  });

  it('the first one, after two things asked one by one: the first asked', () => {
    const [, , code] = dialogue(
      'How much is the housing provident fund?',
      'and the housing purchase subsidy?',
      "what's the function code of the first one",
    );
    // 住房公积金's 表九 line is under 2210201 (住房公积金), not 2210203 (购房补贴)
    expect(text(code!)).toMatch(/2210201/);
  });

  it('社保就业、卫生健康、住房保障三类各多少: each of the three classes', () => {
    const [a] = dialogue('社保就业、卫生健康、住房保障三类各多少');
    // 表三: L394 208 4830831.40; L459 210 2316651.70; L511 221 4464634.80
    expect(has(a!, '4830831.40')).toBe(true);
    expect(has(a!, '2316651.70')).toBe(true);
    expect(has(a!, '4464634.80')).toBe(true);
  });
});

describe('nothing unread is dropped for a figure of something else', () => {
  it('fuli费 预算是多少: 福利费 by its pinyin (385776.00), not the whole budget', () => {
    const [a] = dialogue('fuli费 预算是多少');
    // L1269-1271: 30229 福利费 385776.00
    expect(has(a!, '385776.00')).toBe(true);
    expect(has(a!, '124945150.26')).toBe(false);
  });

  it('样本量最少多少: at least how many the form states (10000), not the smallest lines', () => {
    const [a] = dialogue('满意度评估两次加起来样本量最少多少');
    // L2590: 两次总样本量不少于10000个
    expect(a!.kind).not.toBe('ranking');
    expect(text(a!)).toMatch(/10000/);
  });

  it('a long message naming a line and 表九: the line’s figure, not 表九’s summary', () => {
    const [a] = dialogue(
      '主任下午要开预算碰头会，我这边材料基本齐了，就差一个数：咱们今年信息化这块最大的那个，机要信息中心运维费，表九里到底列了多少？我怕抄错了，麻烦再确认下，谢谢！',
    );
    // L1852-1853: 2020年机要信息中心运维费 22175821.60
    expect(has(a!, '22175821.60')).toBe(true);
  });
});

describe('the family the conversation is in', () => {
  it('备品备件 → 专线光纤租费 → 运行维护那项 → 三项合计对得上吗: the project’s part, then its 178.4 万元', () => {
    const [, , part, check] = dialogue(
      '视频会议系统备品备件 多少',
      '专线光纤租费',
      '运行维护那项',
      '三项合计对得上吗',
    );
    // 表十二 通讯指挥中心运维费: 视频会议系统运行维护 126万; 126 + 2.4 + 50 = 178.4 万元 (L1844 1784000.00)
    expect(part!.title).toMatch(/视频会议系统运行维护/);
    expect(has(part!, '25000.00')).toBe(false);
    expect(text(check!)).toMatch(/两者一致/);
  });
});

describe('the codes under a code picked from a list, and the latter of them', () => {
  it('三类各多少 → 从大到小排 → 最后那个下面两项各多少 → 后一项编码: 2101101 and 2101199, then 2101199', () => {
    const [, , under, latter] = dialogue(
      '社保就业、卫生健康、住房保障三类各多少',
      '从大到小排',
      '最后那个下面两项各多少',
      '后一项编码',
    );
    // 表三 L485 2101101 行政单位医疗 2226651.70; L498 2101199 其他行政事业单位医疗支出 90000.00 (under 210)
    expect(has(under!, '2226651.70')).toBe(true);
    expect(has(under!, '90000.00')).toBe(true);
    expect(latter!.title).toMatch(/2101199/);
  });
});

describe('the units a topic names', () => {
  it('三公范围几个单位 → 哪几个: 3, 区政府办公室、区外联办、区科协 — not the 三公 money', () => {
    const [count, which] = dialogue('三公范围几个单位', '哪几个');
    // L49: 支出单位包括3个单位，即区政府办公室、区外联办、区科协
    expect(text(count!)).toMatch(/3 个/);
    expect(text(which!)).toMatch(/区外联办/);
    expect(has(count!, '47320.24') && !text(count!).includes('支出单位')).toBe(false);
  });
});

describe('two or three things asked one by one', () => {
  it('无纸化改造 → 平板电脑那个呢 → 哪个贵: the two compared (395,200.00 > 369,850.00), not a ranking of all', () => {
    const [, , dearer] = dialogue('2710会议室无纸化改造多少钱', '平板电脑那个呢', '哪个贵');
    // L1925 无纸化会议系统改造项目 369850.00; L1934 平板电脑采购项目 395200.00
    expect(dearer!.kind).not.toBe('ranking');
    expect(has(dearer!, '395200.00')).toBe(true);
    expect(has(dearer!, '369850.00')).toBe(true);
  });

  it('800M终端 → 交换机采购 → 政务外网安全外包 → 仨加起来: all three, 3618167.60', () => {
    const [, , , sum] = dialogue('800M无线通讯终端多少', '交换机采购那个', '政务外网安全外包', '仨加起来');
    // L1970 300000.00 + L1979 2456417.60 + L1961 861750.00 = 3618167.60
    expect(has(sum!, '3618167.60')).toBe(true);
  });
});

describe('the rest of a name', () => {
  it('three 尾款 asked → 还有别的尾款吗: the fourth, 通讯指挥中心以前年度尾款 (3128281.07)', () => {
    const [, , , , rest] = dialogue(
      '公共安全图像尾款',
      '机要的尾款',
      '政府办的尾款',
      '三个加一块',
      '还有别的尾款吗',
    );
    // L1897-1898: 通讯指挥中心以前年度尾款 3128281.07, the one not yet asked (L1780, L1879, L1888 were)
    expect(has(rest!, '3128281.07')).toBe(true);
    expect(rest!.kind).not.toBe('ambiguous');
  });
});

describe('counts in the units the document uses', () => {
  it('咱们实有公务用车几台: 1 辆 — cars are counted in 辆 and asked in 台 alike', () => {
    const [a] = dialogue('咱们实有公务用车几台');
    // L58: 2020年实有公务用车数量为1
    expect(a!.kind).not.toBe('not_found');
    expect(text(a!)).toMatch(/1 辆/);
  });

  it('项目支出占全年支出比例: 87408947.32 ÷ 124945150.26 = 69.96%', () => {
    const [a] = dialogue('项目支出占全年支出比例');
    // L44 项目支出 87408947.32; L107 124945150.26
    expect(text(a!)).toMatch(/69\.96%/);
  });
});

describe('a form field asked as a choice', () => {
  it('通讯指挥中心运维费属于新增项目还是延续项目: its form says 延续性项目', () => {
    const [a] = dialogue('通讯指挥中心运维费属于新增项目还是延续项目');
    // L2898: 项目属性 延续性项目 (表十二 通讯指挥中心运维费)
    expect(text(a!)).toMatch(/延续性项目/);
  });
});
