/**
 * Query: what a question asks, as data. Built from a Reading and the entities its mentions resolve to;
 * merged with the previous query for a follow-up; printable in Chinese ("理解为：…"); validated by zod
 * where it crosses a boundary (a follow-up's stored query, a slash command's options).
 */
import { z } from 'zod';

export const OPS = [
  'value',
  'change',
  'share',
  'rank',
  'breakdown',
  'detail',
  'count',
  'code',
  'definition',
  'where',
  'owner',
  'find_by_amount',
  'audit',
  'tour',
  'help',
  'about',
] as const;
export type Op = (typeof OPS)[number];

export const EntityRefSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** The table the thing's figure is read in, when the conversation named one ("表六 30103" is its 表六 row) */
  table: z.number().int().positive().optional(),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** What is ranked, and how: the slots a ranking and a question remembering it share. */
const RankingSchema = z.object({
  /** What the question is about, in the order named */
  subjects: z.array(EntityRefSchema),
  /** rank / count / detail: within what (三公, a class, 公用经费…) */
  scope: EntityRefSchema.optional(),
  /** rank / breakdown: at which level of the functional classification */
  level: z.enum(['类', '款', '项']).optional(),
  /** rank: what kind of thing is ranked (projects, line items, codes) */
  noun: z.enum(['project', 'item', 'code']).optional(),
  dimension: z
    .enum([
      'functional',
      'economic',
      'government_economic',
      'basic_project',
      'personnel_public',
      'funding',
      'sangong',
    ])
    .optional(),
  order: z.enum(['desc', 'asc']).optional(),
});

export const QuerySchema = RankingSchema.extend({
  op: z.enum(OPS),
  /** With several subjects: each one's figure, their sum, or which is larger and by how much */
  combine: z.enum(['each', 'sum', 'compare', 'minus']).optional(),
  /** compare: their sum is asked too ("合计多少，前者是后者几倍") */
  total: z.boolean().optional(),
  /** share: the whole (default: the subject's natural parent) */
  whole: EntityRefSchema.optional(),
  /** rank: how many (前三 → 3) */
  n: z.number().int().positive().max(50).optional(),
  /** rank: which place (第二大 → 2) */
  nth: z.number().int().positive().max(100).optional(),
  /** current (the document's year), previous (the year before, as the document states it), both */
  time: z.enum(['current', 'previous', 'both']),
  /** change: the percentage is what is asked */
  percent: z.boolean(),
  /** change: "为什么" — the stated reason */
  why: z.boolean(),
  /** owner: the phone number is what is asked */
  phone: z.boolean(),
  /** The unit the answer should lead with */
  unit: z.enum(['元', '万元']),
  /** find_by_amount: an amount in 元 (decimal string), approximate or a bound */
  amount: z
    .object({
      yuan: z.string(),
      approx: z.boolean(),
      bound: z.enum(['above', 'below']).optional(),
      /** "两千多万": below this (yuan), at least `yuan` */
      upTo: z.string().optional(),
      /** Written to the 元 as the tables print it ("1862064", "3755505.2"): that amount exactly */
      exact: z.boolean().optional(),
    })
    .optional(),
  /** find_by_amount: a word each line's name contains ("名字里带“运维”的项目"), with or without an amount */
  named: z.string().min(1).max(20).optional(),
  english: z.boolean(),
  /**
   * The ranking a question about one ranked thing came from ("哪个最多" → "占多少" → "第二呢": the second
   * of that ranking): its scope and the way it ranked.
   */
  ranked: RankingSchema.optional(),
  /** The ids of the last list the conversation showed ("最后一个呢" two turns after it) */
  listed: z.array(z.string()).max(50).optional(),
  /** Subjects of the conversation's earlier turns, latest first ("这俩加起来" after "X" and "那Y呢") */
  recent: z.array(EntityRefSchema).max(4).optional(),
  /** Lines of the document's sentences the last answer quoted ("哪家的", "分几次" are asked of them) */
  said: z.array(z.number().int().positive()).max(12).optional(),
  /** The dataset asked about */
  datasetId: z.string(),
});
export type Query = z.infer<typeof QuerySchema>;

