/**
 * The answer engine: a question in, an Answer out. Built once from the loaded knowledge base; pure and
 * deterministic afterwards. Never throws: any failure becomes a polite answer.
 */
import type { Check, Finding } from '../kb/audit.js';
import { runAudit } from '../kb/audit.js';
import type { Dataset, KnowledgeBase } from '../kb/loader.js';
import { tableName } from '../kb/tables.js';
import { formatYuan, Money } from '../money.js';
import { formatFigureValue } from '../present.js';
import type { AskOptions, AutocompleteChoice, AutocompleteOptions, Engine } from '../engine.js';
import { SearchIndex, type SearchHit } from '../search.js';
import { clip, cleanQuestion, normalizeText } from '../text.js';
import { answerAudit, answerBreakdown, answerHelp, answerItemsUnder, answerRanking } from './lists.js';
import { tourStep } from './tour.js';
import {
  bound,
  changeOf,
  comparisonChart,
  chartSource,
  datasetRef,
  figureLine,
  makeAnswer,
  viewLines,
  whereLines,
} from './compose.js';
import { DatasetEntities, type Entity } from './entities.js';
import { computed, tableNo, tableTitle } from './figures.js';
import { parseQuestion, type Parsed } from './intent.js';
import { STANDARD_DEFINITIONS } from './definitions.js';
import type { Answer, DatasetRef, Figure, Subject } from './types.js';

/** A loaded dataset with its entities and (computed once, on first use) its audit. */
export class LoadedDataset {
  readonly entities: DatasetEntities;
  private audit: { findings: Finding[]; checks: Check[] } | undefined;
  constructor(readonly ds: Dataset) {
    this.entities = new DatasetEntities(ds, () => this.findings);
  }

  private audited(): { findings: Finding[]; checks: Check[] } {
    return (this.audit ??= runAudit(this.ds));
  }

  get findings(): Finding[] {
    return this.audited().findings;
  }

  get checks(): Check[] {
    return this.audited().checks;
  }
}

export const MAX_QUESTION_CHARS = 500;

const OTHER_DISTRICTS =
  /(东城|海淀|朝阳|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆|浦东|黄浦|徐汇|静安)区?/;
const ORG =
  /([\u4e00-\u9fa5]{1,8}?(?:局|委员会|卫健委|教委|发改委|财政局|人社局|厅|法院|检察院|医院|学校|街道办事处|街道))/;

export class BudgetEngine implements Engine {
  readonly loaded: LoadedDataset[];
  readonly datasets: DatasetRef[];
  readonly index: SearchIndex;
  readonly entities = new Map<string, Entity>();
  private readonly knownNames: string[];
  private readonly byDatasetId: Map<string, LoadedDataset>;
  /** The newest dataset (the first loaded among equals) */
  private readonly newest: LoadedDataset | undefined;
  private readonly years: Set<number>;
  /** How long each part of the build took, in ms (for the benchmark) */
  readonly buildTimes = { audit: 0, entities: 0, searchDocs: 0, index: 0 };

  constructor(kb: KnowledgeBase) {
    const clock = (part: keyof BudgetEngine['buildTimes'], t: number) => {
      this.buildTimes[part] += performance.now() - t;
      return performance.now();
    };
    let t = performance.now();
    this.loaded = kb.datasets.map((ds) => {
      t = performance.now();
      const l = new LoadedDataset(ds);
      t = clock('entities', t);
      // Audited now, not on the first question: answers then stay within a few ms at any scale.
      void l.findings;
      clock('audit', t);
      return l;
    });
    this.datasets = this.loaded.map((l) => datasetRef(l.ds));
    this.byDatasetId = new Map(this.loaded.map((l) => [l.ds.meta.id, l]));
    this.newest = this.loaded.reduce<LoadedDataset | undefined>(
      (a, b) => (!a || b.ds.meta.fiscalYear > a.ds.meta.fiscalYear ? b : a),
      undefined,
    );
    this.years = new Set(this.loaded.flatMap((l) => [l.ds.meta.fiscalYear, l.ds.meta.previousYear]));
    for (const l of this.loaded) for (const e of l.entities.all) this.entities.set(e.id, e);
    t = performance.now();
    const docs = this.loaded.flatMap((l) => l.entities.searchDocs());
    t = clock('searchDocs', t);
    this.index = new SearchIndex(docs);
    clock('index', t);
    this.knownNames = this.loaded.flatMap((l) => [
      l.ds.meta.department,
      l.ds.meta.shortName ?? '',
      ...(l.ds.narrative.statements.find((s) => s.id === 'sangong.units')?.text.split(/[、，,]/) ?? []),
      ...l.ds.lineItems.map((i) => i.name),
      ...l.ds.performance.projects.flatMap((p) => [p.name, p.implementingUnit ?? '', p.supervisor ?? '']),
    ]);
  }

