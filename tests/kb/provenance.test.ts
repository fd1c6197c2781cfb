import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/kb/loader.js';
import type { Source } from '../../src/core/kb/schema.js';
import { compactRange, DATA_DIR } from '../helpers/source.js';

const kb = loadKnowledgeBase(DATA_DIR);

describe.each(kb.datasets.map((d) => [d.meta.id, d] as const))(
  'provenance of every figure in %s',
  (_id, ds) => {
    const lines = readFileSync(`${ds.dir}/source.txt`, 'utf8').split('\n');
    const digits = (v: string) => v.replace(/^-/, '');

    /** The cited row or sentence exists in source.txt and contains the figure. */
    function expectCited(source: Source, value: string, endLine?: number): void {
      if (source.kind === 'narrative') {
        expect(lines[source.line - 1], `line ${source.line}`).toContain(source.quote);
        expect(source.quote.replace(/[,\s]/g, ''), `${source.quote}`).toContain(digits(value));
        return;
      }
      const text = compactRange(lines, source.line, endLine ?? source.line + 12);
      expect(text, `${source.table}:${source.row}:${source.line}`).toContain(digits(value));
      expect(text).toContain(
        source.row.replace(/[\s,]/g, '').split('/').pop()!.replace(/^\d+/, '').slice(0, 20),
      );
    }

    it('every amount cell of every table is in its rows lines', () => {
      let n = 0;
      for (const t of ds.tables)
        for (const r of t.rows)
          r.cells.forEach((c, k) => {
            if (c === null || t.columns[k]?.type !== 'amount') return;
            expect(compactRange(lines, r.line, r.endLine), `表${t.number} line ${r.line}`).toContain(c);
            n++;
          });
      expect(n).toBeGreaterThan(300);
    });

    it('every line item cites a 表九 row holding its name and amount', () => {
      for (const i of ds.lineItems) {
        expect(i.source).toMatchObject({ kind: 'table', table: 9, row: i.name, column: '预算金额' });
        expectCited(i.source, i.amount.toFixed(2), i.source.line + 8);
      }
    });

    it('every narrative fact quotes a sentence of the source that contains it', () => {
      for (const f of ds.narrative.facts) expectCited(f.source, f.value.toString());
      expect(ds.narrative.facts.length).toBeGreaterThanOrEqual(70);
    });

    it('every statement and glossary entry is quoted verbatim', () => {
      for (const s of ds.narrative.statements) {
        expect(lines[s.source.line - 1]).toContain(s.source.quote);
        expect(s.source.quote).toContain(s.text);
      }
      for (const g of ds.glossary) expect(lines[g.source.line - 1]).toContain(g.source.quote);
    });

    it('every 表十一/十二 amount is on its line as published', () => {
      const all = [
        ...(ds.performance.overall?.funding ?? []),
        ...ds.performance.projects.flatMap((p) => p.funding),
      ];
      for (const a of all)
        expect(compactRange(lines, a.line, a.line + 12)).toContain(a.published.replace(/\s/g, ''));
      expect(all.length).toBeGreaterThanOrEqual(10);
    });

    it('every classification code is published where it is cited', () => {
      for (const c of ds.classifications.functional)
        for (const s of c.sources)
          expect(compactRange(lines, s.line, s.line + 2)).toContain(c.code + c.name.replace(/\s/g, ''));
      for (const c of ds.classifications.economic.filter((e) => e.origin === 'document'))
        for (const s of c.sources) expect(compactRange(lines, s.line, s.line + 8)).toContain(c.code);
    });
  },
);

describe('no figure is a float anywhere', () => {
  it('the data files hold amounts only as decimal strings; numbers are whole (lines, counts)', () => {
    for (const ds of kb.datasets)
      for (const file of readdirSync(ds.dir).filter((f) => f.endsWith('.json'))) {
        const walk = (v: unknown, path: string): void => {
          if (typeof v === 'number') expect(Number.isInteger(v), `${file} ${path} = ${v}`).toBe(true);
          else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
          else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
        };
        walk(JSON.parse(readFileSync(`${ds.dir}/${file}`, 'utf8')), '$');
      }
  });

  it('loaded amounts are Decimal values, exact to the 分', () => {
    const item = kb.datasets[0]!.lineItems.find((i) => i.name === '2020年机要信息中心运维费')!;
    expect(typeof item.amount).toBe('object');
    expect(item.amount.toFixed(2)).toBe('22175821.60');
    const total = kb.datasets[0]!.lineItems.reduce(
      (s, i) => s.plus(i.amount),
      item.amount.minus(item.amount),
    );
    expect(total.toFixed(2)).toBe('124945150.26');
  });
});
