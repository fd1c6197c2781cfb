/**
 * How staff write in chat, read as questions: new names in a conversation, chatter around a question,
 * events counted, relative rankings and follow-ups on lists. Expected figures are read off the source
 * document (data/bjsxcqrmzfbgs-2020/source.txt; line numbers in the comments) or worked out by hand:
 *   表九 日常公用支出（在职人员）_维修（护）费 22,800.00
 *   L65 机构运行经费 2,351,333.10 元
 *   表七 三公 2020 47,320.24, 2019 26,268.00 → 多出 21,052.24
 *   L2936 "2019年视频会议380次"; L2935–2939 通讯指挥中心运维费 parts 126 / 2.4 / 50 万元
 *   表九 30213 项目支出 lines: 5,750,000 + 1,784,000 + 22,175,821.60 + 350,000 + 375,000 = 30,434,821.60
 *   表九 2010302 一般行政管理事务: 预留机动费 498,647.34 (the larger of its two lines)
 *   表九 软件正版化 15,619,343.00, 机要信息中心运维费 22,175,821.60 → difference 6,556,478.60
 *   表三 2010399 10,496,750.00; 区领导慰问经费 2,000,000.00 → 19.05%
 *   表三 208 4,830,831.40; its largest line 机关事业单位基本养老保险缴费 2,740,494.40 → 56.73%
 *   表九 日常公用支出（在职人员）_培训费: 2050803 培训支出, 30216 培训费
 */
import { describe, expect, it } from 'vitest';
import { ask, dialogue, has, text } from '../helpers/asking.js';

const NO_FIGURE = new Set(['not_found', 'ambiguous', 'out_of_scope', 'help']);

describe('a name the data lacks is never answered with another thing’s figure', () => {
  it('in a conversation: 信访经费 after 医疗费 is not found, not 行政事业单位医疗 again', () => {
    for (const next of ['信访经费多少', '12345热线经费多少', '电子政务项目多少钱', '货物类多少']) {
      const [, a] = dialogue('医疗费多少', next);
      expect(a!.figures.length === 0 || NO_FIGURE.has(a!.kind), next).toBe(true);
      expect(has(a!, '2316651.70'), next).toBe(false);
    }
  });

  it('维修费 (said without the bracketed 护) is 维修（护）费 22,800.00, also after another subject', () => {
    expect(has(ask('维修费多少钱'), '22800', '元')).toBe(true);
    const [, a] = dialogue('公务用车购置费多少', '维修费多少钱');
    expect(has(a!, '22800', '元')).toBe(true);
    expect(a!.title).not.toContain('公务用车');
  });

  it('机关服务中心 is no part of 机关商品和服务支出 (a stray 心 left over)', () => {
    const a = ask('机关服务中心的预算多少');
    expect(a.kind).toBe('not_found');
    expect(has(a, '64152407.66')).toBe(false);
  });

  it('服务类 is as vague as 服务: no 201 figure presented as the answer', () => {
    const a = ask('服务类呢');
    expect(NO_FIGURE.has(a.kind) || !has(a, '36804980.38')).toBe(true);
  });
});

describe('chatter around a question', () => {
  it('who asks for the figure is not a subject: 机构运行经费 2,351,333.10 (L65)', () => {
    expect(has(ask('我们科长让我看看咱们单位的机构运行经费今年是多少'), '2351333.1')).toBe(true);
  });

  it('a short message of several sentences is read sentence by sentence', () => {
    const a = ask('不好意思又打扰了。三公经费总数今年是多少？去年是多少？我得填个对比表');
    expect(has(a, '47320.24')).toBe(true);
    expect(has(a, '26268')).toBe(true);
  });

  it('多出 is a change: 三公 21,052.24 more than 2019', () => {
    expect(has(ask('三公经费比2019多出多少钱'), '21052.24')).toBe(true);
  });

  it('还有钱吗 starts no new clause; 2018年那个… names the 2018 project, not a 2018 budget', () => {
    const a = ask('我在看表九，好长啊。2018年那个云平台综合管控一体化的项目今年还有钱吗？多少？');
    expect(a.kind).not.toBe('out_of_scope');
    expect(has(a, '1398600', '元')).toBe(true);
  });

  it('events counted are quoted from the text: 2019年视频会议380次 (L2936), no money figure', () => {
    const a = ask('2019年开了多少次视频会议');
    expect(text(a)).toContain('380次');
    expect(a.figures).toHaveLength(0);
  });

  it('English: total value of fixed assets at end of 2019 is 15,753.22 万元', () => {
    expect(has(ask('What was the total value of fixed assets at end of 2019?'), '15753.22', '万元')).toBe(
      true,
    );
  });
});