  answer(question: string, options: AskOptions = {}): Answer {
    try {
      return this.partialNote(this.answerInner(typeof question === 'string' ? question : '', options));
    } catch {
      return makeAnswer({
        kind: 'not_found',
        title: '抱歉，这个问题没能回答',
        lines: ['处理这个问题时出了意外，已记录。请换个说法，或输入“帮助”查看可以问什么。'],
        datasets: this.datasets,
      });
    }
  }

  /** An answer drawing on a dataset imported with --allow-partial says so first, with what is missing. */
  private partialNote(a: Answer): Answer {
    const partial = this.loaded.filter(
      (l) => l.ds.meta.partial && a.datasets.some((d) => d.id === l.ds.meta.id),
    );
    if (partial.length === 0) return a;
    const notes = partial.map(
      (l) =>
        `⚠ 注意：${l.ds.meta.department} ${l.ds.meta.fiscalYear}年的文件导入时不完整（${l.ds.meta.partial!.join('；')}），以下回答可能缺少数据。`,
    );
    return { ...a, lines: [...notes, ...a.lines] };
  }

  autocomplete(query: string, options: AutocompleteOptions = {}): AutocompleteChoice[] {
    try {
      return this.autocompleteInner(typeof query === 'string' ? query : '', options);
    } catch {
      return [];
    }
  }

  // ------------------------------------------------------------------ datasets

  private defaultDataset(): LoadedDataset | undefined {
    return this.newest;
  }

  private loadedLabel(): string {
    return this.loaded.length === 0
      ? '（没有加载任何预算）'
      : this.loaded.map((l) => `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年`).join('、');
  }

  // ------------------------------------------------------------------ main flow

