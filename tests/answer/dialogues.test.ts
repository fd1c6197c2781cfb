/**
 * Follow-ups that lean on more than the turn before. Expected figures read off the source by hand:
 *   表三 2101199 其他行政事业单位医疗支出 90,000.00 (the other 项 under 210 beside 2101101 2,226,651.70)
 *   表九 日常公用支出（在职人员）_维修（护）费 22,800.00 (the one 30213 line of 基本支出)
 *   住房公积金 2,602,570.80 + 购房补贴 1,862,064.00 = 4,464,634.80; ÷ 支出合计 124,945,150.26 = 3.573…% → 3.57%
 *   L84 固定资产 "车辆5辆，182.83万元"
 *   表九 items over 1000万: 2020年机要信息中心运维费, 2020年西城区软件正版化采购项目, 机要信息中心以前年度尾款
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { Conversations, converse } from '../../src/core/conversation.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';

const engine = createEngine(loadKnowledgeBase(DATASET_DIR));
/** The last answer's text after asking the turns in one conversation. */
function dialogue(...turns: string[]): string {
  const c = new Conversations();
  let last = '';
  for (const t of turns) {
    const a = converse(engine, c, { user: 'u', channel: 'c' }, t);
    last = [a.title, ...a.lines].join('\n');
  }
  return last;
}

describe('follow-ups over several turns', () => {
  it('另外一项: the other code of the level under the code asked two turns before', () => {
    const t = dialogue('卫生健康支出多少', '行政单位医疗多少', '另外一项是什么，多少');
    expect(t).toContain('2101199');
    expect(t).toContain('90,000.00');
  });
  it('这个科目: the code of the turn before, within 基本支出', () => {
    expect(dialogue('30213是什么', '基本支出里这个科目多少')).toContain('22,800.00');
  });
  it('两个加起来占总支出多少: the sum of the two turns before as a share', () => {
    expect(dialogue('住房公积金多少', '购房补贴呢', '两个加起来占总支出多少')).toContain('3.57%');
  });
  it('车辆呢 after 固定资产: the fixed assets’ vehicles, not the 三公 car', () => {
    const t = dialogue('固定资产总额多少', '车辆呢');
    expect(t).toContain('5 辆');
    expect(t).toContain('182.83 万元');
  });
  it('具体是哪几项 after a count: the things counted', () => {
    const t = dialogue('超过1000万的项目有几个', '具体是哪几项');
    for (const name of [
      '2020年机要信息中心运维费',
      '2020年西城区软件正版化采购项目',
      '机要信息中心以前年度尾款',
    ])
      expect(t).toContain(name);
  });
});