describe('scopes, parts and relative rankings', () => {
  it('哪个项目大 under a code: 预留机动费 498,647.34 first', () => {
    const a = ask('一般行政管理事务下面哪个项目大');
    expect(a.kind).toBe('ranking');
    expect(a.lines.find((x) => /^1\./.test(x))).toContain('预留机动费');
  });

  it('30213 项下的项目支出: its project lines, 30,434,821.60 — not 30213 plus all 项目支出', () => {
    expect(has(ask('30213维修（护）费项下的项目支出一共多少'), '30434821.6')).toBe(true);
    expect(has(ask('30213的项目支出多少'), '30434821.6')).toBe(true);
  });

  it('比它大的是哪个 / 比第一名少多少 after 软件正版化', () => {
    const [, bigger, less] = dialogue('软件正版化多少', '比它大的是哪个', '比第一名少多少');
    expect(text(bigger!)).toContain('2020年机要信息中心运维费');
    expect(has(bigger!, '15619343')).toBe(false);
    expect(has(less!, '6556478.6') || has(less!, '-6556478.6')).toBe(true);
  });
});

describe('follow-ups on lists, rankings and codes', () => {
  it('各多少万 after the parts of 通讯指挥中心运维费: 126, 2.4 and 50 万元', () => {
    const [, , each] = dialogue('通讯指挥中心运维费', '具体是哪几项', '各多少万');
    for (const v of ['126', '2.4', '50']) expect(has(each!, v, '万元'), v).toBe(true);
  });

  it('after 哪一项最大: 多少 is the first one, 占…比例 its share of the scope (56.73%)', () => {
    const [, , amount, share] = dialogue('社保就业支出多少', '哪一项最大', '多少', '占社保就业支出比例');
    expect(amount!.kind).toBe('amount');
    expect(has(amount!, '2740494.4')).toBe(true);
    expect(text(share!)).toContain('56.73%');
  });

  it('这个科目 after 功能分类 is 2010399 (10,496,750.00); 慰问经费占它 is 19.05%', () => {
    const [, , code, share] = dialogue(
      '区领导慰问经费多少',
      '功能分类是哪个',
      '这个科目下一共多少',
      '慰问经费占它多少',
    );
    expect(has(code!, '10496750')).toBe(true);
    expect(text(share!)).toContain('19.05%');
  });

  it('经济分类编码 of 培训支出 (a functional code): 30216 of its line', () => {
    const [, a] = dialogue('培训支出多少', '经济分类编码');
    expect(text(a!)).toContain('30216');
  });
});

