/**
 * Rankings over a scope: the parts of 三公, the 表九 line items under a topic or a code, the functional
 * codes of one level (类/款/项, optionally under a parent), the economic codes of a part of spending.
 * What is ranked is decided by the query (scope, level, noun), never by the question's wording.
 */
import type { Dataset } from '../kb/loader.js';
import { formatYuan, Money } from '../money.js';
import { normalizeText } from '../text.js';
import type { LineItem, Table } from '../kb/schema.js';
import { tableOfKind } from '../kb/kinds.js';
import type { Query } from '../understand/query.js';
import type { BudgetEngine, LoadedDataset } from './engine.js';
import type { Entity } from './entities.js';
import {
  cellFigure,
  countOf,
  inUnit,
  sumOf,
  table,
  tableByNumber,
  tableNos,
  kindName,
  toSourceRef,
  totalRow,
  ordering,
} from './figures.js';
import { datasetRef, figureLine, makeAnswer } from './compose.js';
import { listAnswer, type Part } from './lists.js';
import type { Answer, Figure } from './types.js';
import { formatFigureValue, tableName } from '../present.js';

const LEVEL_DIGITS = { 类: 3, 款: 5, 项: 7 } as const;

/**
 * Each line item's part, made once while its dataset is loaded (an item belongs to one dataset, and
 * neither its figure nor its source changes): a ranking of a few hundred items made them all again
 * for every question. Parts and their figures are never changed once made.
 */
const ITEM_PARTS = new WeakMap<LineItem, Part>();

function itemPart(ds: Dataset, i: LineItem): Part {
  let part = ITEM_PARTS.get(i);
  if (!part) {
    const figure: Figure<'元'> = {
      label: i.name,
      value: i.amount,
      unit: '元',
      source: toSourceRef(ds, i.source),
    };
    ITEM_PARTS.set(i, (part = { name: i.name, figure, id: `${ds.meta.id}/item/${i.id}` }));
  }
  return part;
}

/**
 * The parts of all of a dataset's line items, or of one part of spending's, in the document's order
 * — one array per loaded dataset, so that its orders by amount (byAmount) are sorted once.
 */
const LINE_PARTS = new WeakMap<readonly LineItem[], Partial<Record<'all' | 'basic' | 'project', Part[]>>>();

function lineParts(ds: Dataset, which: 'all' | 'basic' | 'project'): Part[] {
  const items = ds.lineItems;
  let made = LINE_PARTS.get(items);
  if (!made) LINE_PARTS.set(items, (made = {}));
  let parts = made[which];
  if (!parts) {
    parts = (which === 'all' ? items : items.filter((i) => i.spending === which)).map((i) => itemPart(ds, i));
    made[which] = parts;
    SORTED.set(parts, {});
  }
  return parts;
}

/** The orders by amount of the arrays lineParts() made (each sorted on first use) */
const SORTED = new WeakMap<readonly Part[], { desc?: readonly Part[]; asc?: readonly Part[] }>();

/**
 * `parts` by amount, largest first (`desc`) or smallest first; equal amounts in the given order (a
 * stable sort). Remembered for the arrays of lineParts(), which do not change.
 */
function byAmount(parts: readonly Part[], desc: boolean): readonly Part[] {
  const memo = SORTED.get(parts);
  const known = memo?.[desc ? 'desc' : 'asc'];
  if (known) return known;
  const sorted = [...parts].sort((a, b) =>
    desc
      ? ordering(b.figure).comparedTo(ordering(a.figure))
      : ordering(a.figure).comparedTo(ordering(b.figure)),
  );
  if (memo) memo[desc ? 'desc' : 'asc'] = sorted;
  return sorted;
}