  private answerInner(raw: string, options: AskOptions): Answer {
    const cleaned = cleanQuestion(raw);
    if (cleaned === '') return answerHelp(this, { empty: true });
    const tooLong = [...cleaned].length > MAX_QUESTION_CHARS;
    const question = tooLong ? [...cleaned].slice(0, MAX_QUESTION_CHARS).join('') : cleaned;

    const direct = this.entities.get(question.trim());
    if (direct) return this.lookup(this.find(direct.datasetId)!, direct, parseQuestion(''), undefined);

    const p = parseQuestion(question);
    // "2019年无线网络租赁费": a year that is part of a name is not a year to look in.
    for (const y of [...p.years]) {
      if (!this.yearInName(y, question)) continue;
      p.years = p.years.filter((x) => x !== y);
      p.subject = `${y}年${p.subject}`;
      p.previous = /去年|上年|上一年/.test(question) && !p.change;
    }
    if (p.help || p.greeting) return answerHelp(this, { greeting: p.greeting });
    if (this.loaded.length === 0) return answerHelp(this, {});

    // Which dataset: an explicit option, a year or department named in the question, else the newest.
    let l = options.datasetId ? this.find(options.datasetId) : undefined;
    let previousMode = false;
    const scope = this.outOfScope(p, question);
    if (scope) return scope;
    // With several departments loaded, a year picks among the chosen department's documents.
    const dept = l?.ds.meta.department;
    const sameDept = (x: LoadedDataset) => dept === undefined || x.ds.meta.department === dept;
    for (const y of p.years) {
      const exact = this.loaded.find((x) => x.ds.meta.fiscalYear === y && sameDept(x));
      const prevOf = this.loaded.find((x) => x.ds.meta.previousYear === y && sameDept(x));
      if (exact) l = exact;
      else if (prevOf) {
        l = l ?? prevOf;
        previousMode = !p.change;
      }
    }
    l = l ?? (options.previous ? this.find(options.previous.datasetId) : undefined) ?? this.defaultDataset()!;

    const previous = options.previous;
    const prevEntity = previous?.id ? this.entities.get(previous.id) : undefined;
    const interp = (e: Entity, q: Parsed = p) => interpretation(e, q, this.find(e.datasetId)?.ds ?? l.ds);

    if (p.tour && !p.subject.replace(/预算|这份|一下/g, '')) return tourStep(this, l.ds.meta.id, 0);
    if (p.audit) return answerAudit(this, l, p, prevEntity);
    if (p.ranking) return answerRanking(this, l, p);

    // A follow-up naming only a position in the last list: "第二个呢？"
    if (p.ordinal && previous?.list && !p.subject) {
      const id = previous.list[p.ordinal - 1];
      const e = id ? this.entities.get(id) : undefined;
      if (e) return this.lookup(this.find(e.datasetId)!, e, p, `按上文第 ${p.ordinal} 项：${e.name}`);
      return makeAnswer({
        kind: 'not_found',
        title: `上文没有第 ${p.ordinal} 项`,
        lines: [`上一个答案只列了 ${previous.list.length} 项。`],
        datasets: [datasetRef(l.ds)],
      });
    }

    // Codes are exact: 30217, 2010301, 201, 50206…
    for (const code of p.codes) {
      const e =
        this.entities.get(`${l.ds.meta.id}/functional/${code}`) ??
        this.entities.get(`${l.ds.meta.id}/economic/${code}`);
      if (e) return this.present(l, e, p, undefined, previousMode);
    }
    if (p.codes.length > 0 && !p.subject) return this.codeNotFound(l, p.codes[0]!);

    if (p.breakdown && !p.subject) {
      const scopeEntity = p.followUp ? prevEntity : undefined;
      return answerBreakdown(this, l, p, scopeEntity, scopeEntity ? interp(scopeEntity) : undefined);
    }

    if (p.tableNumber && (!p.subject || /是什么|什么|讲|看什么|干什么|内容|有什么/.test(p.text))) {
      const e = this.entities.get(`${l.ds.meta.id}/table/${p.tableNumber}`);
      if (e) return this.present(l, e, p, undefined, previousMode);
    }

    // The question (less punctuation and 是多少/呢/吗) may be a name as it stands: 上年结转, 多少人.
    const whole = this.exactName(l, question);
    if (whole && !p.ranking && !p.breakdown)
      return this.present(
        l,
        whole,
        { ...p, previous: p.previous && !/上年|去年/.test(whole.name) },
        undefined,
        previousMode,
      );
    const resolved = p.subject ? this.resolve(l, p) : null;
    if (resolved && 'ambiguous' in resolved) return this.ambiguous(l, p, resolved.ambiguous);
    if (resolved) {
      if (p.breakdown) return answerBreakdown(this, l, p, resolved.entity, undefined);
      if (p.detail) return answerItemsUnder(this, l, resolved.entity, undefined);
      // "那项目支出呢？" after "基本支出比去年变化多少": a new subject, asked the same way.
      if (p.followUp && previous?.facet && !ownFacet(p)) {
        const q = inheritFacet(p, previous.facet);
        return this.present(l, resolved.entity, q, interp(resolved.entity, q), previousMode);
      }
      return this.present(l, resolved.entity, p, undefined, previousMode);
    }
    if (prevEntity && (p.followUp || !p.subject)) return this.followUp(prevEntity, p, previousMode, interp);
    if (p.breakdown) return answerBreakdown(this, l, p, undefined, undefined);
    if (p.tour) return tourStep(this, l.ds.meta.id, 0);
    if (!p.subject && (p.change || p.share || p.previous || p.why || p.where))
      return makeAnswer({
        kind: 'not_found',
        title: '请说明要问的项目',
        lines: [
          '这个问题要接着上一个问题问，但现在没有上文（或上文已过期）。请带上项目名称，例如“公务接待费比去年变化多少”。',
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: ['公务接待费比去年变化多少', '三公经费是多少', '科学技术支出占多少'],
      });
    return this.notFound(l, p, tooLong);
  }

  /** A question that leans on the previous subject: "那去年呢？", "占多少？", "代码呢？", "明细呢？" */
  private followUp(
    e: Entity,
    p: Parsed,
    previousMode: boolean,
    interp: (e: Entity, q?: Parsed) => string,
  ): Answer {
    const l = this.find(e.datasetId)!;
    if (p.breakdown) return answerBreakdown(this, l, p, e, interp(e));
    if (p.detail) return answerItemsUnder(this, l, e, interp(e));
    if (p.codeOf) {
      const code =
        e.item?.departmentEconomic.code ??
        e.topic?.code ??
        (e.project ? l.entities.itemForProject(e.project)?.departmentEconomic.code : undefined);
      const ce = code
        ? this.entities.get(`${l.ds.meta.id}/economic/${code}`)
        : e.kind === 'functional' || e.kind === 'economic'
          ? e
          : undefined;
      if (ce) return this.lookup(l, ce, p, `按上文：${e.name} 的经济分类代码`);
      if (code)
        return makeAnswer({
          kind: 'code',
          title: `${e.name} 的经济分类代码`,
          lines: [`${e.name}对应部门经济分类 ${code}；本预算的明细中没有使用该代码（金额为 0 或未安排）。`],
          datasets: [datasetRef(l.ds)],
          subject: this.subjectOf(e),
        });
    }
    const q = ownFacet(p) ? p : { ...p };
    return this.present(l, e, q, interp(e, { ...q, previous: q.previous || previousMode }), previousMode);
  }

  private readonly pinned = new Map<string, Entity[]>();
  /** year → fragments of names reading "<year>年…" (the year and up to four characters after it) */
  private namesWithYear: Map<number, Set<string>> | null = null;
  private longestYearFragment = 0;

  /** True when the question spells out part of a name that contains "<y>年". */
  private yearInName(y: number, question: string): boolean {
    if (!this.namesWithYear) {
      this.namesWithYear = new Map();
      for (const e of this.entities.values()) {
        for (const m of e.name.matchAll(/((?:19|20)\d{2})年度?/g)) {
          const year = Number.parseInt(m[1]!, 10);
          const fragment = normalizeText(e.name.slice(m.index, m.index + m[0].length + 4));
          let set = this.namesWithYear.get(year);
          if (!set) this.namesWithYear.set(year, (set = new Set()));
          set.add(fragment);
          this.longestYearFragment = Math.max(this.longestYearFragment, fragment.length);
        }
      }
    }
    const fragments = this.namesWithYear.get(y);
    if (!fragments) return false;
    // Every fragment starts with the year: look up the question's substrings that start where it does.
    const q = normalizeText(question);
    const ys = String(y);
    for (let i = q.indexOf(ys); i >= 0; i = q.indexOf(ys, i + 1))
      for (let end = i + ys.length; end <= Math.min(q.length, i + this.longestYearFragment); end++)
        if (fragments.has(q.slice(i, end))) return true;
    return false;
  }

  /** Known names by character bigram (built on first need): a substring test without scanning them all. */
  private knownByBigram: Map<string, number[]> | null = null;
  private knownSet: Set<string> | null = null;

  /** Some known name contains `text`. */
  private knownIncludes(text: string): boolean {
    if (text.length < 2) return this.knownNames.some((n) => n.includes(text));
    if (!this.knownByBigram) {
      this.knownByBigram = new Map();
      this.knownNames.forEach((n, i) => {
        for (let c = 0; c + 1 < n.length; c++) {
          const g = n.slice(c, c + 2);
          const list = this.knownByBigram!.get(g);
          if (!list) this.knownByBigram!.set(g, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      });
    }
    let rarest: number[] | undefined;
    for (let c = 0; c + 1 < text.length; c++) {
      const list = this.knownByBigram.get(text.slice(c, c + 2));
      if (!list) return false;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!.some((i) => this.knownNames[i]!.includes(text));
  }

  /** `text` contains some (non-empty) known name. */
  private knownWithin(text: string): boolean {
    this.knownSet ??= new Set(this.knownNames.filter((n) => n));
    for (let i = 0; i < text.length; i++)
      for (let j = i + 1; j <= text.length; j++) if (this.knownSet.has(text.slice(i, j))) return true;
    return false;
  }

  find(id: string): LoadedDataset | undefined {
    return this.byDatasetId.get(id);
  }

  /** A year or an organisation the loaded documents do not hold. */
  private outOfScope(p: Parsed, question: string): Answer | null {
    const missingYear = p.years.find((y) => !this.years.has(y));
    const district = OTHER_DISTRICTS.exec(question)?.[0];
    const org = ORG.exec(question)?.[1];
    const orgUnknown = org && !this.knownIncludes(org) && !this.knownWithin(org) ? org : undefined;
    const what = missingYear
      ? `${missingYear}年的预算`
      : district && !this.knownIncludes(district)
        ? `${district}`
        : orgUnknown;
    if (!what) return null;
    const l = this.defaultDataset();
    const hint = l && p.subject ? this.index.search(p.subject, { limit: 3, scope: l.ds.meta.id }) : [];
    const suggestions = [...new Set(hint.map((h) => this.entities.get(h.id)!.name))];
    return makeAnswer({
      kind: 'out_of_scope',
      title: `已加载的预算里没有${clip(what, 20)}`,
      lines: [
        `已加载的预算文件只有：${this.loadedLabel()}${this.loaded.length ? `（文字说明和表七含${this.loaded.map((x) => x.ds.meta.previousYear).join('、')}年的对比数）` : ''}。`,
        `没有${clip(what, 20)}的数据，所以不能给出数字。`,
        ...(suggestions.length && l
          ? [`在 ${l.ds.meta.fiscalYear}年预算中，相近的有：${suggestions.join('、')}。`]
          : []),
        '如需其他年度或部门，请管理员导入该文件（npm run import）。',
      ],
      datasets: this.datasets,
      suggestions:
        l && suggestions.length
          ? suggestions.map((s) => `${l.ds.meta.fiscalYear}年${s}`)
          : ['三公经费是多少'],
    });
  }

  /** An entity whose name or alias is the question itself (less punctuation and a trailing 是多少/呢/吗). */
  private exactName(l: LoadedDataset, question: string): Entity | null {
    const bare = question.replace(/[?？!！。.,，\s]/g, '');
    for (const key of [bare, bare.replace(/(?:是多少钱?|有多少|多少钱|多少|是什么|是谁|呢|吗|啊)+$/, '')]) {
      if (!key) continue;
      const hits = this.index.byExact(key, l.ds.meta.id).sort((a, b) => (a.rank ?? 5) - (b.rank ?? 5));
      const kinds = new Set(hits.map((h) => this.entities.get(h.id)!.kind));
      if (
        hits.length === 1 ||
        (hits.length > 1 && (hits[0]!.rank ?? 5) < (hits[1]!.rank ?? 5)) ||
        (hits.length > 1 && kinds.size > 1)
      )
        return this.entities.get(hits[0]!.id)!;
    }
    return null;
  }

  /** The entity a subject names, or the set of equally good ones. */
  resolve(l: LoadedDataset, p: Parsed): { entity: Entity } | { ambiguous: Entity[] } | null {
    const prefix = `${l.ds.meta.id}/`;
    const wantsProject = p.owner || p.indicators;
    // A bare number is a code: it matches a code exactly (handled before) or nothing — never fuzzily.
    if (/^\d+$/.test(p.subject.trim())) return null;
    const hits = this.index.search(p.subject, { limit: 12, scope: l.ds.meta.id });
    if (hits.length === 0) return null;
    const ent = (h: SearchHit) => this.entities.get(h.id)!;
    if (wantsProject) {
      const proj = hits.find((h) => ent(h).kind === 'project' && h.coverage >= 0.5);
      if (proj) return { entity: ent(proj) };
      const item = hits.find((h) => ent(h).kind === 'item');
      const pr = item ? l.entities.projectForItem(ent(item).item!) : undefined;
      if (pr) return { entity: this.entities.get(`${prefix}project/${pr.id}`)! };
    }
    if (p.definition) {
      const g = hits.find((h) => ent(h).kind === 'glossary' && h.coverage >= 0.8);
      if (g) return { entity: ent(g) };
    }
    const best = hits[0]!;
    const top = ent(best);
    const ties = hits.filter(
      (h) =>
        h.score - best.score < 0.02 &&
        Math.abs(h.coverage - best.coverage) < 0.02 &&
        ent(h).kind === top.kind &&
        h.via === best.via,
    );
    if (
      ties.length > 1 &&
      best.via !== 'exact' &&
      best.via !== 'code' &&
      ties.some((h) => !ent(h).amount?.equals(top.amount ?? -1))
    )
      return { ambiguous: ties.map(ent) };
    if (ties.length > 1 && best.via === 'exact' && top.kind === 'item') return { ambiguous: ties.map(ent) };
    return { entity: top };
  }

  /** Lookup, change, share, where, definition… of one entity, as the question asks. */
  present(
    l: LoadedDataset,
    e: Entity,
    p: Parsed,
    interpretation: string | undefined,
    previousMode = false,
  ): Answer {
    if (
      p.definition &&
      !p.change &&
      !p.share &&
      (e.kind === 'topic' || e.kind === 'economic' || e.kind === 'functional' || e.kind === 'glossary')
    ) {
      const d = this.definition(l, e, p, interpretation);
      if (d) return d;
    }
    if (p.owner && !p.change) {
      const o = this.owner(l, e, interpretation);
      if (o) return o;
    }
    if (p.share) return this.share(l, e, p, interpretation);
    if (p.where && !p.change && !p.previous) return this.where(l, e, interpretation);
    if (p.change || p.why) return this.lookup(l, e, p, interpretation, 'change');
    if (p.previous || previousMode) return this.lookup(l, e, p, interpretation, 'previous');
    return this.lookup(l, e, p, interpretation);
  }

  subjectOf(e: Entity, facet?: string): Subject {
    const kind = SUBJECT_KIND[e.kind];
    return { kind, id: e.id, name: e.name, datasetId: e.datasetId, ...(facet ? { facet } : {}) };
  }

  private english(p: Parsed, e: Entity, f: Figure | null): string[] {
    if (!p.english) return [];
    const value = f
      ? f.unit === '元'
        ? `${formatYuan(f.value).replace(' 元', '')} yuan`
        : `${formatFigureValue(f)}`
      : 'not published';
    return [`In English: ${e.name} — ${value}. Figures are exact to the fen; sources below.`];
  }

  lookup(
    l: LoadedDataset,
    e: Entity,
    p: Parsed,
    interpretation: string | undefined,
    focus?: 'change' | 'previous',
  ): Answer {
    const ds = l.ds;
    const v = e.view();
    const { lines, figures } = viewLines(v, ds, focus ? { focus } : {});
    let chart;
    if (v.chart) chart = v.chart;
    else if (v.previous && v.primary)
      chart = comparisonChart(
        ds,
        v.title,
        [{ name: v.title, current: v.primary, previous: v.previous }],
        chartSource(v.tables.length ? v.tables : [], ds, '文字说明'),
      );
    if (e.topic?.id === 'sangong') {
      const parts = ['sangong.abroad', 'sangong.reception', 'sangong.vehicle'].map((id) =>
        this.entities.get(`${ds.meta.id}/topic/${id}`)!.view(),
      );
      chart = comparisonChart(
        ds,
        '“三公”经费',
        parts.map((pv) => ({ name: pv.title, current: pv.primary, previous: pv.previous ?? null })),
        chartSource([7], ds, '文字说明第四部分'),
      );
    }
    const titleYear = focus === 'previous' ? ds.meta.previousYear : ds.meta.fiscalYear;
    const title =
      focus === 'change' ? `${v.title}：与${ds.meta.previousYear}年比较` : `${v.title} · ${titleYear}年`;
    return makeAnswer({
      kind: focus === 'change' ? 'change' : answerKindOf(e),
      title,
      lines: [...this.english(p, e, focus === 'previous' ? (v.previous ?? null) : v.primary), ...lines],
      figures,
      sources: v.sources,
      datasets: [datasetRef(ds)],
      suggestions: [
        ...(focus === 'change' ? [`${v.title}在哪个表`] : v.previous ? [`${v.title}比去年变化多少`] : []),
        ...v.suggestions,
      ],
      // A picture where it says more: changes, and 三公 (the public watches it) with its last-year bar.
      ...(chart && (focus === 'change' || e.topic?.id.startsWith('sangong')) ? { chart } : {}),
      subject: this.subjectOf(e, focus),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  /** "谁负责…": the 表十二 form's owner, phone and unit, briefly. */
  private owner(l: LoadedDataset, e: Entity, interpretation: string | undefined): Answer | null {
    const project = e.project ?? (e.item ? l.entities.projectForItem(e.item) : undefined);
    const projects = project ? [project] : e.topic?.id === 'performance' ? l.ds.performance.projects : [];
    if (projects.length === 0) return null;
    const lines: string[] = [];
    const figures: Figure[] = [];
    for (const p of projects) {
      const pe = this.entities.get(`${l.ds.meta.id}/project/${p.id}`)!;
      const v = pe.view();
      lines.push(
        `${p.name}：负责人 ${p.owner ?? '未填'}，联系电话 ${p.phone ?? '未填'}，实施单位 ${p.implementingUnit ?? '未填'}。`,
      );
      if (v.primary) {
        lines.push(`  ${figureLine(v.primary)}`);
        figures.push(v.primary);
      }
    }
    const head = l.ds.performance.overall;
    if (!project && head?.head)
      lines.push(`部门整体绩效目标（表十一）负责人：${head.head}，联系电话 ${head.phone ?? '未填'}。`);
    const src = (p: (typeof projects)[number]) => ({
      kind: 'table' as const,
      table: tableNo(l.ds, '项目绩效'),
      tableTitle: tableTitle(l.ds, tableNo(l.ds, '项目绩效')),
      row: p.name,
      column: '项目负责人',
      line: p.line,
    });
    return makeAnswer({
      kind: 'fact',
      title: project ? `${project.name} 的负责人` : '项目负责人',
      lines,
      figures,
      sources: projects.map(src),
      datasets: [datasetRef(l.ds)],
      suggestions: project ? [`${project.name}的绩效指标`, `${project.name}多少钱`] : ['绩效目标与评价'],
      subject: this.subjectOf(e, 'owner'),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  private where(l: LoadedDataset, e: Entity, interpretation: string | undefined): Answer {
    const v = e.view();
    const { figures } = viewLines(v, l.ds);
    return makeAnswer({
      kind: 'table',
      title: `${v.title} 的出处`,
      lines: [...whereLines(v, figures)],
      figures: figures.slice(0, 6),
      sources: v.sources,
      datasets: [datasetRef(l.ds)],
      suggestions: [...new Set(v.tables)].slice(0, 3).map((n) => `${tableName(n)}是什么`),
      subject: this.subjectOf(e, 'where'),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  private share(l: LoadedDataset, e: Entity, p: Parsed, interpretation: string | undefined): Answer {
    const v = e.view();
    let whole = v.whole ?? l.entities.expenditureTotal();
    if (p.shareOf) {
      const w = this.resolve(l, {
        ...p,
        subject: p.shareOf,
        owner: false,
        indicators: false,
        definition: false,
      });
      const wv = w && 'entity' in w ? w.entity.view() : null;
      if (wv?.primary) whole = { ...wv.primary, label: wv.title };
    }
    const part = v.primary;
    if (
      !part ||
      !whole ||
      whole.value.isZero() ||
      !(
        part.unit === whole.unit ||
        (part.unit !== '%' &&
          whole.unit !== '%' &&
          ['元', '万元'].includes(part.unit) &&
          ['元', '万元'].includes(whole.unit))
      )
    )
      return makeAnswer({
        kind: 'share',
        title: `${v.title} 的占比`,
        lines: [`${v.title}没有可以计算占比的金额${part ? '' : '（文件没有公布该数）'}。`],
        figures: part ? [part] : [],
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'share'),
      });
    const pct = computed(
      `${v.title}占${whole.label}的比例`,
      'percent',
      [part, whole],
      '%',
      `${part.label} ÷ ${whole.label} × 100`,
    );
    return makeAnswer({
      kind: 'share',
      title: `${v.title} 占 ${whole.label}`,
      lines: [
        figureLine(part),
        figureLine(whole),
        `${v.title}占${whole.label}的 ${formatFigureValue(pct)}（${pct.derivation}）。`,
      ],
      figures: [part, whole, pct],
      sources: v.sources.slice(0, 2),
      datasets: [datasetRef(l.ds)],
      suggestions: ['按功能分类的支出构成', `${v.title}比去年变化多少`],
      subject: this.subjectOf(e, 'share'),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  private definition(
    l: LoadedDataset,
    e: Entity,
    p: Parsed,
    interpretation: string | undefined,
  ): Answer | null {
    const ds = l.ds;
    const key = normalizeText(e.name);
    const glossary =
      e.kind === 'glossary'
        ? e
        : l.entities.all.find(
            (x) =>
              x.kind === 'glossary' &&
              (normalizeText(x.name) === key ||
                e.topic?.aliases.some((a) => normalizeText(a) === normalizeText(x.name))),
          );
    if (e.kind === 'functional' || e.kind === 'economic')
      return this.lookup(l, e, { ...p, definition: false }, interpretation);
    if (glossary) return this.lookup(l, glossary, { ...p, definition: false }, interpretation);
    const std = STANDARD_DEFINITIONS[e.topic?.id ?? ''];
    if (!std) return null;
    const v = e.view();
    const lines = [`${v.title}：${std}`, '（通用解释，依据财政预算常用口径；本文件“名称解释”未收录此词。）'];
    const figs = v.primary ? [v.primary] : [];
    if (v.primary) lines.push(`本部门数：${figureLine(v.primary)}`);
    return makeAnswer({
      kind: 'glossary',
      title: `什么是${v.title}`,
      lines,
      figures: figs,
      datasets: [datasetRef(ds)],
      suggestions: v.suggestions,
      subject: this.subjectOf(e, 'definition'),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  private ambiguous(l: LoadedDataset, p: Parsed, list: Entity[]): Answer {
    const figures: Figure[] = [];
    const lines = [`「${clip(p.subject, 30)}」对应 ${list.length} 项，请指明是哪一项：`];
    list.slice(0, 10).forEach((e, i) => {
      const v = e.view();
      if (v.primary) figures.push({ ...v.primary, label: e.name });
      lines.push(
        `${i + 1}. ${e.name}：${v.primary ? formatFigureValue(v.primary) : (v.primaryNote ?? '—')}${v.primary?.source?.kind === 'table' ? `（${tableName(v.primary.source.table)} 第 ${v.primary.source.line} 行）` : ''}`,
      );
    });
    const sum =
      figures.length > 1 && figures.every((f) => f.unit === '元')
        ? computed(`以上 ${figures.length} 项合计`, 'sum', figures, '元', '各项之和')
        : null;
    if (sum) lines.push(figureLine(sum));
    return makeAnswer({
      kind: 'ambiguous',
      title: `「${clip(p.subject, 30)}」有 ${list.length} 个匹配`,
      lines,
      figures: sum ? [...figures, sum] : figures,
      datasets: [datasetRef(l.ds)],
      suggestions: list.slice(0, 3).map((e) => e.name),
      subject: { kind: 'item', name: p.subject, datasetId: l.ds.meta.id, list: list.map((e) => e.id) },
    });
  }

  private codeNotFound(l: LoadedDataset, code: string): Answer {
    return makeAnswer({
      kind: 'not_found',
      title: `没有找到代码 ${clip(code, 20)}`,
      lines: [
        `在 ${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算中没有代码 ${clip(code, 20)}。`,
        '功能分类代码为 3、5、7 位（如 201、20103、2010301），经济分类代码为 5 位（如 30217、50206）。',
      ],
      datasets: [datasetRef(l.ds)],
      suggestions: ['30217 是什么', '2010301 是什么', '按经济分类的支出构成'],
    });
  }

  private notFound(l: LoadedDataset, p: Parsed, tooLong: boolean): Answer {
    if (/^\d{3,}$/.test(p.subject)) return this.codeNotFound(l, p.subject);
    const near = p.subject
      ? this.index.search(p.subject, {
          limit: 3,
          minCoverage: 0.25,
          scope: l.ds.meta.id,
        })
      : [];
    const names = [...new Set(near.map((h) => this.entities.get(h.id)!.name))];
    return makeAnswer({
      kind: 'not_found',
      title: '没有找到相关预算数据',
      lines: bound([
        `在已加载的预算（${this.loadedLabel()}）中没有找到「${clip(p.subject || p.text, 30)}」。`,
        ...(tooLong ? [`问题太长，只读了前 ${MAX_QUESTION_CHARS} 个字。`] : []),
        ...(names.length
          ? [`您可能想问：${names.join('、')}。`]
          : ['可以问金额、代码、三公经费、增减变化、构成和排名，输入“帮助”看示例。']),
      ]),
      datasets: [datasetRef(l.ds)],
      suggestions: names.length ? names : ['三公经费是多少', '最大的几个项目', '帮助'],
    });
  }

  // ------------------------------------------------------------------ autocomplete

  private autocompleteInner(query: string, options: AutocompleteOptions): AutocompleteChoice[] {
    const limit = Math.min(Math.max(options.limit ?? 25, 1), 25);
    const kinds = options.kinds ?? ['item', 'code', 'project', 'glossary', 'fact'];
    const l = (options.datasetId ? this.find(options.datasetId) : undefined) ?? this.defaultDataset();
    if (!l) return [];
    const allowed = (e: Entity) =>
      (e.kind === 'item' && kinds.includes('item')) ||
      ((e.kind === 'functional' || e.kind === 'economic') && kinds.includes('code')) ||
      (e.kind === 'project' && kinds.includes('project')) ||
      (e.kind === 'glossary' && kinds.includes('glossary')) ||
      (e.kind === 'topic' && kinds.includes('fact'));
    const q = cleanQuestion(query).slice(0, 100);
    let list: Entity[];
    if (!q) {
      // Pinned on an empty query: the largest amounts of the allowed kinds (sorted once per dataset and kinds).
      const key = `${l.ds.meta.id}|${[...kinds].sort().join(',')}`;
      let pinned = this.pinned.get(key);
      if (!pinned) {
        pinned = l.entities.all
          .filter(allowed)
          .filter((e) => e.amount)
          .sort((a, b) => b.amount!.comparedTo(a.amount!))
          .slice(0, 25);
        this.pinned.set(key, pinned);
      }
      list = pinned.slice(0, limit);
    } else {
      const hits = this.index.search(q, {
        limit: limit * 2,
        minCoverage: 0.34,
        scope: l.ds.meta.id,
        filter: (d) => allowed(this.entities.get(d.id)!),
      });
      list = hits.map((h) => this.entities.get(h.id)!);
    }
    return list
      .slice(0, limit)
      .map((e) => ({ name: choiceName(e), value: e.id.length <= 100 ? e.id : e.id.slice(0, 100) }));
  }
}

/** "日常公用支出（在职人员）_公务接待费 · 22,320.24 元" within 100 characters. */
function choiceName(e: Entity): string {
  const code = e.codes[0] && !e.name.startsWith(e.codes[0]) ? `${e.codes[0]} ` : '';
  const amount = e.amount ? ` · ${formatYuan(e.amount)}` : '';
  const base = `${code}${e.name}`;
  const room = 100 - [...amount].length;
  return `${[...base].length > room ? `${[...base].slice(0, room - 1).join('')}…` : base}${amount}`;
}

const SUBJECT_KIND: Record<Entity['kind'], Subject['kind']> = {
  topic: 'fact',
  item: 'item',
  project: 'item',
  row: 'item',
  functional: 'code',
  economic: 'code',
  glossary: 'glossary',
  table: 'table',
};

const TOTAL_TOPICS = new Set(['income', 'expenditure', 'basic', 'project', 'personnel', 'public', 'fiscal']);

/** The kind of a plain lookup answer about an entity. */
function answerKindOf(e: Entity): Answer['kind'] {
  if (e.topic?.id.startsWith('sangong')) return 'sangong';
  if (e.topic && TOTAL_TOPICS.has(e.topic.id)) return 'total';
  if (e.kind === 'topic') return 'fact';
  if (e.kind === 'functional' || e.kind === 'economic') return 'code';
  if (e.kind === 'glossary' || e.kind === 'table') return e.kind;
  return 'amount';
}

/** The question asks something of its subject beyond "how much". */
function ownFacet(p: Parsed): boolean {
  return (
    p.change ||
    p.previous ||
    p.share ||
    p.where ||
    p.owner ||
    p.definition ||
    p.why ||
    p.indicators ||
    p.breakdown !== null
  );
}

function inheritFacet(p: Parsed, facet: string): Parsed {
  return {
    ...p,
    change: facet === 'change',
    previous: facet === 'previous',
    share: facet === 'share',
    where: facet === 'where',
    owner: facet === 'owner',
    definition: facet === 'definition',
  };
}

/** "按上文：公务接待费，2019年" — what a follow-up was taken to mean. */
function interpretation(e: Entity, p: Parsed, ds: Dataset): string {
  const facet =
    p.change || p.why
      ? `，与${ds.meta.previousYear}年比较`
      : p.previous
        ? `，${ds.meta.previousYear}年`
        : p.share
          ? '，占比'
          : p.where
            ? '，出处'
            : p.owner
              ? '，负责人'
              : p.definition
                ? '，含义'
                : '';
  return `按上文：${e.name}${facet}`;
}

export function createEngine(kb: KnowledgeBase): BudgetEngine {
  return new BudgetEngine(kb);
}

export { Money, changeOf };
