/**
 * The guided tour for newcomers: what the department is, the twelve tables one per step (what each
 * answers, its key figures, how it ties to the others), the classification codes, 基本 vs 项目, 三公.
 * Every figure is cited as everywhere else. Steps are generated from the loaded dataset.
 */
import { tableName } from '../kb/tables.js';
import { formatFigureValue } from '../present.js';
import { clip } from '../text.js';
import { datasetRef, figureLine, makeAnswer } from './compose.js';
import type { BudgetEngine, LoadedDataset } from './engine.js';
import {
  cellFigure,
  fact,
  factFigure,
  formFigure,
  OVERALL_FUNDING_COLUMN,
  rowWhere,
  table,
  toSourceRef,
  totalRow,
  tableByNumber,
  tableNo,
  kindName,
} from './figures.js';
import type { TableKind } from '../kb/kinds.js';
import { TABLE_GUIDE, tiesOf } from './guide.js';
import type { Answer, Figure, SourceRef } from './types.js';

interface Step {
  title: string;
  lines: string[];
  figures: Figure[];
  sources: SourceRef[];
  suggestions: string[];
}

const col = (t: { columns: { name: string }[] }, name: string) => t.columns.findIndex((c) => c.name === name);

function tableStep(l: LoadedDataset, n: number): Step {
  const ds = l.ds;
  const t = tableByNumber(ds, n);
  const k = t?.kind ?? 'generic';
  const guide = TABLE_GUIDE[k];
  const title = `${tableName(n)} ${t?.title ?? '（本文件未包含）'}`;
  const lines: string[] = [];
  const figures: Figure[] = [];
  if (!t) return { title, lines: ['本文件没有这张表。'], figures, sources: [], suggestions: [] };
  if (guide) lines.push(`这张表回答：${guide.answers}`);
  const add = (f: Figure | null) => {
    if (!f) return;
    figures.push(f);
    lines.push(`关键数字 · ${figureLine(f)}`);
  };
  const tr = totalRow(ds, k);
  if (t.status === 'empty') lines.push('本部门这张表已公开，但没有数字（空表）：说明没有这类收支。');
  else if (k === '收支总体' || k === '财政拨款收支总体') {
    add(rowFig(ds, k, 0, '收入总计', 1));
    add(rowFig(ds, k, 2, '支出总计', 3));
  } else if (k === '收入总体' && tr) {
    add(cellFigure(ds, t, tr, 2, '收入合计（总计行）'));
    add(cellFigure(ds, t, tr, col(t, '一般公共预算拨款收入'), '其中：一般公共预算拨款收入'));
  } else if ((k === '支出总体' || k === '一般公共预算支出') && tr) {
    add(cellFigure(ds, t, tr, 2, '合计'));
    add(cellFigure(ds, t, tr, 3, '基本支出'));
    add(cellFigure(ds, t, tr, 4, '项目支出'));
  } else if (k === '基本支出' && tr) {
    add(cellFigure(ds, t, tr, 4, '基本支出合计'));
    add(cellFigure(ds, t, tr, 5, '人员经费'));
    add(cellFigure(ds, t, tr, 6, '公用经费'));
  } else if (k === '三公') {
    const total = t.rows.find((r) => /^(总计|合计)$/.test(r.cells[0] ?? ''));
    if (total) {
      add(cellFigure(ds, t, total, 1, `“三公”经费（${t.columns[1]?.name}）`));
      add(cellFigure(ds, t, total, 2, `“三公”经费（${t.columns[2]?.name}）`));
    }
  } else if (k === '部门预算明细') {
    const items = [...ds.lineItems].sort((a, b) => b.amount.comparedTo(a.amount));
    if (tr) add(cellFigure(ds, t, tr, 7, '合计'));
    lines.push(
      `共 ${ds.lineItems.length} 条明细，每条同时标出功能分类、政府经济分类、部门经济分类三个代码。`,
    );
    const top = items[0];
    if (top)
      add({
        label: `最大一笔：${top.name}`,
        value: top.amount,
        unit: '元',
        source: toSourceRef(ds, top.source),
      });
  } else if (k === '整体绩效' && ds.performance.overall) {
    const o = ds.performance.overall;
    for (const f of o.funding.slice(0, 3))
      add(formFigure(ds, 11, f, `表十一 ${f.label}`, f.label, OVERALL_FUNDING_COLUMN));
    if (o.goal) lines.push(`部门绩效目标：${clip(o.goal, 120)}`);
  } else if (k === '项目绩效') {
    lines.push(`公开了 ${ds.performance.projects.length} 个项目的申报表：`);
    for (const p of ds.performance.projects) {
      const annual = p.funding.find((f) => /年度资金总额/.test(f.label));
      lines.push(
        `· ${p.name}：负责人 ${p.owner ?? '未填'}${annual ? `，年度资金 ${formatFigureValue({ label: '', value: annual.value, unit: annual.unit })}` : ''}`,
      );
      if (annual)
        figures.push({
          label: `${p.name} 年度资金总额`,
          value: annual.value,
          unit: annual.unit,
          source: {
            kind: 'table',
            table: tableNo(ds, '项目绩效'),
            tableTitle: t.title,
            row: p.name,
            column: '年度资金总额',
            line: annual.line,
          },
        });
    }
  }
  if (guide) lines.push(`和其他表的关系：${tiesOf(k, (x) => kindName(ds, x))}`);
  const findings = l.findings.filter((f) => f.topics.includes(tableName(n)));
  if (findings.length)
    lines.push(`核对提示：这张表有 ${findings.length} 处与其他数字对不上，可问“${tableName(n)}加起来对吗”。`);

  return {
    title,
    lines,
    figures,
    sources: [{ kind: 'table', table: n, tableTitle: t.title, row: t.title, column: '表头', line: t.line }],
    suggestions: [
      `${tableName(n)}加起来对吗`,
      ...(k === '部门预算明细' ? ['最大的几个项目'] : k === '三公' ? ['三公比去年涨了多少'] : []),
    ],
  };
}

