/** Answers that are lists: help, the overview, audit findings, breakdowns and rankings. */
import type { Finding } from '../kb/audit.js';
import { describeSource } from '../kb/audit.js';
import type { LineItem } from '../kb/schema.js';
import type { Dimension } from '../understand/lexicon.js';
import { tableName } from '../kb/tables.js';
import { formatDecimal, Money } from '../money.js';
import { formatFigureValue } from '../present.js';
import { normalizeText } from '../text.js';
import { barChart, chartSource, comparisonChart, datasetRef, figureLine, makeAnswer } from './compose.js';
import type { BudgetEngine, LoadedDataset } from './engine.js';
import type { Entity } from './entities.js';
import {
  cellFigure,
  differenceOfPair,
  kindName,
  fact,
  factFigure,
  inCommonUnit,
  percentOfPair,
  sumOf,
  table,
  tableByNumber,
  tableNos,
  toSourceRef,
  totalRow,
  totalRowOf,
  ordering,
} from './figures.js';
import { emptyParsed, type Parsed } from './intent.js';
import { HELP_EXAMPLES } from '../questions.js';
import type { Answer, Figure, SourceRef } from './types.js';

export function answerHelp(engine: BudgetEngine, opts: { empty?: boolean; greeting?: boolean }): Answer {
  const loaded =
    engine.datasets.map((d) => `${d.department} ${d.fiscalYear}年`).join('、') || '（尚未加载任何预算）';
  return makeAnswer({
    kind: opts.empty ? 'empty' : 'help',
    title: opts.empty ? '请输入问题' : opts.greeting ? '您好！我是预算问答助手' : '可以这样问',
    lines: [
      `我回答已公开的部门预算里的问题，数字精确到分，并注明出自哪张表、哪一行。已加载：${loaded}。`,
      ...HELP_EXAMPLES.map(([k, qs]) => `${k}：${qs.map((q) => `“${q}”`).join('  ')}`),
      '英文也可以：“How much is the official reception budget?”',
    ],
    datasets: engine.datasets,
    suggestions: ['公务接待费多少？', '三公比去年涨了多少', '最大的几个项目', '介绍一下这份预算'],
  });
}

// ------------------------------------------------------------------ audit

function findingFigures(l: LoadedDataset, f: Finding): Figure[] {
  const out: Figure[] = [];
  const side = (s: Finding['expected'], what: string): Figure | null => {
    if (!s.value) return null;
    const unit = s.unit;
    if (s.sources.length === 1)
      return { label: `${what}：${s.label}`, value: s.value, unit, source: toSourceRef(l.ds, s.sources[0]!) };
    return { label: `${what}：${s.label}`, value: s.value, unit, derivation: s.label };
  };
  const e = side(f.expected, '应为');
  const g = side(f.found, '实为');
  if (e) out.push(e);
  if (g) out.push(g);
  const pair = f.difference && e && g ? inCommonUnit(g, e) : null;
  if (pair) out.push(differenceOfPair('差额（实为 − 应为）', pair, '实为 − 应为'));
  return out;
}

const SEVERITY = { error: '不一致', warning: '需注意', note: '说明' } as const;

function matches(f: { topics: string[]; rule: string }, keys: string[]): boolean {
  return keys.some(
    (k) =>
      f.topics.some((t) => t && (normalizeText(t).includes(k) || k.includes(normalizeText(t)))) ||
      normalizeText(f.rule).includes(k),
  );
}