/** Functional codes of `digits` length (under `parent`, if given), with their 表三 合计. */
function functionalParts(
  ds: Dataset,
  digits: number,
  parent?: string,
  col = 2,
  kind: '支出总体' | '一般公共预算支出' | '收入总体' = '支出总体',
): Part[] {
  const t3 = table(ds, kind);
  if (!t3) return [];
  const parts: Part[] = [];
  for (const r of t3.rows) {
    if (r.cells[0]?.length !== digits || (parent && !r.cells[0].startsWith(parent))) continue;
    // Within 基本支出 / 项目支出 (col 3 / 4), a code with none of it is not a part.
    if (col !== 2 && (!r.cells[col] || new Money(r.cells[col]).isZero())) continue;
    const name = `${r.cells[0]} ${r.cells[1]}`;
    const figure = cellFigure(ds, t3, r, col, name);
    if (figure) parts.push({ name, figure, id: `${ds.meta.id}/functional/${r.cells[0]}` });
  }
  return parts;
}

/**
 * Line items grouped by department economic code, summed (a code's figure within the scope); by the
 * code's first `digits` when given (3: the class, 5: the 款).
 */
function economicParts(ds: Dataset, items: LineItem[], digits?: number): Part[] {
  const groups = new Map<string, LineItem[]>();
  for (const i of items) {
    const code = digits ? i.departmentEconomic.code.slice(0, digits) : i.departmentEconomic.code;
    groups.set(code, [...(groups.get(code) ?? []), i]);
  }
  return [...groups.entries()].map(([code, list]) => {
    const name = `${code} ${ds.classifications.economic.find((c) => c.code === code)?.name ?? list[0]!.departmentEconomic.name}`;
    const figs = list.map((i) => itemPart(ds, i).figure as Figure<'元'>);
    const figure =
      figs.length === 1
        ? { ...figs[0]!, label: name }
        : sumOf(name, '元', figs, `表九 ${code} 各明细之和（${figs.length} 条）`);
    return { name, figure, id: `${ds.meta.id}/economic/${code}` };
  });
}

/** 表六's rows in one column (4 合计, 5 人员经费, 6 公用经费), each as the document lists it. */
function basicParts(ds: Dataset, col: number): Part[] {
  const t6 = table(ds, '基本支出');
  const parts: Part[] = [];
  for (const r of t6?.rows ?? []) {
    if (!r.cells[2] || !r.cells[col]) continue;
    const name = `${r.cells[2]} ${r.cells[3]}`;
    const figure = cellFigure(ds, t6!, r, col, name);
    if (figure) parts.push({ name, figure, id: `${ds.meta.id}/economic/${r.cells[2]}` });
  }
  return parts;
}

interface Candidates {
  parts: Part[];
  what: string;
  tables: number[];
  whole: Figure | null;
}