function rowFig(
  ds: LoadedDataset['ds'],
  n: TableKind,
  c: number,
  label: string,
  valueCol: number,
): Figure | null {
  const t = table(ds, n);
  const r = rowWhere(ds, n, c, label);
  return t && r ? cellFigure(ds, t, r, valueCol, `${tableName(t.number)} ${label}`) : null;
}

function steps(engine: BudgetEngine, l: LoadedDataset): (() => Step)[] {
  const ds = l.ds;
  const topic = (id: string) => engine.entities.get(`${ds.meta.id}/topic/${id}`)?.view();
  return [
    () => {
      const role = ds.narrative.statements.find((s) => s.id === 'department.role');
      const figures = ['income', 'expenditure']
        .map((id) => topic(id)?.primary)
        .filter((f) => f !== null && f !== undefined);
      return {
        title: `这份预算是什么：${ds.meta.department} ${ds.meta.fiscalYear}年部门预算`,
        lines: [
          ...(role ? [`${role.text}。`] : []),
          `文件分两部分：第一部分是文字说明（职责、人员、收支增减及原因、三公经费、绩效等），第二部分是十二张标准表格。`,
          ...figures.map(figureLine),
          `接下来按表一到表十二逐张介绍，然后讲分类代码、基本支出与项目支出、三公经费。`,
        ],
        figures,
        sources: role ? [toSourceRef(ds, role.source)] : [],
        suggestions: ['部门主要职责', '人员构成'],
      };
    },
    ...l.ds.tables.map((t) => () => tableStep(l, t.number)),
    () => {
      const fn =
        ds.classifications.functional.find((c) => c.level === '项') ?? ds.classifications.functional[0];
      const chain = fn
        ? [fn.code.slice(0, 3), fn.code.slice(0, 5), fn.code].filter((c, i, a) => a.indexOf(c) === i)
        : [];
      const t3 = table(ds, '支出总体');
      const figures = chain
        .map((c) => {
          const r = t3?.rows.find((x) => x.cells[0] === c);
          return t3 && r ? cellFigure(ds, t3, r, 2, `${c} ${r.cells[1]}`) : null;
        })
        .filter((f) => f !== null && f !== undefined);
      const ex = ds.lineItems.find((i) => i.departmentEconomic.code === '30217') ?? ds.lineItems[0];
      return {
        title: '分类代码：功能分类与经济分类',
        lines: [
          '支出功能分类（钱用来做什么）：类 3 位 → 款 5 位 → 项 7 位，上级代码 = 去掉最后两位，上级金额 = 下级之和。',
          ...figures.map((f) => `例：${figureLine(f)}`),
          '支出经济分类（钱花在什么上）有两套：政府预算经济分类 50x（如 50206 公务接待费）和部门预算经济分类 30x（301 工资福利、302 商品和服务、303 对个人和家庭的补助、310 资本性支出）。',
          ...(ex
            ? [
                `表九每一笔同时标出三个代码，例：“${ex.name}” → ${ex.functional?.code ?? '（无功能分类）'} / ${ex.governmentEconomic.code} / ${ex.departmentEconomic.code}。`,
              ]
            : []),
        ],
        figures: [
          ...figures,
          ...(ex
            ? [{ label: ex.name, value: ex.amount, unit: '元' as const, source: toSourceRef(ds, ex.source) }]
            : []),
        ],
        sources: [],
        suggestions: ['30217 是什么', '2010301 是什么', '按经济分类的支出构成'],
      };
    },
    () => {
      const t3 = table(ds, '支出总体');
      const tr = totalRow(ds, '支出总体');
      const t6 = table(ds, '基本支出');
      const tr6 = totalRow(ds, '基本支出');
      const figures = [
        t3 && tr ? cellFigure(ds, t3, tr, 3, '基本支出') : null,
        t3 && tr ? cellFigure(ds, t3, tr, 4, '项目支出') : null,
        t6 && tr6 ? cellFigure(ds, t6, tr6, 5, '其中人员经费（表六）') : null,
        t6 && tr6 ? cellFigure(ds, t6, tr6, 6, '其中公用经费（表六）') : null,
      ].filter((f) => f !== null && f !== undefined);
      return {
        title: '基本支出与项目支出',
        lines: [
          '基本支出：保障机构日常运转，分人员经费（工资福利、对个人和家庭的补助）和公用经费（办公、水电、差旅、会议等）。',
          '项目支出：为完成特定任务安排的具体项目，在表九中以项目名称列出。',
          ...figures.map(figureLine),
        ],
        figures,
        sources: [],
        suggestions: ['基本支出为什么减少', '最大的几个项目', '人员经费和公用经费各多少'],
      };
    },
    () => {
      const v = topic('sangong');
      const figures = [v?.primary, v?.previous, ...(v?.details ?? []).filter((d) => d.unit === '元')].filter(
        (f): f is Figure => !!f,
      );
      const change = fact(ds, 'sangong.change');
      if (change) figures.push(factFigure(ds, change));
      return {
        title: '“三公”经费',
        lines: [
          '“三公”经费 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费，公众最关注，文字说明逐项解释增减原因，表七列示本年与上年。',
          ...figures.map(figureLine),
          '导览结束。可以随时提问，例如“公务接待费多少”“三公比去年涨了多少”，或用 /quiz 做练习题。',
        ],
        figures,
        sources: [],
        suggestions: ['三公比去年涨了多少', '什么是三公经费', '三公对得上吗'],
      };
    },
  ];
}

export function tourLength(engine: BudgetEngine, datasetId?: string): number {
  const l = (datasetId ? engine.find(datasetId) : undefined) ?? engine.loaded[0];
  return l ? steps(engine, l).length : 0;
}

/** Step `index` (0-based, clamped) of the tour of a dataset, as an Answer with step metadata. */
export function tourStep(engine: BudgetEngine, datasetId: string | undefined, index: number): Answer {
  const l =
    (datasetId ? engine.find(datasetId) : undefined) ??
    [...engine.loaded].sort((a, b) => b.ds.meta.fiscalYear - a.ds.meta.fiscalYear)[0];
  if (!l) return engine.answer('帮助');
  const all = steps(engine, l);
  const i = Math.min(Math.max(Math.trunc(Number.isFinite(index) ? index : 0), 0), all.length - 1);
  const s = all[i]!();
  const a = makeAnswer({
    kind: 'tour',
    title: `导览 ${i + 1}/${all.length} · ${s.title}`,
    lines: s.lines,
    figures: s.figures,
    sources: s.sources,
    datasets: [datasetRef(l.ds)],
    suggestions: s.suggestions,
  });
  a.step = { kind: 'tour', datasetId: l.ds.meta.id, index: i, total: all.length };
  return a;
}