const OP_TEXT: Record<Op, string> = {
  value: '金额',
  change: '与上年比较',
  share: '占比',
  rank: '排名',
  breakdown: '构成',
  detail: '明细',
  count: '个数',
  code: '科目编码',
  definition: '含义',
  where: '出处',
  owner: '负责人',
  find_by_amount: '按金额找',
  audit: '核对',
  tour: '导览',
  help: '帮助',
  about: '这份预算',
};

/** "理解为：公务接待费 · 与上年比较（百分比）· 万元" */
export function describeQuery(q: Query): string {
  const parts: string[] = [];
  if (q.subjects.length > 0)
    parts.push(
      q.subjects
        .map((s) => s.name)
        .join(
          q.combine === 'sum'
            ? ' + '
            : q.combine === 'compare'
              ? ' 对比 '
              : q.combine === 'minus'
                ? ' − '
                : '、',
        ),
    );
  let op = OP_TEXT[q.op];
  if (q.op === 'change') op += q.percent ? '（增减幅度）' : '';
  if (q.op === 'change' && q.why) op = '变化原因';
  if (q.op === 'owner' && q.phone) op = '联系电话';
  if (q.op === 'rank')
    op = `${q.order === 'asc' ? '最小' : '最大'}${q.nth ? `第 ${q.nth} 名` : q.n ? `前 ${q.n}` : ''}${q.level ? `（${q.level}级）` : ''}`;
  parts.push(op);
  if (q.scope) parts.push(`范围：${q.scope.name}`);
  if (q.whole) parts.push(`占：${q.whole.name}`);
  if (q.time === 'previous') parts.push('上年数');
  if (q.time === 'both') parts.push('本年与上年');
  if (q.combine === 'sum' && q.subjects.length > 1) parts.push('合计');
  if (q.unit === '万元') parts.push('万元');
  return `理解为：${parts.join(' · ')}`;
}

/** The subjects of a query and of the turns before it, latest first, at most four. */
export function recentOf(q: Query): EntityRef[] {
  const out: EntityRef[] = [];
  for (const s of [...q.subjects, ...(q.recent ?? [])])
    if (!out.some((o) => o.id === s.id && o.table === s.table)) out.push(s);
  return out.slice(0, 4);
}

/** Ops whose answer is not the subject's amount: "多少钱" after them asks for it. */
const AMOUNTLESS_OPS: ReadonlySet<Op> = new Set(['definition', 'code', 'count', 'where', 'owner', 'detail']);

/** The parts of a query a follow-up names, the rest to be inherited. */
export interface PartialQuery {
  query: Query;
  /** The question named its own subject(s) */
  hasSubjects: boolean;
  /** The question said what to do with a subject (an op mark) */
  hasOp: boolean;
  /** The question said only how (a time, a unit, 百分比) */
  hasTime: boolean;
  hasUnit: boolean;
  /** It leans on the previous answer (那…呢, 这个, 两个) */
  leans: boolean;
  /** It opens with 其中 / 里面 before naming its subject: a part of the previous subject */
  scoped: boolean;
  /** It asks for an amount (多少钱, 金额多少) and names nothing: the amount of what was asked before */
  asksAmount?: boolean;
  /** It asks for an amount (多少, 预算数), whether or not it names its subject */
  namesAmount?: boolean;
  /** It points at several things (它们, 这俩, 两者, both, them) */
  plural?: boolean;
  /** How many things it says it adds up ("加上X三项一共", "三个加一块"), when it says */
  counted?: number;
}

/**
 * The same reading with some of its query's slots (and flags) put in place of its own — how the engine
 * rereads a question in the light of the conversation before merging it ("基本支出里多少" after 30213).
 * A slot given as undefined is cleared.
 */
export function rereadAs(
  p: PartialQuery,
  query: Partial<Query>,
  flags: Partial<Omit<PartialQuery, 'query'>> = {},
): PartialQuery {
  return { ...p, ...flags, query: { ...p.query, ...query } as Query };
}

