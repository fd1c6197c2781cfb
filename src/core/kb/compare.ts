/**
 * Two loaded documents of the same department, side by side: the line items of one year paired
 * with the other's, item by item, by code and name — noting where a code or a name changed
 * between the years. (A document's own "上年" figures are its statement about last year; this is
 * what the two published documents say, each cited to its own table and line.)
 */
import type { Money } from '../money.js';
import type { Dataset, KnowledgeBase } from './loader.js';
import type { LineItem } from './schema.js';

export type PairKind =
  /** Same name (years in the name aside) and the same codes */
  | 'same'
  /** Same name, a code changed */
  | 'code-changed'
  /** Same codes, the only item under them on each side, the name changed */
  | 'renamed'
  | 'only-previous'
  | 'only-current';

export interface ItemPair {
  kind: PairKind;
  previous: LineItem | null;
  current: LineItem | null;
  /** current − previous (the missing side counts as nothing published, so null) */
  change: Money | null;
  /** What changed, in Chinese ("部门经济分类 30226 → 30227", "名称“A”→“B”") */
  notes: string[];
}

/** A name compared across years: without its year ("2020年", "2020年度") and spaces. */
export function comparableName(name: string): string {
  return name.replace(/(?<!\d)(19|20)\d{2}年度?/g, '').replace(/[\s\u3000]/g, '');
}

const codes = (i: LineItem) =>
  `${i.functional?.code ?? '-'}/${i.governmentEconomic.code}/${i.departmentEconomic.code}`;

function codeNotes(p: LineItem, c: LineItem): string[] {
  const notes: string[] = [];
  if ((p.functional?.code ?? null) !== (c.functional?.code ?? null))
    notes.push(`功能分类 ${p.functional?.code ?? '（无）'} → ${c.functional?.code ?? '（无）'}`);
  if (p.governmentEconomic.code !== c.governmentEconomic.code)
    notes.push(`政府经济分类 ${p.governmentEconomic.code} → ${c.governmentEconomic.code}`);
  if (p.departmentEconomic.code !== c.departmentEconomic.code)
    notes.push(`部门经济分类 ${p.departmentEconomic.code} → ${c.departmentEconomic.code}`);
  return notes;
}

/**
 * Pair the line items of two years. Order of passes: same name and codes; same name, codes
 * changed; same codes and one unpaired item each side, name changed. Several items of one name
 * are paired in document order. What is left stands alone (only in one year).
 */
export function pairLineItems(previous: readonly LineItem[], current: readonly LineItem[]): ItemPair[] {
  const pairs: ItemPair[] = [];
  const leftP = new Set(previous);
  const leftC = new Set(current);
  const take = (kind: PairKind, p: LineItem, c: LineItem, notes: string[]) => {
    leftP.delete(p);
    leftC.delete(c);
    pairs.push({ kind, previous: p, current: c, change: c.amount.minus(p.amount), notes });
  };
  for (const c of current) {
    const p = [...leftP].find(
      (x) => comparableName(x.name) === comparableName(c.name) && codes(x) === codes(c),
    );
    if (p) take('same', p, c, []);
  }
  for (const c of [...leftC]) {
    const p = [...leftP].find((x) => comparableName(x.name) === comparableName(c.name));
    if (p) take('code-changed', p, c, codeNotes(p, c));
  }
  for (const c of [...leftC]) {
    const ps = [...leftP].filter((x) => codes(x) === codes(c));
    const cs = [...leftC].filter((x) => codes(x) === codes(c));
    if (ps.length === 1 && cs.length === 1) take('renamed', ps[0]!, c, [`名称“${ps[0]!.name}”→“${c.name}”`]);
  }
  for (const p of leftP)
    pairs.push({ kind: 'only-previous', previous: p, current: null, change: null, notes: [] });
  for (const c of leftC)
    pairs.push({ kind: 'only-current', previous: null, current: c, change: null, notes: [] });
  return pairs;
}

/** The loaded document of the same department for the year before `ds`, if any. */
export function previousYearOf(kb: KnowledgeBase, ds: Dataset): Dataset | undefined {
  return kb.datasets.find(
    (d) => d.meta.department === ds.meta.department && d.meta.fiscalYear === ds.meta.previousYear,
  );
}
