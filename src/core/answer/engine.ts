/**
 * The answer engine: a question in, an Answer out. Built once from the loaded knowledge base; pure and
 * deterministic afterwards. Expected misses are answers; an exception is a bug and is not caught here.
 */
import { Decimal } from 'decimal.js';
import type { Check, Finding } from '../kb/audit.js';
import { auditOf, ensureLoaded, LazyDataset, passagesOf } from '../kb/lazy.js';
import type { Passage } from '../kb/passages.js';
import { pairLineItems } from '../kb/compare.js';
import { KbLoadError, type Dataset, type KnowledgeBase } from '../kb/loader.js';
import { toFullPinyin } from '../kb/pinyin.js';
import { isEntityId, TOP_MAX, TOTALS, type Request, type SangongPart, type TotalKind } from '../questions.js';
import type { LineItem } from '../kb/schema.js';
import { tableName } from '../kb/tables.js';
import { tableOfKind } from '../kb/kinds.js';
import { formatYuan, isMoneyUnit, Money } from '../money.js';
import { formatFigureValue } from '../present.js';
import {
  EngineError,
  type AskOptions,
  type AutocompleteChoice,
  type AutocompleteOptions,
  type Engine,
} from '../engine.js';
import { SearchIndex, type SearchHit } from '../search.js';
import { abbreviates, clip, cleanQuestion, escapeRegExp, normalizeText } from '../text.js';
import {
  answerAudit,
  answerColumnSum,
  answerBreakdown,
  answerHelp,
  answerItemsUnder,
  itemsInScope,
  listAnswer,
} from './lists.js';
import { answerMulti } from './multi.js';
import { answerByAmount, answerRank, candidates } from './rank.js';
import { buildDictionary, marksOf, smallNumber, type NameDictionary } from '../understand/read.js';
import {
  describeQuery,
  crossCode,
  mergeQuery,
  QuerySchema,
  recentOf,
  rereadAs,
  type EntityRef,
  type PartialQuery,
  type Query,
} from '../understand/query.js';
import { ENGLISH_WORDING } from '../understand/lexicon.js';
import {
  family,
  formFigure,
  narrativeFigure,
  fuzzy,
  understand,
  type UnderstandContext,
  type Understood,
} from '../understand/understand.js';
import { tourStep } from './tour.js';
import { TOPICS } from './topics.js';
import {
  bound,
  changeOf,
  comparisonChart,
  changeText,
  chartSource,
  collectSources,
  datasetRef,
  figureLine,
  makeAnswer,
  viewLines,
  whereLines,
} from './compose.js';
import { contains, DatasetEntities, type Entity } from './entities.js';
import { knownNamesOf, yearNamesOf } from './catalog.js';
import {
  cellFigure,
  factFigure,
  table,
  tableByNumber,
  changePercentOf,
  countOf,
  differenceOf,
  differenceOfPair,
  inCommonUnit,
  inUnit,
  kindName,
  percentOfFigures,
  perPersonOf,
  percentOfPair,
  sumOf,
  tableNo,
  tableTitle,
  toSourceRef,
  ordering,
} from './figures.js';
import { emptyParsed, type Parsed } from './intent.js';
import { STANDARD_DEFINITIONS } from './definitions.js';
import type { Answer, DatasetRef, Figure, SourceRef, Subject } from './types.js';

/**
 * A dataset with its entities, audit, search index and name dictionary, each built once on first use.
 * A lazy dataset (kb/lazy.ts) is prepared in full when its data loads, and forgets all of it when the
 * data is evicted: an answer about one department never pays for another's.
 */
export class LoadedDataset {
  private ents: DatasetEntities | undefined;
  private idx: SearchIndex | undefined;
  private audit: { findings: Finding[]; checks: Check[] } | undefined;
  constructor(
    readonly ds: Dataset,
    prepareOnLoad = true,
  ) {
    if (ds instanceof LazyDataset) {
      if (prepareOnLoad) ds.onLoad(() => this.prepare());
      ds.onEvict(() => {
        this.ents = this.idx = this.audit = this.names = undefined;
      });
    }
  }

  /** Whether the data is in memory (always, for a dataset loaded eagerly). */
  get isLoaded(): boolean {
    return !(this.ds instanceof LazyDataset) || this.ds.isLoaded;
  }

  get entities(): DatasetEntities {
    return (this.ents ??= new DatasetEntities(this.ds, () => this.findings));
  }

  /** The dataset's own search index (IDF within the dataset, as a scoped search of a shared one). */
  get index(): SearchIndex {
    return (this.idx ??= new SearchIndex(this.entities.searchDocs()));
  }

  /** Builds everything an answer may need now, so that no answer pays for it the first time. */
  prepare(): void {
    void this.findings;
    void this.index;
    this.dictionary();
  }

  /** The names the out-of-scope check knows this dataset by (from the catalog when not loaded). */
  knownNames(): readonly string[] {
    return this.ds instanceof LazyDataset ? this.ds.catalog.known : knownNamesOf(this.ds);
  }

  /** Entity names containing a year (from the catalog when not loaded). */
  yearNames(): readonly string[] {
    return this.ds instanceof LazyDataset ? this.ds.catalog.yearNames : yearNamesOf(this.entities);
  }

  private audited(): { findings: Finding[]; checks: Check[] } {
    return (this.audit ??= auditOf(this.ds));
  }

  get findings(): Finding[] {
    return this.audited().findings;
  }

  get checks(): Check[] {
    return this.audited().checks;
  }

  private names: NameDictionary | undefined;
  /** The dataset's names, aliases and short names, for finding them anywhere in a question (built on first use). */
  dictionary(): NameDictionary {
    return (this.names ??= buildDictionary(
      this.entities.all.flatMap((e) =>
        [e.name, ...e.aliases, ...e.fuzzyNames].map((form) => ({ form, id: e.id })),
      ),
      normalizeText,
    ));
  }
}

export const MAX_QUESTION_CHARS = 500;
/** A message longer than this is read clause by clause */
const LONG_MESSAGE = 40;

/** /total choices that are topics of their own; the others are found by their Chinese name. */
const REQUEST_TOPICS: Partial<Record<TotalKind, string>> = {
  income: 'income',
  expenditure: 'expenditure',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  public: 'public',
  fiscal: 'fiscal',
};
const SANGONG_TOPICS: Record<SangongPart | 'all', string> = {
  all: 'sangong',
  abroad: 'sangong.abroad',
  reception: 'sangong.reception',
  vehicles: 'sangong.vehicle',
  vehicle_purchase: 'sangong.vehicle.purchase',
  vehicle_running: 'sangong.vehicle.operation',
};

/** "下面两项", "下属几个款": the codes under a code, asked for. */
const BELOW_ASKED = /(?:下面|下属|底下|下边|下级)的?[两二几三四五\d]?个?(?:项|款)(?!目)/;

/** "多少人", "几辆", "多少公里": a count asked in a unit (how many of what). */
const COUNT_ASKED =
  /(?:多少|几)(?:个|名|位)?(人|辆|台|公里|千米|平方米|平米|小时|天|次)|(?:多少|几)(?:个|名|位)\p{Script=Han}{0,4}?(?:干部|人员|职工|员工|同志|工作人员)/u;
/** The figure units that answer a count asked in each unit (none: the document has no such figures). */
const COUNT_UNITS: Record<string, readonly string[]> = {
  人: ['人'],
  辆: ['辆', '台'],
  台: ['台', '台（套）', '辆'],
  次: ['次'],
};

/** A number of things asked: 几个, 多少项, 几条, 几笔 (not 哪几项, 几个点, 几个数). */
const COUNT_OF_THINGS =
  /(?<![哪第这那些]|列(?:一下|出|个)?)(?:几|多少)(?:个|项|条|笔|类|款|张)(?!点|百分|数|字|月|亿|万|钱|w)/i;
/** …unless the question asks which one or names a ranking: "几个尾款里哪个最大". */
const NOT_A_COUNT =
  /哪个|哪一|哪项|哪笔|哪条|最大|最小|最多|最少|第[一二三四五六七八九十\d]|分别|各|多少钱|金额|多少万|多少元/;
const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '万元', '%']);
/** Answers that present no figure as the answer. */
const NON_FIGURE_KINDS: ReadonlySet<string> = new Set([
  'not_found',
  'out_of_scope',
  'ambiguous',
  'help',
  'empty',
]);

/** The field of a 项目绩效 form a question asks for (the one named, else its 负责人). */
function formField(question: string): string {
  if (/期限|多久|项目期/.test(question)) return '实施期限';
  if (/属性|新增|延续/.test(question)) return '项目属性';
  if (/实施单位|实施的/.test(question)) return '实施单位';
  return '负责人';
}

/** The topic a 名称解释 term's figures are, as a subject. */
function topicFor(l: LoadedDataset, e: Entity | undefined): { id: string; name: string } | undefined {
  const t = l.entities.topicOfGlossary(e);
  return t ? { id: t.id, name: t.name } : undefined;
}

/** The clause begins with a conjunction (以及, 和, 还有): it goes on with a list begun before it. */
function startsWithConj(u: Understood): boolean {
  return u.reading.marks.some(
    (k) => k.start === 0 && k.mark.cat === 'conj' && (k.mark.value === 'and' || k.mark.value === 'each'),
  );
}

/** A long message's clauses: split at sentence ends, commas and semicolons, empty ones dropped. */
function splitClauses(text: string): string[] {
  return text
    .split(
      // (An English sentence ends at a full stop before the next one's capital: "… 表五. There's a line …".)
      /(?<=[。！？!?；;，,：:\n~～\p{Extended_Pictographic}])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=[a-z\p{Script=Han}\d)）]\.)\s+(?=[A-Z])|(?=以及|另外|还有(?![钱吗多没])|然后)/u,
    )
    .map((c) => c.trim())
    .filter((c) => c.replace(/[\s\p{P}]/gu, '').length >= 2);
}

const SHARE_WORD = String.raw`(?:%|percent|percentage|share|fraction|proportion|portion)`;
/** "What % of total spending goes to X": group 1 the whole, group 2 the part. */
const ENGLISH_SHARE_OF = new RegExp(
  String.raw`^\s*(?:and\s+)?what\s+${SHARE_WORD}\s+of\s+(?:the\s+)?(.+?)\s+(?:goes to|go to|goes on|is spent on|is for|is|are)\s+(.+?)\s*[?？.]*$`,
  'i',
);
/** "What share goes to X": group 1 the part. */
const ENGLISH_SHARE_TO = new RegExp(
  String.raw`^\s*(?:and\s+)?what\s+${SHARE_WORD}\s+(?:goes to|go to|goes on|is spent on|is for)\s+(.+?)\s*[?？.]*$`,
  'i',
);

/**
 * English says the whole of a share after "of" and the part after "goes to" / "is"; Chinese says the part
 * first ("X占W"): "What % of total spending goes to 社会保障和就业?" is 社会保障和就业占总支出的比例, "What share
 * goes to basic expenditure?" is 基本支出占比, "How much of that is 一般公共预算拨款?" is 其中一般公共预算拨款多少.
 */
function englishShare(text: string): string {
  // (Every question passes here: a Chinese one, with no Latin letter, is not English.)
  if (!/[a-z]/i.test(text)) return text;
  const whole = ENGLISH_SHARE_OF.exec(text);
  if (whole) return `${whole[2]}占${whole[1]}的比例`;
  const part = ENGLISH_SHARE_TO.exec(text);
  if (part) return `${part[1]}占比`;
  const within =
    /^\s*(?:and\s+)?how much of (?:that|it|this|those|them) (?:is|are|comes from|goes to)\s+(.+?)\s*[?？.]*$/i.exec(
      text,
    );
  if (within) return `其中${within[1]}多少`;
  // ("Do they sum to the class total?": the lines just listed, added up against their class.)
  const sums =
    /^\s*(?:and\s+)?(?:do|does)\s+(?:they|it|these|those|them)\s+(?:all\s+)?(?:sum|add up)\s+to\s+(?:the\s+)?(class|category|code|item|subitem|section)\s+total\s*[?？.]*$/i.exec(
      text,
    );
  if (sums)
    return `加起来等于这个${/item/i.test(sums[1]!) ? '项' : /section/i.test(sums[1]!) ? '款' : '类'}的合计吗`;
  // ("Do the parts add up to the total?" after a breakdown: the parts listed against the whole they make.)
  if (
    /^\s*(?:and\s+)?(?:do|does)\s+(?:the\s+)?(?:parts|they|these|those|them|it)\s+(?:all\s+)?(?:add up|sum)\s+to\s+(?:the\s+)?total\s*[?？.]*$/i.test(
      text,
    )
  )
    return '加起来对得上吗';
  return text;
}

/** "是不是就一辆公务用车", "是不是只有3个项目": a count claimed of a thing named after it. */
const COUNT_CLAIM =
  /^(?:请问|想确认一下|确认下)?[，,\s]*(?:是不是|是否)(?:就|只有|只|一共|总共|共)?([一两二三四五六七八九十]|\d{1,3})(辆|个|人|项|台)(\p{Script=Han}{2,12}?)(?:吗|呢|啊)?[？?。]*$/u;

/** A correction inside one message: "…多少，哦不对，我要的是…" */
const CORRECTION =
  /(?:哦|噢|啊|呃)?(?:不对不对|不对|说错了|打错了)[，,。！!：:\s]+(?=我是说|我说的是|我要的是|我要问的是|我想问的是|要的是|应该是|是)/g;

const OTHER_DISTRICTS =
  /(东城|海淀|朝阳|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆|浦东|黄浦|徐汇|静安)区?/;
const ORG =
  /([\u4e00-\u9fa5]{1,8}?(?:局|委员会|卫健委|教委|发改委|财政局|人社局|厅|法院|检察院|医院|学校|街道办事处|街道))/;

export class BudgetEngine implements Engine {
  readonly loaded: LoadedDataset[];
  readonly datasets: DatasetRef[];
  /** Searches one dataset's index (`scope`), loading it on first use; unscoped: every dataset's, merged. */
  readonly index: Pick<SearchIndex, 'search'> = {
    search: (text, opts = {}) =>
      opts.scope !== undefined
        ? (this.find(opts.scope)?.index.search(text, opts) ?? [])
        : this.loaded
            .flatMap((l) => l.index.search(text, opts))
            .sort((a, b) => a.score - b.score)
            .slice(0, opts.limit ?? 10),
  };
  /** An entity by id ("<dataset id>/<kind>/<key>"), loading its dataset on first use. */
  readonly entities: { get(id: string): Entity | undefined } = {
    get: (id) => {
      const slash = id.indexOf('/');
      return slash > 0 ? this.find(id.slice(0, slash))?.entities.byId.get(id) : undefined;
    },
  };
  private readonly knownNames: string[];
  private readonly byDatasetId: Map<string, LoadedDataset>;
  /**
   * While one answer is worked out, the lookups of its reading: the same chunk is read more than once (a
   * long message's clause when it is scanned and again when it is answered; a chunk whole and split),
   * and a search or a pinyin depends on its text and options only. Forgotten when the answer is done —
   * never kept from one question to the next.
   */
  private lookups: { searches: Map<string, SearchHit[]>; pinyin: Map<string, string> } | null = null;
  /** The newest dataset (the first loaded among equals) */
  private readonly newest: LoadedDataset | undefined;
  private readonly years: Set<number>;
  /** How long each part of the build took, in ms (for the benchmark) */
  readonly buildTimes = { audit: 0, entities: 0, searchDocs: 0, index: 0 };

  constructor(kb: KnowledgeBase, opts: EngineOptions = {}) {
    const clock = (part: keyof BudgetEngine['buildTimes'], t: number) => {
      this.buildTimes[part] += performance.now() - t;
      return performance.now();
    };
    this.loaded = kb.datasets.map((ds) => new LoadedDataset(ds, opts.prepareOnLoad ?? true));
    // What the engine keeps per dataset (autocomplete's pinned entities) goes when the dataset is evicted:
    // kept, a pinned entity holds all of the dropped dataset's entities and data. (The quotable passages
    // are the dataset's own, dropped with it: kb/lazy.ts.)
    for (const l of this.loaded) {
      const id = l.ds.meta.id;
      if (l.ds instanceof LazyDataset)
        l.ds.onEvict(() => {
          for (const key of [...this.pinned.keys()]) if (key.startsWith(`${id}|`)) this.pinned.delete(key);
        });
    }
    // A dataset in memory is prepared now (a lazy one when it loads): answers then stay within a few ms.
    for (const l of this.loaded) {
      if (!l.isLoaded) continue;
      let t = performance.now();
      void l.entities;
      t = clock('entities', t);
      void l.findings;
      t = clock('audit', t);
      void l.entities.searchDocs();
      t = clock('searchDocs', t);
      void l.index;
      clock('index', t);
      l.dictionary();
    }
    this.datasets = this.loaded.map((l) => datasetRef(l.ds));
    this.byDatasetId = new Map(this.loaded.map((l) => [l.ds.meta.id, l]));
    this.newest = this.loaded.reduce<LoadedDataset | undefined>(
      (a, b) => (!a || b.ds.meta.fiscalYear > a.ds.meta.fiscalYear ? b : a),
      undefined,
    );
    this.years = new Set(this.loaded.flatMap((l) => [l.ds.meta.fiscalYear, l.ds.meta.previousYear]));
    this.knownNames = this.loaded.flatMap((l) => l.knownNames());
  }

  // No catch-all here: an expected miss is an answer (not_found, ambiguous, out_of_scope…); anything
  // thrown is a bug and goes up to the adapter's one error boundary, which logs it with its context.
  answer(question: string, options: AskOptions = {}): Answer {
    // ("200w", "几个w": w is how chat writes 万.)
    const text = (typeof question === 'string' ? question : '')
      .replace(/(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*[wW](?![a-zA-Z])/g, '$1万')
      .replace(/(几个|多少|几)\s*[wW](?![a-zA-Z])/g, '$1万');
    // "公用经费合计是不是2849834.10？": the figure given is checked, the question asked without it.
    // ("今年的" alone, after a subject: this year's figure of it, as "今年呢".)
    if (/^(?:那)?(?:今年|今年度)的?[？?]?$/.test(text.trim())) return this.answer('今年呢', options);
    // ("换个事，部门负责人是谁": a new subject announced — what follows is asked afresh, nothing carried over.)
    const turned = TOPIC_CHANGE.exec(text);
    if (turned && text.length > turned[0].length && options.previous) {
      const { previous: _p, ...fresh } = options;
      return this.answer(text.slice(turned[0].length), fresh);
    }
    // "帮我查一下机要信息中心以前年度尾款多少，哦不对，我要的是通讯指挥中心的以前年度尾款，不是机要那个":
    // the message as corrected — what follows the last 不对 — without the thing it says it is not.
    const fix = [...text.matchAll(CORRECTION)].pop();
    if (fix && fix.index! > 0) {
      const corrected = text
        .slice(fix.index! + fix[0].length)
        .replace(/[，,]?\s*(?:而)?不是[^，,。！!？?]{1,20}?(?:那个|那笔|那项|那条)[，,。！!]?/g, '，')
        .replace(/^(?:我|我是)?(?:要的是|要问的是|问的是|说的是|是说|想问的是|是)/, '');
      // (Its first clause is the corrected question, asked as the one before it was: "…多少" carried over.)
      const first = splitClauses(corrected)[0] ?? '';
      const asked = /多少|几|啥|什么|哪|吗|呢|how|what/i.test(first)
        ? ''
        : (/(多少钱|多少万|多少|是多少|几个|是什么|是啥)[^，,。！!？?]*$/.exec(
            text.slice(0, fix.index!),
          )?.[1] ?? '');
      if (first.replace(/[\s\p{P}]/gu, '').length >= 2)
        return this.answer(`${first.replace(/[，,。！!\s]+$/, '')}${asked}`, options);
    }
    // "是不是就一辆公务用车？": a count claimed is checked against the count the document states.
    const counted = COUNT_CLAIM.exec(text.trim());
    if (counted) {
      const [, n, unit, name] = counted as unknown as [string, string, string, string];
      const a = this.answer(`${name}有几${unit}`, options);
      const f = a.figures.find((x) => x.unit === unit);
      if (f && a.kind !== 'not_found' && a.kind !== 'ambiguous') {
        const given = /^\d+$/.test(n) ? n : String('零一二三四五六七八九十'.indexOf(n.replace('两', '二')));
        const line = f.value.equals(given)
          ? `是的：${f.label} ${formatFigureValue(f)}。`
          : `不是：${f.label} 为 ${formatFigureValue(f)}（您说的是 ${given} ${unit}）。`;
        return { ...a, lines: [line, ...a.lines] };
      }
    }
    const claim = CLAIM.exec(text);
    if (claim) {
      // (What is left is still a question: "…合计是不是X？" → "…合计？".)
      const a = this.answer(text.replace(claim[0], '？'), options);
      return this.checked(a, claim[1]!.replace(/,/g, ''), claim[2]);
    }
    const outer = this.lookups === null;
    if (outer) this.lookups = { searches: new Map(), pinyin: new Map() };
    try {
      // "行政编制比事业编制多几个人，工勤编制占三类编制合计的比例": two clauses, each naming its own subjects
      // and asking its own kind of question — each answered, never one list of everything named.
      // "车辆、通用、专用三项加起来等于总额吗？差多少": the parts added, then set against the whole named.
      const against = this.partsAgainstWhole(text, options);
      if (against) return this.remember(against, options);
      const two = this.twoQuestions(text);
      if (two) {
        const c = this.answerLong(cleanQuestion(text), options, two === 'named');
        if (c && c.kind !== 'not_found') return this.remember(this.partialNote(c), options);
      }
      const a = this.answerInner(text, options);
      // A shorter message with a clause of chatter before its question ("领导让我统计一下：A、B、C一共多少"):
      // read clause by clause when the whole finds nothing.
      const rest = a.kind === 'not_found' ? this.afterPreamble(text) : null;
      if (rest) {
        const b = this.answerInner(rest, options);
        if (b.kind !== 'not_found') return this.remember(this.partialNote(b), options);
      }
      // ("有人问我们的办公费和印刷费是不是一起算的，办公费多少？": read clause by clause when the whole
      // finds nothing.)
      if (a.kind === 'not_found' && splitClauses(cleanQuestion(text)).length >= 2) {
        const c = this.answerLong(cleanQuestion(text), options, true);
        if (c && c.kind !== 'not_found') return this.remember(this.partialNote(c), options);
      }
      return this.remember(this.partialNote(this.inUnitAsked(text, a)), options);
    } catch (err) {
      if (err instanceof KbLoadError) return this.unloadable(err);
      throw new EngineError(text, options, err); // rethrown with its context, never swallowed
    } finally {
      if (outer) this.lookups = null;
    }
  }

  /**
   * What the answer listed is remembered with its query (and carried on while later answers list nothing):
   * "第三个多少钱" → "最后一个呢" counts in the list shown two turns back.
   */
  private remember(a: Answer, options: AskOptions): Answer {
    const asked = a.subject?.query;
    if (!asked) return a;
    // (Asked in English — "English please?" after a share — every answer leads with its figures in English.)
    // (Not of a name, a code or a source asked: its figures are not what was asked.)
    if (
      asked.english &&
      a.figures.length > 0 &&
      FIGURE_OPS.has(asked.op) &&
      !a.lines.some((x) => x.startsWith('In English'))
    )
      a = { ...a, lines: [englishLead(a.figures), ...a.lines] };
    // (A 名称解释 term with figures of its own — "三公经费指什么" → "去年呢" — is remembered as those figures.)
    const l = this.find(asked.datasetId);
    const q = l
      ? { ...asked, subjects: asked.subjects.map((s) => topicFor(l, this.entities.get(s.id)) ?? s) }
      : asked;
    const list = a.subject!.list;
    const before = options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    // (A list the user saw as one — a ranking, a breakdown, the things counted — not the pair compared.)
    const shown =
      list && list.length >= 2 && (LISTING_OPS.has(q.op) || q.combine === 'sum' || q.combine === 'each')
        ? list
        : undefined;
    const listed = shown ?? (before?.success ? before.data.listed : undefined);
    // (…and what the conversation was about before, whatever path the answer took: "它的以前年度尾款呢"
    // → "两笔加起来" adds it to the 运维费 asked first.)
    // (A ranking that found one thing — "最大一块" — was about that thing: "两个加起来" next adds it.)
    const found =
      before?.success && before.data.op === 'rank' && options.previous?.list?.length === 1
        ? this.entities.get(options.previous.list[0]!)
        : undefined;
    const earlier = q.recent ? null : before?.success ? recentOf(before.data) : null;
    const notAsked = (x: { id: string }) => !q.subjects.some((s) => s.id === x.id);
    const recent =
      found && notAsked(found) && !(q.recent ?? []).some((x) => x.id === found.id)
        ? [{ id: found.id, name: found.name }, ...(q.recent ?? earlier ?? [])].filter(notAsked)
        : earlier?.filter(notAsked);
    // (A list this answer shows replaces one carried in its query from before.)
    const fresh = shown && q.listed && shown.join() !== q.listed.join();
    // (The sentences this answer quoted, and only this answer's: what "哪家的" is asked of next.)
    const said = [...new Set(a.sources.flatMap((s) => (s.kind === 'narrative' ? [s.line] : [])))].slice(
      0,
      12,
    );
    const saidChanged = said.join() !== (q.said ?? []).join();
    if ((!listed || q.listed) && !fresh && !recent?.length && q === asked && !saidChanged) return a;
    const { said: _was, ...kept } = q;
    return {
      ...a,
      subject: {
        ...a.subject!,
        query: {
          ...kept,
          ...(said.length ? { said } : {}),
          ...(fresh
            ? { listed: shown.slice(0, 50) }
            : listed && !q.listed
              ? { listed: listed.slice(0, 50) }
              : {}),
          ...(recent?.length ? { recent: recent.slice(0, 4) } : {}),
        },
      },
    };
  }

  /**
   * "各个科室分别多少人", "那辆公车一年跑多少公里": a count asked in a unit none of the answer's figures is in
   * is a number the document does not publish — said so, never answered with figures of another kind.
   */
  private inUnitAsked(question: string, a: Answer): Answer {
    if (a.figures.length === 0 || [...question].length > 40) return a;
    const text = normalizeText(question);
    const asked = COUNT_ASKED.exec(text);
    const unit = asked ? (asked[1] ?? '人') : undefined;
    // ("表九项目里用30299的有几个": a number of things asked, and the answer has no number of things — it
    // answered another question, with money; said so, never its figures in the count's place.)
    if (!unit) {
      if (!COUNT_OF_THINGS.test(text) || NOT_A_COUNT.test(text)) return a;
      if (a.figures.some((f) => !MONEY_UNITS.has(f.unit)) || NON_FIGURE_KINDS.has(a.kind)) return a;
      // (A list shown whole counts them: "款级科目一共几个" → the 款 listed, numbered.)
      if (a.kind === 'breakdown') return a;
      // (A count the answer writes out — "表九 9 条明细之和", "共 17 条" — answers it.)
      if (a.lines.some((x) => /\d\s*(?:个|项|条|笔|类|款|张)/.test(x))) return a;
      const l = this.defaultDataset();
      return makeAnswer({
        // (What the conversation was about is kept: the next question may go on from it.)
        ...(a.subject ? { subject: a.subject } : {}),
        kind: 'not_found',
        title: '没能数出问的个数',
        lines: [
          `问的是“几个”，这次没能从已加载的预算（${l ? this.loadedLabel() : ''}）中数出${a.subject?.name ? `「${clip(a.subject.name, 30)}」相关的` : '问的'}个数，所以不给出金额代替。可以换个说法，写明在哪张表里数什么，例如“某科目下有几笔明细”。`,
        ],
        datasets: l ? [datasetRef(l.ds)] : [],
        suggestions: a.suggestions.slice(0, 2),
      });
    }
    const same = COUNT_UNITS[unit] ?? [];
    if (a.figures.some((f) => same.includes(f.unit))) return a;
    const l = this.defaultDataset();
    return makeAnswer({
      kind: 'not_found',
      title: `文件没有公布以“${unit}”计的这个数`,
      lines: [
        `问的是“多少${unit}”，已加载的预算（${l ? this.loadedLabel() : ''}）中${a.subject?.name ? `关于「${clip(a.subject.name, 30)}」` : ''}没有以“${unit}”计的数字，所以不给出其他数字代替。`,
      ],
      datasets: l ? [datasetRef(l.ds)] : [],
      suggestions: a.suggestions.slice(0, 2),
    });
  }

  /** The answer, with whether the figure the question gave agrees with its first money figure. */
  private checked(a: Answer, given: string, unit: string | undefined): Answer {
    const f = a.figures.find((x) => x.unit === '元' || x.unit === '万元');
    if (!f || a.kind === 'not_found' || a.kind === 'ambiguous') return a;
    const yuan = new Money(given).times(unit && unit.startsWith('万') ? 10000 : 1);
    const actual = f.unit === '万元' ? f.value.times(10000) : f.value;
    const same = yuan.equals(actual);
    const line = same
      ? `您给的数 ${given}${unit ?? ''} 与文件一致（${f.label}：${formatFigureValue(f)}）。`
      : `您给的数 ${given}${unit ?? ''} 与文件不一致：${f.label} 为 ${formatFigureValue(f)}。`;
    return { ...a, lines: [line, ...a.lines] };
  }

  /** A dataset loaded on first use whose data is bad: said plainly, with the file, JSON path and reason. */
  private unloadable(err: KbLoadError): Answer {
    return makeAnswer({
      kind: 'not_found',
      title: '这份预算的数据无法加载',
      lines: [err.message, '请管理员重新导入该文件（npm run import）后再问。'],
      datasets: this.datasets,
    });
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

  /** A structured request (a slash command's options) as a query, executed directly: nothing is phrased. */
  ask(request: Request, options: AskOptions = {}): Answer {
    if (request.kind === 'ask') return this.answer(request.text, options);
    try {
      return this.partialNote(this.askInner(request, options));
    } catch (err) {
      throw new EngineError(`/${request.kind} ${JSON.stringify(request)}`, options, err);
    }
  }

  private askInner(request: Exclude<Request, { kind: 'ask' }>, options: AskOptions): Answer {
    if (this.loaded.length === 0) return answerHelp(this, {});
    const l = (options.datasetId ? this.find(options.datasetId) : undefined) ?? this.defaultDataset()!;
    const id = l.ds.meta.id;
    const entity = (text: string | undefined): Entity | undefined => {
      if (!text) return undefined;
      if (isEntityId(text)) return this.entities.get(text);
      const byCode = /^\d{3,7}$/.test(text.trim())
        ? (this.entities.get(`${id}/functional/${text.trim()}`) ??
          this.entities.get(`${id}/economic/${text.trim()}`))
        : undefined;
      return (
        byCode ??
        understand(this.understandContext(l), text).mentions.find((m) => m.entity)?.entity ??
        undefined
      );
    };
    const base = valueQuery(id, []);
    const about = (e: Entity | undefined): Query['subjects'] => (e ? [{ id: e.id, name: e.name }] : []);
    let q: Query;
    let named: string | undefined;
    switch (request.kind) {
      case 'item':
        named = request.item;
        q = { ...base, subjects: about(entity(request.item)) };
        break;
      case 'total': {
        const topic = REQUEST_TOPICS[request.total];
        named = TOTALS.find((t) => t.value === request.total)?.zh ?? request.total;
        q = { ...base, subjects: about(topic ? this.entities.get(`${id}/topic/${topic}`) : entity(named)) };
        break;
      }
      case 'yoy':
        named = request.subject;
        q = { ...base, op: 'change', subjects: about(entity(request.subject)) };
        break;
      case 'sangong':
        q = {
          ...base,
          subjects: about(this.entities.get(`${id}/topic/${SANGONG_TOPICS[request.part ?? 'all']}`)),
        };
        break;
      case 'breakdown':
        q = { ...base, op: 'breakdown', dimension: request.dimension };
        break;
      case 'top': {
        const n = Math.min(Math.max(Math.trunc(request.n), 1), TOP_MAX);
        const scope = request.scope ?? 'items';
        q = {
          ...base,
          op: 'rank',
          order: 'desc',
          n,
          ...(scope === 'projects' ? { noun: 'project' as const } : {}),
          ...(scope === 'functional' ? { level: '项' as const } : {}),
          ...(scope === 'economic' ? { noun: 'code' as const } : {}),
        };
        break;
      }
      case 'code':
        named = request.code;
        q = { ...base, op: 'definition', subjects: about(entity(request.code)) };
        break;
      case 'explain':
        named = request.term;
        q = { ...base, op: 'definition', subjects: about(entity(request.term)) };
        break;
      case 'audit':
        named = request.topic;
        q = { ...base, op: 'audit', subjects: about(entity(request.topic)) };
        break;
    }
    const text = named ?? '';
    const u: Understood = {
      reading: { text, names: [], marks: [], numbers: [], chunks: [], english: false },
      mentions: [],
      partial: {
        query: q,
        hasSubjects: q.subjects.length > 0,
        hasOp: true,
        hasTime: false,
        hasUnit: false,
        leans: false,
        scoped: false,
      },
      unresolved: named && q.subjects.length === 0 ? [named] : [],
    };
    if (
      named &&
      q.subjects.length === 0 &&
      q.op !== 'audit' &&
      !isEntityId(named) &&
      /^\d{3,7}$/.test(named.trim())
    )
      return this.codeNotFound(l, named.trim());
    const p = toParsed(text, q, u);
    if (q.op === 'audit') p.subject = q.subjects[0]?.name ?? '';
    return this.withQuery(
      this.execute(l, q, u, { question: text, merged: false, tooLong: false, options }),
      q,
    );
  }

  autocomplete(query: string, options: AutocompleteOptions = {}): AutocompleteChoice[] {
    const text = typeof query === 'string' ? query : '';
    try {
      return this.autocompleteInner(text, options);
    } catch (err) {
      if (err instanceof KbLoadError) return [];
      throw new EngineError(text, options, err);
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

  private answerInner(raw: string, options: AskOptions, whole = true): Answer {
    const cleaned = cleanQuestion(raw);
    if (cleaned === '') return answerHelp(this, { empty: true });
    const tooLong = [...cleaned].length > MAX_QUESTION_CHARS;
    const cut = tooLong ? [...cleaned].slice(0, MAX_QUESTION_CHARS).join('') : cleaned;
    // ("total 多少", "add them up" after several things: their sum — not the department's total.)
    const sumWords = /^(?:and\s+)?(?:the\s+)?(?:total|sum|add |combined)/i.test(cut);
    const several =
      sumWords && options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    const said =
      several?.success &&
      (several.data.subjects.length > 1 ||
        (several.data.listed?.length ?? 0) > 1 ||
        /add (?:them|those|these) up|(?:total|sum) of (?:all |the )?(?:two|three|four|five|both|them)/i.test(
          cut,
        ))
        ? cut.replace(
            /^(?:and\s+)?(?:the\s+)?(?:total|sum|add (?:them|those|these|it) up|combined)(?: of (?:all |the |these |those )?(two|three|four|five|both|them|these|those))?(?=\s*(?:多少|是多少|呢|[?？]|$))/i,
            (_all, n?: string) => {
              // ("total of all three?": the three just asked, added — as 三个加起来 says it.)
              const k = { two: '两', both: '两', three: '三', four: '四', five: '五' }[
                n?.toLowerCase() ?? ''
              ];
              return k ? `${k}个加起来` : '合计';
            },
          )
        : englishShare(
            options.previous?.query
              ? // ("plus 离休费, total?" after one figure: that one added to it, as 加上离休费 says.)
                cut
                  .replace(/^\s*(?:and\s+)?(?:plus|also add|add)\s+(?!(?:them|it|those|these|up)\b)/i, '加上')
                  // ("And 住房保障?", "what about 差旅费?": the same asked of it, as 那住房保障呢 says.)
                  .replace(
                    /^\s*(?:and|what about|how about)\s+(?!(?:what|how|which|who|where|when|why|is|are|does|do|the\s+(?:second|third|last|first|smallest|largest|biggest))\b)([^?？]{1,40}?)\s*[?？]*$/i,
                    (all, x: string) => (/\p{Script=Han}/u.test(x) ? `那${x}呢` : all),
                  )
              : cut,
          );
    const question = this.deicticCode(said, options);
    // (So is a shorter one of several sentences: "不好意思又打扰了。三公经费总数今年是多少？…我得填个对比表".)
    const sentences = question.split(/[。！？!?；;]+/).filter((x) => /\p{Script=Han}{2}/u.test(x)).length;
    if (whole && ([...question].length > LONG_MESSAGE || sentences >= 2) && this.loaded.length > 0) {
      const long = this.answerLong(question, options);
      if (long) return long;
    }

    // "回到第一个，它在公用经费里占多少": the conversation's first subject (the oldest remembered), asked
    // the rest of the question.
    const back =
      /^(?:回到|说回|再说回|再回到)?(?:第一个|最开始(?:问)?的?那个|一开始(?:问)?的?那个|第一个问的)[，,、\s]*/.exec(
        question,
      );
    const told = options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    // ("回到政府办那笔，它在哪个款下面": the one remembered whose name holds the words.)
    const backTo =
      /^(?:回到|说回|再说回|再回到)(\p{Script=Han}{2,12}?)(?:那笔|那个|那项|那一笔)[，,、\s]+/u.exec(
        question,
      );
    if (backTo && told?.success) {
      const all = recentOf(told.data);
      const hit = all.filter((x) => x.name.includes(backTo[1]!));
      if (hit.length === 1 && question.length > backTo[0].length)
        return this.answerInner(
          question.slice(backTo[0].length),
          {
            ...options,
            previous: {
              ...options.previous!,
              query: { ...told.data, subjects: hit, recent: all.filter((x) => x !== hit[0]), op: 'value' },
            },
          },
          whole,
        );
    }
    if (
      back &&
      told?.success &&
      question.length > back[0].length &&
      /^(?:回到|说回|再说回|再回到)|问的/.test(back[0])
    ) {
      const all = recentOf(told.data);
      const first = all[all.length - 1];
      if (first && all.length > 1)
        return this.answerInner(
          question.slice(back[0].length),
          {
            ...options,
            previous: {
              ...options.previous!,
              query: { ...told.data, subjects: [first], recent: all.slice(0, -1), op: 'value' },
            },
          },
          whole,
        );
    }
    // An autocomplete choice is an entity id: answer it as it stands.
    const direct = this.entities.get(question.trim());
    if (direct) return this.lookup(this.find(direct.datasetId)!, direct, toParsed(question), undefined);
    if (this.loaded.length === 0) return answerHelp(this, {});

    // Which dataset: an explicit option, a year the question names (of the chosen department), the
    // previous answer's, else the newest.
    let l = options.datasetId ? this.find(options.datasetId) : undefined;
    const dept = l?.ds.meta.department;
    for (const m of question.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)) {
      const y = Number.parseInt(m[1]!, 10);
      if (this.yearInName(y, question)) continue;
      const exact = this.loaded.find(
        (x) => x.ds.meta.fiscalYear === y && (!dept || x.ds.meta.department === dept),
      );
      if (exact) l = exact;
    }
    l = l ?? (options.previous ? this.find(options.previous.datasetId) : undefined) ?? this.defaultDataset()!;

    const previous = options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    let prevQuery = previous?.success && previous.data.datasetId === l.ds.meta.id ? previous.data : null;
    // A list of one ("2010399下面有哪些项目超过200万" → 政府办工作经费) was about that one thing.
    const only =
      options.previous?.list?.length === 1 ? this.entities.get(options.previous.list[0]!) : undefined;
    if (prevQuery && only?.item && ['detail', 'find_by_amount', 'rank'].includes(prevQuery.op))
      prevQuery = { ...prevQuery, subjects: [{ id: only.id, name: only.name }] };
    // The one thing the turn before was about, when it was about one (read by many of the follow-ups below).
    const prevOne =
      prevQuery?.subjects.length === 1 ? this.entities.get(prevQuery.subjects[0]!.id) : undefined;
    // "算人员还是公用" after a line: its column in the 基本支出 table (人员/公用 are the columns asked of,
    // not things named).
    if (
      prevQuery?.subjects.length === 1 &&
      /^(?:那|它|这个|这笔)?(?:算|属于|是|在)?(?:人员|公用)(?:经费|支出)?(?:还是|或者)(?:人员|公用)(?:经费|支出)?(?:的)?[？?呢啊]*$/.test(
        question.trim(),
      )
    ) {
      const was = this.entities.get(prevQuery.subjects[0]!.id);
      const column = was ? this.personnelOrPublic(l, was, question) : null;
      if (column) return column;
    }
    // "养老保险缴费多少" → "职业年金" → "正好一半?": the share of the one asked last in the one before it,
    // with the answer to the claim (half, a third, double) before it.
    const claimed = prevQuery ? this.fractionClaim(prevQuery, question, options) : null;
    if (claimed) return claimed;
    // "预留机动费多少" → "功能科目" → "占那一项比例": its share of the code it was just said to be under.
    const underCode = prevQuery?.op === 'code' ? prevOne : undefined;
    const codeOfIt =
      underCode?.item &&
      /^(?:那|那么)?(?:它)?占(?:那一?项|这一?项|那个科目|这个科目|该科目|那个项|所在(?:的)?科目|所在(?:的)?项)的?(?:比例|比重|多少|几成|百分之几)?[？?]*$/.test(
        question.trim(),
      )
        ? prevQuery!.dimension === 'economic'
          ? underCode.item.departmentEconomic
          : (underCode.item.functional ?? undefined)
        : undefined;
    if (underCode && codeOfIt)
      return this.answerInner(`${underCode.name}占${codeOfIt.code}${codeOfIt.name}的比例`, options, whole);
    // "表七是什么表" → "里面出国费" → "公车购置费" → "总计": the total of the table the conversation is in.
    // (Not after a list: "合计多少" then adds what was listed.)
    const inTable =
      prevQuery && (options.previous?.list?.length ?? 0) < 2
        ? recentOf(prevQuery).find((x) => /\/table\/\d+$/.test(x.id))
        : undefined;
    if (
      inTable &&
      // ("2020 total": the same, said in English with the table's year.)
      /^(?:那|那么)?(?:(?:20\d\d)年?\s*)?(?:这张表|这个表|表里|整张表)?的?(?:总计|合计|总数|合计数|(?:the\s+)?total)(?:呢|多少|是多少|数|\?)?[？?]*$/i.test(
        question.trim(),
      )
    )
      return this.answerInner(`表${inTable.id.slice(inTable.id.lastIndexOf('/') + 1)}总计`, options, whole);
    // "智能机要文件交换箱多少钱" → "这个算资本性支出吗": whether its classification is the one named, with
    // its codes (a yes or no of the document's own classification, never a guess).
    const classed = prevOne?.item ? this.classifiedAs(l, prevOne, question) : null;
    if (classed) return classed;
    // ("区领导慰问经费" → "同一个分类下项目支出一共多少", "这俩挂什么经济科目" → "这个科目项目支出一共多少":
    // the code the lines before share, asked of by its number.)
    const sameCode =
      /(?:同一|同一个|同个|相同|一样的|这个|该|这一)(经济科目|功能科目|经济分类|功能分类|部门经济分类|政府经济分类|科目|分类|代码|编码)(?=下|下面|里|里面|中|的|项目|基本|一共|合计|总共|有|最)/.exec(
        question,
      );
    const sameCodeLines = sameCode
      ? (prevQuery?.subjects ?? []).map((x) => this.entities.get(x.id)?.item)
      : [];
    // (…"这个科目" of one line is the code its answer named — see below; of two, the code they share.)
    const these =
      sameCode && /^(?:这个|该|这一)$/.test(sameCode[0].slice(0, sameCode[0].length - sameCode[1]!.length));
    if (sameCode && sameCodeLines.length > (these ? 1 : 0) && sameCodeLines.every((x) => !!x)) {
      // ("这两个在哪个功能科目下" → "这个科目合计多少": a bare 科目 is of the classification just asked.)
      const which =
        /^(?:科目|分类|代码|编码)$/.test(sameCode[1]!) && prevQuery?.dimension === 'functional'
          ? '功能科目'
          : /^(?:科目|分类|代码|编码)$/.test(sameCode[1]!) && prevQuery?.dimension === 'government_economic'
            ? '政府经济分类'
            : sameCode[1]!;
      const codeOf = (i: LineItem) =>
        /功能/.test(which)
          ? i.functional?.code
          : /政府/.test(which)
            ? i.governmentEconomic.code
            : i.departmentEconomic.code;
      const codes = new Set(sameCodeLines.map((i) => codeOf(i!)));
      const [code] = codes;
      if (codes.size === 1 && code)
        return this.answerInner(
          question.replace(sameCode[0], code),
          { ...options, previous: undefined },
          whole,
        );
    }
    // "2080501一共多少" → "离休费退休费各多少" → "剩下那些加起来多少": the code's other lines, added up.
    const rest = prevQuery
      ? (this.theRest(l, prevQuery, question) ??
        this.besides(l, prevQuery, question) ??
        this.lineByWord(l, prevQuery, question))
      : null;
    if (rest) return rest;
    // "办公设备购置多少" → "哪个项目": the 表九 lines of that code, as "哪些项目" lists them.
    if (
      (prevOne?.kind === 'economic' || prevOne?.kind === 'functional') &&
      /^(?:那|那么)?(?:是|属于|用在|花在|对应)?(?:哪个|哪一个|什么|啥)项目(?:的|上)?(?:呢|啊)?[？?]*$/.test(
        question.trim(),
      )
    )
      return this.answerInner('哪些项目', options, whole);
    // "公共安全图像尾款" → "通讯指挥的呢" / "机要的": the same kind of thing (the name's ending) of another
    // owner — the one line whose name holds the words and ends as the one before did.
    const swapped = prevQuery ? this.ofAnotherOwner(l, prevQuery, question) : null;
    if (swapped) return this.answerInner(swapped.name, options, whole);
    // "一般公共服务支出的基本支出" → "项目呢" / "项目里一共呢": the same code's other column (表三's
    // 基本支出 / 项目支出), asked as the code and that column.
    const otherColumn = prevQuery ? this.otherColumn(prevQuery, question, options.previous?.facet) : null;
    if (otherColumn) {
      const a = this.answerInner(otherColumn.question, { ...options, previous: undefined }, whole);
      // (Remembered as the code, as the column asked after it is: "占总预算多少" next is the code's share.)
      const asked = a.subject?.query;
      return asked && otherColumn.code.kind === 'functional'
        ? {
            ...a,
            subject: {
              ...a.subject!,
              query: {
                ...asked,
                subjects: [{ id: otherColumn.code.id, name: otherColumn.code.name }],
                combine: undefined,
              },
              facet: `column:${otherColumn.column}`,
            },
          }
        : a;
    }
    // "公务接待费包不包括外宾接待": what a term of the 名称解释 covers, read off its definition.
    const holds = this.definitionHolds(l, question);
    if (holds) return holds;
    const u = understand(this.understandContext(l, prevQuery), this.yearSwapped(l, prevQuery, question));
    // "咱们区政府办预算里…": the department's own name, shortened, says whose budget — not a subject.
    // (咱办公室, 我们区政府办: the same, said as one of its staff.)
    const ours = (t: string) => abbreviates(t.replace(OUR, ''), l.ds.meta.department);
    const own = u.unresolved.filter(ours);
    u.unresolved = u.unresolved.filter((t) => !ours(t));
    // ("咱们单位今年总共花多少": the unit as a whole, said with a word the lexicon reads as filler.)
    if (OWN_WHOLE.test(u.reading.text) && !u.partial.hasSubjects) own.push('单位');
    // ("区政府办今年有多少钱": the department named and nothing else — its whole budget.)
    // (…or, asked how many people — "区政府办公室有多少人" — its staff.)
    const countAsked = COUNT_ASKED.exec(u.reading.text);
    const people = !!countAsked && (countAsked[1] ?? '人') === '人';
    const budget = this.entities.get(`${l.ds.meta.id}/topic/${people ? 'staffing' : 'expenditure'}`);
    // (So is "今年预算多少万" with nothing before it: the budget, whole.)
    // (…but not when it names something unread: "fuli费 预算是多少" is not the whole budget.)
    const bare =
      !prevQuery &&
      !u.partial.leans &&
      /预算/.test(u.reading.text) &&
      u.mentions.length === 0 &&
      !u.unresolved.some((t) => /\p{Script=Han}|[a-z]{3,}/u.test(t));
    if (
      (own.length > 0 || bare) &&
      !u.partial.hasSubjects &&
      u.unresolved.length === 0 &&
      budget &&
      u.partial.query.op === 'value'
    )
      u.partial = rereadAs(
        u.partial,
        { subjects: [{ id: budget.id, name: budget.name }] },
        { hasSubjects: true },
      );
    // "其余的呢" after a share of a whole: the whole less the part(s) — what the share leaves.
    if (
      prevQuery?.op === 'share' &&
      prevQuery.whole &&
      prevQuery.subjects.length >= 1 &&
      !u.partial.hasSubjects &&
      /^(?:那)?(?:其余|剩下|剩余|其他)(?:的|部分|那部分|那些)?(?:呢|多少|是多少|有多少)?[？?]*$/.test(
        question.trim(),
      )
    ) {
      const es = [prevQuery.whole, ...prevQuery.subjects].map((x) => this.entities.get(x.id));
      if (es.every((x) => x?.view().primary)) {
        const { whole: _w, ...rest } = prevQuery;
        const minus: Query = {
          ...rest,
          op: 'value',
          combine: 'minus',
          subjects: es.map((x) => ({ id: x!.id, name: x!.name })),
        };
        return this.withQuery(
          answerMulti(
            l,
            es as Entity[],
            minus,
            `按上文：${prevQuery.whole.name}中除${prevQuery.subjects.map((x) => x.name).join('、')}以外的部分`,
          ),
          minus,
        );
      }
    }
    // "教育支出下面是什么", "下面两项" after 221: the codes under a functional code, not its definition nor
    // two things compared.
    const below =
      /(?:下面|下边|底下|下级|下属)(?:的)?(?:有)?(?:[一两二三四五六七八九十\d]+(?:个|项|款|条)|哪些|哪几[个项款]|是什么|是啥|都是啥|有啥|有什么|科目)(?:呢|是什么|是啥|分别多少|各多少|多少|分别是)?[？?]*$/.test(
        question.trim(),
      ) ||
      // ("教育支出是啥内容": what a class is made of is its codes below.)
      /(?:是|有)?(?:啥|什么|哪些)内容[？?呢]*$/.test(question.trim());
    const functionalRef = (x: { id: string } | undefined) => !!x && /\/functional\/\d{3,5}$/.test(x.id);
    if (
      below &&
      u.partial.hasSubjects &&
      u.partial.query.subjects.length === 1 &&
      functionalRef(u.partial.query.subjects[0]) &&
      ['definition', 'value', 'code'].includes(u.partial.query.op)
    )
      u.partial = rereadAs(u.partial, { op: 'breakdown' }, { hasOp: true });
    else if (
      below &&
      !u.partial.hasSubjects &&
      prevQuery?.subjects.length === 1 &&
      functionalRef(prevQuery.subjects[0]) &&
      /^(?:那|它|它的|这个)?(?:下面|下边|底下|下级|下属)/.test(question.trim())
    )
      u.partial = rereadAs(
        u.partial,
        { op: 'breakdown', subjects: prevQuery.subjects, combine: undefined },
        { hasSubjects: true, hasOp: true },
      );
    // "18年的" after 2019年无线网络租赁费: the line of the same name with that year in it.
    const sibling = this.sameNameOtherYear(prevQuery, u, question);
    // "2020年的呢" after 2019年无线网络租赁费 when no line of that name has 2020年: not found, never the
    // line just shown again.
    if (typeof sibling === 'string')
      return makeAnswer({
        kind: 'not_found',
        title: `没有名为「${clip(sibling, 30)}」的明细`,
        lines: [
          `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年部门预算里没有名为「${sibling}」的一项。`,
          `同名的有：${prevQuery!.subjects[0]!.name}${this.siblingsOf(l, prevQuery!.subjects[0]!.name)
            .filter((n) => n !== prevQuery!.subjects[0]!.name)
            .map((n) => `、${n}`)
            .join('')}。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${prevQuery!.subjects[0]!.name}多少钱`],
      });
    if (sibling)
      u.partial = rereadAs(
        u.partial,
        { subjects: [{ id: sibling.id, name: sibling.name }] },
        { hasSubjects: true },
      );
    // ("表九“日常公用支出（在职人员）”那些行里哪项最高": a ranking among the lines whose names begin with
    // the quoted words.)
    if (u.partial.query.order && /[“"「『][^”"」』]{2,30}[”"」』]/u.test(question)) {
      const { scope: _s, ...rest } = u.partial.query;
      const named = this.namedScope(l, { ...rest, op: 'rank', subjects: [] }, u, question);
      if (named) return this.withQuery(named, { ...rest, op: 'rank', subjects: [] });
    }
    // "19年那笔多多少" after the two lines of one name, 2018年… and 2019年…: the one of that year — against
    // the other when the question compares.
    const yearLine = sibling
      ? undefined
      : this.lineOfYear(prevQuery, u, question, options.previous?.list ?? []);
    if (yearLine) {
      const others = (prevQuery?.subjects ?? []).filter((x) => x.id !== yearLine.id);
      // (The others of that name offered or talked about, for "加起来" next.)
      const offered = (options.previous?.list ?? [])
        .filter((id) => id !== yearLine.id)
        .map((id) => this.entities.get(id))
        .filter((x): x is Entity => !!x)
        .map((x) => ({ id: x.id, name: x.name }));
      const compares =
        /多多少|少多少|差多少|差多|相差|比.{0,6}(?:多|少)/.test(question) && others.length === 1;
      u.partial = rereadAs(
        u.partial,
        {
          op: 'value',
          time: 'current',
          subjects: [{ id: yearLine.id, name: yearLine.name }, ...(compares ? others : [])],
          ...(compares ? { combine: 'compare' as const } : {}),
          ...(offered.length && !others.length ? { recent: offered } : {}),
        },
        { hasSubjects: true, hasTime: false },
      );
    }
    const scope = sibling || yearLine ? null : this.outOfScope(u, question);
    if (scope) return scope;

    // "电子政务归不归区政府办管", "区政府办负责电子政务吗": a duty asked about is answered from the
    // responsibilities the document lists, quoted (a project's own 负责人 is asked of the project).
    if (DUTY.test(question) && !u.partial.query.subjects.some((x) => /\/(?:item|project)\//.test(x.id))) {
      const duty = this.dutyQuote(l, question.replace(DEPARTMENT_WORDS, ' '), '部门主要职责');
      if (duty) return duty;
    }
    // "政务外网安全外包服务是哪家公司中标的": who won it, the contract, how much was actually spent — a
    // budget document publishes none of these; its figure is not the answer.
    // "表十一进度指标", "经济效益指标呢", "满意度指标" after a project: what the 绩效 form writes there, quoted.
    const indicator =
      this.whoseThing(l, question) ??
      this.hasForm(l, u, question, prevQuery) ??
      this.blankFormField(l, u, question, prevQuery) ??
      this.goalsOf(l, u, question, prevQuery) ??
      this.yearOfName(l, u, question, prevQuery) ??
      this.percentInText(l, u, question) ??
      this.askedOfSaid(l, u, question, prevQuery) ??
      this.orgQuote(l, u, question) ??
      this.indicatorAnswer(l, u, question, prevQuery) ??
      this.inOwnForm(l, u, question, prevQuery) ??
      this.countedInText(l, u, question) ??
      this.sameCodes(l, u, question, prevQuery);
    if (indicator) return indicator;
    // "哪三个" after "三公单位范围包括几个单位", "评的哪年的" after 绩效评价得分: a stated fact's own sentence
    // names them — the fact again, with its quote.
    const factsBefore =
      prevQuery && !u.partial.hasSubjects
        ? prevQuery.subjects.map((x) => this.entities.get(x.id)).filter((x) => x?.kind === 'fact')
        : [];
    const factBefore = factsBefore.length === 1 ? factsBefore[0] : undefined;
    if (
      factBefore?.kind === 'fact' &&
      [...question.trim()].length <= 10 &&
      /^(?:那|是|都是|分别是|具体是)?(?:哪[一二两三四五六七八九十几\d]*(?:个|项|些|家|笔|位)(?:单位)?|(?:评|算|统计|截至|截止|说)?的?(?:哪年|哪一年|哪个年度|哪年度|什么时候|啥时候|何时)(?:给|做|开展|拨|付|支付|安排|评|纳入|发|到位|搞)?(?:的)?)(?:呢|啊|呀)?[？?]?$/.test(
        question.trim(),
      )
    )
      return this.withQuery(this.lookup(l, factBefore, toParsed(question), undefined), prevQuery!);
    // "算人员还是公用" after 30239: the column of 表六 its money is in.
    // ("表六里算人员经费还是公用经费": the two columns named in full are what is chosen between, not subjects.)
    const eitherColumn = /人员(?:经费)?(?:还是|或者?)公用|公用(?:经费)?(?:还是|或者?)人员/.test(question);
    const asked1 =
      prevQuery?.subjects.length === 1 && (!u.partial.hasSubjects || eitherColumn)
        ? this.entities.get(prevQuery.subjects[0]!.id)
        : undefined;
    // ("30239呢" right after: the same question of the code now named.)
    const columnAgain =
      options.previous?.facet === 'personnel-or-public' &&
      u.partial.query.subjects.length === 1 &&
      /^(?:那|那么)?\S{1,12}?(?:呢|的呢)[？?]?$/.test(question.trim())
        ? this.entities.get(u.partial.query.subjects[0]!.id)
        : undefined;
    const inColumn = columnAgain
      ? this.personnelOrPublic(l, columnAgain, '人员还是公用')
      : asked1
        ? this.personnelOrPublic(l, asked1, question)
        : null;
    if (inColumn) return inColumn;
    // "比正版化多多少" right after two things were added up: their sum against the one named now.
    // ("比刚才第一个多多少": the first thing the conversation named, not among the two added.)
    const firstNamed =
      /(?:刚才|最开始|一开始|最早)的?(?:第一个|那个|问的那个)|第一个问的/.test(question) && prevQuery
        ? [...(prevQuery.recent ?? [])].reverse().find((x) => !prevQuery.subjects.some((s) => s.id === x.id))
        : undefined;
    if (
      prevQuery?.combine === 'sum' &&
      prevQuery.subjects.length >= 2 &&
      (u.partial.query.subjects.length === 1 || firstNamed) &&
      /^(?:那|那么)?(?:合计|加起来|一共|总共)?比(.{1,20}?)(?:多多少|少多少|多了多少|少了多少|多几|差多少|高多少|低多少)[？?]*$/.test(
        question.trim(),
      )
    ) {
      const es = prevQuery.subjects.map((x) => this.entities.get(x.id));
      const other = this.entities.get(firstNamed?.id ?? u.partial.query.subjects[0]!.id);
      const yuan = es.map((x) => (x?.view().primary ? inUnit(x.view().primary!, '元') : null));
      const of = other?.view().primary ? inUnit(other.view().primary!, '元') : null;
      if (of && yuan.every((f) => f) && !es.some((x) => x!.id === other!.id)) {
        const names = es.map((x) => x!.name).join(' + ');
        const sum = sumOf(`${names} 合计`, '元', yuan as Figure<'元'>[], '各项相加');
        const pair = inCommonUnit(sum, of)!;
        const gap = differenceOfPair(`合计 − ${other!.name}`, pair, `(${names}) − ${other!.name}`);
        return makeAnswer({
          kind: 'amount',
          title: `${names} 合计 与 ${other!.name} 比较`,
          lines: [...yuan.map((f) => figureLine(f!)), figureLine(sum), figureLine(of), figureLine(gap)],
          figures: [gap, sum, of, ...(yuan as Figure[])],
          datasets: [datasetRef(l.ds)],
          suggestions: [`${other!.name}多少钱`],
          interpretation: `按上文：${names} 的合计与 ${other!.name} 比较`,
        });
      }
    }
    // "提高了几个点" after a share (this year's or last year's): the share in each year and how many
    // percentage points it moved.
    if (
      prevQuery?.op === 'share' &&
      prevQuery.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      /几个(?:百分)?点|多少个(?:百分)?点|百分点/.test(question)
    ) {
      const e = this.entities.get(prevQuery.subjects[0]!.id);
      const whole =
        (prevQuery.whole ? this.entities.get(prevQuery.whole.id) : undefined) ??
        (e ? this.parentOf(l, e) : undefined) ??
        this.entities.get(`${l.ds.meta.id}/topic/expenditure`);
      const v = e?.view();
      const w = whole?.view();
      const now =
        v?.primary && w?.primary
          ? percentOfFigures(`${l.ds.meta.fiscalYear}年${v.title}占${w.title}的比例`, v.primary, {
              ...w.primary,
              label: w.title,
            })
          : null;
      const before =
        v?.previous && w?.previous
          ? percentOfFigures(`${l.ds.meta.previousYear}年${v.title}占${w.title}的比例`, v.previous, {
              ...w.previous,
              label: `${w.title}（上年）`,
            })
          : null;
      const pair = now && before ? inCommonUnit(now, before) : null;
      if (pair && e && whole) {
        const moved = differenceOfPair('占比变化（百分点）', pair, `${now!.label} − ${before!.label}`);
        const pp = moved.value.toDecimalPlaces(2);
        return this.withQuery(
          makeAnswer({
            kind: 'share',
            title: `${v!.title}占${w!.title}的比例：与${l.ds.meta.previousYear}年比较`,
            lines: [
              figureLine(now!),
              figureLine(before!),
              `占比${pp.isNegative() ? '下降' : '提高'} ${pp.abs().toFixed(2)} 个百分点（${now!.label} − ${before!.label}）。`,
            ],
            figures: [moved, now!, before!],
            datasets: [datasetRef(l.ds)],
            suggestions: [`${v!.title}比去年`],
          }),
          prevQuery,
        );
      }
    }
    const shape = this.tableShape(l, u, question, prevQuery);
    if (shape) return shape;
    const perHead = this.perPerson(l, u, question, prevQuery);
    if (perHead) return perHead;
    // "算基本支出?" after a 表九 line: yes or no, with the line (whose answer says which it is).
    const kindAsked = /^(?:那|它|这个|这笔)?(?:算|属于|是|归)(基本支出|项目支出)(?:吗|么|嘛|不)?[？?]*$/.exec(
      question.trim(),
    )?.[1];
    const line = prevOne;
    if (kindAsked && line?.item) {
      const is = (line.item.spending === 'project' ? '项目支出' : '基本支出') === kindAsked;
      const a = this.lookup(l, line, toParsed(question), undefined);
      return this.withQuery(
        {
          ...a,
          lines: [
            `${is ? '是' : '不是'}：${line.name}属于${line.item.spending === 'project' ? '项目支出' : '基本支出'}。`,
            ...a.lines,
          ],
        },
        prevQuery!,
      );
    }
    // "跟表三对得上吗", "表十一一致吗" after one thing: that thing as the table now named gives it, against
    // the table it was read from (or, when that is the table named, another that gives it).
    const checkIn = u.mentions.filter((m) => m.entity?.kind === 'table');
    if (
      asked1 === undefined &&
      prevQuery?.subjects.length === 1 &&
      checkIn.length === 1 &&
      u.mentions.every((m) => m.entity?.kind === 'table') &&
      [...question.trim()].length <= 14 &&
      /对得上|对的上|一致|一样|相符|吻合|对不对|写的?多少|是多少|(?:对|核|比对|核对)一?下/.test(question)
    ) {
      const was = this.entities.get(prevQuery.subjects[0]!.id);
      const named = tableNoOf(checkIn[0]!.entity!.id);
      const from = was?.view().primary?.source;
      const base = from?.kind === 'table' ? from.table : 0;
      const others = was ? this.tablesGiving(l, was).filter((t) => t !== named) : [];
      const pair = base && base !== named ? [base, named] : others[0] ? [others[0], named] : [];
      const checked =
        was && pair.length === 2 ? this.acrossTables(l, { ...u, mentions: [] }, [was], pair) : null;
      if (checked) return this.withQuery(checked, { ...prevQuery, op: 'value' });
    }
    // "差多少" right after one thing was checked across two tables: that check again, with its difference.
    const across = /^across:([\d,]+)$/.exec(options.previous?.facet ?? '')?.[1];
    if (
      across &&
      options.previous?.id &&
      !u.partial.hasSubjects &&
      /差多少|差几|相差|差额|差了|差距/.test(question)
    ) {
      const was = this.entities.get(options.previous.id);
      const again = was ? this.acrossTables(l, u, [was], across.split(',').map(Number)) : null;
      if (again) return again;
    }
    // "自己算下差额对不对" after this year's and last year's figure: the change, worked out from the two.
    if (
      prevQuery?.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      /差额|差值|增加额|增加的|减少额|增幅|变化/.test(question) &&
      /对不对|对吗|对么|对不|算一下|算下|核一下|核对|验算/.test(question)
    ) {
      const { combine: _c, nth: _n, ...rest } = prevQuery;
      const changed: Query = { ...rest, op: 'change', time: 'current' };
      return this.withQuery(
        this.execute(l, changed, u, { question, merged: true, tooLong: false, options, clause: false }),
        changed,
      );
    }
    // "名字叫啥" after codes were given: the codes again, with the names they stand for.
    if (
      prevQuery?.op === 'code' &&
      prevQuery.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      /^(?:那|它的|这个|那个)?(?:科目)?(?:(?:名字|名称|全称)?(?:叫啥|叫什么|是啥|是什么)(?:名字|名称)?|(?:名字|名称|全称)(?:是|呢)?)[？?]?$/.test(
        question.trim(),
      ) &&
      /名|叫/.test(question)
    ) {
      const { nth: _n, ...rest } = prevQuery;
      return this.withQuery(
        this.execute(l, { ...rest, op: 'code' }, u, {
          question,
          merged: true,
          tooLong: false,
          options,
          clause: false,
        }),
        { ...rest, op: 'code' },
      );
    }
    const unpublished = UNPUBLISHED.exec(question)?.[0];
    if (unpublished) {
      const named = u.partial.query.subjects[0] ?? prevQuery?.subjects[0];
      return makeAnswer({
        kind: 'not_found',
        title: PERSONAL.test(unpublished)
          ? `文件没有公布「${unpublished}」`
          : STANDARD.test(unpublished)
            ? `文件没有公布「${unpublished}」`
            : `文件没有公布${named ? `${named.name}的` : ''}采购或执行情况`,
        lines: [
          PERSONAL.test(unpublished)
            ? `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年部门预算只公布各科目的预算总额，没有${/代码|编码|编号/.test(unpublished) ? '单位的登记代码' : '个人的收入或车辆的使用情况'}（「${unpublished}」）。`
            : STANDARD.test(unpublished)
              ? `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年部门预算只公布各科目的预算金额，没有开支标准（「${unpublished}」）；按人数折算的平均数不是标准。`
              : `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年部门预算只公布预算安排，没有「${unpublished}」这类执行信息。`,
          ...(named ? [`可以问：${named.name}预算多少、${named.name}属于哪个科目。`] : []),
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: named ? [`${named.name}多少钱`] : ['帮助'],
        // ("公务接待费19年决算是多少" → "预算数呢": what was asked about, for a conversation that has nothing
        // before it.)
        ...(u.partial.hasSubjects
          ? {
              subject: {
                kind: 'item' as const,
                name: named!.name,
                datasetId: l.ds.meta.id,
                query: { ...u.partial.query, op: 'value' as const },
              },
            }
          : {}),
      });
    }
    // "2019年开了多少次视频会议": events counted are told in the text, never a budget line's money.
    const event = EVENT_COUNT.exec(question);
    const times = event?.[1] ?? event?.[2];
    if (times) {
      const told = this.quoted(l, u, question.replace(/(?:19|20)\d{2}年度?/g, ' '), times);
      if (told) return told;
    }
    let q = u.partial.query;
    // "维修费多少钱" after 公务用车购置费: a name the data does not have is a new subject not found — never
    // the previous subject's figure again.
    // "这笔占整个项目年度资金的比例" after a part of a project's form: its share of that project's 年度资金总额.
    const lastOne = prevOne;
    const partOf = lastOne && /\/fact\/part\./.test(lastOne.id) ? l.entities.projectOf(lastOne) : undefined;
    const projectWhole = partOf ? this.entities.get(`${l.ds.meta.id}/project/${partOf.id}`) : undefined;
    if (
      lastOne &&
      projectWhole &&
      u.reading.marks.some((k) => k.mark.cat === 'share') &&
      /整个项目|项目的?(?:年度)?资金|年度资金/.test(question) &&
      !/总预算/.test(question)
    ) {
      u.unresolved = u.unresolved.filter((t) => !/项目|资金/.test(t));
      u.partial = rereadAs(
        u.partial,
        {
          op: 'share',
          subjects: [{ id: lastOne.id, name: lastOne.name }],
          whole: { id: projectWhole.id, name: projectWhole.name },
        },
        { hasSubjects: true, hasOp: true },
      );
    }
    // "通讯指挥中心运维费年度资金总额", "年度资金" after its 负责人, "机要信息中心运维费的绩效指标": a field of a
    // project's 表十二 form — that form, or, for a line that has none, said so (never another form's field,
    // nor the department's 整体绩效 form's).
    // (Not a sum, a check or a share said of it: "三块加起来和年度资金总额对得上吗" is asked below.)
    const field = FORM_FIELD.exec(question)?.[0];
    if (field && !/加起来|合计|对得上|一致|相符|核对|占|比|差/.test(question)) {
      const isLine = (e: Entity | undefined) =>
        !!e && (!!e.item || !!e.project || /\/fact\/part\./.test(e.id));
      // (The form's own rows — 财政拨款, 其他资金 — said beside the field are not things named.)
      const named = u.mentions.flatMap((m) =>
        m.entity && !/\/fact\/overall\./.test(m.entity.id) && !/^(?:年度)?(?:财政拨款|其他资金)$/.test(m.text)
          ? [m.entity]
          : [],
      );
      const target =
        named.length === 1 && isLine(named[0])
          ? named[0]
          : named.length === 0 && isLine(prevOne) && !u.partial.hasSubjects
            ? prevOne
            : undefined;
      const project = l.entities.projectOf(target);
      const form = project ? this.entities.get(`${l.ds.meta.id}/project/${project.id}`) : undefined;
      if (form)
        return this.withQuery(
          this.lookup(l, form, toParsed(question), `${form.name}（${kindName(l.ds, '项目绩效')}）`),
          {
            ...u.partial.query,
            op: 'value',
            subjects: [{ id: form.id, name: form.name }],
          },
        );
      if (target && /指标|目标/.test(field))
        return makeAnswer({
          kind: 'not_found',
          title: `文件没有公布${target.name}的${field}`,
          lines: [
            `只有填报了${kindName(l.ds, '项目绩效')}的项目才列出年度目标和绩效指标；${target.name}没有这张表。`,
            `${kindName(l.ds, '项目绩效')}列出的项目：${l.ds.performance.projects.map((x) => x.name).join('、') || '无'}。`,
          ],
          datasets: [datasetRef(l.ds)],
          suggestions: [
            `${target.name}多少钱`,
            ...l.ds.performance.projects.slice(0, 1).map((x) => `${x.name}的绩效指标`),
          ],
        });
    }
    const namesThing = (t: string) => {
      const at = u.reading.text.indexOf(t);
      return NAME_HEAD.test(at < 0 ? t : u.reading.text.slice(at, at + t.length + 2));
    };
    // (So is a code the data does not have: "2013101是啥" after 工资福利支出.)
    if (prevQuery && !u.partial.hasSubjects && u.unresolved.some((t) => namesThing(t) || /^\d{3,}$/.test(t)))
      return this.notFound(l, question, u, false);
    // "公务接待费2019年预算是多少" → "2020年比它降了多少": 它 is last year's figure of the same subject —
    // the change, not a comparison with some other subject.
    if (
      !u.partial.hasSubjects &&
      prevQuery?.subjects.length === 1 &&
      u.partial.query.combine === 'compare' &&
      /比(?:它|这个数?|这项|其)/.test(question) &&
      (prevQuery.time === 'previous' || /(?:19|20)\d{2}年|今年/.test(question))
    )
      u.partial = rereadAs(u.partial, { op: 'change', combine: undefined, time: 'current' }, { hasOp: true });
    // "后者的编码", "后者里最大的一笔": the second of the two things the turn before was about (or listed) —
    // read with its name in place of the word.
    // (Read in the question as understood: 后一项 / 后面那个 are read as 后者.)
    const which = /前者|后者/.exec(u.reading.text)?.[0];
    if (prevQuery && which && !/前者.*后者|后者.*前者/.test(u.reading.text)) {
      const listed = options.previous?.list?.length ? options.previous.list : (prevQuery.listed ?? []);
      const two =
        prevQuery.subjects.length === 2
          ? prevQuery.subjects
          : listed.length === 2
            ? listed.flatMap((id) => {
                const e = this.entities.get(id);
                return e ? [{ id: e.id, name: e.name }] : [];
              })
            : [];
      const one = two.length === 2 ? two[which === '前者' ? 0 : 1]! : undefined;
      const own = u.partial.query.subjects.filter((x) => !x.id.includes('/table/'));
      if (one && own.length === 0) {
        const { combine: _c, ...asked } = u.partial.query;
        // ("后者在表九里用的哪个部门经济分类": which code of one thing, not a breakdown of everything.)
        const op =
          asked.op === 'breakdown' && /哪个|哪一|什么|是啥|编码|代码/.test(question) ? 'code' : asked.op;
        u.unresolved = u.unresolved.filter((x) => !/前者|后者/.test(x));
        u.partial = {
          ...u.partial,
          hasSubjects: true,
          hasOp: true,
          query:
            op === 'rank'
              ? { ...asked, subjects: [], scope: one }
              : {
                  ...asked,
                  op,
                  subjects: [one],
                  ...(asked.scope?.id.includes('/table/') ? { scope: undefined } : {}),
                },
        };
      }
    }
    // "最后一个是通讯指挥中心运维费的几倍", "第二个比X多多少": a place in the list shown, beside a thing named.
    const place =
      /^(?:那)?(第([一二两三四五六七八九十\d]+)个|最后一个|最后那个|倒数第([一二两三四五六七八九十\d]+)个?)/.exec(
        question.trim(),
      );
    if (prevQuery && place && u.partial.hasSubjects) {
      const seen = prevQuery.listed ?? options.previous?.list ?? [];
      const k = place[2]
        ? smallCount(place[2])
        : seen.length - (place[3] ? (smallCount(place[3]) ?? 0) : 1) + 1;
      const e = k && k >= 1 ? this.entities.get(seen[k - 1] ?? '') : undefined;
      const own = u.partial.query.subjects;
      if (e && own.length >= 1 && !own.some((x) => x.id === e.id)) {
        u.unresolved = u.unresolved.filter((x) => !place[0].includes(x) && !x.includes(place[1]!));
        u.partial = rereadAs(u.partial, {
          subjects: [{ id: e.id, name: e.name }, ...own],
          combine: u.partial.query.combine ?? 'compare',
        });
      }
    }
    // "款级科目一共几个" opening a conversation: the functional codes of that level, listed and counted.
    if (
      !prevQuery &&
      u.partial.query.op === 'count' &&
      u.partial.query.level &&
      u.partial.query.subjects.length === 0 &&
      !u.partial.query.scope
    ) {
      const { combine: _c, ...asked } = u.partial.query;
      u.partial = {
        ...u.partial,
        query: { ...asked, op: 'breakdown', dimension: asked.dimension ?? 'functional' },
      };
    }
    // "它在表九用的部门经济分类编码": a table in a follow-up that asks a code of 它 says where to read it.
    if (
      prevQuery?.subjects.length &&
      u.partial.leans &&
      u.partial.query.subjects.length > 0 &&
      u.partial.query.subjects.every((x) => x.id.includes('/table/')) &&
      askedOfOne(u) === 'code'
    ) {
      const { dimension, ...asked } = u.partial.query;
      u.partial = {
        ...u.partial,
        hasSubjects: false,
        hasOp: true,
        query: { ...asked, op: 'code', subjects: [], ...(dimension ? { dimension } : {}) },
      };
    }
    // "那这个中心以前年度的尾款呢" after 通讯指挥中心运维费: 这个中心 is the subject before, up to that word.
    const before1 = prevQuery?.subjects.length === 1 ? prevQuery.subjects[0]!.name : undefined;
    const demonstrative = /(?:这个|该|那个)(中心|办公室|办|会议室|系统|平台)/.exec(question);
    if (before1 && demonstrative && before1.includes(demonstrative[1]!) && !u.partial.hasSubjects) {
      const at = before1.indexOf(demonstrative[1]!) + demonstrative[1]!.length;
      const named = question.replace(demonstrative[0], before1.slice(0, at));
      const again = understand(this.understandContext(l, prevQuery), named);
      if (again.partial.hasSubjects) Object.assign(u, again);
    }
    // "今年的基本支出只相当于去年的百分之几": this year's as a share of last year's — the change, as a ratio.
    if (u.partial.query.op === 'share' && /相当于(?:去年|上年|上一年|(?:19|20)\d{2}年)(?:的)?/.test(question))
      u.partial = rereadAs(u.partial, { op: 'change', percent: true, time: 'current' });
    // "绩效目标有哪些" after a project with a 表十二 form: that project's goals and indicators.
    const onlyPerf =
      u.partial.query.subjects.length === 1 &&
      this.entities.get(u.partial.query.subjects[0]!.id)?.topic?.id === 'performance';
    if (onlyPerf && prevOne && (l.entities.projectOf(prevOne) || prevOne.item) && /目标|指标/.test(question))
      u.partial = rereadAs(u.partial, {
        op: 'value',
        subjects: [{ id: prevOne.id, name: prevOne.name }, u.partial.query.subjects[0]!],
      });
    // "绩效表里写的多少万", "表十二里多少" after a line with a 表十二 form: the amount its form gives.
    const formTable =
      u.partial.query.subjects.length === 1 && u.partial.query.subjects[0]!.id.endsWith('/table/12');
    const formOf = prevOne && (onlyPerf || formTable) ? l.entities.projectOf(prevOne) : undefined;
    const formEntity = formOf && this.entities.get(`${l.ds.meta.id}/project/${formOf.id}`);
    if (
      formEntity &&
      (u.partial.namesAmount || u.partial.hasUnit || /多少|几/.test(question)) &&
      !/目标|指标|负责|电话|联系/.test(question)
    )
      u.partial = rereadAs(u.partial, {
        op: 'value',
        subjects: [{ id: formEntity.id, name: formEntity.name }],
      });
    // "项目支出多少万" → "跟8691.03差多少": a number the document states elsewhere (the 绩效 narrative's
    // 8,691.03 万元), set againstNumber the thing asked — found by its value, so it is cited.
    const againstNumber =
      /^(?:那)?(?:跟|和|与|比|同)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?\s*(?:这个数|这个)?(?:的)?(?:比)?(?:差多少|差额|相差多少|差了多少|差几|对得上吗|一样吗|一致吗|对比)/.exec(
        question.trim(),
      );
    if (againstNumber && prevOne?.view().primary && isMoneyUnit(prevOne.view().primary!.unit)) {
      const n = new Money(againstNumber[1]!.replace(/,/g, ''));
      const same = l.entities.all.filter((e) => {
        const f = e.id !== prevOne.id ? e.view().primary : undefined;
        if (!f || !isMoneyUnit(f.unit) || !f.value.equals(n)) return false;
        return !againstNumber[2] || (againstNumber[2] === '元') === (f.unit === '元');
      });
      if (same.length === 1)
        u.partial = rereadAs(u.partial, comparing(u.partial.query, prevOne, same[0]!), {
          hasSubjects: true,
          hasOp: true,
        });
    }
    // "表五里201的项目支出多少" → "表三里一样不": the code's row (that column) in every table that lists it.
    const oneTableNamed =
      u.mentions.length === 1 && u.mentions[0]!.entity?.kind === 'table' ? u.mentions[0]!.entity : undefined;
    // (A table that lists codes by row — 表三, 表五 — not 表九's lines, whose sum is checked elsewhere.)
    const listsCodes =
      !!oneTableNamed &&
      l.ds.tables.find((t) => t.number === tableNoOf(oneTableNamed.id))?.columns[0]?.name === '科目编码';
    if (
      oneTableNamed &&
      listsCodes &&
      /一样|一致|相同|对得上|相符|吻合|对不对得上/.test(question) &&
      !/各行|加总|加起来|明细|各条|合计/.test(question) &&
      prevQuery
    ) {
      const before = prevQuery.subjects.map((x) => this.entities.get(x.id));
      const code = before.find((e) => e?.kind === 'functional');
      const column = before.find((e) => e?.topic?.id === 'basic' || e?.topic?.id === 'project');
      const checked = code
        ? this.codeRowAcrossTables(
            l,
            code,
            column?.topic?.id === 'basic' ? '基本支出' : column ? '项目支出' : '合计',
          )
        : null;
      if (checked) return this.withQuery(checked, prevQuery);
    }
    // "表九里对应哪一行", "表九里这块几条明细" after a code: that code's 表九 lines, listed or counted —
    // not the table's own.
    const nineOnly =
      u.mentions.length > 0 &&
      u.mentions.every((m) => m.entity?.id === `${l.ds.meta.id}/table/${tableNo(l.ds, '部门预算明细')}`);
    // (…the code read with 表九 named beside it — "…科学技术支出 lines in 表九" — as well.)
    const codeThings = prevQuery?.subjects.filter((x) => !x.id.includes('/table/')) ?? [];
    const codeBefore9 = codeThings.length === 1 ? this.entities.get(codeThings[0]!.id) : prevOne;
    if (
      nineOnly &&
      (codeBefore9?.kind === 'functional' || codeBefore9?.kind === 'economic') &&
      /哪(?:一|几|两|二|三|四|五)?(?:行|条|笔|项)|哪些|对应(?:的)?(?:哪|什么|啥)|(?:几|多少)(?:条|行|笔|项)|how many|which (?:lines|rows)/i.test(
        question,
      )
    ) {
      const code = codeBefore9;
      if (/(?:几|多少)(?:条|行|笔|项)|how many/i.test(question))
        u.partial = rereadAs(
          u.partial,
          { op: 'count', subjects: [{ id: code.id, name: code.name }], combine: undefined },
          { hasSubjects: true, hasOp: true },
        );
      else
        return this.withQuery(answerItemsUnder(this, l, code, `按上文：${code.name}`), {
          ...prevQuery!,
          op: 'detail',
          subjects: [{ id: code.id, name: code.name }],
          combine: undefined,
        });
    }
    // ("申报绩效目标的项目有几个" → "表十二里给了几张" → "剩下的那些负责人是谁": the projects without a form
    // in the document — their owners are not in it; never the forms shown again.)
    if (
      prevQuery?.subjects.length === 1 &&
      prevQuery.subjects[0]!.id === `${l.ds.meta.id}/table/${tableNo(l.ds, '项目绩效')}` &&
      /剩下|其余|其他的|另外的|余下/.test(question) &&
      !u.partial.hasSubjects
    )
      return makeAnswer({
        kind: 'not_found',
        title: `其余项目的申报表不在文件中`,
        lines: [
          `${tableName(tableNo(l.ds, '项目绩效'))}只公布了 ${l.ds.performance.projects.length} 个项目的绩效目标申报表；其余申报了绩效目标的项目，文件没有公布申报表，也就没有它们的负责人、电话、目标和指标。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: l.ds.performance.projects.slice(0, 2).map((pr) => `${pr.name}负责人`),
      });
    // ("这16个涉及多少钱" after 16 and 3 were both said: the thing counted 16, not the 3 just listed.)
    const saidN = /这\s*(\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|项|笔|条)/.exec(question)?.[1];
    const nSaid = saidN ? (/\d/.test(saidN) ? Number(saidN) : smallNumber(saidN)) : null;
    if (prevQuery && nSaid && nSaid !== (options.previous?.list?.length ?? 0) && !u.partial.hasSubjects) {
      const counted = [...prevQuery.subjects, ...recentOf(prevQuery)]
        .map((x) => this.entities.get(x.id))
        .find((e) => {
          const v = e?.view();
          return (
            !!v &&
            [v.primary, ...v.details].some(
              (f) => f && (f.unit === '项' || f.unit === '个') && f.value.equals(nSaid),
            )
          );
        });
      if (counted)
        u.partial = rereadAs(
          u.partial,
          { subjects: [{ id: counted.id, name: counted.name }] },
          { hasSubjects: true },
        );
    }
    // "表十二里给了几张", "表十二列了几个项目": the forms it holds (not the 16 projects the narrative counts).
    const formsTable = `${l.ds.meta.id}/table/${tableNo(l.ds, '项目绩效')}`;
    if (
      u.partial.query.op === 'count' &&
      u.partial.query.subjects.length === 1 &&
      u.partial.query.subjects[0]!.id === formsTable
    ) {
      // (In the order of the table's own 目录.)
      const catalog = l.ds.performance.catalog;
      const at = (name: string) => {
        const i = catalog.findIndex((c) => c.name === name || c.name.includes(name) || name.includes(c.name));
        return i < 0 ? catalog.length : i;
      };
      const projects = [...l.ds.performance.projects].sort((a, b) => at(a.name) - at(b.name));
      const n = this.formsCount(l);
      if (n)
        return this.withQuery(
          makeAnswer({
            kind: 'fact',
            title: `${tableName(tableNo(l.ds, '项目绩效'))} 有几张表`,
            lines: [
              `${tableName(tableNo(l.ds, '项目绩效'))}列出 ${l.ds.performance.projects.length} 个项目的绩效目标申报表：`,
              ...projects.map(
                (pr, i) =>
                  `${i + 1}. ${pr.name}（${pr.owner ? `负责人 ${pr.owner}，` : ''}第 ${pr.line} 行）`,
              ),
            ],
            figures: [n],
            sources: collectSources(n.computation?.inputs ?? []),
            datasets: [datasetRef(l.ds)],
            suggestions: projects.slice(0, 2).map((pr) => `${pr.name}负责人`),
            // (The forms listed, in order: "第一个是啥" next is the first of them.)
            subject: {
              kind: 'item',
              name: tableName(tableNo(l.ds, '项目绩效')),
              datasetId: l.ds.meta.id,
              list: projects.map((pr) => `${l.ds.meta.id}/project/${pr.id}`),
            },
          }),
          {
            ...u.partial.query,
            subjects: [{ id: formsTable, name: tableName(tableNo(l.ds, '项目绩效')) }],
            listed: projects.map((pr) => `${l.ds.meta.id}/project/${pr.id}`),
            ...(prevQuery ? { recent: recentOf(prevQuery) } : {}),
          },
        );
    }
    // "项目" / "项目占比" after 基本支出 (or the whole): 项目支出, the other part — not 基本支出 again.
    const prevTopic = prevOne?.topic?.id;
    if (
      !u.partial.hasSubjects &&
      u.partial.query.noun === 'project' &&
      (prevTopic === 'basic' || prevTopic === 'expenditure') &&
      /^(?:那|那么)?(?:(?:19|20)?\d{2}年)?项目(?:的|呢|占比|多少|占多少|比例|去年|上年|比去年|$)/.test(
        question.trim(),
      )
    ) {
      const project = this.entities.get(`${l.ds.meta.id}/topic/project`);
      if (project) {
        const { noun: _n, ...rest } = u.partial.query;
        u.partial = {
          ...u.partial,
          hasSubjects: true,
          query: { ...rest, subjects: [{ id: project.id, name: project.name }] },
        };
      }
    }
    // "表六里这个多少" after 30213: the thing before, read in the table now named (as "表六里30213多少").
    const tableNamed =
      u.partial.query.subjects.length === 1 ? this.entities.get(u.partial.query.subjects[0]!.id) : undefined;
    if (
      tableNamed?.kind === 'table' &&
      prevOne &&
      prevOne.kind !== 'table' &&
      // (…or asked its code there: "表九挂哪个功能科目" after 公车运维.)
      (/这个|这项|这笔|它|该/.test(question) ||
        (u.partial.hasOp && u.partial.query.op === 'code') ||
        // (…or counted in it: "表九里有几条" after 30213 — not "表十二列了几个", the table's own count.)
        (u.partial.hasOp &&
          u.partial.query.op === 'count' &&
          /表[一二三四五六七八九十\d]+(?:里|中|上)/.test(question))) &&
      u.mentions.filter((m) => m.entity).length === 1 &&
      [...question.trim()].length <= 12
    ) {
      u.partial = rereadAs(
        u.partial,
        { subjects: [{ id: prevOne.id, name: prevOne.name }] },
        { hasSubjects: true },
      );
    }
    // "基本支出里多少" after 30213: that code's lines within the part named (as "30213基本支出里多少").
    const partNamed =
      u.partial.query.subjects.length === 1 ? this.entities.get(u.partial.query.subjects[0]!.id) : undefined;
    // ("项目支出里这个科目一共多少" after a line: the line's own economic code.)
    // (…or the code of "30213基本支出里多少" just before: the code, not its part.)
    const codeAsked =
      prevQuery?.subjects.length === 2 &&
      prevQuery.subjects.some((x) => /\/topic\/(?:basic|project)$/.test(x.id))
        ? prevQuery.subjects.map((x) => this.entities.get(x.id)).find((x) => x?.kind === 'economic')
        : undefined;
    const codeBefore =
      prevOne?.item && /这个?科目|该科目|同一?科目|这个?编码|这个?代码/.test(question)
        ? this.entities.get(`${l.ds.meta.id}/economic/${prevOne.item.departmentEconomic.code}`)
        : (prevOne ?? codeAsked);
    if (
      (codeBefore?.kind === 'economic' ||
        (codeBefore?.kind === 'functional' && /^(?:那|那么|在)?(?:基本|项目)支出/.test(question.trim()))) &&
      codeBefore &&
      partNamed &&
      (partNamed.topic?.id === 'basic' || partNamed.topic?.id === 'project') &&
      // ("表六基本支出里多少": the table that part is read in, said before it, changes nothing.)
      u.mentions.filter((m) => m.entity && m.entity.kind !== 'table').length === 1 &&
      /^(?:那|那么|在)?(?:表[一二三四五六七八九十\d]+(?:的|里|中)?)?(?:基本|项目)(?:支出)?(?:里|中|里面|里头|当中|部分|那块|那边|这块)/.test(
        question.trim(),
      )
    )
      u.partial = rereadAs(u.partial, {
        combine: 'each',
        subjects: [{ id: codeBefore.id, name: codeBefore.name }, u.partial.query.subjects[0]!],
      });
    // "项目占比" after 201 (or its 基本和项目各多少): that column's share of the code's own total.
    const partShare =
      /^(?:那)?(项目|基本)(?:支出)?(?:部分)?(?:的)?(?:占比|占多少|比例|比重|占几成|占百分之几)/.exec(
        question.trim(),
      );
    const codeShared =
      prevOne?.kind === 'functional'
        ? prevOne
        : prevQuery?.subjects
            .map((x) => this.entities.get(x.id))
            .find((x) => x?.kind === 'functional' && prevQuery.subjects.length <= 3);
    const partTopic = partShare
      ? this.entities.get(`${l.ds.meta.id}/topic/${partShare[1] === '项目' ? 'project' : 'basic'}`)
      : undefined;
    if (
      partShare &&
      codeShared &&
      partTopic &&
      !u.mentions.some((m) => m.entity && m.entity.kind !== 'topic')
    ) {
      u.partial = rereadAs(
        u.partial,
        {
          op: 'share',
          subjects: [
            { id: codeShared.id, name: codeShared.name },
            { id: partTopic.id, name: partTopic.name },
          ],
          whole: { id: codeShared.id, name: codeShared.name },
        },
        { hasSubjects: true, hasOp: true },
      );
    }
    // "属于基本支出还是项目支出" after 教育支出: which of them the subject before is in — about it, not them.
    if (
      prevQuery?.subjects.length === 1 &&
      (/^(?:那|它|这个)?(?:是)?属于.{1,16}还是/.test(question.trim()) ||
        /^(?:那|它|这个)?(?:是|算)?(?:基本(?:支出)?还是项目|项目(?:支出)?还是基本)/.test(question.trim())) &&
      !u.partial.query.subjects.some((x) => x.id === prevQuery.subjects[0]!.id)
    ) {
      const { dimension: _d, combine: _c, ...rest } = u.partial.query;
      u.partial = {
        ...u.partial,
        hasSubjects: false,
        hasOp: true,
        query: { ...rest, op: 'value', subjects: [] },
      };
    }
    // "在表六对应哪个部门经济分类编码" after 教育支出: the table says where to read the subject before.
    if (
      prevQuery?.subjects.length &&
      u.partial.query.subjects.length > 0 &&
      u.partial.query.subjects.every((x) => this.entities.get(x.id)?.kind === 'table') &&
      !prevQuery.subjects.some((x) => this.entities.get(x.id)?.kind === 'table') &&
      (/^(?:那|那么|它|这个|这项)?(?:在|从)?表[一二三四五六七八九十\d]+(?:里|中|上)?(?:对应|属于|记在|列在|怎么)|^(?:它|这个|这项)(?:在|从)?表[一二三四五六七八九十\d]+(?:里|中|上)?(?:的|是)?多少|^(?:那|它)?(?:在)?表[一二三四五六七八九十\d]+(?:里|中|上)(?:到底|究竟)?(?:列了|列的|写的|写了|是)多少/.test(
        question.trim(),
      ) ||
        // ("只关心购房补贴那个项" → "表二、表三、表五应该是一样的吧": the tables to read it in.)
        (u.partial.query.subjects.length > 1 && !/合计|总计|总数|什么表|哪张表|几张表|表头/.test(question)))
    )
      u.partial = rereadAs(
        u.partial,
        { subjects: [], combine: undefined },
        { hasSubjects: false, hasOp: true },
      );
    // "功能分类呢" / "这两个在政府经济分类里归哪一类" after a code asked: the code in that classification.
    if (
      prevQuery?.op === 'code' &&
      u.partial.query.op === 'breakdown' &&
      !u.partial.hasSubjects &&
      u.partial.query.dimension
    )
      u.partial = rereadAs(u.partial, { op: 'code' });
    if (
      prevQuery?.subjects.length &&
      u.partial.query.op === 'breakdown' &&
      !u.partial.hasSubjects &&
      /归哪|属于哪|记在哪|哪一类|哪个类/.test(question)
    )
      u.partial = rereadAs(u.partial, { op: 'code' });
    // "那整个项目总预算多少" after a project (or its 尾款): the whole its form states — this year's funding and
    // the rest — not 项目支出 of the whole department.
    // (A share of it — "占项目总预算多少" — is worked out below.)
    if (
      prevQuery?.subjects.length === 1 &&
      /整个项目|项目总预算|项目的总预算|项目一共多少|总盘子/.test(question) &&
      !u.reading.marks.some((k) => k.mark.cat === 'share')
    ) {
      const prev = this.entities.get(prevQuery.subjects[0]!.id);
      const project = l.entities.projectOf(prev);
      const part = /\/fact\/part\./.test(prev?.id ?? '')
        ? prev
        : project
          ? l.entities.all.find((x) => x.id.startsWith(`${l.ds.meta.id}/fact/part.${project.id}.`))
          : undefined;
      if (part)
        return this.withQuery(
          this.lookup(l, part, toParsed(question), `按上文：${part.name}所属项目的总预算`),
          {
            ...u.partial.query,
            subjects: [{ id: part.id, name: part.name }],
          },
        );
    }
    // "还有别的尾款吗" after some of them: the lines of that name the conversation has not had yet.
    // ("还有啥会议系统的项目" after 讯飞听见会议系统: the other lines whose names hold the words.)
    const more =
      /还有(?:别的|其他|其它|另外的?)(\p{Script=Han}{2,8}?)(?:吗|没有|没|么)/u.exec(question)?.[1] ??
      /还有(?:啥|什么|哪些|哪几个|哪几笔|哪几项)(?:别的|其他|其它)?(\p{Script=Han}{2,8}?)的?(?:项目|明细)(?:吗|呢)?[？?]*$/u.exec(
        question,
      )?.[1];
    if (more && prevQuery) {
      const had = new Set(recentOf(prevQuery).map((x) => x.id));
      for (const x of options.previous?.list ?? []) had.add(x);
      const named = l.entities.all.filter((e) => e.item && e.name.includes(more));
      const rest = named.filter((e) => !had.has(e.id));
      if (named.length > rest.length && rest.length > 0) {
        u.mentions = u.mentions.filter((m) => !m.ambiguous || m.entity);
        u.partial = rereadAs(
          u.partial,
          {
            op: 'value',
            subjects: rest.map((e) => ({ id: e.id, name: e.name })),
            ...(rest.length > 1 ? { combine: 'each' as const } : {}),
          },
          { hasSubjects: true },
        );
      }
    }
    // "2069999下面以前年度尾款有几笔": the lines of a name several share, within the code named before it —
    // those lines only, each (so "哪个最多", "加起来" next are of them).
    const sharedName = u.mentions.find((m) => !m.entity && m.ambiguous?.every((x) => x.item));
    const codeMention = sharedName
      ? u.mentions.find(
          (m) =>
            m.end <= sharedName.start && (m.entity?.kind === 'functional' || m.entity?.kind === 'economic'),
        )
      : undefined;
    if (
      sharedName &&
      codeMention &&
      u.mentions.length === 2 &&
      ['count', 'value', 'detail'].includes(u.partial.query.op)
    ) {
      const within = sharedName.ambiguous!.filter((x) => contains(codeMention.entity!, x));
      if (within.length > 0) {
        const each: Query = {
          ...u.partial.query,
          op: 'value',
          combine: 'each',
          subjects: within.map((x) => ({ id: x.id, name: x.name })),
        };
        const a = answerMulti(l, within, each, undefined);
        const code = codeMention.entity!;
        const n = countOf(
          `${code.codes[0]} ${code.name}下名称含「${clip(sharedName.text, 30)}」的明细`,
          '项',
          a.figures.slice(0, within.length),
          '逐项计数',
        );
        return this.withQuery({ ...a, lines: [figureLine(n), ...a.lines], figures: [n, ...a.figures] }, each);
      }
    }
    // (The readings above adjust what the question alone asks.)
    q = u.partial.query;
    // ("外联办自己多少人" after 长期临时工: one of the units the budget covers, named with nothing of its own
    // found — asked afresh, not of the thing before: the document gives the units' people together.)
    const unitNamed =
      prevQuery !== null &&
      !u.partial.hasSubjects &&
      (l.ds.narrative.statements.find((x) => x.id === 'sangong.units')?.text.split(/[、，,]/) ?? [])
        .map((n) => n.trim().replace(/^区/, ''))
        .some(
          (n) =>
            n.length >= 2 &&
            question.includes(n) &&
            n !== l.ds.meta.shortName?.replace(/^区/, '') &&
            !l.ds.meta.department.includes(n),
        );
    if (unitNamed) return this.answerInner(question, { ...options, previous: undefined }, whole);
    const merged = prevQuery !== null && follows(u.partial);
    // "帮扶的是哪两个地方" after 服务联络办工作经费: words the data has no figure for, asked of the subject
    // before — its form's and the narrative's own sentences about them.
    const about = prevOne;
    if (
      merged &&
      about &&
      !u.partial.hasSubjects &&
      u.partial.query.op === 'value' &&
      !u.reading.marks.some((k) => k.mark.cat === 'breakdown' || k.mark.cat === 'measure') &&
      /哪|什么|谁|怎么|如何/.test(question) &&
      u.unresolved.some((t) => /\p{Script=Han}{2,}/u.test(t))
    ) {
      const words = u.unresolved.map((t) => t.replace(/(?:的是|是|的)?(?:哪|什么|谁)?$/, '')).join('');
      const told = this.quoted(
        l,
        u,
        `${u.unresolved.join(' ')} ${about.name}`,
        undefined,
        `${about.name} ${words}`,
      );
      if (told) return this.withQuery(told, { ...u.partial.query, subjects: prevQuery!.subjects });
    }
    if (merged && prevQuery) q = mergeQuery(prevQuery, u.partial);
    // ("2069999下30213合计" → "30299" → "31099": a bare code of the other classification is asked within
    // the same code.)
    else if (
      prevQuery?.scope &&
      !u.partial.query.scope &&
      crossCode(prevQuery.scope, u.partial.query.subjects) &&
      /^\s*(?:那|还有)?\s*\d{3,7}\s*(?:呢|的呢|的)?\s*[？?]?\s*$/.test(question)
    )
      q = { ...q, scope: prevQuery.scope };
    // ("具体是哪几项" listed two lines → "预留机动费多少" → "两个差多少": the two listed, not the code above them.)
    // What the previous answer listed, as things with a figure: "离退休人员日常公用那笔" is the one of them
    // whose name has every word said; "最大那行对应哪个功能科目" the largest of them.
    const shownLines = (options.previous?.list ?? [])
      .map((id) => this.entities.get(id))
      .filter((e): e is Entity => !!e?.item);
    if (
      prevQuery &&
      shownLines.length >= 2 &&
      /(?:那|这)一?[笔个项行条]/.test(question) &&
      // (Not "去掉最大的那笔": what is left, below.)
      !TAKING_OUT.test(question)
    ) {
      const extreme = /最(大|小|多|少|高|低)的?(?:那|这)一?[笔个项行条]/.exec(question)?.[1];
      const words = u.mentions.map((m) => m.text.replace(/\s/g, '')).filter((w) => w.length >= 2);
      const named = shownLines.filter((e) => words.length > 0 && words.every((w) => e.name.includes(w)));
      const pick = extreme
        ? [...shownLines].sort(
            (a, b) => (/[大多高]/.test(extreme) ? -1 : 1) * a.amount!.comparedTo(b.amount!),
          )[0]
        : named.length === 1
          ? named[0]
          : undefined;
      if (pick) {
        const { combine: _c, ...rest } = q;
        q = {
          ...rest,
          op: q.op === 'rank' || q.op === 'count' ? 'value' : q.op,
          subjects: [{ id: pick.id, name: pick.name }],
        };
        delete q.scope;
      }
    }
    // ("第二大是哪个类" → "差多少": the one picked against the one just above it in that ranking, or —
    // when only the one picked was shown — against the thing asked about just before the ranking.)
    const placed = prevQuery?.op === 'rank' ? (prevQuery.nth ?? 1) : 0;
    const ranking = options.previous?.list ?? [];
    const picked =
      q.subjects.length === 1 ? q.subjects[0]!.id : ranking.length === 1 ? ranking[0] : undefined;
    const pairSaid = /这俩|这两个|两个|两者|二者|俩/.test(question);
    if (
      placed >= 1 &&
      picked &&
      (q.combine === 'compare' || (q.combine === 'sum' && pairSaid)) &&
      q.subjects.length <= 1 &&
      !u.partial.hasSubjects
    ) {
      const one = this.entities.get(picked);
      const above =
        placed >= 2 && ranking.length >= placed ? this.entities.get(ranking[placed - 2]!) : undefined;
      const before =
        above ??
        recentOf(prevQuery!)
          .map((x) => this.entities.get(x.id))
          .find((e) => e && e.id !== picked && e.kind === one?.kind);
      if (one?.view().primary && before?.view().primary)
        q = {
          ...q,
          op: 'value',
          subjects: [
            { id: before.id, name: before.name },
            { id: one.id, name: one.name },
          ],
        };
    }
    // ("主要是哪几个项目" → "这俩加起来": the two a ranked list put first.)
    if (
      merged &&
      pairSaid &&
      !u.partial.hasSubjects &&
      q.subjects.length !== 2 &&
      ranking.length > 2 &&
      (prevQuery?.op === 'rank' || prevQuery?.op === 'detail' || prevQuery?.op === 'breakdown') &&
      !prevQuery.nth
    ) {
      const two = ranking.slice(0, 2).map((id) => this.entities.get(id));
      if (two.every((e) => e?.view().primary))
        q = {
          ...q,
          op: q.op === 'rank' || q.op === 'detail' || q.op === 'breakdown' ? 'value' : q.op,
          subjects: two.map((e) => ({ id: e!.id, name: e!.name })),
          combine: q.combine ?? 'sum',
        };
    }
    const listedTwo = prevQuery?.listed?.length === 2 ? prevQuery.listed : undefined;
    if (
      merged &&
      listedTwo &&
      !u.partial.hasSubjects &&
      (q.combine === 'compare' || q.combine === 'sum') &&
      q.subjects.length === 2 &&
      prevQuery!.subjects.length === 1 &&
      listedTwo.includes(prevQuery!.subjects[0]!.id) &&
      q.subjects.some((x) => !listedTwo.includes(x.id))
    ) {
      const other = this.entities.get(listedTwo.find((id) => id !== prevQuery!.subjects[0]!.id)!);
      if (other) q = { ...q, subjects: [{ id: other.id, name: other.name }, prevQuery!.subjects[0]!] };
    }
    // "X在表九中的部门经济分类", "都是啥经济分类" after two lines: a classification said of lines — each is
    // one line of one code — asks their codes, not a breakdown of all spending.
    const lines = q.subjects.filter((x) => !x.id.includes('/table/'));
    if (
      q.op === 'breakdown' &&
      q.dimension &&
      ['functional', 'economic', 'government_economic'].includes(q.dimension) &&
      lines.length >= 1 &&
      lines.every((x) => this.entities.get(x.id)?.item)
    ) {
      const { scope: _s, combine: _c, ...rest } = q;
      q = { ...rest, op: 'code', subjects: lines, ...(lines.length > 1 ? { combine: 'each' as const } : {}) };
    }
    // "加起来对得上2010302的数吗", "三项加总和总额差多少": the parts summed and set against their whole.
    const checkedSum = this.sumCheck(l, u, question, prevQuery, options);
    if (checkedSum) return checkedSum;
    const columnSum = this.columnSumAsked(l, u, question, prevQuery);
    if (columnSum) return this.withQuery(columnSum, q);
    // "210下面两项各多少" (a code): the 项 under it, each — a breakdown of the code.
    const oneCode = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (
      oneCode?.kind === 'functional' &&
      (oneCode.codes[0]?.length ?? 7) < 7 &&
      q.op === 'value' &&
      BELOW_ASKED.test(question)
    )
      q = { ...q, op: 'breakdown', combine: undefined };
    // "三公范围几个单位" / "哪些单位": the units a topic's narrative names (三公's 支出单位), not its money.
    if (q.subjects.length === 1 && /(?:几个|多少个|哪些|哪几个)单位/.test(question)) {
      const t = this.entities.get(q.subjects[0]!.id);
      const fam = t ? family(t) : null;
      const units = fam
        ? l.entities.all.find(
            (e) => e.kind === 'fact' && family(e) === fam && /单位$/.test(e.name) && e.name.includes(t!.name),
          )
        : undefined;
      if (units && units.id !== t!.id) q = { ...q, subjects: [{ id: units.id, name: units.name }] };
    }
    // "它合计" after one thing: its own total — not it added to the thing before.
    if (
      merged &&
      prevQuery?.subjects.length === 1 &&
      q.combine === 'sum' &&
      /^(?:那)?它的?(?:合计|总额|总计|一共)/.test(question.trim())
    )
      q = { ...q, combine: undefined, subjects: prevQuery.subjects };
    // "两者比例", "ratio between them" after two things asked one by one: the one against the other.
    const pairOf = prevQuery
      ? [...recentOf(prevQuery)].filter((x) => x.id !== prevQuery.subjects[0]?.id)
      : [];
    if (
      merged &&
      prevQuery?.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      !u.partial.query.whole &&
      u.partial.query.combine !== 'sum' &&
      (q.op === 'share' || /\bratio\b/.test(u.reading.text)) &&
      /两者|二者|俩|两个|两项|between them|\bratio\b/.test(u.reading.text) &&
      pairOf[0]
    )
      q = {
        ...q,
        op: 'value',
        combine: 'compare',
        percent: true,
        subjects: [pairOf[0], prevQuery.subjects[0]!],
      };
    // A new question still remembers what the ones before it were about ("两个加起来", "另外一项").
    else if (prevQuery && q.datasetId === prevQuery.datasetId)
      q = {
        ...q,
        // (…and the others a choice offered when one of them was picked: "18年那笔" → "加起来".)
        recent:
          u.partial.query.recent?.length && !prevQuery.subjects.length
            ? u.partial.query.recent
            : recentOf(prevQuery),
      };
    // "行政编制几个" → "事业呢" → "工勤呢" → "加起来": every one of a run of like things asked one by one
    // (three or four of one kind and family), not only the last two ("两个加起来" stays the last two).
    if (
      merged &&
      prevQuery?.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      q.combine === 'sum' &&
      q.subjects.length === 2
    ) {
      const two = /[两俩二双]|这俩|二者/.test(u.reading.text);
      const said = recentOf(prevQuery)
        .map((x) => this.entities.get(x.id))
        .filter((x): x is Entity => !!x);
      // (A code and the code above it are never added: "2080505" → "2080506呢" → "上级科目是啥" → "合计"
      // adds the two 项, not 20805 again.)
      const within = (a: Entity, b: Entity) =>
        a.kind === b.kind &&
        (a.kind === 'functional' || a.kind === 'economic') &&
        b.codes[0] !== a.codes[0] &&
        !!b.codes[0]?.startsWith(a.codes[0] ?? '∅');
      const asked = said.filter((a) => !said.some((b) => within(a, b)));
      const first = asked[0];
      const run: Entity[] = [];
      for (const e of asked) {
        if (e.kind !== first!.kind || family(e) !== family(first!) || !e.view().primary) break;
        run.push(e);
      }
      const dropped = asked.length < said.length;
      // (…but "合计" right after the code above them is that code's own 合计: 20805's, its third 项 too.)
      const above = said[0];
      if (
        dropped &&
        above &&
        said.slice(1).some((b) => within(above, b)) &&
        /合计|总计|总共|一共/.test(u.reading.text) &&
        !/加/.test(u.reading.text)
      ) {
        const { combine: _c, ...rest } = q;
        q = { ...rest, subjects: [{ id: above.id, name: above.name }] };
      } else if (
        (two ? dropped && run.length >= 2 : run.length >= 3 || (dropped && run.length >= 2)) &&
        q.subjects.every((x) => said.some((e) => e.id === x.id))
      )
        q = {
          ...q,
          subjects: run
            .slice(0, two ? 2 : run.length)
            .reverse()
            .map((e) => ({ id: e.id, name: e.name })),
        };
    }
    // "各多少万" after a breakdown or a list: the same parts, each — in the unit now asked.
    if (
      merged &&
      prevQuery &&
      !u.partial.hasSubjects &&
      q.op === 'value' &&
      ['breakdown', 'detail', 'rank', 'count'].includes(prevQuery.op) &&
      u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'each')
    ) {
      // (After a count that listed them: each of the things it listed.)
      const counted = (prevQuery.op === 'count' ? (options.previous?.list ?? []) : [])
        .map((id) => this.entities.get(id))
        .filter((x): x is Entity => !!x);
      if (counted.length > 1) {
        const subjects = counted.map((x) => ({ id: x.id, name: x.name }));
        // ("剩下两块加起来呢": those, summed.)
        const each: Query = { ...q, op: 'value', combine: q.combine === 'sum' ? 'sum' : 'each', subjects };
        return this.withQuery(answerMulti(l, counted.slice(0, 25), each, '按上文所列'), each);
      }
      q = { ...prevQuery, unit: q.unit, english: q.english };
    }
    // "比它大的是哪个": the line items above (or below) the one asked about before; "比第一名少多少": it and
    // the item in that place, compared.
    const before = prevOne;
    // "排第几": the place of the item asked about (this turn or the one before) among the lines of 表九.
    if (/排第几|第几名|第几大|排名第几|排在第几|排多少位/.test(question)) {
      const named =
        u.partial.query.subjects.length === 1
          ? this.entities.get(u.partial.query.subjects[0]!.id)
          : undefined;
      const it = named ?? (!u.partial.hasSubjects ? before : undefined);
      // (What it was about is remembered: "第一是哪个" → "这两个差多少" compares it with the first.)
      if (it?.item)
        return this.withQuery(this.placeOf(l, it), {
          ...u.partial.query,
          op: 'value',
          subjects: [{ id: it.id, name: it.name }],
          ...(prevQuery ? { recent: recentOf(prevQuery) } : {}),
          ranked: { subjects: [], order: 'desc' },
        });
    }
    // "前面一个是啥" / "后一个呢" after an item's place: the line ranked just above (below) it in 表九.
    const step =
      /^(?:那|那么)?(?:它|排在它)?(?:前面|前边|前头|上面)的?(?:一个|那个|一名|一位|一项|一笔)|^(?:那)?(?:前一个|上一个|前一名|上一名)/.test(
        question.trim(),
      )
        ? -1
        : /^(?:那|那么)?(?:它|排在它)?(?:后面|后边|下面)的?(?:一个|那个|一名|一位|一项|一笔)|^(?:那)?(?:后一个|下一个|后一名|下一名)/.test(
              question.trim(),
            )
          ? 1
          : 0;
    if (step && before?.item && !u.partial.hasSubjects && prevQuery?.ranked) {
      // (Among the lines of its own kind of spending — a project's neighbour is a project.)
      const sorted = l.ds.lineItems
        .filter((x) => x.spending === before.item!.spending)
        .sort((a, b) => b.amount.comparedTo(a.amount));
      const next = sorted[sorted.indexOf(before.item) + step];
      const e = next ? l.entities.ofItem(next) : undefined;
      if (e)
        return this.withQuery(
          this.lookup(
            l,
            e,
            toParsed(question),
            `按上文：${before.item.spending === 'project' ? '项目支出' : '基本支出'}明细中排在${before.name}${step < 0 ? '前面' : '后面'}的一项`,
          ),
          {
            ...u.partial.query,
            op: 'value',
            subjects: [{ id: e.id, name: e.name }],
            recent: [{ id: before.id, name: before.name }, ...recentOf(prevQuery)].slice(0, 4),
            ranked: prevQuery.ranked,
          },
        );
    }
    if (before?.item && !u.partial.hasSubjects) {
      const rel = /比(?:它|这个|这项|这一项|其)(大|多|高|贵|小|少|低|便宜)的/.exec(question);
      if (rel) {
        const above = /[大多高贵]/.test(rel[1]!);
        const a = answerByAmount(this, l, {
          ...q,
          op: 'find_by_amount',
          subjects: [],
          amount: { yuan: before.item.amount.toFixed(), approx: false, bound: above ? 'above' : 'below' },
        });
        if (a) {
          const said = (t: string) =>
            t.replace(/金额(?:超过|低于) [\d.]+ 万元 的/, `比${before.name}${above ? '大' : '小'}的`);
          return this.withQuery({ ...a, title: said(a.title), lines: a.lines.map(said) }, q);
        }
      }
      const place = /第([一二三四五1-5])名/.exec(question)?.[1];
      if (place && /比|差|跟|和|与/.test(question)) {
        const nth = '一二三四五'.includes(place) ? '一二三四五'.indexOf(place) + 1 : Number(place);
        const byAmount = [...l.ds.lineItems].sort((a, b) => b.amount.comparedTo(a.amount));
        const listed = options.previous?.list?.map((id) => this.entities.get(id)).filter((x) => x?.item);
        const top = listed?.length
          ? listed[nth - 1]
          : this.entities.get(`${l.ds.meta.id}/item/${byAmount[nth - 1]?.id}`);
        if (top && top.id !== before.id) q = comparing(q, before, top);
      }
    }
    // "加起来多少" / "一共多少" after a list (a ranking, the things sharing a name): the things listed, summed.
    const listedIds = options.previous?.list ?? [];
    const partWhole = u.partial.query.whole ? { whole: u.partial.query.whole } : {};
    if (
      prevQuery !== null &&
      !u.partial.hasSubjects &&
      listedIds.length >= 2 &&
      // (…all of them, unless it says two: "这俩加起来" is the two put first, above.)
      !(pairSaid && listedIds.length > 2) &&
      (prevQuery.op === 'rank' ||
        prevQuery.op === 'count' ||
        // ("哪些项目用的这个编码" → "这几个项目加起来": the lines listed, which may be some of the code's.)
        prevQuery.op === 'detail' ||
        prevQuery.subjects.length === 0) &&
      (u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum') ||
        // ("所有“以前年度尾款”项目合计多少" → "占项目支出比例": the share of the sum just given.)
        (u.partial.query.op === 'share' && prevQuery.combine === 'sum')) &&
      ['value', 'share'].includes(u.partial.query.op)
    ) {
      const listed = listedIds.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x);
      if (listed.length === listedIds.length)
        q = askedOf(q, u.partial.query.op, listed, { combine: 'sum', ...partWhole });
    }
    // "里面几个项目" (two listed) → "哪个大": those two, compared.
    if (
      prevQuery !== null &&
      !u.partial.hasSubjects &&
      listedIds.length === 2 &&
      prevQuery.subjects.length <= 1 &&
      u.partial.query.combine === 'compare' &&
      u.partial.query.op === 'value'
    ) {
      const listed = listedIds.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x);
      if (listed.length === 2) q = askedOf(q, 'value', listed, { combine: 'compare' });
    }
    // (…and "一共多少" after "哪笔最多" → "最少的呢" over things of one name: all of them, not the two picked;
    // "两个加起来" is those two.)
    const among = prevQuery?.ranked?.subjects ?? [];
    if (
      prevQuery !== null &&
      !u.partial.hasSubjects &&
      among.length > 2 &&
      prevQuery.subjects.length === 1 &&
      u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum') &&
      !/[两俩二]/.test(u.reading.text) &&
      // (…and "合计占项目支出": the share of that sum.)
      (u.partial.query.op === 'value' || u.partial.query.op === 'share')
    ) {
      const all = among.map((x) => this.entities.get(x.id)).filter((x): x is Entity => !!x);
      if (all.length === among.length)
        q = askedOf(q, u.partial.query.op, all, { combine: 'sum', ...partWhole });
    }
    // "哪个大" → "它下面最大的项": within the one the comparison found larger (smaller after 哪个小).
    if (
      prevQuery?.combine === 'compare' &&
      prevQuery.subjects.length === 2 &&
      !u.partial.hasSubjects &&
      u.partial.query.op === 'rank' &&
      /^(?:那)?(?:它|这个|那个|大的那个|多的那个)(?:的)?(?:下面|下边|里面|里|中|底下|下属)/.test(
        question.trim(),
      )
    ) {
      const two = prevQuery.subjects.map((x) => this.entities.get(x.id));
      const [a, b] = two.map((x) => (x?.view().primary ? ordering(x.view().primary!) : undefined));
      if (a && b && two[0] && two[1] && !a.equals(b)) {
        const small = prevQuery.order === 'asc' ? -1 : 1;
        const won = a.comparedTo(b) * small > 0 ? two[0] : two[1];
        const level = /项$|的项|个项/.test(question)
          ? ('项' as const)
          : /款/.test(question)
            ? ('款' as const)
            : undefined;
        const { combine: _c, ...rest } = q;
        q = {
          ...rest,
          op: 'rank',
          subjects: [],
          scope: { id: won.id, name: won.name },
          ...(level && won.kind === 'functional' ? { level } : {}),
        };
      }
    }
    // "最大的那个占多少" after a list: the largest (smallest) of the things listed, asked its share or amount.
    let pickedFrom: Query['ranked'] | undefined;
    if (
      prevQuery &&
      !u.partial.hasSubjects &&
      listedIds.length >= 2 &&
      !u.partial.query.n &&
      !u.partial.query.nth &&
      ((u.partial.query.op === 'rank' &&
        // (After a count that listed them — "下面有几个项" → "最大的是哪个" — among those too.)
        (prevQuery.op === 'count' ||
          // (…or after the lines found by an amount or a word of their name: "哪个最少" is one of those.)
          prevQuery.op === 'find_by_amount' ||
          // (…or after a breakdown: "分成哪几块" → "哪块最大" is one of its parts.)
          (prevQuery.op === 'breakdown' && !u.partial.query.noun && !u.partial.query.level) ||
          u.reading.marks.some(
            (k) => k.mark.cat === 'share' || (k.mark.cat === 'measure' && k.mark.value === 'amount'),
          ))) ||
        // ("最少那个挂在哪个功能科目": the smallest listed, asked its code.)
        (!!askedOfOne(u) && !!u.partial.query.order))
    ) {
      const es = listedIds.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x?.view().primary);
      const asc = u.partial.query.order === 'asc';
      const pick = [...es].sort(
        (a, b) => (asc ? 1 : -1) * ordering(a.view().primary!).comparedTo(ordering(b.view().primary!)),
      )[0];
      const share = u.reading.marks.some((k) => k.mark.cat === 'share');
      const asked = askedOfOne(u) ?? (share ? 'share' : 'value');
      // (…remembering what it was picked from: "最少的那个呢" next is the other end of the same list.)
      const among = es.map((e) => ({ id: e.id, name: e.name }));
      if (pick) {
        // (…and what the list was within: "2069999下面几个项目" → "最大那个" → "占这个科目多少".)
        const within =
          prevQuery.scope ?? (prevQuery.subjects.length === 1 ? prevQuery.subjects[0] : undefined);
        // (…and how: "第二呢" after "最大那个" is the second largest, not the second listed.)
        pickedFrom = {
          subjects: among,
          ...(within ? { scope: within } : {}),
          order: asc ? 'asc' : 'desc',
          ...(prevQuery.noun ? { noun: prevQuery.noun } : {}),
        };
        q = { ...askedOf(q, asked, [pick]), ranked: pickedFrom };
      }
    }
    // ("最少那个挂在哪个功能科目" right after "这三个里哪个最少" answered one: that one.)
    if (
      prevQuery?.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      listedIds.length < 2 &&
      askedOfOne(u) &&
      u.partial.query.order &&
      /最(?:大|小|多|少|高|低)的?那(?:个|笔|项|一个)/.test(question)
    ) {
      const one = this.entities.get(prevQuery.subjects[0]!.id);
      if (one) q = askedOf(q, askedOfOne(u)!, [one]);
    }
    // "这个款合计" after 2010301: the 款 (类) the subject before is under, asked of itself.
    const ownLevel = /这个(款|类)|该(款|类)|所属的?(款|类)/.exec(question);
    if (ownLevel && !u.partial.hasSubjects && q.op === 'value' && prevQuery?.subjects.length === 1) {
      const prev = this.entities.get(prevQuery.subjects[0]!.id);
      const digits = (ownLevel[1] ?? ownLevel[2] ?? ownLevel[3]) === '款' ? 5 : 3;
      const code = prev?.kind === 'functional' ? prev.codes[0] : prev?.item?.functional?.code;
      const up =
        code && code.length > digits
          ? this.entities.get(`${l.ds.meta.id}/functional/${code.slice(0, digits)}`)
          : undefined;
      if (up) q = { ...q, subjects: [{ id: up.id, name: up.name }] };
    }
    // "它占这个款多少": the 款 (类) the conversation was about is the whole.
    const levelWhole = /这个(款|类)|该(款|类)/.exec(question);
    if (q.op === 'share' && !q.whole && levelWhole && prevQuery) {
      const digits = (levelWhole[1] ?? levelWhole[2]) === '款' ? 5 : 3;
      const around = [
        ...prevQuery.subjects,
        ...(prevQuery.scope ? [prevQuery.scope] : []),
        ...(prevQuery.ranked?.scope ? [prevQuery.ranked.scope] : []),
        ...(prevQuery.recent ?? []),
      ];
      const w = around
        .map((x) => this.entities.get(x.id))
        .find((x) => x?.kind === 'functional' && x.codes[0]!.length === digits);
      if (w && !q.subjects.some((x) => x.id === w.id)) q = { ...q, whole: { id: w.id, name: w.name } };
    }
    // ("三公多少" → "公车呢" → "它占比呢": the thing before that, when it holds the part.)
    if (q.op === 'share' && !q.whole && q.subjects.length === 1 && prevQuery?.recent?.length) {
      const part = this.entities.get(q.subjects[0]!.id);
      const holder = prevQuery.recent
        .filter((x) => x.id !== part?.id)
        .map((x) => this.entities.get(x.id))
        .find((x) => !!x && !!part && contains(x, part));
      if (holder && !prevQuery.subjects.some((x) => x.id === holder.id && x.id !== part?.id))
        q = { ...q, whole: { id: holder.id, name: holder.name } };
    }
    // "接待费占公用经费比重" → "差旅费的占比呢": another part of the same whole, when it is one.
    if (
      q.op === 'share' &&
      !q.whole &&
      q.subjects.length === 1 &&
      prevQuery?.op === 'share' &&
      prevQuery.whole
    ) {
      const part = this.entities.get(q.subjects[0]!.id);
      const whole = this.entities.get(prevQuery.whole.id);
      if (part && whole && part.id !== whole.id && contains(whole, part))
        q = { ...q, whole: prevQuery.whole };
    }
    // "三公一共多少" → "接待费占多少": a share asked of a part of the thing before is a share of that thing.
    if (q.op === 'share' && !q.whole && q.subjects.length === 1 && prevQuery?.subjects.length === 1) {
      const part = this.entities.get(q.subjects[0]!.id);
      const whole = this.entities.get(prevQuery.subjects[0]!.id);
      if (part && whole && part.id !== whole.id && contains(whole, part))
        q = { ...q, whole: prevQuery.subjects[0]! };
      // (住房保障支出 → 公积金占多少: 30113 住房公积金 is not under 221, but 2210201 住房公积金 is — the
      // same name, the line of the thing before.)
      else if (part && whole && part.id !== whole.id) {
        const twins = l.entities.all.filter(
          (e) => e.id !== part.id && bareName(e.name) === bareName(part.name) && contains(whole, e),
        );
        const twin = twins.find((e) => e.kind === whole.kind) ?? twins[0];
        if (twin) q = { ...q, subjects: [{ id: twin.id, name: twin.name }], whole: prevQuery.subjects[0]! };
      }
    }
    // "哪一项最大" → "多少" / "占社保就业支出比例" / "负责人": the one the ranking put first (or the place it
    // was asked for), asked about as any subject is.
    if (
      merged &&
      prevQuery?.op === 'rank' &&
      !u.partial.hasSubjects &&
      listedIds.length > 0 &&
      (prevQuery.n ?? 1) === 1 &&
      ['value', 'share', 'change', 'owner', 'code', 'where', 'definition'].includes(u.partial.query.op) &&
      !u.reading.marks.some((k) => k.mark.cat === 'order' || k.mark.cat === 'conj')
    ) {
      const id = listedIds[(prevQuery.nth ?? 1) - 1];
      const e = id ? this.entities.get(id) : undefined;
      if (e) q = askedOf(q, u.partial.query.op, [e], partWhole);
    }
    // What is asked of a thing a ranking listed remembers that ranking, for "第二呢" after it — and so does
    // what is asked of the same thing next.
    if (prevQuery && q.op !== 'rank' && q.subjects.length === 1) {
      const from =
        prevQuery.op === 'rank' && listedIds.includes(q.subjects[0]!.id)
          ? rankingOf(prevQuery)
          : !u.partial.hasSubjects && prevQuery.subjects[0]?.id === q.subjects[0]!.id
            ? prevQuery.ranked
            : undefined;
      if (from) q = { ...q, ranked: from };
      else if (q.ranked && q.ranked !== pickedFrom) delete q.ranked;
    }
    // "第二项多少" → "占多少", "哪个最多" within 三公 → "它占比呢": a share of a thing picked from a list or
    // ranking is of what the list was of (the ranking remembered above).
    const rankedIn = q.ranked?.scope ? this.entities.get(q.ranked.scope.id) : undefined;
    const first = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (
      q.op === 'share' &&
      !q.whole &&
      !u.partial.hasSubjects &&
      rankedIn &&
      first &&
      contains(rankedIn, first)
    )
      q = { ...q, whole: { id: rankedIn.id, name: rankedIn.name } };
    // "关于一般公共服务支出，我想知道它在总支出里占的比重": 它 is the subject before, the name is the whole.
    // ("慰问经费占它多少": 它 after 占 is the whole — the subject before — and the name the part.)
    const it = /它|其(?!他|中|余)/.exec(question);
    if (
      merged &&
      prevQuery &&
      it &&
      q.op === 'share' &&
      !q.whole &&
      q.subjects.length === 1 &&
      prevQuery.subjects.length === 1 &&
      prevQuery.subjects[0]!.id !== q.subjects[0]!.id
    )
      q = /占/.test(question.slice(0, it.index))
        ? { ...q, whole: prevQuery.subjects[0]! }
        : { ...q, whole: q.subjects[0]!, subjects: prevQuery.subjects };
    // "这个科目下面一共多少", "基本支出里这个科目多少": the code of what the turn before was about.
    // (Not when the question names a line of its own: "刚才水费那个编码" is 水费's code.)
    const namesLine =
      u.partial.hasSubjects && u.partial.query.subjects.some((x) => this.entities.get(x.id)?.item);
    const code =
      prevQuery && !namesLine ? this.codeOfPrevious(prevQuery, question, q.op === 'rank') : undefined;
    const codeWhole =
      code && q.op === 'share' && /占(?:这个|该|此|那个|这一|同一)(?:科目|代码|编码|分类)/.test(question);
    if (code && codeWhole && prevQuery) {
      // "占这个科目多少" after a line: the line's share of its code — the code it was listed under, if any.
      const listedIn = prevQuery.ranked?.scope ? this.entities.get(prevQuery.ranked.scope.id) : undefined;
      const whole = listedIn?.kind === 'functional' || listedIn?.kind === 'economic' ? listedIn : code;
      q = { ...q, subjects: prevQuery.subjects, whole: { id: whole.id, name: whole.name } };
    } else if (code && q.op === 'rank' && !u.partial.hasSubjects) {
      // "这科目下最贵的", "同科目最大的" after a line: the lines of its code, ranked (科目 names the code
      // ranked within, not what is ranked).
      const { noun: _noun, ...rest } = q;
      q = { ...rest, subjects: [], scope: { id: code.id, name: code.name } };
    } else if (
      code &&
      !q.amount &&
      /还有(?:啥|什么|哪些|哪个|别的|其他)|其他(?:的|还有)?(?:是|有)?(?:啥|什么|哪些)/.test(question)
    ) {
      // "这科目还有啥" after a line: the code's other 表九 lines.
      const l = this.find(code.datasetId)!;
      const said = new Set(recentOf(prevQuery!).map((x) => x.id));
      const items = (
        code.kind === 'functional'
          ? l.ds.lineItems.filter((i) => i.functional?.code.startsWith(code.codes[0]!))
          : l.entities.itemsOfEconomic(code.codes[0]!)
      )
        .map((i) => l.entities.ofItem(i))
        .filter((e): e is Entity => !!e && !said.has(e.id));
      if (items.length > 0) {
        const subjects = items.map((e) => ({ id: e.id, name: e.name }));
        const each: Query = {
          ...q,
          op: 'value',
          subjects,
          combine: subjects.length > 1 ? 'each' : undefined,
        };
        if (!each.combine) delete each.combine;
        return this.withQuery(
          answerMulti(l, items.slice(0, 25), each, `${code.codes[0]} ${code.name}的其他明细`),
          each,
        );
      }
    } else if (code) {
      const own = u.partial.hasSubjects ? u.partial.query.subjects : [];
      q = {
        ...q,
        subjects: [{ id: code.id, name: code.name }],
        ...(own[0] ? { scope: own[0] } : {}),
      };
    }
    // "不对，换成无纸化的" after two things summed or compared: the last of them replaced, the rest kept.
    if (
      prevQuery &&
      prevQuery.subjects.length >= 2 &&
      prevQuery.combine &&
      u.partial.query.subjects.length === 1 &&
      /^(?:不对|不是|错了)?[，,\s]*(?:我是说|我说的是)?(?:换成|改成|换为|改为|替换成)/.test(question.trim())
    )
      q = {
        ...q,
        op: prevQuery.op,
        combine: prevQuery.combine,
        subjects: [...prevQuery.subjects.slice(0, -1), u.partial.query.subjects[0]!],
      };
    // "这四项加起来" after a longer list: the last four things named.
    const n =
      /(?:这|那)?([两二三四五六俩])(?:项|个|笔|块|种)/.exec(question)?.[1] ??
      (/仨/.test(question) ? '三' : /俩/.test(question) ? '俩' : undefined);
    const count = n ? '俩两二三四五六'.indexOf(n) : -1;
    const wanted = count < 0 ? 0 : Math.max(2, count);
    if (merged && wanted >= 2 && q.subjects.length > wanted && !u.partial.hasSubjects)
      q = { ...q, subjects: q.subjects.slice(-wanted) };
    // ("俩占项目支出多少", "这两个占多少" with no 各/分别: together — each one's share shown with it.)
    if (
      merged &&
      wanted === 2 &&
      q.op === 'share' &&
      (!q.combine || q.combine === 'each') &&
      !u.partial.hasSubjects &&
      !/各|分别|每个|each/.test(u.reading.text)
    )
      q = { ...q, combine: 'sum' };
    // ("仨加起来" after three things asked one by one: those three, in the order asked.)
    const lastAsked = prevQuery ? recentOf(prevQuery) : [];
    if (
      merged &&
      wanted > q.subjects.length &&
      lastAsked.length >= wanted &&
      !u.partial.hasSubjects &&
      (q.combine === 'sum' || q.combine === 'compare' || q.combine === 'each') &&
      !(options.previous?.list?.length === wanted)
    )
      q = { ...q, subjects: lastAsked.slice(0, wanted).reverse() };
    // "两笔合计多少" after the two things of one name were listed: those two.
    const shown = options.previous?.list ?? [];
    if (
      merged &&
      wanted >= 2 &&
      shown.length === wanted &&
      !u.partial.hasSubjects &&
      (q.combine === 'sum' || q.combine === 'compare') &&
      !shown.every((id) => q.subjects.some((s) => s.id === id))
    ) {
      const es = shown.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e);
      if (es.length === wanted) q = { ...q, subjects: es.map((e) => ({ id: e.id, name: e.name })) };
    }
    // "离退休人员的呢" after 日常公用支出（在职人员）_其他商品和服务支出, "行政运行科目下的那笔呢" after a
    // code's three lines: the one line, among those shown or beside the one asked, that the word names —
    // by its name or its 功能 code's — not whatever else the word could name.
    const pickOne =
      /^(?:那|那么)?(?:其中)?([\p{Script=Han}A-Za-z\d]{2,12}?)(?:科目)?(?:下面?|里面?|中)?的(?:那笔|那个|那条|那项|那一笔|那行)?(?:呢|多少|是多少|多少钱)?[？?]*$/u.exec(
        question.trim(),
      );
    if (prevQuery && pickOne && !/^(?:它|这个|那个|这|那|其他|另外|剩下)/.test(pickOne[1]!)) {
      const word = pickOne[1]!;
      const before = prevQuery.subjects.map((x) => this.entities.get(x.id)).filter((e): e is Entity => !!e);
      const lineBefore = before.length === 1 ? before[0]!.item : undefined;
      const codeBefore = before.length === 1 && !lineBefore ? before[0] : undefined;
      const pool = [
        ...shown,
        ...before.filter((e) => e.item).map((e) => e.id),
        ...(lineBefore
          ? l.ds.lineItems
              .filter((i) => i.departmentEconomic.code === lineBefore.departmentEconomic.code)
              .map((i) => `${l.ds.meta.id}/item/${i.id}`)
          : []),
        ...(codeBefore && (codeBefore.kind === 'economic' || codeBefore.kind === 'functional')
          ? (itemsUnder(l, codeBefore) ?? []).map((i) => `${l.ds.meta.id}/item/${i.id}`)
          : []),
      ];
      const hits = [...new Set(pool)]
        .map((id) => this.entities.get(id))
        .filter(
          (e): e is Entity =>
            !!e?.item &&
            !before.some((b) => b.id === e.id && before.length === 1) &&
            (e.name.includes(word) || !!e.item.functional?.name.includes(word)),
        );
      if (hits.length === 1)
        q = { ...q, op: 'value', subjects: [{ id: hits[0]!.id, name: hits[0]!.name }], combine: undefined };
    }
    // "最大最小差多少" after a list: the largest against the smallest of it.
    if (
      prevQuery &&
      shown.length >= 2 &&
      !u.partial.hasSubjects &&
      /最大(?:的)?(?:那个|那笔)?(?:和|跟|与|减|比)?最小(?:的)?(?:那个|那笔)?(?:差|相差|之差|差了)/.test(
        question,
      )
    ) {
      const es = shown
        .map((id) => this.entities.get(id))
        .filter((e): e is Entity => !!e?.view().primary && isMoneyUnit(e.view().primary!.unit));
      if (es.length === shown.length) {
        const sorted = [...es].sort((a, b) =>
          ordering(b.view().primary!).comparedTo(ordering(a.view().primary!)),
        );
        q = comparing(q, sorted[0]!, sorted.at(-1)!);
      }
    }
    // "三公今年总额" → "去掉公车那块还剩多少"; "区领导慰问经费" → "去掉它2010399还剩多少": the whole less the
    // part taken out, when one holds the other — never a difference of two unrelated things.
    const takenOut =
      prevQuery && !DROP_EXTREME.test(question) ? this.takeOut(l, question, u, prevQuery) : null;
    if (takenOut) return this.withQuery(takenOut.answer, takenOut.query);
    // "去掉最大的那笔还剩多少" after lines added up (or listed): the others, added up.
    const dropExtreme = DROP_EXTREME.exec(question);
    if (prevQuery && dropExtreme && /剩|余下|其余|其他|加起来|合计|一共|多少/.test(question)) {
      const pool = (
        prevQuery.combine === 'sum' && prevQuery.subjects.length >= 2
          ? prevQuery.subjects.map((x) => x.id)
          : shown
      )
        .map((id) => this.entities.get(id))
        .filter((e): e is Entity => !!e?.view().primary && isMoneyUnit(e.view().primary!.unit));
      if (pool.length >= 2) {
        const sorted = [...pool].sort((a, b) =>
          ordering(b.view().primary!).comparedTo(ordering(a.view().primary!)),
        );
        const drop = /大|多/.test(dropExtreme[1]!) ? sorted[0]! : sorted.at(-1)!;
        const rest = pool.filter((e) => e.id !== drop.id);
        q = {
          ...q,
          op: 'value',
          subjects: rest.map((e) => ({ id: e.id, name: e.name })),
          combine: rest.length > 1 ? 'sum' : undefined,
        };
      }
    }
    // "表九里这块分成几项" → "最大那项是什么": the largest (or smallest) of what the last answer listed —
    // never the thing the list was of, nor a ranking of everything.
    const extreme =
      /最(大|多|高|贵|小|少|低|便宜)(?:的)?(?:是)?(?:那|这|哪)?(?:一)?(?:项|个|笔|条|块|行)?/.exec(question);
    if (
      merged &&
      extreme &&
      !u.partial.hasSubjects &&
      shown.length >= 2 &&
      shown.length <= 100 &&
      // (Asked "是什么" — a ranking asked is answered as one, with its list, for "第二多的呢" next.)
      q.op === 'definition' &&
      !/第|前\s*\d|前[两二三四五六七八九十]|倒数|差|比|加|占|倍|分别|各/.test(question)
    ) {
      const es = shown
        .map((id) => this.entities.get(id))
        .filter((e): e is Entity => !!e?.view().primary && isMoneyUnit(e.view().primary!.unit));
      if (es.length === shown.length) {
        const sorted = [...es].sort((a, b) =>
          ordering(b.view().primary!).comparedTo(ordering(a.view().primary!)),
        );
        const pick = /大|多|高|贵/.test(extreme[1]!) ? sorted[0]! : sorted.at(-1)!;
        q = { ...q, op: 'value', subjects: [{ id: pick.id, name: pick.name }], combine: undefined };
      }
    }
    // "各多少万" after a list found by amount (or by name): each of the things listed.
    if (
      merged &&
      !u.partial.hasSubjects &&
      q.subjects.length === 0 &&
      shown.length >= 2 &&
      shown.length <= 25 &&
      (q.combine === 'each' || /各|分别|each/i.test(question))
    ) {
      const es = shown.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e);
      if (es.length === shown.length)
        q = { ...q, op: 'value', subjects: es.map((e) => ({ id: e.id, name: e.name })), combine: 'each' };
    }
    // "离退休的两笔加起来" after three lines were listed: those of the list whose names hold the word, when
    // exactly as many as it says do.
    const byWord =
      /^(?:那|其中|里面)?([\p{Script=Han}A-Za-z\d]{2,16}?)的?(?:那|这)?([两二三四五六七八九])(?:个|笔|项|条|行)/u.exec(
        question.trim(),
      );
    // (…or of the lines of the code the conversation is about: "其中在职的那笔" → "离退休的两笔加起来".)
    const codeAbout = (prevQuery ? recentOf(prevQuery) : [])
      .map((x) => this.entities.get(x.id))
      .find((e) => e?.kind === 'economic' || e?.kind === 'functional');
    const pool =
      shown.length > 2
        ? shown
        : codeAbout
          ? (itemsUnder(l, codeAbout) ?? []).map((i) => `${l.ds.meta.id}/item/${i.id}`)
          : [];
    if (prevQuery && byWord && pool.length > 2) {
      const es = pool
        .map((id) => this.entities.get(id))
        // (…in its name, or in its 功能 code's: 离退休 is 2080501 行政单位离退休.)
        .filter(
          (e): e is Entity =>
            !!e && (e.name.includes(byWord[1]!) || !!e.item?.functional?.name.includes(byWord[1]!)),
        );
      if (es.length >= 2 && es.length === smallNumber(byWord[2]!))
        q = {
          ...q,
          op: 'value',
          subjects: es.map((e) => ({ id: e.id, name: e.name })),
          combine: u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum')
            ? 'sum'
            : q.combine === 'compare'
              ? 'compare'
              : 'each',
        };
    }
    // "软件正版化和政务外网交换机两个采购合计": the count says how many are meant; a bare word (采购)
    // that found a topic of its own beside them is their description, not one more subject.
    if (!merged && wanted >= 2 && q.subjects.length === wanted + 1) {
      const extra = u.mentions.find(
        (m) =>
          m.entity?.kind === 'topic' &&
          [...m.text].length <= 2 &&
          q.subjects.some((s) => s.id === m.entity!.id),
      );
      if (extra) q = { ...q, subjects: q.subjects.filter((s) => s.id !== extra.entity!.id) };
    }
    // "尾款多少" after a project: a name several things share, asked as a follow-up, is the one that belongs
    // to what was asked before (its project's part, its item).
    const shared = u.mentions.find((m) => m.ambiguous && !m.entity);
    const totalled = u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum');
    if (
      merged &&
      prevQuery &&
      shared &&
      !u.partial.hasSubjects &&
      !totalled &&
      q.op !== 'detail' &&
      q.op !== 'count'
    ) {
      const before = recentOf(prevQuery)
        .map((s) => this.entities.get(s.id))
        .filter((x): x is Entity => !!x);
      const own = shared.ambiguous!.filter((c) =>
        before.some(
          (b) => (c.project && b.project === c.project) || (c.item && b.item === c.item) || b.id === c.id,
        ),
      );
      // (Several of them: the one whose name is most like another thing named before — 机要信息中心.
      // None of them its own: the same — "它还有一笔以前年度尾款吧" after 2020年机要信息中心运维费.)
      const near = closest(own.length ? own : shared.ambiguous!, recentOf(prevQuery));
      if (!own.length && near.length === 1) own.push(near[0]!);
      const one = own.length === 1 ? own : near.length === 1 ? near : [];
      if (one.length === 1) q = { ...q, subjects: [{ id: one[0]!.id, name: one[0]!.name }] };
      else if (own.length > 1) return this.ambiguous(l, shared.text, own);
    }
    // "科学技术支出多少" → "基本支出有吗": that code's column, not the whole 基本支出.
    const prevCode = prevOne;
    const column = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (
      (merged || /有吗|有没有|其中|里面|里头|全是|都是|全部|吗/.test(question)) &&
      prevCode?.kind === 'functional' &&
      column &&
      ['basic', 'project'].includes(column.topic?.id ?? '') &&
      q.op === 'value' &&
      !u.partial.hasOp
    ) {
      const cell = this.spendingCell(
        l,
        prevCode,
        column,
        `按上文：${prevCode.name}`,
        /(?:全|都|全部)是.*吗/.test(question),
      );
      if (cell) {
        const a = this.withQuery(cell, { ...q, subjects: [{ id: prevCode.id, name: prevCode.name }] });
        // (Which column it was: "项目呢" next asks the other one of the same code — see otherColumn.)
        return { ...a, subject: { ...a.subject!, facet: `column:${column.name}` } };
      }
    }
    // ("一般公共服务支出多少" → "基本和项目各多少": both columns of that code.)
    const columns = q.subjects.map((x) => this.entities.get(x.id));
    // "年份早的那笔是什么部门经济分类" after 2018年 and 2019年无线网络租赁费: the one of the earlier year.
    const byYear = /(?:年份|年度)?(早|晚|新|旧|前|后)的那(?:笔|个|项|一笔)/.exec(question)?.[1];
    const dated = (prevQuery?.subjects ?? []).flatMap((x) => {
      const y = /^((?:19|20)\d{2})年/.exec(x.name)?.[1];
      return y ? [{ x, y: Number(y) }] : [];
    });
    if (merged && byYear && dated.length >= 2 && dated.length === prevQuery!.subjects.length) {
      const sorted = [...dated].sort((a, b) => a.y - b.y);
      const pick = /早|旧|前/.test(byYear) ? sorted[0]! : sorted[sorted.length - 1]!;
      const e = this.entities.get(pick.x.id);
      if (e) q = askedOf(q, askedOfOne(u) ?? (q.op === 'breakdown' ? 'code' : q.op), [e]);
    }
    if (
      (merged || /各|分别/.test(question)) &&
      prevCode?.kind === 'functional' &&
      columns.length === 2 &&
      columns.every((c) => ['basic', 'project'].includes(c?.topic?.id ?? '')) &&
      q.op === 'value' &&
      u.partial.query.op === 'value'
    ) {
      const cells = columns.flatMap((c) => {
        const cell = c && this.spendingCell(l, prevCode, c, `按上文：${prevCode.name}`);
        return cell ? [cell] : [];
      });
      if (cells.length === 2)
        return this.withQuery(mergeAnswers(cells, l), {
          ...q,
          subjects: [{ id: prevCode.id, name: prevCode.name }],
        });
    }
    // "多的那个政府经济分类是什么" after two compared: the larger of them, asked what the question asks.
    const side = /(?:多|大|高|贵)的那(?:个|笔|项|一个)|(?:少|小|低|便宜)的那(?:个|笔|项|一个)/.exec(
      question,
    )?.[0];
    const pair =
      prevQuery && prevQuery.subjects.length >= 2 && !u.partial.hasSubjects ? prevQuery.subjects : [];
    if (merged && side && pair.length >= 2 && !dropExtreme) {
      const es = pair.map((x) => this.entities.get(x.id)).filter((e): e is Entity => !!e?.view().primary);
      const sorted = [...es].sort((a, b) =>
        ordering(b.view().primary!).comparedTo(ordering(a.view().primary!)),
      );
      const pick = /多|大|高|贵/.test(side[0]!) ? sorted[0] : sorted[sorted.length - 1];
      if (pick && es.length === pair.length)
        q = askedOf(q, askedOfOne(u) ?? (q.op === 'rank' ? 'value' : q.op), [pick]);
    }
    // "三个加起来" after three turns, one subject each: the last three things named, in the order asked.
    // (Money summed or shared: the things named that have money — not 离退休人员's head count between them.)
    const money = (x: { id: string }) => {
      const f = this.entities.get(x.id)?.view().primary;
      return !!f && (f.unit === '元' || f.unit === '万元');
    };
    const everyNamed = prevQuery ? recentOf(prevQuery) : [];
    const withMoney = everyNamed.filter(money);
    const named =
      (q.combine === 'sum' || q.op === 'share') && withMoney.length >= wanted ? withMoney : everyNamed;
    if (
      merged &&
      wanted >= 2 &&
      (q.subjects.length < wanted || (named === withMoney && !q.subjects.every(money))) &&
      !u.partial.hasSubjects &&
      named.length >= wanted
    ) {
      q = {
        ...q,
        subjects: named.slice(0, wanted).reverse(),
        combine: q.combine ?? (q.op === 'value' ? 'each' : undefined),
      };
      // ("这三个哪个最多": among them — not within the last one.)
      if (q.op === 'rank') delete q.scope;
    }
    // "三个加起来" after the top three were listed and one of them asked ("第二个多少钱"): the three listed.
    // ("合计" after "31099下面有几个项目" → "最大的" → "最小的呢": every one ranked.)
    const sumAsked = u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum');
    const carried = prevQuery?.listed ?? [];
    // (The things a ranking was among, as asked — prevQuery is the one it found when it listed one.)
    const rankedAmong =
      previous?.success && previous.data.op === 'rank' && previous.data.datasetId === l.ds.meta.id
        ? previous.data.subjects
        : [];
    if (merged && sumAsked && !u.partial.hasSubjects && ['value', 'share'].includes(u.partial.query.op)) {
      const pool =
        wanted >= 2 &&
        carried.length === wanted &&
        prevQuery!.subjects.length >= 1 &&
        prevQuery!.subjects.every((x) => carried.includes(x.id))
          ? carried
          : wanted === 0 && rankedAmong.length >= 3
            ? rankedAmong.map((x) => x.id)
            : [];
      const es = pool.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e?.view().primary);
      if (es.length >= 2 && es.length === pool.length)
        q = { ...q, subjects: es.map((e) => ({ id: e.id, name: e.name })), combine: 'sum' };
    }
    // "和软件正版化比呢" / "加上软件正版化呢" after one subject: it and the new one, compared or summed.
    // (What the turn before was about: a code whose 基本/项目 columns it gave is that code.)
    const scopeBefore = prevQuery?.scope ? this.entities.get(prevQuery.scope.id) : undefined;
    const aboutBefore =
      prevQuery &&
      (scopeBefore?.kind === 'functional' || scopeBefore?.kind === 'economic') &&
      prevQuery.subjects.length > 0 &&
      prevQuery.subjects.every((x) => /\/topic\/(?:basic|project)$/.test(x.id))
        ? [prevQuery.scope!]
        : (prevQuery?.subjects ?? []);
    const timesOfIt =
      /^(?:那)?\p{Script=Han}{2,}是(?:它|这个|这项|这笔|其|前者|上一个)的?(?:几|多少)倍/u.test(
        question.trim(),
      ) ||
      // ("政府办工作经费比它多多少": the new one against the one before.)
      /^(?:那)?\p{Script=Han}{2,}比(?:它|这个|这项|这笔|前者|上一个)(?:多|少|高|低|贵|便宜)(?:了)?(?:多少|几)/u.test(
        question.trim(),
      );
    if (
      (merged ||
        /^(?:那|那么)?(?:它|这个|这项|这笔)?(?:再|还要|还得)?(?:和|跟|与|同|加上|算上|[比较](?![它这那其去上前]))/.test(
          question.trim(),
        ) ||
        // ("它是教育支出的多少倍", "机要运维费是它的几倍")
        /^(?:那)?(?:它|这个|这项|这笔)是\p{Script=Han}{2,}的(?:几|多少)倍/u.test(question.trim()) ||
        timesOfIt) &&
      prevQuery &&
      // (Added to a sum — "A和B加起来" → "再加上C呢" — all of them.)
      (aboutBefore.length === 1 || (prevQuery.combine === 'sum' && /加上|算上/.test(question))) &&
      u.partial.hasSubjects &&
      u.partial.query.subjects.length === 1 &&
      (u.partial.query.combine === 'compare' ||
        u.partial.query.combine === 'sum' ||
        // (占比呢 is a share asked, not 比呢.)
        timesOfIt ||
        /加上|算上|(?<![占])比呢|相比呢|^(?:那)?(?:和|跟|与|同)\p{Script=Han}{2,}(?:加起来|加一起|加在一起|合计|一共)/u.test(
          question,
        )) &&
      !aboutBefore.some((x) => x.id === u.partial.query.subjects[0]!.id)
    )
      q = {
        ...q,
        op: 'value',
        subjects: timesOfIt
          ? [u.partial.query.subjects[0]!, ...aboutBefore]
          : [...aboutBefore, u.partial.query.subjects[0]!],
        combine: /加上|算上|加起来|一共|合计/.test(question) ? 'sum' : 'compare',
      };
    // ("行政编制几个" → "事业编" → "再加上工勤一共": the like things asked one by one, and the new one;
    // "加上视频会议运维三项一共" after 备品备件 then 光纤租费: as many as it says.)
    const counted = u.partial.counted;
    if (
      prevQuery?.subjects.length === 1 &&
      q.combine === 'sum' &&
      q.subjects.length === 2 &&
      (/再加上|再加|再算上/.test(question) || (counted ?? 0) > 2)
    ) {
      const fresh = q.subjects.find((x) => x.id !== prevQuery.subjects[0]!.id);
      const said = recentOf(prevQuery)
        .map((x) => this.entities.get(x.id))
        .filter((x): x is Entity => !!x);
      const first = said[0];
      const run: Entity[] = [];
      for (const e of said) {
        if (!first || e.kind !== first.kind || family(e) !== family(first) || !e.view().primary) break;
        run.push(e);
      }
      const upTo = counted ? run.slice(0, counted - 1) : run;
      if (
        fresh &&
        upTo.length >= 2 &&
        (!counted || upTo.length === counted - 1) &&
        !run.some((e) => e.id === fresh.id)
      )
        q = { ...q, subjects: [...upTo.reverse().map((e) => ({ id: e.id, name: e.name })), fresh] };
    }
    // ("这一款合计" after the largest and smallest under 2010399: the code they were ranked within, whole —
    // not the lines just listed, added up.)
    const within = prevQuery?.scope ?? prevQuery?.ranked?.scope;
    if (
      within &&
      /\/(?:functional|economic)\//.test(within.id) &&
      !u.partial.hasSubjects &&
      /(?:这|该|本|那)一?(?:个)?(?:款|项|类|科目)(?:的|里的?|下的?|下面的?)?(?:合计|总计|一共|总共|总额|总数|合起来|加起来|共)/.test(
        question,
      )
    ) {
      const { combine: _c, ...rest } = q;
      q = { ...rest, op: 'value', subjects: [within] };
      delete q.scope;
      delete q.order;
      delete q.n;
      delete q.nth;
    }
    // ("其他对个人和家庭的补助那两笔合计" after 离休费 and 退休费 of 2080501: a code has three lines, two of
    // them under the 功能 code the conversation was in — the lines it says it means.)
    const saidLines = /(?:那|这)([两三四五六七八九])(?:笔|条|项)/.exec(question)?.[1];
    const codeOfLines = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (prevQuery && saidLines && codeOfLines?.kind === 'economic' && codeOfLines.codes[0]) {
      const n = smallNumber(saidLines);
      const lines = l.ds.lineItems.filter((i) => i.departmentEconomic.code === codeOfLines.codes[0]);
      const functional = [...prevQuery.subjects, ...recentOf(prevQuery)]
        .map((x) => this.entities.get(x.id))
        .map((e) => (e?.kind === 'functional' ? e.codes[0] : e?.item?.functional?.code))
        .find((c): c is string => !!c);
      const within = functional ? lines.filter((i) => i.functional?.code === functional) : [];
      const es = within
        .map((i) => this.entities.get(`${l.ds.meta.id}/item/${i.id}`))
        .filter((e): e is Entity => !!e);
      if (lines.length !== n && es.length === n)
        q = { ...q, op: 'value', combine: 'sum', subjects: es.map((e) => ({ id: e.id, name: e.name })) };
    }
    // ("三个加一块多少万" after 移动视频 then 2710会议室那两个项目: the two just summed and the one before.)
    if (
      prevQuery &&
      counted &&
      q.combine === 'sum' &&
      !u.partial.hasSubjects &&
      q.subjects.length < counted
    ) {
      const extra = recentOf(prevQuery).filter(
        (x, i, all) =>
          all.findIndex((y) => y.id === x.id) === i &&
          !q.subjects.some((y) => y.id === x.id) &&
          !!this.entities.get(x.id)?.view().primary,
      );
      if (q.subjects.length + extra.length >= counted)
        q = { ...q, subjects: [...extra.slice(0, counted - q.subjects.length).reverse(), ...q.subjects] };
    }
    // "经济分类是哪个" after a ranking that found one thing ("对应哪个项级科目"): about that thing.
    const onlyListed =
      options.previous?.list?.length === 1 ? this.entities.get(options.previous.list[0]!) : undefined;
    if (
      merged &&
      prevQuery?.op === 'rank' &&
      onlyListed &&
      !u.partial.hasSubjects &&
      q.op !== 'rank' &&
      q.subjects.length === 0
    ) {
      q = { ...q, subjects: [{ id: onlyListed.id, name: onlyListed.name }] };
      delete q.scope;
    }
    // "2019那笔记在哪个经济分类" after 2018年 and 2019年无线网络租赁费: the one of them its year names.
    const yearPick = /((?:19|20)\d{2})年?(?:的)?(?:那|这)(?:笔|个|项|一笔|一项)/.exec(question)?.[1];
    const ofYear = yearPick ? q.subjects.filter((s) => s.name.startsWith(`${yearPick}年`)) : [];
    if (merged && !u.partial.hasSubjects && q.subjects.length > 1 && ofYear.length === 1) {
      q = { ...q, subjects: ofYear, time: 'current' };
      delete q.combine;
    }
    // What the user last saw listed: the previous answer's list, or one remembered from a turn before it
    // ("第三个多少钱" → "最后一个呢": the list two turns back).
    const shownList: string[] = prevQuery?.listed ?? options.previous?.list ?? [];
    // "前两个一共" with no list shown: the first things the conversation asked about, not a ranking.
    const firstN = /^(?:那|把)?(?:最)?前(?:面)?([两二三四])(?:个|项|笔)/.exec(question)?.[1];
    if (
      prevQuery &&
      firstN &&
      !u.partial.hasSubjects &&
      !u.reading.marks.some((k) => k.mark.cat === 'order') &&
      (q.combine === 'sum' || q.combine === 'compare' || q.combine === 'each')
    ) {
      const k = '两二三四'.indexOf(firstN) < 2 ? 2 : '两二三四'.indexOf(firstN) + 1;
      const asked = [...recentOf(prevQuery)].reverse();
      if (shownList.length < k && asked.length >= k) {
        const { nth: _n, order: _o, scope: _s, n: _c, ...rest } = q;
        q = { ...rest, op: 'value', subjects: asked.slice(0, k) };
      }
    }
    // "一和三加起来", "第二个和第四个比": those places of the list shown, asked together.
    const places = POSITIONS.exec(question.replace(/^(?:把|那|就|那就)/, ''));
    const at = places ? [places[1], places[2], places[3]].flatMap((p) => (p ? [smallCount(p)] : [])) : [];
    if (
      prevQuery &&
      places &&
      !u.partial.hasSubjects &&
      at.length >= 2 &&
      at.every((k) => k && k <= shownList.length) &&
      new Set(at).size === at.length
    ) {
      const es = at.map((k) => this.entities.get(shownList[k! - 1]!)).filter((e): e is Entity => !!e);
      if (es.length === at.length) {
        const { nth: _n, order: _o, scope: _s, n: _c, ...rest } = q;
        q = {
          ...rest,
          op: q.op === 'rank' ? 'value' : q.op,
          subjects: es.map((e) => ({ id: e.id, name: e.name })),
          combine: q.combine ?? 'each',
        };
      }
    }
    // "它和第一个差多少", "比刚才第一个多多少": the thing now against the first listed (or asked about).
    const against =
      /(?:和|跟|与|同|比)(?:刚才|上面|前面)?(?:的|那)?第([一二两三四五六七八九十\d]+)(?:个|项|笔|条|名)/.exec(
        question,
      );
    const kth = smallCount(against?.[1]);
    if (
      merged &&
      prevQuery?.subjects.length === 1 &&
      kth &&
      /差|多|少|比|倍/.test(question.replace(against![0], ''))
    ) {
      const oldest = recentOf(prevQuery);
      const id =
        shownList.length >= kth ? shownList[kth - 1] : kth === 1 ? oldest[oldest.length - 1]?.id : undefined;
      const other = id ? this.entities.get(id) : undefined;
      if (other && other.id !== prevQuery.subjects[0]!.id) {
        const { nth: _n, order: _o, scope: _s, ...rest } = q;
        q = {
          ...rest,
          op: 'value',
          subjects: [prevQuery.subjects[0]!, { id: other.id, name: other.name }],
          combine: 'compare',
        };
      }
    }
    // "另一笔呢", "剩下那个多少": the one thing the previous answer listed that the conversation has not
    // talked about yet (after "还有别的吗", a bare 那个 is that one too).
    const listedBefore = shownList;
    let otherPicked = false;
    if (merged && prevQuery && !u.partial.hasSubjects && listedBefore.length > 1) {
      // (Said: what the turn before was about — after a list, everything talked about since.)
      const picked = prevQuery.op !== 'rank' && prevQuery.op !== 'detail' && prevQuery.op !== 'count';
      const said = new Set(
        (picked && prevQuery.subjects.length ? prevQuery.subjects : recentOf(prevQuery)).map((s) => s.id),
      );
      if (prevQuery.op === 'rank') said.add(listedBefore[(prevQuery.nth ?? 1) - 1] ?? '');
      const rest = listedBefore.filter((id) => !said.has(id));
      const other =
        /另(?:外)?(?:一|那|几)(?:个|笔|项|块|行)|剩(?:下|余)(?:的|那|[两二三四五六几](?:个|块|笔|项|条))|其余(?:那|的)/.test(
          question,
        ) ||
        (/^那(?:个|笔|项)(?!都|些)/.test(question.trim()) &&
          (prevQuery.op === 'detail' || prevQuery.op === 'rank') &&
          rest.length === 1);
      // ("最后一个呢", "倒数第二个多少": a place counted from the end of what was listed.)
      const last = /最后(?:一个|那个|一项|那项|一笔|那笔|一条|那条|一块|那块|个|项|笔|条)/.test(question)
        ? 1
        : smallCount(/倒数第([一二两三四五六七八九十\d]+)/.exec(question)?.[1]);
      const fromBottom = smallCount(/倒数第([一二两三四五六七八九十\d]+)/.exec(question)?.[1]);
      if (fromBottom && prevQuery.op === 'rank' && prevQuery.order === 'asc') {
        // ("倒数第二" after "最小的": the second smallest of all it ranked, not the fourth of five shown.)
        const { subjects: _s, nth: _n, n: _c, ...ranking } = prevQuery;
        q = { ...q, ...ranking, op: 'rank', nth: fromBottom, order: 'asc', subjects: prevQuery.subjects };
        otherPicked = true;
      } else if (last && last <= listedBefore.length) {
        q = { ...q, op: 'rank', nth: listedBefore.length - last + 1, order: prevQuery.order ?? 'desc' };
        delete q.scope;
        otherPicked = true;
      } else if (other && rest.length === 1 && said.size > 0) {
        const nth = listedBefore.indexOf(rest[0]!) + 1;
        q = { ...q, op: 'rank', nth, order: prevQuery.order ?? 'desc' };
        delete q.scope;
        otherPicked = true;
      } else if (other && rest.length > 1 && said.size > 0) {
        // ("剩下的呢" after the largest of three: the others, each.)
        const es = rest.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e);
        const subjects = es.map((e) => ({ id: e.id, name: e.name }));
        // ("剩下两块加起来呢": those, summed.)
        const each: Query = { ...q, op: 'value', combine: q.combine === 'sum' ? 'sum' : 'each', subjects };
        delete each.scope;
        delete each.nth;
        delete each.n;
        return this.withQuery(answerMulti(l, es.slice(0, 25), each, '上文所列的其余各项'), each);
      }
    }
    // "第二个多少" with nothing listed before and no ranking word (大, 多, 高…): a place in a list that was
    // never shown — asked back, never the second largest line of everything.
    const nthMark = u.reading.numbers.find((n) => n.kind === 'nth');
    const unlisted =
      q.op === 'rank' &&
      q.nth &&
      nthMark?.kind === 'nth' &&
      nthMark.order === null &&
      !/排|名/.test(u.reading.text) &&
      !u.reading.marks.some((k) => ['order', 'noun', 'level'].includes(k.mark.cat)) &&
      !u.partial.query.scope &&
      !u.partial.hasSubjects &&
      shownList.length < 2 &&
      !prevQuery?.ranked &&
      // (…nor after a place asked — "它在项目里排第几" — whose ranking "第一是哪个" goes on with.)
      !prevQuery?.noun &&
      prevQuery?.op !== 'rank';
    // (…unless things were asked one by one before it: "the first one" is the first of those asked.)
    const asked = prevQuery ? [...recentOf(prevQuery)].reverse() : [];
    // ("主要职责有几项" → "第六项是啥": the duty of that number, quoted.)
    const duties = l.ds.narrative.responsibilities;
    const duty =
      unlisted && q.nth && prevQuery?.subjects.some((x) => x.id.endsWith('/topic/responsibilities'))
        ? duties.find((d) => d.number === q.nth)
        : undefined;
    if (duty)
      return this.withQuery(
        makeAnswer({
          kind: 'fact',
          title: `主要职责第 ${duty.number} 项`,
          lines: [
            `${duty.number}. ${duty.text}`,
            `（部门主要职责共 ${duties.length} 项，第 ${duty.line} 行。）`,
          ],
          sources: [
            { kind: 'narrative' as const, section: '部门主要职责', quote: duty.text, line: duty.line },
          ],
          datasets: [datasetRef(l.ds)],
          suggestions: ['主要职责有哪些'],
        }),
        prevQuery!,
      );
    // ("目标有几个" → "第三个说的啥": the sentence of that place among those just quoted.)
    const read =
      unlisted && q.nth && prevQuery?.said && prevQuery.said.length >= 2
        ? this.passages(l).filter((p) => prevQuery.said!.includes(p.line))
        : [];
    if (read.length >= 2 && q.nth! <= read.length) {
      const p = read[q.nth! - 1]!;
      return this.withQuery(
        this.quotedLines(
          l,
          `刚才引用的第 ${q.nth} 条`,
          `刚才引用的第 ${q.nth} 条（共 ${read.length} 条）：`,
          [p],
          undefined,
          [],
        ),
        prevQuery!,
      );
    }
    // ("表七总计多少" → "第2项是啥": the row the table numbers so, "2、公务接待费".)
    const tableAbout =
      unlisted && q.nth ? prevQuery?.subjects.find((x) => x.id.includes('/table/')) : undefined;
    const numbered = tableAbout ? this.numberedRow(l, tableAbout.id, q.nth!) : undefined;
    if (numbered) q = askedOf(q, askedOfOne(u) ?? 'value', [numbered]);
    else if (unlisted && q.nth && asked.length >= 2 && q.nth <= asked.length) {
      const e = this.entities.get(asked[q.nth - 1]!.id);
      if (e) q = askedOf(q, askedOfOne(u) ?? 'value', [e]);
    } else if (unlisted)
      return makeAnswer({
        kind: 'not_found',
        title: `上文没有可以数第 ${q.nth} 个的列表`,
        lines: [
          `上一个回答没有列出一串项目，所以“第 ${q.nth} 个”指的是哪一项不清楚。请先问一个列表（例如“项目支出最大的五个”），或直接说出名称。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: ['项目支出最大的五个', '三公经费分别多少'],
      });
    // "第二个呢？": a place in the previous list.
    // ("第二大的负责人" after a ranking the same way: its second.)
    const sameOrder =
      otherPicked ||
      !u.partial.query.order ||
      (prevQuery?.op === 'rank' && (prevQuery.order ?? 'desc') === u.partial.query.order) ||
      // ("超过500万的项目有哪些" → "第四大的": those found are listed largest first.)
      (prevQuery?.op === 'find_by_amount' && u.partial.query.order === 'desc');
    // ("第二呢" after "哪个最多" and "占多少": the second of that ranking, ranked again for that place.)
    const again = prevQuery?.op === 'rank' ? rankingOf(prevQuery) : prevQuery?.ranked;
    const beyond =
      q.op === 'rank' &&
      q.nth &&
      !otherPicked &&
      !u.partial.hasSubjects &&
      !u.partial.query.scope &&
      again &&
      (prevQuery?.op !== 'rank' || (options.previous?.list?.length ?? 0) < q.nth) &&
      // (A list still shown that reaches that place is what it counts in: "second one" → "first one".)
      !(prevQuery?.op !== 'rank' && shownList.length >= q.nth && !prevQuery?.ranked?.order);
    if (
      beyond &&
      again &&
      q.nth &&
      (!u.partial.query.order || u.partial.query.order === (again.order ?? 'desc'))
    ) {
      // (What that ranking was among or within is all of where: not the one it found, the scope merged in.)
      const { whole: _whole, n: _n, scope: _scope, ...rest } = q;
      q = { ...rest, ...again, op: 'rank', nth: q.nth, order: again.order ?? 'desc' };
    } else if (
      q.op === 'rank' &&
      q.nth &&
      sameOrder &&
      (otherPicked || !u.partial.query.scope) &&
      shownList.length > 0
    ) {
      const id = shownList[q.nth - 1];
      const e = id ? this.entities.get(id) : undefined;
      if (!e)
        return makeAnswer({
          kind: 'not_found',
          title: `上文没有第 ${q.nth} 项`,
          lines: [`上一个答案只列了 ${shownList.length} 项。`],
          datasets: [datasetRef(l.ds)],
        });
      // The ones ranked above it are remembered too ("两个差多少" after 第一 and 第二).
      const above = shownList
        .slice(0, q.nth - 1)
        .reverse()
        .map((id) => this.entities.get(id))
        .filter((x): x is Entity => !!x)
        .map((x) => ({ id: x.id, name: x.name }));
      // "第三个负责人是谁": what is asked of it, when the question says (负责人, 代码, 出处), else its amount.
      // ("另一笔呢" after a code was asked: the other's code.)
      const asked =
        askedOfOne(u) ??
        // ("最后一个呢，占比多少": its share.)
        (u.reading.marks.some((k) => k.mark.cat === 'share') ? ('share' as const) : undefined) ??
        // ("最后那个下面两项各多少": the codes under it.)
        (e.kind === 'functional' && BELOW_ASKED.test(question) ? ('breakdown' as const) : undefined) ??
        (otherPicked && prevQuery && ['code', 'where', 'owner', 'definition'].includes(prevQuery.op)
          ? (prevQuery.op as 'code' | 'where' | 'owner' | 'definition')
          : undefined);
      // (…and what it was listed in: "占多少" after it is a share of that.)
      const held = prevQuery?.scope ?? (prevQuery?.op !== 'rank' ? prevQuery?.subjects[0] : undefined);
      // (…a whole, not another line picked before: "second one" → "first one".)
      const container = held && !this.entities.get(held.id)?.item ? held : undefined;
      const picked: Query = {
        ...q,
        op: asked ?? 'value',
        subjects: [{ id: e.id, name: e.name }],
        recent: [...above, ...(prevQuery ? recentOf(prevQuery) : [])]
          .filter((x, i, all) => x.id !== e.id && all.findIndex((y) => y.id === x.id) === i)
          .slice(0, 4),
        ...(prevQuery?.op === 'rank'
          ? { ranked: rankingOf(prevQuery) }
          : container
            ? { ranked: { subjects: [], scope: container } }
            : {}),
        // (…and the list it was counted in, for "第三个呢" next: the third of that list, not a ranking.)
        ...(prevQuery?.op !== 'rank' && !prevQuery?.ranked?.order ? { listed: [...shownList] } : {}),
      };
      delete picked.nth;
      delete picked.order;
      const interp = `按上文第 ${q.nth} 项：${e.name}`;
      const answer = asked
        ? this.execute(l, picked, u, { question, merged: true, tooLong, options, clause: !whole })
        : this.lookup(l, e, toParsed(question), interp);
      return this.withQuery(answer, picked);
    }
    // "具体是哪几项" after a count or a list: the things the previous answer counted or listed.
    const listed = options.previous?.list;
    // "2050803属于哪个类", "属于哪一款" after a code: the class (or 款) above it; "对应哪个项级科目" after a
    // class: the codes of that level below it.
    const upTo =
      /(?:(?:属于|归|是|在|对应)(?:哪|什么)(?:个|一|些|几个)?|有哪(?:些|几个)|哪几个|(?:上面|上级|上一级)的?|(?:它|其)(?:下面|下边|底下|以下)的?)(类|款|项)(?![里中下目]|(?:部门|政府)?(?:经济|功能)|(?:分类)?科目)/.exec(
        question,
      )?.[1] ??
      /(?:在|挂在|归在)(?:哪|什么)(?:个|一)?(类|款)(?:下面|下边|底下|下)/.exec(question)?.[1] ??
      // ("类级名称" after 2050803: the 类 it is in.)
      (merged
        ? (/^(?:它的|那|这个|那个|它|所属的?)?(类|款)级?(?:科目)?的?(?:名称|名字|叫什么|叫啥|是什么|是啥|是哪个)[？?]?$/.exec(
            question.trim(),
          )?.[1] ??
          // ("哪个类" after 培训费: the 类 it is in.)
          /^(?:那|它)?(?:是|属于|在)?(?:哪个|哪一|什么|啥)(类|款)(?:呢|啊|的)?[？?]?$/.exec(
            question.trim(),
          )?.[1])
        : undefined);
    const one = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    // (A line of 表九 is under the functional code it is listed with: "它上面的类是哪个" after 培训费.)
    const coded =
      upTo && one?.item?.functional
        ? (this.entities.get(`${l.ds.meta.id}/functional/${one.item.functional.code}`) ?? one)
        : one;
    // ("上级科目" after 2010301: the code one level up, 20103.)
    const parent =
      !upTo && /上级科目|上一级科目|上级|上一级|父级/.test(question) && coded?.kind === 'functional'
        ? (coded.codes[0]?.length ?? 0) - 2
        : 0;
    if (parent >= 3 && coded) {
      const above = this.entities.get(`${l.ds.meta.id}/functional/${coded.codes[0]!.slice(0, parent)}`);
      if (above) {
        const said = `${coded.codes[0]} ${coded.name} 的上级科目：${above.codes[0]} ${above.name}。`;
        const a = this.lookup(l, above, toParsed(question), `${coded.name} 的上级科目`);
        return this.withQuery({ ...a, lines: [said, ...a.lines] }, askedOf(q, 'value', [above]));
      }
    }
    const width = upTo === '类' ? 3 : upTo === '款' ? 5 : 7;
    if (upTo && coded?.kind === 'functional' && (coded.codes[0]?.length ?? 99) < width && q.op !== 'rank') {
      const { whole: _w, combine: _c, nth: _nth, ...rest } = q;
      q = {
        ...rest,
        op: 'rank',
        subjects: [],
        scope: q.subjects[0]!,
        level: upTo as '类' | '款' | '项',
        order: 'desc',
        n: 25,
      };
    } else if (
      upTo &&
      coded &&
      (coded.kind === 'functional' || coded.kind === 'economic') &&
      (coded.codes[0]?.length ?? 0) > width
    ) {
      const above = this.entities.get(`${l.ds.meta.id}/${coded.kind}/${coded.codes[0]!.slice(0, width)}`);
      if (above) {
        const said = `${coded.codes[0]} ${coded.name} 属于${upTo}：${above.codes[0]} ${above.name}。`;
        const a = this.lookup(l, above, toParsed(question), `${coded.name} 所属的${upTo}`);
        return this.withQuery({ ...a, lines: [said, ...a.lines] }, askedOf(q, 'value', [above]));
      }
    }
    // "它们属于哪个款" after two lines: the 款 above each — said once when they share it.
    if (
      upTo &&
      q.subjects.length > 1 &&
      q.subjects.length <= 6 &&
      !/经济分类|政府经济|部门经济|经济科目/.test(question)
    ) {
      const codes = q.subjects.map((x) => {
        const e = this.entities.get(x.id);
        return e?.item?.functional
          ? this.entities.get(`${l.ds.meta.id}/functional/${e.item.functional.code}`)
          : e;
      });
      const aboves = codes.map((c) =>
        c && (c.kind === 'functional' || c.kind === 'economic') && (c.codes[0]?.length ?? 0) > width
          ? this.entities.get(`${l.ds.meta.id}/${c.kind}/${c.codes[0]!.slice(0, width)}`)
          : undefined,
      );
      if (aboves.every((x) => !!x)) {
        const distinct = aboves.filter((x, i) => aboves.findIndex((y) => y!.id === x!.id) === i) as Entity[];
        const said = q.subjects.map(
          (x, i) => `${x.name} 属于${upTo}：${aboves[i]!.codes[0]} ${aboves[i]!.name}。`,
        );
        if (distinct.length === 1) {
          const a = this.lookup(
            l,
            distinct[0]!,
            toParsed(question),
            `${q.subjects.map((x) => x.name).join('、')} 所属的${upTo}`,
          );
          const both = `${q.subjects.map((x) => x.name).join('、')} 都属于${upTo}：${distinct[0]!.codes[0]} ${distinct[0]!.name}。`;
          return this.withQuery({ ...a, lines: [both, ...a.lines] }, askedOf(q, 'value', distinct));
        }
        const subjects = distinct.map((e) => ({ id: e.id, name: e.name }));
        const a = answerMulti(l, distinct, { ...q, op: 'value', combine: 'each', subjects }, `所属的${upTo}`);
        return this.withQuery(
          { ...a, lines: [...said, ...a.lines] },
          { ...q, op: 'value', combine: 'each', subjects },
        );
      }
    }
    // "这是首笔款吧，占项目总预算多少" after a project whose form puts part of its money off (尾款): this
    // year's money (or the 尾款) as a share of the two together — never of 项目支出.
    const ofTotal =
      q.op === 'share' &&
      /项目总预算|项目的总预算|项目预算总额|整个项目的?预算|(?:它|其|这个项目)的?总预算/.test(question)
        ? this.shareOfProjectTotal(l, [...q.subjects, ...(prevQuery?.subjects ?? [])], question)
        : null;
    if (ofTotal) return this.withQuery(ofTotal, q);
    // "项目支出呢（万）" after 负责人 and 电话: a unit or an amount asked is the amount, not a person.
    if (
      merged &&
      q.op === 'owner' &&
      !u.partial.hasOp &&
      (u.partial.hasUnit || u.partial.namesAmount) &&
      !/负责|电话|联系|谁/.test(question)
    )
      q = { ...q, op: 'value', phone: false };
    // "经济分类是哪个" after one item: its code, not a breakdown of everything.
    if (
      merged &&
      q.op === 'breakdown' &&
      !u.partial.hasSubjects &&
      q.subjects.length === 1 &&
      ['item', 'glossary', 'functional', 'economic'].includes(
        this.entities.get(q.subjects[0]!.id)?.kind ?? '',
      ) &&
      /哪个|哪一|什么|是啥|编码|代码/.test(question)
    )
      q = { ...q, op: 'code' };
    // ("哪个功能类支出最小" → "它下面具体是啥项": 它 is the one the ranking put first, not all it listed.)
    const firstRanked =
      merged &&
      // (…"它去年预算多少": 预算 there is no subject of its own.)
      (!u.partial.hasSubjects || u.partial.query.subjects.every((x) => /\/topic\/expenditure$/.test(x.id))) &&
      prevQuery?.op === 'rank' &&
      listed &&
      listed.length > 1 &&
      /^(?:那)?(?:它|其|这个|该)(?![们些几俩])/.test(question.trim()) &&
      !/各|分别|都|这些|它们/.test(question)
        ? this.entities.get(listed[0]!)
        : undefined;
    if (firstRanked)
      q = { ...q, subjects: [{ id: firstRanked.id, name: firstRanked.name }], combine: undefined };
    else if (merged && q.op === 'detail' && !u.partial.hasSubjects && listed && listed.length > 1) {
      const es = listed.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e);
      if (es.length > 1) {
        const subjects = es.map((e) => ({ id: e.id, name: e.name }));
        return this.withQuery(
          answerMulti(l, es.slice(0, 25), { ...q, op: 'value', combine: 'each', subjects }, '按上文所列'),
          {
            ...q,
            op: 'value',
            subjects,
          },
        );
      }
    }
    // "另外一项是什么" after one of a code's parts: the others of its level under the code asked before.
    const others = prevQuery && /另外|剩下|其余|另一/.test(question) ? this.siblings(prevQuery) : [];
    // (…the code named — "2010302下另一个项目" — being the one the line before is filed under.)
    const namesItsCode =
      u.partial.query.subjects.length === 1 &&
      prevQuery?.op === 'code' &&
      others.length > 0 &&
      others.every(
        (e) => e.item && this.entities.get(u.partial.query.subjects[0]!.id)?.codes[0] !== undefined,
      ) &&
      others.every((e) =>
        [e.item!.functional?.code, e.item!.departmentEconomic.code, e.item!.governmentEconomic.code].includes(
          this.entities.get(u.partial.query.subjects[0]!.id)!.codes[0],
        ),
      );
    if ((merged || namesItsCode) && others.length > 0 && (!u.partial.hasSubjects || namesItsCode)) {
      const subjects = others.map((e) => ({ id: e.id, name: e.name }));
      q = {
        ...q,
        op: q.op === 'definition' ? 'value' : q.op,
        subjects,
        combine: subjects.length > 1 ? 'each' : undefined,
      };
    }
    // A follow-up that names something several things share, none of which it is now about: which one
    // is asked back — never the thing before answered again ("那这个中心的以前年度尾款呢").
    // "所有尾款加一起": every line of a name several share — not the ones of it talked about so far.
    const every = u.mentions.find((m) => !m.entity && (m.ambiguous?.length ?? 0) > 1);
    const allLines = every?.ambiguous?.filter((e) => e.item) ?? [];
    if (
      every &&
      /所有|全部/.test(question) &&
      !/这些|这几/.test(question) &&
      q.combine === 'sum' &&
      q.subjects.length > 0 &&
      q.subjects.length < allLines.length &&
      u.mentions.length === 1
    )
      q = { ...q, subjects: allLines.slice(0, 25).map((e) => ({ id: e.id, name: e.name })) };
    // "加起来" with only one thing talked about (the sentences quoted about one project): nothing to add —
    // asked back, never that one thing's own figure as the sum.
    if (
      merged &&
      q.combine === 'sum' &&
      q.subjects.length === 1 &&
      !u.partial.hasSubjects &&
      /^(?:那|都|全部)?(?:加起来|加一起|加在一起|相加|合起来)(?:是|一共|共)?(?:多少|呢|是多少)?[？?]?$/.test(
        question.trim(),
      )
    )
      return makeAnswer({
        kind: 'not_found',
        title: '要把哪几项加起来？',
        lines: [
          `上文只说到一项（${q.subjects[0]!.name}），没有可以相加的几项数字。请说出要相加的项目，例如“公务接待费和公务用车运行维护费加起来”。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: ['三公经费分别多少'],
      });
    // ("表九里这个科目下有哪几种经济分类": the economic codes its lines use — 款 (30201…), not their 类.)
    if (
      q.op === 'breakdown' &&
      !q.level &&
      (q.dimension === 'economic' || q.dimension === 'government_economic') &&
      /哪几种|哪些|哪几个|哪几类|有什么|都有啥/.test(question)
    )
      q = { ...q, level: '款' };
    // ("剩下两笔各多少" → "总额换算成万元": the total of the code they are the rest of, not their sum.)
    if (
      merged &&
      !u.partial.hasSubjects &&
      /总额|总数|总计/.test(question) &&
      prevQuery?.scope &&
      /\/(?:economic|functional)\//.test(prevQuery.scope.id) &&
      q.subjects.length > 1 &&
      q.subjects.every((x) => x.id.includes('/item/'))
    )
      q = { ...q, op: 'value', subjects: [prevQuery.scope], combine: undefined, scope: undefined };
    // ("amount covered?" after a score, "多少钱" after a number of people: money asked of something that
    // is no money and has none stated beside it — said so, never the score or the count in its place.)
    if (
      merged &&
      !u.partial.hasSubjects &&
      q.op === 'value' &&
      q.subjects.length > 0 &&
      /钱|金额|资金|万元|amount|money|how much|cost|funding/i.test(question)
    ) {
      const es = q.subjects.map((x) => this.entities.get(x.id));
      const moneyless = es.every((e) => {
        const f = e?.view().primary;
        return !!e && e.kind === 'fact' && !!f && !isMoneyUnit(f.unit) && !this.valuedFact(l, e);
      });
      if (moneyless)
        return makeAnswer({
          kind: 'not_found',
          title: `${q.subjects.map((x) => x.name).join('、')} 没有金额`,
          lines: [
            `上文说的是${q.subjects.map((x) => x.name).join('、')}（${es
              .map((e) => formatFigureValue(e!.view().primary!))
              .join('、')}），不是一笔钱；文件没有写它的金额。请说出要问的支出名称。`,
          ],
          datasets: [datasetRef(l.ds)],
          suggestions: ['项目支出多少', '三公经费多少'],
        });
    }
    // ("表十一里项目支出写的多少万" → "说明里写的呢": the same total as the narrative quotes it — 项目支出
    // （绩效说明所引）, 8,691.03 万元 — when it quotes one under that name.)
    const total = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (
      merged &&
      total &&
      !u.partial.hasSubjects &&
      /^(?:那|那么)?(?:在)?(?:说明|情况说明|文字说明|文字|文中|原文|正文|绩效那段|那段文字)(?:里|中|上|部分)?(?:面)?(?:写的|说的|用的|引的|提的|的)?(?:是)?(?:多少万?|几|数)?(?:呢|啊|嘞)?[？?]?$/.test(
        question.trim(),
      )
    ) {
      const quoted = narrativeFigure(this.understandContext(l), total.requires ?? total.name);
      if (quoted && quoted.id !== total.id)
        q = { ...q, op: 'value', subjects: [{ id: quoted.id, name: quoted.name }] };
    }
    // ("部门整体绩效目标表资金总额" → "基本支出那块填的多少": a total named after a figure of the 整体绩效
    // form is the form's figure of it — 3,753.62 万元 as the form writes it.)
    if (
      u.partial.hasSubjects &&
      /填|那块|那栏|这栏|表里|写的|写了/.test(question) &&
      prevQuery?.subjects.length &&
      prevQuery.subjects.every((x) => x.id.includes('/fact/overall.funding.'))
    ) {
      const ctx = this.understandContext(l);
      const own = q.subjects.map((x) => {
        const e = this.entities.get(x.id);
        return e?.kind === 'topic' ? formFigure(ctx, e.name) : undefined;
      });
      if (own.length > 0 && own.every((e) => !!e))
        q = { ...q, subjects: own.map((e) => ({ id: e!.id, name: e!.name })) };
    }
    // ("表十一基本支出写的多少" → "项目呢": the form's other figure, named by the start of its label.)
    const formWord =
      /^(?:那|那么)?(\p{Script=Han}{2,4}?)(?:支出)?(?:的)?(?:呢|写的多少|填的多少|是多少|多少)[？?]?$/u.exec(
        question.trim(),
      )?.[1];
    if (
      formWord &&
      prevQuery?.subjects.length &&
      prevQuery.subjects.every((x) => x.id.includes('/fact/overall.funding.'))
    ) {
      const ctx = this.understandContext(l);
      const labels = ['基本支出', '项目支出', '资金总额'].filter((x) => x.startsWith(formWord));
      const own = labels.length === 1 ? formFigure(ctx, labels[0]!) : undefined;
      if (own && !prevQuery.subjects.some((x) => x.id === own.id))
        q = { ...q, op: 'value', subjects: [{ id: own.id, name: own.name }] };
    }
    // (Codes read in 表六 — "表六 30103 奖金" — are remembered as read there, for "差多少" after 表九's line.)
    const sixNo = tableNo(l.ds, '基本支出');
    const sixNamed = u.mentions.some((m) => m.entity?.id === `${l.ds.meta.id}/table/${sixNo}`);
    // ("住房公积金和购房补贴" → "这两项在表二里加起来": the things pointed at, added — each as the table named
    // gives it when it does (表九's 住房公积金 line is 表二's 2210201, the same amount) — never the table's own
    // total in their place.)
    const tableOnly = u.mentions.length > 0 && u.mentions.every((m) => m.entity?.kind === 'table');
    const pointed = (prevQuery?.subjects ?? []).filter((x) => !x.id.includes('/table/'));
    if (
      tableOnly &&
      pointed.length >= 2 &&
      /这(?:两|俩|几|[三四五])(?:项|个|笔|条|样)?|它们|这些|两者|二者/.test(question) &&
      /加起来|加一起|一共|总共|合计|总计|之和|相加/.test(question)
    ) {
      const named = tableNoOf(u.mentions[0]!.entity!.id);
      const asRead = pointed.map((x) => {
        const e = this.entities.get(x.id);
        const code = e?.item?.functional?.code;
        const row = code ? this.entities.get(`${l.ds.meta.id}/functional/${code}`) : undefined;
        const [a, b] = [e?.view().primary, row?.view().primary];
        return e &&
          row &&
          a &&
          b &&
          a.value.equals(b.value) &&
          a.unit === b.unit &&
          !this.tablesGiving(l, e).includes(named) &&
          this.tablesGiving(l, row).includes(named)
          ? { id: row.id, name: row.name }
          : x;
      });
      q = { ...q, op: 'value', subjects: asRead, combine: 'sum', scope: undefined };
    }
    // ("30213" → "基本支出里安排了多少" → "那表九里全部加起来呢": the code over the whole table — every
    // part of spending — not the table's own total.)
    const codeOfPart = prevQuery?.subjects.find((x) => /\/(?:economic|functional)\//.test(x.id));
    if (
      codeOfPart &&
      (prevQuery?.subjects.length ?? 0) > 1 &&
      // (…the code read within a part of spending; not one of two lines asked side by side — "住房公积金和
      // 购房补贴" → "这两项在表二里加起来" is both of them.)
      prevQuery!.subjects.every(
        (x) => x === codeOfPart || /\/topic\/(?:basic|project|personnel|public)$/.test(x.id),
      ) &&
      u.mentions.length > 0 &&
      u.mentions.every((m) => m.entity?.kind === 'table') &&
      /全部|所有|一共|总共|加起来|加一起|合计|总的/.test(question) &&
      q.subjects.every((x) => x.id.includes('/table/'))
    )
      q = {
        ...q,
        op: 'value',
        // (…over that table: not the 表六 row the turn before read it in.)
        subjects: [{ id: codeOfPart.id, name: codeOfPart.name }],
        combine: undefined,
        scope: undefined,
      };
    // ("住房公积金表五多少" → "表六呢": 表六 has no lines — the line's economic code, as 表六's row gives it.)
    const oneLine = q.subjects.length === 1 ? this.entities.get(q.subjects[0]!.id) : undefined;
    if (sixNamed && merged && !u.partial.hasSubjects && oneLine?.item?.spending === 'basic') {
      const code = this.entities.get(`${l.ds.meta.id}/economic/${oneLine.item.departmentEconomic.code}`);
      if (code && l.entities.basicTableFigure(code.codes[0]!))
        q = { ...q, subjects: [{ id: code.id, name: code.name }] };
    }
    if (sixNamed)
      q = {
        ...q,
        subjects: q.subjects.map((x) => (x.id.includes('/economic/') ? { ...x, table: sixNo } : x)),
      };
    // ("表六里50101加起来多少" → "表九里呢": the code as 表九 gives it, no longer its 表六 rows.)
    const nineNamedOnly =
      merged &&
      u.mentions.length > 0 &&
      u.mentions.every((m) => m.entity?.id === `${l.ds.meta.id}/table/${tableNo(l.ds, '部门预算明细')}`);
    if (nineNamedOnly && q.subjects.some((x) => x.table === sixNo))
      q = {
        ...q,
        subjects: q.subjects
          .filter((x) => !x.id.includes('/table/'))
          .map((x) => (x.table === sixNo ? { id: x.id, name: x.name } : x)),
      };
    // ("社保就业占总支出多少" → "住房保障呢" → "两个加起来呢" / "Combined?": their sum's share of the same
    // whole — the question is still a share.)
    if (
      merged &&
      prevQuery?.op === 'share' &&
      q.op === 'value' &&
      q.combine === 'sum' &&
      q.subjects.length >= 2 &&
      !u.partial.hasSubjects &&
      !u.partial.hasUnit &&
      !/多少钱|金额|多少元|多少万|how much|amount/i.test(question)
    )
      q = { ...q, op: 'share', ...(prevQuery.whole ? { whole: prevQuery.whole } : {}) };
    // ("支出预算" → "按比例项目支出占多少": the whole budget is never a part of anything — the thing named
    // with it is the part, and the budget the whole; "基本支出呢" next keeps that whole.)
    const wholeBudget = [`${l.ds.meta.id}/topic/expenditure`, `${l.ds.meta.id}/topic/income`];
    const [asPart] = q.subjects;
    if (
      q.op === 'share' &&
      q.subjects.length === 1 &&
      q.whole &&
      wholeBudget.includes(asPart!.id) &&
      !wholeBudget.includes(q.whole.id)
    )
      q = {
        ...q,
        subjects: [{ id: q.whole.id, name: q.whole.name }],
        whole: { id: asPart!.id, name: asPart!.name },
      };
    let answer = this.execute(l, q, u, { question, merged, tooLong, options, clause: !whole });
    // ("表七总计多少" → "它的部门经济分类编码": a table has no 科目编码 — said so, never its total in the
    // code's place.)
    if (q.op === 'code' && answer.kind === 'table' && q.subjects.every((x) => x.id.includes('/table/')))
      answer = makeAnswer({
        kind: 'not_found',
        title: `「${clip(q.subjects[0]?.name ?? '这张表', 30)}」是一张表，没有科目编码`,
        lines: [
          `科目编码属于表中的某一行（某个科目或某笔明细），不属于整张表。请说出要查的那一行，例如“${q.subjects[0]?.name.split(' ')[0] ?? '表九'}里公务接待费的经济分类编码”。`,
        ],
        datasets: [datasetRef(l.ds)],
        subject: answer.subject,
      });
    // ("最大的项目负责人是谁", "who's the project lead for the first one?": the one ranked there, asked the
    // rest of the question — its owner, its code — not the ranking again.)
    const askedOfRanked =
      q.op === 'rank' && !q.n
        ? marksOf(u.reading, 'measure')
            .map((m) => m.mark.value)
            .find(
              (v): v is 'owner' | 'phone' | 'code' | 'where' =>
                v === 'owner' ||
                v === 'phone' ||
                // (Its code when asked of the one ranked — "最大的项目的功能科目是啥" — not "哪个科目最大".)
                (v === 'code' &&
                  /最(?:大|小|多|少|高|低|贵)的(?:项目|那个|那项|一个|一项|那笔)?的(?:功能|部门经济|政府经济|经济)(?:分类|科目)/.test(
                    question,
                  )),
            )
        : undefined;
    const rankedList = answer.subject?.list ?? [];
    const top = askedOfRanked ? this.entities.get(rankedList[(q.nth ?? 1) - 1] ?? '') : undefined;
    if (askedOfRanked && top) {
      const { n: _n, nth: _nth, order: _o, scope: _s, noun: _noun, ...rest } = q;
      answer = this.execute(
        l,
        {
          ...rest,
          op: askedOfRanked === 'phone' ? 'owner' : askedOfRanked,
          phone: askedOfRanked === 'phone',
          subjects: [{ id: top.id, name: top.name }],
          combine: undefined,
        },
        u,
        { question, merged, tooLong, options, clause: !whole },
      );
    }
    const answered = answer.subject?.query?.subjects ?? q.subjects;
    const dropped = u.mentions.find(
      (m) =>
        !m.entity &&
        m.ambiguous &&
        m.ambiguous.length > 1 &&
        m.ambiguous.every((c) => c.item || c.project) &&
        !m.ambiguous.some((c) => answered.some((x) => x.id === c.id) || q.scope?.id === c.id) &&
        // (…and what was answered is not that word in the conversation's sense: 运维费 after 公车 is its
        // 运行维护费 — two characters or more of the word are in its name.)
        !answered.some(
          (x) => [...new Set(m.text.replace(/的/g, ''))].filter((ch) => x.name.includes(ch)).length >= 2,
        ),
    );
    if (
      merged &&
      dropped &&
      !u.partial.hasSubjects &&
      answer.kind !== 'ambiguous' &&
      answer.kind !== 'not_found' &&
      answered.every((x) => prevQuery?.subjects.some((p) => p.id === x.id))
    )
      return this.ambiguous(l, dropped.text, dropped.ambiguous!);
    // "年终呢" after a sentence quoted about a project (中期察访核验…): a word the data has no figure for,
    // said of the same thing — the sentences about it that hold the word, never the thing's figures again.
    // (Not a word that points or asks — 另一个项, 哪年 — which the rules above read or leave to the answer.)
    // (…its asking words aside: "帮扶哪里" asks where of 帮扶, "培训几次" how many of 培训.)
    const word = u.unresolved
      .map((t) => t.replace(/(?:是|在|去|到|的)?(?:哪里|哪儿|哪|几次|几个|几项|几|什么|啥|谁|多少)$/, ''))
      .find((t) => /^\p{Script=Han}{2,8}$/u.test(t) && !/另|剩|其余|别的|哪|几|什么|谁|怎么|多少/.test(t));
    if (
      merged &&
      about &&
      word &&
      answered.every((x) => prevQuery?.subjects.some((p) => p.id === x.id)) &&
      !u.partial.hasSubjects &&
      !u.partial.hasOp &&
      u.partial.leans &&
      [...u.reading.text].length <= 8 &&
      !about.name.includes(word)
    ) {
      // (The words the sentence before was found by, with this one: 年终 + 察访核验.)
      const before = /「(.+?)」/.exec(options.previous?.name ?? '')?.[1] ?? about.name;
      const told = this.quoted(l, u, `${word}${before}`, undefined, `${about.name} ${word}`);
      const hits = told?.lines.filter((x) => x.startsWith('·') && x.includes(word)) ?? [];
      if (told && hits.length > 0)
        return this.withQuery(
          { ...told, lines: [told.lines[0]!, ...hits] },
          { ...u.partial.query, subjects: prevQuery!.subjects },
        );
      return this.notFound(l, word, u, false);
    }
    // ("年终察访核验要求不少于多少项重点任务" after a project's 尾款: the sentences that hold those words, not
    // the 尾款 again.)
    const words = u.unresolved.filter(
      (t) =>
        /^\p{Script=Han}{2,}$/u.test(t) &&
        !about?.name.includes(t) &&
        !/另|剩|其余|别的|哪|几|什么|谁|怎么|多少/.test(t),
    );
    if (
      merged &&
      about &&
      words.join('').length >= 4 &&
      answered.every((x) => prevQuery?.subjects.some((p) => p.id === x.id)) &&
      !u.partial.hasSubjects &&
      (q.op === 'value' || q.op === 'count' || q.op === 'detail') &&
      [...u.reading.text].length <= 30
    ) {
      const told =
        this.quoted(l, u, words.join(' ')) ??
        this.quoted(l, u, `${words.join('')} ${about.name}`, undefined, `${about.name} ${words.join('')}`);
      if (told) return this.withQuery(told, { ...u.partial.query, subjects: prevQuery!.subjects });
      // (A project with a form: its form, which speaks of its goals, is shown rather than nothing.)
      if (!l.entities.projectOf(about))
        return this.notFound(l, words.sort((a, b) => b.length - a.length)[0]!, u, false);
    }
    // An answer that settled what it was about itself (the items a shared name lists) keeps that query.
    if (!answer.subject?.query) return this.withQuery(answer, q);
    // (…with the ranking it came from, when it kept the same subject.)
    const settled = answer.subject.query as Query;
    return q.ranked && !settled.ranked && settled.subjects[0]?.id === q.subjects[0]?.id
      ? this.withQuery(answer, { ...settled, ranked: q.ranked })
      : answer;
  }

  /**
   * "职责里负责绩效管理的是怎么表述的": the responsibilities that share the longest run of characters
   * (at least three) with what the question says after the scope, quoted with their numbers and lines.
   */
  private dutyQuote(l: LoadedDataset, question: string, scopeName: string): Answer | null {
    // ("主要职责几条": how many — the duties' own topic answers that, counted and listed.)
    if (/(?:几|多少)(?:条|项|个方面|点)/.test(question)) return null;
    const asked = normalizeText(question);
    const longest = (text: string) => {
      const t = normalizeText(text);
      let best = 0;
      for (let i = 0; i < asked.length; i++)
        for (let n = best + 1; i + n <= asked.length && t.includes(asked.slice(i, i + n)); n++) best = n;
      return best;
    };
    const duties = l.ds.narrative.responsibilities.map((r) => ({ r, n: longest(r.text) }));
    const top = Math.max(0, ...duties.map((d) => d.n));
    const hits = duties.filter(
      (d) => d.n === top && top >= 3 && !/^(职责|主要职责)$/.test(asked.slice(0, top)),
    );
    if (hits.length === 0 || hits.length > 3) return null;
    return makeAnswer({
      kind: 'fact',
      title: `${scopeName}中的相关表述`,
      lines: hits.map((d) => `${d.r.number}. ${d.r.text}（第 ${d.r.line} 行）`),
      sources: hits.map((d) => ({
        kind: 'narrative' as const,
        section: scopeName,
        quote: d.r.text,
        line: d.r.line,
      })),
      datasets: [datasetRef(l.ds)],
    });
  }

  /** The 项 codes under a class or 款 (the codes under it with none under them), in the document's order. */
  private leafCodes(l: LoadedDataset, code: string): Entity[] {
    const all = l.ds.classifications.functional.map((c) => c.code);
    return all
      .filter(
        (c) => c.length > code.length && c.startsWith(code) && !all.some((o) => o !== c && o.startsWith(c)),
      )
      .map((c) => this.entities.get(`${l.ds.meta.id}/functional/${c}`))
      .filter((x): x is Entity => !!x);
  }

  /** The other codes of the previous subject's level under the code asked about before it. */
  private siblings(prev: Query): Entity[] {
    const e = prev.subjects.length === 1 ? this.entities.get(prev.subjects[0]!.id) : undefined;
    // ("预留机动费" → "挂在哪个功能科目" → "这个科目下另一个项目是啥": the other lines of the code asked of.)
    const l = e?.item ? this.find(e.datasetId) : undefined;
    if (e?.item && l && prev.op === 'code') {
      const key = (i: LineItem) =>
        prev.dimension === 'economic'
          ? i.departmentEconomic.code
          : prev.dimension === 'government_economic'
            ? i.governmentEconomic.code
            : i.functional?.code;
      const code = key(e.item);
      const rest = code ? l.ds.lineItems.filter((i) => i !== e.item && key(i) === code) : [];
      if (rest.length > 0) return rest.map((i) => l.entities.ofItem(i)).filter((x): x is Entity => !!x);
    }
    if (!e || e.kind !== 'functional') return this.otherCodes(prev);
    const code = e.codes[0]!;
    // ("预留机动费" → "这科目共多少" → "另一笔是啥": the code's other 表九 lines than the one talked about.)
    const lines = this.find(e.datasetId)?.ds.lineItems.filter((i) => i.functional?.code === code) ?? [];
    const said = (prev.recent ?? []).map((r) => this.entities.get(r.id)).filter((x) => x?.item);
    if (lines.length >= 2 && said.some((x) => lines.includes(x!.item!))) {
      const l = this.find(e.datasetId)!;
      return lines
        .map((i) => l.entities.ofItem(i))
        .filter((x): x is Entity => !!x && !said.some((y) => y!.id === x.id));
    }
    return this.otherCodes(prev);
  }

  /**
   * The codes of one level under a code the conversation named, less those it has talked about:
   * "2080505 和 2080506 分别多少" → "占社保就业支出多少" → "剩下的那个" is 2080501, the third 项 under 208.
   */
  private otherCodes(prev: Query): Entity[] {
    const talked = [...prev.subjects, ...(prev.recent ?? []), ...(prev.whole ? [prev.whole] : [])]
      .map((r) => this.entities.get(r.id))
      .filter((x): x is Entity => x?.kind === 'functional');
    const code = talked[0]?.codes[0];
    if (!code) return [];
    const parent = talked.find((x) => x.codes[0] !== code && code.startsWith(x.codes[0]!));
    if (!parent) return [];
    const said = talked.filter(
      (x) => x.codes[0]!.length === code.length && x.codes[0]!.startsWith(parent.codes[0]!),
    );
    const ds = this.find(parent.datasetId)?.ds;
    return (ds?.classifications.functional ?? [])
      .filter(
        (c) =>
          c.code.length === code.length &&
          c.code.startsWith(parent.codes[0]!) &&
          !said.some((x) => x.codes[0] === c.code),
      )
      .map((c) => this.entities.get(`${parent.datasetId}/functional/${c.code}`))
      .filter((x): x is Entity => !!x);
  }

  /**
   * "领导让我统计一下：差旅费、会议费、培训费这三项今年一共多少": the message after clauses at its start that
   * neither ask (no question word) nor name anything of the data; null when there are none.
   */
  private afterPreamble(text: string): string | null {
    const clauses = splitClauses(cleanQuestion(text));
    const l = this.defaultDataset();
    if (clauses.length < 2 || !l) return null;
    const ctx = this.understandContext(l);
    let k = 0;
    while (
      k < clauses.length - 1 &&
      !ASKS.test(clauses[k]!) &&
      !understand(ctx, clauses[k]!).mentions.some((m) => m.entity || m.ambiguous)
    )
      k++;
    return k > 0 ? clauses.slice(k).join('') : null;
  }

  /**
   * Two or more clauses that each ask a different kind of question: each naming its own subjects
   * ('named'), or a later one asking of what the first named through 它 / 其 ('back': "项目支出19年预算是多少，
   * 今年比它多多少").
   */
  private twoQuestions(text: string): 'named' | 'back' | null {
    const clauses = splitClauses(cleanQuestion(text));
    const l = this.defaultDataset();
    if (clauses.length < 2 || clauses.length > 3 || !l) return null;
    const ctx = this.understandContext(l);
    let back = false;
    const ends = clauses.every((c) => /(?:多少钱?|多少万|几[个项条笔辆人])[？?]?$/.test(c));
    const asked = clauses.flatMap((c, i) => {
      if (!ASKS.test(c)) return [];
      const u = understand(ctx, c);
      const ids = u.mentions.flatMap((m) => (m.entity ? [m.entity.id] : []));
      const q = u.partial.query;
      const kind = `${q.op}/${q.combine ?? ''}/${q.time}`;
      if (ids.length === 0 && i > 0 && /它|其(?!他|中|余)/.test(c) && (q.op !== 'value' || !!q.combine)) {
        back = true;
        return [{ ids, kind }];
      }
      if (ids.length === 0 || startsWithConj(u) || u.mentions.some((m) => !m.entity && m.ambiguous))
        // (…a later clause that names what only the first makes clear — "尾款多少" after 绩效管理项目 — is
        // still a question of its own when each clause ends in its own 多少.)
        return ends && i > 0 && u.mentions.length > 0 && !startsWithConj(u) ? [{ ids, kind }] : [];
      return [{ ids, kind }];
    });
    if (asked.length < 2 || (back && asked[0]!.ids.length === 0)) return null;
    const disjoint = asked.every((a, i) =>
      asked.every((b, j) => i === j || !a.ids.some((id) => b.ids.includes(id))),
    );
    // ("绩效管理项目今年给多少 尾款多少": clauses that each end in their own 多少 are two questions, whatever
    // their kinds — the second read against the first.)
    const eachAsks = ends && asked.length === clauses.length;
    if (!disjoint || (!eachAsks && new Set(asked.map((a) => a.kind)).size !== asked.length)) return null;
    return back ? 'back' : 'named';
  }

  /**
   * The amounts the narrative states as parts of a topic that is no part of spending (国有资产占用: 车辆、
   * 通用设备、专用设备 beside the 固定资产总额): the facts of its family in money, less the total.
   */
  private partFactsOf(l: LoadedDataset, topic: Entity): Entity[] {
    const fam = family(topic);
    if (!fam || ['expenditure', 'income', 'basic', 'project', 'sangong'].includes(topic.topic?.id ?? ''))
      return [];
    return partFacts(l.ds, fam)
      .map((f) => this.entities.get(`${l.ds.meta.id}/fact/${f.id}`))
      .filter((e): e is Entity => !!e?.view().primary);
  }

  /** How many rows 表六 (基本支出) gives an economic code, each with its amount. */
  private basicRowsCount(l: LoadedDataset, e: Entity, p: Parsed, interp: string | undefined): Answer {
    const t6 = table(l.ds, '基本支出');
    const code = e.codes[0]!;
    const rows = t6?.rows.filter((r) => r.cells[0] === code || r.cells[2] === code) ?? [];
    const figs = rows
      .map((r) =>
        cellFigure(
          l.ds,
          t6!,
          r,
          4,
          `${kindName(l.ds, '基本支出')} ${r.cells[2]} ${r.cells[3]}（第 ${r.line} 行）`,
        ),
      )
      .filter((f) => f !== null);
    const where = kindName(l.ds, '基本支出');
    if (!t6 || figs.length === 0 || figs.length !== rows.length)
      return makeAnswer({
        kind: 'not_found',
        title: `${where}中没有 ${code} 的行`,
        lines: [`${where}中没有列出 ${code} ${e.name} 的行。`],
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'count'),
      });
    const n = countOf(`${where} ${code} 的行数`, '项', figs, `${where}中 ${code} 的行数`);
    // ("表六 30112 几行合计": the count and, asked beside it, what the rows add up to.)
    const yuan = figs.map((f) => inUnit(f, '元'));
    const total =
      figs.length > 1 && /合计|总计|加起来|加总|总额|多少钱/.test(p.text) && yuan.every((f) => f)
        ? sumOf(`${where} ${code} ${figs.length} 行之和`, '元', yuan as Figure<'元'>[], '各行相加')
        : null;
    // (When 表九's lines of the code are the same amounts, they are what "合计" / "最大那行" go on with.)
    const lines = (itemsUnder(l, e) ?? []).map((i) => l.entities.itemFigure(i));
    const key = (fs: readonly Figure[]) =>
      fs
        .map((f) => f.value.toFixed(2))
        .sort()
        .join();
    const same = lines.length === figs.length && key(lines) === key(figs);
    return makeAnswer({
      kind: 'fact',
      title: `${where} ${code} ${e.name} 有几行`,
      lines: [
        `${where}中 ${code} ${e.name} 共 ${figs.length} 行：`,
        ...(total ? [`合计：${formatFigureValue(total)}`] : []),
        ...figs.map((f, i) => `${i + 1}. ${figureLine(f)}`),
      ],
      figures: total ? [n, total, ...figs] : [n, ...figs],
      sources: collectSources(figs),
      datasets: [datasetRef(l.ds)],
      subject: {
        ...this.subjectOf(e, 'count'),
        ...(same ? { list: (itemsUnder(l, e) ?? []).map((i) => `${l.ds.meta.id}/item/${i.id}`) } : {}),
      },
      ...(interp ? { interpretation: interp } : {}),
    });
  }

  /** The thing a table's row numbered `n` names ("2、公务接待费" in 表七), when exactly one row is so numbered. */
  private numberedRow(l: LoadedDataset, tableId: string, n: number): Entity | undefined {
    const t = l.ds.tables.find((x) => `${l.ds.meta.id}/table/${x.number}` === tableId);
    const names = (t?.rows ?? []).flatMap((r) =>
      r.cells.flatMap((c) => {
        const m = c ? new RegExp(`^\\s*${n}\\s*[、.．]\\s*(\\S.*)$`).exec(c) : null;
        return m ? [m[1]!.trim()] : [];
      }),
    );
    if (names.length !== 1) return undefined;
    return (
      understand(this.understandContext(l), names[0]!).mentions.find((m) => m.entity)?.entity ?? undefined
    );
  }

  /** How many project forms 表十二 holds: one per project, each counted by the figure it states. */
  private formsCount(l: LoadedDataset): Figure | undefined {
    const formsNo = tableNo(l.ds, '项目绩效');
    const forms = l.ds.performance.projects
      .map((pr) => this.entities.get(`${l.ds.meta.id}/project/${pr.id}`)?.view().primary)
      .filter((f): f is Figure => !!f);
    return forms.length === l.ds.performance.projects.length && forms.length > 0
      ? countOf(`${tableName(formsNo)}的项目数`, '项', forms, '逐张计数（每张表以其年度资金总额计）')
      : undefined;
  }

  /** A functional code's cell of one column in every table that lists the code by row: whether they agree. */
  private codeRowAcrossTables(l: LoadedDataset, code: Entity, column: string): Answer | null {
    const c = code.codes[0]!;
    const found = l.ds.tables.flatMap((t) => {
      if (t.columns[0]?.name !== '科目编码') return [];
      const row = t.rows.find((r) => r.cells[0] === c);
      const col = t.columns.findIndex((x) => x.name === column);
      const f =
        row && col >= 0
          ? cellFigure(l.ds, t, row, col, `${tableName(t.number)} ${c} ${code.name} ${column}`)
          : null;
      return f ? [f] : [];
    });
    if (found.length < 2) return null;
    const same = found.every((f) => f.value.equals(found[0]!.value) && f.unit === found[0]!.unit);
    return makeAnswer({
      kind: 'amount',
      title: `${c} ${code.name}${column === '合计' ? '' : `的${column}`}：各表核对`,
      lines: [
        ...found.map((f) => figureLine(f)),
        same ? `各表一致：都是 ${formatFigureValue(found[0]!)}。` : '各表不一致，数字均按原文，未作更正。',
      ],
      figures: found,
      sources: collectSources(found),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${code.name}多少`],
    });
  }

  /**
   * "这个类里有基本支出吗", "这个科目下另一个项目是啥": 这个类 / 这个款 / 这个科目 is the code the conversation is
   * about — the code asked within or of, or the code of the line asked about in the classification the
   * turn before asked of — written out, so that the question reads as if it had named it.
   */
  private deicticCode(question: string, options: AskOptions): string {
    // (Only 类 and 款, and 这个科目 before 另一个: the other ways 这个科目 is said are read where they are.)
    // ("它所在的类占总支出比例", "往上一级，款合计多少": the level above, of the line or code talked about.)
    const m =
      /(?:它所在的|所在的|它的|其所在的?)(类|款|项)(?!目)/.exec(question) ??
      /(?:往上一级|上一级|再往上)[，,\s]*(?:的)?(款|类)/.exec(question) ??
      /(?:这个|这一|该|此)(类|款)(?!目)/.exec(question) ??
      // ("第一个占这一项的比重" after a 项 code's lines: that 项 — only when a 项 code is what was talked about.)
      /(?:这一|该|这个)(项)(?!目)/.exec(question) ??
      /(?:这个|该)(科目)(?=下(?:面)?(?:的)?(?:另一个|另外一个|另一笔|另外一笔|另一项))/.exec(question);
    const told = m && options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    if (!m || !told?.success) return question;
    const q = told.data;
    const digits = ({ 类: 3, 款: 5, 项: 7 } as Record<string, number>)[m[1]!];
    const refs = [...(q.scope ? [q.scope] : []), ...q.subjects];
    const codes = [...refs, ...(q.recent ?? [])]
      .map((x) => this.entities.get(x.id))
      .filter((e): e is Entity => e?.kind === 'functional' || e?.kind === 'economic');
    let code = codes.find((e) => !digits || (e.kind === 'functional' && e.codes[0]!.length === digits))
      ?.codes[0];
    // (A longer 功能 code talked about — 2010399, or a line filed under it — is within the 类 / 款 / 项 asked:
    // its first digits. "2069999代表什么" → "这个类有基本支出吗" is said loosely of that code itself.)
    const deeperCode = codes.find((e) => e.kind === 'functional' && e.codes[0]!.length > (digits ?? 7))
      ?.codes[0];
    const lineCode = refs.length === 1 ? this.entities.get(refs[0]!.id)?.item?.functional?.code : undefined;
    const above = /所在|上一级|往上/.test(m[0]);
    // (这个类 / 这个款 said of a code talked about is that code, whatever its level — people say 款 of a 项;
    // 所在的类 / 上一级 is the level above it; of a line, the line's own 项 / 款 / 类.)
    if (!code && digits && deeperCode)
      code = above ? deeperCode.slice(0, digits) : m[1] === '类' ? deeperCode : undefined;
    else if (!code && digits && lineCode) code = lineCode.slice(0, digits);
    // (…the code of the line asked about, in the classification asked of: "挂在哪个功能科目" → "这个科目".)
    const line = refs.length === 1 ? this.entities.get(refs[0]!.id)?.item : undefined;
    if (!code && line && m[1] === '科目' && q.op === 'code')
      code =
        q.dimension === 'economic'
          ? line.departmentEconomic.code
          : q.dimension === 'government_economic'
            ? line.governmentEconomic.code
            : line.functional?.code;
    return code ? question.replace(m[0], code) : question;
  }

  /**
   * A long chat message, read as a short conversation: its clauses in order, a clause that only names
   * something ("关于一般公共服务支出") sets the context, a clause that asks is answered against it
   * ("它在总支出里占的比重" → the share of 一般公共服务支出). At most three answers, merged.
   * `strict`: any clause that asks and finds nothing makes the whole unanswered (a fallback's reading).
   */
  private answerLong(question: string, options: AskOptions, strict = false): Answer | null {
    const split = splitClauses(question);
    if (split.length < 2) return null;
    const l =
      (options.datasetId ? this.find(options.datasetId) : undefined) ??
      (options.previous ? this.find(options.previous.datasetId) : undefined) ??
      this.defaultDataset()!;
    const ctx = this.understandContext(l);
    // ("项目支出都花哪了？列前五": a clause that names nothing and only says how — the top five, in 万元,
    // largest first — is part of the question before it.)
    const clauses: string[] = [];
    // (Each clause read once: kept for the reading below when it stands as it is.)
    const readings = new Map<string, Understood>();
    // ("And in 表六, which code carries 2602570.80?": a clause that only says which table is where the
    // next one looks — the two are read as one.)
    let where = '';
    for (const raw of split) {
      const c = where ? `${where}${raw}` : raw;
      where = '';
      const r = understand(ctx, c);
      if (
        r.mentions.length > 0 &&
        r.mentions.every((m) => m.entity?.kind === 'table') &&
        // (Nothing but the table and where-words: "And in 表六", "在表六里" — not "我在核对表五和表九".)
        /^(?:and|also|so|in|on|within|from|the|在|那张|这张|看|里|中|上|面|的|\s|[,，:：])*$/i.test(
          r.mentions.reduce((t, m) => t.replace(m.text, ''), c),
        ) &&
        raw !== split.at(-1)
      ) {
        where = c.replace(/[。！!]+$/, '');
        continue;
      }
      readings.set(c, r);
      const how =
        clauses.length > 0 &&
        [...c].length <= 8 &&
        r.mentions.length === 0 &&
        r.unresolved.length === 0 &&
        !ASKS.test(c) &&
        (r.reading.numbers.some((n) => n.kind === 'top') ||
          r.reading.marks.some((m) => m.mark.cat === 'order' || m.mark.cat === 'unit'));
      if (how)
        clauses[clauses.length - 1] = `${clauses[clauses.length - 1]!.replace(/[？?。！!，,]+$/, '')}，${c}`;
      else clauses.push(c);
    }
    if (clauses.length < 2) {
      const a = this.answerInner(clauses[0]!, options, false);
      return a.kind === 'not_found' ? null : a;
    }
    let previous = options.previous;
    const answers: Answer[] = [];
    // (Whether the clause just before was a statement naming something.)
    let namedBefore = false;
    // (The statement that named it, and what it named.)
    let statement: { text: string; ids: string[]; names: string[] } | null = null;
    let restart = false;
    for (const clause of clauses) {
      // ("…我们会另行核对。这里先请确认：…总额是多少？": what is asked after 请确认 / 请问 is the question;
      // what the clauses before it answered was the writer's own account — once that question is answered.)
      if (
        /^(?:这里)?(?:先)?(?:请确认|请问|想请问|麻烦确认|我想确认|想确认|我想知道|我想问)/.test(clause.trim())
      )
        restart = true;
      const u = readings.get(clause) ?? understand(ctx, clause);
      const named = u.mentions.some((m) => m.entity || m.ambiguous);
      const statedBefore = namedBefore;
      namedBefore = false;
      // A clause asks with a question word, or an op of its own — not with 和 / 、 or the word 核对 alone
      // (nor with 好几, which counts nothing).
      const op = u.partial.query.op;
      // (An English clause asks with a question word: "…, class 206?" only says which.)
      const asks =
        (/\p{Script=Han}/u.test(clause) ? ASKS.test(clause) : ENGLISH_ASKS.test(clause)) &&
        op !== 'tour' &&
        op !== 'about' &&
        op !== 'help';
      if (!asks) {
        // A statement naming a subject: the context for what follows.
        // Several statements in a row ("一个是工作经费，一个是扶贫挂职干部专项经费") are all remembered.
        const before = previous?.query ? QuerySchema.safeParse(previous.query) : null;
        // (A name it leaves open — 机要信息中心: its 运维费 and its 尾款 — is remembered as those candidates.)
        // (…narrowed by what was open before it: 机要信息中心, then 以前年度尾款 → its 尾款.)
        const kept = before?.success ? [...before.data.subjects, ...(before.data.recent ?? [])] : [];
        // (A name that is part of one of those left open before — 通讯指挥中心 after the 以前年度尾款 — is
        // that one, and so are the others beside it: "机要信息中心、通讯指挥中心、公共安全图像三笔".)
        const within = (m: Understood['mentions'][number]) => {
          if (!m.entity || kept.some((k) => k.id === m.entity!.id)) return [];
          const hits = kept.filter((k) => k.name.includes(m.text));
          return hits.length === 1 ? hits : [];
        };
        const swapped = u.mentions.some((m) => within(m).length === 1);
        const open = u.mentions.flatMap((m) => {
          if (swapped && m.entity?.kind !== 'table') {
            const w = within(m);
            if (w.length === 1) return w;
            if (m.entity) return [{ id: m.entity.id, name: m.entity.name }];
          }
          if (m.entity || !m.ambiguous) return [];
          const both = m.ambiguous.filter((e) => kept.some((k) => k.id === e.id));
          const near = closest(both.length > 0 ? both : m.ambiguous, kept);
          return (near.length > 0 ? near : both.length > 0 ? both : m.ambiguous.slice(0, 4)).map((e) => ({
            id: e.id,
            name: e.name,
          }));
        });
        // (A statement that names only a table — "表十二里那栏写的单位是万元" — says where to look, not what
        // about: the subject before it stays.)
        const onlyTables = u.mentions.every((m) => m.entity?.kind === 'table');
        // (…nor the things a name before left open: "都是2710会议室那边用的，财务说在表九里拆成两行了".)
        if (
          onlyTables &&
          before?.success &&
          (before.data.subjects.length > 0 ||
            (before.data.recent?.length ?? 0) > 0 ||
            !!previous?.list?.length)
        )
          continue;
        // (Nor does one that says where the things before are filed — "都挂在科学技术支出下面".)
        const filed =
          /(?:挂在|列在|记在|归在|放在|都在|属于)[^，,。]{0,16}(?:下面|下边|名下|之下|下|里面|里)/.test(
            clause,
          );
        if (
          filed &&
          before?.success &&
          (before.data.subjects.length > 0 || (before.data.recent?.length ?? 0) > 0)
        )
          continue;
        const earlier = [...open, ...kept];
        const recent = earlier.filter((s, i) => earlier.findIndex((x) => x.id === s.id) === i).slice(0, 6);
        namedBefore = named;
        statement = named
          ? {
              text: clause,
              ids: u.mentions.flatMap((m) => (m.entity ? [m.entity.id] : [])),
              names: u.mentions.flatMap((m) => (m.entity ? [m.entity.name] : [])),
            }
          : null;
        // ("There's a line 2010302 … that is entirely 项目支出", "2010302全部是项目支出": a part of spending
        // said of a thing describes it; it is no second thing to ask about.)
        const recalled = withoutAmount(u.partial.query);
        const said = recalled.subjects.filter((x) => {
          if (!/\/topic\/(?:basic|project)$/.test(x.id) || recalled.subjects.length < 2) return true;
          const m = u.mentions.find((k) => k.entity?.id === x.id);
          const before = m ? u.reading.text.slice(0, m.start) : '';
          return !/(?:全部|全都|全|都|只|仅)(?:是|为|属于|算)\s*$|(?:entirely|all|only|wholly|fully)\s*$/i.test(
            before,
          );
        });
        if (named)
          previous = {
            kind: 'item',
            name: clause,
            datasetId: l.ds.meta.id,
            // (The things a name left open are what "两笔合计" after it counts.)
            ...(open.length > 1 ? { list: open.map((o) => o.id) } : {}),
            // (What a statement says it is doing — 核对, 对比 — is no question: only its subjects are kept.)
            // (…except whom it names: "要找…项目的项目负责人" → "谁知道是谁吗" asks for that person.)
            // (An amount a statement recalls — "去年基本支出是4200多万" — is no amount asked about.)
            query: {
              ...recalled,
              subjects: said,
              ...(said.length < 2 ? { combine: undefined } : {}),
              op: u.partial.query.op === 'owner' ? 'owner' : 'value',
              ...(swapped ? { subjects: open } : {}),
              ...(recent.length ? { recent } : {}),
            },
          };
        continue;
      }
      // ("…项目支出大概八千七百多万，我想确认下精确数": an amount asked of what the clause before named.)
      // ("…我看到的是2,300,000，这个数没错吧": the figure of what the clause before named, to check.)
      const confirms = /没错吧|对吧|对不对|是吧|没错吗|对吗/.test(clause);
      if (
        !named &&
        !confirms &&
        !(u.partial.leans || op !== 'value' || u.partial.query.combine || u.partial.asksAmount)
      )
        continue;
      if (!named && !previous) continue;
      if (u.partial.query.op === 'help' || u.partial.query.op === 'tour') continue;
      // (Strict: a clause that begins with 以及 / 和 / 还有 continues the list of the clause before — "A、B，
      // 以及C的金额" — so answering it alone would leave A and B out.)
      if (strict && statedBefore && startsWithConj(u)) return null;
      // ("请问那个通讯指挥中心运维费，年度资金总额是多少？…": a clause asking of a name of its own — 年度资金总额,
      // the department's too — right after a statement naming a thing is first read with that statement, as
      // one question: the thing's 年度资金总额 when the two together read so.)
      const joined =
        statedBefore && named && statement && statement.ids.length > 0
          ? this.answerInner(`${statement.text.replace(/[。！!]+$/, '')}，${clause}`, options, false)
          : null;
      const ofStatement =
        joined &&
        !['not_found', 'ambiguous', 'help', 'empty', 'out_of_scope'].includes(joined.kind) &&
        (() => {
          const jq = joined.subject?.query ? QuerySchema.safeParse(joined.subject.query) : null;
          return (
            !!jq?.success &&
            jq.data.subjects.length > 0 &&
            jq.data.subjects.every((x) => statement!.ids.includes(x.id) || statement!.names.includes(x.name))
          );
        })();
      const a = ofStatement
        ? joined
        : this.answerInner(clause, { ...options, ...(previous ? { previous } : {}) }, false);
      // (Strict: the clause must stand as a question on its own — "那辆公车是什么牌子的" does not.)
      if (strict && (a.kind === 'not_found' || this.answerInner(clause, options).kind === 'not_found'))
        return null;
      if (a.kind === 'not_found' || a.kind === 'help' || a.kind === 'empty' || a.kind === 'out_of_scope')
        continue;
      // (The same answer again — a clause repeating the question in other words — is said once.)
      // (…a question naming its own subject: "我想知道具体下降了多少钱" goes on with what was said before it.)
      if (restart && u.partial.hasSubjects) answers.splice(0, answers.length);
      restart = false;
      if (!answers.some((x) => x.title === a.title && x.lines.join() === a.lines.join())) answers.push(a);
      if (a.subject) previous = a.subject;
      if (answers.length === 3) break;
    }
    if (answers.length === 0) return null;
    // "我在核表五和表三是否一致，…2010302项目支出是多少？": the check is what the writer is doing; the
    // question after it is what they ask.
    const asked = answers.some((a) => a.kind !== 'audit')
      ? answers.filter((a) => a.kind !== 'audit')
      : answers;
    return asked.length === 1 ? asked[0]! : mergeAnswers(asked, l);
  }

  /**
   * The answer remembered as a value asked of one thing, when there is one ("X的负责人", "去年呢" next are
   * asked of it); as it stands otherwise.
   */
  private aboutOne(a: Answer, u: Understood, e: EntityRef | undefined): Answer {
    return e
      ? this.withQuery(a, { ...u.partial.query, op: 'value', subjects: [{ id: e.id, name: e.name }] })
      : a;
  }

  /** The answer with the query it answered, so the next question can follow on from it. */
  private withQuery(a: Answer, q: Query): Answer {
    if (a.kind === 'not_found' || a.kind === 'out_of_scope' || a.kind === 'help' || a.kind === 'empty')
      return a;
    const subject: Subject = a.subject ?? { kind: 'item', name: a.title, datasetId: q.datasetId };
    return { ...a, subject: { ...subject, query: q } };
  }

  private understandContext(l: LoadedDataset, previous?: Query | null): UnderstandContext {
    const about = previous ? [...previous.subjects, ...(previous.scope ? [previous.scope] : [])] : [];
    const near = new Set(
      about.map((s) => this.entities.get(s.id)).flatMap((e) => (e && family(e) ? [family(e)!] : [])),
    );
    return {
      near,
      about: about.map((s) => this.entities.get(s.id)).filter((e): e is Entity => !!e),
      datasetId: l.ds.meta.id,
      fiscalYear: l.ds.meta.fiscalYear,
      previousYear: l.ds.meta.previousYear,
      department: l.ds.meta.department,
      knownYears: this.years,
      entity: (id) => this.entities.get(id),
      search: (text, opts) => {
        const memo = opts.filter ? undefined : this.lookups?.searches;
        if (!memo) return this.index.search(text, opts);
        const key = JSON.stringify([text, opts.scope, opts.limit, opts.minCoverage]);
        let hits = memo.get(key);
        if (!hits) memo.set(key, (hits = this.index.search(text, opts)));
        return [...hits];
      },
      dictionary: l.dictionary(),
      yearInName: (y, text) => this.yearInName(y, text),
      pinyin: (text) => {
        const memo = this.lookups?.pinyin;
        let py = memo?.get(text);
        if (py === undefined) {
          py = toFullPinyin(text);
          memo?.set(text, py);
        }
        return py;
      },
    };
  }

  /** Carries out a query over the dataset. */
  private execute(
    l: LoadedDataset,
    q: Query,
    u: Understood,
    how: { question: string; merged: boolean; tooLong: boolean; options: AskOptions; clause?: boolean },
  ): Answer {
    // (One thing named twice is one subject.)
    // (…unless it is read in two tables: "表六的30102" and "表九的30102" are two figures.)
    const refs = q.subjects
      .filter((s, i, all) => all.findIndex((x) => x.id === s.id && x.table === s.table) === i)
      .flatMap((s) => {
        const e = this.entities.get(s.id);
        return e ? [{ e, table: s.table }] : [];
      });
    let ents = refs.map((r) => r.e);
    // ("申报绩效目标项目几个" → "表十二列了几个" → "差几个": two counts, one of them 表十二's forms — the
    // difference when both are counts; never an amount shown in its place.)
    if (
      /差几个(?!钱)|差几项|相差几(?:个|项)(?!钱)|差几笔(?!钱)/.test(how.question) &&
      q.combine === 'compare' &&
      ents.length === 2
    ) {
      const formsNo = tableNo(l.ds, '项目绩效');
      const countOfThing = (e: Entity): Figure | undefined => {
        if (e.id === `${l.ds.meta.id}/table/${formsNo}`) return this.formsCount(l);
        const v = e.view();
        return [v.primary, ...v.details].find(
          (f): f is Figure => !!f && (f.unit === '项' || f.unit === '个'),
        );
      };
      const [a, b] = ents.map(countOfThing);
      if (!a || !b)
        return makeAnswer({
          kind: 'not_found',
          title: '没法比较这两个的个数',
          lines: [`${ents.map((e) => e.name).join('和')}不都有文件写明的个数，所以不给出差数。`],
          datasets: [datasetRef(l.ds)],
          suggestions: ents.map((e) => `${e.name}多少`),
        });
      const pair = inCommonUnit({ ...a, unit: '项' }, { ...b, unit: '项' })!;
      const gap = differenceOfPair(`${a.label} − ${b.label}`, pair, `${a.label} − ${b.label}`);
      return makeAnswer({
        kind: 'amount',
        title: `${ents[0]!.name} 与 ${ents[1]!.name} 的个数比较`,
        lines: [
          figureLine(a),
          figureLine(b),
          `相差 ${formatFigureValue({ ...gap, value: gap.value.abs() })}。`,
        ],
        figures: [a, b, gap],
        sources: collectSources([a, b]),
        datasets: [datasetRef(l.ds)],
        suggestions: ents.map((e) => `${e.name}多少`),
      });
    }
    // "说明里的项目支出和表三差多少": a table compared with a thing is that thing as the table gives it —
    // the entity of the same name read from that table.
    if (q.combine === 'compare' && ents.length === 2 && ents.filter((e) => e.kind === 'table').length === 1) {
      const t = ents.find((e) => e.kind === 'table')!;
      const other = ents.find((e) => e.kind !== 'table')!;
      const no = tableNoOf(t.id);
      const base = bareName(other.name).replace(/[（(][^）)]*[）)]$/, '');
      const same = l.entities.all.find(
        (e) =>
          e.id !== other.id &&
          (bareName(e.name) === base || e.aliases.includes(base)) &&
          e.view().primary?.source?.kind === 'table' &&
          (e.view().primary!.source as { table: number }).table === no,
      );
      if (same) {
        ents = ents.map((e) => (e === t ? same : e));
        q = { ...q, subjects: ents.map((e) => ({ id: e.id, name: e.name })) };
      }
    }
    // "表六中30213维修（护）费与30215会议费分别多少": codes read in 表六 — its rows, which may differ from the
    // sum of their 表九 lines (the audit lists where they do).
    const sixNo = tableNo(l.ds, '基本支出');
    const six = `${l.ds.meta.id}/table/${sixNo}`;
    const inSix =
      q.subjects.some((x) => x.id === six) ||
      q.scope?.id === six ||
      u.mentions.some((m) => m.entity?.id === six);
    // (…and read there again when a follow-up carries it: "表六 30103" → "表九里奖金那行呢" → "差多少".)
    const readInSix = (i: number) => refs[i]?.table === sixNo;
    if ((inSix || refs.some((_, i) => readInSix(i))) && ents.some((e) => e.kind === 'economic')) {
      // (Each kept with whether it is read in 表六, for naming it below.)
      const read = ents.flatMap((e, i) => {
        if (e.kind === 'table') return [];
        if (!inSix && !readInSix(i)) return [{ e, six: false }];
        const f = e.kind === 'economic' ? l.entities.basicTableFigure(e.codes[0]!) : null;
        if (!f) return [{ e, six: false }];
        const v = e.view();
        const primary = { ...f, label: `${kindName(l.ds, '基本支出')} ${e.codes[0]} ${e.name}` };
        const details = v.details.filter((d) => d.label !== f.label);
        return [{ e: { ...e, view: () => ({ ...v, primary, details }) }, six: true }];
      });
      // (The same code read in both tables is named by its table: "表六津贴补贴 与 表九津贴补贴".)
      const twice = (e: Entity) => read.filter((x) => x.e.id === e.id).length > 1;
      ents = read.map(({ e, six }) =>
        twice(e) ? { ...e, name: `${kindName(l.ds, six ? '基本支出' : '部门预算明细')}${e.name}` } : e,
      );
    }
    const p = toParsed(how.question, q, u);
    const interp = how.merged ? followUpText(q, ents, l.ds) : undefined;
    const prevEntity = how.options.previous?.id ? this.entities.get(how.options.previous.id) : undefined;
    const ambiguous = u.mentions.find((m) => m.ambiguous && !m.entity);
    // ("其中财政拨款？" after a project form's 年度资金总额: that form's own field, not the department's total.)
    const onForm = q.scope && /\/project\//.test(q.scope.id) ? this.entities.get(q.scope.id) : undefined;
    if (onForm && ents.length === 1 && q.op === 'value' && ents[0]!.kind === 'topic') {
      const word = ents[0]!.name.replace(/收入|支出|资金$/g, '');
      const f =
        word.length >= 2 ? onForm.view().details.find((d) => d.source && d.label.includes(word)) : undefined;
      if (f) {
        const figure = { ...f, label: `${onForm.name} ${f.label}` };
        return this.withQuery(
          makeAnswer({
            kind: 'amount',
            title: `${onForm.name} · ${l.ds.meta.fiscalYear}年`,
            interpretation: `按上文：${onForm.name}（申报表）的${word}`,
            lines: [
              figureLine(figure),
              `（${tableName(f.source!.kind === 'table' ? f.source!.table : 12)} ${onForm.name} 所填。）`,
            ],
            figures: [figure],
            sources: [f.source!],
            datasets: [datasetRef(l.ds)],
            suggestions: [`${onForm.name}负责人`],
          }),
          { ...q, subjects: [{ id: onForm.id, name: onForm.name }] },
        );
      }
    }
    // ("2019年的部门负责人是谁": the document names today's heads and project owners only.)
    if (q.op === 'owner' && q.time === 'previous') {
      const prev = l.ds.meta.fiscalYear - 1;
      const whose = ents.map((e) => e.name).join('、') || l.ds.meta.department;
      return makeAnswer({
        kind: 'not_found',
        title: `${prev}年的负责人 · 不在文件中`,
        lines: [
          `文件只写了${l.ds.meta.fiscalYear}年申报时的负责人和联系电话，没有${whose}在${prev}年的负责人。`,
          `可以问：“${ents[0]?.name ?? '部门'}负责人是谁”。`,
        ],
        figures: [],
        sources: [],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${ents[0]?.name ?? '部门'}负责人是谁`],
      });
    }
    // ("扶贫挂职干部帮扶了多少户", "会议系统扩建要几天": a quantity in a unit nothing in the document is
    // counted in — the subject's amount is no answer to it.)
    const counter = marksOf(u.reading, 'counter')[0];
    if (counter) {
      const names = ents.map((e) => e.name).join('、');
      const unit = counter.mark.value;
      return makeAnswer({
        kind: 'not_found',
        title: `没有以「${unit}」计的数字 · ${l.ds.meta.fiscalYear}年`,
        lines: [
          `文件没有给出${names ? `${names}的` : ''}${unit}数：预算的表格和说明只列金额、人数、车辆数和绩效指标，没有以「${unit}」计的数字。`,
          ...(ents[0] ? [`可以问：“${ents[0].name}多少”。`] : []),
        ],
        figures: [],
        sources: [],
        datasets: [datasetRef(l.ds)],
        suggestions: ents[0] ? [`${ents[0].name}多少`] : [],
      });
    }
    // ("大篷车啥时候买的", "软件正版化什么时候采购的": when a thing was bought or paid — the document gives
    // amounts of a budget year, not dates; the amount is no answer to when.)
    if (
      ents.length >= 1 &&
      (q.op === 'value' || q.op === 'change') &&
      /(?:啥|什么|哪个)时候|何时|哪天|几月份?|\bwhen\b/i.test(how.question) &&
      /买|购|采购|购置|配的|配备|花|支付|付的|拨的|到位|开始|启动|签|\bbought\b|\bpurchased\b|\bpaid\b|\bstart/i.test(
        how.question,
      ) &&
      ents.every(
        (e) => e.kind === 'item' || e.kind === 'topic' || e.kind === 'project' || e.kind === 'economic',
      )
    ) {
      const names = ents.map((e) => e.name).join('、');
      return makeAnswer({
        kind: 'fact',
        title: `${names} 的时间 · ${l.ds.meta.fiscalYear}年`,
        lines: [
          `文件没有写明${names}的购置、支付或开始时间：预算只列出${l.ds.meta.fiscalYear}年的金额。`,
          `可以问：“${ents[0]!.name}多少”“${ents[0]!.name}比去年变化多少”。`,
        ],
        figures: [],
        sources: [],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${ents[0]!.name}多少`],
      });
    }
    // "无线网络租赁费有哪几笔": a name several items share, asked what it covers — they are the answer.
    if ((q.op === 'detail' || q.op === 'count') && ents.length === 0 && ambiguous?.ambiguous) {
      const es = ambiguous.ambiguous.slice(0, 25);
      const subjects = es.map((e) => ({ id: e.id, name: e.name }));
      const listed = { ...q, op: 'value' as const, combine: 'each' as const, subjects };
      const a = answerMulti(l, es, listed, `「${ambiguous.text}」共 ${es.length} 项`);
      if (q.op !== 'count') return this.withQuery(a, listed);
      const n = countOf(
        `名称含「${clip(ambiguous.text, 30)}」的项数`,
        '项',
        a.figures.slice(0, es.length),
        '逐项计数',
      );
      return this.withQuery({ ...a, lines: [figureLine(n), ...a.lines], figures: [n, ...a.figures] }, listed);
    }
    // "无线网络租赁费有两笔吧，各多少": every line of that name, each — the question knows there are several.
    // (With a total asked as well — "各多少，合计" — the sum below lists each and adds them.)
    const eachAsked =
      u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'each') &&
      !u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum');
    // (In the order 表九 lists them, as the user reading the table sees them: "前者" is the first there.)
    const sameName = inTableOrder(l, ambiguous?.ambiguous?.filter((e) => e.kind === 'item') ?? []);
    if (
      eachAsked &&
      q.op === 'value' &&
      ents.length === 0 &&
      sameName.length >= 2 &&
      sameName.length === ambiguous!.ambiguous!.length
    ) {
      const each = {
        ...q,
        combine: 'each' as const,
        subjects: sameName.map((e) => ({ id: e.id, name: e.name })),
      };
      const a = answerMulti(l, sameName.slice(0, 25), each);
      return this.withQuery(
        { ...a, lines: [`「${ambiguous!.text}」共 ${sameName.length} 笔，分别是：`, ...a.lines] },
        each,
      );
    }
    // "一共安排了多少以前年度尾款", "那几笔尾款加起来占项目支出多少": every item of that name, together.
    // (The lines of 表九 of that name, when the name also fits a part a project's form states — 尾款: the
    // four 以前年度尾款 lines, not the 69 万 the 绩效 form puts off to next year.)
    const together = u.reading.marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum');
    const lines = ambiguous?.ambiguous?.filter((e) => e.kind === 'item') ?? [];
    if (
      together &&
      (q.op === 'value' || q.op === 'share') &&
      ents.length === 0 &&
      ambiguous?.ambiguous &&
      lines.length >= 2 &&
      ambiguous.ambiguous.every((e) => e.kind === 'item' || (e.kind === 'fact' && e.project))
    ) {
      const es = lines.slice(0, 25);
      const all = {
        ...q,
        combine: 'sum' as const,
        subjects: es.map((e) => ({ id: e.id, name: e.name })),
      };
      const rest = { ...u, mentions: u.mentions.filter((m) => m !== ambiguous) };
      const a = this.execute(l, all, rest, how);
      return this.withQuery(
        { ...a, lines: [`「${ambiguous.text}」共 ${es.length} 笔，合在一起计算：`, ...a.lines] },
        all,
      );
    }
    if (q.scope?.id === `${l.ds.meta.id}/topic/responsibilities`) {
      const duty = this.dutyQuote(l, how.question, q.scope.name);
      if (duty) return duty;
    }
    switch (q.op) {
      case 'help':
        return answerHelp(this, { greeting: true });
      case 'tour':
        return tourStep(this, l.ds.meta.id, 0);
      case 'about':
        // ("跟哪年比的" → "那年收入预算多少": the year compared with is the one pointed at next.)
        return this.withQuery(this.aboutDocuments(l), {
          ...q,
          time: /比/.test(how.question) ? 'previous' : q.time,
        });
      case 'audit': {
        // ("30112表六一共多少" → "表九对得上吗": the thing just read in one table, against the table named.)
        const before = how.options.previous?.query ? QuerySchema.safeParse(how.options.previous.query) : null;
        const things = before?.success ? before.data.subjects.filter((x) => !x.id.includes('/table/')) : [];
        const row = things.length === 1 && things[0]!.table ? things[0]! : undefined;
        const rowEntity = row && this.entities.get(row.id);
        const across =
          rowEntity && ents.length > 0 && ents.every((e) => e.kind === 'table')
            ? this.acrossTables(l, u, [rowEntity], [row.table!])
            : null;
        return across ?? this.acrossTables(l, u, ents) ?? answerAudit(this, l, p, prevEntity);
      }
      case 'value':
        // ("奖金表六和表九一样吗": one thing in two tables, asked whether they agree — a check of it.)
        if (/一样|一致|相同|对得上|相符|吻合/.test(how.question)) {
          const checked = this.acrossTables(l, u, ents);
          if (checked) return checked;
        }
        break;
      case 'breakdown': {
        const scope = q.scope ? this.entities.get(q.scope.id) : ents[0];
        const parted = scope && this.partsAnswer(l, scope, 'list', q, interp);
        if (parted) return parted;
        // ("固定资产多少" → "分哪几块" / "Breakdown?": the parts the narrative states beside the total — 车辆、
        // 通用设备、专用设备 — never the split of all spending in their place.)
        const stated = scope?.kind === 'topic' && !p.breakdown ? this.partFactsOf(l, scope) : [];
        if (scope && stated.length >= 2)
          return listAnswer(
            l,
            `${scope.name} 的组成`,
            stated.map((e) => ({ name: e.name, figure: { ...e.view().primary!, label: e.name }, id: e.id })),
            scope.view().primary ?? null,
            [],
            {
              kind: 'breakdown',
              suggestions: [`${scope.name}多少`],
              scopeId: scope.id,
              ...(interp ? { interpretation: interp } : {}),
            },
          );
        // "30217对应的政府经济分类": a code whose lines all have one code of the other classification.
        const matching = scope && p.breakdown ? this.correspondingCode(l, scope, p.breakdown) : null;
        if (matching) return this.withQuery(matching, { ...q, op: 'code', dimension: p.breakdown! });
        // "机要信息中心运维费具体包括哪几块": one line the document does not split — said so, never another
        // breakdown in its place.
        if (scope && (scope.item || scope.project) && !p.breakdown)
          return makeAnswer({
            kind: 'not_found',
            title: `文件没有列出${scope.name}的组成`,
            lines: [
              `${scope.name}在${kindName(l.ds, '部门预算明细')}中是一笔，文件没有把它再拆分列出（只有填报了${kindName(l.ds, '项目绩效')}且在表中写明资金构成的项目才有分项）。`,
            ],
            datasets: [datasetRef(l.ds)],
            suggestions: [`${scope.name}多少钱`, `${scope.name}的科目编码`],
          });
        // ("今年总预算多少" → "分成哪几块": the two parts 表三 splits it into, 基本支出 and 项目支出.)
        const split =
          how.merged && !p.breakdown && scope?.topic?.id === 'expenditure'
            ? { ...p, breakdown: 'basic_project' as const }
            : p;
        // ("201多少" → "项目那块由哪两个项构成": the code's parts in that column of 表三.)
        const column =
          scope?.kind === 'functional'
            ? ents.find((e) => /\/topic\/(?:basic|project)$/.test(e.id) && e.id !== scope.id)
            : undefined;
        return answerBreakdown(this, l, split, scope, interp, column);
      }
      case 'rank': {
        // ("三公经费三个组成部分里…最高的": a term's 名称解释 as the scope is the figures it names.)
        const termScope = q.scope ? l.entities.topicOfGlossary(this.entities.get(q.scope.id)) : undefined;
        if (termScope) q = { ...q, scope: { id: termScope.id, name: termScope.name } };
        const inSpending = this.codeWithinSpending(l, q, ents, p, interp);
        if (inSpending) return inSpending;
        // "尾款里最小的是哪笔": the items whose names hold the word, when the word is no container.
        const named = this.namedScope(l, q, u);
        if (named) return named;
        // "固定资产里哪类最多": the money the narrative states for the parts of a topic.
        const stated = this.statedParts(l, q);
        if (stated) return stated;
        // "通讯指挥中心运维费拆成三块，哪块最大": among the parts its form states.
        const whole = q.scope ? this.entities.get(q.scope.id) : ents.length === 1 ? ents[0] : undefined;
        const parted = whole && this.partsAnswer(l, whole, 'rank', q, interp);
        if (parted) return parted;
        // "宣传类里最大的": a scope the data does not have is not found — never a ranking of everything.
        const scopeText = q.scope ? undefined : this.unknownScope(u);
        if (scopeText) return this.notFound(l, scopeText, { ...u, unresolved: [scopeText] }, false);
        if (q.scope === undefined && ents.length > 1) {
          // "哪个最多" over the subjects named (or inherited): the largest of them.
          const figs = ents.filter((e) => e.view().primary);
          const sorted = [...figs].sort(
            (a, b) =>
              (q.order === 'asc' ? 1 : -1) *
              ordering(a.view().primary!).comparedTo(ordering(b.view().primary!)),
          );
          // "养老、医疗、年金这三块从大到小排一下": all of them, in that order.
          if (
            /排|[从由][大小高低]到[大小高低]/.test(u.reading.text) &&
            !/最|第/.test(u.reading.text) &&
            sorted.length > 1
          )
            return listAnswer(
              l,
              `${sorted.map((e) => e.name).join('、')}按金额${q.order === 'asc' ? '从小到大' : '从大到小'}`,
              sorted.map((e) => ({ name: e.name, figure: e.view().primary!, id: e.id })),
              null,
              [],
              {
                kind: 'ranking',
                suggestions: ['加起来多少', '第一个呢？'],
                ...(interp ? { interpretation: interp } : {}),
              },
            );
          const top = sorted[(q.nth ?? 1) - 1];
          // (What it picked is what the next question is about: "占多少" is its share.)
          if (top)
            return this.withQuery(
              this.lookup(l, top, p, interp ?? `${q.order === 'asc' ? '最小' : '最大'}的是：${top.name}`),
              { ...askedOf(q, 'value', [top]), ranked: rankingOf(q) },
            );
        }
        // ("按金额从大到小列出表三中各类级科目": each of them, all in order — not the top five.)
        const every =
          !q.n &&
          !q.nth &&
          /各|所有|全部|每个|每一个|都列/.test(u.reading.text) &&
          !/最(?!后)/.test(u.reading.text);
        const ranked = answerRank(this, l, every ? { ...q, n: TOP_MAX } : q, interp);
        // ("金额最大的一行对应哪个部门经济分类科目": the code of the one ranked first.)
        const topId =
          !q.n &&
          !every &&
          askedOfOne(u) === 'code' &&
          /一行|哪行|那行|一笔|哪笔|那笔|项目|明细/.test(u.reading.text)
            ? ranked?.subject?.list?.[(q.nth ?? 1) - 1]
            : undefined;
        const topEntity = topId ? this.entities.get(topId) : undefined;
        if (ranked && topEntity?.item) {
          const coded = this.codeOf(l, topEntity, p, undefined);
          return this.withQuery(
            {
              ...coded,
              lines: [
                ...coded.lines,
                `（${ranked.title.replace(/ · \d{4}年$/, '').replace(/中(?:最[大小]|第).*$/, '')}中金额${q.order === 'asc' ? '最小' : '最大'}${(q.nth ?? 1) > 1 ? `的第 ${q.nth} 项` : '的一项'}。）`,
              ],
            },
            { ...askedOf(q, 'code', [topEntity]), ranked: rankingOf(q) },
          );
        }
        // "前三大项目加起来多少钱": the ones ranked, summed.
        const listed = (ranked?.subject?.list ?? []).slice(0, q.n ?? 0);
        // ("支出最多的两个功能类差多少": the two ranked, compared.)
        if (ranked && q.combine === 'compare' && q.n === 2 && listed.length === 2) {
          const es = listed.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x);
          const subjects = es.map((x) => ({ id: x.id, name: x.name }));
          const compared = { ...q, op: 'value' as const, combine: 'compare' as const, subjects };
          return this.withQuery(
            answerMulti(l, es, compared, ranked.title.replace(/ · \d{4}年$/, '')),
            compared,
          );
        }
        if (ranked && q.combine === 'sum' && q.n && listed.length > 1) {
          const es = listed.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x);
          const subjects = es.map((x) => ({ id: x.id, name: x.name }));
          const summed = { ...q, op: 'value' as const, combine: 'sum' as const, subjects };
          const a = answerMulti(l, es, summed, `${ranked.title.replace(/ · \d{4}年$/, '')}，合计`);
          // ("前三合计占项目支出比例": the sum, as a share of what they were ranked within.)
          const within = (q.whole ?? q.scope) && this.entities.get((q.whole ?? q.scope)!.id);
          const w = within?.view().primary;
          const sum = a.figures.find((f) => f.computation?.op === 'sum');
          const pct =
            /占/.test(p.text) && w && sum
              ? percentOfFigures(`合计占${within!.name}的比例`, sum, { ...w, label: within!.name })
              : null;
          return this.withQuery(
            pct
              ? {
                  ...a,
                  kind: 'share',
                  lines: [figureLine(pct), ...a.lines],
                  figures: [pct, ...a.figures, w!],
                  sources: collectSources([...a.figures, w!]),
                }
              : a,
            summed,
          );
        }
        return ranked ?? this.notFound(l, how.question, u, how.tooLong);
      }
      case 'find_by_amount': {
        // "项目支出八千多万，具体多少万": an amount the scope itself has is recalled, not searched for.
        const own = q.scope && q.amount && !q.amount.bound ? this.entities.get(q.scope.id) : undefined;
        const total = own?.view().primary;
        const yuan = total ? inUnit(total, '元')?.value : undefined;
        if (own && yuan && q.amount) {
          const lo = new Money(q.amount.yuan);
          const hi = q.amount.upTo ? new Money(q.amount.upTo) : null;
          const near = hi ? yuan.gte(lo) && yuan.lt(hi) : yuan.minus(lo).abs().lte(lo.times('0.1'));
          if (near) return this.lookup(l, own, p, interp);
        }
        return answerByAmount(this, l, q) ?? this.notFound(l, how.question, u, how.tooLong);
      }
      default:
        break;
    }
    // "卫生健康下面两个项各多少": the codes of a deeper level under the code named, all of them.
    const under = q.scope ? this.entities.get(q.scope.id) : ents.length === 1 ? ents[0] : undefined;
    const depth = q.level ? { 类: 3, 款: 5, 项: 7 }[q.level] : 0;
    if (under?.kind === 'functional' && ents.length <= 1 && depth > under.codes[0]!.length) {
      const listed = answerRank(
        this,
        l,
        { ...q, op: 'rank', order: 'desc', n: 25, scope: { id: under.id, name: under.name } },
        interp,
      );
      if (listed) return listed;
    }
    if (ents.length === 0) {
      // "表九里有几笔无线网络租赁费": a name several lines share, counted — the lines, each.
      if (ambiguous && q.op === 'count' && ambiguous.ambiguous!.every((x) => x.item)) {
        const es = ambiguous.ambiguous!;
        const each: Query = {
          ...q,
          op: 'value',
          combine: 'each',
          subjects: es.map((x) => ({ id: x.id, name: x.name })),
        };
        const a = answerMulti(l, es, each, interp);
        return this.withQuery(
          { ...a, lines: [`名称含「${ambiguous.text}」的明细共 ${es.length} 笔：`, ...a.lines] },
          each,
        );
      }
      // "政务外网的两个项目", "2710会议室的项目": the projects of that name asked as several — each of them
      // (as many as the question says, when it says how many).
      const plural = ambiguous
        ? new RegExp(
            `${escapeRegExp(ambiguous.text)}(?:的|相关的?|有关的?|那|这)?(?:(几|[两二三四五六七八九十])(?:个|笔|项))?(?:项目|明细)(?:有哪些|是哪些|都有哪些|都有啥|分别多少|各多少|分别是多少|呢)?[？?。]*$`,
          ).exec(u.reading.text)
        : null;
      if (
        ambiguous &&
        plural &&
        q.op === 'value' &&
        ambiguous.ambiguous!.every((x) => x.item || x.project) &&
        (!plural[1] || plural[1] === '几' || smallNumber(plural[1]) === ambiguous.ambiguous!.length)
      ) {
        const es = ambiguous.ambiguous!;
        const each: Query = { ...q, combine: 'each', subjects: es.map((x) => ({ id: x.id, name: x.name })) };
        const a = answerMulti(l, es, each, interp);
        return this.withQuery(
          { ...a, lines: [`名称含「${ambiguous.text}」的有 ${es.length} 项：`, ...a.lines] },
          each,
        );
      }
      if (ambiguous) return this.ambiguous(l, ambiguous.text, ambiguous.ambiguous!);
      if (q.op === 'count' && q.noun === 'project' && !/(?:几|多少)[次场回天]/.test(u.reading.text)) {
        const e = this.entities.get(`${l.ds.meta.id}/topic/projectCount`);
        if (e) return this.lookup(l, e, p, interp);
      }
      if (q.op === 'owner') {
        const e = this.entities.get(`${l.ds.meta.id}/topic/departmentHead`);
        if (e) return this.lookup(l, e, p, interp);
      }
      // "多少人", "有多少辆车": a count whose unit names what is counted.
      if (q.op === 'count' || q.op === 'value') {
        const t = u.reading.text;
        const topic = /人/.test(t) ? 'staffing' : null;
        const sangong = this.entities.get(`${l.ds.meta.id}/topic/sangong`) ?? null;
        // "有多少辆车": the vehicles among the fixed assets and the 三公 cars, both stated.
        const found = topic
          ? [this.entities.get(`${l.ds.meta.id}/topic/${topic}`)]
          : /辆|车/.test(t)
            ? [this.vehicleCount(l, null, t), /买|购/.test(t) ? undefined : this.vehicleCount(l, sangong, t)]
            : [];
        const es = [...new Set(found.filter((x): x is Entity => !!x))];
        if (es.length > 0 && u.unresolved.every((x) => [...x].length < 2 || /^[人车辆]+$/.test(x)))
          return es.length === 1
            ? this.lookup(l, es[0]!, p, interp)
            : mergeAnswers(
                es.map((x) => this.lookup(l, x, p, interp)),
                l,
              );
      }
      const bare = u.partial.hasTime || u.partial.leans || u.partial.hasOp || q.percent;
      if (u.unresolved.length === 0 && (bare || (q.op !== 'value' && q.op !== 'count')))
        return makeAnswer({
          kind: 'not_found',
          title: '请说明要问的项目',
          lines: [
            '这个问题要接着上一个问题问，但现在没有上文（或上文已过期）。请带上项目名称，例如“公务接待费比去年变化多少”。',
          ],
          datasets: [datasetRef(l.ds)],
          suggestions: ['公务接待费比去年变化多少', '三公经费是多少', '科学技术支出占多少'],
        });
      return this.notFound(l, how.question, u, how.tooLong);
    }
    // "公用经费里面其他商品和服务支出": a name several things share, read as the one within the part of
    // spending named beside it (its row of that part's column).
    if (ambiguous && ents.length === 1 && ['personnel', 'public'].includes(ents[0]!.topic?.id ?? '')) {
      const codes = ambiguous.ambiguous!.flatMap((e) =>
        e.kind === 'economic' ? e.codes : e.item ? [e.item.departmentEconomic.code] : [],
      );
      const within = candidates(this, l, { ...q, noun: undefined }, ents[0]);
      const part = within.parts.filter((x) => codes.includes(x.id?.split('/').pop() ?? ''));
      if (part.length === 1)
        return makeAnswer({
          kind: 'amount',
          title: `${ents[0]!.name}中的${part[0]!.name} · ${l.ds.meta.fiscalYear}年`,
          lines: [figureLine(part[0]!.figure), `（${within.what}之一。）`],
          figures: [part[0]!.figure],
          sources: collectSources([part[0]!.figure]),
          datasets: [datasetRef(l.ds)],
          suggestions: [`${ents[0]!.name}里最大的是哪个科目`],
          ...(interp ? { interpretation: interp } : {}),
        });
    }
    // A name that stays ambiguous beside the ones found is a choice to make, not a name to drop.
    // (Only a name the document spells out: a generic word left over from a fuzzy match — 经费, 系统 — is not.)
    // In a sum, a comparison or a list, a subject left out changes the answer: any doubt is asked back.
    if (
      ambiguous &&
      !how.merged &&
      ((ambiguous.via === 'name' && [...ambiguous.text].length >= 4) ||
        q.combine === 'sum' ||
        q.combine === 'compare')
    )
      return this.ambiguous(l, ambiguous.text, ambiguous.ambiguous!);
    // A name the question gave beside the ones found (joined by 和/与, or qualifying them: "区科协的三公",
    // "软件正版化项目的中标供应商"): what it asks is not in the data, and is said so — never another
    // subject's figure in its place.
    // "服务联络办要组织几次扶贫挂职干部培训": times, sessions, days are no figure of the tables; the text
    // may say them.
    const times = /(?:几|多少)([次场回天])/.exec(u.reading.text)?.[1];
    if (times && !ents.some((e) => e.view().primary?.unit === times))
      return this.quoted(l, u, u.reading.text) ?? this.notFound(l, how.question, u, how.tooLong);
    // "说明里提到的主要项目有哪些": the question asks for the document's words, quoted — not a figure.
    if (
      WORDING_ASKED.test(u.reading.text) &&
      q.op !== 'owner' &&
      !ents.some((e) => e.kind === 'fact' || e.kind === 'table')
    ) {
      const words = this.quoted(l, u, u.reading.text.replace(WORDING_ASKED_ALL, ''));
      if (words) return words;
    }
    // "今年要买单价50万以上的通用设备吗", "专用设备安排了几台": the purchases the narrative plans.
    // ("那100万以上的专用设备呢" after the cars planned: the planned purchase of that kind.)
    const before = how.options.previous;
    // (Not of what is held now: "现有专用设备价值多少", "固定资产里现在有几辆车".)
    const afterPlan =
      /呢[？?]?$/.test(u.reading.text) &&
      !/现有|现在|固定资产|截至|截止|资产|价值/.test(u.reading.text) &&
      (!!before?.id?.includes('/fact/assets.planned.') ||
        !!(before?.query as Query | undefined)?.subjects?.some((x) =>
          x.id.includes('/fact/assets.planned.'),
        ));
    const planned = this.plannedPurchase(
      l,
      ents,
      afterPlan ? `购置${u.reading.text}` : u.reading.text,
      q.op === 'count' || (afterPlan && /\.count$/.test(before?.id ?? '')),
    );
    if (planned) return this.lookup(l, planned, p, interp);
    // (English words left over are its wording unless they name something: "weather", "iflytek".)
    // (In a clause of a long chat message, words no name of the document shares a pair of characters
    // with are its chatter: "国有资产那段说截止…".)
    const missing = u.unresolved.filter(
      (t) =>
        [...t].length >= 2 &&
        (!/^[a-z]+$/.test(t) || (t.length >= 4 && !ENGLISH_WORDING.has(t))) &&
        (!how.clause || this.sharesBigram(t) || NAME_HEAD.test(t)),
    );
    const ownNames = u.mentions.some((m) => m.entity);
    // Two names side by side with no 和/、 between them ("临时工工资总额"): the second qualifies the first —
    // a thing the data does not name, not the two things.
    const found = u.mentions.filter((m) => m.entity);
    const glued = found.some((m, i) => {
      const next = found[i + 1];
      if (!next || next.entity!.id === m.entity!.id) return false;
      const between = u.reading.text.slice(m.end, next.start);
      // (Two readings of one name — 整体支出 + 绩效评价 → 整体支出绩效评价得分 — share a pair of characters.)
      const overlap = (a: string, b: string) => [...charPairs(b)].some((g) => charPairs(a).has(g));
      if (overlap(m.entity!.name, next.text) || overlap(next.entity!.name, m.text)) return false;
      // (A code and 基本/项目支出 side by side is that code's column: "2010302项目支出".)
      const pair = [m.entity!, next.entity!];
      if (
        pair.some((e) => e.kind === 'functional' || e.kind === 'economic') &&
        pair.some((e) => ['basic', 'project'].includes(e.topic?.id ?? ''))
      )
        return false;
      // (An item and 绩效目标: that item's form, or the word that it has none.)
      if (pair.some((e) => e.topic?.id === 'performance') && pair.some((e) => e.item || e.project))
        return false;
      // (Written together with nothing between — 绩效工资 — they name one thing even in a list; with 的
      // between, a list's 和 makes the first the scope of the rest: 人员经费的基本工资和津贴补贴.)
      // (A first name that is whole by itself — 水费电费, 表六人员经费 — begins a list or says where.)
      const whole = m.entity!.kind === 'table' || /(?:费|支出|经费|收入|资金|项目|表)$/.test(m.text);
      return (
        (between === '' && !whole) ||
        (/^的?$/.test(between) && !u.reading.marks.some((k) => k.mark.cat === 'conj'))
      );
    });
    if (glued && ents.length > 1 && q.op === 'value' && !q.scope && !how.merged)
      return this.notFound(l, how.question, u, how.tooLong);
    // "办公费、印刷费、咨询费各安排了多少": each one found is answered, and the ones the data lacks are named.
    const lacking = missing.filter((t) => NAME_HEAD.test(t));
    // ("政府采购里货物类和服务类各多少": what was found is only where to look — the parts asked are none of it.)
    const onlyWhere = ents.every((e) => {
      const m = u.mentions.find((x) => x.entity?.id === e.id);
      return (
        !!m && u.reading.marks.some((k) => k.mark.cat === 'scope' && k.start >= m.end && k.start <= m.end + 1)
      );
    });
    if (
      !onlyWhere &&
      lacking.length > 0 &&
      lacking.length === missing.length &&
      ents.length >= 1 &&
      ents.every((e) => e.item || e.kind === 'economic' || e.kind === 'functional' || e.topic) &&
      u.reading.marks.some(
        (k) => k.mark.cat === 'conj' && (k.mark.value === 'each' || k.mark.value === 'and'),
      ) &&
      // (Never a sum or a comparison that leaves one out.)
      !u.reading.marks.some(
        (k) => k.mark.cat === 'conj' && (k.mark.value === 'sum' || k.mark.value === 'compare'),
      )
    ) {
      const found = this.execute(
        l,
        q,
        { ...u, unresolved: u.unresolved.filter((t) => !lacking.includes(t)) },
        how,
      );
      if (found.kind !== 'not_found' && found.figures.length > 0)
        return { ...found, lines: [`文件中没有：${lacking.join('、')}。找到的是：`, ...found.lines] };
    }
    if (missing.length > 0 && ownNames && u.reading.text.length <= (u.reading.english ? 120 : 40))
      return this.notFound(l, how.question, u, how.tooLong);
    // "两个加起来" → "比去年多了多少": the change of their sum, when each states last year's figure.
    if (q.op === 'change' && q.combine === 'sum' && ents.length > 1) {
      const cur = ents.map((e) => (e.view().primary ? inUnit(e.view().primary!, '元') : null));
      const prev = ents.map((e) => (e.view().previous ? inUnit(e.view().previous!, '元') : null));
      if (cur.every((f) => f !== null) && prev.every((f) => f !== null)) {
        const names = ents.map((e) => e.name).join(' + ');
        const now = sumOf(
          `${l.ds.meta.fiscalYear}年 ${names}`,
          '元',
          cur as Figure<'元'>[],
          '各项本年数之和',
        );
        const then = sumOf(
          `${l.ds.meta.previousYear}年 ${names}`,
          '元',
          prev as Figure<'元'>[],
          '各项上年数之和',
        );
        const diff = differenceOf(
          `${names} 比${l.ds.meta.previousYear}年增减额`,
          '元',
          now,
          then,
          '本年合计 − 上年合计',
        );
        const pct = changePercentOf(
          `${names} 增减幅度`,
          '元',
          now,
          then,
          '（本年合计 − 上年合计）÷ 上年合计 × 100',
        );
        return makeAnswer({
          kind: 'amount',
          title: `${names}：与${l.ds.meta.previousYear}年比较`,
          lines: [
            figureLine(now),
            figureLine(then),
            `${diff.value.isNegative() ? '减少' : '增加'} ${formatFigureValue({ ...diff, value: diff.value.abs() })}${pct ? `（${formatFigureValue(pct)}）` : ''}。`,
          ],
          figures: [now, then, diff, ...(pct ? [pct] : [])],
          sources: ents.flatMap((e) => e.view().sources.slice(0, 2)),
          datasets: [datasetRef(l.ds)],
          subject: { kind: 'item', name: names, datasetId: l.ds.meta.id, list: ents.map((e) => e.id) },
        });
      }
    }
    // Compared with a subject or added to it ("表六总计跟表三基本支出差多少"), a table with a total of its own
    // is that total.
    const tableFigure = (e: Entity) =>
      e.kind === 'table' && !!e.view().primary && (q.combine === 'compare' || q.combine === 'minus');
    // (A table named beside a subject is where to look: "表二 上年结转".)
    // "表一、表二分别是什么": each table as itself (compared, their totals: "表三和表五的合计一样吗").
    if (ents.length > 1 && ents.every((e) => e.kind === 'table') && !ents.every(tableFigure))
      return mergeAnswers(
        ents.map((e) => this.lookup(l, e, p, interp)),
        l,
      );
    if (
      ents.length > 1 &&
      ents.some((e) => e.kind === 'table' && !tableFigure(e)) &&
      !ents.every((e) => e.kind === 'table')
    )
      return this.execute(
        l,
        { ...q, subjects: q.subjects.filter((s) => this.entities.get(s.id)?.kind !== 'table') },
        u,
        how,
      );
    // "软件正版化项目的绩效目标是什么": the 绩效 of a line item that has no 项目绩效 form is not in the document.
    const perf = ents.find((e) => e.topic?.id === 'performance');
    const formless = ents.find((e) => e.item && !e.project && !l.entities.projectForItem(e.item));
    // "通讯指挥中心运维费的绩效目标": the project's form (its goal and indicators).
    const formed = ents.find((e) => l.entities.projectOf(e));
    const project = formed && l.entities.projectOf(formed);
    const form = project ? this.entities.get(`${l.ds.meta.id}/project/${project.id}`) : undefined;
    if (perf && form && ents.length === 2) return this.lookup(l, form, p, interp);
    if (perf && formless && ents.length === 2)
      return makeAnswer({
        kind: 'not_found',
        title: `文件没有${formless.name}的绩效目标`,
        lines: [
          `只有填报了项目支出绩效目标申报表（${kindName(l.ds, '项目绩效')}）的项目才有绩效目标和指标；${formless.name}没有这张表。`,
          `${kindName(l.ds, '项目绩效')}列出的项目：${l.ds.performance.projects.map((x) => x.name).join('、') || '无'}。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: l.ds.performance.projects.slice(0, 2).map((x) => `${x.name}的绩效指标`),
      });
    // "基本支出里这个科目多少" (a code within 基本支出 / 项目支出): its line items of that kind.
    const inSpending = this.codeWithinSpending(l, q, ents, p, interp);
    if (inSpending) return inSpending;
    // "一般公共服务支出里项目支出多少": 基本支出 / 项目支出 within a code is that code's column.
    const inCode = q.scope ? this.entities.get(q.scope.id) : undefined;
    if (
      q.op === 'value' &&
      ents.length === 1 &&
      (inCode?.kind === 'functional' || inCode?.kind === 'economic') &&
      ['basic', 'project'].includes(ents[0]!.topic?.id ?? '')
    ) {
      const cell = this.spendingCell(l, inCode, ents[0]!, interp);
      if (cell) return cell;
    }
    // "一般公共服务支出的基本支出" (no 和 between): the same — the part of the code, not two figures.
    const code = ents.find((e) => e.kind === 'functional' || e.kind === 'economic');
    const part = ents.find((e) => ['basic', 'project'].includes(e.topic?.id ?? ''));
    // "201类的基本支出和项目支出各多少": both columns of the code.
    const bothParts = ents.filter((e) => ['basic', 'project'].includes(e.topic?.id ?? ''));
    if (code && bothParts.length === 2 && ents.length === 3 && q.op === 'value') {
      const cells = bothParts
        .map((x) => this.spendingCell(l, code, x, interp))
        .filter((a): a is Answer => !!a);
      // (What it is about is the code: "它是教育支出的多少倍" next asks of 科学技术支出.)
      if (cells.length === 2) {
        const { combine: _c, ...about } = q;
        return this.withQuery(mergeAnswers(cells, l), {
          ...about,
          subjects: [{ id: code.id, name: code.name }],
        });
      }
    }
    // ("30213维修（护）费项下的项目支出一共多少": the code, 下的, then the part — 一共 is the part's total.)
    const at = (e: Entity | undefined) => u.mentions.find((m) => m.entity?.id === e?.id);
    // (Where the code's last mention ends: "20103 政府办公厅（室）及相关机构事务 的项目支出".)
    const lastAt = (e: Entity) =>
      u.mentions.reduce((end, m) => (m.entity?.id === e.id ? Math.max(end, m.end) : end), -Infinity);
    const within =
      code &&
      part &&
      u.reading.marks.some(
        (k) =>
          k.mark.cat === 'scope' &&
          k.start >= (at(code)?.end ?? Infinity) &&
          k.end <= (at(part)?.start ?? -1),
      );
    // ("30213维修（护）费在项目支出中合计多少", "30299下项目支出一共多少": the code, then the part with
    // no 和 between them — the code within the part; a code and a part overlap, so are never added up.)
    const inPart =
      code &&
      at(part) !== undefined &&
      lastAt(code) <= at(part)!.start &&
      !/[和与及、跟同加]|以及/.test(u.reading.text.slice(lastAt(code), at(part)!.start));
    if (
      ents.length === 2 &&
      code &&
      part &&
      !q.scope &&
      q.op === 'value' &&
      (within ||
        inPart ||
        !u.reading.marks.some((k) => k.mark.cat === 'conj') ||
        // ("科学技术支出的基本支出合计多少": the total said after "X的Y" is that cell's — no 和 between them.)
        (at(part) !== undefined &&
          lastAt(code) <= at(part)!.start &&
          code.name
            .replace(/[（）()]/g, '')
            .includes(
              u.reading.text.slice(lastAt(code), at(part)!.start).replace(/[\s（）()]|的$|里的$|中的$/g, ''),
            )))
    ) {
      const cell =
        this.spendingCell(l, code, part, interp) ??
        this.codeWithinSpending(
          l,
          { ...q, scope: { id: part.id, name: part.name }, subjects: [{ id: code.id, name: code.name }] },
          [code],
          p,
          interp,
        );
      if (cell) return cell;
    }
    // "一般公共服务支出里的项目支出占全部项目支出的百分比": that cell, as a share of the whole named.
    // ("项目支出占201的百分比": a column as a share of one code is that code's column — the department's
    // 项目支出 is no part of 201.)
    const whole = q.whole ? this.entities.get(q.whole.id) : undefined;
    const ofCode =
      ents.length === 1 && part && (whole?.kind === 'functional' || whole?.kind === 'economic')
        ? whole
        : undefined;
    const cellCode = ents.length === 2 ? code : ofCode;
    if (cellCode && part && q.op === 'share' && whole?.view().primary) {
      const cell = this.spendingCell(l, cellCode, part, undefined)?.figures[0];
      const w = { ...whole.view().primary!, label: whole.name };
      const pct = cell && percentOfFigures(`${cell.label}占${whole.name}的比例`, cell, w);
      if (cell && pct)
        return makeAnswer({
          kind: 'share',
          title: `${cellCode.name}的${spendingColumn(part)} 占 ${whole.name}`,
          ...(interp ? { interpretation: interp } : {}),
          lines: [
            figureLine(cell),
            figureLine(w),
            `${cell.label}占${whole.name}的 ${formatFigureValue(pct)}（${pct.derivation}）。`,
          ],
          figures: [cell, w, pct],
          sources: collectSources([cell, w]),
          datasets: [datasetRef(l.ds)],
          suggestions: [`${cellCode.name}占多少`],
        });
    }
    // "201类里面基本支出和项目支出", "科技支出里项目支出": the parts of a code, read off the code itself.
    const scopeEntity = q.scope ? this.entities.get(q.scope.id) : undefined;
    if (
      scopeEntity &&
      (scopeEntity.kind === 'functional' || scopeEntity.kind === 'economic') &&
      ents.every((e) => ['basic', 'project'].includes(e.topic?.id ?? ''))
    )
      return this.lookup(l, scopeEntity, p, interp);
    // "有几辆车", "三公口径公车几辆", "固定资产里车辆几辆", "今年买几辆": the count the narrative states.
    // ("固定资产里车有几辆" → "实有公务用车呢" → "差几辆": the two counts of cars, compared.)
    if (/几辆|多少辆/.test(u.reading.text) && q.combine === 'compare' && ents.length === 2) {
      const counts = ents.map((e) =>
        e.view().primary?.unit === '辆' ? e : this.vehicleCount(l, family(e) ? e : null, u.reading.text),
      );
      if (
        counts.every((c) => c?.view().primary?.unit === '辆') &&
        counts[0]!.id !== counts[1]!.id &&
        counts.some((c, i) => c!.id !== ents[i]!.id)
      )
        return this.execute(l, { ...q, subjects: counts.map((c) => ({ id: c!.id, name: c!.name })) }, u, {
          ...how,
          question: how.question.replace(/几辆|多少辆/g, '多少'),
        });
    }
    if (
      /(?:几|多少)(?:辆|台车)|多少车/.test(u.reading.text) &&
      !((q.combine === 'compare' || q.combine === 'sum') && ents.length >= 2)
    ) {
      const scope = q.scope ? this.entities.get(q.scope.id) : undefined;
      const within = [...ents].reverse().find((e) => family(e)) ?? scope;
      const v = this.vehicleCount(l, within ?? null, u.reading.text);
      if (v) return this.lookup(l, v, p, interp);
    }
    // Two subjects that together make a known partition are its breakdown: 基本支出 + 项目支出, 人员 + 公用.
    const ids = new Set(ents.map((e) => e.topic?.id));
    if (
      ents.length === 2 &&
      (q.op === 'value' || (q.op === 'share' && !q.whole)) &&
      q.combine !== 'compare' &&
      q.time === 'current'
    ) {
      const dim =
        ids.has('basic') && ids.has('project')
          ? 'basic_project'
          : ids.has('personnel') && ids.has('public')
            ? 'personnel_public'
            : null;
      if (dim) return answerBreakdown(this, l, { ...p, breakdown: dim }, undefined, interp);
    }
    if (ents.length > 1 && (q.op === 'value' || q.combine === 'sum' || q.combine === 'compare')) {
      // ("占比" after a sum: of the whole they share, said in the answer.)
      const whole = q.whole
        ? this.entities.get(q.whole.id)
        : q.op === 'share' && q.combine === 'sum'
          ? this.commonWhole(l, ents)
          : undefined;
      // ("车辆、通用、专用加起来": beside money, a thing the narrative counts and values — 车辆 5 辆,
      // 182.83 万元 — is added by its value.)
      const money = ents.some((e) => {
        const f = e.view().primary;
        return !!f && isMoneyUnit(f.unit);
      });
      const added =
        money && (q.combine === 'sum' || q.combine === 'compare')
          ? ents.map((e) => this.valuedFact(l, e) ?? e)
          : ents;
      return answerMulti(l, added, q, interp, whole);
    }
    if (ents.length > 1 && q.op !== 'share') {
      // Each subject asked the same way, one after another.
      const parts = ents.slice(0, 4).map((e) => this.single(l, e, q, p, interp));
      return mergeAnswers(parts, l);
    }
    return this.single(l, ents[0]!, q, p, interp, ents.slice(1));
  }

  /** One subject, asked one way. */
  private single(
    l: LoadedDataset,
    e: Entity,
    q: Query,
    p: Parsed,
    interp: string | undefined,
    more: Entity[] = [],
  ): Answer {
    const v = e.view();
    // A line item the document states no last-year figure for, with last year's document loaded: the
    // two published documents compared item by item.
    if (((q.op === 'value' && q.time === 'previous') || q.op === 'change') && e.item && !v.previous) {
      const two = this.itemAcrossYears(l, e, interp);
      if (two) return two;
    }
    // ("30217 公务接待费" → "比上年少了多少": the code's own figure has no last year, the topic of that code —
    // 公务接待费 in 表七 and the text — has.)
    if (
      ((q.op === 'value' && q.time === 'previous') || q.op === 'change') &&
      e.kind === 'economic' &&
      !v.previous
    ) {
      const topic = l.entities.all.find((x) => x.kind === 'topic' && x.topic?.code === e.codes[0]);
      if (topic?.view().previous) return this.single(l, topic, q, p, interp, more);
    }
    // Last year's figure (or the change) of a subject the document gives no last-year figure for.
    if (
      ((q.op === 'value' && q.time === 'previous') || q.op === 'change') &&
      !v.previous &&
      !v.change &&
      v.primary
    ) {
      // What the narrative says of the change in words ("与上年持平"), quoted — first, when it says it.
      const said = this.changeNotes(l, e);
      const prevYear = l.ds.meta.previousYear;
      // ("为啥多了" of 公务用车购置费: the reason the document gives for the whole it is a part of.)
      let whole = q.why ? this.topicParent(l, e) : undefined;
      while (whole && !whole.view().reason) whole = this.topicParent(l, whole);
      const wholeWhy = whole?.view().reason;
      if (wholeWhy && q.op === 'change')
        said.push(`文件对${whole!.view().title}的变化原因（原文）：${wholeWhy.text}。`);
      return makeAnswer({
        // No figure is given as the answer: the document has none for that year.
        kind: q.op === 'change' ? 'change' : 'fact',
        title:
          said.length > 0 && q.op === 'change'
            ? `${v.title}：与${prevYear}年比较（文件的文字说明）`
            : `文件没有公布${v.title}的${prevYear}年数`,
        lines:
          said.length > 0 && q.op === 'change'
            ? [...said, `本年数：${formatFigureValue(v.primary)}；${prevYear}年的金额文件没有单独列出。`]
            : [
                `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算没有公布${v.title}的${prevYear}年数，无法${q.op === 'change' ? '与上年比较' : '给出上年数'}。`,
                `本年数：${formatFigureValue(v.primary)}（仅供参考）。`,
                ...said,
              ],
        ...(wholeWhy && q.op === 'change' ? { sources: [wholeWhy.source] } : {}),
        datasets: [datasetRef(l.ds)],
        suggestions: [`${v.title}是多少`, '三公比去年涨了多少'],
        subject: this.subjectOf(e),
      });
    }
    let a: Answer;
    switch (q.op) {
      case 'change':
        a = this.lookup(l, e, p, interp, 'change');
        break;
      case 'share': {
        const whole = q.whole ? this.entities.get(q.whole.id) : undefined;
        if (more.length > 0) {
          const answers = [e, ...more].slice(0, 4).map((x) => this.share(l, x, interp, whole));
          const merged = mergeAnswers(answers, l);
          // "两笔（运维费+尾款）占科学技术支出多少": the parts together, as a share of the same whole.
          const parts = [e, ...more].slice(0, 4).map((x) => x.view().primary);
          const w = whole?.view().primary;
          if (!w || !parts.every((f): f is Figure<'元'> => f?.unit === '元')) return merged;
          const names = [e, ...more]
            .slice(0, 4)
            .map((x) => x.name)
            .join(' + ');
          const total = sumOf(`${names} 合计`, '元', parts, parts.map((f) => f.label).join(' + '));
          const pct = percentOfFigures(`合计占${whole!.name}的比例`, total, { ...w, label: whole!.name });
          if (!pct) return merged;
          return {
            ...merged,
            lines: [figureLine(total), figureLine(pct), ...merged.lines],
            figures: [total, pct, ...merged.figures],
          };
        }
        // "项目支出占比今年比去年高了几个百分点": both years' shares of one whole, and the change in points.
        const w = whole ?? this.entities.get(`${l.ds.meta.id}/topic/expenditure`);
        // (So does "2019年和2020年各是多少": both years asked.)
        if ((/比(?:去|上)年|较上年|同比|百分点/.test(p.text) || q.time === 'both') && w && w.id !== e.id) {
          const now = this.share(l, e, interp, w).figures.find((f) => f.unit === '%') as
            Figure<'%'> | undefined;
          const before = this.share(l, e, interp, w, true);
          const then = before.figures.find((f) => f.unit === '%') as Figure<'%'> | undefined;
          if (now && then) {
            const diff = differenceOf(
              `${e.name}占${w.name}的比例变化（百分点）`,
              '%',
              now,
              then,
              `${now.label} − ${then.label}`,
            );
            a = makeAnswer({
              kind: 'change',
              title: `${e.name}占${w.name}的比例：${l.ds.meta.fiscalYear}年与${l.ds.meta.previousYear}年`,
              ...(interp ? { interpretation: interp } : {}),
              lines: [
                `${now.label}：${formatFigureValue(now)}`,
                `${then.label}：${formatFigureValue(then)}`,
                `变化 ${formatFigureValue(diff).replace('%', '')} 个百分点（${diff.derivation}）。`,
              ],
              figures: [now, then, diff],
              sources: collectSources([now, then]),
              datasets: [datasetRef(l.ds)],
              subject: this.subjectOf(e, 'share'),
            });
            break;
          }
        }
        a = this.share(l, e, interp, whole, q.time === 'previous');
        // "绩效管理项目占项目总预算多少": the project's own form may state that share in words.
        const said = this.formStatedShare(l, e, p.text);
        if (said) a = { ...a, lines: [said, ...a.lines] };
        break;
      }
      case 'owner': {
        // "通讯指挥中心运维费的实施单位是谁": the form leaves it blank — said as not published, not as a person.
        const form = l.entities.projectOf(e);
        if (form && /实施单位/.test(p.text) && !form.implementingUnit) {
          // (A statement about this project — "那X呢" next asks X the same — so the conversation keeps it.)
          a = makeAnswer({
            kind: 'fact',
            title: `文件没有填写${form.name}的实施单位`,
            lines: [
              `${kindName(l.ds, '项目绩效')}中${form.name}的“实施单位”一栏为空，文件没有公布。`,
              `负责人 ${form.owner ?? '未填'}，联系电话 ${form.phone ?? '未填'}。`,
            ],
            datasets: [datasetRef(l.ds)],
            suggestions: [`${form.name}的负责人`],
          });
          break;
        }
        a =
          this.owner(l, e, interp, this.aboutTheForm(q, p.text)) ??
          (e.kind === 'topic' ? this.lookup(l, e, p, interp) : null) ??
          // ("那X呢" after a 负责人: a line with no form is asked its amount, when this question names no 负责人.)
          (!/负责|电话|联系|谁|期限|多久|项目期|实施|属性|新增|延续/.test(p.text)
            ? this.lookup(l, e, p, interp)
            : null) ??
          makeAnswer({
            kind: 'fact',
            title: `文件没有公布${e.name}的${formField(p.text)}`,
            lines: [
              `只有填报了项目支出绩效目标申报表（${kindName(l.ds, '项目绩效')}）的项目才列出负责人、电话、实施期限等；${e.name}没有这张表。`,
              `${kindName(l.ds, '项目绩效')}列出的项目：${l.ds.performance.projects.map((x) => x.name).join('、') || '无'}。`,
            ],
            datasets: [datasetRef(l.ds)],
            suggestions: l.ds.performance.projects.slice(0, 2).map((x) => `${x.name}的负责人`),
          });
        break;
      }
      case 'where':
        a = this.where(l, e, interp);
        break;
      case 'definition': {
        const said = this.definition(l, e, p, interp);
        // "三公经费包括哪三项", "三公包括啥": what a part of spending is made of are its parts, each with its
        // figure (so "第二个" can follow), and then the definition that names them.
        const enumerates =
          /哪[几两三四五]?(?:项|个|些|笔|部分|块|类)|包[括含](?:啥|什么)|都(?:有|含|包括)(?:啥|什么)/.test(
            p.text,
          );
        const plain = (x: string) => x.replace(/[“”"]/g, '');
        const whole =
          e.kind === 'topic'
            ? e
            : e.kind === 'glossary' && enumerates
              ? l.entities.all.find((x) => x.kind === 'topic' && plain(x.name) === plain(e.name))
              : undefined;
        const parted =
          said && enumerates && whole
            ? whole.topic?.id === 'sangong'
              ? answerBreakdown(this, l, { ...p, breakdown: 'sangong' }, whole, interp)
              : this.partsAnswer(l, whole, 'list', q, interp)
            : null;
        // ("一般行政管理事务多少" → "包括啥": what a code holds are its lines — it has no 名称解释 of its own.)
        const lines =
          (!said || said.kind === 'code') &&
          enumerates &&
          (e.kind === 'functional' || e.kind === 'economic') &&
          (itemsUnder(l, e)?.length ?? 0) > 1
            ? (this.partsAnswer(l, e, 'list', q, interp) ?? answerItemsUnder(this, l, e, interp))
            : null;
        if (lines) a = lines;
        else if (said && parted) {
          const told = said.lines.filter((x) => !parted.lines.includes(x) && !/：[\d,.]+ 元/.test(x));
          a = {
            ...parted,
            lines: [...parted.lines, ...told],
            sources: [...parted.sources, ...said.sources.filter((x) => !parted.sources.includes(x))],
          };
        } else a = said ?? this.lookup(l, e, p, interp);
        break;
      }
      case 'code': {
        // ("30217对应的政府经济分类是什么": the code of the other classification its lines carry.)
        const dim = q.dimension;
        a =
          (dim && ['functional', 'economic', 'government_economic'].includes(dim)
            ? this.correspondingCode(l, e, dim)
            : null) ?? this.codeOf(l, e, p, interp);
        break;
      }
      case 'detail': {
        // "政府采购 → 都是哪些项目": the document gives the number and the money, not the list.
        if (/\/(?:topic|fact)\/procurement(?:\.|$)/.test(e.id) && !itemsUnder(l, e)?.length) {
          a = makeAnswer({
            kind: 'not_found',
            title: `文件没有列出${e.view().title}的具体项目`,
            lines: [
              `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算只公布了${e.view().title}的个数和金额，没有逐项列出。`,
            ],
            datasets: [datasetRef(l.ds)],
            suggestions: [`${e.view().title}多少`],
          });
          break;
        }
        // "2010399下面有哪些项目超过200万": its line items above (or below) the amount.
        if (q.amount?.bound && (e.kind === 'functional' || e.kind === 'economic')) {
          const bounded = answerByAmount(this, l, { ...q, subjects: [], scope: { id: e.id, name: e.name } });
          if (bounded) {
            a = bounded;
            break;
          }
        }
        // ("哪些项目用的这个编码": the code's 项目支出 lines, when it has 基本支出 lines too.)
        const lines =
          (e.kind === 'economic' || e.kind === 'functional') && q.noun === 'project'
            ? itemsUnder(l, e)
            : null;
        if (lines?.some((i) => i.spending === 'project') && lines.some((i) => i.spending === 'basic')) {
          a = answerItemsUnder(this, l, e, interp, true);
          break;
        }
        // What a code or a part of spending holds are its line items; what a term covers is its definition.
        const parted = this.partsAnswer(l, e, 'list', q, interp);
        if (parted) {
          a = parted;
          break;
        }
        // "卫生健康支出具体有哪几项": a class or 款 holds the 项 codes under it (its leaves), not line items.
        // ("具体多少万" asks the amount: not a list.)
        const listing = !/多少|几[百千万]/.test(p.text);
        const leaves = e.kind === 'functional' && listing ? this.leafCodes(l, e.codes[0]!) : [];
        if (leaves.length > 0) {
          const subjects = leaves.map((x) => ({ id: x.id, name: x.name }));
          a = answerMulti(
            l,
            leaves,
            { ...q, op: 'value', combine: 'each', subjects },
            interp ?? `${e.name}下的项`,
          );
          break;
        }
        // "绩效项目有哪些": the projects with a 绩效 form.
        if (e.topic?.id === 'performance' && /项目/.test(p.text) && l.ds.performance.projects.length > 0) {
          const es = l.ds.performance.projects
            .map((x) => this.entities.get(`${l.ds.meta.id}/project/${x.id}`))
            .filter((x): x is Entity => !!x);
          const subjects = es.map((x) => ({ id: x.id, name: x.name }));
          const listed = { ...q, op: 'value' as const, combine: 'each' as const, subjects };
          a = answerMulti(l, es, listed, interp ?? `填报${kindName(l.ds, '项目绩效')}的项目`);
          break;
        }
        const items = itemsUnder(l, e);
        // "三公经费涉及哪几个单位": the units the narrative names, not the parts.
        const units = this.entities.get(`${l.ds.meta.id}/fact/sangong.units`);
        if (e.topic?.id === 'sangong' && units && /单位/.test(p.text)) {
          a = this.lookup(l, units, p, interp);
          break;
        }
        if (e.topic?.id === 'sangong') {
          a = answerBreakdown(this, l, { ...p, breakdown: 'sangong' }, e, interp);
          break;
        }
        a =
          items && items.length > 0 && items.length < l.ds.lineItems.length
            ? answerItemsUnder(this, l, e, interp)
            : (this.definition(l, e, { ...p, definition: true }, interp) ?? this.lookup(l, e, p, interp));
        break;
      }
      case 'count':
        // ("表六里30299有几条": the code's rows in 表六, never 表九's lines in their place.)
        if (
          e.kind === 'economic' &&
          q.subjects.find((x) => x.id === e.id)?.table === tableNo(l.ds, '基本支出')
        ) {
          a = this.basicRowsCount(l, e, p, interp);
          break;
        }
        // ("去年多少人" after 实有人数: a stated count has no last year's unless the document gives it.)
        a =
          q.time === 'previous' && e.kind === 'fact' && e.view().primary && !e.view().previous
            ? this.single(l, e, { ...q, op: 'value' }, p, interp)
            : (this.partsAnswer(l, e, 'count', q, interp) ??
              this.count(l, e, p, interp, q.noun === 'project'));
        break;
      default:
        a = this.lookup(
          l,
          e,
          p,
          interp,
          q.time === 'previous' ? 'previous' : q.time === 'both' ? 'change' : undefined,
        );
    }
    // ("固定资产总额折成元是多少": a figure the document gives in 万元, asked in 元.)
    return q.unit === '万元' ? inWan(a) : YUAN_ASKED.test(p.text) ? inYuan(a) : a;
  }

  /**
   * A line item in this year's document and its pair in last year's (same department, both loaded):
   * both figures cited to their own document, the change computed, a changed code or name noted.
   */
  private itemAcrossYears(l: LoadedDataset, e: Entity, interp: string | undefined): Answer | null {
    const prev = this.loaded.find(
      (x) => x.ds.meta.department === l.ds.meta.department && x.ds.meta.fiscalYear === l.ds.meta.previousYear,
    );
    if (!prev || !e.item) return null;
    const pair = pairLineItems(prev.ds.lineItems, l.ds.lineItems).find((p) => p.current === e.item);
    if (!pair?.previous) return null;
    const year = l.ds.meta.fiscalYear;
    const before = prev.ds.meta.fiscalYear;
    const current: Figure<'元'> = {
      label: `${year}年 ${e.item.name}`,
      value: e.item.amount,
      unit: '元',
      source: toSourceRef(l.ds, e.item.source),
    };
    const previous: Figure<'元'> = {
      label: `${before}年 ${pair.previous.name}`,
      value: pair.previous.amount,
      unit: '元',
      source: toSourceRef(prev.ds, pair.previous.source),
    };
    const change = differenceOf(
      `${e.item.name}比${before}年增减`,
      '元',
      current,
      previous,
      `${year}年 − ${before}年`,
    );
    const pct = changePercentOf(
      `${e.item.name}增减幅度`,
      '元',
      current,
      previous,
      `(${year}年 − ${before}年) ÷ ${before}年 × 100`,
    );
    const figures: Figure[] = [current, previous, change, ...(pct ? [pct] : [])];
    return makeAnswer({
      kind: 'change',
      title: `${e.item.name}：${year}年与${before}年比较`,
      lines: [
        `${figureLine(current)}（${year}年预算）`,
        `${figureLine(previous)}（${before}年预算）`,
        changeText(change, pct),
        ...pair.notes.map((n) => `注意：两年之间${n}。`),
        `（两份已加载的预算文件逐项对照；各数分别引自当年文件。）`,
      ],
      figures,
      sources: collectSources(figures),
      datasets: [datasetRef(l.ds), datasetRef(prev.ds)],
      suggestions: [`${e.item.name}在哪个表`],
      subject: this.subjectOf(e, 'change'),
      ...(interp ? { interpretation: interp } : {}),
    });
  }

  /** "代码呢？", "行政运行的科目编码": the classification code of a subject. */
  private codeOf(l: LoadedDataset, e: Entity, p: Parsed, interp: string | undefined): Answer {
    // "培训支出的经济分类编码": the economic codes of the functional code's line items — and the other way,
    // "养老保险缴费（30108）的功能科目编码": the functional codes of the economic code's items.
    const across =
      e.kind === 'functional' && /经济/.test(p.text) && !/功能/.test(p.text)
        ? 'economic'
        : e.kind === 'economic' && /功能/.test(p.text) && !/经济/.test(p.text)
          ? 'functional'
          : undefined;
    if (across) {
      const code = e.codes[0]!;
      const items = l.ds.lineItems.filter((i) =>
        across === 'economic'
          ? i.functional?.code.startsWith(code)
          : i.departmentEconomic.code.startsWith(code),
      );
      const their = (i: LineItem) => (across === 'economic' ? i.departmentEconomic : i.functional);
      const codes = [...new Set(items.flatMap((i) => (their(i) ? [their(i)!.code] : [])))];
      const which = across === 'economic' ? '部门经济分类' : '功能分类';
      if (codes.length > 0)
        return makeAnswer({
          kind: 'code',
          title: `${code} ${e.name} 的${which}编码`,
          lines: [
            `${e.name}的 ${items.length} 条明细对应的${which}：${codes.map((c) => `${c} ${their(items.find((i) => their(i)?.code === c)!)!.name}`).join('、')}。`,
            ...items
              .slice(0, 10)
              .map((i) => `· ${figureLine(l.entities.itemFigure(i))}（${their(i)?.code ?? '—'}）`),
          ],
          figures: items.slice(0, 10).map((i) => l.entities.itemFigure(i)),
          sources: items.slice(0, 10).map((i) => toSourceRef(l.ds, i.source)),
          datasets: [datasetRef(l.ds)],
          subject: this.subjectOf(e, 'code'),
          ...(interp ? { interpretation: interp } : {}),
        });
    }
    if (e.kind === 'functional' || e.kind === 'economic') return this.lookup(l, e, p, interp);
    const code =
      e.item?.departmentEconomic.code ??
      e.topic?.code ??
      (e.project ? l.entities.itemForProject(e.project)?.departmentEconomic.code : undefined);
    const ce = code ? this.entities.get(`${l.ds.meta.id}/economic/${code}`) : undefined;
    const item =
      e.item ??
      (e.project ? l.entities.itemForProject(e.project) : undefined) ??
      (code ? l.ds.lineItems.find((i) => i.departmentEconomic.code === code) : undefined);
    const codes = item
      ? `${item.functional ? `功能分类 ${item.functional.code} ${item.functional.name}；` : ''}部门经济分类 ${item.departmentEconomic.code} ${item.departmentEconomic.name}；政府经济分类 ${item.governmentEconomic.code} ${item.governmentEconomic.name}。`
      : null;
    if (ce && !codes) return this.lookup(l, ce, p, interp ?? `${e.name} 的经济分类代码`);
    if (codes)
      return makeAnswer({
        kind: 'code',
        title: `${e.name} 的科目编码`,
        lines: [`${e.name}：${codes}`, ...(item ? [figureLine(l.entities.itemFigure(item))] : [])],
        figures: item ? [l.entities.itemFigure(item)] : [],
        sources: item ? [toSourceRef(l.ds, item.source)] : [],
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'code'),
        ...(interp ? { interpretation: interp } : {}),
      });
    // ("公车的经济科目", "三公经费的经济分类码": a whole of several parts has no code of its own — each part's.)
    const parts = e.topic
      ? TOPICS.filter((t) => t.code && t.id.startsWith(`${e.topic!.id}.`)).flatMap((t) => {
          const pe = this.entities.get(`${l.ds.meta.id}/economic/${t.code!}`);
          return pe?.view().primary ? [{ t, pe }] : [];
        })
      : [];
    if (parts.length > 0)
      return makeAnswer({
        kind: 'code',
        title: `${e.name} 的科目编码`,
        lines: [
          `${e.name}没有单独的科目编码；其中安排了预算的部分，部门经济分类是：${parts.map(({ pe }) => `${pe.codes[0]} ${pe.name}`).join('、')}。`,
          ...parts.map(({ pe }) => figureLine(pe.view().primary!)),
        ],
        figures: parts.map(({ pe }) => pe.view().primary!),
        sources: parts.flatMap(({ pe }) => (pe.view().primary!.source ? [pe.view().primary!.source!] : [])),
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'code'),
        ...(interp ? { interpretation: interp } : {}),
      });
    return this.lookup(l, e, p, interp);
  }

  /**
   * "编码一样吗", "code一样吗" after two lines (asked together, or one after the other): their codes side by
   * side, and for each classification whether they are the same.
   */
  private sameCodes(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    if (
      !prev ||
      !/^(?:那|它们|他们|两个|两者|俩|这俩|这两个|两笔)?(?:的)?(?:(?:部门经济分类|政府经济分类|经济分类|功能分类|经济科目|功能科目)的?(?:科目编码|科目代码|编码|代码|科目)?|科目编码|科目代码|编码|代码|科目|code|codes)(?:是不是|是)?(?:一样|相同|一致|同一个)(?:的)?(?:吗|么|不|嘛|吧)?[？?]?$/i.test(
        question.trim(),
      )
    )
      return null;
    const ids = [...prev.subjects, ...(prev.recent ?? [])]
      .map((x) => x.id)
      .filter((x, i, all) => all.indexOf(x) === i)
      .slice(0, 2);
    const itemOf = (e: Entity | undefined) =>
      e?.item ?? (e?.project ? l.entities.itemForProject(e.project) : undefined);
    const pair = ids.map((id) => this.entities.get(id));
    const items = pair.map(itemOf);
    if (items.length !== 2 || !items[0] || !items[1]) return null;
    const [a, b] = items as [LineItem, LineItem];
    const dims = [
      ['功能分类', a.functional, b.functional],
      ['部门经济分类', a.departmentEconomic, b.departmentEconomic],
      ['政府经济分类', a.governmentEconomic, b.governmentEconomic],
    ] as const;
    const lines = dims
      .filter(([, x, y]) => x && y)
      .map(
        ([dim, x, y]) =>
          `${dim}：${x!.code === y!.code ? `相同，都是 ${x!.code} ${x!.name}` : `不同，${a.name} ${x!.code} ${x!.name}，${b.name} ${y!.code} ${y!.name}`}。`,
      );
    const all = dims.every(([, x, y]) => !x || !y || x.code === y.code);
    return this.withQuery(
      makeAnswer({
        kind: 'code',
        title: `${a.name} 与 ${b.name} 的科目编码${all ? '相同' : '不完全相同'}`,
        lines,
        figures: [l.entities.itemFigure(a), l.entities.itemFigure(b)],
        sources: [toSourceRef(l.ds, a.source), toSourceRef(l.ds, b.source)],
        datasets: [datasetRef(l.ds)],
      }),
      {
        ...u.partial.query,
        op: 'code',
        subjects: pair.map((e) => ({ id: e!.id, name: e!.name })),
      },
    );
  }

  /** "有几个项目": how many line items a subject holds (a count the document states is its own figure). */
  /**
   * The stated number of vehicles a count question asks for: planned purchases (买/购), the 三公 cars, or
   * the fixed assets' vehicles, by the family of what the question (or the turn before) is about.
   */
  private vehicleCount(l: LoadedDataset, about: Entity | null, text: string): Entity | undefined {
    const counts = l.ds.narrative.facts.filter((f) => f.unit === '辆' || f.unit === '台');
    const buy = /买|购/.test(text);
    const fam = about ? family(about) : null;
    const f =
      counts.find((x) => buy && x.label.includes('购置')) ??
      counts.find((x) => !buy && !x.label.includes('购置') && fam && x.id.startsWith(`${fam}.`)) ??
      counts.find((x) => !buy && !x.label.includes('购置') && x.id.startsWith('assets.'));
    return f ? this.entities.get(`${l.ds.meta.id}/fact/${f.id}`) : undefined;
  }

  /**
   * The parts a project's form states its money is made of (通讯指挥中心运维费: 视频会议系统运行维护
   * 126 万元, 专线光纤租费 2.4 万元, 备品备件 50 万元): listed, counted, or the largest / smallest.
   */
  private partsAnswer(
    l: LoadedDataset,
    e: Entity,
    mode: 'list' | 'count' | 'rank',
    q: Query,
    interp: string | undefined,
  ): Answer | null {
    if (e.kind !== 'project' && e.kind !== 'item') return null;
    const project = l.entities.projectOf(e);
    const n = project?.parts?.length ?? 0;
    if (!project || n === 0) return null;
    const figs = project.parts!.map((_, k) => l.entities.partFigure(project, k));
    const total = this.entities.get(`${l.ds.meta.id}/project/${project.id}`)?.view().primary ?? null;
    const sorted = [...figs].sort(
      (a, b) => (q.order === 'asc' ? 1 : -1) * ordering(a).comparedTo(ordering(b)),
    );
    const shown = mode === 'rank' ? sorted : figs;
    const top = mode === 'rank' ? sorted[(q.nth ?? 1) - 1] : undefined;
    if (mode === 'rank' && !top) return null;
    const count = countOf(
      `${project.name}的组成部分`,
      '项',
      figs,
      `${kindName(l.ds, '项目绩效')} ${project.name} 年度目标所列各部分`,
    );
    const figures: Figure[] = mode === 'count' ? [count] : top ? [top] : [];
    const partIds = (fs: readonly Figure[]) =>
      fs.flatMap((f) => {
        const id = `${l.ds.meta.id}/fact/part.${project.id}.${figs.indexOf(f)}`;
        return this.entities.get(id) ? [id] : [];
      });
    const lines = [
      mode === 'rank'
        ? `${project.name}的 ${n} 个组成部分中，${q.order === 'asc' ? '最小' : '最大'}的是：${top!.label}，${top!.value.toFixed()} ${top!.unit}。`
        : `${project.name}的资金分 ${n} 个部分（${kindName(l.ds, '项目绩效')}中该项目的文字所列）：`,
      ...shown.map((f, i) => `${i + 1}. ${figureLine(f)}`),
    ];
    if (total) lines.push(`项目年度资金总额：${figureLine(total)}`);
    return makeAnswer({
      kind: mode === 'rank' ? 'ranking' : mode === 'count' ? 'fact' : 'breakdown',
      title: `${project.name} 的组成`,
      lines,
      figures: [...figures, ...shown.filter((f) => !figures.includes(f)), ...(total ? [total] : [])],
      sources: collectSources(figs),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${project.name}的负责人`, `${figs[0]!.label}占多少`],
      // (The parts as listed, for "剩下两块加起来" and "第二块" after them.)
      subject: { ...this.subjectOf(e, mode === 'rank' ? 'rank' : 'detail'), list: partIds(shown) },
      ...(interp ? { interpretation: interp } : {}),
    });
  }

  /**
   * "那2018年的呢" after "2019年无线网络租赁费": the item of the same name with the other year, when the
   * dataset has one — the year is part of a name, not a year asked.
   */
  private yearSwapped(l: LoadedDataset, prev: Query | null, question: string): string {
    const asked = /((?:19|20)\d{2})年(?:度)?/.exec(question);
    if (!prev || !asked || prev.subjects.length !== 1) return question;
    const name = prev.subjects[0]!.name;
    const was = /((?:19|20)\d{2})年/.exec(name);
    if (!was || was[1] === asked[1]) return question;
    const swapped = name.replace(`${was[1]}年`, `${asked[1]}年`);
    if (!l.ds.lineItems.some((i) => i.name === swapped)) return question;
    return question.replace(asked[0], swapped);
  }

  /** A code within 基本支出 / 项目支出: its line items of that kind (the largest, the one, or their sum). */
  private codeWithinSpending(
    l: LoadedDataset,
    q: Query,
    ents: Entity[],
    p: Parsed,
    interp: string | undefined,
  ): Answer | null {
    const scope = q.scope ? this.entities.get(q.scope.id) : undefined;
    const spending = scope?.topic?.id;
    const e = ents.length === 1 ? ents[0]! : undefined;
    if (!scope || !e || (e.kind !== 'economic' && e.kind !== 'functional')) return null;
    // Within 基本支出 / 项目支出, or within a code of the other classification ("科技支出里31099").
    const codeOf = (kind: string, i: LineItem) =>
      kind === 'economic' ? i.departmentEconomic.code : (i.functional?.code ?? '');
    const otherCode = scope.kind !== e.kind && (scope.kind === 'economic' || scope.kind === 'functional');
    if (spending !== 'basic' && spending !== 'project' && !otherCode) return null;
    const code = e.codes[0]!;
    const es = l.ds.lineItems
      .filter(
        (i) =>
          (otherCode ? codeOf(scope.kind, i).startsWith(scope.codes[0]!) : i.spending === spending) &&
          codeOf(e.kind, i).startsWith(code),
      )
      .map((i) => this.entities.get(`${l.ds.meta.id}/item/${i.id}`))
      .filter((x): x is Entity => !!x);
    const where = otherCode ? scope.name : spending === 'basic' ? '基本支出' : '项目支出';
    const sorted = [...es].sort((a, b) => (q.order === 'asc' ? 1 : -1) * a.amount!.comparedTo(b.amount!));
    const most = q.order === 'asc' ? '小' : '大';
    // "30213项目支出里第二大是哪个": that place of the ranking; "前三": those, each.
    if (q.op === 'rank' && es.length > 0) {
      if (q.n && !q.nth && es.length > 1)
        return answerMulti(
          l,
          sorted.slice(0, q.n),
          { ...q, combine: 'each' },
          interp ?? `${e.name}在${where}中最${most}的 ${Math.min(q.n, es.length)} 条明细`,
        );
      const k = q.nth ?? 1;
      const pick = sorted[k - 1];
      if (!pick)
        return makeAnswer({
          kind: 'not_found',
          title: `${where}中${e.name}的明细只有 ${es.length} 条`,
          lines: [`${where}中属于 ${code} ${e.name} 的明细共 ${es.length} 条，没有第 ${k} 条。`],
          datasets: [datasetRef(l.ds)],
        });
      return this.lookup(
        l,
        pick,
        p,
        interp ?? `${e.name}在${where}中${k === 1 ? `最${most}` : `第 ${k} ${most}`}的明细`,
      );
    }
    // "项目里用这个科目的有哪几个": those items, each — not their sum; "有几笔": how many, and which.
    if ((q.op === 'detail' || q.op === 'count') && es.length > 1) {
      const a = answerMulti(l, sorted, { ...q, combine: 'each' }, interp ?? `${where}中的${e.name}明细`);
      if (q.op !== 'count') return a;
      const n = countOf(
        `${where}中 ${code} ${e.name} 的明细`,
        '项',
        a.figures.slice(0, es.length),
        '逐项计数',
      );
      return { ...a, lines: [figureLine(n), ...a.lines], figures: [n, ...a.figures] };
    }
    if (es.length === 1) return this.lookup(l, es[0]!, p, interp ?? `${where}中的${e.name}`);
    if (es.length > 1) return answerMulti(l, es, { ...q, combine: 'sum' }, interp ?? `${where}中的${e.name}`);
    return null;
  }

  /**
   * A ranking of what the narrative states in money for the parts of a topic (固定资产: 车辆资产,
   * 通用设备, 专用设备) — never its total, plans or counts.
   */
  private statedParts(l: LoadedDataset, q: Query): Answer | null {
    const scope = q.scope ? this.entities.get(q.scope.id) : undefined;
    // (A topic a table breaks down — 三公 — is ranked by its table's rows elsewhere.)
    if (!scope || scope.kind !== 'topic' || q.subjects.length > 0 || itemsUnder(l, scope)) return null;
    if ((scope.topic?.tables.length ?? 0) > 0) return null;
    const facts = partFacts(l.ds, family(scope) ?? '');
    if (facts.length < 2) return null;
    const figures = facts.map((f) => inUnit(factFigure(l.ds, f), '元')!).filter((f) => f);
    const sorted = [...figures].sort(
      (a, b) => (q.order === 'asc' ? 1 : -1) * ordering(a).comparedTo(ordering(b)),
    );
    const k = Math.min(q.nth ?? 1, sorted.length);
    const top = sorted[k - 1]!;
    const word = q.order === 'asc' ? '最小' : '最大';
    return makeAnswer({
      kind: 'ranking',
      title: `${scope.name}中${word}的一项 · ${l.ds.meta.fiscalYear}年`,
      lines: [
        `${top.label.replace(/（折合元）$/, '')}${k > 1 ? `（第 ${k} 位）` : ''}：${formatFigureValue(top)}`,
        `文件说明中${scope.name}的各部分（按金额${q.order === 'asc' ? '从小到大' : '从大到小'}）：`,
        ...sorted.map((f, i) => `${i + 1}. ${figureLine(f)}`),
      ],
      figures: sorted,
      sources: collectSources(sorted),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${scope.name}是多少`],
    });
  }

  /** The narrative's own words on how a topic changed from last year (sangong.abroad.note: 与上年持平). */
  private changeNotes(l: LoadedDataset, e: Entity): string[] {
    if (e.kind !== 'topic') return [];
    const local = e.id.slice(e.id.lastIndexOf('/') + 1);
    return l.ds.narrative.statements
      .filter((st) => st.id === `${local}.note`)
      .map(
        (st) =>
          `文件的说明：${st.label}——${st.text}（原文：“${st.source.quote}”，第 ${st.source.line} 行）。`,
      );
  }

  /** An indicator of the subject's project form that states a share of what the question names. */
  private formStatedShare(l: LoadedDataset, e: Entity, question: string): string | null {
    const project = l.entities.projectOf(e);
    const of = /占(\p{Script=Han}{2,10}?)(?:的|多少|比例|比重|百分|几|$)/u.exec(question)?.[1];
    if (!project || !of) return null;
    const hit = project.indicators.find((i) =>
      normalizeText(`${i.content}${i.value ?? ''}`).includes(`占${of}`),
    );
    if (!hit) return null;
    // The line the sentence is written on (a form row's recorded line is where the row starts).
    const line = this.passages(l).find((x) => x.text === hit.content.trim())?.line ?? hit.line;
    return `${kindName(l.ds, '项目绩效')}中该项目的指标写道：“${hit.content}${hit.value && !hit.content.includes(hit.value) ? ` ${hit.value}` : ''}”（第 ${line} 行）。`;
  }

  /** A ranking within the line items a word of their names picks out (尾款, 运维费, 采购). */
  /** An unresolved name said as a scope (…里, …类中, …项目下面), if any. */
  private unknownScope(u: Understood): string | undefined {
    const text = u.reading.text;
    return u.unresolved.find((t) => {
      const at = text.indexOf(t);
      if (at < 0 || [...t].length < 2) return false;
      const after = text.slice(at + t.length);
      return u.reading.marks.some(
        (m) =>
          m.mark.cat === 'scope' &&
          m.start >= at + t.length &&
          /^(?:的|这一?类|那一?类|类的?|项目|方面|相关的?)*$/.test(after.slice(0, m.start - at - t.length)),
      );
    });
  }

  private namedScope(l: LoadedDataset, q: Query, u: Understood, asked = u.reading.text): Answer | null {
    const scope = q.scope ? this.entities.get(q.scope.id) : undefined;
    const shared = u.mentions.filter((m) => m.ambiguous && !m.entity);
    // ("表九“日常公用支出（在职人员）”那些行里哪项最高": words in quotes that begin several lines' names.)
    const quoted = /[“"「『]([^”"」』]{2,30})[”"」』]/u.exec(asked)?.[1];
    const byQuote =
      quoted &&
      l.ds.lineItems.filter((i) => normalizeText(i.name).startsWith(normalizeText(quoted))).length >= 2;
    if (!byQuote && q.subjects.length > 0) return null;
    if (
      !byQuote &&
      (scope
        ? scope.kind !== 'item' && scope.kind !== 'fact'
        : shared.length !== 1 || u.mentions.length !== 1)
    )
      return null;
    // ("尾款类": the word, without the 类 that says it names a kind.)
    const word = (
      byQuote
        ? quoted
        : scope
          ? u.mentions.find((m) => m.entity?.id === scope.id || m.ambiguous?.includes(scope))?.text
          : shared[0]!.text
    )?.replace(/(?<=\p{Script=Han}{2})(?:这一?类|那一?类|一类|类的|类)$/u, '');
    if (!word || [...word].length < 2) return null;
    const es = l.ds.lineItems
      .filter((i) => normalizeText(i.name).includes(normalizeText(word)))
      .map((i) => this.entities.get(`${l.ds.meta.id}/item/${i.id}`))
      .filter((x): x is Entity => !!x);
    if (es.length < 2) return null;
    const sorted = [...es].sort((a, b) => (q.order === 'asc' ? 1 : -1) * a.amount!.comparedTo(b.amount!));
    const k = Math.min(q.nth ?? 1, sorted.length);
    const e = sorted[k - 1]!;
    const a = this.lookup(
      l,
      e,
      toParsed(''),
      `名称含「${word}」的 ${es.length} 笔明细中${q.order === 'asc' ? '最小' : '最大'}${k > 1 ? `的第 ${k} 笔` : '的一笔'}`,
    );
    return {
      ...a,
      lines: [
        ...a.lines,
        `名称含「${word}」的明细（按金额${q.order === 'asc' ? '从小到大' : '从大到小'}）：${sorted.map((x) => `${x.name} ${formatYuan(x.amount!)}`).join('；')}。`,
      ],
      subject: {
        ...(a.subject ?? { kind: 'item', name: e.name, datasetId: l.ds.meta.id }),
        list: sorted.map((x) => x.id),
      },
    };
  }

  /**
   * "算人员还是公用" after 30239 (or a 基本支出 line): the column of 一般公共预算基本支出情况表 its row has
   * its money in — 人员经费 or 公用经费 — read by the columns' names.
   */
  private personnelOrPublic(l: LoadedDataset, e: Entity, question: string): Answer | null {
    if (
      !/(?:人员|公用)(?:经费|支出)?(?:还是|或者|or)(?:人员|公用)|(?:属于|算|是|在)(?:人员|公用)经费(?:吗|么|嘛|不)/.test(
        question,
      )
    )
      return null;
    // (A topic named by its line — 公务接待费 — asks of its economic code: 30217.)
    const code =
      e.kind === 'economic'
        ? e.codes[0]
        : (e.item?.departmentEconomic.code ??
          (e.kind === 'topic'
            ? l.entities.all.find((x) => x.kind === 'economic' && x.name === e.name)?.codes[0]
            : undefined));
    const t = code ? table(l.ds, '基本支出') : undefined;
    const rows = t?.rows.filter((r) => r.cells[2] === code) ?? [];
    if (!t || rows.length !== 1) return null;
    const row = rows[0]!;
    const cols = ['人员经费', '公用经费'].map((name) => ({
      name,
      i: t.columns.findIndex((c) => c.name === name),
    }));
    if (cols.some((c) => c.i < 0)) return null;
    const label = `${tableName(t.number)} ${row.cells[2]} ${row.cells[3]}`;
    const figs = cols.map((c) => ({ ...c, f: cellFigure(l.ds, t, row, c.i, `${label}的${c.name}`) }));
    const filled = figs.filter((x) => x.f && !x.f.value.isZero());
    const said =
      filled.length === 1
        ? `${label}列在“${filled[0]!.name}”栏（${figs.find((x) => x !== filled[0])!.name}栏${figs.find((x) => x !== filled[0])!.f ? '为 0' : '为空'}），属于${filled[0]!.name}。`
        : filled.length === 2
          ? `${label}在人员经费和公用经费两栏都有数。`
          : `${label}在人员经费和公用经费两栏都没有数。`;
    const shown = figs.filter((x) => x.f).map((x) => x.f!);
    return this.withQuery(
      makeAnswer({
        kind: 'amount',
        title: `${label}：人员经费还是公用经费`,
        lines: [
          said,
          ...shown.map((f) => figureLine(f)),
          `（${tableName(t.number)} ${tableTitle(l.ds, t.number)}，${row.cells[2]} 行。）`,
        ],
        figures: shown,
        sources: shown.map((f) => f.source!),
        datasets: [datasetRef(l.ds)],
        suggestions: ['公用经费多少', '人员经费多少'],
        subject: this.subjectOf(e, 'personnel-or-public'),
      }),
      valueQuery(l.ds.meta.id, [{ id: e.id, name: e.name }]),
    );
  }

  /** A functional code's 基本支出 or 项目支出, read off its row of 部门支出总体情况表 by the column's name. */
  /** See answerInner: "是它一半？" after two things asked one after the other. */
  private fractionClaim(prev: Query, question: string, options: AskOptions): Answer | null {
    const m =
      /^(?:那)?(?:是不是|是否|正好|刚好|恰好|差不多)?(?:是|就是)?(?:它|前者|前一个|上一个|上面那个)?的?(一半|三分之一|四分之一|两倍|二倍)(?:吗|么|吧|嘛|不|啊)?[？?。]*$/.exec(
        question.trim(),
      );
    if (!m || prev.op !== 'value' || prev.subjects.length !== 1) return null;
    const [cur, before] = recentOf(prev).map((x) => this.entities.get(x.id));
    const a = cur?.view().primary;
    const b = before?.view().primary;
    if (!cur || !before || !a || !b || a.unit !== b.unit || b.value.isZero()) return null;
    const ratio = { 一半: '0.5', 三分之一: '1/3', 四分之一: '0.25', 两倍: '2', 二倍: '2' }[m[1]!]!;
    const want = ratio === '1/3' ? new Decimal(1).dividedBy(3) : new Decimal(ratio);
    const share = this.answerInner(`${cur.name}占${before.name}的比例`, { ...options, previous: undefined });
    if (share.kind !== 'share') return null;
    const exact = a.value.dividedBy(b.value).equals(want);
    const line = exact
      ? `是，正好${m[1]}：${cur.name} ${formatFigureValue(a)} ÷ ${before.name} ${formatFigureValue(b)}。`
      : `不是正好${m[1]}：${cur.name} ${formatFigureValue(a)}，${before.name} ${formatFigureValue(b)}。`;
    return { ...share, lines: [line, ...share.lines] };
  }

  /** See answerInner: "通讯指挥的呢" after 公共安全图像以前年度尾款 is 通讯指挥中心以前年度尾款. */
  private ofAnotherOwner(l: LoadedDataset, prev: Query, question: string): Entity | null {
    const x = /^(?:那|那么)?(\p{Script=Han}{2,8}?)的(?:呢|多少|是多少|多少钱)?[？?]*$/u.exec(
      question.trim(),
    )?.[1];
    if (!x || prev.subjects.length !== 1) return null;
    const p = this.entities.get(prev.subjects[0]!.id);
    if (!p?.item || p.name.includes(x) || l.entities.byId.has(`${l.ds.meta.id}/topic/${x}`)) return null;
    const common = (a: string, b: string) => {
      let k = 0;
      while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
      return k;
    };
    const scored = [...l.entities.byId.values()]
      .filter((e) => e.item && e.id !== p.id && e.name.includes(x))
      .map((e) => ({ e, k: common(e.name, p.name) }))
      .filter(
        ({ e, k }) =>
          k >= 2 && !e.name.slice(0, e.name.length - k).includes(p.name.slice(0, p.name.length - k)),
      )
      .sort((a, b) => b.k - a.k);
    return scored.length > 0 && (scored.length === 1 || scored[0]!.k > scored[1]!.k) ? scored[0]!.e : null;
  }

  /**
   * "剩下那些加起来多少", "其余的呢": after some lines of a code were asked, the code's other lines — each
   * and their sum (which is the code's total less the lines asked).
   */
  private theRest(l: LoadedDataset, prev: Query, question: string): Answer | null {
    // ("剩下两笔各多少": how many are left may be said — and must be how many there are.)
    const m =
      /^(?:那|那么)?(?:剩下|剩余|其余|其他|其它|余下)(?:的)?(?:那些|那几笔|那几项|几笔|几项|部分|那?([两二三四五六七八九]|\d{1,2})(?:笔|项|个|条))?(?:的)?(?:加起来|加一起|加在一起|加一块|一起|一共|合计|总共|共|各|分别|各自)?(?:是)?(?:多少|多少钱)?(?:呢)?[？?]*$/.exec(
        question.trim(),
      );
    if (!m) return null;
    const parts = prev.subjects.map((x) => this.entities.get(x.id));
    if (parts.length === 0 || !parts.every((e) => !!e?.item)) return null;
    const whole = (prev.recent ?? [])
      .map((x) => this.entities.get(x.id))
      .find(
        (w) =>
          !!w && (w.kind === 'functional' || w.kind === 'economic') && parts.every((e) => contains(w, e!)),
      );
    if (!whole) return null;
    const asked = new Set(parts.map((e) => e!.item!.id));
    const all = this.linesOf(l, whole);
    const es = all.filter((e) => !asked.has(e.item!.id));
    if (all.length !== itemsInScope(l, whole).items.length) return null;
    if (m[1] && smallNumber(m[1]) !== es.length) return null;
    return this.eachAndSum(
      l,
      prev,
      es,
      `${whole.codes[0]} ${whole.name}除去${parts.map((e) => e!.name).join('、')}，其余 ${es.length} 笔：`,
    );
  }

  /**
   * "公用经费那条呢" while one code's lines are talked about: the one line of that code whose name holds the
   * word (日常公用支出（离退休人员）_其他商品和服务支出 of 2080501). Null unless exactly one does.
   */
  private lineByWord(l: LoadedDataset, prev: Query, question: string): Answer | null {
    const m =
      /^(?:那|那么)?(\p{Script=Han}{2,10}?)(?:里|中|里面)?(?:的)?(?:那条|那笔|那行|那一条|那一笔|那一行)(?:呢|多少|是多少|多少钱)?[？?]*$/u.exec(
        question.trim(),
      );
    if (!m) return null;
    const code = [prev.scope, ...prev.subjects, ...(prev.recent ?? [])]
      .map((x) => (x ? this.entities.get(x.id) : undefined))
      .find((e) => e && (e.kind === 'functional' || e.kind === 'economic'));
    if (!code) return null;
    const word = m[1]!;
    const stem = word.replace(/(?:经费|费用|支出)$/, '');
    const lines = this.linesOf(l, code);
    // ("基本支出里那条多少": the code's line in that part of spending.)
    const part = /^基本(?:支出)?$/.test(word)
      ? 'basic'
      : /^项目(?:支出)?$/.test(word)
        ? 'project'
        : undefined;
    const hit = part
      ? lines.filter((e) => e.item?.spending === part)
      : lines.filter((e) => e.name.includes(word) || (stem.length >= 2 && e.name.includes(stem)));
    if (hit.length !== 1 || lines.length < 2) return null;
    return this.eachAndSum(
      l,
      prev,
      hit,
      part
        ? `${code.codes[0]} ${code.name}在${part === 'basic' ? '基本支出' : '项目支出'}中的一笔：`
        : `${code.codes[0]} ${code.name}中名称含「${stem.length >= 2 ? stem : word}」的一笔：`,
    );
  }

  /** The 表九 lines of a code, as entities (looked up by id, as the rest of the engine does). */
  private linesOf(l: LoadedDataset, code: Entity): Entity[] {
    return itemsInScope(l, code).items.flatMap((i) => {
      const e = this.entities.get(`${l.ds.meta.id}/item/${i.id}`);
      return e ? [e] : [];
    });
  }

  /** Things, each and (when several) their sum, led by a line saying what they are; null for none or too many. */
  private eachAndSum(l: LoadedDataset, prev: Query, es: Entity[], lead: string): Answer | null {
    if (es.length === 0 || es.length > 25) return null;
    const q: Query = {
      ...prev,
      op: 'value',
      combine: es.length > 1 ? 'sum' : undefined,
      subjects: es.map((e) => ({ id: e.id, name: e.name })),
    };
    const a = answerMulti(l, es, q, undefined);
    return this.withQuery({ ...a, lines: [lead, ...a.lines] }, q);
  }

  /**
   * After one code: "除了机动费另一笔多少钱" — its lines other than the one named (by a part of its name);
   * "同一款下另一项呢" after a 项 — the other 项 of its 款 (or 款 of its 类). Each, and their sum.
   */
  private besides(l: LoadedDataset, prev: Query, question: string): Answer | null {
    const one = prev.subjects.length === 1 ? this.entities.get(prev.subjects[0]!.id) : undefined;
    const code = one?.codes[0];
    if (!one || !code || (one.kind !== 'functional' && one.kind !== 'economic')) return null;
    const q = question.trim();
    const OTHER = '(?:另一笔|另外一笔|另一项|另外一项|另一个|另外一个|另外那笔|其他的?|其余的?|剩下的?)';
    const except = new RegExp(
      `^(?:那|那么)?除了?(\\p{Script=Han}{2,12}?)(?:以外|之外)?(?:的)?[，,\\s]*${OTHER}`,
      'u',
    ).exec(q);
    const level = new RegExp(`^(?:那|那么)?同一?个?(款|类)(?:下|里|下面|里面|中)?(?:的)?${OTHER}`).exec(q);
    if (!except && !level) return null;
    let picked: Entity[];
    let lead: string;
    if (except) {
      const named = except[1]!;
      const lines = this.linesOf(l, one);
      const dropped = lines.filter((e) => e.name.includes(named));
      if (dropped.length !== 1 || lines.length < 2) return null;
      picked = lines.filter((e) => e !== dropped[0]);
      lead = `${code} ${one.name}除去${dropped[0]!.name}，其余 ${picked.length} 笔：`;
    } else {
      const width = level![1] === '款' ? code.length - 2 : 3;
      if (one.kind !== 'functional' || code.length <= width) return null;
      const parent = code.slice(0, width);
      picked = l.entities.all.filter(
        (e) =>
          e.kind === 'functional' &&
          e !== one &&
          e.codes[0]?.length === code.length &&
          e.codes[0].startsWith(parent),
      );
      const up = this.entities.get(`${l.ds.meta.id}/functional/${parent}`);
      lead = `与 ${code} ${one.name}同属 ${parent}${up ? ` ${up.name}` : ''} 的其他科目（${picked.length} 个）：`;
    }
    return this.eachAndSum(l, prev, picked, lead);
  }

  /**
   * "这个算资本性支出吗", "属于一般公共服务吗": a line's classifications (its functional code and the codes
   * above it, its two economic codes and their classes, 基本支出 / 项目支出) against the name asked. Null
   * when the words name no classification of the dataset.
   */
  private classifiedAs(l: LoadedDataset, e: Entity, question: string): Answer | null {
    const m =
      /^(?:那|那么)?(?:这个|这笔|这项|这一项|它|该项目|这个项目|这笔钱)?(?:也)?(?:算|算是|属于|是不是|是否属于|归|归到|归入|计入|列入|列在|放在)(?:在)?(\p{Script=Han}{2,16}?)(?:里|里面|下|下面|范围)?(?:的)?(?:吗|么|嘛|不|没|呢|吧)?[？?]*$/u.exec(
        question.trim(),
      );
    const item = e.item;
    if (!m || !item) return null;
    const asked = m[1]!.replace(/^(?:不是|不算)/, '');
    const ds = l.ds;
    const named = (kind: string, code: string) => this.entities.get(`${ds.meta.id}/${kind}/${code}`);
    const own: { code: string; name: string }[] = [];
    const add = (kind: string, code: string | undefined, name?: string) => {
      if (!code) return;
      const x = named(kind, code);
      if (x || name) own.push({ code, name: x?.name ?? name! });
    };
    const f = item.functional?.code;
    if (f) for (const n of [3, 5, 7]) if (f.length >= n) add('functional', f.slice(0, n));
    const d = item.departmentEconomic.code;
    add('economic', d.slice(0, 3));
    add('economic', d, item.departmentEconomic.name);
    const g = item.governmentEconomic.code;
    add('economic', g.slice(0, 3));
    add('economic', g, item.governmentEconomic.name);
    const part = item.spending === 'basic' ? '基本支出' : '项目支出';
    const core = asked.replace(/(?:支出|经费|科目|类)$/, '');
    if (core.length < 2) return null;
    const hit =
      own.find((x) => x.name.includes(core)) ?? (part.includes(core) ? { code: '', name: part } : undefined);
    // (A name that is no classification of this dataset — "算大项目吗" — is not answered here.)
    const known =
      hit ||
      /^(?:基本|项目)$/.test(core) ||
      [...ds.classifications.economic, ...ds.classifications.functional].some((c) => c.name.includes(core));
    if (!known) return null;
    const codes = this.answerInner(`${e.name}的科目编码`, {}, false);
    const verdict = hit
      ? `是：${e.name}${hit.code ? `归在 ${hit.code} ${hit.name}` : `属于${hit.name}`}（${part}）。`
      : `不是：${e.name}的分类里没有「${asked}」——它是${part}，分类如下。`;
    return { ...codes, lines: [verdict, ...codes.lines] };
  }

  /**
   * After a code's column (a code and 基本支出 or 项目支出 asked together), a bare word of the other column
   * ("项目呢", "其中项目的", "项目里一共呢") is the question of that code and that column.
   */
  private otherColumn(
    prev: Query,
    question: string,
    facet: string | undefined,
  ): { question: string; code: Entity; column: string } | null {
    const asked =
      /^(?:那|那么)?(?:其中)?(项目|基本)(?:支出|经费)?(?:里|里面|里头|中|部分|这块|那块|那部分|(?:那|这)?一?[列栏])?的?(?:一共|合计|总共|共)?(?:用掉|用了|花了|花掉|占了|安排了?)?(?:呢|多少|是多少|有多少|多少钱)?[？?。]*$/.exec(
        question.trim(),
      )?.[1];
    if (!asked || prev.subjects.length > 2 || prev.op !== 'value') return null;
    const want = asked === '项目' ? '项目支出' : '基本支出';
    const es = prev.subjects.map((x) => this.entities.get(x.id));
    // ("表九30213全加" → "那基本的呢": one code asked whole, then one column of it said with 的.)
    const one = es.length === 1 ? es[0] : undefined;
    if (
      one &&
      !facet?.startsWith('column:') &&
      (one.kind === 'functional' || one.kind === 'economic') &&
      one.codes[0] &&
      (/^(?:那|那么)?(?:其中)?(?:项目|基本)(?:支出)?的(?:部分|那部分)?(?:呢|多少|是多少)?[？?。]*$/.test(
        question.trim(),
      ) ||
        // ("30213多少" → "项目那块呢", "其中项目支出多少", "项目里一共呢": a part of the code said as a part.)
        // ("那项目支出用掉多少" after 30299: how much of it the column uses.)
        /其中|里|中|部分|块|用掉|用了|花了|花掉|占了|列|栏/.test(question) ||
        // ("一般公共服务支出多少钱" → "基本支出多少": a 类/款/项 of 表三 was just given with its 其中 基本支出 and
        // 项目支出 lines; the bare column next is that row's.)
        (one.kind === 'functional' && this.bothColumnsShown(one)))
    ) {
      return { question: `${one.codes[0]}${one.name}的${want}多少`, code: one, column: want };
    }
    const part = es.find((e) => ['basic', 'project'].includes(e?.topic?.id ?? ''))?.name ?? facet?.slice(7);
    const code = es.find((e) => e && (e.kind === 'functional' || e.kind === 'economic'));
    if (!part || !code?.codes[0] || (es.length === 1 && !facet?.startsWith('column:'))) return null;
    return part === want
      ? null
      : { question: `${code.codes[0]}${code.name}的${want}多少`, code, column: want };
  }

  /**
   * "这是哪年的预算", "哪个单位的", "跟哪年比的": the documents loaded — each one's department, budget year and
   * the year its figures are compared with, quoted from its own title line where it has one.
   */
  private aboutDocuments(l: LoadedDataset): Answer {
    const lines: string[] = [];
    const sources: SourceRef[] = [];
    for (const x of this.loaded) {
      const { department, fiscalYear, previousYear } = x.ds.meta;
      lines.push(
        `${department} ${fiscalYear}年部门预算（部门预算公开：情况说明和各张预算表），与${previousYear}年比较。`,
      );
      const title = x.ds.narrative.sections.find((s) => s.heading.includes(`${fiscalYear}年部门预算`));
      if (title)
        sources.push({ kind: 'narrative', section: title.heading, quote: title.heading, line: title.line });
    }
    if (this.loaded.length > 1) lines.unshift(`已加载 ${this.loaded.length} 份预算：`);
    return makeAnswer({
      kind: 'fact',
      title:
        this.loaded.length > 1 ? '已加载的预算' : `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年部门预算`,
      lines,
      figures: [],
      sources,
      datasets: this.loaded.map((x) => datasetRef(x.ds)),
      suggestions: ['介绍一下这份预算', '收入预算是多少', '三公经费是多少'],
    });
  }

  /** A 表三 row whose 基本支出 and 项目支出 are both non-zero: its answer gives both as 其中 lines. */
  private bothColumnsShown(code: Entity): boolean {
    const ds = this.byDatasetId.get(code.datasetId)?.ds;
    const t = ds ? table(ds, '支出总体') : undefined;
    const row = t?.rows.find((r) => r.cells[0] === code.codes[0]);
    if (!t || !row) return false;
    return ['基本支出', '项目支出'].every((name) => {
      const c = row.cells[t.columns.findIndex((x) => x.name === name)];
      return !!c && /[1-9]/.test(c);
    });
  }

  private spendingCell(
    l: LoadedDataset,
    code: Entity,
    part: Entity,
    interp: string | undefined,
    allAsked = false,
  ): Answer | null {
    const column = spendingColumn(part);
    const t = code.kind === 'functional' ? table(l.ds, '支出总体') : undefined;
    const row = t?.rows.find((r) => r.cells[0] === code.codes[0]);
    const col = t?.columns.findIndex((c) => c.name === column) ?? -1;
    const f = t && row && col >= 0 ? cellFigure(l.ds, t, row, col, `${code.name}的${column}`) : null;
    if (!f) return null;
    // ("全是项目支出吗": yes or no, against the row's total.)
    const totalCol = t!.columns.findIndex((c) => /^(?:合计|总计)$/.test(c.name));
    const total = allAsked && totalCol >= 0 ? cellFigure(l.ds, t!, row!, totalCol, `${code.name}合计`) : null;
    const verdict = total
      ? total.value.equals(f.value)
        ? `是，${code.name}全部是${column}（合计 ${formatFigureValue(total)}）。`
        : `不是，${code.name}合计 ${formatFigureValue(total)}，其中${column} ${formatFigureValue(f)}。`
      : null;
    // (…with the other column beside it: 全是项目支出 is 基本支出 0.00.)
    const otherName = column === '项目支出' ? '基本支出' : column === '基本支出' ? '项目支出' : null;
    const otherCol = total && otherName ? t!.columns.findIndex((c) => c.name === otherName) : -1;
    const other = otherCol >= 0 ? cellFigure(l.ds, t!, row!, otherCol, `${code.name}的${otherName}`) : null;
    return makeAnswer({
      kind: 'amount',
      title: `${code.codes[0]} ${code.name} · ${column} · ${l.ds.meta.fiscalYear}年`,
      ...(interp ? { interpretation: interp } : {}),
      lines: [
        ...(verdict ? [verdict] : []),
        figureLine(f),
        ...(other ? [figureLine(other)] : []),
        `（${tableName(t!.number)} ${tableTitle(l.ds, t!.number)}，${code.codes[0]} 行的“${column}”列。）`,
      ],
      figures: [f, ...(total ? [total] : []), ...(other ? [other] : [])],
      sources: [f.source!, ...(total ? [total.source!] : []), ...(other ? [other.source!] : [])],
      datasets: [datasetRef(l.ds)],
      suggestions: [`${code.name}是多少`, `${column}按功能分类`],
    });
  }

  /**
   * A sum checked against its whole: the things just listed (or the last ones asked about, or the 表九 lines
   * of the code before) added up and set against the whole the question names — else the one the list was
   * within. Says whether they agree, and by how much they do not.
   */
  private sumCheck(
    l: LoadedDataset,
    u: Understood,
    question: string,
    prev: Query | null,
    options: AskOptions,
  ): Answer | null {
    const marks = u.reading.marks;
    const summed = marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'sum');
    const checks =
      marks.some((k) => k.mark.cat === 'audit') ||
      /核一下|核对一下|一致吗|是否一致|相符|对得上|对不上|等于/.test(question) ||
      (/总额|总数|合计|总计/.test(question) &&
        marks.some((k) => k.mark.cat === 'conj' && k.mark.value === 'compare'));
    // ("30112表六一共多少" → "表九对得上吗": the code's 表九 lines added up against its 表六 row.)
    const nineNo = tableNo(l.ds, '部门预算明细');
    const thingsBefore = prev?.subjects.filter((x) => !x.id.includes('/table/')) ?? [];
    const rowBefore =
      thingsBefore.length === 1 && thingsBefore[0]!.table && thingsBefore[0]!.table !== nineNo
        ? thingsBefore[0]!
        : undefined;
    const nineOnly =
      !!rowBefore &&
      u.mentions.length > 0 &&
      u.mentions.every((m) => m.entity?.id === `${l.ds.meta.id}/table/${nineNo}`);
    if ((!summed && !nineOnly) || !checks) return null;
    const namedAt = u.mentions.filter((m) => m.entity && m.entity.kind !== 'table');
    const named = namedAt.map((m) => m.entity!);
    // "接待费加公车运维是不是等于三公总数": the things named before 等于, summed, against the one after.
    const eq = /(?:是不是|是否|能不能|能否)?(?:等于|对得上|一致于|相符于)/.exec(u.reading.text);
    if (eq && named.length >= 3) {
      const left = namedAt.filter((m) => m.end <= eq.index).map((m) => m.entity!);
      const right = namedAt.filter((m) => m.start >= eq.index + eq[0].length).map((m) => m.entity!);
      if (left.length >= 2 && right.length === 1) return this.sumAgainst(l, u, left, right[0]!);
    }
    if (!prev) return null;
    const before = (rowBefore ? [rowBefore] : prev.subjects)
      .map((x) => this.entities.get(x.id))
      .filter((e): e is Entity => !!e);
    let parts: Entity[];
    let whole: Entity | undefined = named[0];
    // ("表九该科目各行加总对得上吗" after a code: its 表九 lines against it.)
    const code =
      before.length === 1 && (before[0]!.kind === 'functional' || before[0]!.kind === 'economic')
        ? before[0]!
        : undefined;
    if (code && (nineOnly || /表九|各行|明细|各条/.test(question))) {
      const c = code.codes[0]!;
      parts = l.ds.lineItems
        .filter((i) =>
          code.kind === 'functional'
            ? i.functional?.code.startsWith(c)
            : i.departmentEconomic.code.startsWith(c),
        )
        .map((i) => l.entities.ofItem(i))
        .filter((e): e is Entity => !!e);
      whole ??= code;
    } else {
      const shown = prev.listed ?? options.previous?.list ?? [];
      const listed = shown.map((id) => this.entities.get(id)).filter((e): e is Entity => !!e);
      // ("三项加总": the last three things asked about.)
      const n = smallCount(/([两二三四五六七八九十\d]+)(?:项|个|笔|块|条)/.exec(question)?.[1] ?? '');
      const asked = [...before, ...recentOf(prev).map((x) => this.entities.get(x.id))].filter(
        (e, i, all): e is Entity => !!e && all.findIndex((x) => x?.id === e.id) === i,
      );
      parts =
        listed.length >= 2 && (!n || n === listed.length)
          ? listed
          : n
            ? asked.slice(0, n).reverse()
            : // ("接待和车运维各多少" → "加起来对得上吧": the things just asked, each.)
              before.length >= 2 && !prev.subjects.some((x) => x.id.includes('/table/'))
              ? before
              : [];
      // (…against the whole asked just before them: "三公合计多少" → "拆开呢 …各多少" → "加起来对得上吧".)
      if (!prev.scope && !prev.ranked && parts === before && named.length === 0)
        whole ??= recentOf(prev)
          .map((x) => this.entities.get(x.id))
          .find(
            (e): e is Entity =>
              !!e &&
              e.kind !== 'table' &&
              !parts.some((p) => p.id === e.id) &&
              !!e.view().primary &&
              isMoneyUnit(e.view().primary!.unit),
          );
      const within = prev.ranked?.scope ?? prev.scope;
      whole ??= within ? this.entities.get(within.id) : undefined;
      // ("2010399下面挂了哪些项目" → "这几个加起来跟表三那行对得上吗": the lines listed against the code
      // they were listed under.)
      if (!whole && code && parts === listed && parts.every((e) => e.item)) whole = code;
      // ("固定资产多少" → "分哪几块" → "加起来对得上吗": the parts listed against the total they were listed of.)
      if (
        !whole &&
        before.length === 1 &&
        parts === listed &&
        before[0]!.kind === 'topic' &&
        parts.every((e) => family(e) === family(before[0]!))
      )
        whole = before[0];
      // ("和总额差多少": the total the parts are the parts of — their one family's whole.)
      if (!whole && /总额|总数|总计/.test(question)) {
        const m = u.mentions.find((x) => x.ambiguous && !x.entity);
        const fam = new Set(parts.map((e) => family(e)));
        whole = m?.ambiguous?.find((e) => fam.size === 1 && family(e) === [...fam][0]);
      }
    }
    // ("三块加起来和年度资金总额对得上吗" after a project's parts: that project's own 年度资金总额.)
    const projects = new Set(parts.map((e) => l.entities.projectOf(e)));
    const [project] = [...projects];
    if (projects.size === 1 && project && (!whole || /总额|总预算|资金总额|项目/.test(question)))
      whole = this.entities.get(`${l.ds.meta.id}/project/${project.id}`) ?? whole;
    parts = parts.filter((e) => e.id !== whole?.id);
    // ("三块加起来对得上总额吗" when two of the project's three parts were asked: all three it says.)
    const said = smallCount(/([两二三四五六七八九十\d]+)(?:项|个|笔|块|条|部分)/.exec(question)?.[1] ?? '');
    if (project && said && parts.length < said) {
      const all = l.entities.all.filter((e) => e.id.startsWith(`${l.ds.meta.id}/fact/part.${project.id}.`));
      if (all.length === said) parts = all;
    }
    // (A code read in 表六 is set against its 表六 row, not against the 表九 lines themselves.)
    const sixRow =
      code && whole === code && rowBefore?.table === tableNo(l.ds, '基本支出') && code.kind === 'economic'
        ? l.entities.basicTableFigure(code.codes[0]!)
        : null;
    return whole ? this.sumAgainst(l, u, parts, whole, sixRow ?? undefined) : null;
  }

  /** The parts' sum set against a whole: whether they agree, and by how much they do not. */
  private sumAgainst(
    l: LoadedDataset,
    u: Understood,
    parts: Entity[],
    whole: Entity,
    /** The whole as one table gives it, when the question set the parts against that table's row */
    wholeFigure?: Figure,
  ): Answer | null {
    const wf = wholeFigure ?? whole.view().primary;
    const pf = parts.map((e) => e.view().primary);
    if (!whole || !wf || parts.length < 2 || pf.some((f) => !f)) return null;
    // (All in the whole's unit when they can be: 万元 facts stay in 万元.)
    if (!isMoneyUnit(wf.unit)) return null;
    const label = `${parts.map((e) => e.name).join(' + ')} 合计`;
    let inWhole: Figure[];
    let sum: Figure;
    if (wf.unit === '万元') {
      const fs = pf.map((f) => inUnit(f!, '万元'));
      if (fs.some((f) => !f)) return null;
      inWhole = fs as Figure<'万元'>[];
      sum = sumOf(label, '万元', fs as Figure<'万元'>[], '逐项相加');
    } else {
      const fs = pf.map((f) => inUnit(f!, '元'));
      if (fs.some((f) => !f)) return null;
      inWhole = fs as Figure<'元'>[];
      sum = sumOf(label, '元', fs as Figure<'元'>[], '逐项相加');
    }
    const pair = inCommonUnit(sum, wf);
    if (!pair) return null;
    const diff = differenceOfPair(`合计 − ${whole.name}`, pair, '合计 − 总数');
    const same = diff.value.isZero();
    const lines = [
      ...inWhole.map((f) => figureLine(f)),
      figureLine(sum),
      figureLine(wholeFigure ? wf : { ...wf, label: whole.name }),
      same
        ? `两者一致：合计等于${whole.name}。`
        : `两者不一致：合计比${whole.name}${diff.value.isNegative() ? '少' : '多'} ${formatFigureValue({ ...diff, value: diff.value.abs() })}。`,
    ];
    return this.withQuery(
      makeAnswer({
        kind: 'amount',
        title: `${whole.name}：各部分加总核对`,
        lines,
        figures: [...inWhole, sum, wf, diff],
        sources: collectSources([...inWhole, wf]),
        datasets: [datasetRef(l.ds)],
        suggestions: [`${whole.name}是多少`],
      }),
      {
        ...u.partial.query,
        op: 'value',
        combine: 'sum',
        subjects: parts.map((e) => ({ id: e.id, name: e.name })),
      },
    );
  }

  /**
   * "表六公用经费那一列逐项加起来…跟总计行对一下", "表六公用经费合计" → "明细加一下呢": a column of a table
   * (named, or the one the thing before is read from) added up row by row against its 总计.
   */
  private columnSumAsked(
    l: LoadedDataset,
    u: Understood,
    question: string,
    prev: Query | null,
  ): Answer | null {
    if (!/加起来|加一下|加一加|加总|逐项|逐行|求和|之和|各行/.test(question)) return null;
    const named = u.mentions.find((m) => m.entity?.kind === 'table')?.entity;
    const before = prev?.subjects.length === 1 ? this.entities.get(prev.subjects[0]!.id) : undefined;
    const read = before?.view().primary?.source;
    const no = named
      ? tableNoOf(named.id)
      : read?.kind === 'table' && /明细|各行|逐项|逐行/.test(question)
        ? read.table
        : 0;
    const t = no ? tableByNumber(l.ds, no) : undefined;
    if (!t) return null;
    const columns = t.columns.map((c) => c.name).filter((c) => c && c.length >= 2);
    const column =
      columns.find((c) => question.includes(c)) ??
      (before && read?.kind === 'table' && read.table === no
        ? columns.find((c) => c === before.name)
        : undefined);
    return column ? answerColumnSum(l, no, column) : null;
  }

  /**
   * "30217接待费表六和表七对得上吗": one thing as each table named gives it, and whether they agree. Its
   * figures are those of it and of the things of the same name (the 表九 line, the 表七 row).
   */
  private acrossTables(l: LoadedDataset, u: Understood, ents: Entity[], named: number[] = []): Answer | null {
    const tables = [
      ...new Set([
        ...named,
        ...u.mentions.flatMap((m) => (m.entity?.kind === 'table' ? [tableNoOf(m.entity.id)] : [])),
      ]),
    ].filter((n) => n > 0);
    let things = ents.filter((e) => e.kind !== 'table');
    // ("三公接待费和表六30217对得上吗": one table named, and one thing said twice — 公务接待费 of 表七 and
    // 30217 公务接待费 — is that thing in its own table against the one named.)
    if (tables.length === 1 && things.length >= 2) {
      const byName = new Map<string, Entity[]>();
      for (const x of things) byName.set(bareName(x.name), [...(byName.get(bareName(x.name)) ?? []), x]);
      const twice = [...byName.values()].filter((g) => g.length >= 2);
      const own = twice.length === 1 ? twice[0]!.map((x) => x.view().primary?.source) : [];
      const other = own.flatMap((src) =>
        src?.kind === 'table' && src.table !== tables[0] ? [src.table] : [],
      );
      if (twice.length === 1 && other.length > 0) {
        tables.push(other[0]!);
        things = [twice[0]![0]!];
      }
    }
    if (tables.length < 2 || things.length !== 1) return null;
    const e = things[0]!;
    const bare = ownName(e);
    const kin = this.kinOf(l, e);
    const found = tables.map((t) => {
      for (const x of kin) {
        const v = x.view();
        // (A detail is the thing's own figure only when it is labelled with its name: 人员经费（表六） beside
        // 基本支出 is a part of it, never 表六's 基本支出.)
        const f = [v.primary, ...v.details].find(
          (g) =>
            g?.source?.kind === 'table' &&
            g.source.table === t &&
            isMoneyUnit(g.unit) &&
            (g === v.primary || g.label.includes(bare)),
        );
        if (f) return { t, f };
      }
      return { t, f: null };
    });
    if (found.some((x) => !x.f)) return null;
    const fs = found.map((x) => ({ ...x.f!, label: `${tableName(x.t)} ${bare}` }));
    const same = fs.every((f) => {
      const pair = inCommonUnit(f, fs[0]!);
      return !!pair && pair.a.value.equals(pair.b.value);
    });
    // (A table in 万元 to two places against one in 元: they agree when the 元 rounds to it.)
    const rounded =
      !same &&
      fs.length === 2 &&
      fs.some((f) => f.unit === '万元') &&
      fs.some((f) => f.unit === '元') &&
      (() => {
        const wan = fs.find((f) => f.unit === '万元')!;
        const yuan = fs.find((f) => f.unit === '元')!;
        return yuan.value
          .div(10000)
          .toDecimalPlaces(wan.value.decimalPlaces(), Decimal.ROUND_HALF_UP)
          .equals(wan.value);
      })();
    // (Where they differ, by how much: "差多少" is answered before it is asked.)
    const pairOfTwo = !same && fs.length === 2 ? inCommonUnit(fs[1]!, fs[0]!) : null;
    const gap = pairOfTwo
      ? differenceOfPair(
          `相差（${tableName(found[1]!.t)} − ${tableName(found[0]!.t)}）`,
          pairOfTwo,
          `${fs[1]!.label} − ${fs[0]!.label}`,
        )
      : null;
    return makeAnswer({
      kind: 'amount',
      title: `${bare}：${found.map((x) => tableName(x.t)).join('与')}核对`,
      lines: [
        ...fs.map((f) => figureLine(f)),
        same
          ? `两表一致：${found.map((x) => tableName(x.t)).join('、')}都是 ${formatFigureValue(fs[0]!)}。`
          : rounded
            ? `两表一致（万元栏是元数四舍五入到两位小数）。`
            : `两表不一致，数字均按原文，未作更正。`,
        ...(gap && !rounded ? [figureLine(gap)] : []),
      ],
      figures: gap ? [...fs, gap] : fs,
      sources: collectSources(fs),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${bare}是多少`],
      subject: this.subjectOf(e, `across:${found.map((x) => x.t).join(',')}`),
    });
  }

  /**
   * "表六有几列", "哪几列是金额", "表九有多少行数据", "表二是收入表还是支出表": how a table is laid out, read off
   * the table itself (the table named, or the one talked about).
   */
  private tableShape(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    const cols = /几列|多少列|哪几列|哪些列|列有哪些|有哪些列|表头|几栏|哪几栏/.test(question);
    const rows = /几行|多少行/.test(question);
    const kind = /收入表还是支出表|支出表还是收入表/.test(question);
    if (!cols && !rows && !kind) return null;
    const named = u.mentions.filter((m) => m.entity?.kind === 'table');
    // (收入/支出 in "收入表还是支出表" are what the table might be, not things asked about.)
    const other = !kind && u.mentions.some((m) => m.entity && m.entity.kind !== 'table');
    const id =
      (named.length === 1 || (kind && named.length > 0)) && !other
        ? named[0]!.entity!.id
        : named.length === 0 &&
            !other &&
            prev?.subjects.length === 1 &&
            /\/table\/\d+$/.test(prev.subjects[0]!.id)
          ? prev.subjects[0]!.id
          : undefined;
    const n = id ? tableNoOf(id) : 0;
    const t = n ? tableByNumber(l.ds, n) : undefined;
    if (!t) return null;
    const label = `${tableName(n)} ${t.title}`;
    const amountCols = t.columns.filter(
      (c) => !/代码|编码|名称|类别|项目$|^项目|^收入项目|^支出项目|文号/.test(c.name),
    );
    const data = t.rows.filter((r) => !r.cells.some((c) => /^\s*(?:合计|总计)/.test(c ?? '')));
    const lines = [
      ...(kind ? [`${tableName(n)}是「${t.title}」。`] : []),
      ...(cols
        ? [
            `${label}共 ${t.columns.length} 列：${t.columns.map((c) => c.name).join('、')}。`,
            `其中金额列（单位：${t.unit ?? '元'}）：${amountCols.map((c) => c.name).join('、')}。`,
          ]
        : []),
      ...(rows ? [`${label}共 ${data.length} 行数据（不含合计行）。`] : []),
    ];
    const e = this.entities.get(id!);
    // (Which kind of table it is: its own answer, the title said first.)
    const whole = kind && !cols && !rows && e ? this.lookup(l, e, toParsed(question), undefined) : null;
    const a = whole
      ? { ...whole, lines: [...lines, ...whole.lines] }
      : makeAnswer({
          kind: 'table',
          title: label,
          lines,
          datasets: [datasetRef(l.ds)],
          suggestions: [`${tableName(n)}合计多少`],
        });
    return this.aboutOne(a, u, e);
  }

  /**
   * "人均基本支出", "按91人算人均" (after an amount): the amount over a head count the document states —
   * 实有人数 unless the question gives one of its counts (91 退休人员). A simple division, said as such;
   * a count the document does not state is not divided by.
   */
  private perPerson(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    // ("Headcount per division?", "每个科室多少人": the document states no figure by division or unit.)
    if (
      /\bper (?:division|department|section|office|unit|team)\b|(?:每个|每一个|平均每个|各个?)(?:内设)?(?:科室|处室|部门|单位)(?:的)?(?:多少|几|人数|人员|编制|经费|预算|花)/i.test(
        question,
      )
    )
      return makeAnswer({
        kind: 'not_found',
        title: '文件没有按科室或单位分的数',
        lines: [
          `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算只写了全部门的人数、机构数和金额，没有按内设科室或所属单位分列的数，也不宜平均分摊。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: ['实有人数多少', '机构设置'],
      });
    // (A person's pay is not published, per head or otherwise: 人均工资 is not this division.)
    if (
      !/人均|每人|每个人|per capita|per person|per head|per (?:actual )?(?:staff member|employee)/i.test(
        question,
      ) ||
      /工资|薪|待遇|收入|奖金/.test(question) ||
      // (…nor is a standard: 人均办公费标准 is a rule, not this division.)
      STANDARD.test(question)
    )
      return null;
    // ("每人每月多少": the budget is for the year; a month's share is no figure the document gives.)
    if (/每月|月均|每个月|一个月|per month|monthly/i.test(question))
      return makeAnswer({
        kind: 'not_found',
        title: '文件没有按月的数',
        lines: [
          `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算按全年安排，没有公布每月或每人每月的数。可以问全年的金额或按人数算的全年人均。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: ['实有人数多少', '基本支出多少'],
      });
    const counts = ['staffing', 'retirees']
      .map((t) => this.entities.get(`${l.ds.meta.id}/topic/${t}`)?.view())
      .flatMap((v) => (v ? [v.primary, ...v.details] : []))
      .filter((f): f is Figure => !!f && f.unit === '人')
      .filter((f, i, all) => all.findIndex((g) => g.label === f.label && g.value.equals(f.value)) === i);
    const n = /(\d{1,5})\s*(?:个)?人/.exec(question)?.[1];
    const people = n ? counts.find((f) => f.value.equals(n)) : counts[0];
    const named = u.partial.query.subjects
      .map((x) => this.entities.get(x.id))
      .filter((e): e is Entity => !!e && !/\/topic\/(?:staffing|retirees)$/.test(e.id));
    const about =
      named[0] ?? (prev?.subjects.length === 1 ? this.entities.get(prev.subjects[0]!.id) : undefined);
    const money = about?.view().primary ? inUnit(about.view().primary!, '元') : null;
    if (!about || !money) return null;
    if (!people)
      return makeAnswer({
        kind: 'not_found',
        title: `文件没有 ${n} 人这个人数`,
        lines: [
          `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算写明的人数有：${counts.map((f) => `${f.label} ${formatFigureValue(f)}`).join('、')}；没有 ${n} 人，所以不按它计算。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: [`人均${about.name}`],
      });
    const per = perPersonOf(
      `人均${about.name}（按${people.label}）`,
      money,
      people,
      `${money.label} ÷ ${people.label}`,
    );
    if (!per) return null;
    const a = makeAnswer({
      kind: 'amount',
      title: `人均${about.name}（按${people.label} ${formatFigureValue(people)}）`,
      lines: [
        figureLine(money),
        figureLine(people),
        `人均：${formatFigureValue({ ...per, value: per.value.toDecimalPlaces(2) })}（${money.label} ÷ ${people.label}，保留到分）。`,
        '文件本身没有公布人均数，这是按文件数字做的简单除法。',
      ],
      figures: [per, money, people],
      datasets: [datasetRef(l.ds)],
      suggestions: [`${about.name}占多少`],
    });
    return this.withQuery(a, {
      ...u.partial.query,
      op: 'value',
      subjects: [{ id: about.id, name: about.name }],
    });
  }

  /**
   * A thing and the things of its name: lines and codes of the same bare name, and the facts that carry it
   * as a table's column (表十一's 基本支出 is 部门整体绩效基本支出).
   */
  private kinOf(l: LoadedDataset, e: Entity): Entity[] {
    const bare = ownName(e);
    return [
      e,
      ...l.entities.all.filter(
        (x) => x.id !== e.id && (bareName(x.name) === bare || (x.kind === 'fact' && x.name.endsWith(bare))),
      ),
    ];
  }

  /** The tables that give a figure of this thing, or of a fact carrying its name as a column. */
  private tablesGiving(l: LoadedDataset, e: Entity): number[] {
    const bare = ownName(e);
    const out: number[] = [];
    for (const x of this.kinOf(l, e)) {
      const v = x.view();
      for (const f of [v.primary, ...v.details])
        if (
          f?.source?.kind === 'table' &&
          isMoneyUnit(f.unit) &&
          (f === v.primary || f.label.includes(bare)) &&
          !out.includes(f.source.table)
        )
          out.push(f.source.table);
    }
    return out;
  }

  /**
   * The one code of another classification that all of a code's 表九 lines carry ("30217对应的政府经济分类"
   * → 50206), or null when they carry several (a breakdown answers that).
   */
  private correspondingCode(l: LoadedDataset, e: Entity, dim: string): Answer | null {
    if (e.kind !== 'functional' && e.kind !== 'economic') return null;
    const c = e.codes[0]!;
    const lines =
      e.kind === 'functional'
        ? l.ds.lineItems.filter((i) => i.functional?.code.startsWith(c))
        : l.entities.itemsOfEconomic(c);
    const of = (i: LineItem) =>
      dim === 'functional'
        ? i.functional
        : dim === 'government_economic'
          ? i.governmentEconomic
          : dim === 'economic'
            ? i.departmentEconomic
            : undefined;
    const codes = new Map(lines.flatMap((i) => (of(i) ? [[of(i)!.code, of(i)!.name] as const] : [])));
    // (Its own classification asked again is no correspondence: 30217 → 部门经济分类 is itself.)
    if (codes.size !== 1 || lines.length === 0 || codes.has(c)) return null;
    const [code, name] = [...codes][0]!;
    const dimName =
      dim === 'functional' ? '功能分类' : dim === 'government_economic' ? '政府经济分类' : '部门经济分类';
    const f = e.view().primary;
    return makeAnswer({
      kind: 'code',
      title: `${c} ${e.name} 对应的${dimName}`,
      lines: [
        `${c} ${e.name}对应的${dimName}：${code} ${name}（依据${tableName(lines[0]!.source.table)}：该科目 ${lines.length} 条明细的${dimName}都是这一科目）。`,
        ...(f ? [figureLine(f)] : []),
      ],
      figures: f ? [f] : [],
      sources: lines.slice(0, 5).map((i) => toSourceRef(l.ds, i.source)),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${code}是什么`, `${e.name}是多少`],
      subject: this.subjectOf(e),
    });
  }

  /** The code "这个科目" means: the previous subject if it is a code, else the economic code of its item. */
  private codeOfPrevious(prev: Query, question: string, ranking = false): Entity | undefined {
    const named =
      /(?:这个|这一?|该|此|那个|那一?|同一?个?|相同的?)(?:科目|代码|编码|经济分类|功能分类|分类)/.test(
        question,
      );
    // ("基本支出里这项多少" after 30213: 这项 is the code itself.)
    const thisOne = /(?:这|那|该)一?项(?!目)/.test(question);
    if (!named && !thisOne) return undefined;
    const things = prev.subjects.filter((x) => !x.id.includes('/table/'));
    // ("两个加起来" → "占这个科目多少": the one code the lines summed share, the one they were listed under.)
    if (things.length > 1 && named) {
      const listedIn = prev.ranked?.scope ? this.entities.get(prev.ranked.scope.id) : undefined;
      if (listedIn?.kind === 'functional' || listedIn?.kind === 'economic') return listedIn;
      const items = things.map((x) => this.entities.get(x.id)?.item);
      const codes = new Set(items.map((i) => i?.functional?.code));
      const only = codes.size === 1 && items[0] ? items[0].functional?.code : undefined;
      return only ? this.entities.get(`${prev.datasetId}/functional/${only}`) : undefined;
    }
    const e = things.length === 1 ? this.entities.get(things[0]!.id) : undefined;
    if (!e) return undefined;
    // ("30217在表九里是哪个功能科目" → "这个科目总额": the functional code just named, when its lines have one.)
    if (e.kind === 'economic' && named && prev.op === 'code' && prev.dimension === 'functional') {
      const l = this.find(e.datasetId);
      const fs = new Set(l?.entities.itemsOfEconomic(e.codes[0]!).map((i) => i.functional?.code) ?? []);
      const only = fs.size === 1 ? [...fs][0] : undefined;
      const f = only ? this.entities.get(`${e.datasetId}/functional/${only}`) : undefined;
      if (f) return f;
    }
    if (e.kind === 'economic' || e.kind === 'functional') return e;
    if (!named) return undefined;
    const item = e.item;
    if (!item) return undefined;
    // (功能 asked here, or the turn before asked for the functional classification.)
    // (…or listed all its codes, the functional one first: "在哪个科目" → "这个科目合计多少".)
    const functional =
      /功能/.test(question) ||
      // (Ranked within "这科目": the 表九 lines of its functional code.)
      (ranking && !/经济/.test(question)) ||
      (!/经济/.test(question) &&
        (prev.dimension === 'functional' || (prev.op === 'code' && !prev.dimension)));
    return functional && item.functional
      ? this.entities.get(`${e.datasetId}/functional/${item.functional.code}`)
      : this.entities.get(`${e.datasetId}/economic/${item.departmentEconomic.code}`);
  }

  /** A planned purchase of fixed assets (计划购置…) asked of by the kind of asset it buys. */
  private plannedPurchase(
    l: LoadedDataset,
    ents: Entity[],
    text: string,
    count: boolean,
  ): Entity | undefined {
    // ("安排购置车辆几台": 公务用车购置费 names no number of cars — the planned purchase of cars does.)
    const carsBought =
      count && /台|辆/.test(text) && ents.some((e) => /\/topic\/sangong\.vehicle/.test(e.id));
    if (!/买|购|安排/.test(text) || !(carsBought || ents.some((e) => family(e) === 'assets')))
      return undefined;
    const plans = l.ds.narrative.facts.filter((f) => f.id.startsWith('assets.planned.'));
    const kinds = ['通用设备', '专用设备', '车辆'].filter(
      (k) => text.includes(k) || (k === '车辆' && /车/.test(text)),
    );
    if (kinds.length !== 1) return undefined;
    const of = plans.filter((f) => f.label.includes(kinds[0]!));
    const f = of.find((x) => isMoneyUnit(x.unit) !== count) ?? of[0];
    return f ? this.entities.get(`${l.ds.meta.id}/fact/${f.id}`) : undefined;
  }

  /** `projects`: the question counts 项目 — a code's 基本支出 lines are not projects and are set apart. */
  private count(
    l: LoadedDataset,
    e: Entity,
    p: Parsed,
    interp: string | undefined,
    projects = false,
  ): Answer {
    const v = e.view();
    if (v.primary && !isMoneyUnit(v.primary.unit)) return this.lookup(l, e, p, interp);
    // "会议费全年开几次会": times, days, sessions — what money figures do not count.
    const counted = /(?:几|多少)个?(次|场|回|天|台|套|团组|团|批|人次|件)/.exec(p.text)?.[1];
    if (counted)
      return makeAnswer({
        kind: 'not_found',
        title: `文件没有公布${e.name}的${counted}数`,
        lines: [
          `${l.ds.meta.department} ${l.ds.meta.fiscalYear}年预算只列出${e.name}的金额，没有公布${counted}数。`,
        ],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${e.name}多少钱`],
      });
    // "20805下面有几个项": the codes of that level under it (2080501, 2080505, 2080506), not its lines.
    // ("支出功能分类一共几个类", "表三有几个款": the whole spending's codes of that level.)
    const level = /(?:几|多少)个(类|项|款)(?!目)|(类|项|款)级科目/.exec(p.text);
    const digits = level
      ? ({ 类: 3, 项: 7, 款: 5 } as const)[(level[1] ?? level[2]) as '类' | '项' | '款']
      : 0;
    const whole =
      e.topic?.id === 'expenditure' || /\/table\/[35]$/.test(e.id) || /\/glossary\/.*功能分类/.test(e.id);
    const root = e.kind === 'functional' ? e.codes[0]! : whole ? '' : null;
    if (root !== null && digits > root.length) {
      const levelName = ({ 3: '类', 5: '款', 7: '项' } as const)[digits as 3 | 5 | 7];
      const codes = l.ds.classifications.functional
        .filter((c) => c.code.length === digits && c.code.startsWith(root))
        .map((c) => this.entities.get(`${l.ds.meta.id}/functional/${c.code}`))
        .filter((x): x is Entity => !!x?.view().primary);
      if (codes.length > 0) {
        const figs = codes.map((c) => ({ ...c.view().primary!, label: c.name }));
        const whose = root ? `${e.name}下的` : '支出功能分类的';
        const n = countOf(`${whose}${levelName}级科目`, '个', figs, '逐个计数');
        return makeAnswer({
          kind: 'fact',
          title: `${root ? e.name : '支出功能分类'} 下有几个${levelName}`,
          lines: [
            root
              ? `${e.codes[0]} ${e.name}下有 ${codes.length} 个${levelName}级科目：`
              : `支出按功能分类共有 ${codes.length} 个${levelName}级科目（${kindName(l.ds, '支出总体')}）：`,
            ...codes.map(
              (c, i) => `${i + 1}. ${c.codes[0]} ${figureLine({ ...c.view().primary!, label: c.name })}`,
            ),
          ],
          figures: [n, ...figs],
          sources: collectSources(figs),
          datasets: [datasetRef(l.ds)],
          suggestions: [`${root ? e.name : `${levelName}级`}里最大的`],
          subject: { ...this.subjectOf(e, 'count'), list: codes.map((c) => c.id) },
          ...(interp ? { interpretation: interp } : {}),
        });
      }
    }
    const under = itemsUnder(l, e);
    if (!under || under.length === 0) return this.lookup(l, e, p, interp);
    // ("项目里用它的有几个" of 30213: its 项目支出 lines; the 基本支出 line beside them is said apart.)
    const basic = projects ? under.filter((i) => i.spending !== 'project') : [];
    const items =
      basic.length > 0 && basic.length < under.length ? under.filter((i) => i.spending === 'project') : under;
    const figs = items.map((i) => l.entities.itemFigure(i));
    const n = countOf(
      `${e.name}的明细条数`,
      '项',
      figs,
      `${kindName(l.ds, '部门预算明细')}中属于${e.name}的明细条数`,
    );
    // ("表九里31099一共几行、合计多少": the count and, asked beside it, what the lines add up to.)
    const yuan = figs.map((f) => inUnit(f, '元'));
    const total =
      figs.length > 1 &&
      /合计|总计|加起来|加总|总额|一共多少钱|总共多少钱|共计多少|多少钱/.test(p.text) &&
      yuan.every((f) => f)
        ? sumOf(`${e.name}（${figs.length} 条明细之和）`, '元', yuan as Figure<'元'>[], '各条相加')
        : null;
    return makeAnswer({
      kind: 'fact',
      title: `${e.name} 有几项`,
      lines: [
        items === under
          ? `${kindName(l.ds, '部门预算明细')}中属于「${e.name}」的明细共 ${n.value.toFixed(0)} 项。`
          : `${kindName(l.ds, '部门预算明细')}中属于「${e.name}」的项目支出明细共 ${n.value.toFixed(0)} 项（另有基本支出明细 ${basic.length} 项，不是项目）。`,
        ...(total ? [`合计：${formatFigureValue(total)}`] : []),
        ...figs.slice(0, 10).map((f, i) => `${i + 1}. ${figureLine(f)}`),
      ],
      figures: total ? [n, total] : [n],
      sources: collectSources(figs.slice(0, 10)),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${e.name}的明细`, `${e.name}里最大的`],
      subject: { ...this.subjectOf(e, 'count'), list: items.map((i) => `${l.ds.meta.id}/item/${i.id}`) },
      ...(interp ? { interpretation: interp } : {}),
    });
  }

  private readonly pinned = new Map<string, Entity[]>();
  /** year → fragments of names reading "<year>年…" (the year and up to four characters after it) */
  private namesWithYear: Map<number, Set<string>> | null = null;
  private longestYearFragment = 0;
  /** year → what follows "<year>年" in names (无线网络租赁费) */
  private readonly yearNameTails = new Map<number, Set<string>>();
  private readonly yearTailGrams = new Map<number, Set<string>>();
  /** year → its rests by their first two code units */
  private readonly yearTailsByStart = new Map<number, Map<string, string[]>>();

  /** True when the question spells out part of a name that contains "<y>年". */
  private yearInName(y: number, question: string): boolean {
    if (!this.namesWithYear) {
      this.namesWithYear = new Map();
      for (const name of this.loaded.flatMap((l) => l.yearNames())) {
        for (const m of name.matchAll(/((?:19|20)\d{2})年度?/g)) {
          const year = Number.parseInt(m[1]!, 10);
          const fragment = normalizeText(name.slice(m.index, m.index + m[0].length + 4));
          let set = this.namesWithYear.get(year);
          if (!set) this.namesWithYear.set(year, (set = new Set()));
          set.add(fragment);
          this.longestYearFragment = Math.max(this.longestYearFragment, fragment.length);
          // The rest of the name, too: "2018年和2019年的无线网络租赁费" names both years' items.
          const rest = normalizeText(name.slice(m.index + m[0].length));
          if ([...rest].length >= 4) {
            let tails = this.yearNameTails.get(year);
            if (!tails) this.yearNameTails.set(year, (tails = new Set()));
            tails.add(rest);
          }
        }
      }
    }
    const fragments = this.namesWithYear.get(y);
    if (!fragments) return false;
    const asked = normalizeText(question);
    // (Some rest in the question: looked up by the question's pairs of code units, not each rest tested —
    // at 100,000 items a year has thousands of rests.)
    let byStart = this.yearTailsByStart.get(y);
    if (!byStart) {
      byStart = new Map();
      for (const t of this.yearNameTails.get(y) ?? []) {
        const k = t.slice(0, 2);
        const list = byStart.get(k);
        if (list) list.push(t);
        else byStart.set(k, [t]);
      }
      this.yearTailsByStart.set(y, byStart);
    }
    for (let i = 0; i + 1 < asked.length; i++)
      for (const t of byStart.get(asked.slice(i, i + 2)) ?? []) if (asked.startsWith(t, i)) return true;
    // "2018年那个云平台综合管控一体化的项目": words of the name's rest (four characters in a row) soon after the year.
    // (The rests' runs of four Han characters are gathered once per year; the question's are looked up.)
    let grams = this.yearTailGrams.get(y);
    if (!grams) {
      grams = new Set();
      for (const t of this.yearNameTails.get(y) ?? [])
        for (const m of t.matchAll(/\p{Script=Han}{4,}/gu))
          for (let i = 0; i + 4 <= m[0].length; i++) grams.add(m[0].slice(i, i + 4));
      this.yearTailGrams.set(y, grams);
    }
    const after = asked.slice(asked.indexOf(String(y)), asked.indexOf(String(y)) + 30);
    for (let i = 0; i + 4 <= after.length; i++) if (grams.has(after.slice(i, i + 4))) return true;
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

  /** Some pair of adjacent characters of `text` occurs in a known name. */
  private sharesBigram(text: string): boolean {
    this.knownIncludes('名称');
    for (let c = 0; c + 1 < text.length; c++) if (this.knownByBigram!.has(text.slice(c, c + 2))) return true;
    return false;
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

  /**
   * Loads and prepares the default (newest) dataset now, at start-up: the first answer is then fast,
   * and bad data in it stops the start (a KbLoadError) rather than waiting for a question.
   */
  warm(opts: { prepare?: boolean } = {}): void {
    const l = this.defaultDataset();
    if (!l) return;
    ensureLoaded(l.ds);
    if (opts.prepare ?? true) l.prepare();
  }

  /**
   * An indicator of a 绩效 form asked by its name (进度指标, 经济效益指标, 满意度指标): what the form writes
   * there, quoted with its line — of the form the question or the conversation is about (表十一 / 整体, a
   * project), else of every form that has it. Null when no indicator is named or none has it.
   */
  private indicatorAnswer(
    l: LoadedDataset,
    u: Understood,
    question: string,
    prev: Query | null,
  ): Answer | null {
    const named =
      /(产出数量|产出质量|产出进度|产出成本|产出时效|数量|质量|进度|时效|成本|经济效益|社会效益|环境效益|生态效益|可持续影响|服务对象满意度|满意度|效益|产出|效果)指标/.exec(
        question,
      )?.[1];
    if (!named) return null;
    const projects = l.ds.performance.projects;
    const overall = l.ds.performance.overall;
    const forms = kindName(l.ds, '项目绩效');
    const whole = overall ? kindName(l.ds, '整体绩效') : undefined;
    const projectIn = (ids: readonly { id: string }[]) =>
      ids.map((x) => l.entities.projectOf(this.entities.get(x.id))).find((x) => x);
    const asksWhole = (whole && question.includes(whole)) || /整体|部门整体/.test(question);
    const about =
      projectIn(u.partial.query.subjects) ??
      (asksWhole
        ? undefined
        : u.partial.hasSubjects
          ? undefined
          : prev
            ? projectIn(prev.subjects)
            : undefined);
    const wholeTable = this.entities.get(
      `${l.ds.meta.id}/table/${tableOfKind(l.ds, '整体绩效')?.number ?? 0}`,
    );
    const wholeBefore =
      !about &&
      !u.partial.hasSubjects &&
      prev?.subjects.some((x) => x.id === wholeTable?.id || /\/topic\/performance$/.test(x.id));
    const places: string[] = about
      ? [`${forms} ${about.name} `]
      : asksWhole || wholeBefore
        ? whole
          ? [`${whole} `]
          : []
        : [...(whole ? [`${whole} `] : []), ...projects.map((x) => `${forms} ${x.name} `)];
    if (places.length === 0) return null;
    const hits = this.passages(l).filter((p) =>
      places.some((w) => p.where.startsWith(w) && p.where.slice(w.length).includes(`${named}指标`)),
    );
    // ("数量指标" asks the 产出数量指标 of 表十一 too.)
    if (hits.length === 0) return null;
    const shown = hits.slice(0, 6);
    const label = about ? `${about.name}的` : asksWhole || wholeBefore ? `${whole}的` : '';
    const subject = about
      ? this.entities.get(`${l.ds.meta.id}/project/${about.id}`)
      : asksWhole || wholeBefore
        ? wholeTable
        : undefined;
    const a = makeAnswer({
      kind: 'fact',
      title: `${label}${named}指标`,
      lines: [
        ...shown.map((p) => `· ${p.where}：“${clip(p.text, 240)}”（第 ${p.line} 行）`),
        ...(hits.length > shown.length ? [`（另有 ${hits.length - shown.length} 条）`] : []),
      ],
      sources: shown.map(passageSource),
      datasets: [datasetRef(l.ds)],
      suggestions: ['绩效目标与评价'],
    });
    return this.aboutOne(a, u, subject);
  }

  /**
   * "帮扶哪里", "培训几次", "南区几个会议室" right after a project with a 绩效 form: a word the data has no
   * figure for, looked for in that form's own sentences first — quoted when they hold it. Null otherwise.
   */
  private inOwnForm(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    // (…or of the one project the question names beside the word: "服务联络办那个帮扶的是哪两个地方".)
    const named =
      u.partial.hasSubjects && u.partial.query.subjects.length === 1 ? u.partial.query.subjects : null;
    // (…or, of several talked about, the one that has a form: "帮扶哪两个地方" after two summed.)
    const withForm = (prev?.subjects ?? []).filter((x) => l.entities.projectOf(this.entities.get(x.id)));
    const about =
      named ??
      (!u.partial.hasSubjects && prev?.subjects.length === 1
        ? prev.subjects
        : !u.partial.hasSubjects && withForm.length === 1
          ? withForm
          : null);
    // (…or, when what was talked about has none, the form the sentences just quoted are from.)
    const formsName = kindName(l.ds, '项目绩效');
    const saidForm = () => {
      const where = this.passages(l).find(
        (p) => prev?.said?.includes(p.line) && p.where.startsWith(`${formsName} `),
      )?.where;
      return where
        ? l.ds.performance.projects.find((x) => where.startsWith(`${formsName} ${x.name} `))
        : undefined;
    };
    if ((!about && !prev?.said) || [...question].length > (named ? 24 : 12)) return null;
    const project =
      (about ? l.entities.projectOf(this.entities.get(about[0]!.id)) : undefined) ??
      (!named && !u.partial.hasSubjects ? saidForm() : undefined);
    if (!project) return null;
    const words = u.unresolved
      .map((t) =>
        t.replace(/(?:是|在|去|到|的)?(?:哪里|哪儿|哪些|哪个|哪|几次|几个|几项|几|什么|啥|谁|多少)$/, ''),
      )
      .map((t) => t.replace(/^(?:那|这|它的|其)/, ''))
      .filter(
        (t) =>
          /^\p{Script=Han}{2,8}$/u.test(t) &&
          !/另|剩|其余|别的|哪|几|什么|谁|怎么|多少|不对/.test(t) &&
          // (Words that say what kind of answer is wanted — 地方, 内容 — are not looked for.)
          !/^(?:地方|东西|内容|情况|事情|方面|事儿|事|单位)$/.test(t),
      );
    if (words.length === 0) return null;
    const forms = kindName(l.ds, '项目绩效');
    const place = `${forms} ${project.name} `;
    const counts = /几|多少/.test(question);
    // (A sentence holds the word, or most of its pairs of characters — 对口帮扶地区 is said "对口帮扶方面…张北县".)
    const pairs = [...new Set(words.flatMap((w) => [...charPairs(normalizeText(w))]))];
    const scored = this.passages(l)
      .filter((p) => p.where.startsWith(place) && (!counts || /\d|[一二两三四五六七八九十]/.test(p.text)))
      .map((p) => ({
        p,
        whole: words.every((w) => p.norm.includes(normalizeText(w))),
        score: pairs.filter((g) => p.norm.includes(g)).length,
      }))
      .filter((x) => x.whole || (pairs.length >= 3 && x.score >= Math.ceil(pairs.length * 0.6)));
    if (scored.length === 0 || scored.filter((x) => x.whole).length > 6) return null;
    const hits = scored
      .sort((a, b) => Number(b.whole) - Number(a.whole) || b.score - a.score)
      .slice(0, 4)
      .map((x) => x.p);
    const key = words.join('');
    const told = this.quotedLines(
      l,
      `${project.name}：原文中提到「${clip(key, 20)}」的地方`,
      `${forms}中${project.name}的文字这样写：`,
      hits,
      key,
      [`${project.name}的负责人`, `${project.name}多少钱`],
    );
    const own = this.entities.get(`${l.ds.meta.id}/project/${project.id}`);
    const subjects = about ?? (own ? [{ id: own.id, name: own.name }] : []);
    return subjects.length ? this.withQuery(told, { ...u.partial.query, op: 'value', subjects }) : told;
  }

  /**
   * "三公包括科协吗", "科协那辆车是啥": an organisation the document's text names (区科协, 区外联办 — read
   * off the text itself, with and without 区) that the data has no figure of: the sentences that name it,
   * those nearest the rest of the question first, quoted. Null when the question names none.
   */
  private orgQuote(l: LoadedDataset, u: Understood, question: string): Answer | null {
    const unread = u.unresolved.join(' ');
    if (!unread) return null;
    const passages = this.passages(l);
    const orgs = this.orgsNamed(l);
    // (A name of three or more characters — 区科协, 外联办 — is quoted by the not-found answer already.)
    const org = [...orgs].sort((a, b) => b.length - a.length).find((o) => unread.includes(o));
    // (…unless a department-wide total was found beside it — "区科协's own budget total": the sub-unit's own
    // total is not published, and the department's is no answer to it.)
    const totalsOnly =
      u.mentions.some((m) => m.entity) &&
      u.mentions.every(
        (m) => !m.entity || /\/topic\/(?:expenditure|income|basic|project)$/.test(m.entity.id),
      );
    if (!org || (org.length > 2 && !totalsOnly) || unread.includes(`区${org}`)) return null;
    const rest = normalizeText(question.replace(org, ''));
    const pairs = [...charPairs(rest)].filter((g) => !/[的是吗呢么啥哪那了算进来包括]/.test(g));
    // (…and, between equals, the one holding more of the question's own characters: 车 for 科普大篷车.)
    const chars = [...new Set(rest)].filter(
      (c) => /\p{Script=Han}/u.test(c) && !/[的是吗呢么啥哪那了算进来包括]/.test(c),
    );
    const scored = passages
      .filter((p) => p.text.includes(org))
      .map((p) => {
        const t = p.norm + normalizeText(p.where);
        return {
          p,
          score: pairs.filter((g) => t.includes(g)).length * 10 + chars.filter((c) => t.includes(c)).length,
        };
      })
      .sort((a, b) => b.score - a.score);
    if (scored.length === 0) return null;
    const best = scored[0]!.score;
    const shown = scored
      .filter((x) => x.score === best)
      .slice(0, 2)
      .map((x) => x.p);
    return this.quotedLines(
      l,
      `原文中提到「${org}」的地方`,
      /多少|几|金额|预算/.test(question)
        ? `预算表里没有「${org}」单列的数字；文件的文字里这样写：`
        : '文件的文字里这样写：',
      shown,
      undefined,
      ['三公经费是多少'],
    );
  }

  /** The organisations the text names other than the department itself (科协, 外联办). */
  private otherOrgs(l: LoadedDataset): string[] {
    return [...this.orgsNamed(l)].filter((o) => !abbreviates(o.replace(/^区/, ''), l.ds.meta.department));
  }

  /** The organisations the document's text names (区科协 and 科协, 区外联办 and 外联办). */
  private orgsNamed(l: LoadedDataset): Set<string> {
    const passages = this.passages(l);
    let orgs = ORGS_NAMED.get(passages);
    if (!orgs) {
      orgs = new Set<string>();
      for (const p of passages)
        for (const m of p.text.matchAll(/区(\p{Script=Han}{1,5}?(?:办公室|办|协|委|局))/gu)) {
          orgs.add(m[0]);
          if (m[1]!.length >= 2) orgs.add(m[1]!);
        }
      ORGS_NAMED.set(passages, orgs);
    }
    return orgs;
  }

  /**
   * "有绩效目标表吗" of the things named or just talked about: whether each has a 绩效 form in the document
   * (a yes or a no for each; a no is not a figure).
   */
  private hasForm(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    if (
      !/有(?:没有)?(?:单独的?)?(?:项目)?(?:绩效目标(?:申报)?表|绩效表|绩效目标|绩效申报表)(?:吗|么|嘛|没有|不)?[？?]*$/.test(
        question.trim(),
      )
    )
      return null;
    // (The 绩效 topic or a table the question names is what is asked about, not whose.)
    const named = u.partial.query.subjects.filter((x) => !/\/topic\/performance$|\/table\/\d+$/.test(x.id));
    const about = named.length ? named : (prev?.subjects ?? []);
    const es = about
      .map((x) => this.entities.get(x.id))
      .filter((x): x is Entity => !!x && (!!x.item || !!x.project));
    if (es.length === 0 || es.length !== about.length) return null;
    const forms = kindName(l.ds, '项目绩效');
    const listed = l.ds.performance.projects.map((x) => x.name);
    const withForm = es.map((e) => ({ e, form: l.entities.projectOf(e) }));
    const none = withForm.every((x) => !x.form);
    const lines = withForm.map((x) =>
      x.form
        ? `${x.e.name}：有，${forms}中的“${x.form.name}”。`
        : `${x.e.name}：没有，${forms}里没有它的绩效目标申报表。`,
    );
    return makeAnswer({
      kind: none ? 'not_found' : 'fact',
      title: none
        ? `${forms}里没有这${es.length > 1 ? '些' : '个'}项目的绩效目标表`
        : `${forms}里的绩效目标表`,
      lines: [...lines, `（${forms}只附了 ${listed.length} 个项目：${listed.join('、')}。）`],
      datasets: [datasetRef(l.ds)],
      suggestions: listed.slice(0, 2).map((n) => `${n}的绩效指标`),
    });
  }

  /**
   * "服务联络办经费目标有几个", "目标3是啥", "第二个目标" of a project with a 绩效 form (named, or the one
   * talked about): its 年度目标, quoted — all of them with how many, or the one of that number.
   */
  /**
   * "中期资金总额填的多少", "中期目标写的啥" of a project with a 表十二 form: the form prints those fields, and
   * this document leaves them blank — said so, never another field's figure in their place.
   */
  private blankFormField(
    l: LoadedDataset,
    u: Understood,
    question: string,
    prev: Query | null,
  ): Answer | null {
    const field = /中期资金总额|中期资金|中期目标|主管部门(?:及代码)?/.exec(question)?.[0];
    if (!field) return null;
    // (The thing named, else the one talked about: 中期资金总额 itself names 表十一's 资金总额, no project.)
    const candidates = [
      ...(u.partial.query.subjects.length === 1 ? [u.partial.query.subjects[0]!] : []),
      ...(prev?.subjects.length === 1 ? [prev.subjects[0]!] : []),
    ];
    const about = candidates.find((x) => l.entities.projectOf(this.entities.get(x.id)));
    const project = about ? l.entities.projectOf(this.entities.get(about.id)) : undefined;
    if (!project) return null;
    const filled = /目标/.test(field)
      ? !!project.midTermGoal
      : /主管部门/.test(field)
        ? !!project.supervisor
        : project.funding.some((f) => /中期/.test(f.label));
    if (filled) return null;
    return this.withQuery(
      makeAnswer({
        kind: 'not_found',
        title: `${project.name}：${field}一栏空白`,
        lines: [
          `${kindName(l.ds, '项目绩效')}中${project.name}的“${field.startsWith('中期资金') ? '中期资金总额' : field.startsWith('主管部门') ? '主管部门及代码' : '中期目标'}”一栏没有填写，文件没有这一项。`,
          `可以问：“${project.name}年度资金总额”。`,
        ],
        figures: [],
        sources: [],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${project.name}年度资金总额`],
      }),
      { ...(prev ?? u.partial.query), op: 'value', subjects: about ? [about] : [] },
    );
  }

  private goalsOf(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    if (!/目标/.test(question) || /绩效目标(?:表|申报)|申报绩效目标|绩效目标的项目/.test(question))
      return null;
    const about =
      u.partial.hasSubjects && u.partial.query.subjects.length === 1
        ? u.partial.query.subjects[0]!
        : !u.partial.hasSubjects && prev?.subjects.length === 1
          ? prev.subjects[0]!
          : undefined;
    const project = about ? l.entities.projectOf(this.entities.get(about.id)) : undefined;
    if (!project) return null;
    const place = `${kindName(l.ds, '项目绩效')} ${project.name} 年度目标`;
    const goals = this.passages(l).filter((p) => p.where === place);
    if (goals.length === 0) return null;
    const digit = /目标\s*([1-9]|[一二三四五六七八九])|第([1-9]|[一二三四五六七八九])(?:个|条|项)?目标/.exec(
      question,
    );
    const n = digit
      ? Number(digit[1] ?? digit[2]) || '一二三四五六七八九'.indexOf((digit[1] ?? digit[2])!) + 1
      : 0;
    if (n > goals.length) return null;
    const shown = n ? [goals[n - 1]!] : goals;
    const told = this.quotedLines(
      l,
      n ? `${project.name}的年度目标${n}` : `${project.name}的年度目标`,
      n
        ? `${kindName(l.ds, '项目绩效')}中${project.name}的年度目标共 ${goals.length} 个，第 ${n} 个：`
        : `${kindName(l.ds, '项目绩效')}中${project.name}的年度目标共 ${goals.length} 个：`,
      shown,
      undefined,
      [`${project.name}的负责人`, `${project.name}多少钱`],
    );
    const e = this.entities.get(`${l.ds.meta.id}/project/${project.id}`);
    return this.aboutOne(told, u, e);
  }

  /**
   * "哪年的项目" after 北京市西城区2018年云平台…项目: the year its name carries, with the name. Null when
   * the name has no year (its year is then the document's, which "今年" answers).
   */
  private yearOfName(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    if (!prev || prev.subjects.length !== 1 || u.partial.hasSubjects) return null;
    if (
      !/^(?:这是|是|它是|这个是|这个?项目是|这笔是|这笔钱是|它)?哪(?:一)?年(?:的|立的|开始的)(?:项目|钱|事)?[？?呢啊]*$/.test(
        question.trim(),
      )
    )
      return null;
    const about = prev.subjects[0]!;
    const year = /(?:19|20)\d{2}年/.exec(about.name)?.[0];
    if (!year) return null;
    const e = this.entities.get(about.id);
    const a = makeAnswer({
      kind: 'fact',
      title: `${clip(about.name, 40)} 的年份`,
      lines: [`名称里写的是 ${year}：「${about.name}」。`],
      sources: e?.item ? [l.entities.itemFigure(e.item).source!] : [],
      datasets: [datasetRef(l.ds)],
      suggestions: [`${about.name}多少钱`],
    });
    return this.withQuery(a, prev);
  }

  /**
   * "80.14%是啥的涨幅", "70%指的什么": a percentage the document's text states, asked what it is of — the
   * sentences stating it, quoted. Null when the question names a subject or bounds a share (超过10%的).
   */
  private percentInText(l: LoadedDataset, u: Understood, question: string): Answer | null {
    if (u.partial.hasSubjects || [...question].length > 24) return null;
    const m = /(\d+(?:\.\d+)?)[%％]/.exec(question);
    if (
      !m ||
      !/啥|什么|哪|指的|是指|怎么来的|从哪/.test(question) ||
      /以上|以下|超过|大于|小于|不到/.test(question)
    )
      return null;
    const hits = this.passages(l).filter((p) =>
      new RegExp(`(?<![\\d.])${m[1]!.replace('.', '\\.')}[%％]`).test(p.text),
    );
    if (hits.length === 0 || hits.length > 3) return null;
    const told = this.quotedLines(
      l,
      `原文中写「${m[1]}%」的地方`,
      '文件的文字里这样写：',
      hits,
      undefined,
      [],
    );
    // (The topic whose change that sentence states — 三公 for 80.14% — is what "基数多少" asks next.)
    const lines = new Set(hits.map((p) => p.line));
    const stated = (f: Figure | null | undefined) =>
      f?.source?.kind === 'narrative' && lines.has(f.source.line);
    const topics = l.entities.all.filter((e) => e.kind === 'topic' && stated(e.view().changePct));
    return topics.length === 1
      ? this.withQuery(told, {
          ...u.partial.query,
          op: 'change',
          subjects: [{ id: topics[0]!.id, name: topics[0]!.name }],
        })
      : told;
  }

  /**
   * "哪家的车", "哪个单位的", "分几次" right after an answer that quoted the document: asked of the
   * sentences just read — those naming an organisation other than the department, or giving a number of
   * times — quoted again. Null when the question names something of its own, or when nothing just read
   * holds what it asks.
   */
  private askedOfSaid(l: LoadedDataset, u: Understood, question: string, prev: Query | null): Answer | null {
    const said = prev?.said;
    if (!prev || !said?.length || [...question].length > 14) return null;
    const q = question.trim();
    const org = /哪家|哪一家|哪个单位|哪个机构|什么单位|啥单位|谁家|是谁的|谁的/.test(q);
    const times = /^(?:一年|每年)?(?:分|要|共|一共|总共)?(?:几|多少)次[？?吗呢]*$/.test(q);
    // ("含外宾吗" after the definition of 公务接待费: the sentence just read that says so.)
    const word =
      /^(?:那|它|这个)?(?:含|包含|包括|含不含|包不包括|有没有|算不算)(\p{Script=Han}{2,6}?)(?:吗|么|嘛|不|没有)?[？?]*$/u.exec(
        q,
      )?.[1];
    if (!whoseAsked(q) && !word && !org && !times) return null;
    // (A thing named is asked of the sentences only when it is "含X吗": "含差旅费吗" after the definition of
    // 行政运行经费 — the definition lists it — keeps to that subject.)
    if (u.partial.hasSubjects && (!word || org || times)) return null;
    // (…the 名称解释 entries quoted among them too: they are sentences of the document as well.)
    const read: Passage[] = [
      ...this.passages(l).filter((p) => said.includes(p.line)),
      ...l.ds.glossary
        .filter((g) => said.includes(g.source.line))
        .map((g) => ({
          text: g.source.quote,
          norm: normalizeText(g.source.quote),
          line: g.source.line,
          where: g.source.section,
        })),
    ];
    // "对应哪个项目" after a duty or a sentence that is no project's: the one project whose name shares the
    // longest run of characters (four or more) with what was read — 绩效管理 in 政府绩效管理项目.
    const whose = whoseAsked(q);
    // ("哪个项目的", "哪个科" after a sentence of a project's own form: that project, with its owner.)
    const own = prev.subjects.length === 1 ? this.entities.get(prev.subjects[0]!.id) : undefined;
    const form = whose ? l.entities.projectOf(own) : undefined;
    if (form && own) {
      const a = this.owner(l, own, undefined);
      return a ? this.withQuery(a, { ...prev, op: 'owner' }) : null;
    }
    if (whose && /项目/.test(q)) {
      const text = read.map((p) => p.norm).join('。');
      const scored = l.ds.performance.projects
        .map((x) => ({
          x,
          run: longestRun(normalizeText(x.name).replace(/^西城区|(?:19|20)\d{2}年|项目$/g, ''), text),
        }))
        .sort((a, b) => b.run - a.run);
      const best = scored[0];
      if (!best || best.run < 4 || scored[1]?.run === best.run) return null;
      const e = this.entities.get(`${l.ds.meta.id}/project/${best.x.id}`);
      const a = e ? this.owner(l, e, `按上文：与「${clip(read[0]?.text ?? '', 30)}」对应的项目`) : null;
      return a ? this.withQuery(a, { ...prev, op: 'owner', subjects: [{ id: e!.id, name: e!.name }] }) : null;
    }
    if (word && !org && !times) {
      const hits = read.filter((p) => p.text.includes(word));
      if (hits.length === 0 || hits.length > 3) return null;
      return this.withQuery(
        this.quotedLines(
          l,
          `刚才引用的原文里的「${word}」`,
          !/含|包括/.test(q)
            ? '刚才引用的原文这样写：'
            : hits.some((p) =>
                  new RegExp(`(?:不含|不包含|不包括|除|不属于)[^，。；]{0,8}${word}`).test(p.text),
                )
              ? `刚才引用的原文写到「${word}」时有“不含／除外”的说法，请看原文：`
              : `是，刚才引用的原文写到了「${word}」：`,
          hits,
          word,
          [],
        ),
        prev,
      );
    }
    if (!org && !times) return null;
    const others = this.otherOrgs(l);
    const hits = read.filter((p) =>
      org ? others.some((o) => p.text.includes(o)) : /(?:\d+|[一二两三四五六七八九十]+)次/.test(p.text),
    );
    if (hits.length === 0 || hits.length > 3) return null;
    const told = this.quotedLines(
      l,
      org ? '刚才引用的原文里提到的单位' : '刚才引用的原文里的次数',
      '刚才引用的原文这样写：',
      hits,
      undefined,
      [],
    );
    return this.withQuery(told, prev);
  }

  /**
   * "大篷车是谁的", "那辆车是哪个单位的": a thing the text names, asked whose — the sentences naming it with
   * an organisation other than the department, quoted. Null when the text has none (or too many).
   */
  private whoseThing(l: LoadedDataset, question: string): Answer | null {
    const m =
      /^(?:那个|那辆|这个|这辆)?(\p{Script=Han}{2,8}?)(?:是|归|属于)?(?:谁的|哪家的|哪一家的|哪个单位的|哪个机构的|什么单位的|啥单位的)[？?呢啊]*$/u.exec(
        question.trim(),
      );
    const thing = m?.[1];
    if (!thing) return null;
    const others = this.otherOrgs(l);
    const hits = this.passages(l).filter(
      (p) => p.text.includes(thing) && others.some((o) => p.text.includes(o)),
    );
    if (hits.length === 0 || hits.length > 3) return null;
    return this.quotedLines(l, `原文中提到「${thing}」的地方`, '文件的文字里这样写：', hits, undefined, []);
  }

  /**
   * A fact answer quoting the document's sentences, each with where it is and its line — cut around the
   * words asked (`key`) when given, else from its start. No figure is presented as the answer.
   */
  /**
   * "公务接待费包不包括外宾接待", "公车购置费口径里含不含车辆购置税": whether a term the document defines
   * (名称解释) covers a word — the one definition that writes the word, of a term sharing two characters
   * running with the thing asked, quoted. Null when no definition, or more than one, fits.
   */
  private definitionHolds(l: LoadedDataset, question: string): Answer | null {
    const q = question
      .trim()
      .replace(/^(?:按|根据|照)?(?:名词解释|名称解释|定义)(?:里|中|来看|看)?[，,、\s]*/, '');
    const m =
      /^(\p{Script=Han}{2,16}?)(?:的)?(?:口径|定义|范围|解释)?(?:里|中|上)?(?:面)?(?:包不包括|包括不包括|包不包含|含不含|包含|包括|含|算不算)(\p{Script=Han}{2,8}?)(?:吗|么|嘛|不|没有|在内)?[？?]*$/u.exec(
        q,
      );
    if (!m) return null;
    const [, thing, word] = m as unknown as [string, string, string];
    const pairs = charPairs(normalizeText(thing.replace(/^.*?(?:定义|解释)(?:里|中)?/, '')));
    const fits = l.ds.glossary.filter(
      (g) => g.definition.includes(word) && [...charPairs(normalizeText(g.term))].some((x) => pairs.has(x)),
    );
    if (fits.length !== 1) return null;
    const g = fits[0]!;
    const not = new RegExp(`(?:不含|不包含|不包括|除|不属于)[^，。；]{0,8}${escapeRegExp(word)}`).test(
      g.definition,
    );
    return this.quotedLines(
      l,
      `「${g.term}」的口径与「${word}」`,
      not
        ? `名称解释写到「${word}」时有“不含／除外”的说法，请看原文：`
        : `是。按文件的名称解释，${g.term}包括「${word}」：`,
      [
        {
          text: g.source.quote,
          norm: normalizeText(g.source.quote),
          line: g.source.line,
          where: g.source.section,
        },
      ],
      word,
      [`${g.term}多少`],
    );
  }

  private quotedLines(
    l: LoadedDataset,
    title: string,
    intro: string,
    shown: readonly Passage[],
    key: string | undefined,
    suggestions: string[],
  ): Answer {
    const pairs = key ? charPairs(normalizeText(key)) : undefined;
    return makeAnswer({
      kind: 'fact',
      title,
      lines: [
        intro,
        ...shown.map(
          (p) => `· “${clip(pairs ? relevant(p.text, pairs) : p.text, 240)}”（${p.where}，第 ${p.line} 行）`,
        ),
      ],
      sources: shown.map(passageSource),
      datasets: [datasetRef(l.ds)],
      suggestions,
    });
  }

  /**
   * "培训几次", "座谈会开几次": how many times the document's text says something is done — the sentences
   * that give a number of them right after the word, quoted (the count is the document's words, not a
   * figure of the tables). Only for a question that names nothing of the data.
   */
  private countedInText(l: LoadedDataset, u: Understood, question: string): Answer | null {
    // (A word only found by search — 培训 as 培训费 — names nothing counted in 次.)
    if (u.mentions.some((m) => m.entity && m.via !== 'search')) return null;
    const m =
      /^(?:那|那么|还有)?(\p{Script=Han}{2,6}?)(?:要|得|一共|总共|共|一年)?(?:几|多少)(次|场|期|批|轮)[？?吗呢]*$/u.exec(
        question.trim(),
      );
    if (!m) return null;
    const [, said, unit] = m as unknown as [string, string, string];
    // ("专项的几次": the word without its 的.)
    const word = said.replace(/的$/, '');
    if ([...word].length < 2) return null;
    // (The number after the word — 培训2次 — or just before it: 实施2次专项工作.)
    const count = `(?:\\d+(?:-\\d+)?|[一二两三四五六七八九十]+)${unit}`;
    const near = new RegExp(`${word}[^，。；;]{0,8}?${count}|${count}[^，。；;]{0,3}?${word}`);
    const hits = this.passages(l).filter((p) => near.test(p.text));
    if (hits.length === 0 || hits.length > 3) return null;
    const told = this.quotedLines(
      l,
      `原文中提到「${word}」几${unit}的地方`,
      '文件的文字里这样写：',
      hits,
      word,
      ['绩效目标与评价'],
    );
    // (Sentences of one project's form are about that project: "帮扶哪里" next asks its form again.)
    return this.aboutOne(told, u, this.formOf(l, hits));
  }

  /** The project whose 绩效 form all these sentences are from, if one. */
  private formOf(l: LoadedDataset, ps: readonly Passage[]): EntityRef | undefined {
    const forms = kindName(l.ds, '项目绩效');
    const names = new Set(
      ps.map((p) => l.ds.performance.projects.find((x) => p.where.startsWith(`${forms} ${x.name} `))?.id),
    );
    const [id] = [...names];
    const e = names.size === 1 && id ? this.entities.get(`${l.ds.meta.id}/project/${id}`) : undefined;
    return e ? { id: e.id, name: e.name } : undefined;
  }

  /** "19年那笔多多少" after lines of one name with different years: the one named with that year. */
  private lineOfYear(
    prev: Query | null,
    u: Understood,
    question: string,
    shown: readonly string[],
  ): Entity | undefined {
    // (The lines it was about, or those a choice list just offered.)
    const about =
      prev && prev.subjects.length >= 2
        ? prev.subjects
        : shown.length >= 2
          ? shown.map((id) => this.entities.get(id)).filter((x): x is Entity => !!x)
          : [];
    if (!prev || about.length < 2 || u.partial.hasSubjects) return undefined;
    if (!/^(?:那|那么)?(?:(?:19|20)?\d{2})年(?:度)?的?(?:那笔|那个|那项|那一笔|的)/.test(question.trim()))
      return undefined;
    const year = u.reading.numbers.find((n) => n.kind === 'year');
    if (year?.kind !== 'year') return undefined;
    const hits = about.filter((x) => x.name.startsWith(`${year.year}年`));
    return hits.length === 1 ? this.entities.get(hits[0]!.id) : undefined;
  }

  /** A year or an organisation the loaded documents do not hold. */
  /** "18年的", "那2018年的呢" after a line named with a year: the line of that name with the year asked. */
  private sameNameOtherYear(
    prev: Query | null,
    u: Understood,
    question: string,
  ): Entity | string | undefined {
    if (!prev?.subjects.length || u.partial.hasSubjects) return undefined;
    if (
      !/^(?:那|那么)?(?:(?:(?:19|20)?\d{2})年(?:度)?|(?:19|20)\d{2}(?=的|呢|那))(?:的|呢|的呢|那笔|那个|那项)*[？?]?$/.test(
        question.trim(),
      )
    )
      return undefined;
    const year = u.reading.numbers.find((n) => n.kind === 'year');
    const named = /^((?:19|20)\d{2})年/.exec(prev.subjects[0]!.name);
    // (Several lines talked about — 2018年 and 2019年无线网络租赁费 compared — count when they are all one
    // name of different years and the year asked is none of theirs.)
    const stem = prev.subjects[0]!.name.slice(named?.[0].length ?? 0);
    if (
      prev.subjects.length > 1 &&
      !prev.subjects.every(
        (x) => /^(?:19|20)\d{2}年/.test(x.name) && x.name.replace(/^(?:19|20)\d{2}年/, '') === stem,
      )
    )
      return undefined;
    if (year?.kind !== 'year' || !named || prev.subjects.some((x) => x.name.startsWith(`${year.year}年`)))
      return undefined;
    const name = `${year.year}年${prev.subjects[0]!.name.slice(named[0].length)}`;
    const l = this.find(prev.datasetId);
    return l?.entities.all.find((e) => e.name === name) ?? (l ? name : undefined);
  }

  /** The lines whose names differ from this one only in the year they begin with. */
  private siblingsOf(l: LoadedDataset, name: string): string[] {
    const rest = name.replace(/^(?:19|20)\d{2}年/, '');
    return [
      ...new Set(
        l.entities.all
          .filter(
            (e) =>
              e.kind === 'item' &&
              /^(?:19|20)\d{2}年/.test(e.name) &&
              e.name.replace(/^(?:19|20)\d{2}年/, '') === rest,
          )
          .map((e) => e.name),
      ),
    ];
  }

  private outOfScope(u: Understood, question: string): Answer | null {
    const missingYear = u.missingYear;
    const p = {
      subject: clip(
        u.unresolved.find((t) => [...t].length <= 40) ?? u.mentions.map((m) => m.text).join(''),
        40,
      ),
    };
    const district = OTHER_DISTRICTS.exec(question)?.[0];
    // An organisation the question names outside any name the data has ("东城区教委", not 政府办公厅).
    const orgMatch = ORG.exec(question)?.[1];
    // (An organisation's name may be half read as a name of ours — 教育局 as 教育 — and still be another's.)
    const org =
      orgMatch &&
      (u.unresolved.some((t) => t.includes(orgMatch.slice(-2))) ||
        // (A mention that only shares the district's name with one of ours — 西城区发改委 read as
        // 西城区2710会议室… — does not make it ours.)
        !u.mentions.some(
          (m) =>
            (m.text.includes(orgMatch) &&
              m.entity?.name.includes(orgMatch.replace(/^(?:北京市)?西城区/, ''))) ||
            (m.entity && m.entity.name.includes(orgMatch)),
        ))
        ? orgMatch
        : undefined;
    // ("财政局那边来电话要核对…表十一的负责人": an organisation that calls is no subject; one whose budget
    // is asked — 东城区教委的三公, 东城区教委三公经费 — is.)
    const after = org ? question.slice(question.indexOf(org) + org.length) : '';
    const owns =
      /^(?:的|里|中|今年|去年|\d{4}年)/.test(after) ||
      !u.mentions.some((m) => m.entity) ||
      u.mentions.some((m) => m.entity && after.startsWith(m.text));
    // (The district's name before it says where, not which: 西城区发改委 is 发改委, not one of ours.)
    const bareOrg = org?.replace(/^(?:北京市)?(?:西城区|西城)/, '');
    const orgUnknown =
      org && bareOrg && owns && !this.knownIncludes(bareOrg) && !this.knownWithin(bareOrg) ? org : undefined;
    // The whole district's or city's finances (全区财政总收入): a department's budget does not hold them.
    const wider = /全区|全市|全国|全省|区级财政|[区市]财政(?!局)/.exec(question)?.[0];
    const what = missingYear
      ? `${missingYear}年的预算`
      : district && !this.knownIncludes(district)
        ? `${district}`
        : wider && !this.knownIncludes(wider)
          ? `${wider}（整个地区）的财政数据`
          : orgUnknown;
    if (!what) return null;
    const l = this.defaultDataset();
    const hint = l && p.subject ? this.index.search(p.subject, { limit: 3, scope: l.ds.meta.id }) : [];
    const suggestions = [...new Set(hint.map((h) => this.entities.get(h.id)!.name))];
    // What was asked about, for a follow-up that names a loaded year ("那2020的呢").
    const about = missingYear && l && u.partial.hasSubjects ? u.partial.query : undefined;
    return makeAnswer({
      kind: 'out_of_scope',
      ...(about && l
        ? {
            subject: {
              kind: 'item' as const,
              name: about.subjects.map((x) => x.name).join('、'),
              datasetId: l.ds.meta.id,
              query: { ...about, time: 'current' as const, datasetId: l.ds.meta.id },
            },
          }
        : {}),
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

  /** The entity a subject names, or the set of equally good ones (the understanding's own lookup). */
  resolve(l: LoadedDataset, p: Parsed): { entity: Entity } | { ambiguous: Entity[] } | null {
    if (/^\d+$/.test(p.subject.trim())) return null;
    const want = p.owner || p.indicators ? 'project' : p.definition ? 'glossary' : null;
    const f = fuzzy(this.understandContext(l), normalizeText(p.subject), want);
    if (f?.ambiguous) return { ambiguous: f.ambiguous };
    return f?.entity ? { entity: f.entity } : null;
  }

  /**
   * "去掉X还剩多少" after a whole (or after X, naming the whole): the one that holds the other, less it —
   * both figures of the loaded year, in one unit, and their difference stated as computed.
   */
  private takeOut(
    l: LoadedDataset,
    question: string,
    u: Understood,
    prevQuery: Query,
  ): { answer: Answer; query: Query } | null {
    if (!TAKING_OUT.test(question) || !/剩|余下|其余|还有多少/.test(question)) return null;
    if (prevQuery.subjects.length !== 1 || prevQuery.time === 'previous') return null;
    const before = this.entities.get(prevQuery.subjects[0]!.id);
    const named = [
      ...new Set(u.mentions.flatMap((m) => (m.entity && m.entity.kind !== 'table' ? [m.entity] : []))),
    ].filter((e) => e.id !== before?.id);
    if (!before || named.length !== 1) return null;
    const other = named[0]!;
    const [whole, part] = contains(before, other)
      ? [before, other]
      : contains(other, before)
        ? [other, before]
        : [null, null];
    // ("公务接待费" → "去掉办公费还剩多少": neither holds the other — said so, no figure in its place.)
    if (!whole || !part)
      return {
        answer: makeAnswer({
          kind: 'not_found',
          title: `「${clip(other.name, 30)}」不在「${clip(before.name, 30)}」之内`,
          lines: [
            `${before.name}里没有${other.name}这一部分（两者互不包含），所以无法从中去掉它。可以分别问两者各多少，或问两者差多少。`,
          ],
          datasets: [datasetRef(l.ds)],
          suggestions: [`${before.name}和${other.name}差多少`],
          subject: this.subjectOf(before),
        }),
        query: prevQuery,
      };
    const w = whole.view().primary;
    const p = part.view().primary;
    const pair = w && p && isMoneyUnit(w.unit) && isMoneyUnit(p.unit) ? inCommonUnit(w, p) : null;
    if (!pair) return null;
    const rest = differenceOfPair(`${whole.name}去掉${part.name}`, pair, `${pair.a.label} − ${pair.b.label}`);
    const answer = makeAnswer({
      kind: 'amount',
      title: `${whole.name} 去掉 ${part.name} · ${l.ds.meta.fiscalYear}年`,
      lines: [
        figureLine(pair.a),
        figureLine(pair.b),
        `${whole.name}去掉${part.name}，还剩 ${formatFigureValue(rest)}（${rest.derivation}）。`,
      ],
      figures: [pair.a, pair.b, rest],
      sources: collectSources([pair.a, pair.b]),
      datasets: [datasetRef(l.ds)],
      subject: this.subjectOf(whole),
    });
    return { answer, query: { ...prevQuery, op: 'value', subjects: [{ id: whole.id, name: whole.name }] } };
  }

  subjectOf(e: Entity, facet?: string): Subject {
    const kind = SUBJECT_KIND[e.kind];
    const list = e.kind === 'table' ? e.view().list : undefined;
    return {
      kind,
      id: e.id,
      name: e.name,
      datasetId: e.datasetId,
      ...(facet ? { facet } : {}),
      ...(list?.length ? { list } : {}),
    };
  }

  private english(p: Parsed, e: Entity, f: Figure | null): string[] {
    if (!p.english) return [];
    const value = f ? englishValue(f) : null;
    return [
      value
        ? `In English: ${e.name} — ${value}. Figures are exact to the fen; sources below.`
        : `In English: ${e.name} — the document states this in words (quoted below), not as a figure.`,
    ];
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
  /** The conversation is about the 整体绩效 form (its funding, the form itself) or the department as a whole. */
  private aboutTheForm(q: Query, question: string): boolean {
    const ids = [...q.subjects, ...(q.recent ?? []), ...(q.scope ? [q.scope] : [])].map((s) => s.id);
    // A 整体绩效 table's id is "<dataset id>/table/<number>": only the subjects' own datasets are read
    // (reading every dataset's tables would load all of them).
    const isForm = (id: string) => {
      const at = id.indexOf('/table/');
      const l = at > 0 ? this.byDatasetId.get(id.slice(0, at)) : undefined;
      return (
        l !== undefined &&
        l.ds.tables.some((t) => t.kind === '整体绩效' && id === `${l.ds.meta.id}/table/${t.number}`)
      );
    };
    return ids.some((id) => id.includes('/fact/overall.') || isForm(id)) || /部门|单位|整体/.test(question);
  }

  private owner(
    l: LoadedDataset,
    e: Entity,
    interpretation: string | undefined,
    aboutTheForm = false,
  ): Answer | null {
    // The 整体绩效 form (or a figure of it) is signed by the department's head.
    const tableKind =
      e.kind === 'table' ? l.ds.tables.find((t) => e.id.endsWith(`/table/${t.number}`))?.kind : undefined;
    // A whole-budget figure (项目支出, 支出合计, 三公) has no project owner: the department's head answers for it.
    // Asked outside the form's context, the answer says the document names no one for that figure itself.
    const whole =
      (e.kind === 'topic' || e.kind === 'fact') &&
      !e.project &&
      e.topic?.id !== 'performance' &&
      e.topic?.id !== 'departmentHead';
    const headEntity = this.entities.get(`${l.ds.meta.id}/topic/departmentHead`);
    if (headEntity && (tableKind === '整体绩效' || e.id.includes('/fact/overall.') || whole)) {
      const a = this.lookup(l, headEntity, toParsed(''), interpretation);
      if (aboutTheForm || !whole) return a;
      return {
        ...a,
        lines: [
          `文件没有为「${e.name}」单列负责人；预算由部门负责，下面是${kindName(l.ds, '整体绩效')}所填的部门负责人。`,
          ...a.lines,
        ],
      };
    }
    const project = l.entities.projectOf(e);
    const projects = project ? [project] : e.topic?.id === 'performance' ? l.ds.performance.projects : [];
    if (projects.length === 0) return null;
    const lines: string[] = [];
    const figures: Figure[] = [];
    for (const p of projects) {
      const pe = this.entities.get(`${l.ds.meta.id}/project/${p.id}`)!;
      const v = pe.view();
      lines.push(
        `${p.name}：负责人 ${p.owner ?? '未填'}，联系电话 ${p.phone ?? '未填'}，实施单位 ${p.implementingUnit ?? '未填'}。`,
        `项目属性：${p.attribute ?? '未填'}；项目期：${p.period ?? '未填'}。`,
      );
      if (v.primary) {
        lines.push(`  ${figureLine(v.primary)}`);
        figures.push(v.primary);
      }
    }
    const head = l.ds.performance.overall;
    if (!project && head?.head)
      lines.push(
        `部门整体绩效目标（${kindName(l.ds, '整体绩效')}）负责人：${head.head}，联系电话 ${head.phone ?? '未填'}。`,
      );
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
      lines: [...whereLines(v, figures, l.ds)],
      figures: figures.slice(0, 6),
      sources: v.sources,
      datasets: [datasetRef(l.ds)],
      suggestions: [...new Set(v.tables)].slice(0, 3).map((n) => `${tableName(n)}是什么`),
      subject: this.subjectOf(e, 'where'),
      ...(interpretation ? { interpretation } : {}),
    });
  }

  private share(
    l: LoadedDataset,
    e: Entity,
    interpretation: string | undefined,
    wholeEntity?: Entity,
    lastYear = false,
  ): Answer {
    const v = e.view();
    // "去年呢" after a share: both figures of last year, as the document states them — or none.
    if (lastYear) {
      const part = v.previous;
      // (No whole named: the natural one, else the whole budget — its last year is stated too.)
      wholeEntity ??=
        (e.id.endsWith('/topic/expenditure') ? undefined : this.parentOf(l, e)) ??
        this.entities.get(`${l.ds.meta.id}/topic/expenditure`);
      if (wholeEntity?.id === e.id) wholeEntity = undefined;
      const w = wholeEntity?.view().previous;
      const pair = part && w ? inCommonUnit(part, { ...w, label: `${wholeEntity!.name}（上年）` }) : null;
      const pct =
        pair &&
        percentOfPair(
          `${l.ds.meta.previousYear}年${v.title}占${wholeEntity!.name}的比例`,
          pair,
          `${pair.a.label} ÷ ${pair.b.label} × 100`,
        );
      if (!part || !w || !pair || !pct)
        return makeAnswer({
          kind: 'share',
          title: `${l.ds.meta.previousYear}年${v.title} 的占比`,
          lines: [
            `文件没有同时公布${v.title}和${wholeEntity?.name ?? '其上级'}的${l.ds.meta.previousYear}年数，无法计算上年的占比。`,
          ],
          datasets: [datasetRef(l.ds)],
          subject: this.subjectOf(e, 'share'),
        });
      return makeAnswer({
        kind: 'share',
        title: `${l.ds.meta.previousYear}年 ${v.title} 占 ${wholeEntity!.name}`,
        ...(interpretation ? { interpretation } : {}),
        lines: [
          figureLine(pair.a),
          figureLine(pair.b),
          `${pct.label}：${formatFigureValue(pct)}（${pct.derivation}）。`,
        ],
        figures: [pair.a, pair.b, pct],
        sources: collectSources([pair.a, pair.b]),
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'share'),
      });
    }
    if (wholeEntity?.id === e.id)
      return makeAnswer({
        kind: 'not_found',
        title: `没能分清「${e.name}」中要算占比的部分`,
        lines: [`问题里的部分和整体都对应到「${e.name}」，无法计算占比。请写出具体的项目名称。`],
        datasets: [datasetRef(l.ds)],
        suggestions: [`${e.name}是多少`],
      });
    let whole = this.naturalWhole(l, e);
    // ("share of total?" after 通用设备: an asset's value is a share of the assets it is stated among, never
    // of the year's spending — the total meant is the assets'.)
    if (
      wholeEntity?.id === `${l.ds.meta.id}/topic/expenditure` &&
      e.kind === 'fact' &&
      e.id.includes('/fact/assets.') &&
      v.whole
    ) {
      interpretation = interpretation?.replace(`占${wholeEntity.name}`, `占${v.whole.label}`);
      wholeEntity = undefined;
    }
    if (wholeEntity) {
      const wv = wholeEntity.view();
      if (wv.primary) whole = { ...wv.primary, label: wv.title };
    }
    // "车辆占固定资产总额": a thing the narrative counts (5 辆) and values (182.83 万元) is shared by its value.
    const valued = this.valuedFact(l, e);
    const part = valued ? valued.view().primary : v.primary;
    // A share is a ratio of two figures in one unit: a 万元 figure is converted to 元 first, never divided
    // by a 元 one as it stands.
    const pair = part && whole ? inCommonUnit(part, whole) : null;
    const pct = pair
      ? percentOfPair(`${v.title}占${whole!.label}的比例`, pair, `${pair.a.label} ÷ ${pair.b.label} × 100`)
      : null;
    if (!part || !whole || !pair || !pct)
      return makeAnswer({
        kind: 'share',
        title: `${v.title} 的占比`,
        lines: [`${v.title}没有可以计算占比的金额${part ? '' : '（文件没有公布该数）'}。`],
        figures: part ? [part] : [],
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(e, 'share'),
      });
    // The share the narrative states itself (绩效目标项目占项目支出 95.8%, over the figures it quotes).
    // (A topic's own, or — for one of its facts — the family's: performance.amount → performance.share.)
    const local =
      e.kind === 'topic' ? e.id.slice(e.id.lastIndexOf('/') + 1) : e.kind === 'fact' ? (family(e) ?? '') : '';
    const said = local
      ? l.ds.narrative.facts.find((f) => f.id === `${local}.share` && f.unit === '%')
      : undefined;
    const stated = said ? factFigure(l.ds, said, `文件所写：${said.label}`) : null;
    return makeAnswer({
      kind: 'share',
      title: `${v.title} 占 ${whole.label}`,
      lines: [
        figureLine(part),
        ...(pair.a === part ? [] : [figureLine(pair.a)]),
        figureLine(whole),
        ...(pair.b === whole ? [] : [figureLine(pair.b)]),
        `${v.title}占${whole.label}的 ${formatFigureValue(pct)}（${pct.derivation}）。`,
        ...(stated
          ? [
              `${figureLine(stated)}（原文：“${said!.source.quote}”，第 ${said!.source.line} 行；所用的分母与表中数不同）。`,
            ]
          : []),
      ],
      figures: [part, whole, pct, ...(stated ? [stated] : [])],
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

  /**
   * The whole a share is of when the question names none: a 项's 款, a 款's 类, an economic code's class,
   * a project line's 项目支出, a 三公 part's 三公; else what the subject's view names, else 支出合计.
   */
  /**
   * A project's money this year (or its 尾款) as a share of its whole budget — this year's money and the
   * 尾款 its form puts off to next year, together (西城区2020年政府绩效管理项目: 161 of 230 万元 = 70%).
   */
  private shareOfProjectTotal(
    l: LoadedDataset,
    about: readonly { id: string }[],
    question: string,
  ): Answer | null {
    for (const ref of about) {
      const e = this.entities.get(ref.id);
      const project = l.entities.projectOf(e);
      const k = project?.parts?.findIndex((x) => /尾款/.test(x.label)) ?? -1;
      if (!project || k < 0) continue;
      const tail = this.entities.get(`${l.ds.meta.id}/fact/part.${project.id}.${k}`);
      const total = tail?.view().whole;
      const own = this.entities.get(`${l.ds.meta.id}/project/${project.id}`)?.view().primary;
      const askedTail = /尾款/.test(question) || (e?.id === tail?.id && !/首笔|本年|今年/.test(question));
      const part = askedTail ? tail?.view().primary : own;
      const pair = part && total ? inCommonUnit(part, total) : null;
      const pct = pair
        ? percentOfPair(
            `${part!.label}占${total!.label}的比例`,
            pair,
            `${pair.a.label} ÷ ${pair.b.label} × 100`,
          )
        : null;
      if (!pct || !pair) continue;
      return makeAnswer({
        kind: 'share',
        title: `${part!.label} 占 ${project.name} 项目总预算`,
        lines: [
          figureLine(pair.a),
          figureLine(pair.b),
          `${pct.label}：${formatFigureValue(pct)}（${pct.derivation}）。`,
          // (What the form itself says of it: "…为项目首笔款，占项目总预算的70%。尾款为69万…".)
          ...project.indicators
            .map((i) => i.content.trim())
            .filter((c) => c.includes(project.parts![k]!.published.trim()))
            .slice(0, 1)
            .map((c) => `原文：“${c}”（第 ${project.parts![k]!.line} 行）。`),
        ],
        figures: [pair.a, pair.b, pct],
        sources: collectSources([pair.a, pair.b]),
        datasets: [datasetRef(l.ds)],
        subject: this.subjectOf(tail!, 'share'),
      });
    }
    return null;
  }

  /**
   * The whole several things' sum is a share of when none is named ("前两名" → "合计多少" → "占比"): the
   * parent they all have, else the expenditure total.
   */
  /**
   * Parts of one family added and set against the family's total ("车辆、通用、专用三项加起来等于总额吗？差多少";
   * "再加上车辆，跟总额差多少" after two of them were added): each part (a counted one by its value), their
   * sum, the total as stated, and the difference — never the total added to its own parts.
   */
  private partsAgainstWhole(text: string, options: AskOptions): Answer | null {
    if (
      !/等于|是不是|一致|对得上|相等|差多少|差额|相差|吻合|对不上/.test(text) ||
      !/加起来|加一起|加在一起|合计|之和|相加|加总|加上/.test(text)
    )
      return null;
    const l =
      (options.datasetId ? this.find(options.datasetId) : undefined) ??
      (options.previous ? this.find(options.previous.datasetId) : undefined) ??
      this.defaultDataset();
    if (!l) return null;
    const before = options.previous?.query ? QuerySchema.safeParse(options.previous.query) : null;
    // (Read in the conversation's light: 车辆 after the fixed assets is theirs, not the 三公 cars.)
    const u = understand(this.understandContext(l, before?.success ? before.data : null), text);
    const named = u.mentions.flatMap((m) => (m.entity ? [m.entity] : []));
    const isWhole = (e: Entity) => (e.kind === 'fact' || e.kind === 'topic') && /总额|总计|总数/.test(e.name);
    let whole = named.find(isWhole);
    let parts = named.filter((e) => !isWhole(e));
    // ("再加上车辆": the parts added just before, and this one.)
    if (/^(?:再)?加上/.test(text.trim()) && before?.success && before.data.combine === 'sum')
      parts = [
        ...before.data.subjects.map((x) => this.entities.get(x.id)).filter((e): e is Entity => !!e),
        ...parts,
      ];
    const fam = parts[0] ? family(parts[0]) : null;
    if (!fam || parts.length < 2 || !parts.every((e) => e.kind === 'fact' && family(e) === fam)) return null;
    whole ??= /总额|总数|总计/.test(text)
      ? l.entities.all.find((e) => e.kind === 'fact' && family(e) === fam && isWhole(e))
      : undefined;
    if (!whole || family(whole) !== fam) return null;
    const figs = parts.map((e) => (this.valuedFact(l, e) ?? e).view().primary);
    const total = whole.view().primary;
    if (!total || figs.some((f) => !f || !isMoneyUnit(f.unit) || f.unit !== total.unit)) return null;
    const same = figs as Figure[];
    const label = `${parts.map((e) => e.name).join('、')} 合计`;
    const sum =
      total.unit === '万元'
        ? sumOf(label, '万元', same as Figure<'万元'>[], '各项相加')
        : sumOf(label, '元', same as Figure<'元'>[], '各项相加');
    // (total − sum: the pair made with the total first.)
    const pair = inCommonUnit(total, sum);
    if (!pair) return null;
    const gap = differenceOfPair(`${total.label} − 各项合计`, pair, `${total.label} − 合计`);
    const agree = gap.value.isZero();
    return makeAnswer({
      kind: 'amount',
      title: `${parts.map((e) => e.name).join('、')} 合计与${total.label}核对 · ${l.ds.meta.fiscalYear}年`,
      lines: [
        ...same.map((f) => figureLine(f)),
        figureLine(sum),
        figureLine(total),
        agree
          ? `两者相等：各项合计就是${total.label}。`
          : `不相等：各项合计比${total.label}${gap.value.isNegative() ? '多' : '少'} ${formatFigureValue({ ...gap, value: gap.value.abs() })}（${gap.label}：${formatFigureValue(gap)}；数字均按原文，未作更正）。`,
      ],
      figures: [...same, sum, total, gap],
      sources: collectSources([...same, total]),
      datasets: [datasetRef(l.ds)],
      suggestions: [`${total.label}是多少`],
      subject: { kind: 'item', name: `${total.label}核对`, datasetId: l.ds.meta.id },
    });
  }

  /** A fact the narrative counts (车辆 5 辆) and values beside it (182.83 万元): the value's entity. */
  private valuedFact(l: LoadedDataset, e: Entity): Entity | undefined {
    const v = e.view();
    if (e.kind !== 'fact' || !v.primary || isMoneyUnit(v.primary.unit)) return undefined;
    const stem = e.id.slice(e.id.indexOf('/fact/') + 6, e.id.lastIndexOf('.'));
    const f = l.ds.narrative.facts.find(
      (x) => isMoneyUnit(x.unit) && x.id.slice(0, x.id.lastIndexOf('.')) === stem,
    );
    return f ? this.entities.get(`${l.ds.meta.id}/fact/${f.id}`) : undefined;
  }

  private commonWhole(l: LoadedDataset, es: Entity[]): Entity | undefined {
    const parents = es.map((e) => this.parentOf(l, e)?.id);
    const one = parents.every((p) => p && p === parents[0]) ? parents[0] : undefined;
    return this.entities.get(one ?? `${l.ds.meta.id}/topic/expenditure`);
  }

  private parentOf(l: LoadedDataset, e: Entity): Entity | undefined {
    const id = l.ds.meta.id;
    const code = e.codes[0];
    if (e.kind === 'functional' && code && code.length > 3)
      return this.entities.get(`${id}/functional/${code.slice(0, code.length - 2)}`);
    if (e.kind === 'economic' && code && code.length === 5)
      return this.entities.get(`${id}/economic/${code.slice(0, 3)}`);
    if (e.item)
      return this.entities.get(`${id}/topic/${e.item.spending === 'project' ? 'project' : 'basic'}`);
    return this.topicParent(l, e);
  }

  /** A part of a topic ("sangong.vehicle" of "sangong"): the topic it is a part of. */
  private topicParent(l: LoadedDataset, e: Entity): Entity | undefined {
    const topic = e.kind === 'topic' ? e.topic?.id : undefined;
    const dot = topic?.lastIndexOf('.') ?? -1;
    return topic && dot > 0 ? this.entities.get(`${l.ds.meta.id}/topic/${topic.slice(0, dot)}`) : undefined;
  }

  private naturalWhole(l: LoadedDataset, e: Entity): Figure | null {
    const id = l.ds.meta.id;
    const code = e.codes[0];
    let parent: Entity | undefined;
    if (e.kind === 'functional' && code && code.length > 3)
      parent = this.entities.get(`${id}/functional/${code.slice(0, code.length - 2)}`);
    if (e.kind === 'economic' && code && code.length === 5)
      parent = this.entities.get(`${id}/economic/${code.slice(0, 3)}`);
    if (e.item)
      parent = this.entities.get(`${id}/topic/${e.item.spending === 'project' ? 'project' : 'basic'}`);
    // ("公车占多少": a part of 三公 is a share of 三公.)
    parent ??= this.topicParent(l, e);
    if (parent && parent.id !== e.id) {
      const pv = parent.view();
      if (pv.primary) return { ...pv.primary, label: pv.title };
    }
    return e.view().whole ?? l.entities.expenditureTotal();
  }

  /** `counted`: the question asked how many there are — the list is the answer, with their number. */
  /** "软件正版化排第几": its place by amount among the lines of 表九 (and among those of its kind of spending). */
  private placeOf(l: LoadedDataset, e: Entity): Answer {
    const item = e.item!;
    const place = (xs: readonly { amount: Money }[]) =>
      1 + xs.filter((x) => x.amount.greaterThan(item.amount)).length;
    const all = l.ds.lineItems;
    const kind = all.filter((x) => x.spending === item.spending);
    const spending = item.spending === 'project' ? '项目支出' : '基本支出';
    const f = l.entities.itemFigure(item);
    return makeAnswer({
      kind: 'ranking',
      title: `${e.name} 的排名 · ${l.ds.meta.fiscalYear}年`,
      lines: [
        figureLine(f),
        `按金额从大到小，在${tableName(item.source.table)} ${all.length} 条明细中排第 ${place(all)}；在 ${kind.length} 条${spending}明细中排第 ${place(kind)}。`,
      ],
      figures: [f],
      sources: [toSourceRef(l.ds, item.source)],
      datasets: [datasetRef(l.ds)],
      suggestions: ['最大的几个项目', `${e.name}占项目支出多少`],
      subject: this.subjectOf(e),
    });
  }

  private ambiguous(l: LoadedDataset, named: string, list: Entity[]): Answer {
    const p = { subject: named };
    const figures: Figure[] = [];
    const lines = [`「${clip(p.subject, 30)}」对应 ${list.length} 项，请指明是哪一项：`];
    list.slice(0, 10).forEach((e, i) => {
      const v = e.view();
      if (v.primary) figures.push({ ...v.primary, label: e.name });
      lines.push(
        `${i + 1}. ${e.name}：${v.primary ? formatFigureValue(v.primary) : (v.primaryNote ?? '—')}${v.primary?.source?.kind === 'table' ? `（${tableName(v.primary.source.table)} 第 ${v.primary.source.line} 行）` : ''}`,
      );
    });
    const yuan = figures.map((f) => inUnit(f, '元'));
    const sum =
      figures.length > 1 && yuan.every((f) => f !== null)
        ? sumOf(`以上 ${figures.length} 项合计`, '元', yuan, '各项之和')
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

  /** The document's sentences an answer can quote: narrative, responsibilities, 绩效 forms' text (kb/passages.ts). */
  private passages(l: LoadedDataset): Passage[] {
    return passagesOf(l.ds);
  }

  /**
   * What the question names is no figure of the data, but the document's text speaks of it
   * ("专项察访核验", "扶贫挂职干部培训"): the sentences that do, quoted with their lines — and no figure
   * presented as the answer.
   */
  /** `unit`: events counted (次, 场): only sentences that give a number of them. */
  private quoted(
    l: LoadedDataset,
    u: Understood,
    asked?: string,
    unit?: string,
    /** What the passages are said to be about, when not the longest words asked */
    about?: string,
  ): Answer | null {
    const keys = asked
      ? (asked.match(/\p{Script=Han}{3,}/gu) ?? [])
      : u.unresolved.filter((t) => /^\p{Script=Han}{3,20}$/u.test(t));
    // Pairs of characters that carry the question's wording (的是, 是哪, 几次) say nothing of the subject.
    const pairs = new Set(
      keys
        .flatMap((k) => [...charPairs(k)])
        // (…nor do a time said in words — 去年开…, 今年的 — or the 次数 asked.)
        .filter((g) => !/[的是哪了吗呢么什几多少要请问下一个]|^(?:去年|今年|前年|明年|年开|次数)$/.test(g)),
    );
    if (pairs.size < 2) return null;
    // A sentence speaks of it when it holds most of the pairs of characters the question's unread words hold.
    const counts = /几|多少/.test(u.reading.text);
    const scored = this.passages(l)
      .map((p) => {
        // (The form or section a sentence is in says what it is about: 服务联络办 for its 对口帮扶 target.)
        const t = p.norm + normalizeText(p.where);
        const score = [...pairs].filter((g) => t.includes(g)).length;
        return { p, score: score + (counts && /\d/.test(t) ? 0.5 : 0) };
      })
      .filter((x) => x.score >= Math.max(2, pairs.size * 0.6))
      .filter((x) => !unit || new RegExp(`\\d\\s*${unit}`).test(x.p.norm))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    if (scored.length === 0) return null;
    // (Without the wording it ends with: 「服务联络办对口帮扶」, not 「…的是哪」.)
    const key =
      about ??
      clip(keys.sort((a, b) => b.length - a.length)[0]!.replace(/(?:的是|是|的)?(?:哪|什么|谁)?$/, ''), 20);
    // (Sentences all from one project's 绩效 form are about that project: "负责人", "年终呢" next ask of it.)
    const forms = kindName(l.ds, '项目绩效');
    const owners = new Set(
      scored.map(
        ({ p }) => l.ds.performance.projects.find((x) => p.where.startsWith(`${forms} ${x.name} `))?.id,
      ),
    );
    const ownerId = owners.size === 1 ? [...owners][0] : undefined;
    const project = ownerId ? this.entities.get(`${l.ds.meta.id}/project/${ownerId}`) : undefined;
    const told = makeAnswer({
      kind: 'fact',
      title: `原文中提到「${key}」的地方`,
      lines: [
        about ? `文件的文字里这样写：` : `预算表里没有「${key}」这一项数字；文件的文字里这样写：`,
        ...scored.map(({ p }) => `· “${clip(relevant(p.text, pairs), 240)}”（${p.where}，第 ${p.line} 行）`),
      ],
      sources: scored.map(({ p }) => passageSource(p)),
      datasets: [datasetRef(l.ds)],
      suggestions: ['绩效目标与评价', '帮助'],
    });
    return this.aboutOne(told, u, project);
  }

  private notFound(l: LoadedDataset, question: string, u: Understood, tooLong: boolean): Answer {
    // The longest unread name, searched for suggestions only when it could be a name (≤ 40 characters).
    const named = u.unresolved
      .filter((t) => [...t].length >= 2 && [...t].length <= 40)
      .sort((a, b) => b.length - a.length)[0];
    const p = { subject: named ?? '', text: question };
    if (/^\d{3,}$/.test(p.subject)) {
      // A standard code the document does not list but a topic of it stands for (31013 公务用车购置费).
      const topic = l.entities.all.find((e) => e.topic?.code === p.subject);
      if (topic) {
        const a = this.lookup(l, topic, toParsed(question), undefined);
        // (…remembered as that topic, so "前两个加起来" next still counts what was asked before it.)
        return this.withQuery(
          { ...a, lines: [`代码 ${p.subject} 文件中未单列，按其科目名称：${topic.name}。`, ...a.lines] },
          { ...u.partial.query, op: 'value', subjects: [{ id: topic.id, name: topic.name }] },
        );
      }
      return this.codeNotFound(l, p.subject);
    }
    const near = p.subject
      ? this.index.search(p.subject, {
          limit: 3,
          minCoverage: 0.25,
          scope: l.ds.meta.id,
        })
      : [];
    const names = [...new Set(near.map((h) => this.entities.get(h.id)!.name))];
    const quoted = this.quoted(l, u);
    if (quoted) return quoted;
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
      ((e.kind === 'topic' || e.kind === 'fact') && kinds.includes('fact'));
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

/** Each entity's choice name, made once (an entity is made per load: a dropped dataset's go with it). */
const CHOICE_NAMES = new WeakMap<Entity, string>();

/** "日常公用支出（在职人员）_公务接待费 · 22,320.24 元" within 100 characters. */
/** Line items in the order the 明细 table lists them (anything else after them, as it came). */
function inTableOrder(l: LoadedDataset, es: readonly Entity[]): Entity[] {
  const at = (e: Entity) => (e.item ? l.ds.lineItems.indexOf(e.item) : -1);
  return [...es].sort((a, b) => (at(a) < 0 ? 1e9 : at(a)) - (at(b) < 0 ? 1e9 : at(b)));
}

function choiceName(e: Entity): string {
  let name = CHOICE_NAMES.get(e);
  if (name === undefined) CHOICE_NAMES.set(e, (name = makeChoiceName(e)));
  return name;
}

function makeChoiceName(e: Entity): string {
  const code = e.codes[0] && !e.name.startsWith(e.codes[0]) ? `${e.codes[0]} ` : '';
  const amount = e.amount ? ` · ${formatYuan(e.amount)}` : '';
  const base = `${code}${e.name}`;
  const room = 100 - [...amount].length;
  return `${[...base].length > room ? `${[...base].slice(0, room - 1).join('')}…` : base}${amount}`;
}

const SUBJECT_KIND: Record<Entity['kind'], Subject['kind']> = {
  topic: 'fact',
  fact: 'fact',
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
  if (e.kind === 'topic' || e.kind === 'fact') return 'fact';
  if (e.kind === 'functional' || e.kind === 'economic') return 'code';
  if (e.kind === 'glossary' || e.kind === 'table') return e.kind;
  return 'amount';
}

/** The flags the presenters read, from a query (the presenters predate the query and read these). */
function toParsed(question: string, q?: Query, u?: Understood): Parsed {
  const p = emptyParsed();
  p.text = question;
  if (!q) return p;
  p.english = q.english;
  p.change = q.op === 'change';
  p.why = q.why;
  p.previous = q.time === 'previous';
  p.share = q.op === 'share';
  p.where = q.op === 'where';
  p.definition = q.op === 'definition';
  p.owner = q.op === 'owner';
  p.audit = q.op === 'audit';
  p.detail = q.op === 'detail';
  p.codeOf = q.op === 'code';
  p.breakdown = q.op === 'breakdown' ? (q.dimension ?? null) : null;
  p.level = q.level ? ({ 类: 3, 款: 5, 项: 7 } as const)[q.level] : null;
  if (u) {
    p.codes = u.reading.numbers.flatMap((n) => (n.kind === 'code' ? [n.code] : []));
    p.tableNumber = u.reading.numbers.find((n) => n.kind === 'table')?.table ?? null;
    p.years = u.reading.numbers.flatMap((n) => (n.kind === 'year' ? [n.year] : []));
    p.subject = u.mentions
      .filter((m) => m.entity)
      .map((m) => m.text)
      .join('');
  }
  return p;
}

/** The new question continues the previous one (rather than asking afresh). */
/** The pairs of adjacent characters of a text (by code point): how names and sentences are compared. */
/** The column of 部门支出总体情况表 a part of spending (the 基本支出 or 项目支出 topic) is read from. */
function spendingColumn(part: Entity): '基本支出' | '项目支出' {
  return part.topic?.id === 'basic' ? '基本支出' : '项目支出';
}

/** Ops whose answer is a list the user may count in ("第三个", "最后一个"). */
const LISTING_OPS: ReadonlySet<Query['op']> = new Set(['rank', 'breakdown', 'detail', 'count']);

/** A small count written either way ("二", "十", "10"), or nothing. */
function smallCount(s: string | undefined): number | undefined {
  return (s && smallNumber(s)) || undefined;
}

/** What a question asks of one thing picked from a list, when it says (its code, table, owner, meaning). */
function askedOfOne(u: Understood): 'code' | 'where' | 'owner' | 'definition' | undefined {
  const measures = u.reading.marks.flatMap((m) => (m.mark.cat === 'measure' ? [m.mark.value] : []));
  if (measures.includes('owner') || measures.includes('phone')) return 'owner';
  if (measures.includes('code')) return 'code';
  // ("属于什么部门经济分类", "政府经济分类是什么": which classification of one thing is its code.)
  const classed = u.reading.marks.some((m) => m.mark.cat === 'breakdown' && m.mark.value);
  if (classed && /什么|哪个|哪一|是啥/.test(u.reading.text)) return 'code';
  return (['where', 'definition'] as const).find((x) => measures.includes(x));
}

/** The number of the table a table entity is (…/table/6 → 6; 0 when the id is not a table's). */
function tableNoOf(id: string): number {
  return Number(/\/table\/(\d+)$/.exec(id)?.[1] ?? 0);
}

/** An English clause that asks: a question word, or a word that asks for a figure. */
const ENGLISH_ASKS =
  /\b(?:how|what|which|who|whose|when|where|why|is|are|does|do|did|can|could|give|show|list|tell|share|percent|percentage|compare|total|sum)\b/i;

/** Places in a list shown, two or three of them: "一和三", "第二个和第四个", "1、3". */
const POSITIONS =
  /^第?([一二三四五六七八九十\d]{1,2})(?:个|项|名|笔|条)?(?:和|与|跟|、|加上?|\+|比)第?([一二三四五六七八九十\d]{1,2})(?:个|项|名|笔|条)?(?:(?:和|与|跟|、|加上?|\+)第?([一二三四五六七八九十\d]{1,2})(?:个|项|名|笔|条)?)?(?![\d万元亿%])/;

/** A clause asks with a question word (not with 好几, which counts nothing). */
/** A figure the question gives to be checked: "是不是2849834.10", "是否为 284.98万". */
const CLAIM =
  /(?:是不是|是否是|是否为|是否等于|(?<![是哪])是(?=\s*\d[\d,.]*\s*(?:万元|万|元)?\s*(?:[，,]\s*(?:这个数字?|这数|这个)?)?\s*(?:对吗|对不对|没错吧|没错吗|是吧|对吧|吗|吧)))\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?(?:\s*(?:[，,]\s*(?:这个数字?|这数|这个)?)?\s*(?:对吗|对不对|没错吧|没错吗|是吧|对吧|吗|吧)?[？?。！!]*\s*$)/;

/** A number of events asked for (开了多少次, 几场): not money, not lines of the tables. */
/** How many times something happened: 多少次, 几场, 次数 (group 1 or 2: the counter). */
const EVENT_COUNT = /(?:多少|几)(次|场|批次|批|人次|回)|(?<=\p{Script=Han})(次|场次|人次)数/u;

const ASKS =
  /[?？吗呢]|多少|(?<![好那这])几(?!乎)|(?<!什么)什么(?!什么)|哪|是否|有没有|占|比重|比例|排|最|变化|增|减|涨|降|构成|组成|金额|个数|顺便|也说|说一下|确认一?下|精确数|确切数|准确数|具体数|没错吧|对吧|对不对|是吧/;

/** A name without its code or its line's prefix: "30113 住房公积金", "…_住房公积金" → 住房公积金. */
const bareName = (name: string) => name.replace(/^\d+\s*/, '').replace(/^.*_/, '');
/** The name a thing is known by across tables: the 整体绩效 form's 基本支出 is 基本支出. */
const ownName = (e: Entity) =>
  e.kind === 'fact' && e.requires && e.id.includes('/fact/overall.funding.') ? e.requires : bareName(e.name);

/** `whole` holds `part`: a topic and its sub-topic (三公 ⊃ 公务接待费), a code and a code or line under it. */
/** A field of a project's 表十二 form, asked by name. */
const FORM_FIELD =
  /(?:年度)?资金总额|年度资金|年度预算资金|其他资金|绩效指标|绩效目标|年度目标|中期目标|产出指标|效益指标|满意度指标/;

/** Ops whose answer is its figures. */
const FIGURE_OPS: ReadonlySet<Query['op']> = new Set([
  'value',
  'share',
  'change',
  'rank',
  'breakdown',
  'count',
  'find_by_amount',
]);

/** A figure as an English answer states it: 15,619,343.00 yuan, 17.87%. */
function englishValue(f: Figure): string {
  return f.unit === '元' ? `${formatYuan(f.value).replace(' 元', '')} yuan` : formatFigureValue(f);
}

/** The line an answer asked for in English leads with: its figures (at most four), each named. */
function englishLead(figures: readonly Figure[]): string {
  const named = figures.slice(0, 4).map((f) => `${f.label} — ${englishValue(f)}`);
  return `In English: ${named.join('; ')}. Figures are exact to the fen; sources below.`;
}

/**
 * The candidates whose names share the longest run of characters (four or more) with a name of the
 * others that is not itself a candidate: 机要信息中心以前年度尾款 beside 2020年机要信息中心运维费.
 */
function closest<T extends { id: string; name: string }>(
  candidates: readonly T[],
  others: readonly { id: string; name: string }[],
): T[] {
  const names = others.filter((o) => !candidates.some((c) => c.id === o.id)).map((o) => o.name);
  const run = (a: string, b: string) => {
    let best = 0;
    for (let i = 0; i < a.length; i++)
      for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
    return best;
  };
  const scored = candidates.map((c) => ({ c, n: Math.max(0, ...names.map((n) => run(c.name, n))) }));
  const top = Math.max(0, ...scored.map((x) => x.n));
  return top >= 4 ? scored.filter((x) => x.n === top).map((x) => x.c) : [];
}

/** The query asked of these subjects with `op`: a ranking's slots and the scope it ranked within dropped. */
function askedOf(q: Query, op: Query['op'], subjects: readonly Entity[], extra: Partial<Query> = {}): Query {
  const { n: _n, nth: _nth, order: _order, noun: _noun, level: _level, scope: _scope, ...rest } = q;
  return {
    ...rest,
    op,
    subjects: subjects.map((e) => ({ id: e.id, name: e.name })),
    ...extra,
  };
}

/** What a ranking was: enough to rank the same way again for another place. */
function rankingOf(q: Query): NonNullable<Query['ranked']> {
  return {
    subjects: q.subjects,
    ...(q.scope ? { scope: q.scope } : {}),
    ...(q.level ? { level: q.level } : {}),
    ...(q.noun ? { noun: q.noun } : {}),
    ...(q.dimension ? { dimension: q.dimension } : {}),
    ...(q.order ? { order: q.order } : {}),
  };
}

function withoutAmount(q: Query): Query {
  const { amount: _amount, scope, ...rest } = q;
  // (What was found by amount within — 基本支出 of "基本支出是4200多万" — is what it spoke of.)
  if (q.op === 'find_by_amount' && scope && q.subjects.length === 0) return { ...rest, subjects: [scope] };
  return { ...rest, ...(scope ? { scope } : {}) };
}

/** Words asking how the document puts something (提到, 怎么写的, 原文): its sentences are the answer. */
const WORDING_ASKED = /提到的?|怎么写的?|怎么表述的?|如何表述|怎么描述的?|怎么说的|原文|原话|说明里|文字里/;
const WORDING_ASKED_ALL = new RegExp(WORDING_ASKED.source, 'g');

function charPairs(text: string): Set<string> {
  const cs = [...text];
  return new Set(cs.slice(0, -1).map((c, i) => c + cs[i + 1]!));
}

/** The sentences of a passage that hold any of the pairs of characters asked about, in order. */
function relevant(text: string, pairs: ReadonlySet<string>): string {
  const sentences = text.split(/(?<=[。；;！？])/);
  const score = (x: string) => [...pairs].filter((g) => normalizeText(x).includes(g)).length;
  const hit = sentences.filter((x) => score(x) > 0).sort((a, b) => score(b) - score(a));
  return (hit.length ? hit : sentences).join('');
}

/** Words asking for an amount in 元 ("折成元", "按元"). */
const YUAN_ASKED = /(?:折|换|换算|折算|折合)成?元|按元|以元计|多少元/;

/** What a budget document never publishes: who won a contract, what was actually spent. */
const UNPUBLISHED =
  /哪家(?:公司|单位|企业)|中标|供应商|承包商|合同(?:编号|号|金额)|执行率|执行进度|实际(?:花了|支出了|用了)|(?:目前|现在|已经|截至目前|到现在)执行了|执行了多少|已经(?:花|用)了多少|花掉了多少|用掉了多少|决算|发票|什么牌子|哪个牌子|品牌|型号|排量|车型|(?:主任|局长|处长|科长|区长|书记|领导|个人|每个人|每人|人均|(?<![其])他|她|负责人)的?(?:工资|收入|奖金|待遇|薪水|薪酬|月薪|年薪)|里程|公里数|油耗|(?:预算)?单位(?:代码|编码|编号)|组织机构代码|信用代码|折旧|净值|(?:人均|每人|每个人|定额|开支|补助|报销|发放|接待|差旅|住宿|伙食)[^，,。？?\s]{0,6}标准|标准(?:是|为)?多少|depreciation|net book value/i;

/** A quoted sentence of the document as the source an answer cites. */
function passageSource(p: Passage): SourceRef {
  return { kind: 'narrative', section: p.where, quote: p.text, line: p.line };
}

/** The organisations a dataset's text names (区科协, 科协…), read once per set of passages. */
/** The plainest query: this year's amount of the things named, in 元. */
function valueQuery(datasetId: string, subjects: EntityRef[]): Query {
  return {
    op: 'value',
    subjects,
    time: 'current',
    percent: false,
    why: false,
    phone: false,
    unit: '元',
    english: false,
    datasetId,
  };
}

/** "哪个项目的", "对应哪个项目", "哪个科负责": which project (or section) something is of. */
const whoseAsked = (q: string) =>
  /^(?:这|这是|它|它是|这个|那个)?(?:对应|属于|是|归)?(?:哪个|哪一个|什么)(?:项目|科室?)(?:的|负责的?|管的?)?[？?呢啊]*$/.test(
    q,
  );

/** The length of the longest run of characters of `a` found in `b`. */
function longestRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  return best;
}

const ORGS_NAMED = new WeakMap<readonly Passage[], Set<string>>();

/** Of those, a person's pay or a car's use, or an organisation's registration code (not a purchase or its execution). */
/** Words that turn a conversation to a new subject ("换个事", "问个别的", "new question:"). */
const TOPIC_CHANGE =
  /^\s*(?:好的?|嗯|ok|okay)?[，,\s]*(?:换个(?:事|事儿|问题|话题|题)|换一个(?:问题|话题)|问个别的|问点别的|问个其他的|说个别的|再问个别的|另外问个事|另一个问题|(?:a\s+)?(?:new|different|another|unrelated)\s+(?:question|topic)|(?:changing|change of)\s+(?:the\s+)?(?:subject|topic))[，,：:。.!！\s-]*/i;
const PERSONAL = /工资|收入|奖金|待遇|薪|里程|公里|油耗|代码|编码|编号/;
/** A rate set by rule (人均办公费标准, 接待标准): the budget states amounts, never the standard behind them. */
const STANDARD = /标准/;

/** A question about whose duty something is: 归不归…管, 管不管, 负责…吗, 谁管. */
const DUTY =
  /归不归|管不管|归.{1,12}管|(?:是不是|是否).{0,12}(?:负责|管|职责)|负责.{1,20}(?:吗|嘛|么|不)|(?:谁|哪个部门|哪个科室)(?:管|负责)|职责/;
/** The department's own names, which no duty is about. */
const DEPARTMENT_WORDS =
  /(?:北京市)?(?:西城区)?(?:区)?(?:人民)?政府办(?:公室)?|区政府办|政府办|咱们|我们|本部门|部门/g;

/** How staff say "our" before the department's name (咱办公室, 我们区政府办). */
const OUR = /^(?:咱们|咱|我们|我|本|全)/;
/** The unit as a whole, said by its staff: 咱们单位, 本部门, 全单位. */
const OWN_WHOLE =
  /(?:咱们|咱|我们|我|本|全|整个)(?:单位|部门)(?:今年|[0-9]{4}年)?(?:一共|总共|总|合计|全年|全部|整体)/;

/** How the name of a budget line ends (…费, …经费, …项目): a chunk ending so names a thing, not a manner of asking. */
const NAME_HEAD =
  /\p{Script=Han}(?:费|经费|费用|项目|支出|收入|资金|工资|补贴|补助|津贴|基金|设备|系统|工程|中心)|^[^哪那这每各]\p{Script=Han}类/u;

function follows(next: PartialQuery): boolean {
  const q = next.query;
  if (q.op === 'help' || q.op === 'tour' || q.op === 'about' || q.op === 'audit' || q.op === 'find_by_amount')
    return false;
  if (!next.hasSubjects)
    return (
      next.hasOp ||
      next.hasTime ||
      next.hasUnit ||
      next.leans ||
      q.percent ||
      !!next.asksAmount ||
      // ("属于哪个类" after a code: the class above it.)
      !!q.level
    );
  // "其中项目支出多少", "里面基本支出和项目支出各多少": within the previous subject.
  if (next.scoped) return true;
  // "它在总支出里占的比重": the subject before, as a part of the one named.
  if (next.leans && q.op === 'share' && q.subjects.length === 1) return true;
  // A new subject asked "the same way": "那项目支出呢", "公用经费呢".
  return !next.hasOp && next.leans;
}

/** "按上文：公务接待费，2019年" — what a follow-up was taken to mean. */
function followUpText(q: Query, ents: Entity[], ds: Dataset): string {
  const names = ents.map((e) => e.name).join('、') || q.scope?.name || '上文';
  const facet =
    q.op === 'change'
      ? `，与${ds.meta.previousYear}年比较`
      : q.op === 'value' && q.time === 'previous'
        ? `，${ds.meta.previousYear}年`
        : q.op === 'share'
          ? `，占比${q.whole ? `（占${q.whole.name}）` : ''}`
          : q.op === 'where'
            ? '，出处'
            : q.op === 'owner'
              ? '，负责人'
              : q.op === 'definition'
                ? '，含义'
                : q.op === 'value'
                  ? ''
                  : `，${describeQuery(q).replace(/^理解为：.*? · /, '')}`;
  return `按上文：${names}${facet}`;
}

/**
 * The money the narrative states for the parts of a topic (固定资产: 车辆资产, 通用设备, 专用设备) — never
 * its total, plans, counts, the year before, changes or shares.
 */
function partFacts(ds: Dataset, fam: string): Dataset['narrative']['facts'] {
  return ds.narrative.facts.filter(
    (f) =>
      f.id.split('.')[0] === fam &&
      isMoneyUnit(f.unit) &&
      !/total|planned|previous|change|count|share/i.test(f.id),
  );
}

/** "去掉最大的那笔": what follows is taken out of what was shown. */
const TAKING_OUT = /(?:去掉|除去|扣除|扣掉|不算|刨去|除了)/;
/** …the largest or the smallest of it (group 1: 大 / 小 / 多 / 少). */
const DROP_EXTREME = new RegExp(
  `${TAKING_OUT.source}(?:那笔|那个|其中)?最(大|小|多|少)的?(?:那笔|那个|那项|一笔|那一笔)?`,
);

/** The query asking how two things compare (which is larger, by how much, how many times). */
function comparing(q: Query, a: Entity, b: Entity): Query {
  return {
    ...q,
    op: 'value',
    subjects: [
      { id: a.id, name: a.name },
      { id: b.id, name: b.name },
    ],
    combine: 'compare',
  };
}

/** Answers about several subjects asked the same way, one after another. */
function mergeAnswers(parts: Answer[], l: LoadedDataset): Answer {
  if (parts.length === 1) return parts[0]!;
  // (Two questions about one thing — "基本支出是干什么用的？今年安排了多少？": the next question goes on with it.)
  const ids = new Set(parts.map((a) => a.subject?.id));
  const queried = [...parts].reverse().find((a) => a.subject?.query);
  const same = ids.size === 1 && !ids.has(undefined) && queried ? queried.subject : undefined;
  // ("下面都有哪些项目？最大那个多少": the last clause picked one of the list the clause before showed — the
  // next question goes on with that one, and "另一笔" is another of that list.)
  const last = parts.at(-1)!;
  const from = parts
    .slice(0, -1)
    .reverse()
    .find((a) => !!last.subject?.id && a.subject?.list?.includes(last.subject.id));
  const picked =
    last.subject?.query && from?.subject?.list
      ? {
          ...last.subject,
          list: from.subject.list,
          query: { ...last.subject.query, listed: from.subject.list.slice(0, 50) },
        }
      : undefined;
  return makeAnswer({
    kind: parts[0]!.kind,
    title: parts.map((a) => a.title.replace(/ · \d{4}年$/, '')).join('；'),
    lines: parts.flatMap((a) => [`【${a.title}】`, ...a.lines]),
    figures: parts.flatMap((a) => a.figures),
    sources: parts.flatMap((a) => a.sources),
    datasets: [datasetRef(l.ds)],
    suggestions: parts.flatMap((a) => a.suggestions).slice(0, 3),
    subject: same ??
      picked ?? {
        kind: 'item',
        name: parts.map((a) => a.subject?.name ?? a.title).join('、'),
        datasetId: l.ds.meta.id,
        list: parts.flatMap((a) => (a.subject?.id ? [a.subject.id] : [])),
        // ("拆开呢 接待和车运维各多少" → "加起来对得上吧": what the last part asked goes on, the things the
        // parts before it were about remembered beside it.)
        ...(last.subject?.query
          ? {
              query: {
                ...last.subject.query,
                recent: [
                  ...parts
                    .slice(0, -1)
                    .reverse()
                    .flatMap((a) => a.subject?.query?.subjects ?? []),
                  ...(last.subject.query.recent ?? []),
                ]
                  .filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i)
                  .slice(0, 4),
              },
            }
          : {}),
      },
  });
}

/** The answer led by its 万元 figures in 元 (converted exactly, the conversion recorded). */
function inYuan(a: Answer): Answer {
  const wan = a.figures.filter((f) => f.unit === '万元').slice(0, 6);
  const yuan = wan.map((f) => inUnit(f, '元')).filter((f) => f !== null);
  if (yuan.length === 0) return a;
  return {
    ...a,
    lines: bound([
      `以元计：`,
      ...yuan.map((f) => `  ${f.label.replace(/（折合元）$/, '')}：${formatYuan(f.value)}`),
      ...a.lines,
    ]),
    figures: [...yuan, ...a.figures].slice(0, 40),
  };
}

/** The answer led by its money figures in 万元 (converted exactly, the conversion recorded). */
function inWan(a: Answer): Answer {
  const yuan = a.figures.filter((f) => f.unit === '元').slice(0, 6);
  const wan = yuan.map((f) => inUnit(f, '万元')).filter((f) => f !== null);
  if (wan.length === 0) return a;
  // A 万元 figure is shown to two places (half up); when that rounds, the exact amount in 元 stays beside it.
  const lines = wan.map((f, i) => {
    const shown = f.value.toDecimalPlaces(2, Money.ROUND_HALF_UP);
    const exact = shown.equals(f.value);
    const label = f.label.replace(/（折合万元）$/, '');
    const value = formatFigureValue({ ...f, value: shown });
    return exact ? `${label}：${value}` : `${label}：约 ${value}（即 ${formatYuan(yuan[i]!.value)}）`;
  });
  return {
    ...a,
    lines: bound([`以万元计：`, ...lines.map((x) => `  ${x}`), ...a.lines]),
    figures: [...wan, ...a.figures].slice(0, 40),
  };
}

/** The 表九 line items a subject holds, or null when it is not a spending subject. */
function itemsUnder(l: LoadedDataset, e: Entity): LineItem[] | null {
  if (e.kind === 'item') return [e.item!];
  if (
    e.kind !== 'functional' &&
    e.kind !== 'economic' &&
    !['basic', 'project', 'personnel', 'public', 'expenditure'].includes(e.topic?.id ?? '')
  )
    return null;
  return itemsInScope(l, e).items;
}

export interface EngineOptions {
  /**
   * Build a dataset's entities, audit, index and dictionary as soon as it loads (default): no answer
   * pays for them. A one-question CLI run sets false: each part is then built when first needed.
   */
  prepareOnLoad?: boolean;
}

export function createEngine(kb: KnowledgeBase, opts: EngineOptions = {}): BudgetEngine {
  return new BudgetEngine(kb, opts);
}

export { Money, changeOf };
