/**
 * Checks that a figure is in the knowledge base at its cited source, or is the stated computation over
 * figures that are. Independent of the engine: it reads the loaded data directly.
 */
import type { Figure } from '../../src/core/answer/types.js';
import type { Dataset } from '../../src/core/kb/loader.js';
import { Money } from '../../src/core/money.js';

function recompute(f: Figure): Money {
  const v = f.computation!.inputs.map((i) => i.value);
  const [a, b] = [v[0]!, v[1]!];
  switch (f.computation!.op) {
    case 'sum':
      return v.reduce((s, x) => s.plus(x), new Money(0));
    case 'difference':
      return a.minus(b);
    case 'ratio':
      return a.dividedBy(b);
    case 'percent':
      return a.dividedBy(b).times(100);
    case 'change_percent':
      return a.minus(b).dividedBy(b).times(100);
    case 'to_wan':
      return a.dividedBy(10000);
    case 'to_yuan':
      return a.times(10000);
    case 'count':
      return new Money(v.length);
  }
}

/** Returns a reason the figure does not trace, or null when it does. */
export function untraced(f: Figure, datasets: readonly Dataset[]): string | null {
  if (f.computation) {
    if (!f.derivation) return `${f.label}: computed without a stated derivation`;
    for (const i of f.computation.inputs) {
      const r = untraced(i, datasets);
      if (r) return `${f.label} ← ${r}`;
    }
    return recompute(f).equals(f.value)
      ? null
      : `${f.label}: ${f.value.toString()} ≠ ${f.computation.op}(inputs)`;
  }
  const s = f.source;
  if (!s) return f.derivation ? null : `${f.label}: neither a source nor a derivation`;
  for (const ds of datasets) {
    if (s.kind === 'narrative') {
      if (
        ds.narrative.facts.some(
          (x) => x.source.line === s.line && x.value.equals(f.value) && x.source.quote === s.quote,
        )
      )
        return null;
      continue;
    }
    const table = ds.tables.find((t) => t.number === s.table);
    const row = table?.rows.find((r) => r.line === s.line);
    if (row?.cells.some((c) => c !== null && /^-?\d+(\.\d+)?$/.test(c) && new Money(c).equals(f.value)))
      return null;
    const forms = [
      ...(ds.performance.overall?.funding ?? []),
      ...ds.performance.projects.flatMap((p) => p.funding),
    ];
    if ((s.table === 11 || s.table === 12) && forms.some((a) => a.line === s.line && a.value.equals(f.value)))
      return null;
  }
  return `${f.label} = ${f.value.toString()} ${f.unit}: not found at ${JSON.stringify(s).slice(0, 160)}`;
}
