/**
 * Integrity at load: every figure a dataset cites is checked against the line of `source.txt` it cites.
 * The sha256 in dataset.json proves the source is the one imported; this proves the data still says what
 * the source says (an edited figure in tables.json would otherwise be served with a citation to a line
 * that says something else). Cheap: each check reads only its own cited lines.
 */
import { join } from 'node:path';
import type { Dataset } from './loader.js';

/** One figure that does not match its source: the data file, JSON path and the reason. */
export interface IntegrityProblem {
  file: string;
  path: (string | number)[];
  reason: string;
}

/** "22,320.240" → "22320.24"; "-3947.76" → "3947.76" (signs are words in the source: 增加/减少). */
function canonical(number: string): string {
  let s = number.replace(/[,\s]/g, '').replace(/^[-+]/, '');
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  s = s.replace(/^0+(?=\d)/, '');
  return s === '' ? '0' : s;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** The numbers of each source line, canonical, read once per line (rows, items and forms share lines). */
class LineNumbers {
  private readonly cache = new Map<number, readonly string[]>();
  constructor(private readonly lines: readonly string[]) {}

  private of(i: number): readonly string[] {
    let v = this.cache.get(i);
    if (!v) {
      const raw = this.lines[i] ?? '';
      // NFKC only where the line has full-width digits or separators (most lines are plain ASCII digits).
      const line = /[\uff0c-\uff19]/.test(raw) ? raw.normalize('NFKC') : raw;
      v = [...line.matchAll(NUMBER)].map((m) => canonical(m[0]));
      this.cache.set(i, v);
    }
    return v;
  }

  /** The numbers written on lines [from, to] (1-based, inclusive). */
  on(from: number, to: number): Set<string> {
    const out = new Set<string>();
    for (let i = from - 1; i < Math.min(to, this.lines.length); i++) for (const n of this.of(i)) out.add(n);
    return out;
  }
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

function where(lines: readonly string[], from: number, to: number): string {
  const text = lines
    .slice(from - 1, to)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return `source.txt 第 ${from === to ? from : `${from}–${to}`} 行${text ? `（“${[...text].slice(0, 60).join('')}”）` : ''}`;
}

/** Every cited figure of `ds` checked against `source` (the text of its source.txt). */
export function checkAgainstSource(ds: Dataset, source: string): IntegrityProblem[] {
  const lines = source.split('\n');
  const numbers = new LineNumbers(lines);
  const problems: IntegrityProblem[] = [];
  const outOfRange = (line: number) => line < 1 || line > lines.length;

  ds.tables.forEach((t, ti) => {
    const amountColumns = t.columns.flatMap((c, k) => (c.type === 'amount' ? [k] : []));
    t.rows.forEach((row, ri) => {
      if (outOfRange(row.line) || outOfRange(row.endLine)) {
        problems.push({
          file: 'tables.json',
          path: ['tables', ti, 'rows', ri, 'line'],
          reason: `行号超出 source.txt（共 ${lines.length} 行）`,
        });
        return;
      }
      let found: Set<string> | undefined;
      for (const k of amountColumns) {
        const cell = row.cells[k];
        if (cell === null || cell === undefined) continue;
        found ??= numbers.on(row.line, row.endLine);
        if (!found.has(canonical(cell)))
          problems.push({
            file: 'tables.json',
            path: ['tables', ti, 'rows', ri, 'cells', k],
            reason: `${t.columns[k]!.name} ${cell} 与原文不符：${where(lines, row.line, row.endLine)}`,
          });
      }
    });
  });

  const rowEnd = new Map<string, number>();
  for (const t of ds.tables) for (const r of t.rows) rowEnd.set(`${t.number}:${r.line}`, r.endLine);
  ds.lineItems.forEach((item, i) => {
    const s = item.source;
    const end = rowEnd.get(`${s.table}:${s.line}`);
    if (end === undefined) {
      problems.push({
        file: 'line-items.json',
        path: ['items', i, 'source', 'line'],
        reason: `表${s.table}第 ${s.line} 行不是一行数据`,
      });
      return;
    }
    if (!numbers.on(s.line, end).has(canonical(item.amount.toFixed())))
      problems.push({
        file: 'line-items.json',
        path: ['items', i, 'amount'],
        reason: `${item.name} ${item.amount.toFixed(2)} 与原文不符：${where(lines, s.line, end)}`,
      });
  });

  ds.narrative.facts.forEach((fact, i) => {
    const s = fact.source;
    const line = lines[s.line - 1];
    if (line === undefined || !squash(line).includes(squash(s.quote))) {
      problems.push({
        file: 'narrative.json',
        path: ['facts', i, 'source', 'quote'],
        reason: `引文不在 source.txt 第 ${s.line} 行`,
      });
      return;
    }
    const inQuote = new Set([...s.quote.normalize('NFKC').matchAll(NUMBER)].map((m) => canonical(m[0])));
    if (!inQuote.has(canonical(fact.value.toFixed())))
      problems.push({
        file: 'narrative.json',
        path: ['facts', i, 'value'],
        reason: `${fact.label} ${fact.value.toFixed()} 不是引文中的数：“${[...s.quote].slice(0, 60).join('')}”`,
      });
  });

  ds.glossary.forEach((g, i) => {
    const line = lines[g.source.line - 1];
    if (line === undefined || !squash(line).includes(squash(g.source.quote)))
      problems.push({
        file: 'glossary.json',
        path: ['entries', i, 'source', 'quote'],
        reason: `引文不在 source.txt 第 ${g.source.line} 行`,
      });
  });

  const forms = [
    ...(ds.performance.overall?.funding ?? []).map((a, k) => ({ a, path: ['overall', 'funding', k] })),
    ...ds.performance.projects.flatMap((p, pi) =>
      p.funding.map((a, k) => ({ a, path: ['projects', pi, 'funding', k] })),
    ),
  ];
  // A part stated in a form's text is on its own line.
  ds.performance.projects.forEach((p, pi) =>
    (p.parts ?? []).forEach((a, k) => {
      if (!numbers.on(a.line, a.line).has(canonical(a.value.toFixed())))
        problems.push({
          file: 'performance.json',
          path: ['projects', pi, 'parts', k, 'value'],
          reason: `${a.label} ${a.value.toFixed()} 与原文不符：${where(lines, a.line, a.line)}`,
        });
    }),
  );
  // A form field's value is written a few lines after the field's label line.
  for (const { a, path } of forms)
    if (!numbers.on(a.line, a.line + 10).has(canonical(a.value.toFixed())))
      problems.push({
        file: 'performance.json',
        path: [...path, 'value'],
        reason: `${a.label} ${a.value.toFixed()} 与原文不符：${where(lines, a.line, a.line + 10)}`,
      });

  return problems;
}

/** The file a problem is in, for messages. */
export function problemFile(ds: Dataset, p: IntegrityProblem): string {
  return join(ds.dir, p.file);
}