describe('figures the document gives in words, and lists summed', () => {
  // L60: 公务用车购置及运行维护费 "较上年0增加25000元，增加100%，主要原因是科协的一辆科普大篷车"; 购置费 0 (L58)
  it('公车运维 last year was 0 (the whole was 0, 购置费 0): +25,000.00, the reason quoted', () => {
    const a = ask('公车运维费比去年增加多少');
    expect(has(a, '25000')).toBe(true);
    expect(has(a, '0', '元')).toBe(true);
    expect(text(ask('公车运维费增加主要是因为什么'))).toContain('科普大篷车');
    expect(text(ask('三公经费涨那么多是什么原因'))).toContain('科普大篷车');
  });

  // L2627: "2020年度预算金额161万…占项目总预算的70%。尾款为69万，占项目预算30%"; 161 + 69 = 230 万元
  it('尾款 of the 绩效管理 project: 69 万元, the stated 30%, and the whole budget 230 万元', () => {
    const [, tail] = dialogue('绩效管理项目今年161万是全部吗', '尾款呢');
    expect(has(tail!, '69', '万元')).toBe(true);
    expect(text(tail!)).toContain('30%');
    expect(has(tail!, '230', '万元')).toBe(true);
  });

  // 表九: 2019年无线网络租赁费 5,750,000.00 + 2018年 5,210,515.10 = 10,960,515.10
  it('无线网络租赁费有几笔: 2, and 一共多少 sums them', () => {
    const [count, sum] = dialogue('无线网络租赁费有几笔', '一共多少');
    expect(has(count!, '2', '项')).toBe(true);
    expect(has(sum!, '10960515.1')).toBe(true);
  });

  // 表九: 机要 22,175,821.60 + 软件正版化 15,619,343.00 + 机要尾款 11,988,577.66 = 49,783,742.26;
  // ÷ 项目支出 87,408,947.32 = 56.95%
  it('加起来 / 占项目支出 after the three largest projects', () => {
    const [, sum, share] = dialogue('项目支出最大的三个是哪些', '加起来多少', '占项目支出多少');
    expect(has(sum!, '49783742.26')).toBe(true);
    expect(text(share!)).toContain('56.95%');
  });

  // 表九 under 2010399: 政府办工作经费 2,300,000.00 is the only line above 200 万; 区领导慰问经费 2,000,000.00
  it('a bound within a code, then 两个差多少 with the one found: 300,000.00', () => {
    const [list, , diff] = dialogue('2010399下面有哪些项目超过200万', '那区领导慰问经费呢', '两个差多少');
    expect(text(list!)).toContain('政府办工作经费');
    expect(text(list!)).not.toContain('区领导慰问经费');
    expect(has(diff!, '300000') || has(diff!, '-300000')).toBe(true);
  });
});

describe('tables, codes, sorting and years', () => {
  it('明细表一共 is no 表一: 表九 has 60 lines', () => {
    const a = ask('部门预算明细表一共多少条');
    expect(a.title).toContain('表九');
    expect(has(a, '60', '项')).toBe(true);
  });

  it('表一、表二分别是什么: both tables, each as itself', () => {
    const t = text(ask('表一、表二分别是什么'));
    expect(t).toContain('表一 部门收支总体情况表');
    expect(t).toContain('表二 部门收入总体情况表');
  });

  // 表九: 30108 养老 2,740,494.40; 2101101 行政单位医疗 (在职 其他社会保障缴费) 2,226,651.70; 30109 年金 1,370,247.20
  it('养老、医疗、年金从大到小排: all three in order, 医疗 the staff’s contribution', () => {
    const a = ask('养老、医疗、年金这三块从大到小排一下');
    expect(a.kind).toBe('ranking');
    const order = a.lines.filter((x) => /^\d\./.test(x));
    expect(order[0]).toContain('2,740,494.40');
    expect(order[1]).toContain('2,226,651.70');
    expect(order[2]).toContain('1,370,247.20');
    expect(has(ask('医疗支出多少'), '2316651.7')).toBe(true);
  });

  it('项目 under a code with no 项目支出 ranks its lines: 208 → 养老保险缴费 first', () => {
    const a = ask('社保就业支出里面哪个项目最大');
    expect(a.lines.find((x) => /^1\./.test(x))).toContain('机关事业单位基本养老保险缴费');
  });

  it('31013 (not listed in the document) is 公务用车购置费, stated 0 元 (L58)', () => {
    const a = ask('31013 公车购置 有预算吗');
    expect(a.kind).not.toBe('not_found');
    expect(has(a, '0', '元')).toBe(true);
  });

  it('a year not loaded asked first still names the subject: 2021年三公 → 那2020的呢 47,320.24', () => {
    const [first, next] = dialogue('2021年三公多少', '那2020的呢');
    expect(first!.kind).toBe('out_of_scope');
    expect(has(next!, '47320.24')).toBe(true);
  });

  it('项目期几年 (1年) and 账面 (车辆 182.83 万元, L84)', () => {
    expect(text(ask('绩效管理项目项目期几年'))).toContain('项目期：1年');
    expect(has(ask('车辆资产账面多少万'), '182.83', '万元')).toBe(true);
  });
});

