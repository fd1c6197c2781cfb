/**
 * A small Engine for adapter tests: hand-built Answers, recorded calls. It proves plumbing, not
 * figures. The figures it returns are copied from the source document (data/bjsxcqrmzfbgs-2020/source.txt) so that the
 * same assertions hold once the real engine replaces it.
 */
import type { Request } from '../../src/core/questions.js';
import type { Answer, DatasetRef, SourceRef } from '../../src/core/answer/types.js';
import type { AskOptions, AutocompleteChoice, AutocompleteOptions, Engine } from '../../src/core/engine.js';
import { formatYuanWithWan, money } from '../../src/core/money.js';

export const XICHENG_2020: DatasetRef = {
  id: 'bjsxcqrmzfbgs-2020',
  department: '北京市西城区人民政府办公室',
  fiscalYear: 2020,
};
export const XICHENG_2019: DatasetRef = { ...XICHENG_2020, id: 'bjsxcqrmzfbgs-2019', fiscalYear: 2019 };

/** Entity ids in the engine's format "<dataset id>/<kind>/<key>". */
export const ITEM_RECEPTION = `${XICHENG_2020.id}/item/30217-1`;
export const CODE_RECEPTION = `${XICHENG_2020.id}/economic/30217`;
export const CODE_2010301 = `${XICHENG_2020.id}/functional/2010301`;
export const GLOSSARY_JGYXJF = `${XICHENG_2020.id}/glossary/机构运行经费`;

/** A question the fake engine "crashes" on, to drive the error boundary. */
export const THROWING_QUESTION = '__throw__';
export const SECRET_IN_ERROR = 'secret stack detail 0xDEADBEEF';

type TableSource = Extract<SourceRef, { kind: 'table' }>;

const TABLE9_RECEPTION: TableSource = {
  kind: 'table',
  table: 9,
  tableTitle: '部门预算明细表',
  row: '2010301 行政运行 / 30217 公务接待费 / 日常公用支出（在职人员）_公务接待费',
  column: '合计',
  line: 1666,
};
const TABLE6_RECEPTION: TableSource = {
  kind: 'table',
  table: 6,
  tableTitle: '一般公共预算基本支出情况表',
  row: '50206 公务接待费 / 30217 公务接待费',
  column: '合计',
  line: 1251,
};
const TABLE7_RECEPTION: TableSource = {
  kind: 'table',
  table: 7,
  tableTitle: '一般公共预算“三公”经费支出情况表',
  row: '2、公务接待费',
  column: '2020年预算数',
  line: 1402,
};

export function receptionAnswer(): Answer {
  return {
    kind: 'amount',
    title: '公务接待费',
    lines: [
      '2020年公务接待费预算 22,320.24 元，较上年 26,268.00 元减少 3,947.76 元（-15.03%），主要是在职人员减少。',
    ],
    figures: [
      { label: '公务接待费（2020年预算数）', value: money('22320.24'), unit: '元', source: TABLE9_RECEPTION },
      {
        label: '公务接待费（2019年预算数）',
        value: money('26268.00'),
        unit: '元',
        source: { ...TABLE7_RECEPTION, column: '2019年预算数' },
      },
    ],
    sources: [TABLE9_RECEPTION, TABLE6_RECEPTION, TABLE7_RECEPTION],
    datasets: [XICHENG_2020],
    suggestions: ['公务接待费比去年增加了多少', '三公经费是多少', '30217 是什么'],
    subject: { kind: 'item', id: ITEM_RECEPTION, name: '公务接待费', datasetId: XICHENG_2020.id },
  };
}

/** The follow-up the fake engine understands: "那去年呢？" after 公务接待费. */
export const FOLLOW_UP = '那去年呢？';

export function receptionLastYearAnswer(): Answer {
  const source = { ...TABLE7_RECEPTION, column: '2019年预算数' };
  return {
    kind: 'amount',
    title: '公务接待费 · 2019年',
    lines: ['2019年公务接待费：26,268.00 元（2.63 万元）'],
    figures: [{ label: '2019年公务接待费', value: money('26268.00'), unit: '元', source }],
    sources: [source],
    datasets: [XICHENG_2020],
    suggestions: ['公务接待费比去年增加了多少'],
    interpretation: '按上文：公务接待费，2019年',
    subject: { kind: 'item', id: ITEM_RECEPTION, name: '公务接待费', datasetId: XICHENG_2020.id },
  };
}

const TABLE3_FUNCTIONAL = (row: string, line: number): SourceRef => ({
  kind: 'table',
  table: 3,
  tableTitle: '部门支出总体情况表',
  row,
  column: '合计',
  line,
});

/** 支出功能分类（类）, 表三 — amounts as published. */
const FUNCTIONAL = [
  ['201 一般公共服务支出', '36804980.38'],
  ['205 教育支出', '116280.00'],
  ['206 科学技术支出', '76411771.98'],
  ['208 社会保障和就业支出', '4830831.40'],
  ['210 卫生健康支出', '2316651.70'],
  ['221 住房保障支出', '4464634.80'],
] as const;

