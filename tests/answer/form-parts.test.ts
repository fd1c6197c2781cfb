/**
 * The parts of a project's money that its 项目绩效 form states in its text (表十二 of the bundled
 * document). Expected figures are read off the source by hand:
 *   L2627  成本指标 "…尾款为69万，占项目预算30%…"            (西城区2020年政府绩效管理项目, 年度资金 1610000 元)
 *   L2935  "1、2020年西城区视频会议系统运行维护项目(126万元)"  (通讯指挥中心运维费, 年度资金 178.4万元)
 *   L2937  "2、视频调度会联通专线光纤租费(2.4万元)"
 *   L2939  "3、西城区视频会议系统备品备件(50万元)"
 * Shares by hand: 126 ÷ 178.4 = 70.627…% → 70.63%; 50 ÷ 178.4 = 28.026…% → 28.03%.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { formParts } from '../../src/core/kb/form-parts.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';
import { untraced } from '../helpers/trace.js';

const engine = createEngine(loadKnowledgeBase(DATASET_DIR));
const datasets = engine.loaded.map((l) => l.ds);
/** The answer, every figure of it traced to the source by the independent oracle. */
const ask = (q: string) => {
  const a = engine.answer(q);
  expect(
    a.figures.map((f) => untraced(f, datasets)).filter((r) => r !== null),
    q,
  ).toEqual([]);
  return a;
};
const text = (a: ReturnType<typeof ask>) => [a.title, ...a.lines].join('\n');

describe('form parts at import', () => {
  it('reads numbered sub-items and "X为N万" sentences, with their lines, leaving out the form total', () => {
    const lines = [
      '目标',
      ' 1、甲系统运维(126万元)',
      '说明文字',
      '2、乙专线租费（2.4万元）',
      '首笔款161万，尾款为69万，占30%',
    ];
    expect(formParts(lines, 1, 5, new Set(['161']))).toEqual([
      {
        label: '甲系统运维',
        value: '126',
        unit: '万元',
        published: '1、甲系统运维(126万元)',
        unitNote: null,
        line: 2,
      },
      {
        label: '乙专线租费',
        value: '2.4',
        unit: '万元',
        published: '2、乙专线租费（2.4万元）',
        unitNote: null,
        line: 4,
      },
      { label: '尾款', value: '69', unit: '万元', published: '尾款为69万', unitNote: null, line: 5 },
    ]);
  });
});

describe('answers about a project’s parts', () => {
  it('a part by its own name, in 万元, cited to its line', () => {
    const a = ask('视频会议系统运行维护那块多少万');
    expect(a.figures[0]!.value.toFixed(2)).toBe('126.00');
    expect(a.figures[0]!.unit).toBe('万元');
    expect(a.sources.some((s) => s.line === 2935)).toBe(true);
  });
  it('a bare-word part after its project (尾款), and the project alone stays the project', () => {
    expect(ask('绩效管理项目尾款多少万').figures[0]!.value.toFixed(2)).toBe('69.00');
    const whole = ask('绩效管理项目今年预算');
    expect(whole.figures[0]!.value.toFixed(2)).toBe('1610000.00');
  });
  it('a part’s share of its project by default and of a named whole', () => {
    expect(text(ask('备品备件占比'))).toContain('28.03%');
    expect(text(ask('视频会议系统运行维护那块占通讯指挥中心运维费多少'))).toContain('70.63%');
  });
  it('the parts listed, counted and ranked', () => {
    const list = text(ask('通讯指挥中心运维费拆成哪几块'));
    for (const v of ['126.00 万元', '2.40 万元', '50.00 万元']) expect(list).toContain(v);
    expect(text(ask('通讯指挥中心运维费分几个子项'))).toContain('分 3 个部分');
    const top = ask('通讯指挥中心运维费拆成三块，哪块最大');
    expect(top.figures[0]!.label).toContain('视频会议系统运行维护');
    const low = ask('通讯指挥中心运维费里哪块最少');
    expect(low.figures[0]!.value.toFixed(1)).toBe('2.4');
  });
  it('the form’s other fields: 项目期, 实施单位, and the owner’s name finds the project', () => {
    expect(text(ask('通讯指挥中心运维费项目期多久'))).toContain('项目期：1年');
    expect(text(ask('服务联络办工作经费是哪个单位实施的'))).toContain('西城区服务联络和扶贫协作办公室');
    expect(text(ask('荣昊岩电话多少'))).toContain('88064285');
  });
  it('an amount the form does not state is not made up', () => {
    expect(ask('通讯指挥中心运维费里的软件开发费多少').kind).toBe('not_found');
  });
});