export function answerAudit(
  engine: BudgetEngine,
  l: LoadedDataset,
  p: Parsed,
  prev: Entity | undefined,
): Answer {
  const ds = l.ds;
  const keys: string[] = [];
  if (p.tableNumber) keys.push(normalizeText(tableName(p.tableNumber)));
  keys.push(...p.codes);
  let about = p.tableNumber ? tableName(p.tableNumber) : (p.codes[0] ?? '');
  const subject = p.subject.replace(/表/g, '').trim();
  // With a table named, words like 合计/总计 describe the table, not a subject of their own.
  const generic =
    p.tableNumber !== null && (subject.length <= 2 || /^(合计|总计|各行|数字|数据|金额)+$/.test(subject));
  if (subject && !generic) {
    const r = engine.resolve(l, { ...p, subject });
    const e = r && 'entity' in r ? r.entity : null;
    if (e) {
      about = e.name;
      keys.push(normalizeText(e.name), ...e.codes, ...(e.topic?.aliases.map(normalizeText) ?? []));
      if (e.item)
        keys.push(e.item.departmentEconomic.code, ...(e.item.functional ? [e.item.functional.code] : []));
    } else {
      about = subject;
      keys.push(normalizeText(subject));
    }
  } else if (!keys.length && prev && p.followUp) {
    about = prev.name;
    keys.push(normalizeText(prev.name), ...prev.codes);
  }
  const useful = keys.filter((k) => k.length >= 2);
  const found = useful.length ? l.findings.filter((f) => matches(f, useful)) : l.findings;
  const checks = useful.length ? l.checks.filter((c) => matches(c, useful)) : l.checks;
  const passed = checks.filter((c) => c.passed);
  const lines: string[] = [];
  const figures: Figure[] = [];
  const sources: SourceRef[] = [];
  const count = (s: Finding['severity']) => found.filter((f) => f.severity === s).length;
  if (useful.length && found.length === 0) {
    lines.push(
      passed.length
        ? `关于「${about}」核对了 ${passed.length} 条规则，全部相符：`
        : `没有关于「${about}」的核对规则（文件中没有可以互相印证的数字）。`,
    );
    for (const c of passed.slice(0, 8)) lines.push(`✓ ${c.rule}`);
    if (passed.length > 8) lines.push(`……另有 ${passed.length - 8} 条相符。`);
  } else {
    lines.push(
      `${useful.length ? `关于「${about}」` : '全文'}核对 ${checks.length} 条规则，发现 ${found.length} 处：不一致 ${count('error')}，需注意 ${count('warning')}，说明 ${count('note')}。数字均按原文，未作更正。`,
    );
    found.slice(0, 8).forEach((f, i) => {
      lines.push(`${i + 1}. [${SEVERITY[f.severity]}] ${f.message}`);
      figures.push(...findingFigures(l, f));
      for (const s of [...f.expected.sources.slice(0, 1), ...f.found.sources.slice(0, 1)])
        sources.push(toSourceRef(ds, s));
    });
    if (found.length > 8) lines.push(`……另有 ${found.length - 8} 处，可运行 npm run audit 查看全部。`);
    if (useful.length && passed.length) lines.push(`另有 ${passed.length} 条相关规则核对相符。`);
  }
  return makeAnswer({
    kind: 'audit',
    title: useful.length
      ? `「${about}」核对结果`
      : `${ds.meta.department} ${ds.meta.fiscalYear}年预算核对结果`,
    lines,
    figures,
    sources,
    datasets: [datasetRef(ds)],
    suggestions: useful.length
      ? ['有没有不一致的地方', '表六加起来对吗']
      : ['表六加起来对吗', '三公对得上吗', '表九合计对吗'],
  });
  void describeSource;
}

/**
 * "表六公用经费那一列逐项加起来，跟总计行对一下": the column's rows added up against its 总计 row — the
 * audit's finding for that column when they differ, else its rule passed and the total both give.
 */