describe('bare words and whose budget', () => {
  // L77: 申报绩效目标项目的当年拨款 8,322.36 万元
  it('资金 alone names nothing: 绩效目标涉及多少资金 is 8,322.36 万元, not 政府采购预算资金', () => {
    const a = ask('绩效目标涉及多少资金');
    expect(has(a, '8322.36', '万元')).toBe(true);
    expect(has(a, '25069065.8')).toBe(false);
  });

  it('有多少个项目支出 counts them (27 lines of 表九)', () => {
    expect(has(ask('有多少个项目支出'), '27', '项')).toBe(true);
  });

  it('the department named alone: 区政府办今年有多少钱 is 支出合计 124,945,150.26', () => {
    expect(has(ask('区政府办今年有多少钱'), '124945150.26')).toBe(true);
  });

  it('明年 is a year not loaded; English compare reads two subjects', () => {
    expect(ask('三公经费明年多少').kind).toBe('out_of_scope');
    const a = ask('compare basic and project expenditure');
    expect(has(a, '37536202.94')).toBe(true);
    expect(has(a, '87408947.32')).toBe(true);
  });
});

describe('places and wholes carried over', () => {
  // 表九: 软件正版化 15,619,343.00 is second to 机要信息中心运维费 22,175,821.60 among all 60 lines and the 27 项目支出 lines
  it('排第几 after an item: its place among the lines of 表九', () => {
    const [, , place] = dialogue('软件正版化', '占项目支出比例', '排第几');
    expect(place!.kind).toBe('ranking');
    expect(text(place!)).toContain('60 条明细中排第 2');
  });

  // 表七: 2019 公务接待费 26,268.00 of 三公 26,268.00 → 100.00%
  it('去年占多少 after 占三公多少 keeps 三公 as the whole', () => {
    const [, , last] = dialogue('公务接待费多少', '占三公多少', '去年占多少');
    expect(last!.kind).toBe('share');
    expect(text(last!)).toContain('100.00%');
  });
});

describe('checking a figure, breakdowns asked with shares, clauses after a miss', () => {
  // 表六 公用经费 总计 2,849,834.10; 表七 公务接待费 22,320.24
  it('是不是 X: the figure given is checked against the document', () => {
    const a = ask('想确认一个数：表六里的公用经费合计是不是2849834.10？');
    expect(has(a, '2849834.1')).toBe(true);
    expect(a.lines[0]).toContain('与文件一致');
    expect(ask('公务接待费是不是2.3万').lines[0]).toContain('不一致');
  });

  // 表七: 出国 0, 接待 22,320.24 (47.17%), 公车 25,000.00 (52.83%) of 47,320.24
  it('构成 with 占比 is the breakdown, each part with its share', () => {
    const a = ask('在做PPT，需要三公经费的构成，每一项多少钱，占比多少，谢谢啦');
    expect(a.kind).toBe('breakdown');
    expect(text(a)).toContain('47.17%');
    expect(text(a)).toContain('52.83%');
  });

  it('a clause that asks after one that only tells: 办公费 364,800.00; an unknown attribute stays unanswered', () => {
    expect(has(ask('有人问我们的办公费和印刷费是不是一起算的，办公费多少？'), '364800')).toBe(true);
    expect(ask('那辆公车是什么牌子的，排量多大').figures).toHaveLength(0);
  });
});

