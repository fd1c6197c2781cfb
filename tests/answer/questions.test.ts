/**
 * Questions as staff type them, each with the figures it must answer with. Every expected figure was
 * read off the source document (data/bjsxcqrmzfbgs-2020/source.txt) or added up by hand from it;
 * none comes from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerKind } from '../../src/core/answer/types.js';
import { realEngine } from '../helpers/engine.js';

interface Case {
  q: string;
  kind: AnswerKind | AnswerKind[];
  /** Decimal values that must be among the answer's figures */
  figures?: string[];
  /** Tables that must be among the answer's sources */
  tables?: number[];
  /** Text the answer must contain (title + lines) */
  text?: (string | RegExp)[];
  /** The answer must state no figure at all */
  noFigures?: boolean;
}

const CASES: Case[] = [
  // ---- a line item or subject by name, abbreviation, alias, typo, pinyin
  { q: '公务接待费多少？', kind: 'sangong', figures: ['22320.24', '26268.00'], tables: [7, 9] },
  { q: '公务接待费是多少', kind: 'sangong', figures: ['22320.24'], tables: [7] },
  { q: '接待费', kind: 'sangong', figures: ['22320.24'] },
  { q: '招待费多少', kind: 'sangong', figures: ['22320.24'] },
  { q: '公务接代费', kind: 'sangong', figures: ['22320.24'] },
  { q: 'gwjdf', kind: 'sangong', figures: ['22320.24'] },
  { q: 'gongwujiedaifei', kind: 'sangong', figures: ['22320.24'] },
  {
    q: 'How much is the official reception budget?',
    kind: 'sangong',
    figures: ['22320.24'],
    text: [/In English/],
  },
  { q: '机要运维那个项目多少钱', kind: 'amount', figures: ['22175821.60'], tables: [9] },
  { q: '机要信息中心运维费', kind: 'amount', figures: ['22175821.60'] },
  { q: 'jyyw', kind: 'amount', figures: ['22175821.60'] },
  { q: '软件正版化', kind: 'amount', figures: ['15619343.00'] },
  { q: '软件正版化采购多少钱', kind: 'amount', figures: ['15619343.00'] },
  { q: '预留机动费', kind: 'amount', figures: ['498647.34'] },
  { q: '区领导慰问经费', kind: 'amount', figures: ['2000000.00'] },
  { q: '慰问经费多少', kind: 'amount', figures: ['2000000.00'] },
  { q: '讯飞听见', kind: 'amount', figures: ['298000.00'] },
  { q: '智能机要文件交换箱', kind: 'amount', figures: ['1684750.00'] },
  { q: '通讯指挥中心运维费', kind: 'amount', figures: ['1784000.00'] },
  { q: '政府办工作经费', kind: 'amount', figures: ['2300000.00'] },
  { q: '移动视频会议系统扩建', kind: 'amount', figures: ['3755505.20'] },
  { q: '云平台', kind: 'amount', figures: ['1398600.00'] },
  { q: '2018年无线网络租赁费', kind: 'amount', figures: ['5210515.10'] },
  { q: '2019年无线网络租赁费', kind: 'amount', figures: ['5750000.00'] },
  { q: '养老保险', kind: ['amount', 'code'], figures: ['2740494.40'] },
  { q: '职业年金', kind: ['amount', 'code'], figures: ['1370247.20'] },
  { q: '公积金多少', kind: ['amount', 'code'], figures: ['2602570.80'] },
  { q: '购房补贴', kind: ['amount', 'code'], figures: ['1862064.00'] },
  { q: '离休费', kind: ['amount', 'code'], figures: ['183659.80'] },
  { q: '退休费', kind: ['amount', 'code'], figures: ['441330.00'] },
  { q: '水费', kind: ['amount', 'code'], figures: ['45600.00'] },
  { q: '电费多少', kind: ['amount', 'code'], figures: ['307800.00'] },
  { q: '差旅费', kind: ['amount', 'code'], figures: ['129960.00'] },
  { q: '会议费', kind: ['amount', 'code'], figures: ['34200.00'] },
  { q: '培训费', kind: ['amount', 'code'], figures: ['116280.00'] },
  { q: '工会经费', kind: ['amount', 'code'], figures: ['361678.80'] },
  { q: '福利费', kind: ['amount', 'code'], figures: ['385776.00'] },
  { q: '办公费', kind: ['amount', 'code'], figures: ['364800.00'] },
  { q: '邮电费', kind: ['amount', 'code'], figures: ['115000.00'] },
  { q: '公车运维', kind: 'sangong', figures: ['25000.00'], tables: [7] },
  { q: '公务用车运行维护费', kind: 'sangong', figures: ['25000.00'] },
  { q: '800M', kind: 'amount', figures: ['300000.00'] },
  { q: '绩效管理项目多少钱', kind: 'amount', figures: ['1610000.00'] },
  // ---- everyday names for classification codes
  { q: '社保', kind: 'code', figures: ['4830831.40'], text: ['208 社会保障和就业支出'] },
  { q: '医疗', kind: 'code', figures: ['2316651.70'] },
  // 301: thirteen 表九 items, 32,082,399.00 added by hand
  { q: '人员工资', kind: 'code', figures: ['32082399.00'] },
  { q: '工资多少', kind: 'code', figures: ['32082399.00'] },
  { q: '离退休经费', kind: 'code', figures: ['4830831.40'] },
  // ---- ambiguous names: every match with its amount and source
  { q: '无线网络租赁费', kind: 'ambiguous', figures: ['5750000.00', '5210515.10'], tables: [9] },
  { q: '以前年度尾款', kind: 'ambiguous', figures: ['954000.00', '492910.75', '11988577.66', '3128281.07'] },
  // ---- classification codes
  { q: '30217 是什么', kind: 'code', figures: ['22320.24'], text: ['公务接待费', '302 商品和服务支出'] },
  { q: '30217', kind: 'code', figures: ['22320.24'], tables: [6, 9] },
  { q: '50206', kind: 'code', figures: ['22320.24'], text: ['政府预算支出经济分类'] },
  { q: '2010301', kind: 'code', figures: ['25807805.04'], text: ['行政运行'], tables: [3] },
  { q: '2010301是多少', kind: 'code', figures: ['25807805.04'] },
  { q: '201', kind: 'code', figures: ['36804980.38'], text: ['一般公共服务支出'] },
  { q: '206 科学技术支出', kind: 'code', figures: ['76411771.98'] },
  { q: '20699', kind: 'code', figures: ['76411771.98'] },
  { q: '2069999', kind: 'code', figures: ['76411771.98'] },
  // 30213: 22,800 + 5,750,000 + 1,784,000 + 22,175,821.60 + 350,000 + 375,000
  { q: '30213 维修（护）费', kind: 'code', figures: ['30457621.60'] },
  // 30299: thirteen 表九 items, added by hand
  { q: '30299是多少', kind: 'code', figures: ['30807171.02'] },
  // 31099: nine capital items
  { q: '31099', kind: 'code', figures: ['25740815.80'] },
  { q: '9999999', kind: 'not_found', noFigures: true },
  // 30212 is not listed in the document; it is the standard code of 因公出国（境）费, stated as 0 (lines 53–54)
  { q: '30212', kind: 'sangong', figures: ['0'], text: ['未单列'] },
  // ---- totals
  { q: '收入多少', kind: 'total', figures: ['124945150.26'], tables: [1] },
  { q: '总收入', kind: 'total', figures: ['124945150.26'] },
  { q: '支出合计', kind: 'total', figures: ['124945150.26'], tables: [3] },
  { q: '总预算多少', kind: 'total', figures: ['124945150.26'] },
  { q: '基本支出', kind: 'total', figures: ['37536202.94', '42033330.36'] },
  { q: '项目支出多少', kind: 'total', figures: ['87408947.32', '77533327.03'] },
  { q: '人员经费', kind: 'total', figures: ['34686368.8'], tables: [6] },
  { q: '公用经费', kind: 'total', figures: ['2849834.1'], tables: [6] },
  { q: '财政拨款', kind: 'total', figures: ['124945150.26'], tables: [4] },
  { q: 'total income', kind: 'total', figures: ['124945150.26'] },
  { q: '上年结转', kind: 'amount', noFigures: true, text: ['空白'] },
  { q: '事业收入', kind: 'amount', noFigures: true, text: ['空白'] },
  { q: '政府性基金', kind: 'fact', noFigures: true, text: ['表八', '空表'] },
  // ---- change against last year, with the reason
  {
    q: '三公比去年涨了多少',
    kind: 'change',
    figures: ['47320.24', '26268.00', '21052.24'],
    text: ['+80.14%'],
  },
  { q: '三公经费比去年增加了多少', kind: 'change', figures: ['21052.24'], tables: [7] },
  { q: '公务接待费比去年', kind: 'change', figures: ['-3947.76'], text: ['-15.03%', '在职人员减少'] },
  {
    q: '收入比去年增加多少',
    kind: 'change',
    figures: ['5378492.87', '119566657.39'],
    text: ['工作需要项目预算资金有所增加'],
  },
  {
    q: '基本支出为什么减少',
    kind: 'change',
    figures: ['-4497127.42'],
    text: ['2020年人员减少、公务经费减少等'],
  },
  { q: '项目支出比去年变化', kind: 'change', figures: ['9875620.29'], text: ['工作内容调整所致'] },
  { q: '机构运行经费比去年', kind: 'change', figures: ['-506742.82', '2858075.92'], text: ['-17.73%'] },
  { q: '支出比上年增长多少', kind: 'change', figures: ['5378492.87'] },
  { q: '公车比去年', kind: 'change', figures: ['25000.00', '0'], text: ['上年为 0'] },
  { q: '去年公务接待费多少', kind: 'sangong', figures: ['26268.00'] },
  { q: '2019年三公经费', kind: 'sangong', figures: ['26268.00'] },
  { q: '软件正版化比去年', kind: 'change', text: ['没有公布'] },
  // ---- 三公
  { q: '三公经费多少', kind: 'sangong', figures: ['47320.24', '22320.24', '25000.00'], tables: [7] },
  { q: '三公', kind: 'sangong', figures: ['47320.24'] },
  { q: 'sgjf', kind: 'sangong', figures: ['47320.24'] },
  { q: '因公出国费', kind: 'sangong', figures: ['0'], text: ['与上年持平'] },
  { q: '公务用车', kind: 'sangong', figures: ['25000.00', '1'], text: ['科协的一辆科普大篷车'] },
  { q: '有几辆公务用车', kind: 'fact', figures: ['1'] },
  { q: 'three public expenses', kind: 'sangong', figures: ['47320.24'] },
  { q: '三公经费构成', kind: 'breakdown', figures: ['22320.24', '25000.00', '47320.24'] },
  // ---- breakdowns, shares, rankings
  {
    q: '按功能分类的支出构成',
    kind: 'breakdown',
    figures: ['36804980.38', '116280.00', '76411771.98', '4830831.40', '2316651.70', '4464634.80'],
    tables: [3],
  },
  { q: '支出结构', kind: 'breakdown', figures: ['76411771.98', '124945150.26'] },
  // 302: 64,152,407.66; 301: 32,082,399.00; 310: 25,742,593.80; 303: 1,569,149.80; 309: 1,398,600.00
  {
    q: '按经济分类',
    kind: 'breakdown',
    figures: ['64152407.66', '32082399.00', '25742593.80', '1569149.80', '1398600.00'],
  },
  { q: '基本支出和项目支出各多少', kind: 'breakdown', figures: ['37536202.94', '87408947.32'] },
  { q: '人员经费和公用经费各多少', kind: 'breakdown', figures: ['34686368.8', '2849834.1'] },
  { q: '收入来源构成', kind: 'breakdown', figures: ['124945150.26'], text: ['一般公共预算拨款收入'] },
  // 基本支出 by class: 301 32,082,399.00 + 302 3,884,654.14 + 303 1,569,149.80 = 37,536,202.94
  {
    q: '基本支出按经济分类',
    kind: 'breakdown',
    figures: ['32082399.00', '3884654.14', '1569149.80', '37536202.94'],
  },
  { q: '科学技术支出的构成', kind: 'breakdown', figures: ['76411771.98'], text: ['20699'] },
  // 76,411,771.98 ÷ 124,945,150.26 = 61.156…%
  { q: '科学技术支出占多少', kind: 'share', text: ['61.16%'] },
  // 22,320.24 ÷ 47,320.24 = 47.169…%
  { q: '公务接待费占三公经费的比例', kind: 'share', text: ['47.17%'] },
  { q: '最大的几个项目', kind: 'ranking', figures: ['22175821.60', '15619343.00', '11988577.66'] },
  { q: '最大的项目是哪个', kind: 'ranking', figures: ['22175821.60'] },
  { q: '前3大支出明细', kind: 'ranking', figures: ['22175821.60', '15619343.00', '13215900.00'] },
  { q: '最小的几项支出', kind: 'ranking', figures: ['1778.00', '3960.00', '22320.24'] },
  { q: 'what are the largest items', kind: 'ranking', figures: ['22175821.60'] },
  // 30299 30,807,171.02 and 30213 30,457,621.60, each summed by hand from 表九
  {
    q: '金额最大的5个经济分类科目',
    kind: 'ranking',
    figures: ['30807171.02', '30457621.60'],
    text: ['部门经济分类'],
  },
  { q: "what's the biggest project", kind: 'ranking', figures: ['22175821.60'], text: ['项目支出'] },
  // ---- glossary, codes, tables
  {
    q: '什么是机构运行经费',
    kind: 'glossary',
    figures: ['2351333.1'],
    text: ['行政运行经费是指各部门的公用经费'],
  },
  {
    q: '什么是三公经费',
    kind: 'glossary',
    figures: ['47320.24'],
    text: ['三公经费是指单位通过财政拨款资金安排'],
  },
  { q: '三公经费是什么意思', kind: 'glossary', text: ['因公出国（境）费、公务用车购置及运行费和公务接待费'] },
  { q: '什么是基本支出', kind: 'glossary', figures: ['37536202.94'], text: ['通用解释'] },
  { q: '表六是什么', kind: 'table', figures: ['37536202.9'], text: ['一般公共预算基本支出情况表'] },
  { q: '表八', kind: 'table', text: ['空表'] },
  { q: '表十二是什么', kind: 'table', text: ['项目负责人'] },
  { q: '三公在哪个表', kind: 'table', text: ['表七'] },
  { q: '公务接待费出处', kind: 'table', text: ['表七', '表九'] },
  // ---- facts: staffing, structure, assets, procurement, performance, responsibilities
  { q: '有多少编制', kind: 'fact', figures: ['74', '25', '17', '116'] },
  { q: '多少人', kind: 'fact', figures: ['116'] },
  { q: '离退休人员多少', kind: 'fact', figures: ['92', '1', '91'] },
  { q: '临时工', kind: 'fact', figures: ['4'] },
  { q: '内设几个科室', kind: 'fact', figures: ['13', '2'] },
  { q: '固定资产', kind: 'fact', figures: ['15753.22', '182.83', '13870', '1721.9'] },
  { q: '政府采购', kind: 'fact', figures: ['25069065.8', '8'] },
  { q: '政府购买服务', kind: 'fact', figures: ['0'] },
  { q: '绩效评价得分', kind: 'fact', figures: ['86.03'], text: ['良好'] },
  { q: '谁负责绩效管理项目', kind: 'fact', text: ['祝文婷', '88064058'] },
  { q: '通讯指挥中心运维费的负责人', kind: 'fact', text: ['荣昊岩', '88064285'] },
  { q: '服务联络办工作经费谁负责', kind: 'fact', text: ['董立', '88064715'] },
  { q: '通讯指挥中心运维费的绩效指标', kind: 'amount', figures: ['178.4'], text: ['保障日常会议设备'] },
  { q: '部门主要职责', kind: 'fact', text: ['协助区政府领导组织起草'] },
  { q: '国有资本经营预算', kind: 'fact', text: ['无国有资本经营预算'] },
  // 表九 项目支出 items: 2010302 (2) + 2010399 (8) + 2069999 (17) = 27
  { q: '有几个项目', kind: 'fact', figures: ['27'] },
  { q: '部门负责人是谁', kind: 'fact', text: ['桑硼飞', '88064905'] },
  // Both vehicle counts the narrative states: 车辆5辆 among the fixed assets (L84), 实有公务用车1辆 (L58).
  { q: '有多少辆车', kind: 'fact', figures: ['5', '1'] },
  // ---- consistency, from the audit
  { q: '有没有不一致的地方', kind: 'audit', text: ['不一致 10', '37,536,202.94'] },
  { q: '表六加起来对吗', kind: 'audit', figures: ['37536202.94', '37536202.9'], tables: [6] },
  { q: '三公对得上吗', kind: 'audit', text: ['核对相符'] },
  { q: '表九合计对吗', kind: 'audit', text: ['表九'] },
  { q: 'does the budget add up?', kind: 'audit', text: ['不一致 10'] },
  // ---- out of scope, absurd, empty
  {
    q: '2021年公务接待费',
    kind: 'out_of_scope',
    noFigures: true,
    text: ['2021', '北京市西城区人民政府办公室 2020年'],
  },
  { q: '东城区教育委员会的三公经费', kind: 'out_of_scope', noFigures: true },
  { q: '海淀区的预算', kind: 'out_of_scope', noFigures: true },
  { q: '2025年的收入', kind: 'out_of_scope', noFigures: true },
  { q: '火星基地建设费', kind: 'not_found', noFigures: true },
  { q: '今天天气怎么样', kind: 'not_found', noFigures: true },
  { q: 'asdfghjkl', kind: 'not_found', noFigures: true },
  { q: '', kind: 'empty', noFigures: true },
  { q: '帮助', kind: 'help', noFigures: true },
  { q: '你好', kind: 'help', noFigures: true },
];