export function answerColumnSum(l: LoadedDataset, tableNo: number, column: string): Answer | null {
  const ds = l.ds;
  const id = (x: { id: string }) => {
    const m = /^sum:(\d+):[^:]+:(.+)$/.exec(x.id);
    return m && Number(m[1]) === tableNo && m[2] === column;
  };
  const f = l.findings.find(id);
  const title = `${tableName(tableNo)} ${column}列：各行之和与总计核对`;
  if (f) {
    const figures = findingFigures(l, f);
    return makeAnswer({
      kind: 'audit',
      title,
      lines: [
        `[${SEVERITY[f.severity]}] ${f.message}`,
        ...figures.map((g) => figureLine(g)),
        '数字均按原文，未作更正。',
      ],
      figures,
      sources: [...f.expected.sources.slice(0, 1), ...f.found.sources.slice(0, 1)].map((s) =>
        toSourceRef(ds, s),
      ),
      datasets: [datasetRef(ds)],
      suggestions: ['有没有不一致的地方'],
    });
  }
  const c = l.checks.find(id);
  const t = tableByNumber(ds, tableNo);
  const col = t?.columns.findIndex((x) => x.name === column) ?? -1;
  const row = t ? totalRowOf(t) : undefined;
  const total =
    c?.passed && t && row && col >= 0
      ? cellFigure(ds, t, row, col, `${tableName(tableNo)} 总计（${column}）`)
      : null;
  if (!total) return null;
  return makeAnswer({
    kind: 'audit',
    title,
    lines: [`各行之和等于总计：${figureLine(total)}。`, `✓ ${c!.rule}`],
    figures: [total],
    sources: [total.source!],
    datasets: [datasetRef(ds)],
    suggestions: ['有没有不一致的地方'],
  });
}

// ------------------------------------------------------------------ breakdowns

export interface Part {
  name: string;
  figure: Figure;
  id?: string;
}

export function listAnswer(
  l: LoadedDataset,
  title: string,
  parts: Part[],
  whole: Figure | null,
  tables: number[],
  opts: {
    kind: Answer['kind'];
    intro?: string;
    suggestions: string[];
    interpretation?: string;
    chartKind?: 'bar' | 'composition';
    extraLines?: string[];
    /** The entity the list is about (its scope), for follow-ups */
    scopeId?: string;
    /** The place of the first part (a ranking that starts at 第二大) */
    rankFrom?: number;
  },
): Answer {
  const ds = l.ds;
  const lines: string[] = [];
  if (opts.intro) lines.push(opts.intro);
  const figures: Figure[] = [];
  const rows: { name: string; value: Money; share: Money | null }[] = [];
  parts.forEach((p, i) => {
    const pair = whole ? inCommonUnit(p.figure, whole) : null;
    const share = pair ? percentOfPair(`${p.name}占比`, pair, `${p.name} ÷ ${whole!.label} × 100`) : null;
    lines.push(
      `${i + (opts.rankFrom ?? 1)}. ${p.name}：${formatFigureValue(p.figure)}${share ? `，占 ${formatDecimal(share.value, 2)}%` : ''}`,
    );
    figures.push(p.figure);
    if (share) figures.push(share);
    rows.push({ name: p.name, value: p.figure.value, share: share?.value ?? null });
  });
  if (whole) {
    lines.push(figureLine(whole));
    figures.push(whole);
  }
  lines.push(...(opts.extraLines ?? []));
  const chart =
    opts.chartKind === 'composition'
      ? { ...barChart(ds, title, rows, chartSource(tables, ds)), kind: 'composition' as const }
      : barChart(ds, title, rows.slice(0, 30), chartSource(tables, ds));
  return makeAnswer({
    kind: opts.kind,
    title: `${title} · ${ds.meta.fiscalYear}年`,
    lines,
    figures,
    datasets: [datasetRef(ds)],
    suggestions: opts.suggestions,
    chart,
    subject: {
      kind: opts.kind === 'ranking' ? 'ranking' : 'breakdown',
      name: title,
      datasetId: ds.meta.id,
      list: parts.map((p) => p.id ?? '').filter(Boolean),
      ...(opts.scopeId ? { id: opts.scopeId } : {}),
    },
    ...(opts.interpretation ? { interpretation: opts.interpretation } : {}),
  });
}

