/**
 * Follow-ups new staff wrote that the bot missed or answered wrongly: lines named after a year, what a
 * 绩效 form writes (its indicators, its sentences), a pick from a definition's parts, codes compared.
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums and shares
 * worked by hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { ask, dialogue, has, text } from '../helpers/asking.js';

describe('a line named after a year is that line, not a year out of scope', () => {
  it('2018年云平台那个项目多少钱: 1,398,600.00 元 (L1916)', () => {
    const a = ask('2018年云平台那个项目多少钱');
    expect(a.kind).not.toBe('out_of_scope');
    expect(has(a, '1398600')).toBe(true);
  });

  it('无线网络租赁费 (two lines) → 18年那笔 → 加起来: 5,210,515.10 and the two summed', () => {
    const [choice, one, both] = dialogue('无线网络租赁费多少', '18年那笔', '加起来') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(choice.kind).toBe('ambiguous');
    // L1907: 2018年无线网络租赁费 5210515.10
    expect(has(one, '5210515.1')).toBe(true);
    // L1835 5750000.00 + L1907 5210515.10
    expect(has(both, new Decimal('5750000.00').plus('5210515.10').toString())).toBe(true);
  });

  it('2019年无线网络租赁费 → 2018的 → 2020年的呢: the 2018 line, then no such line (never the 2019 one again)', () => {
    const [, y2018, y2020] = dialogue('2019年无线网络租赁费', '2018的', '2020年的呢') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(has(y2018, '5210515.1')).toBe(true);
    expect(y2020.kind).toBe('not_found');
    expect(y2020.figures).toHaveLength(0);
    expect(text(y2020)).toMatch(/2020年无线网络租赁费/);
  });

  it('code一样吗 after the 2019 and the 2018 line: 30213 against 30299, said to differ', () => {
    const [, , same] = dialogue('2019年无线网络租赁费code?', '2018的', 'code一样吗') as [
      Answer,
      Answer,
      Answer,
    ];
    // L1835 row: 30213 维修（护）费; L1907 row: 30299 其他商品和服务支出
    expect(text(same)).toMatch(/部门经济分类：不同/);
    expect(text(same)).toMatch(/30213/);
    expect(text(same)).toMatch(/30299/);
    expect(text(same)).toMatch(/功能分类：相同，都是 2069999/);
    // (…and asked as 经济科目一样吗 after the two were compared.)
    const [, , economic] = dialogue('无线网络租赁费有几笔', '差多少', '经济科目一样吗') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(text(economic)).toMatch(/部门经济分类：不同/);
  });
});

describe('a word said right after a thing is read of that thing', () => {
  it('通讯指挥中心运维费 → 以前年度尾款也有吗 → 两个加起来: its own 尾款, 4,912,281.07 元', () => {
    const [, tail, sum] = dialogue('通讯指挥中心运维费预算', '以前年度尾款也有吗', '两个加起来') as [
      Answer,
      Answer,
      Answer,
    ];
    // L1898: 通讯指挥中心以前年度尾款 3128281.07
    expect(has(tail, '3128281.07')).toBe(true);
    // L1844 1784000.00 + L1898 3128281.07
    expect(has(sum, new Decimal('1784000.00').plus('3128281.07').toString())).toBe(true);
  });

  it('30213是啥 → 基本支出里多少: the one basic line of 30213, 22,800.00 元 (not 基本支出 itself)', () => {
    const [, basic] = dialogue('30213是啥', '基本支出里多少') as [Answer, Answer];
    expect(has(basic, '22800')).toBe(true);
    expect(has(basic, '37536202.94')).toBe(false);
  });

  it('基本多少 → 占比 → 项目占比呢: 项目支出 of 支出合计, 69.96% (not a comparison)', () => {
    const [, , project] = dialogue('基本多少', '占比', '项目占比呢') as [Answer, Answer, Answer];
    // 87,408,947.32 ÷ 124,945,150.26 (表一)
    const pct = new Decimal('87408947.32').div('124945150.26').times(100).toFixed(2);
    expect(project.kind).toBe('share');
    expect(text(project)).toContain(`${pct}%`);
  });
});

describe('what a definition names are parts that can be picked', () => {
  it('三公经费包括哪三项: the three parts with their figures, and the definition (L89)', () => {
    const a = ask('三公经费包括哪三项');
    expect(has(a, '22320.24')).toBe(true);
    expect(has(a, '25000')).toBe(true);
    expect(text(a)).toMatch(/三公经费是指/);
  });

  it('三公包括啥 → 第二个多少 → 第三个呢: 公务接待费, then 公务用车购置及运行维护费 (the list, not a ranking)', () => {
    const [, second, third] = dialogue('三公包括啥', '第二个多少', '第三个呢') as [Answer, Answer, Answer];
    expect(second.title).toMatch(/公务接待费/);
    expect(third.title).toMatch(/公务用车购置及运行维护费/);
    expect(has(third, '25000')).toBe(true);
  });
});

describe("a 绩效 form's indicators and sentences are quoted", () => {
  it('表十一经济效益指标是什么 → 进度指标呢: 不涉及 (L2407), then the 50% sentence (L2393)', () => {
    const [economic, progress] = dialogue('表十一经济效益指标是什么', '进度指标呢') as [Answer, Answer];
    expect(text(economic)).toMatch(/不涉及.*第 2407 行/);
    expect(text(progress)).toMatch(/50%.*第 2393 行/);
    expect(text(progress)).not.toMatch(/表十二/);
  });

  it('服务联络办工作经费 → 谁负责 → 帮扶哪里: its form names 张北县 (L2714)', () => {
    const [, , where] = dialogue('服务联络办工作经费多少', '谁负责', '帮扶哪里') as [Answer, Answer, Answer];
    expect(where.kind).toBe('fact');
    expect(text(where)).toMatch(/张北县/);
    expect(where.figures).toHaveLength(0);
  });

  it('察访核验中期不少于多少项 → 年终呢 → 实施单位: 140 项, then the project’s 实施单位 (绩效科)', () => {
    const [, yearEnd, unit] = dialogue('察访核验中期不少于多少项', '年终呢', '实施单位') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(text(yearEnd)).toMatch(/不少于140项/);
    expect(text(unit)).toMatch(/绩效科/);
  });

  it('加起来 after sentences quoted about one project is asked back, never its amount', () => {
    const [, , sum] = dialogue('察访核验年终至少多少项', '中期的要求', '加起来') as [Answer, Answer, Answer];
    expect(sum.kind).toBe('not_found');
    expect(sum.figures).toHaveLength(0);
  });
});

describe('follow-ups of a stated fact and of codes', () => {
  it('三公单位范围包括几个单位 → 哪三个: the sentence naming them (L48)', () => {
    const [, which] = dialogue('三公单位范围包括几个单位', '哪三个') as [Answer, Answer];
    expect(text(which)).toMatch(/区外联办/);
    expect(text(which)).toMatch(/区科协/);
  });

  it('整体绩效自评多少分 → 评的哪年的: the sentence, which says 2018年 (L79)', () => {
    const [, year] = dialogue('整体绩效自评多少分', '评的哪年的') as [Answer, Answer];
    expect(text(year)).toMatch(/2018年部门预算/);
  });

  it('外联办单位代码 is not published (no figure, no other fact)', () => {
    const [, code] = dialogue('三公单位范围包括几个单位', '外联办单位代码') as [Answer, Answer];
    expect(code.kind).toBe('not_found');
    expect(code.figures).toHaveLength(0);
  });

  it('智能机要文件交换箱 → 啥科目: its codes (31099); 培训费 → 这个类叫啥: 205 教育支出', () => {
    const [, codes] = dialogue('智能机要文件交换箱', '啥科目') as [Answer, Answer];
    expect(codes.kind).toBe('code');
    expect(text(codes)).toMatch(/31099/);
    const [, cls] = dialogue('培训费多少', '这个类叫啥') as [Answer, Answer];
    expect(text(cls)).toMatch(/205 教育支出/);
  });

  it('换万 is 换成万元: 智能机要文件交换箱 168.48 万元', () => {
    const [, wan] = dialogue('智能机要文件交换箱', '换万') as [Answer, Answer];
    expect(text(wan)).toMatch(/168\.48 万元/);
  });
});

describe('sums of things asked one by one', () => {
  it('行政编制和事业编制各多少 加起来多少人: 74, 25 and 99 人 (L24)', () => {
    const a = ask('行政编制和事业编制各多少 加起来多少人');
    expect(has(a, '99', '人')).toBe(true);
  });

  it('行政编制几个 → 事业呢 → 工勤呢 → 加起来: all three, 116 人 — never 人员构成 added to a part', () => {
    const [, career, worker, sum] = dialogue('行政编制几个', '事业呢', '工勤呢', '加起来') as [
      Answer,
      Answer,
      Answer,
      Answer,
    ];
    expect(career.title).toMatch(/事业编制/);
    expect(worker.title).toMatch(/工勤编制/);
    // L24: 74 + 25 + 17
    expect(has(sum, '116', '人')).toBe(true);
    expect(has(sum, '190', '人')).toBe(false);
  });

  it('差旅费 → 会议费呢 → 培训费呢 → 加起来: the three, 280,440.00 元; 两个加起来 the last two', () => {
    const [, , , all] = dialogue('差旅费多少', '会议费呢', '培训费呢', '加起来') as [
      Answer,
      Answer,
      Answer,
      Answer,
    ];
    // 表九: 差旅费 129,960.00 + 会议费 34,200.00 + 培训费 116,280.00
    expect(has(all, new Decimal('129960').plus('34200').plus('116280').toString())).toBe(true);
    const [, , , two] = dialogue('差旅费多少', '会议费呢', '培训费呢', '两个加起来') as [
      Answer,
      Answer,
      Answer,
      Answer,
    ];
    expect(has(two, new Decimal('34200').plus('116280').toString())).toBe(true);
  });

  it('2080505 → 2080506呢 → 上级科目是啥 → 合计 is 20805’s own 合计; 两个加起来 the two 项, never 20805 added to its parts', () => {
    const [, , , total] = dialogue('2080505是什么', '2080506呢', '上级科目是啥', '合计') as [
      Answer,
      Answer,
      Answer,
      Answer,
    ];
    // 表三 L715: 20805 行政事业单位离退休 4,830,831.40
    expect(has(total, '4830831.4')).toBe(true);
    const [, , , two] = dialogue('2080505是什么', '2080506呢', '上级科目是啥', '两个加起来') as [
      Answer,
      Answer,
      Answer,
      Answer,
    ];
    // 表三 L733 2,740,494.40 and L742 1,370,247.20
    expect(has(two, new Decimal('2740494.40').plus('1370247.20').toString())).toBe(true);
    expect(has(two, new Decimal('1370247.20').plus('4830831.40').toString())).toBe(false);
  });

  it('以前年度尾款都有哪几笔 → 最大那个 → 合计占项目支出: the four summed, 18.95% of 项目支出', () => {
    const [, , share] = dialogue('以前年度尾款都有哪几笔', '最大那个', '合计占项目支出') as [
      Answer,
      Answer,
      Answer,
    ];
    // 表九: 954,000.00 + 492,910.75 + 11,988,577.66 + 3,128,281.07 = 16,563,769.48; ÷ 87,408,947.32
    const sum = new Decimal('954000').plus('492910.75').plus('11988577.66').plus('3128281.07');
    expect(has(share, sum.toString())).toBe(true);
    expect(text(share)).toContain(`${sum.div('87408947.32').times(100).toFixed(2)}%`);
  });

  it('无线网络租赁费有几笔 → 差多少 → 2020年的呢: no line of that name (not the comparison again)', () => {
    const [, , none] = dialogue('无线网络租赁费有几笔', '差多少', '2020年的呢') as [Answer, Answer, Answer];
    expect(none.kind).toBe('not_found');
    expect(none.figures).toHaveLength(0);
  });
});

describe('codes asked in other words', () => {
  it('购房补贴功能分类代码几号: 2210203 (L550); 31099是什么分类: 其他资本性支出', () => {
    expect(text(ask('购房补贴功能分类代码几号'))).toMatch(/2210203/);
    expect(text(ask('31099是什么分类'))).toMatch(/其他资本性支出/);
  });
});

describe('more follow-ups read as what they ask', () => {
  it('基本支出多少万 → 不对，我要项目支出 → 比去年多多少: 项目支出 against its 2019 figure, +9,875,620.29 元', () => {
    const [, , more] = dialogue('基本支出多少万', '不对，我要项目支出', '比去年多多少') as [
      Answer,
      Answer,
      Answer,
    ];
    // 说明: 87,408,947.32 (2020) − 77,533,327.03 (2019)
    expect(more.kind).toBe('change');
    expect(has(more, new Decimal('87408947.32').minus('77533327.03').toString())).toBe(true);
    expect(text(more)).not.toMatch(/基本支出 与 项目支出/);
  });

  it('人员经费多少 → 公用经费呢 → 哪个占大头: the two compared, 人员经费 more by 31,836,534.70 元', () => {
    const [, , which] = dialogue('人员经费多少', '公用经费呢', '哪个占大头') as [Answer, Answer, Answer];
    // 表六: 人员经费 34,686,368.80, 公用经费 2,849,834.10
    expect(has(which, new Decimal('34686368.80').minus('2849834.10').toString())).toBe(true);
  });

  it('2018和2019年的无线网络租赁费分别多少，加起来多少: each year’s line and 10,960,515.10 元, no other 2018 line', () => {
    const a = ask('2018和2019年的无线网络租赁费分别多少，加起来多少');
    expect(has(a, '5210515.1')).toBe(true);
    expect(has(a, '5750000')).toBe(true);
    expect(has(a, new Decimal('5210515.10').plus('5750000.00').toString())).toBe(true);
    expect(text(a)).not.toMatch(/云平台/);
  });

  it('实际人数是多少 → 去年多少人: the document gives no 2019 headcount', () => {
    const [, last] = dialogue('实际人数是多少', '去年多少人') as [Answer, Answer];
    expect(last.title).toMatch(/没有公布/);
  });

  it('30239 → 算人员还是公用: 表六 puts it under 人员经费 (979,200.00 元); 政府经济分类 → 50201', () => {
    const [, column, gov] = dialogue('其他交通费用30239多少', '算人员还是公用', '政府经济分类') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(text(column)).toMatch(/属于人员经费/);
    expect(has(column, '979200')).toBe(true);
    expect(text(gov)).toMatch(/50201/);
  });

  it('社保就业和住房保障哪个大 → 它下面最大的项: within 208, 2080505 first (2,740,494.40 元)', () => {
    const [, top] = dialogue('社保就业和住房保障哪个大', '它下面最大的项') as [Answer, Answer];
    expect(top.kind).toBe('ranking');
    expect(top.lines.find((x) => /^1\./.test(x))).toMatch(/2080505/);
  });
});

describe('what the text says, asked in few words', () => {
  it('绩效管理项目今年这笔占它总预算多少: 161 万 of 161 + 69 万, 70.00% (L2627)', () => {
    const a = ask('绩效管理项目今年这笔占它总预算多少');
    expect(text(a)).toMatch(/70\.00%/);
    expect(text(a)).not.toMatch(/占支出预算/);
  });

  it('扶贫挂职干部专项经费 → 培训几次: the sentence that says 培训2次 (L2741), no figure of the tables', () => {
    const [, times] = dialogue('扶贫挂职干部专项经费', '培训几次') as [Answer, Answer];
    expect(text(times)).toMatch(/培训2次/);
    expect(text(times)).toMatch(/第 2741 行/);
    expect(times.figures).toHaveLength(0);
  });

  it('整体绩效自评多少分 → 哪年做的: the sentence, 2019年 (L79); 顺便问下政府采购几个项目: 8 个', () => {
    const [, when] = dialogue('整体绩效自评多少分', '哪年做的') as [Answer, Answer];
    expect(text(when)).toMatch(/2019年/);
    expect(has(ask('顺便问下政府采购几个项目'), '8', '个')).toBe(true);
  });

  it('一般公共服务支出多少万 → 项目支出部分: 201’s 项目支出 column, 10,997,175.34 元 (表三)', () => {
    const [, part] = dialogue('一般公共服务支出多少万', '项目支出部分') as [Answer, Answer];
    expect(has(part, '10997175.34')).toBe(true);
  });

  it('English with words the lexicon does not need: sits under 30211, legal software in 10k yuan, overall self-evaluation', () => {
    expect(has(ask('What amount sits under economic code 30211?'), '129960')).toBe(true);
    expect(text(ask('Give me the legal software procurement project in 10k yuan please'))).toMatch(
      /1,561\.93 万元/,
    );
    expect(has(ask('What score did the 2018 overall spending self-evaluation get?'), '86.03')).toBe(true);
  });
});

describe('projects are 项目支出 lines, wherever they are looked for', () => {
  it('表九前三大项目是哪几个: the three largest 项目支出 lines — 11,988,577.66 third, not 津贴补贴 (a 基本支出 line)', () => {
    const a = ask('表九前三大项目是哪几个');
    // 表九: 22,175,821.60 / 15,619,343.00 / 11,988,577.66 are the largest 项目支出 lines; 津贴补贴 13,215,900.00 is 基本支出
    expect(has(a, '11988577.66')).toBe(true);
    expect(has(a, '13215900')).toBe(false);
  });

  it('机构运行经费下降的原因说了啥: the reason the narrative gives (人员减少，计提基数减少)', () => {
    expect(text(ask('机构运行经费下降的原因说了啥'))).toMatch(/计提基数减少/);
  });

  it('服务联络办那个帮扶的是哪两个地方: its form’s sentence naming 张北县 and 鄂伦春', () => {
    const a = ask('服务联络办那个帮扶的是哪两个地方');
    expect(text(a)).toMatch(/张北县/);
    expect(text(a)).toMatch(/鄂伦春/);
  });
});

describe('a word said in place of the start of the name before', () => {
  it('人员经费多少 → 占基本 → 公用呢: 公用经费’s share of 基本支出, 7.59%', () => {
    const [, , pub] = dialogue('人员经费多少', '占基本', '公用呢') as [Answer, Answer, Answer];
    // 表六: 2,849,834.10 ÷ 37,536,202.94 (表三 基本支出)
    expect(pub.title).toMatch(/公用经费 占 基本支出/);
    expect(text(pub)).toContain(`${new Decimal('2849834.10').div('37536202.94').times(100).toFixed(2)}%`);
  });

  it('30211 → 算人员还是公用 → 30239呢: the same question of 30239 — 人员经费', () => {
    const [, first, second] = dialogue('30211 是什么科目', '算人员还是公用', '30239呢') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(text(first)).toMatch(/属于公用经费/);
    expect(text(second)).toMatch(/属于人员经费/);
  });

  it('19年基本支出 → 19年项目: 2019年项目支出预算 77,533,327.03 元', () => {
    const [, , project] = dialogue('19年收入多少', '19年基本支出', '19年项目') as [Answer, Answer, Answer];
    expect(has(project, '77533327.03')).toBe(true);
    expect(has(project, '42033330.36')).toBe(false);
  });

  it('一般行政管理事务 → 里面都有啥 → 后一个多少: its two lines, then 1,778.00 元', () => {
    const [, lines, second] = dialogue('一般行政管理事务多少', '里面都有啥', '后一个多少') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(has(lines, '498647.34')).toBe(true);
    expect(has(second, '1778')).toBe(true);
  });

  it('30213 → 基本支出里多少 → 项目支出里这个科目一共多少: its five 项目支出 lines, 30,434,821.60 元', () => {
    const [, , project] = dialogue('30213是什么科目', '基本支出里多少', '项目支出里这个科目一共多少') as [
      Answer,
      Answer,
      Answer,
    ];
    // 表九 30213 项目支出 lines: 5,750,000.00 + 1,784,000.00 + 22,175,821.60 + 350,000.00 + 375,000.00
    const sum = ['5750000', '1784000', '22175821.60', '350000', '375000'].reduce(
      (s, x) => s.plus(x),
      new Decimal(0),
    );
    expect(has(project, sum.toString())).toBe(true);
  });
});

describe('one thing checked across two tables', () => {
  it('奖金表六和表九一样吗 → 差多少: 507,480.00 against 1,710,000.00, 1,202,520.00 元 apart', () => {
    const [check, gap] = dialogue('奖金表六和表九一样吗', '差多少') as [Answer, Answer];
    // 表六 30103 奖金 507,480.00; 表九 奖金 1,710,000.00
    const diff = new Decimal('1710000.00').minus('507480.00').toString();
    expect(text(check)).toMatch(/两表不一致/);
    expect(has(check, diff)).toBe(true);
    expect(has(gap, diff)).toBe(true);
  });

  it('三公接待费和表六30217对得上吗: 表七 and 表六 both 22,320.24 元', () => {
    const a = ask('三公接待费和表六30217对得上吗');
    expect(text(a)).toMatch(/两表一致/);
    expect(has(a, '22320.24')).toBe(true);
  });
});

describe('a place in the duties, and a change checked', () => {
  it('主要职责有几项 → 第六项是啥: the sixth duty, quoted (L13)', () => {
    const [, sixth] = dialogue('区政府办公室主要职责有几项', '第六项是啥') as [Answer, Answer];
    expect(text(sixth)).toMatch(/绩效管理/);
    expect(text(sixth)).toMatch(/第 13 行/);
  });

  it('收入预算去年多少 → 今年 → 自己算下差额对不对: 124,945,150.26 − 119,566,657.39 = 5,378,492.87 元', () => {
    const [, , check] = dialogue('收入预算去年多少', '今年', '自己算下差额对不对') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(check.kind).toBe('change');
    expect(has(check, new Decimal('124945150.26').minus('119566657.39').toString())).toBe(true);
  });
});

describe('an organisation the text names, asked about in two characters', () => {
  it('三公包括科协吗: the sentence naming the three units of 三公 (L49)', () => {
    const a = ask('三公包括科协吗');
    expect(text(a)).toMatch(/区科协。”（四、部门“三公”经费财政拨款预算说明/);
    expect(a.figures).toHaveLength(0);
  });

  it('科协那辆车是啥: the sentence about 科普大篷车 (L60)', () => {
    expect(text(ask('科协那辆车是啥'))).toMatch(/科普大篷车/);
  });
});

describe('a start said once before two endings, and English wording', () => {
  it('通讯指挥中心的运维费和以前年度尾款各多少: 1,784,000.00 and 3,128,281.07 元', () => {
    const a = ask('通讯指挥中心的运维费和以前年度尾款各多少');
    expect(has(a, '1784000')).toBe(true);
    expect(has(a, '3128281.07')).toBe(true);
  });

  it('通讯指挥中心运维费的项目负责人是哪位: 荣昊岩', () => {
    expect(text(ask('通讯指挥中心运维费的项目负责人是哪位'))).toMatch(/荣昊岩/);
  });

  it('English: whoever runs the performance management project (88064058); the mobile video conference expansion (3,755,505.20)', () => {
    expect(text(ask('phone number of whoever runs the performance management project?'))).toMatch(/88064058/);
    expect(has(ask('how much for the mobile video conference system expansion project'), '3755505.2')).toBe(
      true,
    );
    // An unknown English word still stops the answer: nothing is said of the weather.
    expect(ask('what is the weather in Beijing today').figures).toHaveLength(0);
  });
});

describe('shares of a part of 三公, a class asked bare, a table named of the thing before', () => {
  it('公车占多少: of 三公 (its natural whole), 52.83% — not of 支出合计', () => {
    const a = ask('公车占多少');
    // 表七: 25,000.00 ÷ 47,320.24
    expect(a.title).toMatch(/占 “三公”经费/);
    expect(text(a)).toContain(`${new Decimal('25000').div('47320.24').times(100).toFixed(2)}%`);
  });

  it('培训费预算多少 → 功能科目 → 哪个类: 205 教育支出', () => {
    const [, , cls] = dialogue('培训费预算多少', '功能科目', '哪个类') as [Answer, Answer, Answer];
    expect(text(cls)).toMatch(/属于类：205 教育支出/);
  });

  it('行政编制几个 → 事业编 → 再加上工勤一共: 116 人', () => {
    const [, , sum] = dialogue('行政编制几个', '事业编', '再加上工勤一共') as [Answer, Answer, Answer];
    expect(has(sum, '116', '人')).toBe(true);
  });

  it('30213是什么 → 表六里这个多少 → 对应政府经济分类: 表六’s row, 22,800.00 元; then 50209', () => {
    const [, six, gov] = dialogue('30213是什么', '表六里这个多少', '对应政府经济分类') as [
      Answer,
      Answer,
      Answer,
    ];
    expect(text(six)).toMatch(/表六 30213 维修（护）费：22,800\.00 元/);
    expect(text(gov)).toMatch(/50209/);
  });
});

describe('a column’s share of its code, and the codes below', () => {
  it('一般公共服务支出多少 → 基本和项目各多少 → 项目占比: 10,997,175.34 of 36,804,980.38, 29.88%', () => {
    const [, , share] = dialogue('一般公共服务支出多少', '基本和项目各多少', '项目占比') as [
      Answer,
      Answer,
      Answer,
    ];
    // 表三 201: 项目支出 10,997,175.34, 合计 36,804,980.38
    expect(text(share)).toContain(`${new Decimal('10997175.34').div('36804980.38').times(100).toFixed(2)}%`);
  });

  it('科学技术支出多少 → 它下面的项级科目: 2069999', () => {
    const [, below] = dialogue('科学技术支出多少', '它下面的项级科目') as [Answer, Answer];
    expect(text(below)).toMatch(/2069999 其他科学技术支出/);
  });
});

describe('more everyday wording', () => {
  it('基本支出同比咋变的: −4,497,127.42 元; 2069999是个啥: 其他科学技术支出', () => {
    expect(has(ask('基本支出同比咋变的'), new Decimal('37536202.94').minus('42033330.36').toString())).toBe(
      true,
    );
    expect(text(ask('2069999是个啥'))).toMatch(/其他科学技术支出/);
  });

  it('专项几次: the sentence that says 实施2次专项工作察访核验 (L2547)', () => {
    expect(text(ask('专项几次'))).toMatch(/实施2次专项工作察访核验/);
  });

  it('绩效管理项目是新增的还是延续的: 延续项目; 三公里公车那块去年是0今年怎么有了: 科普大篷车', () => {
    expect(text(ask('绩效管理项目是新增的还是延续的'))).toMatch(/延续项目/);
    expect(text(ask('三公里公车那块去年是0今年怎么有了'))).toMatch(/科普大篷车/);
  });
});