export function candidates(
  engine: BudgetEngine,
  l: LoadedDataset,
  q: Query,
  scope: Entity | undefined,
): Candidates {
  const ds = l.ds;
  const items = ds.lineItems;
  const t3 = table(ds, '支出总体');
  const tr = totalRow(ds, '支出总体');
  const total = t3 && tr ? cellFigure(ds, t3, tr, 2, '支出合计') : null;
  // A table named as the scope ("表七里最大的", "表六哪项最多"): the rows of that table — never the
  // line items of another.
  const inTable = scope?.kind === 'table' ? tableByNumber(ds, Number(scope.id.split('/').pop())) : undefined;
  if (scope?.kind === 'table' && inTable?.kind !== '部门预算明细') {
    const none = { parts: [], what: scope.name, tables: [], whole: null };
    if (inTable?.kind === '三公')
      return candidates(engine, l, q, engine.entities.get(`${ds.meta.id}/topic/sangong`));
    // ("绩效申报表的项目里哪个钱最多": the projects with a performance form.)
    if (inTable?.kind === '项目绩效' || (inTable?.kind === '整体绩效' && q.noun === 'project'))
      return candidates(
        engine,
        l,
        { ...q, noun: 'project' },
        engine.entities.get(`${ds.meta.id}/topic/performance`),
      );
    if (inTable?.kind === '基本支出') {
      const tr = totalRow(ds, '基本支出');
      return {
        parts: basicParts(ds, 4),
        what: `${scope.name}的各科目`,
        tables: [inTable.number],
        whole: tr ? cellFigure(ds, inTable, tr, 4, `${scope.name} 合计`) : null,
      };
    }
    if (
      inTable?.kind === '支出总体' ||
      inTable?.kind === '一般公共预算支出' ||
      inTable?.kind === '收入总体'
    ) {
      const lv = q.level ?? '项';
      const tr = totalRow(ds, inTable.kind);
      return {
        parts: functionalParts(ds, LEVEL_DIGITS[lv], undefined, 2, inTable.kind),
        what: `${scope.name}的功能分类科目（${lv}）`,
        tables: [inTable.number],
        whole: tr ? cellFigure(ds, inTable, tr, 2, `${scope.name} 合计`) : null,
      };
    }
    return none;
  }
  const topicId = scope?.topic?.id;
  if (topicId === 'sangong' || topicId?.startsWith('sangong.')) {
    const parts = ['sangong.abroad', 'sangong.reception', 'sangong.vehicle']
      .map((id) => engine.entities.get(`${ds.meta.id}/topic/${id}`)!)
      .map((e) => ({
        name: e.name,
        figure: (q.time === 'previous' ? e.view().previous : e.view().primary) ?? null,
        id: e.id,
      }))
      .flatMap((p) => {
        const figure = p.figure ? inUnit(p.figure, '元') : null;
        return figure ? [{ ...p, figure }] : [];
      });
    const s = engine.entities.get(`${ds.meta.id}/topic/sangong`)!.view();
    return {
      parts,
      what: '“三公”经费的组成部分',
      tables: tableNos(ds, '三公'),
      whole: (q.time === 'previous' ? s.previous : s.primary) ?? null,
    };
  }
  const level = q.level ? LEVEL_DIGITS[q.level] : null;
  if (scope?.kind === 'functional') {
    const code = scope.codes[0]!;
    // ("离退休下面的科目排一下": the codes one level below the one named — 款 under a 类, 项 under a 款.)
    const below = q.noun === 'code' && code.length < 7 ? code.length + 2 : null;
    const depth = level && level > code.length ? level : below;
    if (depth)
      return {
        parts: functionalParts(ds, depth, code),
        what: `${scope.name}下的功能分类科目（${depth === 5 ? '款' : depth === 7 ? '项' : '类'}）`,
        tables: tableNos(ds, '支出总体'),
        whole: scope.view().primary,
      };
    const all = items.filter((i) => i.functional?.code.startsWith(code) ?? false);
    const projects = all.filter((i) => i.spending === 'project');
    // ("社保就业支出里面哪个项目最大": with no 项目支出 under the code, 项目 is said of any line.)
    const asProjects = q.noun === 'project' && projects.length > 0;
    const under = asProjects ? projects : all;
    return {
      parts: under.map((i) => itemPart(ds, i)),
      what: `${scope.name}下的${asProjects ? '项目' : q.noun === 'project' ? '明细（其下没有项目支出）' : '明细'}`,
      tables: tableNos(ds, '部门预算明细'),
      whole: scope.view().primary,
    };
  }
  if (scope?.kind === 'economic') {
    const code = scope.codes[0]!;
    const under = items.filter(
      (i) => i.departmentEconomic.code.startsWith(code) || i.governmentEconomic.code.startsWith(code),
    );
    if (code.length === 3 && q.noun === 'code')
      return {
        parts: economicParts(ds, under),
        what: `${scope.name}下的经济分类科目`,
        tables: tableNos(ds, '部门预算明细'),
        whole: scope.view().primary,
      };
    return {
      parts: under.map((i) => itemPart(ds, i)),
      what: `${scope.name}的明细`,
      tables: tableNos(ds, '部门预算明细'),
      whole: scope.view().primary,
    };
  }
  if ((topicId === 'personnel' || topicId === 'public') && q.noun !== 'item') {
    // 人员经费 / 公用经费 are 表六 columns: their parts are that column's rows.
    const parts = basicParts(ds, topicId === 'personnel' ? 5 : 6);
    if (parts.length > 0)
      return {
        parts,
        what: `表六${scope!.name}的各科目`,
        tables: tableNos(ds, '基本支出'),
        whole: scope!.view().primary,
      };
  }
  if (topicId === 'personnel' || topicId === 'public') {
    // 人员经费 / 公用经费 are 表六 columns: their parts are the economic codes of 基本支出 — or, asked
    // for one item ("人员经费里最大的一笔"), its 表九 line items.
    const basic = items.filter((i) => i.spending === 'basic');
    const wantPublic = topicId === 'public';
    const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
    if (q.noun === 'item')
      return {
        parts: basic
          .filter((i) => personnel(i.departmentEconomic.code) !== wantPublic)
          .map((i) => itemPart(ds, i)),
        what: `${scope!.name}的明细`,
        tables: tableNos(ds, '部门预算明细'),
        whole: scope!.view().primary,
      };
    const parts = economicParts(ds, basic).filter((p) => {
      const code = p.id!.split('/').pop()!;
      return wantPublic
        ? !code.startsWith('301') && !code.startsWith('303')
        : code.startsWith('301') || code.startsWith('303');
    });
    return {
      parts,
      what: `${scope!.name}的经济分类科目`,
      tables: tableNos(ds, '基本支出', '部门预算明细'),
      whole: scope!.view().primary,
    };
  }
  // The projects with a 项目绩效 form ("有绩效申报表的那三个项目里谁钱最多"): their annual funding.
  if (topicId === 'performance' && q.noun === 'project') {
    const parts = ds.performance.projects.flatMap((p) => {
      const e = engine.entities.get(`${ds.meta.id}/project/${p.id}`);
      const f = e?.view().primary;
      const figure = f ? inUnit(f, '元') : null;
      return figure && e ? [{ name: p.name, figure, id: e.id }] : [];
    });
    return { parts, what: '填报绩效目标申报表的项目', tables: tableNos(ds, '项目绩效'), whole: null };
  }
  if ((topicId === 'basic' || topicId === 'project') && (q.dimension === 'functional' || level)) {
    // "基本支出按功能类看最少的": the functional codes of a level, by their 基本支出 / 项目支出 column.
    const col = topicId === 'basic' ? 3 : 4;
    return {
      parts: functionalParts(ds, level ?? 3, undefined, col),
      what: `${scope!.name}的功能分类科目（${q.level ?? '类'}）`,
      tables: tableNos(ds, '支出总体'),
      whole: scope!.view().primary,
    };
  }
  // ("表九前三大项目": the table of line items named as where to look — its 项目支出 lines, as with no scope.)
  if (
    topicId === 'basic' ||
    topicId === 'project' ||
    ((!scope || inTable?.kind === '部门预算明细') && q.noun === 'project')
  ) {
    const spending = topicId === 'basic' ? 'basic' : 'project';
    const col = spending === 'basic' ? 3 : 4;
    return {
      parts: lineParts(ds, spending),
      what: spending === 'basic' ? '基本支出明细' : '项目支出明细',
      tables: tableNos(ds, '部门预算明细'),
      whole:
        t3 && tr ? cellFigure(ds, t3, tr, col, spending === 'basic' ? '基本支出合计' : '项目支出合计') : null,
    };
  }
  // A scope none of the above ranks within ("离退休人员下面哪个最大", "政府采购里最贵的"): nothing to rank —
  // never the whole department's lines with the scope dropped.
  if (topicId && !['expenditure', 'fiscal'].includes(topicId))
    return { parts: [], what: scope.name, tables: [], whole: null };
  // "经济分类哪个类最多": the economic classes (or 款), each the sum of its line items.
  if (level && (q.dimension === 'economic' || q.dimension === 'government_economic') && level <= 5)
    return {
      parts: economicParts(ds, items, level === 3 ? 3 : 5),
      what: `部门经济分类科目（${q.level}）`,
      tables: tableNos(ds, '部门预算明细'),
      whole: total,
    };
  // ("支出按功能分类怎么分的" → "哪个最多": the classes the breakdown listed.)
  if (!level && q.dimension === 'functional' && (!scope || topicId === 'expenditure'))
    return {
      parts: functionalParts(ds, 3),
      what: '功能分类科目（类）',
      tables: tableNos(ds, '支出总体'),
      whole: total,
    };
  if (level)
    return {
      parts: functionalParts(ds, level),
      what: `功能分类科目（${q.level}）`,
      tables: tableNos(ds, '支出总体'),
      whole: total,
    };
  if (q.dimension === 'economic' || q.dimension === 'government_economic' || q.noun === 'code')
    return {
      parts: economicParts(ds, items),
      what: '部门经济分类科目',
      tables: tableNos(ds, '部门预算明细'),
      whole: total,
    };
  return {
    parts: lineParts(ds, 'all'),
    what: '预算明细',
    tables: tableNos(ds, '部门预算明细'),
    whole: total,
  };
}