function itemFigure(l: LoadedDataset, i: LineItem, label?: string): Figure<'元'> {
  return { label: label ?? i.name, value: i.amount, unit: '元', source: toSourceRef(l.ds, i.source) };
}

function sumFigure(label: string, figs: Figure<'元'>[], derivation: string): Figure<'元'> {
  if (figs.length === 1) return { ...figs[0]!, label };
  return sumOf(label, '元', figs, derivation);
}

/** Line items in scope of an entity (a topic like 基本支出, a functional or economic code), else all. */
export function itemsInScope(
  l: LoadedDataset,
  scope: Entity | undefined,
): { items: LineItem[]; label: string } {
  const all = l.ds.lineItems;
  if (!scope) return { items: all, label: '全部支出' };
  if (scope.topic?.id === 'basic' || scope.topic?.id === 'personnel' || scope.topic?.id === 'public')
    return { items: all.filter((i) => i.spending === 'basic'), label: '基本支出' };
  if (scope.topic?.id === 'project')
    return { items: all.filter((i) => i.spending === 'project'), label: '项目支出' };
  if (scope.kind === 'functional')
    return { items: all.filter((i) => i.functional?.code.startsWith(scope.codes[0]!)), label: scope.name };
  if (scope.kind === 'economic') {
    const c = scope.codes[0]!;
    return {
      items: all.filter(
        (i) => i.departmentEconomic.code.startsWith(c) || i.governmentEconomic.code.startsWith(c),
      ),
      label: scope.name,
    };
  }
  return { items: all, label: '全部支出' };
}

