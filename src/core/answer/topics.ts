/**
 * Named subjects staff ask about that are not a single table row: totals, 三公 and its parts, 机构运行经费,
 * staffing, assets… Each has its aliases (Chinese, English words; pinyin is added automatically) and a
 * view built from the knowledge base with every figure cited.
 */
import type { Finding } from '../kb/audit.js';
import type { TableKind } from '../kb/kinds.js';
import type { Dataset } from '../kb/loader.js';
import {
  cellFigure,
  countOf,
  inCommonUnit,
  inUnit,
  percentOfPair,
  sumOf,
  fact,
  factFigure,
  rowWhere,
  statement,
  statementSource,
  table,
  tableNo,
  tableNos,
  toSourceRef,
  totalRow,
} from './figures.js';
import type { Figure, SourceRef } from './types.js';
import { emptyView, type View } from './view.js';

export interface Topic {
  id: string;
  name: string;
  aliases: string[];
  english: string[];
  /** Tables where the subject is shown */
  tables: TableKind[];
  /** The departmental economic code the subject is budgeted under, when it has one */
  code?: string;
  view(ds: Dataset, findings: readonly Finding[]): View;
}

const fig = (ds: Dataset, id: string, label?: string): Figure | null => {
  const f = fact(ds, id);
  return f ? factFigure(ds, f, label) : null;
};

const reason = (ds: Dataset, id: string) => {
  const text = statement(ds, id);
  const source = statementSource(ds, id);
  return text && source ? { text, source } : null;
};

/** A year-over-year view from narrative facts `<base>.current/previous/change/changePct/reason`. */
function yoy(ds: Dataset, base: string, title: string, primary: Figure | null): View {
  const v = emptyView(title);
  const cur = fig(ds, `${base}.current`);
  v.primary = primary ?? cur;
  if (primary && cur && primary.source && cur.source) v.sources.push(cur.source);
  v.previous = fig(ds, `${base}.previous`);
  v.change = fig(ds, `${base}.change`);
  v.changePct = fig(ds, `${base}.changePct`);
  v.reason = reason(ds, `${base}.reason`);
  return v;
}

function notesFor(findings: readonly Finding[], ...topics: string[]): string[] {
  return findings.filter((f) => topics.some((t) => f.topics.includes(t))).map((f) => f.message);
}

const year = (ds: Dataset) => ds.meta.fiscalYear;
const prev = (ds: Dataset) => ds.meta.previousYear;

function t7(ds: Dataset, label: RegExp, col: 1 | 2, name: string): Figure | null {
  const t = table(ds, '三公');
  const r = rowWhere(ds, '三公', 0, label);
  if (!t || !r) return null;
  return cellFigure(ds, t, r, col, `${col === 1 ? year(ds) : prev(ds)}年${name}`);
}

function t7Blank(ds: Dataset, label: RegExp, col: 1 | 2): SourceRef | null {
  const t = table(ds, '三公');
  const r = rowWhere(ds, '三公', 0, label);
  if (!t || !r || r.cells[col] !== null) return null;
  return {
    kind: 'table',
    table: tableNo(ds, '三公'),
    tableTitle: t.title,
    row: r.cells[0] ?? '',
    column: t.columns[col]?.name ?? '',
    line: r.line,
  };
}

/** The same amount in 表六 / 表九 under a departmental economic code. */
function sameCode(ds: Dataset, code: string, label: string): { figures: Figure[]; sources: SourceRef[] } {
  const items = ds.lineItems.filter((i) => i.departmentEconomic.code === code);
  const figures = items.map((i) => ({
    label: `${label}（表九 ${i.name}）`,
    value: i.amount,
    unit: '元' as const,
    source: toSourceRef(ds, i.source),
  }));
  const t6 = table(ds, '基本支出');
  const sources: SourceRef[] = [];
  for (const r of t6?.rows.filter((x) => x.cells[2] === code) ?? []) {
    const f = cellFigure(ds, t6!, r, 4, label);
    if (f?.source) sources.push(f.source);
  }
  return { figures, sources };
}

function tableTotal(ds: Dataset, n: TableKind, col: number, label: string): Figure | null {
  const t = table(ds, n);
  const r = totalRow(ds, n);
  return t && r ? cellFigure(ds, t, r, col, label) : null;
}

/** part as a percentage of whole, in one unit (money converted to 元 first); null when not comparable. */
function shareOf(
  part: Figure | null | undefined,
  whole: Figure | null | undefined,
  label: string,
): Figure | null {
  const pair = part && whole ? inCommonUnit(part, whole) : null;
  return pair ? percentOfPair(label, pair, `${pair.a.label} ÷ ${pair.b.label} × 100`) : null;
}