/** The ranking a query asks for; null when the scope has nothing to rank. */
export function answerRank(
  engine: BudgetEngine,
  l: LoadedDataset,
  q: Query,
  interpretation?: string,
): Answer | null {
  const scope = q.scope ? engine.entities.get(q.scope.id) : undefined;
  const c = candidates(engine, l, q, scope);
  if (c.parts.length === 0) return null;
  const desc = q.order !== 'asc';
  const sorted = byAmount(c.parts, desc);
  const pick = q.nth
    ? sorted.slice(q.nth - 1, q.nth)
    : sorted.slice(0, q.n ?? (q.nth ? 1 : Math.min(5, sorted.length)));
  if (pick.length === 0) return null;
  const place = q.nth
    ? q.nth === 1
      ? `${desc ? '最大' : '最小'}的`
      : `第 ${q.nth} ${desc ? '大' : '小'}的`
    : `${desc ? '最大' : '最小'}的 ${pick.length} 项`;
  // (公务用车购置及运行维护费 among the 三公 parts is its two lines of 表七: named, so "哪项最大" reads as
  // the line that holds the money.)
  const vehicle = pick.find((x) => x.id?.endsWith('/topic/sangong.vehicle'));
  const lines = vehicle
    ? (engine.entities.get(vehicle.id!)?.view().details ?? []).filter(
        (f) => /购置费$|运行维护费$/.test(f.label) && q.time !== 'previous',
      )
    : [];
  return listAnswer(l, `${c.what}中${place}`, pick, c.whole, c.tables, {
    kind: 'ranking',
    ...(lines.length
      ? {
          extraLines: [
            `其中${vehicle!.name}：${lines.map((f) => `${f.label.replace(/^\d{4}年(?:其中：)?/, '')} ${formatFigureValue(f)}`).join('，')}。`,
          ],
        }
      : {}),
    intro: `共 ${sorted.length} 项${c.what}，按金额${desc ? '从大到小' : '从小到大'}${q.nth ? `，第 ${q.nth} 名` : ''}：`,
    suggestions: ['第一个呢？', desc ? '最小的呢' : '最大的呢', '按功能分类的支出构成'],
    ...(interpretation ? { interpretation } : {}),
    ...(scope ? { scopeId: scope.id } : {}),
    rankFrom: q.nth ?? 1,
  });
}