export function answerBreakdown(
  engine: BudgetEngine,
  l: LoadedDataset,
  p: Parsed,
  scope: Entity | undefined,
  interpretation: string | undefined,
  /** A functional code's column (基本支出 / 项目支出) split, not the whole code */
  column?: Entity,
): Answer {
  const ds = l.ds;
  // Unsaid, a whole splits the way the tables split it: 三公 into its three, 基本支出 into 人员经费 and
  // 公用经费 (表六); anything else (支出 itself) by function.
  const natural: Partial<Record<string, Dimension>> = { sangong: 'sangong', basic: 'personnel_public' };
  const dim = p.breakdown ?? natural[scope?.topic?.id ?? ''] ?? 'functional';
  const common = { interpretation, ...(scope ? { scopeId: scope.id } : {}) };
  if (dim === 'sangong' || scope?.topic?.id === 'sangong') {
    const parts = ['sangong.abroad', 'sangong.reception', 'sangong.vehicle'].map((id) =>
      engine.entities.get(`${ds.meta.id}/topic/${id}`)!,
    );
    const ps = parts
      .map((e) => ({ name: e.name, figure: e.view().primary!, id: e.id }))
      .filter((x) => x.figure);
    const whole = engine.entities.get(`${ds.meta.id}/topic/sangong`)!.view().primary;
    const a = listAnswer(l, '“三公”经费构成', ps, whole, tableNos(ds, '三公'), {
      kind: 'breakdown',
      suggestions: ['三公比去年涨了多少', '公务接待费多少'],
      chartKind: 'composition',
      ...common,
    });
    return a;
  }
  if (dim === 'basic_project') {
    const t3 = table(ds, '支出总体');
    const tr = totalRow(ds, '支出总体');
    if (!t3 || !tr) return engine.answer('支出预算');
    const basic = cellFigure(ds, t3, tr, 3, '基本支出')!;
    const project = cellFigure(ds, t3, tr, 4, '项目支出')!;
    const whole = cellFigure(ds, t3, tr, 2, '支出合计');
    const prevB = fact(ds, 'basic.previous');
    const prevP = fact(ds, 'project.previous');
    const a = listAnswer(
      l,
      '基本支出与项目支出',
      [
        { name: '基本支出', figure: basic, id: `${ds.meta.id}/topic/basic` },
        { name: '项目支出', figure: project, id: `${ds.meta.id}/topic/project` },
      ],
      whole,
      tableNos(ds, '支出总体'),
      {
        kind: 'breakdown',
        suggestions: ['基本支出为什么减少', '项目支出比去年变化多少', '人员经费和公用经费各多少'],
        extraLines:
          prevB && prevP
            ? [
                `${ds.meta.previousYear}年：基本支出 ${formatFigureValue(factFigure(ds, prevB))}，项目支出 ${formatFigureValue(factFigure(ds, prevP))}（文字说明）。`,
              ]
            : [],
        ...common,
      },
    );
    if (prevB && prevP) {
      a.figures.push(factFigure(ds, prevB), factFigure(ds, prevP));
      a.chart = comparisonChart(
        ds,
        '基本支出与项目支出',
        [
          { name: '基本支出', current: basic, previous: factFigure(ds, prevB) },
          { name: '项目支出', current: project, previous: factFigure(ds, prevP) },
        ],
        chartSource([3], ds, '上年数：文字说明第三部分'),
      );
    }
    return a;
  }
  if (dim === 'personnel_public') {
    const t6 = table(ds, '基本支出');
    const tr = totalRow(ds, '基本支出');
    if (!t6 || !tr) return engine.answer('基本支出');
    const parts = [
      {
        name: '人员经费',
        figure: cellFigure(ds, t6, tr, 5, '人员经费')!,
        id: `${ds.meta.id}/topic/personnel`,
      },
      { name: '公用经费', figure: cellFigure(ds, t6, tr, 6, '公用经费')!, id: `${ds.meta.id}/topic/public` },
    ];
    const notes = l.findings.filter((f) => f.id.startsWith('sum:6:总计')).map((f) => `⚠ 核对：${f.message}`);
    return listAnswer(
      l,
      '人员经费与公用经费',
      parts,
      cellFigure(ds, t6, tr, 4, `基本支出合计（${kindName(ds, '基本支出')}）`),
      tableNos(ds, '基本支出'),
      {
        kind: 'breakdown',
        suggestions: ['基本支出按经济分类', '机构运行经费是多少'],
        extraLines: notes.slice(0, 2),
        ...common,
      },
    );
  }
  if (dim === 'funding') {
    const t2 = table(ds, '收入总体');
    const tr = totalRow(ds, '收入总体');
    if (!t2 || !tr) return engine.answer('收入预算');
    const parts: Part[] = [];
    for (let c = 3; c < t2.columns.length; c++) {
      const f = cellFigure(ds, t2, tr, c, t2.columns[c]!.name);
      if (f && !f.value.isZero()) parts.push({ name: t2.columns[c]!.name, figure: f });
    }
    const blank = t2.columns
      .slice(3)
      .filter((_, k) => tr.cells[k + 3] === null)
      .map((c) => c.name);
    return listAnswer(
      l,
      '收入来源构成',
      parts,
      cellFigure(ds, t2, tr, 2, `收入合计（${kindName(ds, '收入总体')} 总计）`),
      tableNos(ds, '收入总体'),
      {
        kind: 'breakdown',
        suggestions: ['财政拨款是多少', '收入预算比去年变化多少'],
        extraLines: blank.length
          ? [`以下来源在${kindName(ds, '收入总体')}中为空白（未安排）：${blank.join('、')}。`]
          : [],
        ...common,
      },
    );
  }
  if (dim === 'economic' || dim === 'government_economic') {
    const { items, label } = itemsInScope(l, scope);
    const gov = dim === 'government_economic';
    const level = p.level === 5 || p.level === 7 ? 5 : 3;
    const key = (i: LineItem) =>
      (gov ? i.governmentEconomic.code : i.departmentEconomic.code).slice(0, level);
    const groups = new Map<string, LineItem[]>();
    for (const i of items) groups.set(key(i), [...(groups.get(key(i)) ?? []), i]);
    const name = (code: string) => ds.classifications.economic.find((c) => c.code === code)?.name ?? code;
    const parts = [...groups.entries()]
      .map(([code, list]) => ({
        name: `${code} ${name(code)}`,
        figure: sumFigure(
          `${code} ${name(code)}`,
          list.map((i) => itemFigure(l, i)),
          `${kindName(ds, '部门预算明细')} ${gov ? '政府' : '部门'}经济分类 ${code} 各明细之和（${list.length} 条）`,
        ),
        id: `${ds.meta.id}/economic/${code}`,
      }))
      .sort((a, b) => ordering(b.figure).comparedTo(ordering(a.figure)));
    const whole = sumFigure(
      `${label}合计（${kindName(ds, '部门预算明细')}明细之和）`,
      items.map((i) => itemFigure(l, i)),
      `${kindName(ds, '部门预算明细')} ${items.length} 条明细之和`,
    );
    return listAnswer(
      l,
      `${label}按${gov ? '政府' : '部门'}经济分类（${level === 3 ? '类' : '款'}）`,
      parts,
      whole,
      [9],
      {
        kind: 'breakdown',
        intro: `由${kindName(ds, '部门预算明细')}明细按${gov ? '政府' : '部门'}经济分类代码汇总${scope ? `（范围：${label}）` : ''}：`,
        suggestions: ['按功能分类的支出构成', level === 3 ? '按经济分类款级' : '按经济分类', '30299 是什么'],
        ...common,
      },
    );
  }
  // functional
  const t3 = table(ds, '支出总体');
  const tr = totalRow(ds, '支出总体');
  if (!t3 || !tr) return engine.answer('支出预算');
  // ("项目支出的构成", "项目支出都花哪了": by function within that column of the table — never the whole
  // budget's split given as 项目支出's.)
  const part = /\/topic\/(project|basic)$/.exec(column?.id ?? scope?.id ?? '')?.[1];
  const partName = part === 'project' ? '项目支出' : part === 'basic' ? '基本支出' : undefined;
  const col = partName ? t3.columns.findIndex((c) => c.name === partName) : 2;
  if (col < 0) return engine.answer('支出预算');
  let rows = t3.rows.filter(
    (r) =>
      r.cells[0] &&
      r.cells[0].length === (p.level ?? 3) &&
      (!partName || !cellFigure(ds, t3, r, col, partName)?.value.isZero()),
  );
  let title = `${partName ?? '支出'}按功能分类（${p.level === 7 ? '项' : p.level === 5 ? '款' : '类'}）`;
  let whole = cellFigure(ds, t3, tr, col, partName ? `${partName}合计` : '支出合计');
  const extra: string[] = [];
  if (scope?.kind === 'functional') {
    const code = scope.codes[0]!;
    // (At the level asked when it is deeper — "卫生健康支出分成哪两项" is its 项 codes.)
    const depth =
      p.level && p.level > code.length
        ? p.level
        : /[哪几两三四]个?项(?!目)/.test(p.text) && code.length < 7
          ? 7
          : code.length + 2;
    const under = (d: number) =>
      t3.rows.filter(
        (r) =>
          r.cells[0] &&
          r.cells[0].length === d &&
          r.cells[0].startsWith(code) &&
          (!partName || !cellFigure(ds, t3, r, col, partName)?.value.isZero()),
      );
    let kids = under(depth);
    // (One 款 alone under a 类 — 201 has only 20103 — says nothing: the 项 under it are the parts.)
    let only: string | undefined;
    // (…and a 项 alone under it is named too: 205 → 20508 进修及培训 → 2050803 培训支出.)
    if (!p.level && kids.length === 1 && depth < 7 && under(depth + 2).length >= 1) {
      only = `${kids[0]!.cells[0]} ${kids[0]!.cells[1]}`;
      kids = under(depth + 2);
    }
    if (kids.length) {
      rows = kids;
      if (only) extra.push(`（${code} ${scope.name}下只有一个款：${only}，以下是它下面的项。）`);
      title = `${code} ${scope.name}${partName ? `的${partName}` : ''} 的构成`;
      const self = t3.rows.find((r) => r.cells[0] === code);
      whole = self
        ? cellFigure(ds, t3, self, partName ? col : 2, `${scope.name}${partName ? `的${partName}` : ''}合计`)
        : whole;
    } else if (!p.breakdown) return answerItemsUnder(engine, l, scope, interpretation);
    // (A code with no codes under it — 2010302 一般行政管理事务 — is made of its 表九 lines.)
  }
  const parts = rows
    .map((r) => ({
      name: `${r.cells[0]} ${r.cells[1]}`,
      figure: cellFigure(ds, t3, r, col, `${r.cells[0]} ${r.cells[1]}${partName ? ` ${partName}` : ''}`)!,
      id: `${ds.meta.id}/functional/${r.cells[0]}`,
    }))
    .filter((x) => x.figure);
  // ("按表五的顺序…列一下": in the table's own order, as asked; else largest first.)
  if (!IN_TABLE_ORDER.test(p.text)) parts.sort((a, b) => ordering(b.figure).comparedTo(ordering(a.figure)));
  return listAnswer(l, title, parts, whole, tableNos(ds, '支出总体'), {
    kind: 'breakdown',
    suggestions: ['按经济分类的支出构成', '基本支出和项目支出各多少', '最大的几个项目'],
    ...(extra.length ? { extraLines: extra } : {}),
    ...common,
  });
}