describe('amounts said roughly, names glued, counts of the things named', () => {
  // 表九: 机要信息中心运维费 22,175,821.60 is the only line in [2000万, 3000万); 软件正版化 15,619,343.00 the only in [1500万, 1600万)
  it('两千多万 / 一千五百多万 / 2000多万 are ranges up to the next step of the last digit', () => {
    for (const q of ['两千多万的那个项目是什么', '2000多万的项目']) {
      const a = ask(q);
      expect(a.kind, q).toBe('ranking');
      expect(has(a, '22175821.6'), q).toBe(true);
      expect(has(a, '15619343'), q).toBe(false);
    }
    const b = ask('一千五百多万的项目');
    expect(has(b, '15619343')).toBe(true);
    expect(has(b, '22175821.6')).toBe(false);
  });

  it('绩效工资 (not in the data) is not 绩效 + 工资福利支出; 水费电费 is a list of two', () => {
    const a = ask('基本工资和绩效工资哪个多');
    expect(a.figures).toHaveLength(0);
    // 表九 水费 45,600.00 + 电费 307,800.00
    const b = ask('水费电费各多少');
    expect(has(b, '45600')).toBe(true);
    expect(has(b, '307800')).toBe(true);
  });

  // 表九: 22,175,821.60 + 15,619,343.00 + 1,684,750.00 = 39,479,914.60
  it('三个加起来 after three names: their sum', () => {
    expect(has(ask('机要运维、软件正版化、智能机要文件交换箱三个加起来'), '39479914.6')).toBe(true);
  });

  it('这个科目 after 功能科目是什么 is the functional code: 2010399 10,496,750.00', () => {
    const [, , a] = dialogue('政府办工作经费多少', '功能科目是什么', '这个科目一共多少');
    expect(has(a!, '10496750')).toBe(true);
  });
});

describe('English questions through the same reading', () => {
  it('confidential information center maintenance is 机要信息中心运维费 22,175,821.60, not 维修（护）费', () => {
    const a = ask('How much is allocated to the confidential information center maintenance?');
    expect(has(a, '22175821.6')).toBe(true);
    expect(has(a, '22800')).toBe(false);
  });

  // 表三: 206 科学技术支出 76,411,771.98 is the largest class
  it('functional category ranks the classes; going abroad is 因公出国 0; in 10k yuan is 万元', () => {
    const rank = ask('Which functional category has the most money?');
    expect(rank.lines.find((x) => /^1\./.test(x))).toContain('206');
    expect(has(ask('Is there any budget for going abroad?'), '0', '元')).toBe(true);
    expect(ask('What is the basic expenditure in 10k yuan?').lines[0]).toContain('以万元计');
  });

  // 表六: 人员经费 34,686,368.80 − 公用经费 2,849,834.10 = 31,836,534.70; L24 实际116人
  it('vs compares; total beside another name is wording; how many people is the headcount', () => {
    expect(has(ask('How much is personnel expenditure vs public expenditure?'), '31836534.7')).toBe(true);
    const p = ask('Total government procurement budget?');
    expect(has(p, '25069065.8')).toBe(true);
    expect(has(p, '124945150.26')).toBe(false);
    expect(has(ask('How many people work in the office?'), '116', '人')).toBe(true);
  });
});

describe('long messages: context, recollections and names the data lacks', () => {
  // 表九 机要信息中心以前年度尾款 11,988,577.66
  it('尾款 after 机要信息中心 was named is that centre’s 尾款', () => {
    const a = ask(
      '打扰一下，刚开完会，领导问起机要信息中心那块，说以前年度还有一笔尾款，想知道尾款是多少钱，麻烦帮查下',
    );
    expect(has(a, '11988577.66')).toBe(true);
  });

  // 表三/L40: 基本支出 2020 37,536,202.94, 2019 42,033,330.36 → −4,497,127.42 (−10.70%)
  it('an amount the writer recalls (4200多万) is no amount asked about', () => {
    const a = ask(
      '我记得去年基本支出是4200多万，今年好像少了不少，能帮我算一下具体减少了多少，减少的百分比是多少吗？谢谢！',
    );
    expect(a.kind).toBe('change');
    expect(has(a, '4497127.42') || has(a, '-4497127.42')).toBe(true);
  });

  it('这个类下面的行政运行 is 行政运行 within 201: 25,807,805.04 alone', () => {
    const a = ask(
      '老师您好，我是刚来实习的，看不太懂表三，能不能告诉我一般公共服务支出这个类下面的行政运行是多少钱？',
    );
    expect(has(a, '25807805.04')).toBe(true);
    expect(has(a, '36804980.38')).toBe(false);
  });

  // 表九 办公费 364,800.00; 印刷费 and 咨询费 are no lines of the document
  it('each of a list: the ones found answered, the ones lacking named; never a partial sum', () => {
    const a = ask('hello，想问下办公费、印刷费、咨询费这几个今年各安排了多少？我要对一下单位内部的台账');
    expect(has(a, '364800')).toBe(true);
    expect(a.lines[0]).toContain('印刷费');
    expect(ask('办公费和印刷费加起来多少').figures).toHaveLength(0);
  });

  it('表十二 lists its projects with their owners', () => {
    const t = text(ask('请教：表十二里有几个项目？每个项目的负责人分别是谁？'));
    for (const who of ['祝文婷', '董立', '荣昊岩']) expect(t).toContain(who);
  });
});

