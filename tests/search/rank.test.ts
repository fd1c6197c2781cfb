/**
 * The ranking stage computes fuse.js's token search directly (tokenRank); fuse.js itself, configured
 * as before, is the reference: same candidates, same order, same scores to the last bit.
 */
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { DatasetEntities } from '../../src/core/answer/entities.js';
import { runAudit } from '../../src/core/kb/audit.js';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { FUSE_OPTIONS, tokenRank } from '../../src/core/search.js';
import { normalizeText } from '../../src/core/text.js';
import { prng } from '../../src/bench/synthetic.js';

function reference(q: string, candidates: string[][]): { index: number; score: number }[] {
  const fuse = new Fuse(
    candidates.map((keys) => ({ keys })),
    FUSE_OPTIONS.han,
  );
  return fuse.search(q).map((r) => ({ index: r.refIndex, score: r.score! }));
}

const [ds] = loadKnowledgeBase('data').datasets;
const keysOfDocs = new DatasetEntities(ds!, runAudit(ds!).findings)
  .searchDocs()
  .map((d) => [...new Set(d.names.map(normalizeText).filter((k) => k))]);

describe('tokenRank scores exactly as fuse.js token search does', () => {
  it('on the bundled names, with queries cut, shuffled and mistyped from them', () => {
    const r = prng(3);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const allChars = [...new Set(keysOfDocs.flat().join(''))];
    for (let n = 0; n < 3000; n++) {
      const candidates = Array.from({ length: 1 + Math.floor(r() * 50) }, () => pick(keysOfDocs));
      const source = [...pick(pick(candidates))];
      const start = Math.floor(r() * source.length);
      let q = source.slice(start, start + 1 + Math.floor(r() * 8));
      if (r() < 0.3) q[Math.floor(r() * q.length)] = pick(allChars);
      if (r() < 0.2) q = [...q, ...q.slice(0, 2)];
      const query = q.join('');
      expect(tokenRank(query, candidates), query).toEqual(reference(query, candidates));
    }
  });

  it('on arbitrary strings over a small alphabet (repeats, one-character keys and queries)', () => {
    const text = fc.string({
      unit: fc.constantFrom('公', '务', '接', '待', '费', 'a', '1'),
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        (q, candidates) => {
          expect(tokenRank(q, candidates)).toEqual(reference(q, candidates));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