function text(a: Answer): string {
  return [a.title, ...a.lines].join('\n');
}

describe('answer engine on questions as staff type them', () => {
  const engine = realEngine();

  it('has at least 100 questions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES.map((c) => [c.q || '(empty)', c] as const))('%s', (_label, c) => {
    const a = engine.answer(c.q);
    expect([c.kind].flat(), `${c.q} → ${a.kind}: ${a.title}`).toContain(a.kind);
    for (const v of c.figures ?? []) {
      expect(
        a.figures.some((f) => f.value.equals(v)),
        `${c.q}: figure ${v} among ${a.figures.map((f) => f.value.toString()).join(', ')}`,
      ).toBe(true);
    }
    const tables = new Set(
      a.sources.filter((s) => s.kind === 'table').map((s) => (s.kind === 'table' ? s.table : 0)),
    );
    for (const t of c.tables ?? []) expect(tables, `${c.q}: source 表${t}`).toContain(t);
    for (const t of c.text ?? []) expect(text(a)).toMatch(t);
    if (c.noFigures) expect(a.figures).toEqual([]);
    // Every answer names its dataset(s).
    expect(a.datasets.length).toBeGreaterThan(0);
  });
});

describe('every figure in those answers traces to the knowledge base', () => {
  it.each(CASES.map((c) => [c.q || '(empty)', c.q] as const))('%s', async (_l, q) => {
    const { untraced } = await import('../helpers/trace.js');
    const engine = realEngine();
    const a = engine.answer(q);
    for (const f of a.figures)
      expect(
        untraced(
          f,
          engine.loaded.map((l) => l.ds),
        ),
      ).toBeNull();
  });
});
