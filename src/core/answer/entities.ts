/**
 * Everything a question can be about, per dataset: topics, 表九 line items, classification codes,
 * 表十二 projects, glossary terms, the tables themselves and the labelled rows of 表一/表四.
 * Each entity knows how to describe itself as a View, with every figure cited.
 */
import type { Finding } from '../kb/audit.js';
import type { Dataset } from '../kb/loader.js';
import type { Fact, LineItem, Project } from '../kb/schema.js';
import { tableName } from '../kb/tables.js';
import { Money } from '../money.js';
import type { SearchDoc } from '../search.js';
import { normalizeText } from '../text.js';
import {
  kindName,
  factFigure,
  cellFigure,
  inUnit,
  countOf,
  sumOf,
  formFigure,
  OVERALL_FUNDING_COLUMN,
  table,
  tableTitle,
  toSourceRef,
  totalRow,
  tableByNumber,
  tableNo,
  tableNos,
} from './figures.js';
import { CODE_ALIASES, FACT_ALIASES, FORM_ALIASES, SCORE_ALIASES, STATEMENT_ALIASES } from './aliases.js';
import { TABLE_GUIDE, tiesOf } from './guide.js';
import { namePinyin } from './pinyin-names.js';
import { TOPICS, type Topic } from './topics.js';
import type { Figure, SourceRef } from './types.js';
import { emptyView, type View } from './view.js';

export type EntityKind =
  'topic' | 'fact' | 'item' | 'functional' | 'economic' | 'project' | 'glossary' | 'table' | 'row';

export interface Entity {
  /** Stable across runs: "<dataset id>/<kind>/<key>" */
  id: string;
  datasetId: string;
  kind: EntityKind;
  name: string;
  /** Extra names for search (not shown) */
  aliases: string[];
  /** Names that only fuzzy search uses (e.g. the part of an item name after "_") */
  fuzzyNames: string[];
  codes: string[];
  /** The subject's main amount in 元, for ranking and autocomplete hints */
  amount: Money | null;
  topic?: Topic;
  item?: LineItem;
  project?: Project;
  /** Text a fuzzy match must find in the question: a part named by a bare word (尾款) is not its project */
  requires?: string;
  view(): View;
}

/** Which kind of entity a name most likely means when several share it: topics first, tables last. */
export const KIND_RANK: Record<EntityKind, number> = {
  topic: 1,
  // A fact the narrative states under its own name (行政编制, 通用设备): after the topic that may list it
  // (its answer shows the fact beside its siblings), before items.
  fact: 1.5,
  item: 2,
  project: 2,
  functional: 3,
  economic: 3,
  glossary: 4,
  table: 4,
  row: 5,
};

/** Normalised names and aliases of every topic (the same for every dataset) */
let coveredByTopics: Set<string> | null = null;

/** A part's own name, or the project's with it when the part's is a bare word (尾款). */
const partName = (p: Project, label: string) => ([...label].length <= 4 ? `${p.name}${label}` : label);

const stripYear = (s: string) => s.replace(/^(?:北京市)?(?:西城区)?\d{4}年度?/, '');

export class DatasetEntities {
  readonly all: Entity[] = [];
  readonly byId = new Map<string, Entity>();
  constructor(
    readonly ds: Dataset,
    /** The dataset's audit findings, computed on first use (the audit is not needed to list entities) */
    private readonly audit: () => readonly Finding[],
  ) {
    this.build();
  }

  get findings(): readonly Finding[] {
    return this.audit();
  }

  private add(e: Omit<Entity, 'datasetId' | 'view'> & { view: () => View }): Entity {
    let cached: View | null = null;
    const entity: Entity = {
      ...e,
      datasetId: this.ds.meta.id,
      view: () => (cached ??= e.view()),
    };
    this.all.push(entity);
    this.byId.set(entity.id, entity);
    return entity;
  }

  private id(kind: EntityKind, key: string): string {
    return `${this.ds.meta.id}/${kind}/${key}`;
  }

  notes(...topics: string[]): string[] {
    return this.findings.filter((f) => topics.some((t) => t && f.topics.includes(t))).map((f) => f.message);
  }

  expenditureTotal(): Figure | null {
    const t = table(this.ds, '支出总体');
    const r = totalRow(this.ds, '支出总体');
    return t && r ? cellFigure(this.ds, t, r, 2, `支出合计（${kindName(this.ds, '支出总体')} 总计）`) : null;
  }

