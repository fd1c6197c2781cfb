/**
 * Follow-ups that name a table, a form or a few of the lines just shown, and questions the document
 * cannot answer whatever their subject (a unit nothing is counted in, a past year's head). Expected
 * figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); sums worked by hand with
 * decimal.js.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { grouped, sum } from '../helpers/arithmetic.js';
import { ask, dialogue, text } from '../helpers/asking.js';

describe('a table named in a follow-up is where the same thing is read', () => {
  it('30213是啥 → 表六基本支出里多少 → 表九里全部加起来呢: 22,800.00 (表六 L1230), then all six 表九 lines', () => {
    const [, six, nine] = dialogue('30213是啥', '表六基本支出里多少', '表九里全部加起来呢（含项目）');
    expect(text(six!)).toMatch(/22,800\.00 元/);
    expect(text(six!)).not.toMatch(/37,536,202\.94/);
    // 表九's 30213 lines: 22,800.00 + 5,750,000.00 + 1,784,000.00 + 22,175,821.60 + 350,000.00 + 375,000.00
    const all = sum('22800.00', '5750000.00', '1784000.00', '22175821.60', '350000.00', '375000.00');
    expect(all).toBe('30457621.60');
    expect(text(nine!)).toContain(grouped(all));
    expect(text(nine!)).not.toMatch(/124,945,150\.26/);
  });

  it('通讯指挥中心运维费表九多少 → 绩效表里写的多少万: the form’s 年度资金总额 178.4万元 (L2906–2907), not the 绩效 narrative', () => {
    const [, form] = dialogue('通讯指挥中心运维费表九多少', '绩效表里写的多少万');
    expect(text(form!)).toMatch(/年度资金总额：178\.40 万元/);
    expect(text(form!)).not.toMatch(/8,322\.36|8,691\.03/);
  });

  it('…其中备品备件多少 → 专线光纤租费呢 → 三块加起来对得上总额吗: all three parts (L2935–2939), 126 + 2.4 + 50 = 178.4 万元', () => {
    const check = dialogue(
      '通讯指挥中心运维费表九多少',
      '绩效表里写的多少万',
      '其中备品备件多少',
      '专线光纤租费呢',
      '三块加起来对得上总额吗',
    ).at(-1)!;
    expect(new Decimal('126').plus('2.4').plus('50').toFixed(1)).toBe('178.4');
    expect(text(check)).toMatch(/运行维护项目：126\.00 万元/);
    expect(text(check)).toMatch(/合计：178\.40 万元/);
    expect(text(check)).toMatch(/一致/);
  });

  it('30112其他社会保障缴费表六一共多少 → 表九对得上吗: 表九’s three lines against 表六’s rows (L1147–1357), 2,487,932.60 both', () => {
    const [six, nine, largest] = dialogue(
      '30112其他社会保障缴费表六一共多少',
      '表九对得上吗',
      '其中最大那行是什么功能科目',
    );
    const total = sum('171280.90', '2226651.70', '90000.00');
    expect(total).toBe('2487932.60');
    expect(text(six!)).toContain(grouped(total));
    expect(text(nine!)).toMatch(/表六（基本支出）30112 各行之和：2,487,932\.60 元/);
    expect(text(nine!)).toMatch(/一致/);
    expect(text(nine!)).not.toMatch(/核对 \d+ 条规则/);
    // The largest of the three, 2,226,651.70, is 2101101 行政单位医疗.
    expect(text(largest!)).toMatch(/2101101 行政单位医疗/);
    expect(text(largest!)).not.toMatch(/机要信息中心/);
  });
});

describe('a few of the lines just shown, picked by a word', () => {
  it('30399合计 → 其中在职的那笔 → 离退休的两笔加起来: 3,960.00 + 35,520.00 (L1319, L1335), the 2080501 lines', () => {
    const last = dialogue('30399其他对个人和家庭的补助合计多少', '其中在职的那笔', '离退休的两笔加起来').at(
      -1,
    )!;
    expect(sum('3960.00', '35520.00')).toBe('39480.00');
    expect(text(last)).toMatch(/39,480\.00 元/);
    expect(text(last)).not.toMatch(/92 人/);
  });
});

describe('English follow-ups and words', () => {
  it('退休费 → "plus 离休费, total?": 441,330.00 + 183,659.80 (L1327, L1311)', () => {
    const last = dialogue(
      'How many retired staff are there?',
      'and the 退休费 budget?',
      'plus 离休费, total?',
    ).at(-1)!;
    expect(sum('441330.00', '183659.80')).toBe('624989.80');
    expect(text(last)).toMatch(/624,989\.80 元/);
  });

  it('"any budget to buy vehicles in 2020?": 公务用车购置费 0 元 (L58), not the 5 vehicles of the fixed assets', () => {
    const a = ask('any budget to buy vehicles in 2020?');
    expect(a.title).toMatch(/公务用车购置费/);
    expect(text(a)).toMatch(/公务用车购置费：0\.00 元/);
  });

  it('"how much for science & tech (function class 206)?": 76,411,771.98 (表三), not 主要职责', () => {
    const a = ask('how much for science & tech (function class 206)?');
    expect(a.title).toMatch(/^206 科学技术支出/);
    expect(text(a)).not.toMatch(/主要职责/);
  });

  it('"gong hui jing fei 多少": pinyin syllables spaced out inside Chinese are one name, 30228 工会经费 361,678.80 (L1263)', () => {
    expect(text(ask('gong hui jing fei 多少'))).toMatch(/361,678\.80 元/);
  });

  it('"What is 区科协\'s budget?": an English possessive after a Chinese name is 的 — the sub-unit has no figure of its own', () => {
    const a = ask("What's the 区科协's own standalone budget total?");
    expect(a.figures).toHaveLength(0);
    expect(text(a)).not.toMatch(/124,945,150\.26/);
  });
});

describe('counting the functional classes', () => {
  it('支出功能分类一共几个类 → 分别是哪几个 → 最少的是哪个: 6 classes of 表三, the smallest 205 教育支出 116,280.00 (L318)', () => {
    const [count, which, least] = dialogue('支出功能分类一共几个类', '分别是哪几个', '最少的是哪个，多少钱');
    expect(text(count!)).toMatch(/共有 6 个类级科目/);
    expect(count!.figures.some((f) => f.unit === '个' && f.value.equals(6))).toBe(true);
    for (const name of [
      '一般公共服务支出',
      '教育支出',
      '科学技术支出',
      '社会保障和就业支出',
      '卫生健康支出',
      '住房保障支出',
    ])
      expect(text(which!)).toContain(name);
    expect(text(least!)).toMatch(/116,280\.00 元/);
    expect(text(least!)).not.toMatch(/1,778\.00/);
  });
});

describe('what the document cannot answer is said so, never answered with the subject’s amount', () => {
  it('扶贫挂职干部专项经费 → 帮扶了多少户: no figure is counted in 户', () => {
    const last = dialogue('服务联络办扶贫挂职干部专项经费', '帮扶了多少户').at(-1)!;
    expect(last.kind).toBe('not_found');
    expect(last.figures).toHaveLength(0);
    expect(text(last)).toMatch(/户/);
  });

  it('机关面积多大: no area is stated', () => {
    const a = ask('机关面积多大');
    expect(a.figures).toHaveLength(0);
  });

  it('who was the 部门负责人 in 2019? / 去年部门负责人是谁: the document names the 2020 head only (桑硼飞, L2330)', () => {
    for (const q of ['who was the 部门负责人 in 2019?', '去年部门负责人是谁']) {
      const a = ask(q);
      expect(a.kind).toBe('not_found');
      expect(text(a)).not.toMatch(/桑硼飞/);
    }
    expect(text(ask('部门负责人是谁'))).toMatch(/桑硼飞/);
  });

  it('三公 → 车的占比: 25,000.00 ÷ 47,320.24 = 52.83% of 三公 (L1413–1419), not 三公 of all spending', () => {
    const last = dialogue('三公2020年多少', '车的占比').at(-1)!;
    expect(new Decimal('25000').div('47320.24').times(100).toFixed(2)).toBe('52.83');
    expect(text(last)).toMatch(/52\.83%/);
  });

  it('50499那个分类名叫啥: 其他资本性支出 (L1911)', () => {
    expect(ask('50499那个分类名叫啥').title).toMatch(/50499 其他资本性支出/);
  });
});
