/**
 * What a short, sloppy question asks for: the modifiers (change, share, ranking, breakdown, audit…)
 * and the remaining words that name the subject. Pure string work; the subject is resolved by search.
 */
import { tableNumberFromChinese } from '../kb/tables.js';
import { cleanQuestion, hasHan } from '../text.js';

export type Dimension =
  | 'functional'
  | 'economic'
  | 'government_economic'
  | 'basic_project'
  | 'personnel_public'
  | 'funding'
  | 'sangong';

export interface Parsed {
  /** The question, cleaned (NFKC, spaces collapsed, control characters removed) */
  text: string;
  english: boolean;
  change: boolean;
  previous: boolean;
  share: boolean;
  /** "占Y" — the whole the share is of, as typed */
  shareOf: string | null;
  why: boolean;
  where: boolean;
  definition: boolean;
  owner: boolean;
  indicators: boolean;
  audit: boolean;
  help: boolean;
  greeting: boolean;
  tour: boolean;
  breakdown: Dimension | null;
  /** Breakdown level for functional codes: 类 (3), 款 (5), 项 (7) */
  level: 3 | 5 | 7 | null;
  ranking: {
    n: number;
    order: 'desc' | 'asc';
    scope: 'items' | 'project_items' | 'basic_items' | 'functional' | 'economic';
  } | null;
  years: number[];
  codes: string[];
  tableNumber: number | null;
  ordinal: number | null;
  /** Text left once the modifiers are taken out: what the question is about */
  subject: string;
  /** The question leans on the previous answer ("那…呢", "占多少？", "第二个呢") */
  followUp: boolean;
  /** "代码呢？" — the classification code of the subject */
  codeOf: boolean;
  /** "明细呢？" — the line items under the subject */
  detail: boolean;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  return CN_DIGITS[s] ?? null;
}

const EN = (s: string, re: RegExp) => re.test(s.toLowerCase());

const STRIP: RegExp[] = [
  /请问|帮我|帮忙|麻烦|查一下|查查|查询|看看|看一下|告诉我|说说|说一下|介绍下|我想知道|想知道|想问|问一下|能否|可以|一下/g,
  /是多少钱|是多少|多少钱|有多少辆|多少辆|有多少|一共|总共|多少|是几|有几个|几个|几辆|几人|几项/g,
  /是什么意思|什么意思|是什么|什么是|是啥|啥是|是指什么|指什么|的含义|含义|定义|解释一下|解释|是干什么的|干嘛的/g,
  /比去年|比上年|较上年|较去年|同比|环比|与上年相比|与去年相比|跟去年比|和去年比|相比上年|相比去年|比\d{4}年?/g,
  /增加了|减少了|涨了|降了|变化了|增长了|下降了|多了|少了|增减变化|增减|变化|变动|增加|减少|上涨|涨幅|降幅|增幅|增长率|增长|下降|差多少|差了/g,
  /去年|上年|上一年|前一年|\d{4}年度?|今年|本年度?|当年/g,
  /占比|占多少|百分之几|百分比|比例|比重|份额|占/g,
  /为什么|为啥|什么原因|的原因|原因|为何/g,
  /出处|来源|在哪个表|哪个表|哪张表|哪一张表|哪一个表|在哪里|在哪儿|在哪/g,
  /谁负责|负责人|联系人|联系电话|电话|联系方式|是谁/g,
  /构成|结构|分布|组成情况|组成|分项|breakdown/gi,
  /最大的|最多的|最高的|最小的|最少的|最低的|最大|最多|最高|最小|最少|最低|前[\d一二两三四五六七八九十]+(?:个|名|项|位)?|排名|排行|排序/g,
  /对不对|对吗|是否一致|一致吗|一致性|对得上吗?|加起来|核对|有没有问题|有问题吗|差异|不一致|错误|矛盾|准确吗|有没有错|对账/g,
  /按(?:照)?(?:支出)?(?:功能分类|经济分类|政府经济分类|部门经济分类|功能|经济|资金来源|来源)(?:的|来)?(?:看|分)?/g,
  /的金额|金额|预算数|预算安排|安排了?|数额|数字|情况|具体|详细/g,
  /那个|这个|那项|这项|那笔|这笔|那条|这条|那一项|这一项/g,
  /有没有|有哪些|哪些|的地方|地方|什么问题|问题/g,
];