describe('the narrative’s own wholes and counts', () => {
  // L77: 8,322.36 万元 "占项目支出8691.03万元的95.8%"; 表三 项目支出 87,408,947.32 → 83,223,600 ÷ 87,408,947.32 = 95.21%
  it('绩效目标覆盖率 is a share of 项目支出 (95.21% from the tables, 95.8% as written)', () => {
    const t = text(ask('绩效目标覆盖率'));
    expect(t).toContain('95.21%');
    expect(t).toContain('95.8');
    expect(t).not.toContain('66.61%');
  });

  it('部门主要职责有多少条: the ten the narrative lists (lines 6–18)', () => {
    expect(text(ask('部门主要职责有多少条'))).toContain('共 10 项');
  });
});

describe('the budget asked with nothing else', () => {
  it('今年预算多少万 (no subject, nothing before) is the whole budget: 12,494.52 万元', () => {
    const a = ask('今年预算多少万');
    expect(has(a, '124945150.26') || has(a, '12494.52', '万元')).toBe(true);
  });
});

describe('follow-ups that name one more thing', () => {
  // 表九: 机要信息中心运维费 22,175,821.60 − 软件正版化 15,619,343.00 = 6,556,478.60
  it('和软件正版化比呢 after 机要运维 compares the two; 加上…呢 sums them', () => {
    const [, cmp] = dialogue('机要运维多少', '和软件正版化比呢');
    expect(has(cmp!, '6556478.6') || has(cmp!, '-6556478.6')).toBe(true);
    const [, sum] = dialogue('机要运维多少', '加上软件正版化呢');
    expect(has(sum!, '37795164.6')).toBe(true);
  });

  // 表九: 差旅费 129,960.00, 会议费 34,200.00, 培训费 116,280.00
  it('这三个哪个最多 after three turns is among them: 差旅费', () => {
    const [, , , top] = dialogue('差旅费多少', '会议费呢', '培训费呢', '这三个哪个最多');
    expect(top!.title).toContain('差旅费');
    expect(has(top!, '22175821.6')).toBe(false);
  });

  it('第二大的负责人 after a ranking asks the owner of the second (软件正版化 has no 绩效 form)', () => {
    const [, , owner] = dialogue('项目支出', '最大的', '第二大的负责人');
    expect(owner!.title).toContain('软件正版化');
    expect(owner!.figures).toHaveLength(0);
  });
});

