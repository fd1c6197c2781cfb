/**
 * Questions new staff wrote that the bot answered with a list instead of what was asked: two clauses
 * that each ask their own kind of question of their own subjects.
 * Expected figures are read off data/bjsxcqrmzfbgs-2020/source.txt (line numbers below); differences and
 * rates worked by hand.
 */
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
