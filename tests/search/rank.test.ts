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
import { bitapRank, FUSE_OPTIONS, tokenRank } from '../../src/core/search.js';
import { normalizeText } from '../../src/core/text.js';
import { prng } from '../../src/bench/synthetic.js';

function reference(q: string, candidates: string[][]): { index: number; score: number }[] {
  const fuse = new Fuse(
    candidates.map((keys) => ({ keys })),
    FUSE_OPTIONS.han,
  );
  return fuse.search(q).map((r) => ({ index: r.refIndex, score: r.score! }));
}

function referenceLatin(q: string, candidates: string[][]): { index: number; score: number }[] {
  const fuse = new Fuse(
    candidates.map((latin) => ({ latin })),
    FUSE_OPTIONS.latin,
  );
  return fuse.search(q).map((r) => ({ index: r.refIndex, score: r.score! }));
}

const [ds] = loadKnowledgeBase('data').datasets;
const docs = new DatasetEntities(ds!, runAudit(ds!).findings).searchDocs();
const keysOfDocs = docs.map((d) => [...new Set(d.names.map(normalizeText).filter((k) => k))]);
const latinOfDocs = docs
  .map((d) => [...new Set([...d.pinyin, ...d.initials].map(normalizeText).filter((k) => k))])
  .filter((l) => l.length > 0);

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

describe('bitapRank scores exactly as fuse.js Bitap search does', () => {
  it('on the bundled pinyin, with queries cut, mistyped, joined past 32 letters and in English', () => {
    const r = prng(4);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const words = ['official', 'reception', 'budget', 'total', 'income', 'asdfghjkl', 'three', 'public'];
    for (let n = 0; n < 1500; n++) {
      const candidates = Array.from({ length: 1 + Math.floor(r() * 50) }, () => pick(latinOfDocs));
      const source = pick(pick(candidates));
      const start = Math.floor(r() * source.length);
      let q = source.slice(start, start + 2 + Math.floor(r() * 14));
      const roll = r();
      if (roll < 0.25) q = q.replace(/[aeiou]/, 'x');
      else if (roll < 0.4) q = source + pick(pick(candidates));
      else if (roll < 0.55) q = pick(words) + (r() < 0.5 ? pick(words) : '');
      else if (roll < 0.6) q = source;
      expect(bitapRank(q, candidates), q).toEqual(referenceLatin(q, candidates));
    }
  });

  it('on arbitrary strings over a small alphabet', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'i', '1'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }),
        (q, candidates) => {
          expect(bitapRank(q, candidates)).toEqual(referenceLatin(q, candidates));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