/**
 * "那个 2200 万左右的项目", "超过100万的项目": line items by amount — near it (within 10%, nearest
 * first) or above / below it (largest first).
 */
export function answerByAmount(_engine: BudgetEngine, l: LoadedDataset, q: Query): Answer | null {
  if (!q.amount && !q.named) return null;
  const ds = l.ds;
  const part = /\/topic\/(basic|project)$/.exec(q.scope?.id ?? '')?.[1];
  const named = q.named ? normalizeText(q.named) : '';
  // (Within a code: "2010399下面有哪些项目超过200万".)
  const code = /\/(functional|economic)\/(\d+)$/.exec(q.scope?.id ?? '');
  const items = ds.lineItems.filter(
    (i) =>
      (q.noun !== 'project' || i.spending === 'project') &&
      (!part || i.spending === part) &&
      (!code ||
        (code[1] === 'functional' ? (i.functional?.code ?? '') : i.departmentEconomic.code).startsWith(
          code[2]!,
        )) &&
      // ("名字里带“运维”的项目": the word in the name as published, width and case aside.)
      (!named || normalizeText(i.name).includes(named)),
  );
  const noun =
    (code ? `${q.scope!.name}下的` : '') +
    (named ? `名称含“${q.named}”的` : '') +
    (q.noun === 'project' || part === 'project' ? '项目' : part === 'basic' ? '基本支出明细' : '明细');
  if (!q.amount) return answerByName(l, q, items, noun);
  const target = new Money(q.amount.yuan);
  // "表六里1862064这个数挂在哪个科目": 表六's rows with that amount — its codes may differ from 表九's.
  const six = tableOfKind(ds, '基本支出');
  if (six && q.scope?.id === `${ds.meta.id}/table/${six.number}` && !q.amount.approx && !q.amount.bound)
    return rowsWithAmount(l, six, target);
  let parts: Part[];
  let what: string;
  // (Under 1 万, in 元: "1,778.00 元 左右", not "0.1778 万元".)
  const wan = target.lessThan(10000) ? formatYuan(target) : `${target.dividedBy(10000).toFixed()} 万元`;
  if (q.amount.upTo && !q.amount.bound) {
    // "两千多万的那个项目": from the amount up to the next step of its last digit.
    const below = new Money(q.amount.upTo);
    parts = items
      .filter((i) => i.amount.greaterThanOrEqualTo(target) && i.amount.lessThan(below))
      .map((i) => itemPart(ds, i))
      .sort((a, b) => ordering(b.figure).comparedTo(ordering(a.figure)));
    what = `金额在 ${wan} 到 ${below.dividedBy(10000).toFixed()} 万元之间的${noun}`;
  } else if (q.amount.bound) {
    const above = q.amount.bound === 'above';
    parts = items
      .filter((i) => (above ? i.amount.greaterThan(target) : i.amount.lessThan(target)))
      .map((i) => itemPart(ds, i))
      .sort((a, b) => (above ? -1 : 1) * ordering(a.figure).comparedTo(ordering(b.figure)));
    what = `金额${above ? '超过' : '低于'} ${wan} 的${noun}`;
  } else if (!q.amount.approx && (!target.isInteger() || q.amount.exact)) {
    // ("3755505.2 这个数是哪个项目的": an amount to the 分 as the tables print it is that amount, exactly.)
    parts = items.filter((i) => i.amount.equals(target)).map((i) => itemPart(ds, i));
    what = `金额为 ${formatYuan(target)} 的${noun}`;
  } else {
    const tolerance = target.times('0.1');
    parts = items
      .filter((i) => i.amount.minus(target).abs().lessThanOrEqualTo(tolerance))
      .map((i) => itemPart(ds, i))
      .sort((a, b) => a.figure.value.minus(target).abs().comparedTo(b.figure.value.minus(target).abs()));
    what = `金额在 ${wan} 左右（±10%）的${noun}`;
  }
  if (parts.length === 0) return noneFound(ds, what);
  const a = listAnswer(l, what, parts.slice(0, 25), null, tableNos(ds, '部门预算明细'), {
    kind: 'ranking',
    intro: `表九中${what}共 ${parts.length} 项${parts.length > 25 ? '（列出前 25 项）' : ''}：`,
    suggestions: ['第一个呢？', '最大的几个项目'],
  });
  return countedAndSummed(l, q, a, what, parts, parts, true);
}