  private build(): void {
    const ds = this.ds;
    for (const t of TOPICS) {
      // The amount only: audit notes are not needed for it, so the audit is not run here.
      const v = t.view(ds, []).primary;
      this.add({
        id: this.id('topic', t.id),
        kind: 'topic',
        name: t.name,
        aliases: [...t.aliases, ...t.english],
        fuzzyNames: [],
        codes: [],
        amount: v ? (inUnit(v, '元')?.value ?? null) : null,
        topic: t,
        view: () => t.view(ds, this.findings),
      });
    }
    // Facts the narrative states under a name of their own (行政编制 74 人, 通用设备 13,870 万元, 离休人员
    // 1 人): a part of a topic that can be asked about, shared or compared on its own. A topic's own
    // current / previous / change figures are the topic.
    for (const f of ds.narrative.facts) {
      if (/\.(current|previous|change|changePct)$/.test(f.id)) continue;
      const name = f.label.replace(/^(?:截至)?(?:19|20)\d{2}年度?/, '');
      if ([...name].length < 2) continue;
      this.add({
        id: this.id('fact', f.id),
        kind: 'fact',
        name,
        aliases: [
          ...(name === f.label ? [] : [f.label]),
          ...(f.unit === '分' ? SCORE_ALIASES : []),
          ...(FACT_ALIASES[f.id] ?? []),
        ],
        fuzzyNames: [],
        codes: [],
        amount: null,
        view: () => this.factView(f, name),
      });
    }
    // What the narrative says in words under a name (主要项目, “三公”经费支出单位, 经费代管): the words,
    // quoted. Reasons are the change answers' and the grade is the score's sentence; those stay there.
    for (const st of ds.narrative.statements) {
      if (/\.(reason|grade|note)$/.test(st.id) || this.byId.has(this.id('fact', st.id))) continue;
      this.add({
        id: this.id('fact', st.id),
        kind: 'fact',
        name: st.label,
        aliases: [...(STATEMENT_ALIASES[st.id] ?? [])],
        // Found by its names as written; a fuzzy near-miss ("财务" for 财务代管) is not it.
        requires: st.label,
        fuzzyNames: [],
        codes: [],
        amount: null,
        view: () => {
          const v = emptyView(st.label);
          v.lines.push(`${st.label}：${st.text}`, `原文：“${[...st.source.quote].slice(0, 200).join('')}”`);
          v.sources.push(toSourceRef(ds, st.source));
          return v;
        },
      });
    }
    for (const item of ds.lineItems) {
      const suffix = item.name.includes('_') ? item.name.split('_').pop()! : null;
      this.add({
        id: this.id('item', item.id),
        kind: 'item',
        name: item.name,
        aliases: [],
        fuzzyNames: [suffix, stripYear(item.name)].filter((x): x is string => !!x && x !== item.name),
        codes: [],
        amount: item.amount,
        item,
        view: () => this.itemView(item),
      });
    }
    for (const c of ds.classifications.functional) {
      const row3 = table(ds, '支出总体')?.rows.find((r) => r.cells[0] === c.code);
      this.add({
        id: this.id('functional', c.code),
        kind: 'functional',
        name: c.name,
        aliases: [`${c.code}${c.name}`, ...(CODE_ALIASES[c.code] ?? [])],
        fuzzyNames: [],
        codes: [c.code],
        amount: row3?.cells[2] ? new Money(row3.cells[2]) : null,
        view: () => this.functionalView(c.code),
      });
    }
    for (const c of ds.classifications.economic) {
      const items = this.itemsOfEconomic(c.code);
      this.add({
        id: this.id('economic', c.code),
        kind: 'economic',
        name: c.name,
        aliases: [`${c.code}${c.name}`, ...(CODE_ALIASES[c.code] ?? [])],
        fuzzyNames: [],
        codes: [c.code],
        amount: items.length ? items.reduce((s, i) => s.plus(i.amount), new Money(0)) : null,
        view: () => this.economicView(c.code),
      });
    }
    for (const p of ds.performance.projects) {
      this.add({
        id: this.id('project', p.id),
        kind: 'project',
        name: p.name,
        aliases: [],
        // The project's owner names it too: "荣昊岩负责的那个项目".
        fuzzyNames: [stripYear(p.name), ...(p.owner ? [p.owner] : [])],
        codes: [],
        amount: null,
        project: p,
        view: () => this.projectView(p),
      });
      // The parts its form's text states (视频会议系统运行维护 126 万元, 尾款 69 万元): facts of their own.
      (p.parts ?? []).forEach((part, k) => {
        const name = partName(p, part.label);
        const plain = stripYear(name).replace(/^西城区/, '');
        this.add({
          id: this.id('fact', `part.${p.id}.${k}`),
          kind: 'fact',
          name,
          ...(name === part.label ? {} : { requires: part.label }),
          aliases: [],
          fuzzyNames: [...new Set([plain, plain.replace(/项目$/, '')])].filter((x) => x !== name),
          codes: [],
          amount: part.value.times(10000),
          project: p,
          view: () => this.partView(p, k),
        });
      });
    }
    // The 整体绩效 form's money (资金总额 12,494.51 万元, 基本支出, 项目支出): facts of their own.
    (ds.performance.overall?.funding ?? []).forEach((f, k) => {
      const form = kindName(ds, '整体绩效');
      this.add({
        id: this.id('fact', `overall.funding.${k}`),
        kind: 'fact',
        name: `部门整体绩效${f.label}`,
        requires: f.label,
        aliases: [`${form}${f.label}`, `整体绩效${f.label}`],
        fuzzyNames: [`部门整体支出${f.label}`],
        codes: [],
        amount: null,
        view: () => {
          const v = emptyView(`部门整体绩效${f.label}`);
          v.primary = {
            label: `${form} ${f.label}`,
            value: f.value,
            unit: f.unit,
            source: {
              kind: 'table',
              table: tableNo(ds, '整体绩效'),
              tableTitle: tableTitle(ds, tableNo(ds, '整体绩效')),
              row: '部门整体支出绩效目标',
              column: f.label,
              line: f.line,
            },
          };
          v.lines.push(`${form}（${tableTitle(ds, tableNo(ds, '整体绩效'))}）所填，单位万元。`);
          v.tables = tableNos(ds, '整体绩效');
          return v;
        },
      });
    });
    for (const g of ds.glossary) {
      this.add({
        id: this.id('glossary', g.term),
        kind: 'glossary',
        name: g.term,
        aliases: [],
        fuzzyNames: [],
        codes: [],
        amount: null,
        view: () => this.glossaryView(g.term),
      });
    }
    for (const t of ds.tables) {
      const n = tableName(t.number);
      this.add({
        id: this.id('table', String(t.number)),
        kind: 'table',
        name: `${n} ${t.title}`,
        aliases: [
          n,
          `${n}${t.title}`,
          t.title,
          // (Said without 情况表: "占一般公共预算支出的比例" is of 表五's total.)
          ...(/情况表$/.test(t.title) && [...t.title.replace(/情况表$/, '')].length >= 6
            ? [t.title.replace(/情况表$/, '')]
            : []),
          `表${t.number}`,
          `table${t.number}`,
          ...(FORM_ALIASES[t.kind] ?? []),
        ],
        fuzzyNames: [],
        codes: [],
        amount: null,
        view: () => this.tableView(t.number),
      });
    }
    // Labelled rows of 表一 / 表四 that no topic covers (上年结转, 事业收入, 经营收入…)
    const seen = new Set<string>();
    coveredByTopics ??= new Set(TOPICS.flatMap((t) => [t.name, ...t.aliases].map(normalizeText)));
    const covered = coveredByTopics;
    const functionalNames = new Set(ds.classifications.functional.map((c) => normalizeText(c.name)));
    for (const kind of ['收支总体', '财政拨款收支总体'] as const) {
      const t = table(ds, kind);
      for (const r of t?.rows ?? [])
        for (const col of [0, 2]) {
          const raw = r.cells[col];
          if (!raw) continue;
          const label = raw
            .replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '')
            .replace(/[：:]$/, '');
          const key = normalizeText(label);
          if (!key || seen.has(key) || covered.has(key) || functionalNames.has(key)) continue;
          seen.add(key);
          this.add({
            id: this.id('row', key),
            kind: 'row',
            name: label,
            // ("一般公共预算占几成": the 拨款 of that budget, never 一般公共服务支出 found by search.)
            aliases: /预算拨款$/.test(label) ? [label.replace(/拨款$/, ''), `${label}收入`] : [],
            fuzzyNames: [],
            codes: [],
            amount: null,
            view: () => this.rowView(label),
          });
        }
    }
  }

  /** Search documents for these entities (pinyin precomputed at import where possible). */
  searchDocs(): SearchDoc[] {
    const py = namePinyin(this.ds);
    return this.all.map((e) => {
      const names = [e.name, ...e.aliases];
      const pys = [...names, ...e.fuzzyNames]
        .filter((n) => /\p{Script=Han}/u.test(n))
        .map((n) => py(n, e.name));
      const exactPy = names.filter((n) => /\p{Script=Han}/u.test(n)).map((n) => py(n, e.name));
      return {
        id: e.id,
        names: [...names, ...e.fuzzyNames],
        exactNames: [...names, ...exactPy.map((p) => p[0])],
        pinyin: pys.map((p) => p[0]),
        initials: pys.map((p) => p[1]),
        codes: e.codes,
        rank: KIND_RANK[e.kind] + (e.kind === 'economic' && e.codes[0]?.startsWith('5') ? 0.5 : 0),
        scope: this.ds.meta.id,
      };
    });
  }

  itemsOfEconomic(code: string): LineItem[] {
    if (code.length === 3)
      return this.ds.lineItems.filter(
        (i) => i.departmentEconomic.code.startsWith(code) || i.governmentEconomic.code.startsWith(code),
      );
    return this.ds.lineItems.filter(
      (i) => i.departmentEconomic.code === code || i.governmentEconomic.code === code,
    );
  }

  itemFigure(i: LineItem): Figure<'元'> {
    return { label: i.name, value: i.amount, unit: '元', source: toSourceRef(this.ds, i.source) };
  }

  /** The entity of a 表九 line. */
  ofItem(i: LineItem): Entity | undefined {
    return this.byId.get(this.id('item', i.id));
  }

  /** An economic code's figure in 表六 (基本支出): its row, or the sum of its rows; null when it has none. */
  basicTableFigure(code: string): Figure<'元'> | null {
    const ds = this.ds;
    const t6 = table(ds, '基本支出');
    const rows6 = t6?.rows.filter((r) => r.cells[0] === code || r.cells[2] === code) ?? [];
    if (!t6 || rows6.length === 0) return null;
    const f6 = rows6
      .map((r) => cellFigure(ds, t6, r, 4, `${kindName(ds, '基本支出')} ${r.cells[2]} ${r.cells[3]}`))
      .map((f) => (f ? inUnit(f, '元') : null))
      .filter((f) => f !== null);
    if (f6.length === 1) return f6[0]!;
    if (f6.length > 1)
      return sumOf(
        `${kindName(ds, '基本支出')}（基本支出）${code} 各行之和`,
        '元',
        f6,
        `${kindName(ds, '基本支出')} ${code} ${f6.length} 行之和`,
      );
    return null;
  }

  /** The topic a 名称解释 term names (三公经费 → the 三公 figures), whose figures a follow-up asks about. */
  topicOfGlossary(e: Entity | undefined): Entity | undefined {
    if (e?.kind !== 'glossary') return undefined;
    const topic = topicOfTerm(e.name);
    return topic ? this.byId.get(this.id('topic', topic.id)) : undefined;
  }

  /** The 表十二 project a thing is, or whose 表九 line it is (a part's project too: part.<project>.<k>). */
  projectOf(e: Entity | undefined): Project | undefined {
    if (!e) return undefined;
    if (e.project) return e.project;
    if (e.item) return this.projectForItem(e.item);
    const part = /\/fact\/part\.(.+)\.\d+$/.exec(e.id)?.[1];
    return part ? this.ds.performance.projects.find((p) => p.id === part) : undefined;
  }

  /** A name without its leading year, normalised (the key names are matched by), made once per name. */
  private yearless(name: string): string {
    let k = this.yearlessKeys.get(name);
    if (k === undefined) this.yearlessKeys.set(name, (k = normalizeText(stripYear(name))));
    return k;
  }
  private readonly yearlessKeys = new Map<string, string>();
  private readonly itemProjects = new Map<LineItem, Project | undefined>();
  private itemsByYearless: Map<string, LineItem[]> | undefined;

  projectForItem(item: LineItem): Project | undefined {
    if (this.itemProjects.has(item)) return this.itemProjects.get(item);
    const n = this.yearless(item.name);
    const found = this.ds.performance.projects.find((p) => {
      const m = this.yearless(p.name);
      return m === n || n.endsWith(m) || m.endsWith(n) || n.replace('年度', '') === m.replace('年度', '');
    });
    this.itemProjects.set(item, found);
    return found;
  }

  itemForProject(p: Project): LineItem | undefined {
    return this.ds.lineItems.find((i) => this.projectForItem(i) === p);
  }

  /** The other 表九 lines named as `item` is once a leading year is set aside, in the table's order. */
  private sameNamed(item: LineItem): LineItem[] {
    if (!this.itemsByYearless) {
      this.itemsByYearless = new Map();
      for (const x of this.ds.lineItems) {
        const k = this.yearless(x.name);
        const list = this.itemsByYearless.get(k);
        if (list) list.push(x);
        else this.itemsByYearless.set(k, [x]);
      }
    }
    return (this.itemsByYearless.get(this.yearless(item.name)) ?? []).filter((x) => x !== item);
  }

  private itemView(item: LineItem): View {
    const v = emptyView(item.name);
    v.primary = this.itemFigure(item);
    v.lines.push(
      `功能分类：${item.functional ? `${item.functional.code} ${item.functional.name}` : '（未列功能分类）'}；部门经济分类：${item.departmentEconomic.code} ${item.departmentEconomic.name}；政府经济分类：${item.governmentEconomic.code} ${item.governmentEconomic.name}。`,
      `属于${item.spending === 'basic' ? '基本支出' : '项目支出'}（${item.spendingBasis}）。`,
    );
    const p = this.projectForItem(item);
    if (p) {
      v.lines.push(
        `${kindName(this.ds, '项目绩效')}有该项目的绩效目标申报表（“${p.name}”）：负责人 ${p.owner ?? '未填'}，联系电话 ${p.phone ?? '未填'}${p.implementingUnit ? `，实施单位 ${p.implementingUnit}` : ''}。`,
      );
      v.suggestions.push(`${p.name}的绩效指标`);
    }
    const same = this.sameNamed(item);
    for (const x of same)
      v.lines.push(
        `另有同名明细：“${x.name}” ${x.amount.toFixed(2)} 元（${tableName(x.source.table)} 第 ${x.source.line} 行）。`,
      );
    v.whole = this.expenditureTotal();
    v.notes = this.notes(item.name, item.departmentEconomic.code);
    v.tables = tableNos(this.ds, '部门预算明细');
    v.suggestions.push(
      `${item.departmentEconomic.code} 是什么`,
      ...(item.functional ? [`${item.functional.code} 是什么`] : []),
      '最大的几个项目',
    );
    return v;
  }

  private functionalView(code: string): View {
    const ds = this.ds;
    const c = ds.classifications.functional.find((x) => x.code === code)!;
    const v = emptyView(`${c.code} ${c.name}`);
    const t3 = table(ds, '支出总体');
    const r3 = t3?.rows.find((r) => r.cells[0] === code);
    if (t3 && r3) {
      v.primary = cellFigure(ds, t3, r3, 2, `${c.name}（合计）`);
      for (const k of [3, 4]) {
        const f = cellFigure(ds, t3, r3, k, `其中：${t3.columns[k]!.name}`);
        if (f) v.details.push(f);
      }
    }
    const parent = c.parent ? ds.classifications.functional.find((x) => x.code === c.parent) : null;
    const grand = parent?.parent ? ds.classifications.functional.find((x) => x.code === parent.parent) : null;
    v.lines.push(
      `支出功能分类“${c.level}”级科目${parent ? `，上级：${parent.code} ${parent.name}` : ''}${grand ? `（${grand.code} ${grand.name}）` : ''}。`,
    );
    const kids = ds.classifications.functional.filter((x) => x.parent === code);
    if (kids.length > 0 && t3) {
      v.lines.push(`下级科目 ${kids.length} 个：`);
      for (const k of kids) {
        const r = t3.rows.find((x) => x.cells[0] === k.code);
        const f = r ? cellFigure(ds, t3, r, 2, `${k.code} ${k.name}`) : null;
        if (f) v.details.push(f);
      }
    }
    const items = ds.lineItems.filter((i) => i.functional?.code.startsWith(code));
    if (items.length > 0)
      v.lines.push(`${kindName(this.ds, '部门预算明细')}中有 ${items.length} 条明细属于该科目。`);
    v.whole = this.expenditureTotal();
    v.notes = this.notes(code);
    v.tables = tableNos(
      ds,
      '收入总体',
      '支出总体',
      '一般公共预算支出',
      ...(items.length ? (['部门预算明细'] as const) : []),
    );
    v.suggestions = [`${c.name}占多少`, '按功能分类的支出构成', ...(kids.length ? [`${c.name}的构成`] : [])];
    return v;
  }

  private economicView(code: string): View {
    const ds = this.ds;
    const c = ds.classifications.economic.find((x) => x.code === code)!;
    const v = emptyView(`${c.code} ${c.name}`);
    const items = this.itemsOfEconomic(code);
    const figs = items.map((i) => this.itemFigure(i));
    if (figs.length === 1) v.primary = { ...figs[0]!, label: `${c.name}（${kindName(ds, '部门预算明细')}）` };
    else if (figs.length > 1)
      v.primary = sumOf(
        `${c.name}（${kindName(ds, '部门预算明细')} ${figs.length} 条明细之和）`,
        '元',
        figs,
        `${kindName(ds, '部门预算明细')} 经济分类 ${code} 各明细之和`,
      );
    else v.primaryNote = `${kindName(ds, '部门预算明细')}中没有使用该代码的明细`;
    const scheme = c.scheme === 'government' ? '政府预算支出经济分类' : '部门预算支出经济分类';
    const parent = c.parent ? ds.classifications.economic.find((x) => x.code === c.parent) : null;
    v.lines.push(
      `${scheme}${c.code.length === 3 ? '“类”' : '“款”'}级科目${parent ? `，所属类：${parent.code} ${parent.name}` : ''}。${c.origin === 'standard' ? '（类名称依据国家《政府收支分类科目》，文件本身只列款级代码。）' : ''}`,
    );
    if (figs.length > 1 && figs.length <= 12) for (const f of figs) v.details.push(f);
    else if (figs.length > 12) v.lines.push(`共 ${figs.length} 条明细。`);
    // ("30999是什么，哪个项目用的": the one line that bears the code, by its name.)
    if (items.length === 1) v.lines.push(`使用该代码的明细：${items[0]!.name}。`);
    const other = new Map<string, string>();
    for (const i of items) {
      const o = c.scheme === 'government' ? i.departmentEconomic : i.governmentEconomic;
      if (c.code.length === 5) other.set(o.code, o.name);
    }
    if (other.size > 0)
      v.lines.push(
        `对应的${c.scheme === 'government' ? '部门' : '政府'}经济分类：${[...other].map(([k, n]) => `${k} ${n}`).join('、')}。`,
      );
    const f6 = this.basicTableFigure(code);
    if (f6) v.details.push(f6);
    if (c.origin === 'document') v.sources.push(...c.sources.slice(0, 2).map((s) => toSourceRef(ds, s)));
    const g = ds.glossary.find((x) => normalizeText(x.term) === normalizeText(c.name));
    if (g) {
      v.lines.push(`名称解释：${g.definition}`);
      v.sources.push(toSourceRef(ds, g.source));
    }
    v.whole = this.expenditureTotal();
    v.notes = this.notes(code);
    v.tables = tableNos(
      ds,
      ...(f6 ? (['基本支出'] as const) : []),
      ...(items.length ? (['部门预算明细'] as const) : []),
    );
    v.suggestions = [`${c.name}占多少`, '按经济分类的支出构成', '基本支出按经济分类'];
    return v;
  }

  private projectView(p: Project): View {
    const ds = this.ds;
    const v = emptyView(p.name);
    const src = (line: number, column: string): SourceRef => ({
      kind: 'table',
      table: tableNo(ds, '项目绩效'),
      tableTitle: tableTitle(ds, tableNo(ds, '项目绩效')),
      row: p.name,
      column,
      line,
    });
    const annual = p.funding.find((f) => /年度资金总额/.test(f.label));
    if (annual)
      v.primary = {
        label: `${p.name} 年度资金总额`,
        value: annual.value,
        unit: annual.unit,
        source: src(annual.line, '年度资金总额'),
      };
    for (const f of p.funding.filter((x) => x !== annual))
      v.details.push({ label: f.label, value: f.value, unit: f.unit, source: src(f.line, f.label) });
    const item = this.itemForProject(p);
    if (item)
      v.details.push({ ...this.itemFigure(item), label: `${tableName(item.source.table)} ${item.name}` });
    if (annual?.unitNote) v.lines.push(`注：${annual.unitNote}。`);
    v.lines.push(
      `项目负责人：${p.owner ?? '未填'}；联系电话：${p.phone ?? '未填'}；实施单位：${p.implementingUnit ?? '未填'}；主管部门：${p.supervisor ?? '未填'}。`,
      `项目属性：${p.attribute ?? '未填'}；项目期：${p.period ?? '未填'}。`,
    );
    v.sources.push(src(p.line, '项目名称'));
    (p.parts ?? []).forEach((_, k) => v.details.push(this.partFigure(p, k)));
    if (p.annualGoal) v.lines.push(`年度目标：${p.annualGoal.replace(/\n/g, ' ')}`);
    if (p.indicators.length > 0) {
      v.lines.push(`绩效指标 ${p.indicators.length} 项：`);
      for (const i of p.indicators)
        v.lines.push(
          `· ${i.level1}/${i.level2}${i.level3 ? `/${i.level3}` : ''}：${i.content.replace(/\n/g, ' ')}${i.value ? `（指标值：${i.value}）` : ''}`,
        );
    }
    v.notes = this.notes(p.name);
    v.tables = tableNos(ds, '项目绩效', ...(item ? (['部门预算明细'] as const) : []));
    v.suggestions = ['绩效目标与评价', '表十二是什么', '最大的几个项目'];
    return v;
  }

  /** A part of a project's money its form states (年度目标 "1、…(126万元)", 成本指标 "尾款为69万"). */
  partFigure(p: Project, k: number): Figure {
    const ds = this.ds;
    const part = p.parts![k]!;
    return {
      label: partName(p, part.label),
      value: part.value,
      unit: part.unit,
      source: {
        kind: 'narrative',
        section: `${kindName(ds, '项目绩效')} ${tableTitle(ds, tableNo(ds, '项目绩效'))}（${p.name}）`,
        quote: part.published,
        line: part.line,
      },
    };
  }

  private partView(p: Project, k: number): View {
    const ds = this.ds;
    const v = emptyView(partName(p, p.parts![k]!.label));
    v.primary = this.partFigure(p, k);
    // Its whole is the project's money for the year, as the form states it.
    const whole = this.projectView(p).primary;
    v.whole = whole;
    v.lines.push(
      `属于 ${p.name}（${kindName(ds, '项目绩效')}）${whole ? `，年度资金总额 ${whole.value.toFixed()} ${whole.unit}` : ''}。`,
    );
    (p.parts ?? []).forEach((_, j) => {
      if (j !== k) v.details.push(this.partFigure(p, j));
    });
    // The sentence that states the part, as written ("尾款为69万，占项目预算30%将纳入2021年度预算").
    const part = p.parts![k]!;
    const said = p.indicators
      .flatMap((i) => i.content.split(/(?<=[。；;])/))
      .find((x) => normalizeText(x).includes(normalizeText(part.published)));
    if (said && said.trim() !== part.published.trim())
      v.lines.push(`原文：“${said.trim()}”（第 ${part.line} 行）。`);
    // A remainder paid later (尾款) and this year's money together are the project's whole budget.
    const wholeIn = whole ? (part.unit === '万元' ? inUnit(whole, '万元') : inUnit(whole, '元')) : null;
    if (wholeIn && /尾款/.test(part.label)) {
      const parts: Figure[] = [wholeIn, this.partFigure(p, k)];
      const total =
        part.unit === '万元'
          ? sumOf(
              `${p.name} 项目总预算（本年资金 + ${part.label}）`,
              '万元',
              parts as Figure<'万元'>[],
              '本年资金与尾款之和',
            )
          : sumOf(
              `${p.name} 项目总预算（本年资金 + ${part.label}）`,
              '元',
              parts as Figure<'元'>[],
              '本年资金与尾款之和',
            );
      v.details.push(total);
      // (Its share is of that whole: "尾款为69万，占项目预算30%".)
      v.whole = total;
    }
    v.tables = tableNos(ds, '项目绩效');
    v.suggestions = [`${p.name}的负责人`, `${p.name}多少钱`];
    return v;
  }

  private glossaryView(term: string): View {
    const ds = this.ds;
    const g = ds.glossary.find((x) => x.term === term)!;
    const v = emptyView(`名称解释：${g.term}`);
    v.lines.push(g.definition);
    v.sources.push(toSourceRef(ds, g.source));
    const topic = topicOfTerm(g.term);
    if (topic) {
      const tv = topic.view(ds, this.findings);
      if (tv.primary) v.primary = { ...tv.primary, label: `本部门 ${tv.primary.label}` };
      v.suggestions.push(`${topic.name}比去年变化多少`);
      v.tables = tableNos(ds, ...topic.tables);
    }
    if (g.parent) v.lines.push(`（属于“${g.parent}”的一部分。）`);
    return v;
  }

  private tableView(n: number): View {
    const ds = this.ds;
    const t = tableByNumber(ds, n)!;
    const k = t.kind;
    const v = emptyView(`${tableName(n)} ${t.title}`);
    const guide = TABLE_GUIDE[k];
    if (guide) v.lines.push(guide.answers, `与其他表的关系：${tiesOf(k, (x) => kindName(ds, x))}`);
    v.lines.push(
      t.status === 'empty'
        ? '本部门该表为空表（已公开，但没有数字）。'
        : k === '整体绩效' || k === '项目绩效'
          ? `绩效申报表${k === '项目绩效' ? `，共 ${ds.performance.projects.length} 个项目` : ''}。`
          : `共 ${t.rows.length} 行数据，单位：${t.unit ?? '—'}。`,
    );
    const tr = totalRow(ds, k);
    const col =
      k === '部门预算明细' || k === '项目支出'
        ? 7
        : k === '收支总体' || k === '财政拨款收支总体'
          ? 1
          : k === '三公'
            ? 1
            : k === '基本支出'
              ? 4
              : 2;
    if (tr && t.status === 'published') {
      const f = cellFigure(
        ds,
        t,
        tr,
        col,
        `${tableName(n)} ${tr.cells.find((c) => c && /总计|合计/.test(c))?.replace(/[:：]\s*$/, '') ?? '合计'}`,
      );
      if (f) v.primary = f;
      // (表七 gives last year's column beside this year's: its 总计 there is last year's total.)
      const prev =
        k === '三公'
          ? cellFigure(ds, t, tr, 2, `${tableName(n)} 总计（${ds.meta.previousYear}年预算数）`)
          : null;
      if (prev) v.previous = prev;
    }
    // The projects a 项目绩效 table holds, each with its owner ("表十二每个项目的负责人").
    if (k === '项目绩效') {
      // In the order of the table's own 目录 (its 序号), when it has one; else as the forms follow.
      const at = (name: string) => {
        const c = ds.performance.catalog.find((x) => normalizeText(x.name) === normalizeText(name));
        return c ? c.number : Infinity;
      };
      const listed = [...ds.performance.projects].sort((a, b) => at(a.name) - at(b.name));
      listed.forEach((p, i) =>
        v.lines.push(`${i + 1}. ${p.name}：负责人 ${p.owner ?? '未填'}，联系电话 ${p.phone ?? '未填'}。`),
      );
      v.list = listed.map((p) => this.id('project', p.id));
    }
    // The lines of the budget detail, counted ("表九一共多少条"): the line items read from it.
    const items = ds.lineItems.filter((i) => i.source.table === n);
    if (k === '部门预算明细' && items.length > 0)
      v.details.push(
        countOf(
          `${tableName(n)} 明细条数`,
          '项',
          items.map((i) => this.itemFigure(i)),
          `${tableName(n)} 明细逐条计数`,
        ),
      );
    if (k === '整体绩效' && ds.performance.overall) {
      const f = ds.performance.overall.funding[0];
      if (f) v.primary = formFigure(ds, n, f, `${tableName(n)} ${f.label}`, f.label, OVERALL_FUNDING_COLUMN);
      // The form's own words: what the department sets out to do this year.
      const goal = ds.performance.overall.goal?.trim();
      if (goal)
        v.lines.push(
          `年度绩效目标（原文，第 ${ds.performance.overall.line} 行起）：“${[...goal].slice(0, 300).join('')}”`,
        );
    }
    v.sources.push({
      kind: 'table',
      table: n,
      tableTitle: t.title,
      row: t.title,
      column: '表头',
      line: t.line,
    });
    v.notes = this.notes(tableName(n));
    v.tables = [n];
    v.suggestions = [n < 12 ? `${tableName(n + 1)}是什么` : '表一是什么', `${tableName(n)}加起来对吗`];
    return v;
  }

  private factView(f: Fact, name: string): View {
    const v = emptyView(name);
    v.primary = factFigure(this.ds, f, name);
    const topic = this.byId.get(this.id('topic', f.id.split('.')[0]!));
    const whole = topic?.view().primary;
    if (whole && topic) v.whole = { ...whole, label: topic.name };
    // The facts stated beside it (政府采购项目 8 个 · 预算资金 25,069,065.80 元).
    const prefix = f.id.slice(0, f.id.lastIndexOf('.') + 1);
    for (const s of this.ds.narrative.facts)
      if (
        s !== f &&
        prefix &&
        s.id.startsWith(prefix) &&
        !/\.(previous|change|changePct)$/.test(s.id) &&
        v.details.length < 4
      )
        v.details.push(factFigure(this.ds, s));
    v.lines.push(`原文：“${[...f.source.quote].slice(0, 80).join('')}”`);
    v.sources.push(toSourceRef(this.ds, f.source));
    if (topic) v.suggestions = [`${topic.name}是多少`, `${name}占${topic.name}多少`];
    return v;
  }

  private rowView(label: string): View {
    const ds = this.ds;
    const v = emptyView(label);
    const key = normalizeText(label);
    for (const kind of ['收支总体', '财政拨款收支总体'] as const) {
      const t = table(ds, kind);
      const n = t?.number ?? 0;
      for (const r of t?.rows ?? [])
        for (const col of [0, 2]) {
          const raw = r.cells[col];
          if (
            !raw ||
            normalizeText(raw.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '')) !== key
          )
            continue;
          const f = cellFigure(ds, t!, r, col + 1, `${tableName(n)} ${label}`);
          if (f && !v.primary) v.primary = f;
          else if (f) v.details.push(f);
          else {
            v.sources.push({
              kind: 'table',
              table: n,
              tableTitle: t!.title,
              row: raw,
              column: t!.columns[col + 1]!.name,
              line: r.line,
            });
            if (!v.primaryNote) v.primaryNote = `${tableName(n)}中“${label}”为空白（未安排，不是 0）`;
          }
          v.tables.push(n);
        }
    }
    v.suggestions = ['收入预算是多少', '收入来源构成'];
    return v;
  }
}

