/** What each of the twelve standard tables answers and how it ties to the others (for newcomers). */
import type { TableKind } from '../kb/kinds.js';

/** `ties` names the other tables through `n` (a kind → the document's own number: 表三, or 表四 in 2023's). */
type Guide = { answers: string; ties: (n: (k: TableKind) => string) => string };

export const TABLE_GUIDE: Partial<Record<TableKind, Guide>> = {
  收支总体: {
    answers: '部门全部收入和支出的总览：收入按来源列示，支出按功能分类列示，收支总计相等。',
    ties: (n) =>
      `收入总计、支出总计与${n('财政拨款收支总体')}（全部为财政拨款时）一致；支出各类与${n('支出总体')}一致。`,
  },
  收入总体: {
    answers: '按支出功能分类科目列示收入来源（一般公共预算拨款、政府性基金、上年结转、事业收入等）。',
    ties: (n) => `各科目“合计”与${n('支出总体')}同一科目的“合计”一致。`,
  },
  支出总体: {
    answers: '按支出功能分类科目（类/款/项）列示全部支出，分为基本支出和项目支出。',
    ties: (n) =>
      `与${n('一般公共预算支出')}逐行一致（全部为一般公共预算时）；${n('部门预算明细')}各明细按功能分类汇总后等于${n('支出总体')}。`,
  },
  财政拨款收支总体: {
    answers: '财政拨款（一般公共预算、政府性基金）的收入和支出总览。',
    ties: (n) =>
      `总计与${n('收支总体')}一致；支出各项与${n('支出总体')}、${n('一般公共预算支出')}的类/款一致。`,
  },
  一般公共预算支出: {
    answers: '一般公共预算拨款安排的支出，按功能分类，分基本支出和项目支出。',
    ties: (n) => `基本支出总计等于${n('基本支出')}总计；各行与${n('支出总体')}一致。`,
  },
  基本支出: {
    answers: '一般公共预算基本支出按经济分类（政府经济分类和部门经济分类）列示，分人员经费和公用经费。',
    ties: (n) =>
      `总计等于${n('一般公共预算支出')}的基本支出；各经济分类与${n('部门预算明细')}基本支出明细一致。`,
  },
  三公: {
    answers: '“三公”经费：因公出国（境）费、公务接待费、公务用车购置及运行维护费，本年与上年对比。',
    ties: (n) =>
      `公务接待费、公务用车运行维护费与${n('基本支出')}、${n('部门预算明细')}中 30217、30231 一致；与文字说明第四部分一致。`,
  },
  政府性基金: {
    answers: '政府性基金预算安排的支出，按功能分类。',
    ties: (n) => `与${n('财政拨款收支总体')}“政府性基金预算拨款”一致。`,
  },
  部门预算明细: {
    answers: '部门预算明细：每一笔预算，同时标明功能分类、政府经济分类、部门经济分类代码和项目名称。',
    ties: (n) =>
      `按功能分类汇总等于${n('支出总体')}；基本支出按经济分类汇总等于${n('基本支出')}；合计等于总预算。`,
  },
  转移支付: {
    answers: '市级下达的专项转移支付预算。',
    ties: (n) => `与${n('收支总体')}、${n('收入总体')}中的相应收入一致。`,
  },
  整体绩效: {
    answers: '部门整体支出绩效目标：资金总额、职能概述、年度绩效目标和各级指标。',
    ties: (n) => `资金总额、基本支出、项目支出（万元）与${n('收支总体')}、${n('支出总体')}一致。`,
  },
  项目绩效: {
    answers: '重点项目的绩效目标申报表：项目负责人、联系电话、资金、年度目标和三级绩效指标。',
    ties: (n) => `各项目年度资金与${n('部门预算明细')}中对应项目金额一致。`,
  },
};

/** How a table of this kind ties to the others, the other tables named by `n` (the document's own numbers). */
export function tiesOf(kind: TableKind, n: (k: TableKind) => string): string | null {
  const g = TABLE_GUIDE[kind];
  return g ? g.ties(n) : null;
}
