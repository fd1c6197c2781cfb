/**
 * What the tables hold no figure for but the document's text states: the sentences quoted with their
 * lines, and no figure presented as the answer. Sentences and lines read off the source by hand:
 *   L2741  "…组织扶贫挂职干部培训2次；…" (表十二 服务联络办工作经费, 数量指标)
 *   L2575  "…1.实施中期察访核验工作，不少于130项重点任务。…" (表十二 绩效管理项目, 数量指标)
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';

const engine = createEngine(loadKnowledgeBase(DATASET_DIR));
const text = (q: string) => {
  const a = engine.answer(q);
  return { a, all: [a.title, ...a.lines].join('\n') };
};

describe('quoting the document where the tables have no figure', () => {
  it('a count of sessions a form states, quoted with its line, with no figure as the answer', () => {
    const { a, all } = text('服务联络办要组织几次扶贫挂职干部培训');
    expect(a.kind).toBe('fact');
    expect(a.figures).toEqual([]);
    expect(all).toContain('组织扶贫挂职干部培训2次');
    expect(a.sources.some((s) => s.line === 2741)).toBe(true);
  });
  it('a phrase of a 绩效 indicator', () => {
    const { a, all } = text('察访核验中期不少于多少项');
    expect(a.figures).toEqual([]);
    expect(all).toContain('不少于130项');
  });
  it('nothing the text speaks of: still not found', () => {
    expect(text('会议费全年开几次会').a.kind).toBe('not_found');
    expect(text('软件正版化项目的中标供应商是谁').a.kind).toBe('not_found');
  });
});