describe('classifications ranked and wholes by their table', () => {
  // 表九 by economic class: 302 64,152,407.66 is the largest
  it('经济分类哪个类最多 ranks economic classes: 302 first', () => {
    const a = ask('经济分类哪个类最多');
    expect(a.lines.find((x) => /^1\./.test(x))).toContain('302');
  });

  // 表三 项级: 2101199 其他行政事业单位医疗支出 90,000.00 is the smallest
  it('功能分类中金额最小的项 ranks 项 codes: 2101199 first', () => {
    expect(ask('功能分类中金额最小的项').lines.find((x) => /^1\./.test(x))).toContain('2101199');
  });

  // 表三 206 76,411,771.98 ÷ 表五 合计 124,945,150.26 = 61.16%; 表七 22,320.24 ÷ 47,320.24 = 47.17%
  it('占一般公共预算支出 is of 表五’s total, not 201; 几成 is a share', () => {
    const t = text(ask('科学技术支出占一般公共预算支出的比例'));
    expect(t).toContain('61.16%');
    expect(text(ask('公务接待费占三公的几成'))).toContain('47.17%');
  });

  // 表九 30102 津贴补贴 lines: 13,215,900.00 + 507,480.00 + … = 15,585,444.00
  it('津贴补贴 (lines of one name under one code) is the code’s sum', () => {
    expect(has(ask('津贴补贴多少'), '15585444')).toBe(true);
  });
});

describe('a classification asked of one line', () => {
  it('机要运维的经济分类 is its code (30213), not a breakdown of all spending', () => {
    const a = ask('机要运维的经济分类');
    expect(a.kind).toBe('code');
    expect(text(a)).toContain('30213');
  });
});

describe('shares after a comparison', () => {
  // 表三: 基本支出 37,536,202.94 (30.04%) and 项目支出 87,408,947.32 (69.96%) of 124,945,150.26
  it('占比各多少 after 两者差多少 gives each one’s share', () => {
    const [, , , share] = dialogue('基本支出多少', '那项目支出呢', '两者差多少', '占比各多少');
    expect(text(share!)).toContain('30.04%');
    expect(text(share!)).toContain('69.96%');
  });
});

describe('the largest of a list, asked its share', () => {
  // 表三: 2010301 行政运行 25,807,805.04 ÷ 20103 36,804,980.38 = 70.12%
  it('最大的那个占多少 after 具体是哪几项: 行政运行, 70.12% of its 款', () => {
    const [, , a] = dialogue('一般公共服务支出', '具体是哪几项', '最大的那个占多少');
    expect(a!.kind).toBe('share');
    expect(text(a!)).toContain('70.12%');
  });
});

describe('wholes and sums across turns', () => {
  // 表九 22,175,821.60 ÷ 表三 合计 124,945,150.26 = 17.75%
  it('占全部预算 is of the whole budget, not of 项目支出', () => {
    expect(text(ask('机要运维占全部预算比例'))).toContain('17.75%');
  });

  // 表七: 公务接待费 22,320.24 (47.17%) and 公车 25,000.00 (52.83%) of 三公 47,320.24
  it('a share of a part of the thing before is of that thing: 接待费占多少 after 三公', () => {
    const [, rec, car] = dialogue('三公一共多少', '接待费占多少', '那公车呢');
    expect(text(rec!)).toContain('47.17%');
    expect(text(car!)).toContain('52.83%');
  });

  // 表三 2020 基本 37,536,202.94 + 项目 87,408,947.32 = 124,945,150.26; 2019 (L40, L44) 42,033,330.36 +
  // 77,533,327.03 = 119,566,657.39; change 5,378,492.87
  it('两个加起来 → 比去年多了多少: the change of their sum', () => {
    const [, , , change] = dialogue('基本支出多少', '那项目支出呢', '两个加起来', '比去年多了多少');
    expect(has(change!, '5378492.87')).toBe(true);
  });

  it('第三季度 is no third place; a project named after chatter is still the project', () => {
    expect(ask('今年第三季度实际支出了多少').figures).toHaveLength(0);
    const a = ask('明天要去区里开会，可能会被问到绩效管理项目。这个项目今年预算多少，负责人是谁，我先备着');
    expect(has(a, '1610000')).toBe(true);
  });
});

describe('ordinals that are part of a name', () => {
  it('第二小学 is no "second smallest"; 第二大 still is', async () => {
    const { read } = await import('../../src/core/understand/read.js');
    const nth = (q: string) => read(q, null).numbers.filter((n) => n.kind === 'nth');
    expect(nth('德胜第二小学办公楼改造多少钱')).toHaveLength(0);
    expect(nth('第二大的项目')).toHaveLength(1);
  });
});