const PARTICLES = /^(?:那么?|还有|然后|另外|再问|再看)|(?:呢|吗|嘛|吧|啊|呀|了|的|是|有|为|都)+$/g;

export function parseQuestion(raw: string): Parsed {
  const text = cleanQuestion(raw);
  const english =
    !hasHan(text) &&
    /\b(what|how|which|who|show|list|total|budget|change|largest|biggest|top|explain|does|is|are|much|many|income|expenditure|spending|reception|vehicles?|staff|cars?|three public|breakdown|share|compare|audit|discrepanc\w*|inconsisten\w*)\b/i.test(
      text,
    );

  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=\s*年|\s*年度|\b|$)/g)].map((m) =>
    Number.parseInt(m[1]!, 10),
  );
  // Classification codes: 2xx functional, 3xx/5xx economic, in 3, 5 or 7 digits; not a number glued to letters (800M).
  const codes = [...text.matchAll(/(?<![\d.A-Za-z])(\d{3}(?:\d{2}){0,2})(?![\d.A-Za-z])/g)]
    .map((m) => m[1]!)
    .filter((c) => !years.includes(Number.parseInt(c, 10)) && /^[235]\d{2}(?:\d{2}){0,2}$/.test(c));
  const tm = /表\s*([一二三四五六七八九十]+|\d{1,2})/.exec(text) ?? /\btable\s*(\d{1,2})\b/i.exec(text);
  const tableNumber = tm
    ? /^\d+$/.test(tm[1]!)
      ? Number.parseInt(tm[1]!, 10)
      : tableNumberFromChinese(tm[1]!)
    : null;
  const ord = /第\s*([\d一二两三四五六七八九十]+)\s*(?:个|项|条|名|位)/.exec(text);
  const ordinal = ord ? cnNumber(ord[1]!) : null;

  const change =
    /比去年|比上年|较上年|较去年|同比|增减|变化|变动|增加|减少|涨|降|增长|下降|差多少|与上年|跟去年|和去年|比\d{4}|多了|少了|增幅|降幅/.test(
      text,
    ) ||
    EN(
      text,
      /\b(change|changed|increase|decrease|grow|growth|vs|versus|compared?|last year|yoy|year[- ]on[- ]year|previous year)\b/,
    );
  const previous =
    !change && (/去年|上年|上一年|前一年/.test(text) || EN(text, /\b(last year|previous year|prior year)\b/));
  const shareM =
    /占(?:了)?(?:全部|总|整个)?([^\s，,。？?的]{1,20}?)(?:的)?(?:多少|比例|比重|百分之几|百分比|几成|%|$)/.exec(
      text,
    );
  const share =
    /占|比例|比重|百分之几|百分比|份额|几成/.test(text) ||
    EN(text, /\b(share|percent|percentage|proportion|fraction)\b/);
  const shareOfRaw = shareM?.[1]?.replace(/^(?:了|总)/, '') ?? null;
  const shareOf = shareOfRaw && !/^(?:多少|比例|比重|百分之几|百分比)$/.test(shareOfRaw) ? shareOfRaw : null;
  const why = /为什么|为啥|原因|为何/.test(text) || EN(text, /\bwhy\b/);
  const where =
    /出处|来源|哪个表|哪张表|哪一张表|哪一个表|在哪/.test(text) || EN(text, /\b(source|which table|where)\b/);
  const definition =
    /什么是|是什么|是啥|啥是|什么意思|含义|是指|解释|定义|干嘛的|干什么的/.test(text) ||
    EN(text, /\b(what is|what are|what's|meaning|define|explain)\b/);
  const owner =
    /谁负责|负责人|联系人|电话|联系方式|是谁/.test(text) || EN(text, /\b(who|owner|contact|phone)\b/);
  const indicators =
    /指标|绩效目标|年度目标|目标是/.test(text) || EN(text, /\b(indicators?|targets?|goals?)\b/);
  const audit =
    /对不对|对吗|是否一致|一致吗|一致|对得上|加起来|核对|有没有问题|有问题吗|差异|不一致|错误|矛盾|准确吗|有没有错|对账|审计|勾稽/.test(
      text,
    ) ||
    EN(text, /\b(add up|adds up|discrepanc\w*|inconsisten\w*|audit|consistent|errors?|mistakes?|check)\b/);
  const help =
    /^(?:帮助|help|\/help|怎么用|如何使用|使用说明|你能做什么|你会什么|能问什么|可以问什么|菜单|[?？])$/i.test(
      text.trim(),
    ) || /你能做什么|可以问什么|能问什么|怎么提问/.test(text);
  const greeting = /^(?:你好|您好|hi|hello|hey|在吗|嗨|哈喽)[!！。.？?]*$/i.test(text.trim());
  const tour =
    /介绍一下这份预算|介绍这份预算|带我看|导览|预算概况|概览|总体情况|整体情况|这份预算讲了什么|新人|入门/.test(
      text,
    ) || EN(text, /\b(tour|overview|introduce|introduction)\b/);

  let breakdown: Dimension | null = null;
  if (/政府经济分类/.test(text)) breakdown = 'government_economic';
  else if (/经济分类|按经济|economic/i.test(text)) breakdown = 'economic';
  else if (/功能分类|按功能|按科目|functional/i.test(text)) breakdown = 'functional';
  else if (/基本.{0,4}项目|项目.{0,4}基本/.test(text)) breakdown = 'basic_project';
  else if (/人员.{0,4}公用|公用.{0,4}人员/.test(text)) breakdown = 'personnel_public';
  else if (/资金来源|收入来源|收入构成|收入结构|来源构成|钱从哪/.test(text)) breakdown = 'funding';
  else if (
    /构成|结构|分布|组成|分项|花在哪|用在哪|去哪了|where does the money go|breakdown|split/i.test(text)
  )
    breakdown = 'functional';
  const level: Parsed['level'] = /按?项级|7位|七位/.test(text)
    ? 7
    : /按?款级?|5位|五位/.test(text)
      ? 5
      : /按?类级?/.test(text)
        ? 3
        : null;
  if (breakdown === 'functional' && /三公/.test(text)) breakdown = 'sangong';

  let ranking: Parsed['ranking'] = null;
  const top =
    /前\s*([\d一二两三四五六七八九十]+)|top\s*(\d+)|最(?:大|多|高)的\s*([\d一二两三四五六七八九十]+)/i.exec(
      text,
    );
  const desc =
    /最大|最多|最高|前\s*[\d一二两三四五六七八九十]+|top|排名|排行|largest|biggest|highest|most expensive/i.test(
      text,
    );
  const asc = /最小|最少|最低|smallest|lowest|least/i.test(text);
  if (desc || asc) {
    const n = top
      ? cnNumber(top[1] ?? top[2] ?? top[3] ?? '')
      : /几个|几项|哪些|几笔/.test(text)
        ? 5
        : /的是|是哪|哪个|哪一|哪项|which/i.test(text)
          ? 1
          : 5;
    const scope = /经济分类/.test(text)
      ? 'economic'
      : /功能分类|科目|类/.test(text)
        ? 'functional'
        : (/项目/.test(text) && !/明细/.test(text)) || /\bprojects?\b/i.test(text)
          ? 'project_items'
          : /基本支出/.test(text)
            ? 'basic_items'
            : 'items';
    ranking = { n: Math.min(Math.max(n ?? 5, 1), 25), order: asc && !desc ? 'asc' : 'desc', scope };
  }

  let subject = text;
  for (const re of STRIP) subject = subject.replace(re, ' ');
  subject = subject.replace(/[?？!！。.,，、；;:：~～"“”'‘’()（）【】[\]<>《》]/g, ' ');
  if (shareOf) subject = subject.replace(shareOf, ' ');
  if (tm) subject = subject.replace(tm[0], ' ');
  if (ord) subject = subject.replace(ord[0], ' ');
  for (const c of codes) subject = subject.replace(c, ' ');
  subject = subject
    .split(/\s+/)
    .map((w) => w.replace(PARTICLES, ''))
    .filter((w) => w !== '')
    .join(' ')
    .trim();
  if (english) subject = englishSubject(subject);
  // "机要运维项目" → "机要运维": a trailing 项目 is the kind of thing, not part of its name.
  if (/^.{2,}?(?:的)?项目$/.test(subject) && !/项目支出$/.test(subject))
    subject = subject.replace(/(?:的)?项目$/, '');

  const codeOf = /代码|编码|科目号|什么科目|哪个科目/.test(text) && codes.length === 0;
  const detail = /明细|细项|下级|包括哪些|由哪些|有哪些项|具体有哪些|都有什么|分别是/.test(text);
  if (codeOf) subject = subject.replace(/代码|编码|科目号|什么科目|哪个科目/g, '').trim();
  if (detail)
    subject = subject
      .replace(/明细|细项|下级|包括哪些|由哪些|有哪些项|具体有哪些|都有什么|分别是/g, '')
      .trim();
  const followUp =
    /^(?:那|那么|还有|然后|另外)/.test(text) ||
    /呢[?？]?$/.test(text) ||
    ordinal !== null ||
    (subject === '' &&
      (change || previous || share || why || where || breakdown !== null || owner || indicators)) ||
    /^(?:出处|来源|那去年|去年呢|占多少|为什么)[?？]?$/.test(text);

  return {
    text,
    english,
    change,
    previous,
    share,
    shareOf,
    why,
    where,
    definition,
    owner,
    indicators,
    audit,
    help,
    greeting,
    tour,
    breakdown,
    level,
    ranking,
    years: [...new Set(years)],
    codes: [...new Set(codes)],
    tableNumber: tableNumber && tableNumber >= 1 && tableNumber <= 30 ? tableNumber : null,
    ordinal,
    subject,
    followUp,
    codeOf,
    detail,
  };
}

const EN_STOP =
  /\b(what|whats|what's|is|are|was|were|the|a|an|of|for|in|on|to|how|much|many|does|do|did|our|we|us|you|your|show|me|tell|about|please|give|list|and|or|this|that|these|those|there|their|it|its|by|from|with|at|be|can|could|would|should|which|who|where|why|when|year|years|last|previous|prior|this|budget|amount|figure|number|total|compare|compared|vs|versus|change|changed|increase|decrease|share|percent|percentage|proportion|largest|biggest|highest|top|smallest|lowest|least|most|breakdown|split|by|explain|meaning|define|mean|means|source|table|check|audit|add|adds|up|discrepancies|discrepancy|inconsistent|inconsistencies|errors?)\b/gi;

/** English questions: keep the content words; the topic aliases include English names. */
function englishSubject(s: string): string {
  return s.replace(EN_STOP, ' ').replace(/\s+/g, ' ').trim();
}

/** A Parsed with nothing asked: the base the query's flags are set on. */
export function emptyParsed(): Parsed {
  return {
    text: '',
    english: false,
    change: false,
    previous: false,
    share: false,
    shareOf: null,
    why: false,
    where: false,
    definition: false,
    owner: false,
    indicators: false,
    audit: false,
    help: false,
    greeting: false,
    tour: false,
    breakdown: null,
    level: null,
    ranking: null,
    years: [],
    codes: [],
    tableNumber: null,
    ordinal: null,
    subject: '',
    followUp: false,
    codeOf: false,
    detail: false,
  };
}
