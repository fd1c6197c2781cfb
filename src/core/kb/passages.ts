/**
 * The document's sentences an answer can quote (narrative facts and statements, responsibilities, the
 * 绩效 forms' goals and indicators), each with the line of source.txt it is written on and where in the
 * document it is. Built when a dataset is compiled (compiled.jsonl carries them, so a trusted load reads
 * them rather than reading and normalising source.txt again on the first answer that quotes), or on
 * first use for a dataset loaded otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../text.js';
import { tableOfKind, type TableKind } from './kinds.js';
import type { Dataset } from './loader.js';
import { tableName } from './tables.js';

/** A sentence of the document's text, where it is. */
export interface Passage {
  text: string;
  /** `text` normalized once, for matching */
  norm: string;
  line: number;
  where: string;
}

/** The document's own name for the table of a kind (as answers name it: 表十二, else the kind's name). */
function kindName(ds: Dataset, kind: TableKind): string {
  const n = tableOfKind(ds, kind)?.number ?? 0;
  return n > 0 ? tableName(n) : kind === '部门预算明细' ? '明细表' : `${kind}表`;
}

/**
 * The passages of `ds`, each sentence once, its line read off source.txt (`source`: its text when at
 * hand; else read from the dataset's folder, and when there is none the recorded lines stand).
 */
export function buildPassages(ds: Dataset, source?: string): Passage[] {
  const out: Passage[] = [];
  // (A form's indicator may be a word or two — 不涉及, 良好 — and is still what the form says of it.)
  const add = (text: string | null | undefined, line: number, where: string, least = 4) => {
    for (const sentence of (text ?? '').split(/\n/))
      if (sentence.trim().length >= least)
        out.push({ text: sentence.trim(), norm: normalizeText(sentence.trim()), line, where });
  };
  for (const f of ds.narrative.facts) add(f.source.quote, f.source.line, f.source.section);
  for (const st of ds.narrative.statements) add(st.source.quote, st.source.line, st.source.section);
  for (const r of ds.narrative.responsibilities) add(r.text, r.line, '部门主要职责');
  const forms = kindName(ds, '项目绩效');
  for (const p of ds.performance.projects) {
    add(p.annualGoal, p.line, `${forms} ${p.name} 年度目标`);
    for (const i of p.indicators) add(i.content, i.line, `${forms} ${p.name} ${i.level2}`, 2);
  }
  const o = ds.performance.overall;
  if (o) {
    const form = kindName(ds, '整体绩效');
    add(o.goal, o.line, `${form} 年度目标`);
    for (const i of o.indicators) add(i.content, i.line, `${form} ${i.level2}`, 2);
  }
  // The line each sentence is written on, read off source.txt (a form row's line is where the row starts).
  let raw: string[] = [];
  if (source !== undefined) raw = source.split(/\r?\n/);
  else
    try {
      raw = readFileSync(join(ds.dir, 'source.txt'), 'utf8').split(/\r?\n/);
    } catch {
      // No source text beside the dataset (built in memory): the recorded lines stand.
    }
  // (Each line normalised when first read; each sentence looked for from 40 lines before its own.)
  const lines: (string | undefined)[] = [];
  const seen = new Set<string>();
  return (
    out
      // (A short indicator — 不涉及 — says something of each place it is in: kept once per place.)
      .filter((p) => {
        const key = p.text.length < 4 ? `${p.where}\u0000${p.text}` : p.text;
        return !seen.has(key) && !!seen.add(key);
      })
      .map((p) => {
        const head = p.norm.slice(0, 12);
        let at = -1;
        // (A short text — 不涉及 — is looked for from its own row on: it is written in many rows.)
        for (let i = Math.max(0, p.line - (p.text.length < 4 ? 1 : 41)); i < raw.length && at < 0; i++)
          if ((lines[i] ??= normalizeText(raw[i]!)).includes(head)) at = i;
        return at >= 0 ? { ...p, line: at + 1 } : p;
      })
  );
}
