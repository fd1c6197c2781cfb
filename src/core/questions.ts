/**
 * Structured requests: a slash command's typed options, handed to `Engine.ask`, which turns each into a
 * query directly (nothing is phrased as a Chinese question to be read again). The choice lists here are
 * shared by the command definitions, their localisations and the engine.
 */

export interface Choice<V extends string = string> {
  /** Stable value sent by Discord (English key) */
  value: V;
  /** Chinese label shown first */
  zh: string;
  en: string;
}

export const TOTALS = [
  { value: 'income', zh: '收入合计', en: 'Total income', question: '收入合计是多少' },
  { value: 'expenditure', zh: '支出合计', en: 'Total expenditure', question: '支出合计是多少' },
  { value: 'basic', zh: '基本支出', en: 'Basic expenditure', question: '基本支出是多少' },
  { value: 'project', zh: '项目支出', en: 'Project expenditure', question: '项目支出是多少' },
  { value: 'personnel', zh: '人员经费', en: 'Personnel costs', question: '人员经费是多少' },
  { value: 'public', zh: '公用经费', en: 'Public (office) costs', question: '公用经费是多少' },
  { value: 'fiscal', zh: '财政拨款', en: 'Fiscal appropriation', question: '财政拨款收入是多少' },
  {
    value: 'general_budget',
    zh: '一般公共预算拨款收入',
    en: 'General public budget appropriation',
    question: '一般公共预算拨款收入是多少',
  },
  {
    value: 'fund_budget',
    zh: '政府性基金预算拨款收入',
    en: 'Government fund appropriation',
    question: '政府性基金预算拨款收入是多少',
  },
  { value: 'carryover', zh: '上年结转', en: 'Carry-over from last year', question: '上年结转是多少' },
  { value: 'service_income', zh: '事业收入', en: 'Service income', question: '事业收入是多少' },
  { value: 'other_income', zh: '其他收入', en: 'Other income', question: '其他收入是多少' },
] as const satisfies readonly (Choice & { question: string })[];

export const BREAKDOWNS = [
  { value: 'functional', zh: '功能分类', en: 'By functional class', question: '支出按功能分类的构成' },
  { value: 'economic', zh: '经济分类', en: 'By economic class', question: '支出按经济分类的构成' },
  {
    value: 'basic_project',
    zh: '基本与项目',
    en: 'Basic vs project',
    question: '基本支出和项目支出各占多少',
  },
  {
    value: 'personnel_public',
    zh: '人员与公用',
    en: 'Personnel vs public costs',
    question: '人员经费和公用经费各占多少',
  },
] as const satisfies readonly (Choice & { question: string })[];

export const SANGONG_PARTS = [
  { value: 'abroad', zh: '因公出国（境）费', en: 'Official travel abroad' },
  { value: 'reception', zh: '公务接待费', en: 'Official reception' },
  { value: 'vehicles', zh: '公务用车购置及运行维护费', en: 'Official vehicles (purchase + running)' },
  { value: 'vehicle_purchase', zh: '公务用车购置费', en: 'Official vehicle purchase' },
  { value: 'vehicle_running', zh: '公务用车运行维护费', en: 'Official vehicle running' },
] as const satisfies readonly Choice[];

export const TOP_SCOPES = [
  { value: 'items', zh: '明细项', en: 'Line items' },
  { value: 'projects', zh: '项目', en: 'Projects' },
  { value: 'functional', zh: '功能分类科目', en: 'Functional classes' },
  { value: 'economic', zh: '经济分类科目', en: 'Economic classes' },
] as const satisfies readonly Choice[];

export type TotalKind = (typeof TOTALS)[number]['value'];
export type BreakdownDimension = (typeof BREAKDOWNS)[number]['value'];
export type SangongPart = (typeof SANGONG_PARTS)[number]['value'];
export type TopScope = (typeof TOP_SCOPES)[number]['value'];

export const TOP_MAX = 25;
export const TOP_DEFAULT = 5;

export type Request =
  | { kind: 'ask'; text: string }
  | { kind: 'item'; item: string }
  | { kind: 'total'; total: TotalKind }
  | { kind: 'yoy'; subject: string }
  | { kind: 'sangong'; part?: SangongPart }
  | { kind: 'breakdown'; dimension: BreakdownDimension }
  | { kind: 'top'; n: number; scope?: TopScope }
  | { kind: 'code'; code: string }
  | { kind: 'explain'; term: string }
  | { kind: 'audit'; topic?: string };

/**
 * A value picked from autocomplete is an entity id, which `answer()` accepts verbatim; anything the
 * user typed without picking is phrased as a question. Entity ids look like
 * "<dataset id>/<kind>/<key>" ("bjsxcqrmzfbgs-2020/item/…"), which no question staff type does.
 */
export function isEntityId(value: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[a-z]+\/\S/.test(value);
}

/** The subject part of an autocomplete choice name: "公务接待费 · 22,320.24 元" → "公务接待费". */
export function choiceSubject(name: string): string {
  return name.replace(/\s+·\s+[^·]*$/, '').trim();
}

/** Example questions by kind, for every help screen (the engine's 帮助, the console, Discord): one list. */
export const HELP_EXAMPLES: [string, string[]][] = [
  ['金额', ['公务接待费多少？', '机要运维那个项目多少钱', '2010301 是多少', 'gwjdf']],
  ['总数', ['收入预算是多少', '基本支出和项目支出各多少', '人员经费多少']],
  ['和去年比', ['三公比去年涨了多少', '基本支出为什么减少', '去年公务接待费多少']],
  ['构成与排名', ['按功能分类的支出构成', '按经济分类呢', '最大的几个项目', '科学技术支出占多少']],
  ['代码与名词', ['30217 是什么', '什么是机构运行经费', '表六是什么', '三公在哪个表']],
  ['情况与核对', ['有多少编制', '谁负责绩效管理项目', '有没有不一致的地方', '表六加起来对吗']],
];

/** One example question per kind (the first of each), for short help screens. */
export const EXAMPLE_QUESTIONS: readonly string[] = HELP_EXAMPLES.map(([, qs]) => qs[0]!);