/** A code of one classification (功能 or 经济), and things that are all codes of the other. */
export function crossCode(scope: EntityRef | undefined, subjects: readonly EntityRef[]): boolean {
  const kind = (id: string) => /\/(functional|economic)\//.exec(id)?.[1];
  const k = scope && kind(scope.id);
  return !!k && subjects.length > 0 && subjects.every((x) => kind(x.id) !== undefined && kind(x.id) !== k);
}

/**
 * A follow-up is the previous query with the slots the new question fills replaced: a new subject
 * keeps the previous op ("那项目支出呢"), a new op keeps the previous subjects ("占总支出多少", "负责人"),
 * a time or a unit alone keeps both ("那去年呢", "换成万元").
 */
export function mergeQuery(previous: Query, next: PartialQuery): Query {
  // (After "这是哪年的预算": what is asked next of a thing is its amount — of that year when it was the year
  // compared with — not the document again.)
  if (previous.op === 'about' && next.hasSubjects) previous = { ...previous, op: 'value' };
  const q = next.query;
  // (Whatever it asks, what the conversation was about before is remembered: "两笔加起来" next.)
  if (next.hasSubjects && next.hasOp)
    return next.scoped && previous.subjects.length === 1 && !q.scope
      ? { ...q, scope: previous.subjects[0]!, recent: recentOf(previous) }
      : { ...q, recent: recentOf(previous) };
  if (next.hasSubjects) {
    // "其中项目支出多少" after "201多少": a part within the previous subject.
    const within = next.scoped && previous.subjects.length === 1 ? { scope: previous.subjects[0]! } : {};
    // Same question about another subject: keep what was asked, replace what it is about.
    return {
      ...previous,
      ...within,
      // ("公务接待费2019年预算数呢" after "表七是什么表"; "里面X那部分多少钱" after 负责人: the amount.)
      // ("尾款呢" after a project's 负责人: a part of that project has its owner, so its amount is asked.)
      // ("total funds on that form?" after its head's phone: a form's funding field is an amount.)
      ...(((next.namesAmount ||
        q.subjects.every((x) => x.id.includes('/fact/part.') || x.id.includes('/fact/overall.funding.'))) &&
        AMOUNTLESS_OPS.has(previous.op)) ||
      // ("该类的基本支出是多少" after the largest in 206, "表里的项目支出是多少万" after a share: its amount now.)
      // ("2010399下面有哪些项目超过200万" → "那区领导慰问经费呢": a thing named after a search by amount is
      // asked its amount — the search does not go on.)
      previous.op === 'find_by_amount' ||
      (next.namesAmount &&
        (previous.op === 'rank' ||
          previous.op === 'share' ||
          // ("由哪几项构成" → "办公设备那个多少": its amount, not a breakdown of it.)
          previous.op === 'breakdown' ||
          previous.op === 'detail'))
        ? { op: 'value' as const }
        : {}),
      recent: recentOf(previous),
      subjects: q.subjects,
      combine: q.combine ?? (q.subjects.length > 1 ? 'each' : undefined),
      ...(q.scope ? { scope: q.scope } : {}),
      // ("2069999下30213合计" → "30299": the other code, within the same 功能 code.)
      ...(!q.scope && crossCode(previous.scope, q.subjects) ? { scope: previous.scope } : {}),
      time: next.hasTime ? q.time : previous.time,
      unit: next.hasUnit ? q.unit : previous.unit,
      english: q.english,
      datasetId: q.datasetId,
    } as Query;
  }
  if (next.hasOp && q.op === 'count' && !q.subjects.length && !q.scope) {
    // "一共几个" after a ranking, or after "第二呢" from one: how many things were ranked there.
    const ranking = previous.ranked ?? (previous.op === 'rank' ? previous : undefined);
    const within =
      ranking?.scope ?? (ranking && ranking.subjects.length === 1 ? ranking.subjects[0] : undefined);
    if (ranking && within)
      return {
        ...q,
        op: 'count',
        subjects: [within],
        ...(ranking.noun ? { noun: ranking.noun } : {}),
        combine: undefined,
        recent: recentOf(previous),
        datasetId: previous.datasetId,
      } as Query;
  }
  if (next.hasOp) {
    // "这俩加起来", "哪个多": two subjects, from this turn and the one before when the last had one.
    // (A table named with a code — "表六30108" — says where, and is no thing to add to it.)
    const earlier = recentOf(previous).filter(
      (s) =>
        !previous.subjects.some((p) => p.id === s.id && p.table === s.table) && !s.id.includes('/table/'),
    );
    // ("编码分别是" after 公积金 then 购房补贴: the two just asked, each.)
    // ("它们属于哪个类" after 差旅费 then 软件正版化呢: the two, whatever is asked of them.)
    // (Not a count: "里面项目一共几个" counts within the one thing, it adds no second.)
    const pairUp =
      q.op !== 'count' &&
      (q.combine === 'sum' ||
        q.combine === 'compare' ||
        (q.combine === 'each' && q.op === 'code') ||
        (next.plural && !q.combine)) &&
      previous.subjects.length === 1 &&
      earlier[0];
    const carried = {
      ...q,
      subjects: q.subjects.length
        ? q.subjects
        : pairUp
          ? [earlier[0]!, ...previous.subjects]
          : // ("负责人" after the parts of one project were ranked: that project's.)
            previous.subjects.length === 0 && previous.scope && /\/(?:item|project)\//.test(previous.scope.id)
            ? [previous.scope]
            : previous.subjects,
      // ("占比各多少" after "两者差多少": each one's share, no longer their comparison.)
      // ("它们的功能科目编码分别是" after "前者是后者的几成": each one's code.)
      combine:
        q.combine ??
        ((q.op === 'share' && previous.combine === 'compare') ||
        (AMOUNTLESS_OPS.has(q.op) && previous.combine)
          ? 'each'
          : previous.combine),
      recent: recentOf(previous),
      datasetId: previous.datasetId,
      // "去年占多少" after "占三公多少": the same whole.
      ...(q.op === 'share' && previous.op === 'share' && !q.whole && previous.whole && !q.subjects.length
        ? { whole: previous.whole }
        : {}),
    } as Query;
    // Ranking after a list: within what the previous answer was about.
    if (q.op === 'rank' && !q.scope) {
      if (previous.op === 'rank' || previous.op === 'breakdown' || previous.op === 'detail') {
        if (previous.scope) carried.scope = previous.scope;
        else if (previous.subjects[0]) carried.scope = previous.subjects[0];
        if (previous.level && !q.level) carried.level = previous.level;
        if (previous.dimension && !q.dimension) carried.dimension = previous.dimension;
        if (previous.noun && !q.noun) carried.noun = previous.noun;
        // ("下面有哪几项" listed the 项 codes under 208 → "哪个最多": among those codes, not its lines.)
        const codes = (previous.listed ?? []).map((id) => /\/functional\/(\d+)$/.exec(id)?.[1]?.length);
        const level = ({ 5: '款', 7: '项' } as const)[codes[0] as 5 | 7];
        if (
          previous.op === 'detail' &&
          !q.level &&
          !q.noun &&
          !q.subjects.length &&
          !carried.level &&
          level &&
          codes.length > 1 &&
          codes.every((n) => n === codes[0])
        )
          carried.level = level;
      } else if (
        previous.ranked &&
        previous.subjects.length === 1 &&
        q.order &&
        // ("最小的项呢" after "哪个项最大" and its amount: the same ranking's level, said again.)
        (!q.level || q.level === previous.ranked.level) &&
        !q.noun
      ) {
        // ("最少的呢" after "哪项最多" → "第二呢" → "占多少": that ranking, the other way.)
        const { subjects: among, ...ranking } = previous.ranked;
        Object.assign(carried, ranking, { order: q.order });
        // (One was picked, so one is asked: "最小的" after "最大的" is the smallest, not five.)
        if (!q.n && !q.nth) carried.nth = 1;
        // (…over the things named, when it was "哪笔最多" of them: the same things, the other way.)
        carried.subjects = among.length > 1 ? among : [];
        return carried;
      } else if (
        previous.subjects.length === 1 &&
        !q.level &&
        !q.noun &&
        !q.subjects.length &&
        /\/(?:item|project)\//.test(previous.subjects[0]!.id)
      ) {
        // ("差旅费" → "会议费" → "培训费" → "最多的是": among the things asked one by one, of one kind;
        // "无纸化改造" → "平板电脑那个呢" → "哪个贵，贵多少": the two, compared.)
        const kind = /\/(item|project)\//.exec(previous.subjects[0]!.id)![1];
        const things = [...previous.subjects, ...(previous.recent ?? [])]
          .filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i)
          .filter((x) => x.id.includes(`/${kind}/`))
          .slice(0, 6);
        if (things.length === 2 && q.combine === 'compare')
          return { ...carried, op: 'value', combine: 'compare', subjects: [things[1]!, things[0]!] } as Query;
        if (things.length >= 2) {
          carried.subjects = things;
          return carried;
        }
        carried.scope = previous.subjects[0]!;
      } else if (previous.subjects.length === 1) {
        // ("哪个类第二大" after 206: among the 类, not within 206 — a level of the code's own rank.)
        const code = /\/functional\/(\d+)$/.exec(previous.subjects[0]!.id)?.[1];
        const own = code ? ({ 3: '类', 5: '款', 7: '项' } as Record<number, string>)[code.length] : undefined;
        if (q.level && own === q.level) carried.subjects = [];
        else carried.scope = previous.subjects[0]!;
        if (q.level && own === q.level) return carried;
      }
      // ("206其中基本支出多少" → "里面最大的项目": within the code, not among it and its part.)
      const code = previous.subjects.find((x) => /\/(?:functional|economic)\//.test(x.id));
      const part = previous.subjects.find((x) => /\/topic\/(?:basic|project)$/.test(x.id));
      if (previous.subjects.length === 2 && code && part) {
        carried.scope = code;
        carried.subjects = [];
        return carried;
      }
      carried.subjects = previous.subjects.length > 1 ? previous.subjects : [];
    }
    if (!next.hasTime && previous.time !== 'current' && q.op === 'value') carried.time = previous.time;
    if (!next.hasUnit) carried.unit = previous.unit;
    // "差多少" after "去年呢": one thing, this year against the last — its change.
    if (
      q.combine === 'compare' &&
      !pairUp &&
      carried.subjects.length === 1 &&
      previous.time === 'previous' &&
      carried.op === 'value'
    )
      return { ...carried, op: 'change', combine: undefined, time: 'current' };
    return carried;
  }
  // ("它们属于哪个类", "这俩去年呢" after 差旅费 then 软件正版化呢: the two things asked one after the other.)
  const other = recentOf(previous).find(
    (s) => !previous.subjects.some((p) => p.id === s.id && p.table === s.table) && !s.id.includes('/table/'),
  );
  const both =
    next.plural && previous.subjects.length === 1 && other ? { subjects: [other, ...previous.subjects] } : {};
  // Only a time, a unit, 百分比, or nothing but 呢: the same question, re-asked.
  return {
    ...previous,
    ...both,
    time: next.hasTime ? q.time : previous.op === 'change' ? previous.time : previous.time,
    unit: next.hasUnit ? q.unit : previous.unit,
    percent: previous.percent || q.percent,
    op:
      (next.hasTime && previous.op === 'change' && q.time === 'previous') ||
      // "有几辆车" → "去年呢": the amount last year (no count of last year is stated).
      (next.hasTime && AMOUNTLESS_OPS.has(previous.op) && !next.hasOp) ||
      (next.asksAmount && AMOUNTLESS_OPS.has(previous.op))
        ? 'value'
        : previous.op,
    english: q.english,
  };
}