/** The question asks for a table's own order ("按表五的顺序", "按表里的先后顺序"). */
const IN_TABLE_ORDER =
  /按(?:照)?(?:表[一二三四五六七八九十\d]+)?(?:里|中)?的?(?:先后|原来的?|排列|出现的?)?顺序/;

/** "明细呢？": the 表九 line items under a subject (a code, 基本/项目支出), largest first. */
export function answerItemsUnder(
  engine: BudgetEngine,
  l: LoadedDataset,
  scope: Entity,
  interpretation: string | undefined,
  projects = false,
): Answer {
  const { items: all, label } = itemsInScope(l, scope);
  if (all.length === 0 || (all.length === l.ds.lineItems.length && !scope.topic))
    return engine.lookup(l, scope, { ...emptyParsed(), detail: false }, interpretation);
  // ("哪些项目用的这个编码": its 项目支出 lines — a 基本支出 line of the code is no project, and is said so.)
  const items = projects ? all.filter((i) => i.spending === 'project') : all;
  const basic = all.length - items.length;
  const parts = items
    .map((i) => ({ name: i.name, figure: itemFigure(l, i), id: `${l.ds.meta.id}/item/${i.id}` }))
    .sort((a, b) => ordering(b.figure).comparedTo(ordering(a.figure)));
  const whole = sumFigure(
    `${label}合计（${kindName(l.ds, '部门预算明细')}明细之和）`,
    parts.map((x) => x.figure),
    `${kindName(l.ds, '部门预算明细')} ${parts.length} 条明细之和`,
  );
  return listAnswer(l, `${label} 的明细`, parts.slice(0, 25), whole, tableNos(l.ds, '部门预算明细'), {
    kind: 'ranking',
    intro: projects
      ? `${kindName(l.ds, '部门预算明细')}中属于「${label}」的项目支出明细共 ${parts.length} 条${basic > 0 ? `（另有基本支出明细 ${basic} 条，不是项目）` : ''}，按金额从大到小${parts.length > 25 ? '（列出前 25 条）' : ''}：`
      : `${kindName(l.ds, '部门预算明细')}中属于「${label}」的明细共 ${parts.length} 条，按金额从大到小${parts.length > 25 ? '（列出前 25 条）' : ''}：`,
    suggestions: ['第一个呢？', `${label}占多少`],
    scopeId: scope.id,
    ...(interpretation ? { interpretation } : {}),
  });
}

export { Money };