/**
 * A list of found lines with their number (of `all` found) beside it, and — "…加起来多少" — the sum of
 * those listed (`parts`) before it.
 */
function countedAndSummed(
  l: LoadedDataset,
  q: Query,
  a: Answer,
  what: string,
  all: readonly Part[],
  parts: readonly Part[],
  counted: boolean,
): Answer {
  const n = countOf(
    `${what}的个数`,
    '项',
    all.map((p) => p.figure),
    `表九中${what}的条数`,
  );
  if (q.combine === 'sum' && parts.length > 1) {
    const total = sumOf(
      `${what}合计`,
      '元',
      parts.map((p) => p.figure as Figure<'元'>),
      `表九中${what}逐项相加`,
    );
    return {
      ...a,
      title: `${what}合计 · ${l.ds.meta.fiscalYear}年`,
      lines: [figureLine(total), ...a.lines],
      figures: [total, n, ...a.figures].slice(0, 40),
    };
  }
  return { ...a, figures: counted ? [n, ...a.figures].slice(0, 40) : a.figures };
}

/** Nothing found by amount or by name: said so, with where else to look. */
function noneFound(ds: Dataset, what: string): Answer {
  return makeAnswer({
    kind: 'not_found',
    title: `没有${what}`,
    lines: [`${ds.meta.department} ${ds.meta.fiscalYear}年预算的表九中没有${what}。`],
    datasets: [datasetRef(ds)],
    suggestions: ['最大的几个项目', '项目支出是多少'],
  });
}

