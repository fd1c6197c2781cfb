/**
 * Follow-ups asked of what the last answer quoted or listed ("哪家的车", "分几次", "第三个说的啥", "含外宾吗"),
 * corrections, and readings new staff typed that the bot missed or answered wrongly. Expected figures are
 * read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums, differences and shares worked by
 * hand with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { ask, dialogue, has, text } from '../helpers/asking.js';

// (At most five turns: the tuple types each one as an answer.)
const turns = (...qs: string[]) => dialogue(...qs) as [Answer, Answer, Answer, Answer, Answer];
const last = (...qs: string[]) => turns(...qs).at(-1)!;

describe('asked of the sentences the last answer quoted', () => {
  it('三公多少 → 为啥涨这么多 → 哪家的车: the sentence of L60 naming 科协 and its 科普大篷车', () => {
    const a = last('三公多少', '里面哪个最多', '为啥涨这么多', '哪家的车');
    expect(a.kind).toBe('fact');
    expect(text(a)).toMatch(/科协的一辆科普大篷车/);
    expect(a.sources.some((s) => s.kind === 'narrative' && s.line === 60)).toBe(true);
  });

  it('满意度评估样本量要求 → 分几次: the indicator saying 中期、年底两次', () => {
    const a = last('满意度评估样本量要求', '分几次');
    expect(text(a)).toMatch(/一年分中期、年底两次/);
  });

  it('… → 哪个项目的 → 哪个科负责: the project of that form, its owner 祝文婷 and 绩效科 (表十二)', () => {
    const [, project, section] = turns('满意度评估样本量要求', '哪个项目的', '哪个科负责');
    expect(text(project)).toMatch(/西城区2020年政府绩效管理项目/);
    expect(text(section)).toMatch(/绩效科/);
    expect(text(section)).toMatch(/祝文婷/);
  });

  it('主要职责第六项 → 对应哪个项目: the project sharing its words (绩效管理), then its money 1,610,000.00', () => {
    const [, , project, money] = turns('区政府办公室主要职责有几项', '第六项是啥', '对应哪个项目', '多少钱');
    expect(text(project)).toMatch(/西城区2020年政府绩效管理项目/);
    expect(has(money, '1610000')).toBe(true);
  });

  it('公务接待费怎么定义的 → 含外宾吗: the 名称解释 sentence of L89 again', () => {
    const [def, foreign] = turns('公务接待费怎么定义的', '含外宾吗');
    expect(def.kind).toBe('glossary');
    expect(text(foreign)).toMatch(/含外宾接待/);
    expect(foreign.sources.some((s) => s.kind === 'narrative' && s.line === 89)).toBe(true);
  });

  it('服务联络办经费目标有几个 → 第三个说的啥: 3 goals, then 目标3 (L2716)', () => {
    const [count, third] = turns('服务联络办经费目标有几个', '第三个说的啥');
    expect(text(count)).toMatch(/年度目标共 3 个/);
    expect(text(third)).toMatch(/与外省市及友城的交往交流/);
    expect(text(third)).not.toMatch(/目标1/);
  });

  it('服务联络办那个项目目标3是啥 → 实施单位: goal 3, then the form’s 实施单位 and 负责人 董立', () => {
    const [goal, unit] = turns('服务联络办那个项目目标3是啥', '实施单位');
    expect(text(goal)).toMatch(/友城/);
    expect(text(unit)).toMatch(/西城区服务联络和扶贫协作办公室/);
    expect(text(unit)).toMatch(/董立/);
  });

  it('扶贫挂职干部专项经费 → 培训几次 → 帮扶哪里: the form those sentences are from (张北县, L2714)', () => {
    const a = last('扶贫挂职干部专项经费多少', '培训几次', '帮扶哪里');
    expect(text(a)).toMatch(/张北县、鄂伦春自治旗/);
  });

  it('80.14%是啥的涨幅 → 基数多少 → 今年呢: the sentence of L52, then 三公 2019 26,268.00 and 2020 47,320.24', () => {
    const [said, base, now] = turns('80.14%是啥的涨幅', '基数多少', '今年呢');
    expect(text(said)).toMatch(/“三公”经费/);
    expect(said.figures).toHaveLength(0);
    expect(has(base, '26268')).toBe(true);
    expect(has(now, '47320.24')).toBe(true);
  });

  it('云平台项目 → 哪年的项目: the year its name carries, 2018年', () => {
    const a = last('云平台项目多少钱', '哪年的项目');
    expect(text(a)).toMatch(/2018年云平台/);
  });
});

describe('what was listed or ranked, counted and picked', () => {
  it('2010399下面有哪些项目 → 哪个最多 → 第二呢 → 一共几个: 8 lines (表九), never a sum of two', () => {
    const a = last('2010399下面有哪些项目', '哪个最多', '第二呢', '一共几个');
    expect(text(a)).toMatch(/共 8 项/);
    expect(a.figures.some((f) => f.unit === '元' && f.label.includes('合计'))).toBe(false);
  });

  it('206 → 占总额多少 → 哪个类第二大: among the 类, 201 at 36,804,980.38 (表三), not within 206', () => {
    const a = last('科学技术支出多少', '占总额多少', '哪个类第二大');
    expect(has(a, '36804980.38')).toBe(true);
    expect(text(a)).not.toMatch(/软件正版化/);
  });

  it('六个类级科目里最小的 → 倒数第二: the second smallest, 210 at 2,316,651.70', () => {
    const a = last('六个类级科目里最小的', '倒数第二');
    expect(has(a, '2316651.7')).toBe(true);
  });

  it('科技支出（2069999）下面一共几个项目 → 最大的 → 最小的 → 它的经济分类: 17, then 800M 终端 at 300,000.00 and its 31099', () => {
    const [count, , smallest, code] = turns(
      '表九里科技支出（2069999）下面一共几个项目',
      '最大的',
      '最小的',
      '它的经济分类',
    );
    expect(text(count)).toMatch(/共 17 项/);
    // L1969 更新800M无线通讯终端经费 300000.00
    expect(has(smallest, '300000')).toBe(true);
    expect(text(smallest)).not.toMatch(/最小的 5 项/);
    expect(text(code)).toMatch(/31099/);
    expect(text(code)).toMatch(/800M/);
  });

  it('项目支出都花哪了？列前五 → 第二个多少钱: the five largest project lines, then 软件正版化 15,619,343.00', () => {
    const [top, second] = turns('项目支出都花哪了？列前五', '第二个多少钱');
    expect(top.kind).toBe('ranking');
    expect(text(top)).toMatch(/2020年机要信息中心运维费/);
    expect(has(second, '15619343')).toBe(true);
  });

  it('机要运维 → 尾款呢 → 俩占项目支出多少: their sum’s share 39.09%, each one’s beside it', () => {
    const a = last('机要中心运维那个项目多少钱', '尾款呢', '俩占项目支出多少');
    const sum = new Decimal('22175821.60').plus('11988577.66');
    const whole = new Decimal('87408947.32');
    expect(has(a, sum.toString())).toBe(true);
    // (Percentages are kept exact and rounded only where shown.)
    const pct = (x: Decimal) => x.div(whole).times(100).toDecimalPlaces(2).toFixed(2);
    expect(a.figures.filter((f) => f.unit === '%').map((f) => f.value.toDecimalPlaces(2).toFixed(2))).toEqual(
      [pct(sum), pct(new Decimal('22175821.60')), pct(new Decimal('11988577.66'))],
    );
    expect(text(a)).toMatch(/39\.09%/);
  });

  it('行政运行占基本支出多少 → 其余的呢: 37,536,202.94 − 25,807,805.04 = 11,728,397.90', () => {
    const a = last('行政运行占基本支出多少', '其余的呢');
    expect(has(a, new Decimal('37536202.94').minus('25807805.04').toString())).toBe(true);
  });

  it('住房保障占多少 → 下面两项: its 项, 2210201 2,602,570.80 and 2210203 1,862,064.00 (表三)', () => {
    const a = last('表一收入总计多少', '住房保障占多少', '下面两项');
    expect(a.kind).toBe('breakdown');
    expect(has(a, '2602570.8')).toBe(true);
    expect(has(a, '1862064')).toBe(true);
  });

  it('教育支出下面是什么: its lone 款 20508 进修及培训 and the 项 under it, 2050803 培训支出', () => {
    const a = ask('教育支出下面是什么');
    expect(text(a)).toMatch(/20508 进修及培训/);
    expect(text(a)).toMatch(/2050803 培训支出/);
  });

  it('项目支出的构成: by function within 表三’s 项目支出 column — 201 10,997,175.34 and 206 76,411,771.98', () => {
    const a = ask('项目支出的构成');
    expect(has(a, '10997175.34')).toBe(true);
    expect(has(a, '76411771.98')).toBe(true);
    // (never 201’s whole 36,804,980.38, which is mostly 基本支出)
    expect(has(a, '36804980.38')).toBe(false);
  });
});

describe('corrections, claims and words staff type', () => {
  it('软件正版化和交换机 → 加起来 → 不对，换成无纸化的: 15,619,343.00 + 369,850.00 = 15,989,193.00', () => {
    const a = last('帮我看看软件正版化和交换机采购两个项目各多少', '加起来', '不对，换成无纸化的');
    expect(has(a, new Decimal('15619343.00').plus('369850.00').toString())).toBe(true);
  });

  it('a message corrected inside itself: 通讯指挥中心以前年度尾款 3,128,281.07, not 机要’s', () => {
    const a = ask(
      '帮我查一下机要信息中心以前年度尾款多少，哦不对，我要的是通讯指挥中心的以前年度尾款，不是机要那个。下午开会要用',
    );
    expect(has(a, '3128281.07')).toBe(true);
    expect(has(a, '11988577.66')).toBe(false);
  });

  it('绩效管理项目 → 谁负责 → 尾款呢: the 尾款 of its form, 69 万元', () => {
    const a = last('绩效管理那个项目今年多少钱', '谁负责', '尾款呢');
    expect(has(a, '69', '万元')).toBe(true);
  });

  it('机构运行经费跟2019年比怎么样: the change, −506,742.82 (L65)', () => {
    const a = ask('机构运行经费跟2019年比怎么样');
    expect(a.kind).toBe('change');
    expect(has(a, new Decimal('2351333.10').minus('2858075.92').toString())).toBe(true);
  });

  it('公务接待费今年和2019年分别多少: both years, 22,320.24 and 26,268.00 (L56)', () => {
    const a = ask('公务接待费今年和2019年分别多少');
    expect(has(a, '22320.24')).toBe(true);
    expect(has(a, '26268')).toBe(true);
  });

  it('一般公共预算占几成: the 一般公共预算拨款 (表四), 100% — never 一般公共服务支出', () => {
    const a = ask('一般公共预算占几成');
    expect(text(a)).toMatch(/一般公共预算拨款/);
    expect(text(a)).not.toMatch(/一般公共服务支出/);
    expect(has(a, '100', '%')).toBe(true);
  });

  it('两个无线网络租赁费（18年、19年）一共多少: 5,210,515.10 + 5,750,000.00', () => {
    const a = ask('两个无线网络租赁费（18年、19年）一共多少');
    expect(has(a, new Decimal('5210515.10').plus('5750000.00').toString())).toBe(true);
  });

  it('区领导慰问经费是不是200w: 200万 agrees with 2,000,000.00', () => {
    const a = ask('区领导慰问经费是不是200w');
    expect(text(a)).toMatch(/与文件一致/);
  });

  it('是不是就一辆公务用车: yes, 1 辆 (L58); 是不是只有3个政府采购项目: no, 8 个', () => {
    expect(text(ask('是不是就一辆公务用车？'))).toMatch(/^是的/m);
    expect(text(ask('是不是只有3个政府采购项目'))).toMatch(/^不是/m);
  });

  it('表三基本支出总计 → 表六呢 → 差了几分钱: 37,536,202.94 − 37,536,202.90 = 0.04, never the 绩效 score', () => {
    const a = last('表三基本支出总计', '表六呢', '差了几分钱');
    expect(has(a, '0.04')).toBe(true);
    expect(text(a)).not.toMatch(/得分/);
  });

  it('IT设备 and 政府办运维费 → 有绩效目标表吗: no for both (表十二 attaches three projects)', () => {
    const a = last('IT设备动态管理运维多少', '政府办运维费呢', '哪个多', '有绩效目标表吗');
    expect(a.kind).toBe('not_found');
    expect(a.figures).toHaveLength(0);
    expect(text(a)).toMatch(/只附了 3 个项目/);
  });

  it('人均基本支出: 37,536,202.94 ÷ 实有人数 116 (L24); 按91人算人均 after 退休费: ÷ 退休人员 91; 按100人: not a count the document states', () => {
    const a = ask('人均基本支出多少');
    const perHead = (x: Answer) => x.figures.find((f) => f.computation?.op === 'per_person');
    expect(perHead(a)?.value.toDecimalPlaces(2).toFixed(2)).toBe(
      new Decimal('37536202.94').div(116).toDecimalPlaces(2).toFixed(2),
    );
    expect(text(a)).toMatch(/323,587\.96/);
    const b = last('退休费多少', '按91人算人均');
    expect(perHead(b)?.value.toDecimalPlaces(2).toFixed(2)).toBe(
      new Decimal('441330.00').div(91).toDecimalPlaces(2).toFixed(2),
    );
    const c = last('基本支出', '按100人人均');
    expect(c.kind).toBe('not_found');
    expect(c.figures).toHaveLength(0);
  });

  it('基本支出占比 → 不对 我要项目支出的 → 19年的呢 → 提高了几个点: 69.96%, 64.85%, +5.11 points', () => {
    const [, now, before, moved] = turns('基本支出占比', '不对 我要项目支出的', '19年的呢', '提高了几个点');
    const pct = (a: string, b: string) => new Decimal(a).div(b).times(100);
    // 表三 总计 项目支出 87408947.32 / 124945150.26; 2019: L44 77,533,327.03 / L34 119,566,657.39
    const thisYear = pct('87408947.32', '124945150.26');
    const lastYear = pct('77533327.03', '119566657.39');
    expect(text(now)).toMatch(new RegExp(`${thisYear.toDecimalPlaces(2).toFixed(2)}%`));
    expect(text(before)).toMatch(new RegExp(`${lastYear.toDecimalPlaces(2).toFixed(2)}%`));
    expect(text(moved)).toMatch(
      new RegExp(`提高 ${thisYear.minus(lastYear).toDecimalPlaces(2).toFixed(2)} 个百分点`),
    );
  });

  it('功能分类按类排个序top3 → 第三个多少 → 第一比第二多多少: 206 − 201 = 39,606,791.60', () => {
    const a = last('功能分类按类排个序top3', '第三个多少', '第一比第二多多少');
    expect(has(a, new Decimal('76411771.98').minus('36804980.38').toString())).toBe(true);
  });

  it('社会保障和就业支出下面有哪几项 → 哪个最多 → 最少的呢: among its three 项, 2080501 at 720,089.80', () => {
    const [, most, least] = turns('社会保障和就业支出下面有哪几项', '哪个最多', '最少的呢');
    expect(text(most)).toMatch(/2080505/);
    expect(text(least)).toMatch(/^1\. 2080501/m);
    expect(has(least, '720089.8')).toBe(true);
  });

  it('30213 → 表九里有几条: its 6 lines of 表九, not the table’s 60', () => {
    const a = last('30213是啥', '表九里有几条');
    expect(text(a)).toMatch(/共 6 项/);
  });

  it('top3 项目是哪些: the three largest projects — 尾款 third, never a 基本支出 line', () => {
    const a = ask('top3 项目是哪些');
    expect(text(a)).toMatch(/机要信息中心以前年度尾款/);
    expect(text(a)).not.toMatch(/津贴补贴/);
  });

  it('请问西城区政府办2020年三公经费一共安排了多少: 三公 47,320.24 — the department named is no project', () => {
    const a = ask('请问西城区政府办2020年三公经费一共安排了多少');
    expect(has(a, '47320.24')).toBe(true);
    expect(text(a)).not.toMatch(/绩效管理项目/);
  });

  it('What fraction of the whole budget is basic expenditure?: 30.04%', () => {
    const a = ask('What fraction of the whole budget is basic expenditure? pls give a %');
    expect(a.kind).toBe('share');
    expect(text(a)).toMatch(
      new RegExp(
        `${new Decimal('37536202.94').div('124945150.26').times(100).toDecimalPlaces(2).toFixed(2)}%`,
      ),
    );
  });

  it('通讯指挥中心运维费是新增项目吗: its form says 延续性项目', () => {
    expect(text(ask('通讯指挥中心运维费是新增项目吗'))).toMatch(/延续性项目/);
  });

  it('表六有几列 → 哪几列是金额 → 一共几行: 7 columns, 合计/人员经费/公用经费, 33 rows without the total', () => {
    const [cols, money, rows] = turns('表六有几列', '哪几列是金额', '一共几行');
    expect(text(cols)).toMatch(/共 7 列/);
    expect(text(money)).toMatch(/金额列（单位：元）：合计、人员经费、公用经费/);
    expect(text(rows)).toMatch(/共 33 行数据/);
    expect(text(ask('表九有多少行数据'))).toMatch(/共 60 行数据/);
  });

  it('表二是收入表还是支出表: 部门收入总体情况表', () => {
    expect(text(ask('表二是收入表还是支出表'))).toMatch(/表二是「部门收入总体情况表」/);
  });

  it('公务接待费 → 算人员还是公用: its 表六 column, 公用经费', () => {
    const a = last('公务接待费', '部门经济分类', '算人员还是公用');
    expect(text(a)).toMatch(/属于公用经费/);
  });

  it('2101199 → 上级类 → 合计: 210 卫生健康支出, 2,316,651.70', () => {
    const [, up, total] = turns('2101199 是啥', '上级类', '合计');
    expect(text(up)).toMatch(/210 卫生健康支出/);
    expect(has(total, '2316651.7')).toBe(true);
  });

  it('How many vehicles did the department hold at end-2019 and what were they worth: 5 and 182.83 万元 (L84)', () => {
    const a = ask('How many vehicles did the department hold at end-2019 and what were they worth');
    expect(has(a, '5', '辆')).toBe(true);
    expect(has(a, '182.83', '万元')).toBe(true);
  });

  it('绩效考评实施细则什么时候制定: the indicator of L2608, (2020.2-6)', () => {
    expect(text(ask('绩效考评实施细则什么时候制定'))).toMatch(/2020\.2-6/);
  });
});