export function functionalBreakdownAnswer(): Answer {
  const sources = FUNCTIONAL.map(([row], i) => TABLE3_FUNCTIONAL(row, 300 + i));
  return {
    kind: 'breakdown',
    title: '支出按功能分类（类）',
    lines: [
      '2020年支出合计 124,945,150.26 元，按功能分类（类）如下。',
      ...FUNCTIONAL.map(([label, value]) => `${label}：${formatYuanWithWan(money(value))}`),
    ],
    figures: FUNCTIONAL.map(([label, value], i) => ({
      label,
      value: money(value),
      unit: '元',
      source: sources[i],
    })),
    sources,
    datasets: [XICHENG_2020],
    suggestions: ['支出按经济分类的构成', '科学技术支出占多少'],
    chart: {
      kind: 'bar',
      title: '北京市西城区人民政府办公室 2020年 支出功能分类（类）',
      source: '来源：表三 部门支出总体情况表',
      unit: '元',
      categories: FUNCTIONAL.map(([label]) => label),
      series: [{ name: '2020年预算数', values: FUNCTIONAL.map(([, v]) => v) }],
    },
  };
}

export function notFoundAnswer(question: string): Answer {
  return {
    kind: 'not_found',
    title: '没有找到',
    lines: [`已加载的预算里没有找到与「${question}」相符的内容。`],
    figures: [],
    sources: [],
    datasets: [XICHENG_2020],
    suggestions: ['公务接待费是多少'],
  };
}

interface Entity {
  id: string;
  name: string;
  kind: NonNullable<AutocompleteOptions['kinds']>[number];
  keys: string[];
}

const ENTITIES: Entity[] = [
  {
    id: ITEM_RECEPTION,
    name: '日常公用支出（在职人员）_公务接待费 · 22,320.24 元',
    kind: 'item',
    keys: ['公务接待费', 'gwjdf', 'gongwujiedaifei', '30217'],
  },
  { id: CODE_RECEPTION, name: '30217 公务接待费', kind: 'code', keys: ['30217', '公务接待费'] },
  { id: CODE_2010301, name: '2010301 行政运行', kind: 'code', keys: ['2010301', '行政运行', 'xzyx'] },
  { id: GLOSSARY_JGYXJF, name: '机构运行经费', kind: 'glossary', keys: ['机构运行经费', 'jgyxjf'] },
];

export interface FakeEngine extends Engine {
  readonly asked: { question: string; options?: AskOptions }[];
  /** Structured requests (slash commands), as the engine received them */
  readonly requested: { request: Request; options?: AskOptions }[];
  readonly completed: { query: string; options?: AutocompleteOptions }[];
}

export function createFakeEngine({
  datasets = [XICHENG_2020],
}: { datasets?: DatasetRef[] } = {}): FakeEngine {
  const asked: FakeEngine['asked'] = [];
  const requested: FakeEngine['requested'] = [];
  const completed: FakeEngine['completed'] = [];
  return {
    datasets,
    asked,
    requested,
    completed,
    ask(request, options) {
      requested.push({ request, options });
      if (request.kind === 'ask') return this.answer(request.text, options);
      if (request.kind === 'item' && request.item === ITEM_RECEPTION) return receptionAnswer();
      if (request.kind === 'sangong' && request.part === 'reception') return receptionAnswer();
      if (request.kind === 'breakdown' && request.dimension === 'functional')
        return functionalBreakdownAnswer();
      return notFoundAnswer(JSON.stringify(request));
    },
    answer(question, options) {
      asked.push({ question, options });
      if (question === THROWING_QUESTION) throw new Error(SECRET_IN_ERROR);
      if (question === '公务接待费是多少' || question === ITEM_RECEPTION) return receptionAnswer();
      if (question === '支出按功能分类的构成') return functionalBreakdownAnswer();
      if (question === FOLLOW_UP && options?.previous?.id === ITEM_RECEPTION)
        return receptionLastYearAnswer();
      return notFoundAnswer(question);
    },
    autocomplete(query, options) {
      completed.push({ query, options });
      if (query === THROWING_QUESTION) throw new Error(SECRET_IN_ERROR);
      const q = query.trim().toLowerCase();
      const kinds = options?.kinds;
      const choices: AutocompleteChoice[] = ENTITIES.filter(
        (e) => (!kinds || kinds.includes(e.kind)) && (!q || e.keys.some((k) => k.includes(q))),
      ).map((e) => ({ name: e.name, value: e.id }));
      return choices.slice(0, options?.limit ?? 25);
    },
  };
}

/**
 * Any engine (fake or real) with the test hooks the adapter tests lean on: every question is recorded,
 * and THROWING_QUESTION throws as a buggy engine would.
 */
export function instrumented(
  engine: Engine,
): Engine & { readonly asked: { question: string; options?: AskOptions }[] } {
  const asked: { question: string; options?: AskOptions }[] = [];
  return {
    datasets: engine.datasets,
    asked,
    answer(question, options) {
      asked.push({ question, options });
      if (question === THROWING_QUESTION) throw new Error(SECRET_IN_ERROR);
      return engine.answer(question, options);
    },
    ask(request, options) {
      if (request.kind === 'ask') return this.answer(request.text, options);
      asked.push({ question: JSON.stringify(request), options });
      return engine.ask(request, options);
    },
    autocomplete: (query, options) => engine.autocomplete(query, options),
  };
}
