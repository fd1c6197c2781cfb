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