/**
 * Whether one subject holds another: a topic its sub-topics (三公 → 公务接待费), 基本支出 / 项目支出 and
 * 表六's 人员 / 公用 columns their line items, a code the codes under it and the line items classified
 * under it (22102 → 2210201 → 表九's 住房公积金 line).
 */
export function contains(whole: Entity, part: Entity): boolean {
  const w = whole.topic?.id;
  if (w && part.topic?.id?.startsWith(`${w}.`)) return true;
  // 基本支出 / 项目支出 and 表六's columns hold the line items of their part.
  const spending = part.item?.spending;
  if (part.item && w && ['basic', 'project', 'personnel', 'public'].includes(w)) {
    if (w === 'project') return spending === 'project';
    if (spending !== 'basic') return false;
    const personnel = /^30[13]/.test(part.item.departmentEconomic.code);
    return w === 'basic' || (w === 'personnel') === personnel;
  }
  const code = (whole.kind === 'functional' || whole.kind === 'economic') && whole.codes[0];
  if (!code) return false;
  if (part.kind === whole.kind && part.codes[0]!.startsWith(code) && part.codes[0] !== code) return true;
  const i = part.item;
  return (
    !!i &&
    (whole.kind === 'functional' ? (i.functional?.code ?? '') : i.departmentEconomic.code).startsWith(code)
  );
}

export type { Finding };

/** The topic whose name or alias a 名称解释 term is. */
function topicOfTerm(term: string): (typeof TOPICS)[number] | undefined {
  const key = normalizeText(term);
  return TOPICS.find((t) => t.aliases.some((a) => normalizeText(a) === key) || normalizeText(t.name) === key);
}