/** 人员经费 or 公用经费: a 表六 total column and its share of 表六's 基本支出 (the document gives no last-year figure). */
function basicPart(
  ds: Dataset,
  findings: readonly Finding[],
  name: string,
  col: 5 | 6,
  suggestions: string[],
): View {
  const v = emptyView(name);
  v.primary = tableTotal(ds, '基本支出', col, `${year(ds)}年${name}`);
  v.whole = tableTotal(ds, '基本支出', 4, '基本支出（表六 总计）');
  const s = shareOf(v.primary, v.whole, '占基本支出（表六）比例');
  if (s) v.details.push(s);
  v.lines.push(`文件未公布上年的${name}，无法比较。`);
  v.notes = notesFor(findings, name);
  v.tables = tableNos(ds, '基本支出');
  v.suggestions = suggestions;
  return v;
}

const SANGONG_TOTAL = /^(总计|合计)$/;
const ABROAD = /因公出国/;
const RECEPTION = /公务接待/;
const VEHICLE = /公务用车购置及运行维护费/;
const VEHICLE_RUN = /^(其中[；;：:，,]?)?公务用车运行维护费$/;
const VEHICLE_BUY = /^(其中[；;：:，,]?)?公务用车购置费$/;

export const TOPICS: Topic[] = [
  {
    id: 'income',
    name: '收入预算',
    aliases: ['收入', '总收入', '收入合计', '收入总计', '收入预算', '全年收入', '本年收入', '收入总额'],
    english: ['income', 'revenue', 'total income'],
    tables: ['收支总体', '收入总体', '财政拨款收支总体'],
    view(ds, findings) {
      const v = yoy(
        ds,
        'income',
        '收入预算',
        rowFig(ds, '收支总体', 0, '收入总计', 1, `${year(ds)}年收入总计`),
      );
      const fiscal = fig(ds, 'income.fiscal.current', `其中：财政拨款`);
      if (fiscal) v.details.push(fiscal);
      v.notes = notesFor(findings, '收入总计');
      v.tables = tableNos(ds, '收支总体', '收入总体', '财政拨款收支总体');
      v.suggestions = ['收入来源构成', '支出比去年变化多少', '财政拨款是多少'];
      return v;
    },
  },
  {
    id: 'expenditure',
    name: '支出预算',
    aliases: [
      '支出',
      '全部预算',
      '整个预算',
      '全部支出',
      '全年支出',
      '全年总支出',
      '总预算',
      '整个部门',
      '全部门',
      '部门总支出',
      '总支出',
      '支出合计',
      '支出总计',
      '支出预算',
      '总预算',
      '预算总额',
      '部门预算',
      '一共多少钱',
      '全部预算',
      '全部支出',
      '所有支出',
      '支出总额',
      '总的支出',
      '预算',
      '预算盘子',
      '盘子',
      '总盘子',
      '预算规模',
    ],
    english: ['expenditure', 'spending', 'total budget', 'budget', 'total'],
    tables: ['收支总体', '支出总体', '一般公共预算支出'],
    view(ds, findings) {
      const total = tableTotal(ds, '支出总体', 2, `${year(ds)}年支出合计`);
      const v = yoy(ds, 'expenditure', '支出预算', total);
      const basic = tableTotal(ds, '支出总体', 3, '基本支出');
      const project = tableTotal(ds, '支出总体', 4, '项目支出');
      for (const f of [basic, project]) if (f) v.details.push(f);
      const s1 = shareOf(basic, total, '基本支出占比');
      const s2 = shareOf(project, total, '项目支出占比');
      for (const f of [s1, s2]) if (f) v.details.push(f);
      v.notes = notesFor(findings, '支出合计', '支出预算');
      v.tables = tableNos(ds, '收支总体', '支出总体', '一般公共预算支出');
      v.suggestions = ['按功能分类的支出构成', '基本支出和项目支出各多少', '最大的几个项目'];
      return v;
    },
  },
  {
    id: 'basic',
    name: '基本支出',
    aliases: ['基本支出', '基本经费', '基本支出预算', '基本'],
    english: ['basic expenditure', 'basic spending', 'basic'],
    tables: ['支出总体', '一般公共预算支出', '基本支出'],
    view(ds, findings) {
      const v = yoy(ds, 'basic', '基本支出', tableTotal(ds, '支出总体', 3, `${year(ds)}年基本支出`));
      const p = tableTotal(ds, '基本支出', 5, '人员经费（表六）');
      const g = tableTotal(ds, '基本支出', 6, '公用经费（表六）');
      for (const f of [p, g]) if (f) v.details.push(f);
      v.whole = tableTotal(ds, '支出总体', 2, '支出合计');
      v.notes = notesFor(findings, '基本支出');
      v.tables = tableNos(ds, '支出总体', '一般公共预算支出', '基本支出');
      v.suggestions = ['人员经费和公用经费各多少', '基本支出按经济分类', '项目支出是多少'];
      return v;
    },
  },
  {
    id: 'project',
    name: '项目支出',
    aliases: ['项目支出', '项目经费', '项目支出预算', '项目资金', '项目总预算', '项目预算总额', '项目总支出'],
    english: ['project expenditure', 'project spending', 'projects'],
    tables: ['支出总体', '一般公共预算支出', '部门预算明细'],
    view(ds, findings) {
      const v = yoy(ds, 'project', '项目支出', tableTotal(ds, '支出总体', 4, `${year(ds)}年项目支出`));
      const main = statement(ds, 'project.mainProjects');
      const src = statementSource(ds, 'project.mainProjects');
      if (main && src) {
        v.lines.push(`文件所列主要项目：${main}`);
        v.sources.push(src);
      }
      v.whole = tableTotal(ds, '支出总体', 2, '支出合计');
      v.notes = notesFor(findings, '项目支出');
      v.tables = tableNos(ds, '支出总体', '一般公共预算支出', '部门预算明细');
      v.suggestions = ['最大的几个项目', '项目支出比去年变化多少', '机要运维那个项目多少钱'];
      return v;
    },
  },
  {
    id: 'personnel',
    name: '人员经费',
    aliases: ['人员经费', '人头费', '人员支出', '人员费用'],
    english: ['personnel', 'personnel costs', 'staff costs', 'salaries'],
    tables: ['基本支出'],
    view: (ds, findings) =>
      basicPart(ds, findings, '人员经费', 5, ['公用经费是多少', '基本支出按经济分类', '工资福利支出多少']),
  },
  {
    id: 'public',
    name: '公用经费',
    aliases: ['公用经费', '日常公用经费', '公用支出'],
    english: ['public costs', 'office costs', 'operating costs of the office'],
    tables: ['基本支出'],
    view: (ds, findings) =>
      basicPart(ds, findings, '公用经费', 6, ['人员经费是多少', '机构运行经费是多少', '公务接待费多少']),
  },
  {
    id: 'fiscal',
    name: '财政拨款',
    aliases: ['财政拨款', '财政拨款收入', '财政拨款收支', '拨款'],
    english: ['fiscal appropriation', 'appropriation', 'government funding'],
    tables: ['财政拨款收支总体'],
    view(ds, findings) {
      const v = yoy(
        ds,
        'income.fiscal',
        '财政拨款',
        rowFig(ds, '财政拨款收支总体', 0, '收入总计', 1, `${year(ds)}年财政拨款收入总计`),
      );
      // (The narrative gives one reason after the 收入 and 财政拨款 sentences: it is both's.)
      v.reason ??= reason(ds, 'income.reason');
      const g = rowFig(ds, '财政拨款收支总体', 0, /一般公共预算拨款$/, 1, '其中：一般公共预算拨款');
      if (g) v.details.push(g);
      v.notes = notesFor(findings, '表四');
      v.tables = tableNos(ds, '财政拨款收支总体');
      v.suggestions = ['收入预算是多少', '政府性基金预算拨款是多少', '一般公共预算支出按功能分类'];
      return v;
    },
  },
  {
    id: 'fund',
    name: '政府性基金预算',
    aliases: [
      '政府性基金',
      '政府性基金预算',
      '政府性基金预算拨款',
      '政府性基金拨款',
      '基金预算',
      '政府性基金支出',
    ],
    english: ['government fund', 'fund budget'],
    tables: ['财政拨款收支总体', '政府性基金'],
    view(ds) {
      const v = emptyView('政府性基金预算');
      const t4 = table(ds, '财政拨款收支总体');
      const r = rowWhere(ds, '财政拨款收支总体', 0, /政府性基金预算拨款$/);
      v.primary = t4 && r ? cellFigure(ds, t4, r, 1, '政府性基金预算拨款') : null;
      if (!v.primary && t4 && r) {
        v.primaryNote = '表四“政府性基金预算拨款”为空白（未安排，不是 0）';
        v.sources.push({
          kind: 'table',
          table: tableNo(ds, '财政拨款收支总体'),
          tableTitle: t4.title,
          row: r.cells[0] ?? '',
          column: t4.columns[1]!.name,
          line: r.line,
        });
      }
      const t8 = table(ds, '政府性基金');
      if (t8?.status === 'empty') {
        v.lines.push(`表八《${t8.title}》为空表：本部门没有政府性基金预算支出。`);
        v.sources.push({
          kind: 'table',
          table: tableNo(ds, '政府性基金'),
          tableTitle: t8.title,
          row: '（空表）',
          column: '合计',
          line: t8.line,
        });
      }
      v.tables = tableNos(ds, '财政拨款收支总体', '政府性基金');
      v.suggestions = ['财政拨款是多少', '表八是什么'];
      return v;
    },
  },
  {
    id: 'sangong',
    name: '“三公”经费',
    aliases: [
      '三公',
      '三公经费',
      '“三公”经费',
      '三公经费财政拨款',
      '三公支出',
      '三公预算',
      // what staff type in a hurry: a homophone, a digit, the initials
      '散公',
      '散公经费',
      '3公',
      '3公经费',
      'sg经费',
    ],
    english: ['three public', 'three public expenses', 'sangong'],
    tables: ['三公'],
    view(ds, findings) {
      const v = yoy(ds, 'sangong', '“三公”经费', t7(ds, SANGONG_TOTAL, 1, '“三公”经费'));
      const prevT = t7(ds, SANGONG_TOTAL, 2, '“三公”经费');
      if (prevT) {
        if (v.previous?.source) v.sources.push(v.previous.source);
        v.previous = prevT;
      }
      const parts: [string, RegExp, string][] = [
        ['abroad', ABROAD, '因公出国（境）费'],
        ['reception', RECEPTION, '公务接待费'],
        ['vehicle', VEHICLE, '公务用车购置及运行维护费'],
      ];
      for (const [key, re, name] of parts) {
        const f = t7(ds, re, 1, name) ?? fig(ds, `sangong.${key}.current`, `${year(ds)}年${name}`);
        if (f) v.details.push(f);
      }
      const count = fig(ds, 'sangong.vehicle.count', '公务用车');
      if (count) v.details.push(count);
      const units = statement(ds, 'sangong.units');
      const src = statementSource(ds, 'sangong.units');
      if (units && src) {
        v.lines.push(`“三公”经费的支出单位：${units}。`);
        v.sources.push(src);
      }
      for (const [key, , name] of parts) {
        const r = reason(ds, `sangong.${key}.reason`);
        if (r) v.lines.push(`${name}变化原因：${r.text}。`);
        if (r) v.sources.push(r.source);
      }
      v.notes = notesFor(findings, '三公');
      v.tables = tableNos(ds, '三公');
      v.suggestions = ['公务接待费比去年变化多少', '公务用车购置及运行维护费为什么增加', '什么是三公经费'];
      return v;
    },
  },
  {
    id: 'sangong.abroad',
    name: '因公出国（境）费',
    aliases: ['因公出国', '因公出国费', '因公出国境费', '出国费', '出国', '出境', '出国经费', '因公出境'],
    english: ['overseas travel', 'travel abroad', 'abroad'],
    tables: ['三公'],
    code: '30212',
    view(ds, findings) {
      const v = yoy(ds, 'sangong.abroad', '因公出国（境）费', null);
      const blank = t7Blank(ds, ABROAD, 1);
      if (blank) {
        v.sources.push(blank);
        v.lines.push('表七中该行为空白；文字说明写明预算安排 0 元。');
      }
      const note = statement(ds, 'sangong.abroad.note');
      if (note) v.lines.push(`与上年比较：${note}。`);
      v.notes = notesFor(findings, '因公出国（境）费');
      v.tables = tableNos(ds, '三公');
      v.suggestions = ['三公经费是多少', '公务接待费多少'];
      return v;
    },
  },
  {
    id: 'sangong.reception',
    name: '公务接待费',
    aliases: ['公务接待费', '公务接待', '接待费', '招待费', '接待经费', '公务招待费'],
    english: ['official reception', 'reception', 'hospitality', 'entertainment'],
    tables: ['基本支出', '三公', '部门预算明细'],
    code: '30217',
    view(ds, findings) {
      const v = yoy(ds, 'sangong.reception', '公务接待费', t7(ds, RECEPTION, 1, '公务接待费'));
      const p = t7(ds, RECEPTION, 2, '公务接待费');
      if (p) {
        if (v.previous?.source) v.sources.push(v.previous.source);
        v.previous = p;
      }
      const same = sameCode(ds, '30217', '公务接待费');
      v.details.push(...same.figures);
      v.sources.push(...same.sources);
      v.notes = notesFor(findings, '公务接待费', '30217');
      v.tables = tableNos(ds, '基本支出', '三公', '部门预算明细');
      v.suggestions = ['三公经费是多少', '公务接待费比去年变化多少', '30217 是什么'];
      return v;
    },
  },
  {
    id: 'sangong.vehicle',
    name: '公务用车购置及运行维护费',
    aliases: [
      '公务用车购置及运行维护费',
      '公务用车',
      '公车',
      '公车费',
      '车辆费',
      '用车费',
      '公务用车购置及运行费',
      '公车经费',
      '车',
      '车辆',
      '公务车',
    ],
    english: ['official vehicles', 'vehicles', 'cars', 'car'],
    tables: ['三公'],
    view(ds, findings) {
      const v = yoy(ds, 'sangong.vehicle', '公务用车购置及运行维护费', null);
      const blank = t7Blank(ds, VEHICLE, 1);
      if (blank) v.sources.push(blank);
      const buy = fig(ds, 'sangong.vehicle.purchase.current');
      const run =
        t7(ds, VEHICLE_RUN, 1, '其中：公务用车运行维护费') ??
        fig(ds, 'sangong.vehicle.operation.current', '其中：公务用车运行维护费');
      const count = fig(ds, 'sangong.vehicle.count', '实有公务用车');
      for (const f of [buy, run, count]) if (f) v.details.push(f);
      if (v.previous?.value.isZero()) v.lines.push('上年为 0，增幅无法按百分比计算；文件写作“增加100%”。');
      v.notes = notesFor(findings, '公务用车', '公车');
      v.tables = tableNos(ds, '三公');
      v.suggestions = ['公务用车运行维护费多少', '三公经费是多少', '有几辆公务用车'];
      return v;
    },
  },
  {
    id: 'sangong.vehicle.operation',
    name: '公务用车运行维护费',
    aliases: [
      '公务用车运行维护费',
      '公车运维',
      '公车运行维护费',
      '车辆运维',
      '车辆运行维护费',
      '公车运行费',
      '用车运维',
    ],
    english: ['vehicle running costs', 'vehicle maintenance'],
    tables: ['基本支出', '三公', '部门预算明细'],
    code: '30231',
    view(ds, findings) {
      const v = emptyView('公务用车运行维护费');
      v.primary =
        t7(ds, VEHICLE_RUN, 1, '公务用车运行维护费') ?? fig(ds, 'sangong.vehicle.operation.current');
      const n = fig(ds, 'sangong.vehicle.operation.current');
      if (n?.source && v.primary?.source?.kind === 'table') v.sources.push(n.source);
      const same = sameCode(ds, '30231', '公务用车运行维护费');
      v.details.push(...same.figures);
      v.sources.push(...same.sources);
      const r = reason(ds, 'sangong.vehicle.reason');
      // Last year's 公务用车购置及运行维护费 was 0 and this year's 购置费 is 0: the 运行维护费 was 0 last year
      // too, and its change is the whole's (the document's own figures, relabelled).
      const whole = yoy(ds, 'sangong.vehicle', '公务用车购置及运行维护费', null);
      const buy = fig(ds, 'sangong.vehicle.purchase.current');
      if (whole.previous?.value.isZero() && buy?.value.isZero()) {
        v.previous = {
          ...whole.previous,
          label: `${prev(ds)}年公务用车运行维护费（上年购置及运行维护费合计为 0）`,
        };
        if (whole.change) v.change = { ...whole.change, label: `公务用车运行维护费比${prev(ds)}年增减额` };
        if (whole.changePct) v.changePct = whole.changePct;
        v.reason = whole.reason;
        v.lines.push(
          `${prev(ds)}年公务用车购置及运行维护费为 0，今年购置费也为 0，所以运行维护费上年为 0、增加额与合计相同。`,
        );
      } else if (r) v.lines.push(`公务用车购置及运行维护费比上年增加的原因：${r.text}。`);
      if (r) v.sources.push(r.source);
      v.notes = notesFor(findings, '公务用车');
      v.tables = tableNos(ds, '基本支出', '三公', '部门预算明细');
      v.suggestions = ['公务用车购置及运行维护费比去年变化多少', '有几辆公务用车'];
      return v;
    },
  },
  {
    id: 'sangong.vehicle.purchase',
    name: '公务用车购置费',
    aliases: ['公务用车购置费', '公车购置', '购车', '买车', '车辆购置', '购置车辆'],
    english: ['vehicle purchase', 'buying cars'],
    tables: ['三公'],
    code: '31013',
    view(ds) {
      const v = emptyView('公务用车购置费');
      v.primary = t7(ds, VEHICLE_BUY, 1, '公务用车购置费') ?? fig(ds, 'sangong.vehicle.purchase.current');
      const blank = t7Blank(ds, VEHICLE_BUY, 1);
      if (blank) {
        v.sources.push(blank);
        v.lines.push('表七中“公务用车购置费”为空白；文字说明写明 0 元。');
      }
      const planned = fig(ds, 'assets.planned.vehicles.count', '计划购置车辆');
      if (planned) v.details.push(planned);
      // (The narrative's own words about buying cars, quoted: "安排购置车辆0台，0万元".)
      const said = fact(ds, 'assets.planned.vehicles.count')?.source;
      const clause =
        said?.kind === 'narrative' ? said.quote.split(/[；;]/).find((x) => /车辆/.test(x)) : undefined;
      if (clause) v.lines.push(`文字说明：“${clause.trim()}”`);
      v.tables = tableNos(ds, '三公');
      v.suggestions = ['公务用车运行维护费多少', '有几辆公务用车'];
      return v;
    },
  },
  {
    id: 'operating',
    name: '机构运行经费',
    aliases: ['机构运行经费', '行政运行经费', '运行经费', '机关运行经费', '机构运行费'],
    english: ['operating costs', 'running costs', 'administrative operating'],
    tables: [],
    view(ds, findings) {
      const v = yoy(ds, 'operating', '机构运行经费', null);
      const g = ds.glossary.find((x) => x.term === '行政运行经费');
      if (g) {
        v.lines.push(`名称解释：${g.definition}`);
        v.sources.push(toSourceRef(ds, g.source));
      }
      v.lines.push('该数只在文字说明中公布，表格中没有单独一行。');
      v.notes = notesFor(findings, '机构运行经费');
      v.suggestions = ['公用经费是多少', '什么是机构运行经费', '机构运行经费比去年变化多少'];
      return v;
    },
  },
  {
    id: 'procurement',
    name: '政府采购预算',
    aliases: ['政府采购', '采购', '采购预算', '政府采购预算', '采购项目', '政采', '政采预算', '政采项目'],
    english: ['procurement', 'government procurement', 'purchasing'],
    tables: [],
    view(ds) {
      const v = emptyView('政府采购预算');
      v.primary = fig(ds, 'procurement.amount');
      const n = fig(ds, 'procurement.projectCount');
      if (n) v.details.push(n);
      v.lines.push('文件未列出各采购项目的名称与金额，只公布了项目个数和预算资金合计。');
      v.suggestions = ['政府购买服务有多少', '2020年西城区软件正版化采购项目多少钱'];
      return v;
    },
  },
  {
    id: 'purchaseServices',
    name: '政府购买服务',
    aliases: ['政府购买服务', '购买服务'],
    english: ['purchased services', 'government purchase of services'],
    tables: [],
    view(ds) {
      const v = emptyView('政府购买服务');
      v.primary = fig(ds, 'purchaseServices.projectCount');
      v.suggestions = ['政府采购预算多少'];
      return v;
    },
  },
  {
    id: 'performance',
    name: '绩效目标与评价',
    aliases: ['绩效', '绩效目标', '绩效评价', '绩效自评', '自评', '评价得分', '绩效得分'],
    english: ['performance', 'performance targets', 'evaluation'],
    tables: ['整体绩效', '项目绩效'],
    view(ds, findings) {
      const v = emptyView('绩效目标与评价');
      v.primary = fig(ds, 'performance.amount');
      // The projects' money is a part of 项目支出 (the narrative's own share is of it).
      v.whole = tableTotal(ds, '支出总体', 4, '项目支出（表三 总计）');
      for (const id of [
        'performance.projectCount',
        'performance.projectTotal',
        'performance.share',
        'performance.evaluation.score',
      ])
        if (fact(ds, id)) v.details.push(fig(ds, id)!);
      const grade = reason(ds, 'performance.evaluation.grade');
      if (grade) {
        v.lines.push(`绩效评价等级：${grade.text}。`);
        v.sources.push(grade.source);
      }
      const projects = ds.performance.projects;
      if (projects.length > 0)
        v.lines.push(
          `表十二公开了 ${projects.length} 个项目的绩效目标：${projects.map((p) => `${p.name}（负责人 ${p.owner ?? '未填'}）`).join('；')}。`,
        );
      v.notes = notesFor(findings, '绩效');
      v.tables = tableNos(ds, '整体绩效', '项目绩效');
      v.suggestions = ['谁负责绩效管理项目', '部门整体绩效目标是什么', '表十二是什么'];
      return v;
    },
  },
  {
    id: 'projectCount',
    name: '项目个数',
    aliases: ['有几个项目', '几个项目', '多少个项目', '项目个数', '项目数', '项目数量', '有哪些项目'],
    english: ['number of projects', 'how many projects'],
    tables: ['部门预算明细', '项目绩效'],
    view(ds) {
      const v = emptyView('项目个数');
      const items = ds.lineItems.filter((i) => i.spending === 'project');
      const figs = items.map((i) => ({
        label: i.name,
        value: i.amount,
        unit: '元' as const,
        source: toSourceRef(ds, i.source),
      }));
      v.primary = countOf('表九中的项目支出明细', '项', figs, '表九中属于项目支出的明细条数');
      for (const id of ['performance.projectCount', 'procurement.projectCount'])
        if (fact(ds, id)) v.details.push(fig(ds, id)!);
      v.lines.push(
        `表十二公开了 ${ds.performance.projects.length} 个项目的绩效目标申报表。可问“最大的几个项目”看金额排名。`,
      );
      v.tables = tableNos(ds, '部门预算明细', '项目绩效');
      v.suggestions = ['最大的几个项目', '项目支出是多少', '绩效目标与评价'];
      return v;
    },
  },
  {
    id: 'departmentHead',
    name: '部门负责人',
    aliases: ['部门负责人', '单位负责人', '部门领导', '负责人', '部门联系电话', '部门电话'],
    english: ['head of department', 'department head'],
    tables: ['整体绩效'],
    view(ds) {
      const v = emptyView('部门负责人');
      const o = ds.performance.overall;
      if (o) {
        v.lines.push(
          `${o.department}负责人：${o.head ?? '未填'}；联系电话：${o.phone ?? '未填'}（表十一 部门整体支出绩效目标申报表）。`,
        );
        v.sources.push({
          kind: 'table',
          table: tableNo(ds, '整体绩效'),
          tableTitle: table(ds, '整体绩效')?.title ?? '',
          row: '部门（单位）负责人',
          column: '部门（单位）负责人',
          line: o.line,
        });
      } else v.primaryNote = '文件中没有公开部门负责人';
      v.tables = tableNos(ds, '整体绩效');
      v.suggestions = ['谁负责绩效管理项目', '部门主要职责'];
      return v;
    },
  },
  {
    id: 'stateCapital',
    name: '国有资本经营预算',
    aliases: [
      '国有资本',
      '国有资本经营预算',
      '国资经营预算',
      '国有资本经营预算财政拨款',
      '国有资本经营预算拨款',
    ],
    english: ['state capital'],
    tables: [],
    view(ds) {
      const v = emptyView('国有资本经营预算');
      const r = reason(ds, 'stateCapital');
      if (r) {
        v.lines.push(r.text);
        v.sources.push(r.source);
      }
      v.suggestions = ['国有资产有多少', '政府性基金预算是多少'];
      return v;
    },
  },
  {
    id: 'assets',
    name: '国有资产占用',
    aliases: ['国有资产', '固定资产', '资产', '资产总额', '设备'],
    english: ['assets', 'fixed assets', 'equipment'],
    tables: [],
    view(ds, findings) {
      const v = emptyView('国有资产占用');
      v.primary = fig(ds, 'assets.total');
      for (const id of [
        'assets.vehicles.count',
        'assets.vehicles.amount',
        'assets.generalEquipment',
        'assets.specialEquipment',
        'assets.planned.vehicles.count',
        'assets.planned.vehicles.amount',
        'assets.planned.generalEquipment.count',
        'assets.planned.generalEquipment.amount',
        'assets.planned.specialEquipment.count',
        'assets.planned.specialEquipment.amount',
      ])
        if (fact(ds, id)) v.details.push(fig(ds, id)!);
      v.notes = notesFor(findings, '国有资产');
      v.suggestions = ['有几辆公务用车', '政府采购预算多少'];
      return v;
    },
  },
  {
    id: 'staffing',
    name: '人员构成',
    aliases: [
      '人员',
      '人员构成',
      '编制',
      '人数',
      '多少人',
      '在职人员',
      '实有人数',
      '行政编制',
      '事业编制',
      '工勤编制',
      '实有',
      '员工',
      '职工',
    ],
    english: ['staff', 'staffing', 'headcount', 'employees', 'people'],
    tables: [],
    view(ds) {
      const v = emptyView('人员构成');
      v.primary = fig(ds, 'staffing.实有');
      for (const id of [
        'staffing.行政编制',
        'staffing.事业编制',
        'staffing.工勤编制',
        'staffing.临时工',
        'staffing.离退休',
        'staffing.离休',
        'staffing.退休',
      ])
        if (fact(ds, id)) v.details.push(fig(ds, id)!);
      const b = ['staffing.行政编制', 'staffing.事业编制', 'staffing.工勤编制']
        .map((id) => fig(ds, id))
        .filter((f) => f !== null && f !== undefined);
      if (b.length === 3) {
        const people = b.map((f) => inUnit(f, '人'));
        if (people.every((f) => f !== null))
          v.details.push(sumOf('编制合计', '人', people, '行政编制 + 事业编制 + 工勤编制'));
      }
      v.suggestions = ['离退休人员多少', '人员经费是多少', '内设几个科室'];
      return v;
    },
  },
  {
    id: 'retirees',
    name: '离退休人员',
    aliases: [
      '离退休',
      '离退休人员',
      '离退休人数',
      '离退休人员数',
      '退休',
      '退休人员',
      '离休',
      '离休人员',
      '老干部',
    ],
    english: ['retirees', 'retired staff', 'pensioners'],
    tables: [],
    view(ds, findings) {
      const v = emptyView('离退休人员');
      v.primary = fig(ds, 'staffing.离退休');
      for (const id of ['staffing.离休', 'staffing.退休']) if (fact(ds, id)) v.details.push(fig(ds, id)!);
      v.notes = notesFor(findings, '离退休');
      v.suggestions = ['人员构成', '离退休经费多少'];
      return v;
    },
  },
  {
    id: 'temps',
    name: '长期聘用临时工',
    aliases: ['临时工', '聘用', '长期聘用临时工', '临聘'],
    english: ['temporary staff', 'contractors'],
    tables: [],
    view(ds) {
      const v = emptyView('长期聘用临时工');
      v.primary = fig(ds, 'staffing.临时工');
      v.suggestions = ['人员构成'];
      return v;
    },
  },
  {
    id: 'structure',
    name: '机构设置',
    aliases: ['机构设置', '科室', '内设科室', '内设机构', '事业单位', '下属单位', '下设', '组织架构', '机构'],
    english: ['structure', 'organisation', 'organization', 'departments', 'divisions'],
    tables: [],
    view(ds) {
      const v = emptyView('机构设置');
      v.primary = fig(ds, 'department.internalDivisions');
      const u = fig(ds, 'department.affiliatedUnits');
      if (u) v.details.push(u);
      for (const id of ['department.role', 'department.managedFunds', 'sangong.units']) {
        const r = reason(ds, id);
        if (!r) continue;
        v.lines.push(id === 'sangong.units' ? `预算范围内的单位：${r.text}。` : r.text);
        v.sources.push(r.source);
      }
      v.lines.push('文件只公布了科室和事业单位的数目，没有列出名称。');
      v.suggestions = ['部门主要职责', '人员构成'];
      return v;
    },
  },
  {
    id: 'responsibilities',
    name: '主要职责',
    aliases: ['职责', '主要职责', '职能', '部门职责', '负责什么', '干什么', '做什么'],
    english: ['responsibilities', 'duties', 'functions', 'what does it do'],
    tables: ['整体绩效'],
    view(ds) {
      const v = emptyView(`${ds.meta.department} 主要职责`);
      if (ds.narrative.responsibilities.length > 0)
        v.lines.push(`文件列出主要职责共 ${ds.narrative.responsibilities.length} 项：`);
      for (const r of ds.narrative.responsibilities) v.lines.push(`${r.number}. ${r.text}`);
      const first = ds.narrative.responsibilities[0];
      if (first)
        v.sources.push({
          kind: 'narrative',
          section: '一、部门主要职责及机构设置情况',
          quote: first.text,
          line: first.line,
        });
      v.tables = tableNos(ds, '整体绩效');
      v.suggestions = ['机构设置', '人员构成', '部门整体绩效目标是什么'];
      return v;
    },
  },
];

function rowFig(
  ds: Dataset,
  n: TableKind,
  col: number,
  label: RegExp | string,
  valueCol: number,
  name: string,
): Figure | null {
  const t = table(ds, n);
  const r = rowWhere(ds, n, col, label);
  return t && r ? cellFigure(ds, t, r, valueCol, name) : null;
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}
