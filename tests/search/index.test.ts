import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '../../src/core/search.js';

const doc = (scope: string, id: string, name: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id: `${scope}/${id}`,
  names: [name],
  pinyin: [],
  initials: [],
  codes: [],
  scope,
  ...extra,
});

// Two departments' documents, interleaved on purpose: the index groups each scope itself.
const DOCS: SearchDoc[] = [
  doc('a', '1', '日常公用支出（在职人员）_公务接待费', { codes: ['30217'], initials: ['rcgyzczzrygwjdf'] }),
  doc('b', '1', '公务接待费', { codes: ['30217'] }),
  doc('a', '2', '2020年机要信息中心运维费', { initials: ['2020njyxxzxywf'] }),
  doc('b', '2', '机要信息中心以前年度尾款'),
  doc('a', '3', '公务用车运行维护费', { codes: ['30231'] }),
  doc('b', '3', '𠀀字库采购费'),
];

describe('a search scoped to one dataset', () => {
  const index = new SearchIndex(DOCS);

  it.each(['公务接待费', '机要运维', '公车运维', '接待', '30217', 'jyyw', '公务接代费'])(
    '%s finds only that dataset’s docs, ranked as an index of that dataset alone would',
    (q) => {
      for (const scope of ['a', 'b']) {
        const alone = new SearchIndex(DOCS.filter((d) => d.scope === scope));
        expect(index.search(q, { scope, minCoverage: 0 })).toEqual(alone.search(q, { minCoverage: 0 }));
      }
    },
  );

  it('answers exact names and codes within the scope', () => {
    expect(index.byExact('公务接待费', 'b').map((d) => d.id)).toEqual(['b/1']);
    expect(index.byExact('公务接待费', 'a')).toEqual([]);
    expect(index.byCode('30217').map((d) => d.id)).toEqual(['a/1', 'b/1']);
    expect(index.byCode('30217', 'a').map((d) => d.id)).toEqual(['a/1']);
  });

  it('finds nothing in a scope it does not hold', () => {
    expect(index.search('公务接待费', { scope: 'zz' })).toEqual([]);
    expect(index.byCode('30217', 'zz')).toEqual([]);
  });

  it('applies a filter inside the scope', () => {
    const hits = index.search('费', { scope: 'a', minCoverage: 0, filter: (d) => d.id !== 'a/1' });
    expect(hits.map((h) => h.id)).not.toContain('a/1');
    expect(hits.length).toBeGreaterThan(0);
  });

  it('reads characters outside the basic plane as one character', () => {
    expect(index.search('𠀀字库', { scope: 'b' })[0]?.id).toBe('b/3');
  });
});

describe('searches remembered per index', () => {
  it('a search asked again gives the same hits as a fresh index, and a caller’s change to them is its own', () => {
    const index = new SearchIndex(DOCS);
    const first = index.search('公务接代费', { scope: 'a', minCoverage: 0 });
    expect(first.length).toBeGreaterThan(0);
    first[0]!.score = 99;
    first.pop();
    const again = index.search('公务接代费', { scope: 'a', minCoverage: 0 });
    expect(again).toEqual(new SearchIndex(DOCS).search('公务接代费', { scope: 'a', minCoverage: 0 }));
    expect(again[0]!.score).not.toBe(99);
  });

  it('options are part of what is remembered: another scope, limit or coverage is searched afresh', () => {
    const index = new SearchIndex(DOCS);
    const fresh = new SearchIndex(DOCS);
    for (const opts of [
      { scope: 'a', minCoverage: 0 },
      { scope: 'b', minCoverage: 0 },
      { scope: 'a', minCoverage: 0, limit: 1 },
      { scope: 'a' },
    ])
      expect(index.search('公务接待费', opts)).toEqual(fresh.search('公务接待费', opts));
  });

  it('stays within its bound: 2,000 different searches, then the first is searched afresh with the same hits', () => {
    const index = new SearchIndex(DOCS);
    const before = index.search('接待', { scope: 'a', minCoverage: 0 });
    for (let i = 0; i < 2000; i++) index.search(`查询${i}`, { scope: 'a' });
    expect((index as unknown as { memo: Map<string, unknown> }).memo.size).toBeLessThanOrEqual(1024);
    expect(index.search('接待', { scope: 'a', minCoverage: 0 })).toEqual(before);
  });
});