/**
 * "项目名里带“运维”的有哪些", "名称含尾款的加起来", "带运维的项目哪个最便宜": the lines whose name contains
 * the word, largest first (or the one or n at the end asked), counted, and summed when asked.
 */
function answerByName(l: LoadedDataset, q: Query, items: readonly LineItem[], what: string): Answer {
  const ds = l.ds;
  const asc = q.order === 'asc';
  const all = items
    .map((i) => itemPart(ds, i))
    .sort((a, b) => (asc ? 1 : -1) * ordering(a.figure).comparedTo(ordering(b.figure)));
  if (all.length === 0) return noneFound(ds, what);
  // (An end asked — 最大的, 最便宜的两个, 第二大的 — is that place of the list; otherwise all of it.)
  const ranked = q.order !== undefined;
  const place = q.nth ?? 1;
  const parts = ranked ? (q.nth ? all.slice(place - 1, place) : all.slice(0, q.n ?? 1)) : all;
  const label = ranked
    ? `${what}中${asc ? '最小' : '最大'}的${q.nth ? `第 ${place} 项` : (q.n ?? 1) > 1 ? ` ${q.n} 项` : ''}`
    : what;
  const a = listAnswer(l, label, parts.slice(0, 25), null, tableNos(ds, '部门预算明细'), {
    kind: 'ranking',
    intro: ranked
      ? `表九中${what}共 ${all.length} 项，按金额从${asc ? '小到大' : '大到小'}：`
      : `表九中${what}共 ${all.length} 项${all.length > 25 ? '（列出前 25 项）' : ''}，按金额从大到小：`,
    suggestions: ['加起来多少', '哪个最少'],
  });
  return countedAndSummed(l, q, a, what, all, parts, !ranked);
}

/** A table's rows whose amount (its first money column) is `target`, each with its codes and name. */
function rowsWithAmount(l: LoadedDataset, t: Table, target: Money): Answer {
  const ds = l.ds;
  const col = t.columns.findIndex((c, i) => i > 0 && /合计|金额|预算数/.test(c.name));
  const at = col >= 0 ? col : 4;
  const name = `${kindName(ds, '基本支出')}中金额为 ${formatYuan(target)} 的行`;
  const found = t.rows.flatMap((r) => {
    const c = r.cells[at];
    if (c === null || c === undefined || !new Money(c).equals(target)) return [];
    const label = `${tableName(t.number)} ${r.cells
      .slice(0, at)
      .filter((x) => x && x.trim())
      .join(' ')}`;
    const f = cellFigure(ds, t, r, at, label.trim());
    return f ? [f] : [];
  });
  if (found.length === 0)
    return makeAnswer({
      kind: 'not_found',
      title: `没有${name}`,
      lines: [
        `${ds.meta.department} ${ds.meta.fiscalYear}年预算的${tableName(t.number)}中没有金额为 ${formatYuan(target)} 的行。`,
      ],
      datasets: [datasetRef(ds)],
      suggestions: [`${tableName(t.number)}是什么`],
    });
  return makeAnswer({
    kind: 'code',
    title: `${name} · ${ds.meta.fiscalYear}年`,
    lines: found.map((f) => figureLine(f)),
    figures: found,
    sources: found.flatMap((f) => (f.source ? [f.source] : [])),
    datasets: [datasetRef(ds)],
    suggestions: [`${tableName(t.number)}是什么`],
  });
}
