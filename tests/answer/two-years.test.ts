/**
 * Two documents of one department loaded side by side: a line item compared with its pair in last
 * year's document, each figure cited to its own document. 2021 is the bundled 2020 document in the 2021
 * numbering (tests/fixtures/numbering-2021), edited as in tests/kb/compare.test.ts: 机要信息中心运维费
 * 22,175,821.60 → 22,185,821.60; 软件正版化 moved from 31099 to 31003; 预留机动费 renamed 预留机动经费.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { DATASET_DIR } from '../helpers/source.js';
import { untraced } from '../helpers/trace.js';
import { EDITED_2021, importInto } from '../helpers/two-years.js';

const tmp = mkdtempSync(join(tmpdir(), 'two-years-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const kbDir = join(tmp, 'kb');
cpSync(DATASET_DIR, join(kbDir, 'bjsxcqrmzfbgs-2020'), { recursive: true });
importInto(join(kbDir, 'bjsxcqrmzfbgs-2021'), EDITED_2021);
const engine = createEngine(loadKnowledgeBase(kbDir));
const datasets = loadKnowledgeBase(kbDir).datasets;

describe('a line item compared across two loaded documents', () => {
  it('机要运维比去年: 22,185,821.60 (2021) against 22,175,821.60 (2020), +10,000.00, each cited to its own document', () => {
    const a = engine.answer('机要运维比去年增加多少');
    expect(a.kind).toBe('change');
    const values = a.figures.map((f) => f.value.toFixed(2));
    expect(values.slice(0, 3)).toEqual(['22185821.60', '22175821.60', '10000.00']);
    expect(a.datasets.map((d) => d.fiscalYear)).toEqual([2021, 2020]);
    for (const f of a.figures) expect(untraced(f, datasets)).toBeNull();
  });

  it('notes a code that changed between the years (软件正版化: 31099 → 31003), the amount unchanged', () => {
    const a = engine.answer('软件正版化比去年变化多少');
    expect(a.figures[2]?.value.toFixed(2)).toBe('0.00');
    expect(a.lines.join('\n')).toContain('部门经济分类 31099 → 31003');
  });

  it('pairs a renamed item (预留机动经费 ← 预留机动费, 498,647.34)', () => {
    const a = engine.answer('预留机动经费去年多少');
    expect(a.figures[1]?.value.toFixed(2)).toBe('498647.34');
    expect(a.lines.join('\n')).toContain('名称“预留机动费”→“预留机动经费”');
  });

  it('with only one year loaded, says the document states no last-year figure', () => {
    const single = createEngine(loadKnowledgeBase(DATASET_DIR));
    const a = single.answer('机要运维比去年增加多少');
    expect(a.figures).toEqual([]);
    expect(a.title).toContain('没有公布');
  });
});

// The 2023 numbering has no 部门预算明细表 and its 表九 is the 国有资本经营预算 table: answers about line
// items must not call their table 表九 there.
describe('answers over the 2023 numbering name its own tables', () => {
  const text = readFileSync('tests/fixtures/numbering-2023/source.txt', 'utf8');
  const dir = join(tmp, 'y2023', 'ds');
  importInto(dir, text);
  const e2023 = createEngine(loadKnowledgeBase(dir));

  it.each(['30217是什么', '30213 维修（护）费', '基本支出明细呢', '行政运行有几项'])('%s', (q) => {
    const a = e2023.answer(q);
    const words = [a.title, ...a.lines, ...a.figures.map((f) => `${f.label} ${f.derivation ?? ''}`)].join(
      '\n',
    );
    expect(words).not.toMatch(/表九/);
  });
});
