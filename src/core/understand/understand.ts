/**
 * Reading → Query: resolve the names a question mentions to entities of the dataset, and decide from
 * the marks around them what is asked. Pure over a small context (the dataset's entities, its search
 * and its name dictionary), so each step can be tested on its own.
 */
import { KIND_RANK, type Entity, type EntityKind } from '../answer/entities.js';
import type { SearchHit, SearchOptions } from '../search.js';
import {
  marksOf,
  read,
  smallNumber,
  type MarkHit,
  type NameDictionary,
  type NumberHit,
  type Reading,
} from './read.js';
import {
  ENGLISH_TERMS,
  ENGLISH_WORDING,
  EVERYDAY_TERMS,
  LEXICON,
  PINYIN_FUNCTION_WORDS,
  type Measure,
} from './lexicon.js';
import type { EntityRef, PartialQuery, Query } from './query.js';
import { abbreviates, escapeRegExp, normalizeText } from '../text.js';

export interface UnderstandContext {
  datasetId: string;
  fiscalYear: number;
  previousYear: number;
  /** The department whose document it is: its name, shortened, names no thing in it */
  department?: string;
  /** Years some loaded document holds figures for */
  knownYears: ReadonlySet<number>;
  entity(id: string): Entity | undefined;
  search(text: string, opts: SearchOptions): SearchHit[];
  dictionary: NameDictionary;
  /** Full pinyin of a text (for typos that sound right: 离休废 → 离休费) */
  pinyin(text: string): string;
  /** The year is part of a name the question spells out ("2019年无线网络租赁费"), not a year asked */
  yearInName(year: number, text: string): boolean;
  /** Families (see `family`) of what the conversation was about: a name two families share is read in these */
  near?: ReadonlySet<string>;
  /** What the conversation was about just before: a part named alone ("还有尾款没") may be its part */
  about?: readonly Entity[];
}

/**
 * The part of the budget an entity belongs to: a topic's or narrative fact's first id segment
 * (assets.vehicles.count → assets, sangong.vehicle → sangong). "车辆" names both the 三公 car costs and
 * the fixed assets' vehicles; after 固定资产 (in the question or the turn before) it is the latter.
 */
export function family(e: Entity): string | null {
  if (e.kind !== 'topic' && e.kind !== 'fact') return null;
  const local = e.id.slice(e.id.indexOf(`/${e.kind}/`) + e.kind.length + 2);
  return local.split('.')[0] ?? null;
}

/** A name in the question, resolved (or not) to entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: Entity | null;
  /** Equally good candidates, when the name does not decide */
  ambiguous?: Entity[];
  via: 'name' | 'code' | 'table' | 'search';
}

export interface Understood {
  reading: Reading;
  mentions: Mention[];
  partial: PartialQuery;
  /** Named things the dataset does not have */
  unresolved: string[];
  /** A year no loaded document covers */
  missingYear?: number;
}

function preferred(measure: Measure | null): EntityKind | null {
  if (measure === 'owner' || measure === 'phone' || measure === 'indicators') return 'project';
  if (measure === 'definition') return 'glossary';
  return null;
}

/** Best first: the kind the measure wants, then topics, items and codes, glossary and tables last. */
function byRank(entities: Entity[], want: EntityKind | null): Entity[] {
  return [...entities].sort((a, b) => {
    const pa = a.kind === want ? 0 : KIND_RANK[a.kind];
    const pb = b.kind === want ? 0 : KIND_RANK[b.kind];
    return pa - pb;
  });
}

/** One entity, or the equally good candidates: several line items of one name and different amounts. */
function decide(
  candidates: Entity[],
  want: EntityKind | null,
  near?: ReadonlySet<string>,
): { entity: Entity | null; ambiguous?: Entity[] } {
  const families = new Set(candidates.map(family));
  const inContext = near && families.size > 1 ? candidates.filter((e) => near.has(family(e) ?? '')) : [];
  const ranked = byRank(inContext.length > 0 ? inContext : candidates, want);
  const top = ranked[0];
  if (!top) return { entity: null };
  const ties = ranked.filter((e) => e.kind === top.kind && KIND_RANK[e.kind] === KIND_RANK[top.kind]);
  if (top.kind === 'item' && ties.length > 1 && ties.some((e) => !e.amount?.equals(top.amount ?? -1)))
    return { entity: null, ambiguous: ties };
  return { entity: top };
}

interface Fuzzy {
  entity: Entity | null;
  ambiguous?: Entity[];
  coverage: number;
  /** Found by its pinyin (a wrong character that sounds right) */
  sound?: true;
}

/** A chunk of text looked up fuzzily; ties of one kind with different amounts are ambiguous. */
export function fuzzy(
  ctx: UnderstandContext,
  text: string,
  want: EntityKind | null,
  strict = false,
  /** The text is asked for as a name (it ends as names do, or 项目 follows it) */
  asName = false,
): Fuzzy | null {
  if (/^(?:\d+|(?:19|20)\d{2}年度?)$/.test(text)) return null;
  // Two characters must match a name outright; in a long chat message, a weak match is noise.
  const chars = [...text].length;
  const minCoverage = chars <= 2 ? 0.99 : strict || chars === 3 ? 0.75 : chars === 4 ? 0.6 : 0.5;
  const ent = (h: SearchHit) => ctx.entity(h.id)!;
  const named = (h: SearchHit) => !ent(h).requires || text.includes(ent(h).requires!);
  const found = ctx.search(text, { limit: 12, scope: ctx.datasetId, minCoverage }).filter(named);
  // A wrong character that sounds right (离休废, 行政运形): the name whose pinyin it is, exactly.
  // (…or half typed in pinyin: "fuli费" is 福利费.)
  const mixed = /^(?:[a-z]{2,}\p{Script=Han}{1,4}|\p{Script=Han}{1,4}[a-z]{2,})$/u.test(text);
  if ((found[0]?.coverage ?? 0) < 0.8 && (/^\p{Script=Han}{3,12}$/u.test(text) || mixed)) {
    const spoken = mixed ? text.replace(/\p{Script=Han}+/gu, (h) => ctx.pinyin(h)) : ctx.pinyin(text);
    const sound = ctx.search(spoken, { limit: 3, scope: ctx.datasetId, minCoverage: 0.95 }).filter(named);
    const top = sound[0];
    if (top && top.score <= 0.01) return { entity: ent(top), coverage: 0.9, sound: true };
    // ("gongche运维费", "chailv费": half typed in pinyin is read as all of it in pinyin — gongche being the
    // everyday word, not the name's exact syllables — when that alone finds the name.)
    // ("gc运维费": initials with characters are all initials — gcywf — never gc + yunweifei.)
    const latin = text.match(/[a-z]+/g) ?? [];
    const initials = latin.some((w) => !PINYIN_WORD.test(w)) && latin.every((w) => INITIALS_WORD.test(w));
    if (mixed && found.length === 0 && (initials || latin.every((w) => PINYIN_WORD.test(w)))) {
      const typed = initials
        ? text.replace(/\p{Script=Han}/gu, (c) => ctx.pinyin(c).slice(0, 1))
        : spoken.replace(/\s+/g, '');
      const all = fuzzy(ctx, typed, want, strict, asName);
      if (all && all.coverage >= 0.6) return { ...all, sound: true };
    }
  }
  const hits = found;
  if (hits.length === 0) return null;
  if (want) {
    const w = hits.find((h) => ent(h).kind === want && h.coverage >= 0.5);
    if (w) return { entity: ent(w), coverage: w.coverage };
  }
  // (A hit that holds clearly more of what was typed beats a better-scored one that holds less:
  // "机要信息中心尾款" is 机要信息中心以前年度尾款 (0.83 of it), not 2020年机要信息中心运维费 (0.71).)
  const fuller = hits.find((h) => h.coverage >= 0.8 && h.coverage - hits[0]!.coverage >= 0.1);
  const best = fuller && hits[0]!.via !== 'exact' && hits[0]!.via !== 'code' ? fuller : hits[0]!;
  const top = ent(best);
  const ties = hits.filter(
    (h) =>
      h.score - best.score < 0.02 &&
      Math.abs(h.coverage - best.coverage) < 0.02 &&
      ent(h).kind === top.kind &&
      h.via === best.via,
  );
  // A bare word of two characters found inside several names of different kinds (运维: 公车运维 and three
  // 运维费 items; 尾款) is no one of them.
  // (So is such a word with a level word after it: 服务类 is 服务 of 一般公共服务类 and of 商品和服务支出.)
  const stem = chars === 3 ? /^(\p{Script=Han}{2})[类款项]$/u.exec(text)?.[1] : undefined;
  if ((chars <= 2 || stem) && best.via !== 'exact' && best.via !== 'code') {
    const others = stem
      ? ctx.search(stem, { limit: 12, scope: ctx.datasetId, minCoverage: 0.99 }).filter(named)
      : [];
    const inside = [...hits, ...others].filter((h) => h.coverage >= 0.99 && h.via === best.via);
    const kinds = new Set(inside.map((h) => ent(h).kind));
    const amounts = new Set(inside.flatMap((h) => (ent(h).amount ? [ent(h).amount!.toFixed(2)] : [])));
    // ("df" beside "sf": initials typed for a short name are the names whose own initials they are —
    // 电费 and its one line, not 评价得分 or 邮电费, which merely hold them.)
    if (inside.length > 1 && /^[a-z]{2,4}$/.test(text)) {
      const initials = (name: string) =>
        [...(name.split('_').pop() ?? name)]
          .map((c) => (/\p{Script=Han}/u.test(c) ? ctx.pinyin(c)[0] : ''))
          .join('');
      const own = inside.filter((h) => initials(ent(h).name) === text);
      const one = new Set(own.map((h) => ent(h).amount?.toFixed(2) ?? ''));
      if (own.length > 0 && one.size === 1) {
        const pick = own.find((h) => ent(h).kind === 'item') ?? own[0]!;
        return { entity: ent(pick), coverage: pick.coverage };
      }
    }
    if (inside.length > 1 && kinds.size > 1 && amounts.size > 1)
      return { entity: null, ambiguous: inside.map(ent), coverage: best.coverage };
  }
  // "政务外网安全等保测评项目" is not 政务外网安全外包服务: a name asked for (it ends as names do) with a
  // run of characters the found name does not have at all is another thing, which the data lacks.
  if (asName && best.via !== 'exact' && best.via !== 'code' && foreignRun(text, top)) return null;
  const differ = ties.some((h) => !ent(h).amount?.equals(top.amount ?? -1));
  if (ties.length > 1 && best.via !== 'exact' && best.via !== 'code' && differ)
    return { entity: null, ambiguous: ties.map(ent), coverage: best.coverage };
  if (ties.length > 1 && best.via === 'exact' && top.kind === 'item' && differ)
    return { entity: null, ambiguous: ties.map(ent), coverage: best.coverage };
  return { entity: top, coverage: best.coverage };
}

/** How a name asked for ends (…项目, …费, …系统). */
const NAMED_END = /(?:项目|经费|费|工程|系统|服务|平台|中心|补贴|设备|购置)$/u;
/** Words of any name, which say nothing about which one. */
const GENERIC_WORDS = /项目|经费|费用|专项|工作|资金|西城区|北京市|\d{4}年度?/gu;

/** `text` holds three characters in a row, none of them in any name of `e`. */
function foreignRun(text: string, e: Entity): boolean {
  const known = new Set([...e.name, ...e.aliases.join(''), ...e.fuzzyNames.join('')]);
  let run = 0;
  for (const c of text.replace(GENERIC_WORDS, ' ')) {
    run = /\p{Script=Han}/u.test(c) && !known.has(c) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

const MONEY_WORDS: ReadonlySet<string> = new Set(['资金', '经费', '费用', '款项']);

const SOFT_SPLIT: ReadonlySet<string> = new Set([
  'conj',
  'share',
  'scope',
  'change',
  'followup',
  'filler',
  'measure',
  'time',
]);

/** Resolve a chunk: as a whole, or split at the one-character marks inside it when each part resolves better. */
function resolveChunk(
  ctx: UnderstandContext,
  r: Reading,
  chunk: Reading['chunks'][number],
  want: EntityKind | null,
): { mentions: Mention[]; consumed: MarkHit[]; unresolved: string[] } {
  const inside = r.marks.filter(
    (m) => m.start >= chunk.start && m.end <= chunk.end && SOFT_SPLIT.has(m.mark.cat),
  );
  const strict = r.text.length > 40;
  // One character is not a name, and neither is a run longer than any name (the search's cost grows
  // with the query's length: a 300-letter string must stay cheap).
  const length = [...chunk.text].length;
  // One character is not a name, and neither is a bare year ("2018年" left beside a name) or a count of
  // the things named ("…智能机要文件交换箱三个加起来").
  // ("车的钱": one character that is, exactly, the short name of one thing — 车, the official cars.)
  if (
    length === 1 &&
    /\p{Script=Han}/u.test(chunk.text) &&
    /^的?(?:钱|费|经费)/.test(r.text.slice(chunk.end).replace(/^的钱/, '钱'))
  ) {
    const exact = ctx
      .search(chunk.text, { limit: 3, scope: ctx.datasetId, minCoverage: 0.99 })
      .filter((h) => h.via === 'exact');
    if (exact.length === 1)
      return {
        mentions: [
          {
            start: chunk.start,
            end: chunk.end,
            text: chunk.text,
            entity: ctx.entity(exact[0]!.id)!,
            via: 'search',
          },
        ],
        consumed: [],
        unresolved: [],
      };
  }
  // ("西城区政府办2020年三公…": the department itself, named — whose budget, never a project matched by
  // search on its words.)
  if (length >= 4 && ctx.department && abbreviates(chunk.text, ctx.department))
    return { mentions: [], consumed: [], unresolved: [chunk.text] };
  if (
    length < 2 ||
    /^(?:(?:19|20)\d{2}年度?|[和与及跟同、，,\s])+$/.test(chunk.text) ||
    /^[一两二三四五六七八九十俩](?:个|种)$/.test(chunk.text)
  )
    return { mentions: [], consumed: [], unresolved: [] };
  if (length > (/[a-z]/.test(chunk.text) ? 40 : 30))
    return { mentions: [], consumed: [], unresolved: [chunk.text] };
  // A bare word for money (资金, 经费) names no one thing: "绩效目标涉及多少资金" is not 政府采购预算资金.
  if (MONEY_WORDS.has(chunk.text))
    return {
      mentions: [{ start: chunk.start, end: chunk.end, text: chunk.text, entity: null, via: 'search' }],
      consumed: [],
      unresolved: [],
    };
  const asName = NAMED_END.test(chunk.text) || /^(?:项目|经费)/.test(r.text.slice(chunk.end));
  // ("尾款类里最少那笔": the things of a kind named by a word of their names — that word.)
  const kind = /^(\p{Script=Han}{2,})(?:这一?类|那一?类|一类|类的|类)$/u.exec(chunk.text)?.[1];
  // ("机要信息中心的尾款": the 的 inside a run says nothing of which name.)
  const bare = chunk.text.replace(/(?<=\p{Script=Han}{2})的(?=\p{Script=Han}{2})/gu, '');
  let whole =
    (bare !== chunk.text ? fuzzy(ctx, bare, want, strict, asName) : null) ??
    fuzzy(ctx, chunk.text, want, strict, asName) ??
    (kind ? fuzzy(ctx, kind, want, strict) : null);
  // ("通用设备" → "占总额比例": of the candidates, the one of the family the conversation is in.)
  if (whole?.ambiguous && !whole.entity && ctx.near?.size) {
    const inFamily = whole.ambiguous.filter((e) => ctx.near!.has(family(e) ?? ''));
    // (Two names of one figure — 固定资产总额 and the topic 国有资产占用, both 15,753.22 万元 — are one.)
    const figure = (e: Entity) => {
      const f = e.view().primary;
      return f ? `${f.value.toFixed()} ${f.unit}` : e.id;
    };
    if (inFamily.length >= 1 && new Set(inFamily.map(figure)).size === 1)
      whole = { entity: inFamily[0]!, coverage: whole.coverage };
  }
  // ("备品备件" → "专线光纤租费" → "运行维护那项": a name of the family the conversation is in that holds the
  // words whole — the project's 运行维护项目 — before another family's closer match, 公务用车运行维护费.)
  if (
    whole?.entity &&
    ctx.near?.size &&
    !ctx.near.has(family(whole.entity) ?? '') &&
    [...chunk.text].length >= 3
  ) {
    const kin = ctx
      .search(chunk.text, { limit: 12, scope: ctx.datasetId, minCoverage: 0.5 })
      .map((h) => ctx.entity(h.id)!)
      .filter((e) => e && ctx.near!.has(family(e) ?? '') && e.name.includes(chunk.text));
    if (kin.length === 1) whole = { entity: kin[0]!, coverage: whole.coverage };
  }
  // ("党建工作经费": the words that say which one — 党建 — are in no part of 服务联络办工作经费: a near miss on
  // the common ending is another thing, not found, never that one's figure.)
  if (whole?.entity && !whole.ambiguous && qualifierMissing(ctx, chunk.text, whole.entity)) whole = null;
  const asMention = (start: number, end: number, f: Fuzzy): Mention => ({
    start,
    end,
    text: r.text.slice(start, end),
    entity: f.entity,
    ...(f.ambiguous ? { ambiguous: f.ambiguous } : {}),
    via: 'search',
  });
  if (inside.length > 0) {
    const parts: { start: number; end: number }[] = [];
    let s = chunk.start;
    for (const m of inside) {
      if (m.start > s) parts.push({ start: s, end: m.start });
      s = m.end;
    }
    if (s < chunk.end) parts.push({ start: s, end: chunk.end });
    const named = parts.filter((p) => [...r.text.slice(p.start, p.end)].length >= 2);
    const found = named.map((p) => ({ p, f: fuzzy(ctx, r.text.slice(p.start, p.end), want, strict) }));
    const good = found.filter((x) => x.f && (x.f.entity || x.f.ambiguous));
    const wholeCov = whole && (whole.entity || whole.ambiguous) ? whole.coverage : 0;
    // Split when every part is a name (no stray character left) that resolves at least as well as the
    // whole chunk does.
    if (
      good.length > 0 &&
      named.length === parts.length &&
      good.length === named.length &&
      good.every((x) => x.f!.coverage >= Math.min(wholeCov, 0.99)) &&
      // (A whole that reads as one thing is not split into pieces that each leave open which thing:
      // 机要的以前年度尾款 is 机要信息中心以前年度尾款, not 机要 (three things) + 以前年度尾款 (four).)
      !(whole?.entity && wholeCov >= 0.8 && good.every((x) => !x.f!.entity)) &&
      // (Nor is a name said with a 的 inside it, when without the 的 it is a name exactly: 通讯指挥中心的以前
      // 年度尾款 is 通讯指挥中心以前年度尾款, not the center's project and some 尾款.)
      !(
        bare !== chunk.text &&
        whole?.entity &&
        !whole.ambiguous &&
        normalizeText(whole.entity.name) === normalizeText(bare)
      ) &&
      // (…nor when one piece leaves open which of several things, and the whole, 的 dropped, is one of them:
      // 通讯指挥中心的尾款 is 通讯指挥中心以前年度尾款 — one of the five 尾款 — not the center's project.)
      !(
        bare !== chunk.text &&
        whole?.entity &&
        !whole.ambiguous &&
        wholeCov >= 0.75 &&
        good.some((x) => !x.f!.entity && x.f!.ambiguous?.some((e) => e.id === whole.entity!.id))
      ) &&
      // (A whole that reads well as the name one of its pieces reads as is that name, a typo inside:
      // 通讯指挥中新运维费 is not 通讯指挥 + 新运维费.)
      !(whole?.entity && wholeCov >= 0.8 && good.some((x) => x.f!.entity?.id === whole.entity!.id)) &&
      // (Nor is a mark that sits inside the name the whole reads as: the 中 of 通迅指挥中心以前年度尾款.)
      !(
        whole?.entity &&
        wholeCov >= 0.75 &&
        inside.some(
          (m) =>
            whole.entity!.name.includes(r.text.slice(m.start - 1, m.end + 1)) ||
            // (…a typo beside it: the 中 of 通讯指会中心以前年度尾款.)
            (whole.entity!.name.includes(r.text.slice(m.start, m.end + 1)) &&
              m.end + 1 - m.start >= 2 &&
              wholeCov >= 0.85),
        )
      )
    )
      return {
        mentions: good.map((x) => asMention(x.p.start, x.p.end, x.f!)),
        consumed: [],
        unresolved: [],
      };
    // 和 / 与 / 、 inside: two names when the pieces between the conjunctions each resolve, to
    // different things, and the whole chunk only matched one of them ("机要运维和软件正版化").
    const cuts = inside.filter((m) => m.mark.cat === 'conj');
    if (cuts.length > 0) {
      const pieces: { start: number; end: number }[] = [];
      let from = chunk.start;
      for (const m of cuts) {
        pieces.push({ start: from, end: m.start });
        from = m.end;
      }
      pieces.push({ start: from, end: chunk.end });
      const each = pieces.map((p) => ({ p, f: fuzzy(ctx, r.text.slice(p.start, p.end), want, strict) }));
      const ids = new Set(each.map((x) => x.f?.entity?.id));
      if (
        each.length >= 2 &&
        each.every((x) => x.f?.entity && x.f.coverage >= 0.6) &&
        ids.size === each.length &&
        (!whole?.entity || ids.has(whole.entity.id))
      )
        return {
          mentions: each.map((x) => asMention(x.p.start, x.p.end, x.f!)),
          consumed: [],
          unresolved: [],
        };
    }
    // (A stray character between the pieces — 中 of 机关服务中心 — says the mark was inside a word: only
    // pieces that are names as written are kept then, not near-misses.)
    const stray = named.length < parts.length;
    if (good.length > 0 && wholeCov < 0.5 && (!stray || good.every((x) => x.f!.coverage >= 0.99))) {
      // (A piece that shares two characters in a row with a name found beside it says more of that name —
      // "讯飞听见那套会议系统买下来": 会议系统 is of 购置讯飞听见会议系统 — and is nothing unknown.)
      const names = good.flatMap((x) => [x.f!.entity, ...(x.f!.ambiguous ?? [])]).map((e) => e?.name ?? '');
      const ofFound = (t: string) => {
        const cs = [...t];
        return cs.some((c, k) => k > 0 && names.some((n) => n.includes(cs[k - 1]! + c)));
      };
      const bad = found.filter(
        (x) => (!x.f || (!x.f.entity && !x.f.ambiguous)) && !ofFound(r.text.slice(x.p.start, x.p.end)),
      );
      return {
        mentions: good.map((x) => asMention(x.p.start, x.p.end, x.f!)),
        consumed: [],
        unresolved: bad.map((x) => r.text.slice(x.p.start, x.p.end)),
      };
    }
  }
  if (whole && (whole.entity || whole.ambiguous))
    return {
      mentions: [asMention(chunk.start, chunk.end, whole)],
      consumed: r.marks.filter((m) => m.start >= chunk.start && m.end <= chunk.end),
      unresolved: [],
    };
  return { mentions: [], consumed: [], unresolved: [chunk.text] };
}

/** Every name the question mentions, in order: exact names, codes, table numbers, then fuzzy chunks. */
export function findMentions(
  ctx: UnderstandContext,
  r: Reading,
  want: EntityKind | null,
): { mentions: Mention[]; unresolved: string[]; consumed: MarkHit[] } {
  const mentions: Mention[] = [];
  const merged = new Set<Reading['chunks'][number]>();
  const candidatesOf = (n: Reading['names'][number]) =>
    n.ids.map((id) => ctx.entity(id)).filter((e): e is Entity => !!e);
  // The families the question itself names without doubt (固定资产 in "固定资产里车辆"), with the conversation's.
  // (The question's own families first: "资产情况里车辆" after 公车 is the assets' 车辆.)
  const own = new Set<string>();
  for (const n of r.names) {
    const fs = new Set(candidatesOf(n).map(family));
    const only = fs.size === 1 ? [...fs][0] : null;
    if (only) own.add(only);
  }
  const near = new Set([...(ctx.near ?? []), ...own]);
  for (const n of r.names) {
    const candidates = candidatesOf(n);
    const ownFamily = candidates.filter((e) => own.has(family(e) ?? ''));
    let d = decide(
      candidates,
      want,
      ownFamily.length > 0 && ownFamily.length < candidates.length ? own : near,
    );
    // ("津贴补贴多少": lines of one name under one code — the code of that very name is their sum.)
    // (Only when nothing else in the question could pick one of them: a qualifier, a scope, another name.)
    const alone =
      r.names.length === 1 &&
      r.chunks.every((c) => [...c.text].length < 2) &&
      !r.marks.some((m) => m.mark.cat === 'scope');
    const sameCode =
      alone && d.ambiguous?.every((e) => e.item)
        ? candidates.find((e) => (e.kind === 'economic' || e.kind === 'functional') && e.name === n.text)
        : undefined;
    if (
      sameCode &&
      d.ambiguous!.every(
        (e) =>
          e.item!.departmentEconomic.code === sameCode.codes[0] ||
          e.item!.functional?.code === sameCode.codes[0],
      )
    )
      d = { entity: sameCode };
    // A name with unread text glued to it ("绩效" + "管理" → 绩效管理项目): the whole may name something
    // more specific than the name alone.
    const before = r.chunks.find((c) => c.end === n.start && !merged.has(c));
    // (…or after 的: "绩效管理项目的尾款" → 西城区2020年政府绩效管理项目尾款.)
    const of = r.text[n.end] === '的' ? 1 : 0;
    const after =
      r.chunks.find((c) => c.start === n.end && !merged.has(c)) ??
      (of
        ? r.chunks.find((c) => c.start === n.end + 1 && !merged.has(c) && [...c.text].length >= 2)
        : undefined);
    // (Both sides, then each side alone: "可能会被问到" before 绩效 is chatter, "管理" after it is the name's.)
    const sides = [
      [before, after],
      [undefined, after],
      [before, undefined],
    ].filter(([b, a], i) => (b || a) && (i === 0 || (before && after)));
    let glued = false;
    for (const [b, a] of sides) {
      const start = b?.start ?? n.start;
      const end = a?.end ?? n.end;
      const joined = a && a.start > n.end ? r.text.slice(start, n.end) + a.text : r.text.slice(start, end);
      const f = fuzzy(ctx, joined, want, true);
      // One glued character is a typo of the name's last one (离休废) or a word of its own (项目支出比):
      // only a match by sound takes it in.
      const oneChar = (b && [...b.text].length === 1) || (a && [...a.text].length === 1);
      if (f?.entity && f.coverage >= 0.8 && (!oneChar || f.sound)) {
        if (b) merged.add(b);
        if (a) merged.add(a);
        // (The same name, a typo glued to it: "科学技术之出" is 科学技术支出 — the text is read as one.)
        mentions.push({ start, end, text: r.text.slice(start, end), entity: f.entity, via: 'search' });
        glued = true;
        break;
      }
    }
    // "其他医疗支出": 其他 before a name is the one "其他…" line of that name (2101199 其他行政事业单位医疗支出),
    // when the data has exactly one.
    if (!glued && before && /^(?:其他|其它)$/.test(before.text)) {
      const others = ctx
        .search(`其他${n.text}`, { limit: 12, scope: ctx.datasetId, minCoverage: 0 })
        .map((h) => ctx.entity(h.id)!)
        .filter((e) => /^其[他它]/.test(e.name) && e.name.includes(n.text));
      const one = [...new Map(others.map((e) => [e.amount?.toFixed(2) ?? e.id, e])).values()];
      if (one.length === 1) {
        merged.add(before);
        mentions.push({
          start: before.start,
          end: n.end,
          text: r.text.slice(before.start, n.end),
          entity: others.find((e) => e.kind !== 'item') ?? one[0]!,
          via: 'search',
        });
        continue;
      }
    }
    if (glued) continue;
    mentions.push({
      start: n.start,
      end: n.end,
      text: n.text,
      entity: d.entity,
      ...(d.ambiguous ? { ambiguous: d.ambiguous } : {}),
      via: 'name',
    });
  }
  const unresolved: string[] = [];
  for (const n of r.numbers) {
    if (n.kind === 'code') {
      const e =
        ctx.entity(`${ctx.datasetId}/functional/${n.code}`) ??
        ctx.entity(`${ctx.datasetId}/economic/${n.code}`);
      if (e) mentions.push({ start: n.start, end: n.end, text: n.code, entity: e, via: 'code' });
      else unresolved.push(n.code);
    }
    if (n.kind === 'table') {
      const e = ctx.entity(`${ctx.datasetId}/table/${n.table}`);
      if (e)
        mentions.push({
          start: n.start,
          end: n.end,
          text: r.text.slice(n.start, n.end),
          entity: e,
          via: 'table',
        });
      else unresolved.push(r.text.slice(n.start, n.end));
    }
  }
  const consumed: MarkHit[] = [];
  for (const c of r.chunks) {
    if (merged.has(c)) continue;
    // An English word that only carries the wording ("there", "from") names nothing.
    if (/^[a-z]+$/i.test(c.text) && ENGLISH_WORDING.has(c.text.toLowerCase())) continue;
    const res = resolveChunk(ctx, r, c, want);
    mentions.push(...res.mentions);
    consumed.push(...res.consumed);
    unresolved.push(...res.unresolved);
  }
  // "公物接待费": a wrong word left beside a name found is read with it, when together they sound like a
  // name of the data (公物接待费 → 公务接待费).
  for (const c of r.chunks) {
    const at = unresolved.indexOf(c.text);
    if (at < 0 || !/^\p{Script=Han}{2,4}$/u.test(c.text)) continue;
    const m = mentions.find((x) => x.entity && x.start === c.end);
    if (!m) continue;
    const joined = c.text + m.text;
    const f = fuzzy(ctx, joined, want);
    if (f?.entity && f.sound) {
      Object.assign(m, { start: c.start, text: joined, entity: f.entity });
      unresolved.splice(at, 1);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // "公车运为费": a name read whole (公车) and a miswritten word right after it (运为费) that together
  // sound like one name of the same part of the budget (公车运维费 → 公务用车运行维护费).
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.via !== 'name' || b.via !== 'search' || a.end !== b.start || !a.entity) continue;
    if (!/^\p{Script=Han}{2,4}$/u.test(b.text) || !/^\p{Script=Han}+$/u.test(a.text)) continue;
    // (The longest form of the dictionary that begins with the name and whose pinyin the two begin with.)
    const spoken = ctx.pinyin(`${a.text}${b.text}`);
    let best: { form: string; ids: readonly string[] } | null = null;
    for (const [form, ids] of ctx.dictionary.forms) {
      if (!form.startsWith(a.text) || form.length < a.text.length + 2) continue;
      if (form.length > a.text.length + b.text.length) continue;
      if (spoken.startsWith(ctx.pinyin(form)) && (!best || form.length > best.form.length))
        best = { form, ids };
    }
    const e = best && best.ids.length === 1 ? ctx.entity(best.ids[0]!) : undefined;
    if (!e || e.id === a.entity.id || family(e) === null || family(e) !== family(a.entity)) continue;
    mentions.splice(i, 2, { start: a.start, end: b.end, text: `${a.text}${b.text}`, entity: e, via: 'name' });
  }
  // "绩效管理项目的尾款": a word that names a part of several things (尾款), said of one thing found just
  // before it, is that thing's part (西城区2020年政府绩效管理项目尾款) — when the data has such a part.
  // (…or of the one thing the conversation was about, when the question names nothing else: "还有尾款没".)
  const lone =
    mentions.length === 1 && !mentions[0]!.entity && mentions[0]!.ambiguous ? mentions[0]! : undefined;
  const before = ctx.about?.length === 1 ? ctx.about[0]! : undefined;
  const f = lone && before ? fuzzy(ctx, `${before.name}${lone.text}`, want, true) : undefined;
  if (
    lone &&
    before &&
    f?.entity &&
    f.entity.id !== before.id &&
    f.entity.name.includes(lone.text) &&
    f.coverage >= 0.8
  ) {
    mentions.splice(0, 1, { ...lone, entity: f.entity, ambiguous: undefined, via: 'search' } as Mention);
  } else if (
    lone?.ambiguous &&
    (((ctx.about?.length ?? 0) > 1 && /这个|那个|该|它的|它们的|其/.test(r.text)) ||
      // ("以前年度尾款也有吗" after 通讯指挥中心运维费: its own — not when all of them are asked for.)
      // ("加上今年的运维费一共多少" after 机要信息中心以前年度尾款: one more added to it — its own again.)
      (before &&
        (!/哪些|哪几|都有|分别|各|几[笔个项]|一共|合计|所有|全部|加起来/.test(r.text) ||
          /^(?:那|那么)?(?:再)?加上/.test(r.text.trim()))))
  ) {
    // ("那这个中心的以前年度尾款呢" after a part of 通讯指挥中心运维费: the candidate that begins like one of the
    // things the conversation is about — the same centre — when exactly one does.)
    const stemOf = (name: string) =>
      name.replace(/^(?:19|20)\d{2}年度?/, '').replace(/^(?:北京市)?西城区/, '');
    const prefix = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && a[n] === b[n]) n++;
      return n;
    };
    const scored = lone.ambiguous.map((e) => ({
      e,
      n: Math.max(...ctx.about!.map((a) => prefix(stemOf(a.name), stemOf(e.name)))),
    }));
    const best = Math.max(...scored.map((x) => x.n));
    const top = scored.filter((x) => x.n === best);
    if (best >= 3 && top.length === 1)
      mentions.splice(0, 1, { ...lone, entity: top[0]!.e, ambiguous: undefined, via: 'search' } as Mention);
  }
  // "机要信息中心、通讯指挥中心、公共安全图像三笔以前年度尾款": names listed before a name they share
  // (several things' 以前年度尾款) — each one's own, when each names exactly one of them.
  for (let h = mentions.length - 1; h >= 2; h--) {
    const head = mentions[h]!;
    if (head.entity || !head.ambiguous || head.ambiguous.length < 2) continue;
    const gap = r.text.slice(mentions[h - 1]!.end, head.start);
    if (!/^(?:这|那)?(?:[两二三四五六七八九十\d]+(?:笔|个|项|条))?的?$/.test(gap)) continue;
    const k = listStart(r.text, mentions, h - 1);
    const listed = mentions.slice(k, h);
    if (listed.length < 2) continue;
    const own = listed.map((m) => head.ambiguous!.filter((e) => e.name.includes(m.text)));
    if (!own.every((o) => o.length === 1) || new Set(own.map((o) => o[0]!.id)).size !== own.length) continue;
    mentions.splice(
      k,
      h - k + 1,
      ...listed.map((m, i) => ({ ...m, entity: own[i]![0]!, ambiguous: undefined, via: 'search' as const })),
    );
    break;
  }
  // (…or the shared name read with the last of them — "…、公共安全图像三笔以前年度尾款": the ending the last
  // one's text and name share, given to each before it whose name with it is one of the data's.)
  for (let h = mentions.length - 1; h >= 2; h--) {
    const last = mentions[h]!;
    if (!last.entity?.item) continue;
    let n = 0;
    while (
      n < last.text.length &&
      n < last.entity.name.length &&
      last.text.at(-1 - n) === last.entity.name.at(-1 - n)
    )
      n++;
    if (n < 2 || n >= last.text.length) continue;
    const ending = last.text.slice(-n);
    const k = listStart(r.text, mentions, h);
    if (h - k < 1) continue;
    const own = mentions.slice(k, h).map((m) => {
      const ids = ctx.dictionary.forms.get(`${m.text}${ending}`) ?? [];
      return ids.length === 1 ? ctx.entity(ids[0]!) : undefined;
    });
    if (!own.every((e) => e?.item)) continue;
    for (let i = k; i < h; i++)
      mentions[i] = { ...mentions[i]!, entity: own[i - k]!, ambiguous: undefined, via: 'search' };
    break;
  }
  // ("这里说项目支出8691.03万，跟表里的项目支出差多少": a name followed by the amount a stated figure of
  // that name has is that stated figure — 项目支出（绩效说明所引）, not the table's 项目支出.)
  for (const [i, m] of mentions.entries()) {
    const amount = r.numbers.find((n) => n.kind === 'amount' && n.start >= m.end && n.start <= m.end + 1);
    if (!m.entity || amount?.kind !== 'amount') continue;
    const base = m.entity.name;
    const stated = [...ctx.dictionary.forms.entries()]
      .filter(([form]) => form.startsWith(base) && form !== base)
      .flatMap(([, ids]) => ids.map((id) => ctx.entity(id)))
      .find((e) => {
        const f = e?.kind === 'fact' ? e.view().primary : null;
        if (!f || (f.unit !== '元' && f.unit !== '万元')) return false;
        const yuan = f.unit === '万元' ? f.value.times(10000) : f.value;
        return yuan.equals(amount.yuan);
      });
    if (stated) mentions[i] = { ...m, entity: stated, ambiguous: undefined };
  }
  // ("跟说明里绩效那段的8691.03对得上吗": an amount said where the narrative says it, with no name before it,
  // is the figure the narrative quotes with that amount — 项目支出（绩效说明所引）; the words that only say
  // where — 绩效那段 — name nothing.)
  let said: Entity[] | undefined;
  if (/说明|文中|原文|那段|这段|文字/.test(r.text))
    for (const n of r.numbers) {
      if (
        n.kind !== 'amount' ||
        mentions.some((m) => m.entity?.kind === 'fact' && m.end <= n.start && n.start <= m.end + 1)
      )
        continue;
      const quoted = (said ??= quotedFacts(ctx)).filter((e) => {
        const f = e.view().primary;
        if (!f || (f.unit !== '元' && f.unit !== '万元')) return false;
        return (f.unit === '万元' ? f.value.times(10000) : f.value).equals(n.yuan) || f.value.equals(n.yuan);
      });
      if (quoted.length !== 1) continue;
      const kept = mentions.filter(
        (m) => !(m.end <= n.start && /^(?:的)?(?:那段|这段|那部分|部分|一段|段落)/.test(r.text.slice(m.end))),
      );
      const at = kept.findIndex((m) => m.start >= n.end);
      const made: Mention = {
        start: n.start,
        end: n.end,
        text: r.text.slice(n.start, n.end),
        entity: quoted[0]!,
        via: 'search',
      };
      mentions.splice(
        0,
        mentions.length,
        ...(at < 0 ? [...kept, made] : [...kept.slice(0, at), made, ...kept.slice(at)]),
      );
    }
  // ("说明里的项目支出", "绩效那段写的项目支出": a name said where the narrative says it is the figure the
  // narrative quotes under that name — 项目支出（绩效说明所引）.)
  for (const [i, m] of mentions.entries()) {
    if (!m.entity || m.entity.kind === 'fact') continue;
    const before = r.text.slice(Math.max(0, m.start - 12), m.start);
    if (
      // ("文中用的项目支出", "这里说的项目支出" while the sentence is being discussed: the same.)
      !/(?:说明|绩效那段|那段文字|文字里|文字说明|文中|原文|文件里|这段|那段)(?:里|中|上)?(?:的|写的|说的|提到的|用的|所引的?)?$|这里(?:说|写|用)的?$/.test(
        before,
      )
    )
      continue;
    const quoted = narrativeFigure(ctx, m.entity.name);
    if (quoted) mentions[i] = { ...m, entity: quoted, ambiguous: undefined };
  }
  // "通讯指挥中心的运维费和以前年度尾款各多少": a name's start said once before two endings — each the
  // line of that start and ending, when the data has exactly one of each (every split of the first part
  // into start and ending is tried).
  for (const d of r.text.matchAll(
    /(\p{Script=Han}{4,20}?)(?:和|与|及|跟|、)(\p{Script=Han}{2,8}?)(?=各|分别|一共|加起来|合计|都|多少|是多少|呢|[，,？?]|$)/gu,
  )) {
    const [whole, left, b] = d as unknown as [string, string, string];
    // (The line of that name: a project of the same name is the same money.)
    const one = (name: string) => {
      const lines = (ctx.dictionary.forms.get(name) ?? [])
        .map((id) => ctx.entity(id))
        .filter((e) => e?.kind === 'item');
      return lines.length === 1 ? lines[0] : undefined;
    };
    let pair: (Entity | undefined)[] = [];
    for (let k = 2; k <= left.length - 2 && !pair.length; k++) {
      const head = left.slice(0, k).replace(/的$/, '');
      const a = left.slice(k).replace(/^的/, '');
      const found = [one(`${head}${a}`), one(`${head}${b}`)];
      if (found[0] && found[1] && found[0].id !== found[1].id && found.every((e) => e!.kind === 'item'))
        pair = found;
    }
    if (!pair.length) continue;
    const start = d.index;
    const end = start + whole.length;
    const kept = mentions.filter((m) => m.end <= start || m.start >= end);
    const at = kept.findIndex((m) => m.start >= end);
    const made = pair.map((e) => ({ start, end, text: whole, entity: e!, via: 'search' as const }));
    mentions.splice(
      0,
      mentions.length,
      ...(at < 0 ? [...kept, ...made] : [...kept.slice(0, at), ...made, ...kept.slice(at)]),
    );
  }
  // "18年19年无线网络租赁费", "2018和2019年的无线网络租赁费": years listed before a name lines of several
  // years share are each year's line — when the data has exactly one of that name for every year.
  for (const ys of r.text.matchAll(
    /((?:19|20)?\d{2})年?(?:度)?\s*(?:和|与|、|跟|及|以及|,|，|\/)?\s*((?:19|20)?\d{2})年(?:度)?(?:的)?/g,
  )) {
    const end = ys.index + ys[0].length;
    // (The name may begin inside the years — "19年无线网络租赁费" read as 2019年无线网络租赁费.)
    const i = mentions.findIndex(
      (m) => m.start > ys.index && m.start <= end + 1 && m.end > end && !!(m.entity ?? m.ambiguous?.[0]),
    );
    const m = mentions[i];
    const named = m?.entity ?? m?.ambiguous?.[0];
    if (!m || !named) continue;
    const stem = named.name.replace(/^(?:19|20)\d{2}年度?/, '');
    const full = (y: string) => (y.length === 2 ? `20${y}` : y);
    const each = [ys[1]!, ys[2]!].map((y) => {
      const ids = ctx.dictionary.forms.get(`${full(y)}年${stem}`) ?? [];
      return ids.length === 1 ? ctx.entity(ids[0]!) : undefined;
    });
    if (!each.every((e) => e?.kind === 'item') || each[0]!.id === each[1]!.id) continue;
    mentions.splice(
      i,
      1,
      ...each.map((e) => ({
        ...m,
        start: ys.index,
        entity: e!,
        ambiguous: undefined,
        via: 'search' as const,
      })),
    );
    // (…and the years themselves are no name: "2018和2019年" is not 2018年云平台….)
    for (let k = mentions.length - 1; k >= 0; k--)
      if (mentions[k]!.start < end && mentions[k]!.end <= end && mentions[k]!.start >= ys.index)
        mentions.splice(k, 1);
  }
  // ("离休费多少钱" → "退休的呢": a word in place of the start of the thing before's name — 退休 for 离休 in
  // 离休费 — is the thing of that name, when the data has it: 退休费, of the same kind.)
  const prevOne = ctx.about?.length === 1 ? ctx.about[0]! : undefined;
  // (…and of a stated count: "行政编制几个" → "事业呢" is 事业编制.)
  if (
    prevOne &&
    (['item', 'economic', 'functional'].includes(prevOne.kind) ||
      ((prevOne.kind === 'fact' || prevOne.kind === 'topic') &&
        mentions.length === 1 &&
        mentions[0]!.text.length <= 3)) &&
    // (Not when it counts people — "离休几个人" is the staff, not 离休费.)
    (prevOne.kind === 'fact' || prevOne.kind === 'topic' || !/几|多少人|人数|多少个/.test(r.text)) &&
    mentions.length === 1 &&
    (prevOne.kind === 'fact' || prevOne.kind === 'topic' || mentions[0]!.entity) &&
    mentions[0]!.entity?.kind !== prevOne.kind
  ) {
    const m = mentions[0]!;
    const own = prevOne.name.replace(/^.*_/, '');
    const word = m.text.replace(/的$/, '');
    if (own.length > word.length && !own.startsWith(word) && /^\p{Script=Han}{2,4}$/u.test(word)) {
      const ids = ctx.dictionary.forms.get(`${word}${own.slice(word.length)}`) ?? [];
      const same = ids.map((id) => ctx.entity(id)).filter((e) => e?.kind === prevOne.kind);
      if (same.length === 1) mentions[0] = { ...m, entity: same[0]!, ambiguous: undefined };
    }
  }
  // ("人员经费呢" → "人员占多少": two characters the conversation's own subject begins with are that
  // subject, not another thing found for them — 人员构成.)
  for (const [i, m] of mentions.entries()) {
    if (!m.entity || m.via !== 'search' || [...m.text].length > 2) continue;
    const own = ctx.about?.filter((a) => a.id !== m.entity!.id && a.name.startsWith(m.text)) ?? [];
    if (own.length === 1) mentions[i] = { ...m, entity: own[0]! };
  }
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i]!;
    const owner = mentions[i - 1]!;
    // ("机要那个尾款": two names each several things share — the one thing named by both.)
    if (!m.entity && m.ambiguous && !owner.entity && owner.ambiguous) {
      if (!/^\s*(?:的|那个|那笔|的那个|的那笔|那|这个)?\s*$/.test(r.text.slice(owner.end, m.start))) continue;
      // (…the owner in pinyin — "jiyao 运维费" — by the candidates both have.)
      const both = /^[a-z]+$/i.test(owner.text)
        ? m.ambiguous.filter((e) => owner.ambiguous!.some((o) => o.id === e.id))
        : m.ambiguous.filter((e) => e.name.includes(owner.text));
      if (both.length === 1)
        mentions.splice(i - 1, 2, {
          start: owner.start,
          end: m.end,
          text: r.text.slice(owner.start, m.end),
          entity: both[0]!,
          via: 'search',
        });
      continue;
    }
    if (m.entity || !m.ambiguous || !owner.entity) continue;
    if (!/^(?:的|项目的|项目|的那笔|的那个)?$/.test(r.text.slice(owner.end, m.start))) continue;
    const f = fuzzy(ctx, `${owner.entity.name}${m.text}`, want, true);
    if (f?.entity && f.entity.id !== owner.entity.id && f.entity.name.includes(m.text) && f.coverage >= 0.8)
      mentions.splice(i - 1, 2, {
        start: owner.start,
        end: m.end,
        text: r.text.slice(owner.start, m.end),
        entity: f.entity,
        via: 'search',
      });
  }
  // "离退休人员那块日常公用支出": a group, 那块, then a kind of money — the line of that kind kept for that
  // group (日常公用支出（离退休人员）_…), when the data has one such line.
  const block = marksOf(r, 'filler').find((k) => /^(?:那块|这块|那部分|这部分)$/.test(k.text));
  if (block) {
    const left = mentions.filter((m) => m.end <= block.start);
    const right = mentions.filter((m) => m.start >= block.end);
    const a = left.length ? r.text.slice(left[0]!.start, block.start) : '';
    const b = right.length ? r.text.slice(block.end, right[right.length - 1]!.end) : '';
    const f = a && b ? fuzzy(ctx, `${b}${a}`.replace(/\s+/g, ''), want, true) : null;
    if (f?.entity?.kind === 'item' && f.coverage >= 0.95) {
      const start = left[0]!.start;
      const end = right[right.length - 1]!.end;
      mentions.splice(0, mentions.length, ...mentions.filter((m) => m.end <= start || m.start >= end), {
        start,
        end,
        text: r.text.slice(start, end),
        entity: f.entity,
        via: 'search',
      });
      mentions.sort((x, y) => x.start - y.start);
    }
  }
  // "维修（护）费科目下的…": a name said as a 科目 is the economic code of that name, not the one line
  // that also bears it.
  for (const m of mentions) {
    const item = m.entity?.item;
    const next = r.marks.find((k) => k.start >= m.end && k.start - m.end <= 1);
    if (!item || next?.mark.cat !== 'noun' || next.mark.value !== 'code') continue;
    const plain = (t: string) => t.replace(/[（）()\s]/g, '');
    const code = ctx.entity(`${ctx.datasetId}/economic/${item.departmentEconomic.code}`);
    if (code && plain(item.departmentEconomic.name) === plain(m.text)) m.entity = code;
  }
  // "2710会议室那两个项目（无纸化改造+平板电脑）": a name several things share, each of them named as well,
  // says nothing more — it is no question of which.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (
      !m.entity &&
      m.ambiguous?.length &&
      m.ambiguous.every((c) => mentions.some((o) => o.entity?.id === c.id))
    )
      mentions.splice(i, 1);
  }
  // "绩效管理项目…年度资金总额": said of a project, 年度资金总额 is a field of its own form (表十二), not the
  // department's whole-budget figure of the same words (表十一).
  // (…or after one: "Annual funding, in yuan?" following a project's 负责人.)
  if (
    mentions.some((m) => m.entity?.project) ||
    (mentions.length === 1 && !!ctx.about?.some((e) => e.project || e.kind === 'project'))
  )
    for (let i = mentions.length - 1; i >= 0; i--)
      if (
        /\/fact\/overall\.funding/.test(mentions[i]!.entity?.id ?? '') &&
        /^(?:年度)?资金总额$/.test(mentions[i]!.text)
      )
        mentions.splice(i, 1);
  // ("Total government procurement budget?": total beside another name is how that one is asked.)
  if (r.english && mentions.some((m) => m.entity && m.text !== 'total'))
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.text === 'total') mentions.splice(i, 1);
  // "养老、年金、医疗": named beside the staff's pension contributions, 医疗 is their medical contribution —
  // 行政单位医疗 (2101101), not the whole 款 with the retirees' line.
  const contributions = mentions.some((m) => /\/economic\/3010[89]$/.test(m.entity?.id ?? ''));
  const medical = ctx.entity(`${ctx.datasetId}/functional/2101101`);
  if (contributions && medical)
    for (const m of mentions)
      if (m.text === '医疗' && m.entity?.id.endsWith('/functional/21011')) m.entity = medical;
  // "国有资本经营预算拨款": 拨款 glued to a budget's name is that budget's money, not 财政拨款 besides.
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i]!;
    const before = mentions[i - 1]!;
    if (m.text === '拨款' && m.start === before.end && /预算$/.test(before.text) && before.entity)
      mentions.splice(i, 1);
  }
  // "扶贫挂职干部专项经费", "养老保险缴费": a generic word just after a name found, which that name's full
  // title goes on with, is the rest of that name — not a name of its own.
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i]!;
    const before = mentions[i - 1]!;
    if (m.entity || !before.entity || m.start - before.end > 2) continue;
    const title = before.entity.name.normalize('NFKC');
    if (title.includes(m.text) && title.indexOf(m.text) >= title.indexOf(before.text.slice(-1)))
      mentions.splice(i, 1);
  }
  // "申报绩效目标的项目资金", "…的项目涉及当年拨款": a counted thing the narrative also gives money for,
  // followed by a word for money, is that money figure (申报绩效目标项目的当年拨款). The thing may be its
  // topic ("绩效项目涉及多少当年拨款": the one fact of it named by that money word), or, with the verb
  // 涉及 and nothing else named, the fact the turn before was about ("有几个" → "涉及多少当年拨款").
  const moneyOf = (a: Entity, word: string): Entity | undefined => {
    const fam = family(a);
    const stem = a.name.slice(0, 4);
    const facts = [...ctx.dictionary.forms.values()]
      .flat()
      .map((id) => (id.includes('/fact/') ? ctx.entity(id) : undefined))
      .filter((e): e is Entity => !!e && e !== a && family(e) === fam);
    if (a.kind === 'fact') return facts.find((e) => e.name.startsWith(stem) && /拨款|资金|金额/.test(e.name));
    const named = [...new Set(facts.filter((e) => /拨款|资金/.test(word) && e.name.includes(word)))];
    return named.length === 1 ? named[0] : undefined;
  };
  const MONEY_WORD = /^(?:当年)?(?:资金|金额|经费|拨款|钱)$/;
  for (let i = mentions.length - 1; i > 0; i--) {
    const b = mentions[i]!;
    const a = mentions[i - 1]!;
    const gap = r.text.slice(a.end, b.start);
    if (
      !MONEY_WORD.test(b.text) ||
      (a.entity?.kind !== 'fact' && a.entity?.kind !== 'topic') ||
      (gap.length > 5 && !/^的?项目?涉及(?:了|到)?(?:多少|几多|哪些)?(?:当年)?$/.test(gap))
    )
      continue;
    const money = moneyOf(a.entity, b.text.replace(/^当年/, ''));
    if (money)
      mentions.splice(i - 1, 2, { ...a, end: b.end, text: r.text.slice(a.start, b.end), entity: money });
  }
  const was = ctx.about?.length === 1 ? ctx.about[0] : undefined;
  if (
    was?.kind === 'fact' &&
    mentions.length === 1 &&
    MONEY_WORD.test(mentions[0]!.text) &&
    /涉及/.test(r.text.slice(0, mentions[0]!.start))
  ) {
    const money = moneyOf(was, mentions[0]!.text.replace(/^当年/, ''));
    if (money) mentions[0] = { ...mentions[0]!, entity: money };
  }
  // ("表九里这个科目分几行" after 2080501: the table says where to count, 这个科目 what — the code before.)
  if (
    ctx.about?.length === 1 &&
    (ctx.about[0]!.kind === 'functional' || ctx.about[0]!.kind === 'economic') &&
    // ("那表九里全部加起来呢" after 30213 in 基本支出: all of that code's lines in 表九.)
    /(?:这个|该|此|这一)(?:科目|编码|代码)|全部|所有|全都|\bunder it\b|\bin total\b/i.test(r.text) &&
    mentions.length > 0 &&
    mentions.every((m) => m.entity?.kind === 'table')
  )
    mentions.splice(0, mentions.length);
  // "事业编制多少", "通用设备多少": a topic found by a name that is one of its own facts' names is that fact.
  for (const m of mentions) {
    if (m.entity?.kind !== 'topic') continue;
    const fam = family(m.entity);
    const fact = (ctx.dictionary.forms.get(m.text) ?? [])
      .map((id) => ctx.entity(id))
      .find((e) => e?.kind === 'fact' && e.name === m.text && family(e) === fam);
    if (fact) m.entity = fact;
  }
  // "差旅 会议 培训三项合计": a name several things share, read as the one named like its neighbours
  // (日常公用支出（在职人员）_差旅费, …_培训费 → …_会议费).
  const prefix = (e: Entity | null | undefined) =>
    e?.kind === 'item' && e.name.includes('_') ? e.name.split('_')[0] : null;
  const kin = new Set(mentions.map((m) => prefix(m.entity)).filter((x) => x));
  for (const m of mentions) {
    if (m.entity || !m.ambiguous || kin.size !== 1) continue;
    const same = m.ambiguous.filter((e) => kin.has(prefix(e)));
    if (same.length === 1) {
      m.entity = same[0]!;
      delete m.ambiguous;
    }
  }
  // "通讯指挥中心运维费和它的以前年度尾款": a name several items share, read as the one that begins like a
  // name found beside it (the same centre, office or system: at least three characters in common).
  const stem = (e: Entity) => e.name.replace(/^(?:19|20)\d{2}年度?/, '');
  const common = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  const found = mentions.filter((m) => m.entity?.kind === 'item').map((m) => stem(m.entity!));
  for (const m of mentions) {
    if (m.entity || !m.ambiguous || found.length === 0) continue;
    const scored = m.ambiguous.map((e) => ({ e, n: Math.max(...found.map((f) => common(f, stem(e)))) }));
    const best = Math.max(...scored.map((x) => x.n));
    const top = scored.filter((x) => x.n === best);
    if (best >= 3 && top.length === 1 && !found.includes(stem(top[0]!.e))) {
      m.entity = top[0]!.e;
      delete m.ambiguous;
    }
  }
  // "2018年和2019年的无线网络租赁费": a name several items share, told apart by the years the question gives.
  const years = [...r.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => `${m[1]}年`);
  for (let i = mentions.length - 1; i >= 0 && years.length > 0; i--) {
    const m = mentions[i]!;
    const byYear = (m.ambiguous ?? []).filter((e) => years.some((y) => e.name.includes(y)));
    if (m.entity || byYear.length === 0) continue;
    mentions.splice(
      i,
      1,
      ...byYear.map((e) => ({ start: m.start, end: m.end, text: m.text, entity: e, via: m.via })),
    );
  }
  // "2069999下面三个以前年度尾款合计多少": a name several lines share, under a code named just before it —
  // the lines of that name under that code, each (the code said where, not what).
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i]!;
    const code = mentions[i - 1]!.entity;
    // (…or in the table of lines, 表九: "表九里有几笔以前年度尾款".)
    const lines = code?.kind === 'table' && /部门预算明细/.test(code.name);
    if (m.entity || !m.ambiguous || (code?.kind !== 'functional' && code?.kind !== 'economic' && !lines))
      continue;
    const between = r.text.slice(mentions[i - 1]!.end, m.start);
    if (
      !/^(?:下面|下|里面|里|中|之下)的?有?(?:几|多少|[一二两三四五六七八九十\d]+)?(?:个|笔|项|条)?的?$/.test(
        between,
      )
    )
      continue;
    const c = code.codes[0] ?? '';
    const under = m.ambiguous.filter((e) =>
      lines
        ? e.item
        : code.kind === 'functional'
          ? e.item?.functional?.code.startsWith(c)
          : e.item?.departmentEconomic.code.startsWith(c) || e.item?.governmentEconomic.code.startsWith(c),
    );
    if (under.length === 0) continue;
    // (In 表九 the name stays one name several lines share: counted, listed or asked which.)
    if (lines) {
      m.ambiguous = under;
      mentions.splice(i - 1, 1);
      continue;
    }
    mentions.splice(
      i - 1,
      2,
      ...under.map((e) => ({ start: m.start, end: m.end, text: m.text, entity: e, via: m.via })),
    );
  }
  // (A part named by a bare word several things share — 尾款 — is that project's, right after it.)
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (m.entity || !m.ambiguous || m.start - prev.end > 2) continue;
    const named = prev.entity?.kind === 'project' ? prev.entity.project : undefined;
    const own = m.ambiguous.filter(
      (c) =>
        c.kind === 'fact' && c.project && (c.project === named || prev.entity?.item?.name === c.project.name),
    );
    if (own.length === 1) {
      m.entity = own[0]!;
      delete m.ambiguous;
    }
  }
  // "绩效管理项目尾款": a project named just before one of its parts is that part's qualifier.
  const partOfNext = (m: Mention, i: number) => {
    const next = mentions[i + 1];
    const p = next?.entity?.kind === 'fact' ? next.entity.project : undefined;
    const named = m.entity?.kind === 'project' ? m.entity.project : undefined;
    return !!p && next!.start - m.end <= 2 && (named === p || m.entity?.item?.name === p.name);
  };
  for (let i = mentions.length - 2; i >= 0; i--) if (partOfNext(mentions[i]!, i)) mentions.splice(i, 1);
  // "绩效评价多少分": a topic named beside one of its own facts is that fact's qualifier.
  const factFamilies = new Set(
    mentions.filter((m) => m.entity?.kind === 'fact').map((m) => family(m.entity!)),
  );
  for (let i = mentions.length - 1; i >= 0; i--) {
    const e = mentions[i]!.entity;
    if (e?.kind === 'topic' && factFamilies.has(family(e)) && mentions.length > 1) mentions.splice(i, 1);
  }
  // "30213 维修（护）费": a code with its own name beside it is one mention, the code's.
  const out = mentions.filter((m, i) => {
    const code = [mentions[i - 1], mentions[i + 1]].find(
      (o) => o && o.via === 'code' && Math.abs(o.start < m.start ? m.start - o.end : o.start - m.end) <= 1,
    );
    if (!code || m.via === 'code' || !code.entity) return true;
    const name = code.entity.name.normalize('NFKC').replace(/[\s\p{P}]/gu, '');
    return !name.includes(m.text) && !m.text.includes(name);
  });
  return { mentions: out, unresolved, consumed };
}

const ref = (e: Entity): EntityRef => ({ id: e.id, name: e.name });

/** 基本支出, 项目支出, 支出合计: parts of spending whose line items can be picked by amount. */
const SPENDING_TOPICS = /\/topic\/(basic|project|expenditure)$/;

/** A narrative fact whose name begins with the text (离休 → 离休人员), if exactly one does. */
function factNamed(ctx: UnderstandContext, text: string): Entity | undefined {
  const found = new Set<string>();
  for (const [form, ids] of ctx.dictionary.forms)
    if (form.startsWith(text)) for (const id of ids) if (id.includes('/fact/')) found.add(id);
  return found.size === 1 ? ctx.entity([...found][0]!) : undefined;
}

/** One syllable of Hanyu pinyin without tones (ji, yao, yun, wei, zhuang, er). */
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`);

/**
 * Function words long enough (two characters or more, one word) that a question holding one is pinyin,
 * not English: duoshao, qunian, heji — not zhan, de or he.
 */
const PINYIN_TELLS: ReadonlySet<string> = new Set(
  [...PINYIN_FUNCTION_WORDS].filter(([py, zh]) => !py.includes(' ') && [...zh].length >= 2).map(([py]) => py),
);
/** Pinyin initials typed for a name (xmzc: 项目支出): consonants only. */
const INITIALS_WORD = /^[bcdfghjklmnpqrstwxyz]{2,8}$/;

function pinyinFunctionWords(words: readonly string[]): string | null {
  if (
    words.length < 2 ||
    !words.some(
      (w, i) => PINYIN_TELLS.has(w) || (i > 0 && PINYIN_FUNCTION_WORDS.has(`${words[i - 1]} ${w}`)),
    ) ||
    !words.every((w) => PINYIN_WORD.test(w) || INITIALS_WORD.test(w))
  )
    return null;
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const two = i + 1 < words.length ? PINYIN_FUNCTION_WORDS.get(`${words[i]} ${words[i + 1]}`) : undefined;
    const one = PINYIN_FUNCTION_WORDS.get(words[i]!);
    if (two) {
      out.push(two);
      i += 2;
    } else if (one) {
      out.push(one);
      i += 1;
    } else {
      // (The words of a name, side by side, are one name: "gongche yunweifei" → gongcheyunweifei.)
      const last = out[out.length - 1];
      if (last !== undefined && /[a-z]$/.test(last)) out[out.length - 1] = last + words[i]!;
      else out.push(words[i]!);
      i += 1;
    }
  }
  return out.join(' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** Words of the English lexicon, one by one (built on first use). */
let ENGLISH_WORDS: Set<string> | undefined;

function englishWords(): Set<string> {
  return (ENGLISH_WORDS ??= new Set(
    [...LEXICON.flatMap(([, forms]) => forms), ...ENGLISH_TERMS.map(([en]) => en)]
      .filter((f) => /^[a-z' ]+$/i.test(f))
      // (A pinyin term — "san gong" — is no English: its syllables stay pinyin, as in "gong hui jing fei".)
      .filter(
        (f) =>
          !(
            f.includes(' ') &&
            f
              .toLowerCase()
              .split(' ')
              .every((w) => PINYIN_WORD.test(w))
          ),
      )
      .flatMap((f) => f.toLowerCase().split(' ')),
  ));
}

/** English words that spell pinyin syllables and are not of the lexicon: never part of a pinyin name. */
const COMMON_ENGLISH: ReadonlySet<string> = new Set([
  'a',
  'an',
  'in',
  'on',
  'he',
  'me',
  'we',
  'be',
  'no',
  'so',
  'go',
  'do',
  'to',
  'long',
  'men',
  'hang',
  'ban',
  'bin',
  'pen',
  'pin',
  'fan',
  'man',
  'tan',
  'den',
  'ten',
  'ran',
  'sun',
  'gun',
  'run',
  'hen',
  'ping',
  'die',
  'lie',
  'tie',
  'pie',
  'bang',
  'gang',
  'sang',
  'rang',
  'hung',
  'sung',
  'ding',
  'sing',
  'ring',
  'king',
  'wing',
  'thing',
  'zing',
  'yang',
  'ye',
  'yo',
  'you',
  'nun',
  'bun',
  'fun',
  'gen',
  'ma',
  'pa',
  'la',
  'ha',
  'ah',
  'oh',
  'ou',
  'er',
  'e',
  'o',
  'i',
  'ai',
  'cause',
  'lang',
  'mao',
  'shed',
  'she',
  'chin',
  'shin',
  'din',
  'tin',
  'sin',
  'kin',
  'lin',
  'zen',
  'pan',
  'can',
  'nan',
  'wan',
  'dan',
  'gan',
  'jan',
  'san',
  'bean',
  'dean',
  'lean',
  'mean',
  'jean',
  'sean',
  'anne',
  'tang',
  'mango',
  'tango',
  'bongo',
  'dong',
  'song',
  'tong',
  'wong',
  'gong',
  'zone',
  'bone',
  'tone',
  'none',
  'one',
  'gone',
  'done',
  'lone',
  'shine',
]);

/** Sentence-final particles typed in pinyin. */
const PARTICLES: Readonly<Record<string, string>> = { ne: '呢', ma: '吗', ba: '吧' };

/** "jiyao yunwei fei": a question written wholly in pinyin words is one name, spelt without the spaces. */
function joinPinyin(text: string, mixed = /\p{Script=Han}/u.test(text)): string {
  // ("lixiu fei duoshao?": the question mark ends the question, it is no part of its last word.)
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[?？!！。.]+$/u, '')
    .split(/\s+/);
  const read = mixed ? null : pinyinFunctionWords(words);
  if (read !== null) return read;
  if (words.length >= 2 && words.length <= 8 && words.every((w) => PINYIN_WORD.test(w))) {
    // ("tuixiu fei ne": a particle at the end is the particle, not the name's last syllable.)
    const particle = words.length >= 3 ? PARTICLES[words[words.length - 1]!] : undefined;
    return particle ? words.slice(0, -1).join('') + particle : words.join('');
  }
  // ("wuxian wangluo zulin fei 有几笔": a run of pinyin words inside Chinese is one name, and so — when it
  // is two or more words, one of four letters or more — is a run inside English: "how much is chailv fei?".
  // Not English words that happen to spell syllables: "What does 行政运行经费 mean here?".)
  const english = englishWords();
  if (!mixed)
    return text.replace(/[a-z]+(?:\s+[a-z]+){1,7}/gi, (run) =>
      joinNames(
        run.split(/\s+/),
        (w) => PINYIN_WORD.test(w) && !english.has(w) && !COMMON_ENGLISH.has(w),
        true,
      ),
    );
  // ("hj多少", "这俩jjfl一样不": initials typed for a word of the question, inside Chinese.)
  text = text.replace(
    /(?<![a-z])(hj|jjfl|gnfl|fzr)(?![a-z])/gi,
    (w) => PINYIN_FUNCTION_WORDS.get(w.toLowerCase()) ?? w,
  );
  // ("jigou yunxing jingfei yoy 多少": the pinyin words side by side are one name; a word that is not
  // pinyin, or is English, stands apart. A run that is a word of the question itself — bumen jingji
  // fenlei — is that word: 部门经济分类.)
  return text.replace(/[a-z]+(?:\s+[a-z]+){1,7}/gi, (run) =>
    joinNames(run.toLowerCase().split(/\s+/), (w) => PINYIN_WORD.test(w) && !english.has(w), false),
  );
}

/**
 * Words in a row that `isName` takes for pinyin are one name, spelt without spaces (a word of the question
 * itself when PINYIN_FUNCTION_WORDS has it); `long`: only when one of them has four letters or more.
 */
function joinNames(words: readonly string[], isName: (lower: string) => boolean, long: boolean): string {
  const out: string[] = [];
  let name: string[] = [];
  const flush = () => {
    if (name.length === 0) return;
    const joined = name.join('').toLowerCase();
    out.push(
      name.length >= 2 && (!long || name.some((w) => w.length >= 4))
        ? (PINYIN_FUNCTION_WORDS.get(joined) ?? joined)
        : name.join(' '),
    );
    name = [];
  };
  for (const w of words) {
    if (isName(w.toLowerCase())) name.push(w);
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out.join(' ');
}

/**
 * "水电费" is 水费 and 电费 together: two characters before one shared ending (费), when each makes a
 * name of the data and the whole does not, are read as the sum of the two ("水费加电费").
 */
function splitCompounds(ctx: UnderstandContext, text: string): string {
  // "按表九里的先后顺序，列一下…": how to order a list is no name (lists of one name keep 表九's order).
  text = text.replace(
    /按(?:照)?(?:表[一二三四五六七八九十]+)?(?:里|中)?的?(?:先后|原来的?|排列|出现的?)?顺序[，,、\s]*/g,
    '',
  );
  // "截止2019年车辆有几辆": a stock as of a date is the fixed assets' — 车辆资产, not the 三公 cars.
  if (/截[至止]/.test(text)) text = text.replace(/车辆(?!资产|购置|运行|维护)/g, '车辆资产');
  // (So are the vehicles "资产里的车辆".)
  text = text.replace(/资产(?:里|中|里面)(?:登记)?的?车辆(?!资产)/g, '车辆资产');
  // "后面那个是前面的百分之几": the latter and the former of two said before.
  text = text
    .replace(
      /(?:后面的?(?:那个|那项|那笔)|后面|(?<!最)后一[个项])(?=是|的|呢|占|比|和|跟|与|多|少|编|代|换|改|折|$|\s)/g,
      '后者',
    )
    .replace(
      /(?:前面的?(?:那个|那项|那笔)|前面|前一[个项])(?=是|的|呢|占|比|和|跟|与|多|少|编|代|换|改|折|$|\s)/g,
      '前者',
    );
  // "跟表三差几分": how many fen apart — a difference, not a score (得分).
  text = text.replace(/(?:差了|相差|差)几分(?!钱)/g, '差多少');
  // "政务外网相关的项目有哪些": the things about a name are the things of that name (not 及相关机构).
  text = text.replace(
    /(?<=\p{Script=Han}{2})(?:相关|有关)的?(?=项目|明细|支出|经费|费用|有哪些|都有|有几)/gu,
    '的',
  );
  // "三公经费覆盖哪些单位": covers = includes, not a share.
  text = text.replace(/覆盖(?:了)?(?=哪些|哪几个|什么)/g, '包括');
  // "19年基本加项目一共多少": 基本 and 项目 said together are 基本支出 and 项目支出.
  text = text.replace(
    /基本(?:支出)?(加上?|和|与|跟|及|、|\+)项目(?!支出|经费|的)|项目(?:支出)?(加上?|和|与|跟|及|、|\+)基本(?!支出)/g,
    (_whole, a?: string, b?: string) => (a ? `基本支出${a}项目支出` : `项目支出${b}基本支出`),
  );
  // "2018年和2019年无线网络租赁费": two years said before one name, when the data names both
  // (2018年无线网络租赁费, 2019年无线网络租赁费), are those two things.
  text = text.replace(
    // ("18年19年两笔无线网络租赁费": the years side by side, and how many, say the same.)
    /((?:19|20)\d{2}年)(和|与|及|跟|、|还有|以及)?((?:19|20)\d{2}年)(?:的)?(?:这|那)?(?:两笔|两个|两项|俩)?(?:的)?(\p{Script=Han}{2,30})/gu,
    (whole, y1: string, and: string | undefined, y2: string, rest: string) => {
      const forms = ctx.dictionary.forms;
      for (let n = rest.length; n >= 2; n--) {
        const name = rest.slice(0, n);
        if (forms.has(y1 + name) && forms.has(y2 + name))
          return `${y1}${name}${and ?? '和'}${y2}${name}${rest.slice(n)}`;
      }
      return whole;
    },
  );
  return text.replace(
    /(\p{Script=Han})(\p{Script=Han})(费|经费|支出)/gu,
    (whole, a: string, b: string, end: string) => {
      const forms = ctx.dictionary.forms;
      return !forms.has(whole) && forms.has(a + end) && forms.has(b + end) ? `${a}${end}加${b}${end}` : whole;
    },
  );
}

/** "in English", "English please", "用英文" …: the answer's language asked for. */
const LANGUAGE_ASKED =
  /(?:\b(?:in|into|to)\s+english\b|\benglish\s+(?:please|pls|plz|version)\b|^\s*english\b|\benglish\s*[?？!！.]*\s*$|(?:用|换成|换|翻译成|译成)?(?:英文|英语)(?:版|说|回答|讲)?(?:一下|吧)?)/gi;

/** An English question with the domain's English names read as their Chinese names. */
let englishPattern: { re: RegExp; zh: Map<string, string> } | null = null;

export function translateTerms(question: string): string {
  if (!/[a-z]{3}/i.test(question)) return question;
  // "the 2019 wireless network lease": in English a year stands alone; read it as 2019年.
  if (!/\p{Script=Han}/u.test(question))
    question = question.replace(/(?<![\d.])((?:19|20)\d{2})(?![\d.年])/g, '$1年');
  // One pattern for every term, longest first, so a question is scanned once.
  englishPattern ??= {
    re: new RegExp(
      `(?<![a-z])(${[...ENGLISH_TERMS]
        .map(([en]) => en)
        .sort((a, b) => b.length - a.length)
        .map((en) => en.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
        .join('|')})s?(?![a-z])`,
      'gi',
    ),
    zh: new Map(ENGLISH_TERMS.map(([en, zh]) => [en.toLowerCase(), zh])),
  };
  const { re, zh } = englishPattern;
  // "what percentage of A is B": B 占 A.
  // ("operation & maintenance": & is "and"; "the department's budget": a possessive is no plural.)
  const asked = question
    .replace(/\s+&\s+/g, ' and ')
    // ("split into basic vs project there?": the two parts named are what is asked, each.)
    .replace(
      /\b(?:split|broken down|divided|breaks? down)\s+(?:into|between)\s+(?=\S+\s+(?:vs\.?|versus|and)\s)/gi,
      '',
    )
    // ("basic vs project?", "project share?": project beside basic, or asked its share, is 项目支出.)
    .replace(
      /\b(basic\s+(?:vs\.?|versus|and|or|against)\s+project)\b(?!\s*(?:spending|expenditure|budget|costs?)\b)/gi,
      '$1 spending',
    )
    .replace(/\bproject(?=\s*(?:share|%|percent|percentage|ratio)(?:\b|$|\?))/gi, 'project spending')
    // ("YoY %?": the change in percent, not a share.)
    .replace(/\b(yoy|year[- ]on[- ]year)\s*%/gi, '$1 change percent')
    // ("difference between project and basic in 2020?": the two, how far apart.)
    .replace(
      /\b(?:the )?difference between (.+?) and (.+?)(?=\s+in\s+(?:19|20)\d{2}|\s*\??\s*$)/gi,
      (_m: string, a: string, b: string) => {
        const part = (x: string) => (/^(?:project|basic)$/i.test(x.trim()) ? `${x} spending` : x);
        return `${part(a)} 和 ${part(b)} 差多少`;
      },
    )
    // ("project %?": a percent sign at the end asks the share.)
    .replace(/^(\s*[a-z]+(?:\s+[a-z]+)?)\s*%\s*(\??)\s*$/i, '$1 share$2')
    // ("…, per the three public expenses section": where the asker read it, not one more thing asked.)
    .replace(/,?\s*\b(?:per|according to|as stated in|as in) the [a-z\s-]+? (?:section|part|chapter)\b/gi, '')
    .replace(/([a-z])['’]s\b/gi, '$1')
    .replace(
      /\bwhat (?:percentage|percent|share|proportion|part) of (?:the )?(.+?) (?:is|are|goes to|does) (?:the )?(.+?)\s*\??$/i,
      '$2 占 $1 多少',
    );
  return (
    asked
      .replace(re, (m: string, en: string) => ` ${zh.get(en.toLowerCase()) ?? m} `)
      // A Chinese word and a translated one side by side are one name: "机要 O&M" → 机要运维费.
      .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')
  );
}

const EVERYDAY_VERBS: ReadonlySet<string> = new Set(['开会', '出差', '管车', '养车', '用车']);

/** Everyday words for a line read as its name: 开会 → 会议费 (not inside a longer name: 公务用车 stays). */
let everydayPattern: { re: RegExp; zh: Map<string, string> } | null = null;

export function everydayTerms(question: string): string {
  everydayPattern ??= {
    re: new RegExp(
      `(${[...EVERYDAY_TERMS]
        .sort((a, b) => b[0].length - a[0].length)
        .map(
          ([w, , notAfter]) =>
            // (A verb — 开会, 出差, 用车 — names its line only when money is said of it: "开会的钱", not
            // "上周开会的时候".)
            `${notAfter ? `(?<![${notAfter}])` : ''}${w}${EVERYDAY_VERBS.has(w) ? '(?=的?(?:钱|费用|经费|开支|预算|花|多少|那笔|报销|占比|占多少|比例|比重))' : ''}`,
        )
        .join('|')})(?!费|经费|会议|会)`,
      'g',
    ),
    zh: new Map(EVERYDAY_TERMS.map(([w, name]) => [w, name])),
  };
  const { re, zh } = everydayPattern;
  return question.replace(re, (w: string, _m: string, at: number) =>
    // (公务用车, 工会经费: already the name.)
    /公务$|公$/.test(question.slice(Math.max(0, at - 2), at)) ? w : (zh.get(w) ?? w),
  );
}

/**
 * What the question says it is not about is no part of what it asks: "机要信息中心的运维费（不是以前年度尾款
 * 那笔）" asks for the 运维费. A bracketed aside, or a clause, starting 不是 / 并非 / 不含 is dropped. (And a
 * code's name asked — "2069999叫什么名字" — is what the code is.)
 */
export function dropNegated(question: string): string {
  // ("2069999这个代码叫什么名字": a code's name is what it is.)
  if (/(?<!\d)\d{3,7}(?!\d)/.test(question))
    question = question.replace(
      /(?:叫什么名字|叫啥名字|叫什么|叫啥|什么名字|是哪一?项|是哪个科目)/g,
      '是什么',
    );
  // ("为啥从0变成了两万五": from one amount to another is a change.)
  question = question.replace(
    /从[^，,。？?]{1,8}?(?:变成|涨到|增加到|增到|降到|减到|变为)了?[^，,。？?]{0,8}/g,
    '变化',
  );
  const out = question
    .replace(/[（(]\s*(?:(?<!是)不是|并非|不含|不包括|而非)[^（()）]*[)）]/g, ' ')
    .replace(
      /[，,、]\s*(?:(?<!是)不是|并非|而非|而不是|别给我|不要给我|不用给我)[^，,。；;？?！!]*(?=[，,。；;？?！!]|$)/g,
      ' ',
    );
  return out.trim() ? out : question;
}

/** The first of the mentions listed with mentions[i], joined to it by 、 / 和 / 与 / 及 / 跟. */
function listStart(text: string, mentions: readonly Mention[], i: number): number {
  let k = i;
  while (k > 0 && /^\s*[、,，和与及跟]\s*$/.test(text.slice(mentions[k - 1]!.end, mentions[k]!.start))) k--;
  return k;
}

/**
 * "党建工作经费" found as 服务联络办工作经费: the run ends with words several names share (工作经费) and the
 * words before them, which say which one, have no character of the name found — another thing.
 */
function qualifierMissing(ctx: UnderstandContext, text: string, e: Entity): boolean {
  if (!/^\p{Script=Han}{4,}$/u.test(text)) return false;
  const name = normalizeText([e.name, ...e.aliases].join(' '));
  let k = 0;
  while (k < text.length - 1 && !name.includes(text.slice(k))) k++;
  const tail = text.slice(k);
  const head = text.slice(0, k);
  if (tail.length < 2 || head.length < 2 || [...head].some((ch) => name.includes(ch))) return false;
  const sharing = new Set(
    [...ctx.dictionary.forms.entries()].filter(([f]) => f.includes(tail)).flatMap(([, ids]) => ids),
  );
  return sharing.size >= 2;
}

/** English follow-ups of one or two words, said as a Chinese follow-up says them. */
const ENGLISH_FOLLOW_UPS: Readonly<Record<string, string>> = {
  amount: '金额呢',
  'how much': '多少钱',
  figure: '金额呢',
  total: '加起来呢',
  'in total': '加起来呢',
  sum: '加起来呢',
  combined: '加起来呢',
  altogether: '加起来呢',
  ratio: '两者比例呢',
  'the ratio': '两者比例呢',
  share: '占比呢',
  percentage: '占比呢',
  '% of total': '占总支出多少',
  'percent of total': '占总支出多少',
  'share of total': '占总支出多少',
  'of total': '占总支出多少',
  'last year': '去年呢',
  'and last year': '去年呢',
  code: '编码呢',
  'which table': '出自哪个表',
  source: '出自哪个表',
};

/**
 * A follow-up that only asks the thing before its year or its name ("哪年的", "评的是哪年的", "叫啥",
 * "名称"): the answer about that thing again, whose sentences and name say it.
 */
const BARE_YEAR_OR_NAME =
  /^(?:那|那么)?(?:它|这个|那个|这笔|那笔)?(?:评的是|说的是|是|在)?(?:哪一?年|哪个年度|什么年度)(?:的|付|付款|支付|开展|评的)?(?:预算)?(?:呢|啊)?[？?]?$|^(?:那|那么)?(?:它|这个|那个)?(?:叫啥名?|叫什么名?字?|名称|全称|名字)(?:来着)?(?:是什么|是啥|呢)?[？?]?$/;

/** The question → what it asks, before any follow-up merging. */
export function understand(ctx: UnderstandContext, asked: string): Understood {
  // ("English please?", "用英文说一下": the language of the answer, asked — never a name in the question;
  // alone, it is the question before, in English.)
  let inEnglish = false;
  asked = asked.replace(LANGUAGE_ASKED, () => ((inEnglish = true), ' '));
  if (
    inEnglish &&
    !/[\p{Script=Han}a-z0-9]/iu.test(
      asked.replace(
        /\b(?:please|pls|plz|again|it|that|the|answer|say|tell|me|can|could|you|give)\b|[吧呢吗一下再说回答给我请]/gi,
        '',
      ),
    )
  )
    asked = (ctx.about?.length ?? 0) > 0 ? '呢' : asked;
  if (BARE_YEAR_OR_NAME.test(asked.trim()) && (ctx.about?.length ?? 0) > 0) asked = '呢';
  // ("两个无线网络租赁费（18年、19年）一共多少": the years in brackets after a name are the lines of those
  // years — read as "2018年和2019年的无线网络租赁费".)
  asked = asked.replace(
    /(?:两个|两笔|这两个|那两个)?(\p{Script=Han}{2,20}?)[（(]\s*((?:20)?\d{2})年?\s*[、,，和与及/]\s*((?:20)?\d{2})年?\s*[）)]/u,
    (_all, name: string, a: string, b: string) =>
      `${a.length === 2 ? `20${a}` : a}年和${b.length === 2 ? `20${b}` : b}年的${name}`,
  );
  // ("What fraction of the whole budget is basic expenditure?": the part first, then the whole — as
  // "basic expenditure share of the whole budget".)
  asked = asked.replace(
    /what\s+(?:fraction|share|percentage|proportion|percent|part)\s+of\s+(?:the\s+)?(.+?)\s+(?:is|are|goes\s+to|does)\s+(.+?)(?=[?？.]|$)/i,
    (_all, whole: string, part: string) => `${part} share of ${whole}`,
  );
  // ("政府采购那8个项目一共多少万": how many projects there are, said in passing — no name.)
  asked = asked.replace(/(那|这)\d{1,3}个(?=项目)/g, '$1');
  // ("收入预算比19年多多少": against the document's previous year is its change against last year.)
  if (ctx.previousYear)
    asked = asked.replace(
      // (…and "跟2019年比怎么样", "较2019年", "和19年相比": against it, however the change is asked.)
      /(比|较|跟|和|与|同)(?:20)?(\d{2})年(?:度)?(?=(?:相比|比较|对比|比)?(?:多|少|增|减|涨|降|高|低|变|差|怎么样|怎样|如何|咋样|有啥|有什么|呢|[？?，,。！!]|$))/g,
      (all, w: string, yy: string) => (2000 + Number(yy) === ctx.previousYear ? `${w}上年` : all),
    );
  // ("amount?", "total?", "ratio?" after something asked: the same words a Chinese follow-up uses.)
  if ((ctx.about?.length ?? 0) > 0) {
    const bare = /^\s*(?:and\s+)?(?:the\s+|its\s+)?([a-z% ]+?)\s*\??\s*$/i.exec(asked)?.[1]?.toLowerCase();
    const said = bare ? ENGLISH_FOLLOW_UPS[bare] : undefined;
    if (said) asked = said;
  }
  // ("啥车", "科协那车干嘛的": what the car is — the document says so only where it gives why the car costs
  // rose, so that is the question asked.)
  const carAsked =
    /(?:是|是辆|是一辆)?(?:什么|啥|哪|哪一)(?:样的?|种)?车(?!型|牌|辆数)|车(?:是)?(?:干嘛|干啥|做什么|干什么|用来干|拿来干)的?|\bwhat (?:kind|type|sort) of (?:car|vehicle)\b(?: is (?:it|that|this))?|\bwhat (?:is )?the car (?:is )?(?:for|used for)\b/i;
  if (carAsked.test(asked))
    asked = [...asked].length <= 12 ? '公车为什么增加' : asked.replace(carAsked, '公车为什么增加');
  // ("公用经费/基本支出 算一下百分比": a division written with a slash, a percent asked — A 占 B.)
  asked = asked.replace(
    /^([^/÷\s]{2,20}?)\s*[/÷]\s*([^/÷\s，,]{2,20}?)(?=\s*[，,]?\s*(?:算一下|算算|计算|算下|是|等于|的)?\s*(?:百分比|比例|占比|比重|百分之几|多少%|%))/u,
    '$1占$2',
  );
  // ("职业年金是养老保险的百分之多少": A 是 B 的百分之几 is A's share of B — unless B is a year: 今年是去年的
  // 百分之几 compares the years.)
  // (The former and the latter of two said before are read as such below: "后者是前者的百分之几".)
  if (!/前者|后者|前面|后面|前一|后一/.test(asked))
    asked = asked.replace(
      /^(.{2,24}?)是(?!(?:19|20)?\d{2}年|去年|上年|前年|上一年|往年)(.{2,24}?)的(?=百分之(?:多少|几)|百分比|几成|多少%|%多少)/u,
      '$1占$2的',
    );
  // ("2069999 下 30213 合计", "表九 2010399 下 30299 几笔": a code under a code, said with 下 alone.)
  asked = asked.replace(/(\d{3,7})\s*下\s*(?=\d{3,7}(?!\d))/g, '$1下面');
  // ("过千万的项目", "上百万的"): a round amount passed — 超过1000万.
  asked = asked.replace(
    /(?:过|上|超)(千万|百万|十万|万|亿)(?!元?以下)/g,
    (_m, a: string) => `超过${{ 千万: '1000万', 百万: '100万', 十万: '10万', 万: '1万', 亿: '1亿' }[a]}`,
  );
  // ("接待占多少" → "车呢": after 三公, 车 alone is its car costs, 公车.)
  if (ctx.near?.has('sangong')) asked = asked.replace(/^(那|那么)?车(?=呢|占|多少|[？?]?$)/, '$1公车');
  // "18年" is 2018年: written out, a name such as 2018年无线网络租赁费 can be found with it.
  const question = splitCompounds(
    ctx,
    everydayTerms(joinPinyin(translateTerms(dropNegated(spokenDigits(asked))), /\p{Script=Han}/u.test(asked)))
      .replace(/(?<![\d.])([12]\d)(?=\s*年)/g, '20$1')
      // ("申报表那三个项目": the forms projects fill in are the 项目 (not the 部门整体) 绩效目标申报表.)
      .replace(/(?<![标出体])(?:绩效)?申报表(?=[^，,。？?]{0,8}项目)/g, '项目绩效目标申报表')
      // ("对应的是哪项经济分类": 哪项 before a classification asks which code, not which 项 is largest.)
      .replace(/哪一?项(?=(?:部门|政府)?(?:经济|功能)(?:分类|科目)|(?:分类)?科目)/g, '哪个')
      // ("2018和2019两笔无线网络租赁费": years joined by 和, then how many — the years of the lines.)
      .replace(
        /(?<![\d.])((?:19|20)\d{2})年?\s*(和|与|跟|及|、)\s*((?:19|20)\d{2})年?(?:的)?(?:两|二|俩|2)\s*(?:笔|个|项|条)(?:的)?/g,
        '$1年$2$3年的',
      ),
  );
  const r = read(question, ctx.dictionary, (y) => ctx.yearInName(y, question));
  const pinyin = joinPinyin(asked) !== asked;
  r.english = !pinyin && (r.english || (question !== asked && /^[^\p{Script=Han}]*$/u.test(asked)));
  // ("jdf", "gc yunwei": initials and pinyin of names, typed — not English.)
  const words = asked
    .trim()
    .toLowerCase()
    .split(/[\s,，?？]+/)
    .filter(Boolean);
  if (
    words.length > 0 &&
    words.every((w) => !englishWords().has(w) && (INITIALS_WORD.test(w) || PINYIN_WORD.test(w)))
  )
    r.english = false;
  if (inEnglish) r.english = true;
  // ("表九里挂这个编码的项目有几个": 这个编码 points at the code talked about — it is not asked for.)
  const measures = marksOf(r, 'measure')
    .filter(
      (m) =>
        !(
          m.mark.value === 'code' &&
          /^(?:编码|代码|科目|编号|科目编码|码)$/.test(m.text) &&
          /(?:这个|该|此|那个|这一|同一|这|那)$/.test(r.text.slice(0, m.start)) &&
          /几|多少|哪些|哪几|有谁|加起来|合计/.test(r.text)
        ),
    )
    .map((m) => m.mark.value);
  // ("下面几个项": a level counted — how many, of that level.)
  if (marksOf(r, 'level').some((k) => /^(?:几|多少)/.test(k.text)) && !measures.includes('count'))
    measures.push('count');
  const has = (cat: MarkHit['mark']['cat']) => r.marks.some((m) => m.mark.cat === cat);
  const measure = (v: Measure) => measures.includes(v);
  const firstMeasure =
    (
      [
        'owner',
        'phone',
        'indicators',
        'definition',
        'code',
        'where',
        'reason',
        'detail',
        'count',
        'amount',
      ] as const
    ).find(measure) ?? null;
  const found = findMentions(ctx, r, preferred(firstMeasure));
  // ("通讯指挥中心还有笔以前年度尾款吧": a name several lines share, said after the words of one owner — the
  // line of that owner, when exactly one of them has those words.)
  // (The owner's words come first in the line's name: 通讯指挥中心以前年度尾款, not 在职统发_基本工资.)
  // ("离休统发的那笔其他对个人和家庭的补助": the owner's words as said, with the characters glued before them
  // that a mark took — 离休 — when the name has them.)
  // (The longest such words some candidate's name has: "那个绩效" is 绩效.)
  const ownerWords = (m: Mention, o: Mention) => {
    for (let k = Math.min(4, o.start); k > 0; k--) {
      const w = r.text.slice(o.start - k, o.end);
      if (/^\p{Script=Han}+$/u.test(w) && m.ambiguous!.some((e) => e.name.includes(w))) return w;
    }
    return o.text;
  };
  const ownedBy = (e: Entity, m: Mention, o: Mention) => {
    const i = e.name.indexOf(ownerWords(m, o));
    const j = e.name.indexOf(m.text);
    return i >= 0 && (j < 0 || j > i);
  };
  const owners = new Set<Mention>();
  for (const m of found.mentions) {
    if (m.entity || !m.ambiguous?.every((e) => e.kind === 'item' || e.kind === 'fact')) continue;
    // ("绩效项目尾款": a word of two characters owns the name right after it — 项目 or 的 between.)
    const owner = found.mentions.find(
      (o) =>
        o !== m &&
        o.end <= m.start &&
        ([...o.text].length >= 3 ||
          (!!o.entity && /^(?:项目)?的?(?:那笔|那个|那项|那一笔)?$/.test(r.text.slice(o.end, m.start)))) &&
        m.ambiguous!.filter((e) => ownedBy(e, m, o)).length === 1,
    );
    if (!owner) continue;
    m.entity = m.ambiguous.find((e) => ownedBy(e, m, owner))!;
    m.ambiguous = undefined;
    owners.add(owner);
  }
  // ("车辆、通用、专用加起来": 通用 is the equipment held — a purchase planned is meant only when the
  // question speaks of buying or planning.)
  if (!/计划|购置|购买|买|安排|拟/.test(r.text))
    for (const m of found.mentions) {
      if (m.entity || !m.ambiguous) continue;
      const held = m.ambiguous.filter((e) => !e.id.includes('/fact/assets.planned.'));
      if (held.length === 1 && held.length < m.ambiguous.length) {
        m.entity = held[0]!;
        m.ambiguous = undefined;
      }
    }
  // ("机要运维那个项目多少" → "还有个尾款是多少来着": a name several lines share, after a thing of one
  // owner — the line of that owner, when exactly one shares four characters or more of its name.)
  const about = (ctx.about ?? []).filter((a) => !!a.item);
  if (about.length > 0)
    for (const m of found.mentions) {
      if (m.entity || !m.ambiguous || !m.ambiguous.every((e) => !!e.item)) continue;
      const shared = m.ambiguous.map((e) =>
        Math.max(...about.map((a) => commonRun(a.name.replace(m.text, ''), e.name.replace(m.text, '')))),
      );
      const best = Math.max(...shared);
      const pick = m.ambiguous[shared.indexOf(best)]!;
      // (Not the thing just asked again — "这俩都是无线网络租赁" names it among others.)
      if (
        best >= 4 &&
        shared.filter((x) => x === best).length === 1 &&
        !about.some((a) => a.id === pick.id)
      ) {
        m.entity = pick;
        m.ambiguous = undefined;
      }
    }
  // (机要信息中心今年运维费加上以前年度尾款: one owner for every name after it.)
  found.mentions = found.mentions.filter((o) => !owners.has(o));
  // "How many administrative staff positions (行政编制)": a name written in Chinese in an English
  // question says what it is about; the English words beside it are its wording.
  const written = (m: Mention) => /\p{Script=Han}/u.test(m.text) && asked.includes(m.text);
  if (/[a-z]{3,}.*\s.*[a-z]{3,}/i.test(asked) && found.mentions.some(written))
    found.mentions = found.mentions.filter(written);
  // "服务类采购多少": a kind that names no one thing, said right before a name, qualifies that name — the
  // data has no such part of it (never the whole named instead).
  for (const [i, m] of found.mentions.entries()) {
    const next = found.mentions[i + 1];
    if (!m.entity && /类$/.test(m.text) && next?.entity && next.start === m.end)
      found.unresolved.push(m.text);
  }
  // One-character marks inside a resolved name are part of it, not marks.
  const consumed = new Set(found.consumed);
  r.marks = r.marks.filter((m) => !consumed.has(m));
  const mentions = found.mentions;

  // (A year money is put off to — "留到2021年的尾款", "纳入2021年度预算" — says where it goes, not which
  // year's budget is asked.)
  const deferred = new Set(
    [...r.text.matchAll(/(?:留到|留给|纳入|进入|放到|转入|列入|挪到)((?:19|20)\d{2})年/g)].map((m) =>
      Number(m[1]),
    ),
  );
  const years = r.numbers
    .filter((n): n is Extract<typeof n, { kind: 'year' }> => n.kind === 'year')
    .map((n) => n.year)
    .filter((y) => !deferred.has(y));
  // A year a stated fact is about ("2018年度整体支出绩效评价得分") is that fact's, not a budget asked for.
  const factYear = (y: number) =>
    // ("截至2019年底车辆资产": a stock as of that date — the figure the document states, not last year's.)
    new RegExp(`截[至止]${y}年`).test(r.text) ||
    mentions.some(
      (m) =>
        (m.entity?.kind === 'fact' &&
          m.entity.aliases.some((a) => new RegExp(`^(?:截至|截止)?${y}年`).test(a))) ||
        // ("2018年云平台那个项目": a line named after a year — the year is part of its name.)
        (m.entity?.kind === 'item' && m.entity.name.includes(`${y}年`)),
    );
  // (明年 / 后年: a year after the document's, never loaded with it.)
  const ahead = /明年|下一年|下年度|后年/.test(r.text)
    ? ctx.fiscalYear + (/后年/.test(r.text) ? 2 : 1)
    : undefined;
  const missingYear =
    years.find((y) => !ctx.knownYears.has(y) && !factYear(y)) ??
    (ahead !== undefined && !ctx.knownYears.has(ahead) ? ahead : undefined);
  const times = marksOf(r, 'time').map((m) => m.mark.value);
  let time: Query['time'] = times.includes('both')
    ? 'both'
    : times.includes('previous')
      ? 'previous'
      : 'current';
  // ("今年和2019年分别多少": this year by its word, the year before by its number — both.)
  if (years.includes(ctx.previousYear) && !years.includes(ctx.fiscalYear) && !factYear(ctx.previousYear))
    time = times.includes('current') ? 'both' : 'previous';
  if (years.includes(ctx.previousYear) && years.includes(ctx.fiscalYear)) time = 'both';
  if (times.includes('previous') && times.includes('current')) time = 'both';

  const shareMark = marksOf(r, 'share')[0];
  // "一般行政管理事务下面哪个项目大": 哪 … and a bare 大 / 小 left over asks for the largest or smallest of one
  // scope (of two or more subjects it compares them: "X和Y哪个大").
  const bare = r.chunks.find(
    (c) => /^(?:大|多|高|贵|小|少|低)$/.test(c.text) && /哪/.test(r.text.slice(0, c.start)),
  );
  const orderMark =
    marksOf(r, 'order')[0] ??
    (bare && mentions.filter((m) => m.entity).length <= 1
      ? {
          start: bare.start,
          end: bare.end,
          text: bare.text,
          mark: {
            cat: 'order' as const,
            value: /[大多高贵]/.test(bare.text) ? ('desc' as const) : ('asc' as const),
          },
        }
      : undefined);
  const top = r.numbers.find((n) => n.kind === 'top');
  const nth = r.numbers.find((n) => n.kind === 'nth');
  // ("training compared with meetings": two things compared with each other, not each with last year.)
  const between = (m: MarkHit) =>
    /^compared (?:with|to)$/i.test(m.text) && mentions.filter((x) => x.entity).length >= 2;
  const changeMarks = marksOf(r, 'change').filter((m) => !between(m));
  const comparedWith = marksOf(r, 'change').some(between);
  const percent = has('percent');
  const levels = marksOf(r, 'level').map((m) => m.mark.value);
  // "最多的类是哪个": 类 or 款 left alone after the words around it were read is the level asked.
  for (const c of r.chunks)
    if ((c.text === '类' || c.text === '款') && !levels.includes(c.text)) levels.push(c.text);
  // ("卫生健康下面哪项大", "社保和就业支出下面哪项最少": 哪项 said of a functional 类 or 款 asks among its 项.)
  if (
    !levels.includes('项') &&
    (marksOf(r, 'order').some((k) => /^哪一?项/.test(k.text)) ||
      (marksOf(r, 'order').length > 0 && /哪一?项(?!目)/.test(r.text))) &&
    mentions.some((m) => m.entity?.kind === 'functional' && (m.entity.codes[0]?.length ?? 7) < 7)
  )
    levels.push('项');
  // ("功能分类中金额最小的项": 项 after 的, of a classification, is the level too.)
  if (
    !levels.includes('项') &&
    /的项(?:级|目?$)?/.test(r.text) &&
    // (…or below a functional code: "20805下面最大的项是哪个".)
    (/功能|分类|科目/.test(r.text) ||
      mentions.some((m) => m.entity?.kind === 'functional') ||
      (mentions.length === 0 && !!ctx.about?.some((e) => e.kind === 'functional'))) &&
    r.chunks.some((c) => c.text === '项')
  )
    levels.push('项');
  const noun = marksOf(r, 'noun')[0]?.mark.value;
  // ("最大头花在哪", "钱主要用在哪方面": where the money goes is by function — its 类, when nothing else is
  // said of what is ranked.)
  if (
    levels.length === 0 &&
    !noun &&
    /(?:最大头|大头|最多|主要|最大)[^，,。？?]{0,4}(?:花|用|投)在?(?:哪|什么(?:地方|方面))|(?:花|用|投)在?(?:哪|什么(?:地方|方面))[^，,。？?]{0,4}(?:最多|最大)/.test(
      r.text,
    ) &&
    !mentions.some((m) => m.entity && m.entity.kind !== 'topic')
  )
    levels.push('类');
  const conj = marksOf(r, 'conj').map((m) => m.mark.value);
  // ("100万到180万之间的项目有几个": two amounts joined by 到 / 至 / - are a range — at least the first, up to
  // the second — read as one amount with its upper end.)
  const amounts = r.numbers.filter((n): n is Extract<NumberHit, { kind: 'amount' }> => n.kind === 'amount');
  const ranged =
    amounts.length === 2 &&
    /^\s*(?:到|至|-|~|～|—)\s*$/.test(r.text.slice(amounts[0]!.end, amounts[1]!.start)) &&
    amounts[1]!.yuan.gt(amounts[0]!.yuan)
      ? { ...amounts[0]!, upTo: amounts[1]!.yuan, exact: false }
      : undefined;
  const amountHit = ranged ?? r.numbers.find((n) => n.kind === 'amount');
  // "政府性基金预算支出合计": a total glued to a name is that name's total, not a subject of its own.
  const TOTALS = new Set(['expenditure', 'income']);
  // "科技支出（2069999）": a name with a code in brackets right after it is that code, said both ways.
  const bracketed = (i: number) => {
    const next = mentions[i + 1];
    return (
      !!next?.entity &&
      (next.entity.kind === 'functional' || next.entity.kind === 'economic') &&
      // (The reading drops brackets; the question as typed still has them — "离退休那块（2080501）".)
      new RegExp(
        `${escapeRegExp(mentions[i]!.text)}(?:那块|那部分|这块|那个|的)?\\s*[（(]\\s*${escapeRegExp(next.text)}\\s*[）)]`,
      ).test(asked)
    );
  };
  const resolved = mentions.filter(
    (m, i) =>
      m.entity &&
      !bracketed(i) &&
      !(
        i > 0 &&
        TOTALS.has(m.entity.topic?.id ?? '') &&
        mentions[i - 1]!.entity &&
        // (After a table — 表一的收入总计 — the table says where to read the total, kept below.)
        mentions[i - 1]!.entity!.kind !== 'table' &&
        /^的?$/.test(r.text.slice(mentions[i - 1]!.end, m.start).trim())
      ),
  );
  // "部门经济分类31099其他资本性支出一共多少": a classification said right before one of its codes names
  // that code's scheme — no breakdown is asked.
  const labels = r.marks.filter(
    (k) =>
      k.mark.cat === 'breakdown' &&
      k.mark.value &&
      resolved.some(
        (m) =>
          m.start >= k.end &&
          m.start - k.end <= 1 &&
          (m.entity!.kind === 'economic' || m.entity!.kind === 'functional') &&
          /^\d/.test(m.text),
      ),
  );
  if (labels.length > 0) r.marks = r.marks.filter((k) => !labels.includes(k));
  // "给职工的购房补贴": the people a line is for (职工, 离退休人员) said before it with 的 qualify it.
  for (let i = resolved.length - 2; i >= 0; i--) {
    const m = resolved[i]!;
    const next = resolved[i + 1]!;
    if (
      /\/topic\/(?:staffing|retirees)$/.test(m.entity!.id) &&
      r.text.slice(m.end, next.start) === '的' &&
      !/\/topic\/(?:staffing|retirees)$/.test(next.entity!.id)
    )
      resolved.splice(i, 1);
  }
  // "离退休那一块一共安排了多少钱": the money of a group of people is the line for them — 离退休人员 →
  // 20805 行政事业单位离退休, 人员 → 人员经费 — when money, not a head count, is asked.
  const money =
    !measure('count') &&
    /钱|经费|费用|资金|多少万|万元|金额|预算/.test(r.text) &&
    !/几位|几人|多少人|几个人/.test(r.text);
  if (money)
    for (const [i, m] of resolved.entries()) {
      const group = /\/topic\/(staffing|retirees)$/.exec(m.entity!.id)?.[1];
      const line = group
        ? ctx.entity(
            group === 'retirees' ? `${ctx.datasetId}/functional/20805` : `${ctx.datasetId}/topic/personnel`,
          )
        : undefined;
      if (line) resolved[i] = { ...m, entity: line };
    }
  const subjects: EntityRef[] = [];
  for (const m of resolved) if (!subjects.some((s) => s.id === m.entity!.id)) subjects.push(ref(m.entity!));
  // "表六公用经费那列最大的一项": in a ranking, a table named beside other subjects says where they are
  // read, not what is ranked.
  // ("表六总计跟表三基本支出差多少": so is a table named right before a name — 表三的基本支出 is 基本支出 as
  // 表三 gives it — while 表六总计 alone is that table's total.)
  const tables = resolved.filter((m) => m.entity!.kind === 'table');
  const locator = (m: Mention) => {
    // (The name after it may be one shared by several: "表九里所有叫以前年度尾款的".)
    const next = mentions.find(
      (o) =>
        o.start >= m.end &&
        (o.entity
          ? o.entity.kind !== 'table' && resolved.includes(o)
          : !!o.ambiguous?.some((e) => e.kind !== 'table')),
    );
    // (A name said again as the code in brackets after it — 科技支出（2069999） — is not between them.)
    const said = mentions.filter((o, i) => bracketed(i) && next && o.start >= m.end && o.end <= next.start);
    const between = said
      .reduce((t, o) => t.replace(o.text, ''), r.text.slice(m.end, next?.start ?? m.end))
      .replace(/[“”"「」『』‘’'\s]/g, '');
    return !!next && /^(?:的|里的?|中的?)?(?:所有|全部)?(?:叫做?|名叫|名字叫)?$/.test(between);
  };
  // ("培训费表九里写的多少", "公务接待费在表七里多少": one table named right after a name — where it is read.)
  const after = (m: Mention) => {
    const prev = [...resolved].reverse().find((o) => o.end <= m.start && o.entity!.kind !== 'table');
    const rest = r.text.slice(m.end).replace(/[？?。！!\s]/g, '');
    return (
      tables.length === 1 &&
      !!prev &&
      /^(?:在|的)?$/.test(r.text.slice(prev.end, m.start).trim()) &&
      /^(?:里|中|上)?(?:面|头)?(?:的|写的|列的|填的|是)?(?:金额|数额|数字|数)?(?:是|为)?(?:多少钱?|几|多少万元?)?$/.test(
        rest,
      )
    );
  };
  // ("讯飞听见会议系统采购预算是多少": 采购 right after a line's name says what the line is, not 政府采购.)
  const describing = resolved.filter((m) => {
    // ("同样是资本性支出的智能机要文件交换箱", "也属于30213的IT运维": what the thing after it is, not a subject.)
    if (
      /(?:同样是|同样属于|也是|也属于|同属|同为|一样是)$/.test(r.text.slice(0, m.start)) &&
      /^(?:类|科目|款|项)?的/.test(r.text.slice(m.end)) &&
      resolved.some((o) => o.start > m.end && o.entity?.kind !== 'table')
    )
      return true;
    if (
      !m.entity!.id.endsWith('/topic/procurement') ||
      !(r.english ? /^(?:政府)?采购/ : /^(?:的)?采购(?:预算|项目|经费|金额)?$/).test(m.text)
    )
      return false;
    const prev = resolved.find((o) => o.end <= m.start && /^\s*的?\s*$/.test(r.text.slice(o.end, m.start)));
    return !!prev?.entity?.item;
  });
  // ("表九项目用它的有几个": a table and a pronoun — the table says where the thing before is counted.)
  const where =
    tables.length === 1 &&
    resolved.length === 1 &&
    (ctx.about?.length ?? 0) > 0 &&
    ctx.about!.some((a) => a.kind === 'economic' || a.kind === 'functional' || !!a.item) &&
    (/它|这个科目|该科目|这科目|此科目/.test(r.text) ||
      // ("表六金额", "表九里呢" after a code: its figure in that table.)
      (/^(?:在|那|那么)?$/.test(r.text.slice(0, tables[0]!.start)) &&
        /^(?:里|中|上)?(?:面|头)?(?:的)?(?:金额|数额|数字|数|多少钱?|是多少|写的多少|呢)*[？?]?$/.test(
          r.text.slice(tables[0]!.end).trim(),
        )))
      ? tables
      : [];
  // ("表四支出那栏里科学技术支出": a name said as a column — 支出那栏 — says where, not what.)
  const columns = resolved.filter(
    (m) =>
      resolved.length > 1 &&
      m.entity!.kind !== 'table' &&
      /^(?:那|这)?一?(?:栏|列)(?:里|中|的)?/.test(r.text.slice(m.end)) &&
      resolved.some((o) => o !== m && o.start > m.end),
  );
  const drop = [
    ...describing,
    ...where,
    ...columns,
    ...(tables.length > 0 && tables.length < resolved.length && marksOf(r, 'order').length > 0
      ? tables
      : tables.filter((m) => locator(m) || after(m))),
  ];
  // ("表十一整体绩效表里项目支出写的多少万": a total named in the table that writes it again in its own
  // figure — 表十一's 项目支出, 8,740.89 万元 as that form gives it — is that table's figure.)
  for (const t of drop) {
    const no = t.entity!.kind === 'table' ? /\/table\/(\d+)$/.exec(t.entity!.id)?.[1] : undefined;
    if (!no) continue;
    const at = resolved.findIndex(
      (o) => o.entity!.kind === 'topic' && (o.start >= t.end || o.end <= t.start) && !drop.includes(o),
    );
    if (at < 0) continue;
    const own = formFigure(ctx, resolved[at]!.entity!.name, Number(no));
    if (!own) continue;
    const was = resolved[at]!.entity!.id;
    resolved[at] = { ...resolved[at]!, entity: own };
    const k = subjects.findIndex((x) => x.id === was);
    if (k >= 0) subjects[k] = ref(own);
    // (The table said twice — 表十一整体绩效表 — is where, both times.)
    for (const o of resolved) if (o.entity!.id === t.entity!.id && !drop.includes(o)) drop.push(o);
  }
  if (drop.length > 0) {
    const kept = resolved.filter((m) => !drop.includes(m));
    resolved.splice(0, resolved.length, ...kept);
    subjects.splice(0, subjects.length, ...subjects.filter((x) => kept.some((m) => m.entity!.id === x.id)));
  }

  let op: Query['op'] = 'value';
  let whole: EntityRef | undefined;
  let scope: EntityRef | undefined;
  let order: Query['order'];
  let subjectsOut = subjects;
  const scopeMarks = marksOf(r, 'scope');
  // ("一般公共服务支出这个类下面的行政运行": 这个类 between the name and 下面 still makes it the scope.)
  // ("201一般公共服务支出这一类里": a code and its name, then 这一类, then 里.)
  const scoped = resolved.find((m) =>
    scopeMarks.some((s) => {
      const between = s.start >= m.end ? r.text.slice(m.end, s.start).replace(m.entity!.name, '') : null;
      return (
        between !== null &&
        (between.length <= 1 ||
          /^(?:这个|这一|该)[类款项]?$/.test(between) ||
          // ("三公总额里": a name and its total, then 里.)
          /^的?(?:总额|总数|合计|总计)$/.test(between) ||
          // ("三公经费三个组成部分里": a name and its parts, then 里.)
          /^的?(?:[两三四五六七八九几\d]个|各)?(?:组成部分|构成部分|部分|组成|子项|分项|明细)$/.test(between))
      );
    }),
  );

  // "项目名里带“运维”两个字的有哪些", "名称含尾款的加起来多少": lines by a word of their name.
  const named = namedWord(r.text) ?? namedWord(question) ?? countedName(ctx, r.text);
  if (named) {
    op = 'find_by_amount';
    order = orderMark?.mark.value ?? (nth?.kind === 'nth' ? (nth.order ?? 'desc') : top ? 'desc' : undefined);
    if (subjects[0] && SPENDING_TOPICS.test(subjects[0].id)) scope = subjects[0];
    subjectsOut = [];
  } else if (
    // "表六里1862064这个数挂在哪个科目", "which code carries 2602570.80 in 表六": the row with that amount
    // (exactly), within the table named.
    amountHit?.kind === 'amount' &&
    amountHit.exact &&
    !has('approx') &&
    !has('bound') &&
    !amountHit.upTo &&
    /哪个|哪一|哪条|哪行|是啥|是什么|挂在|对应|which|what/.test(r.text) &&
    subjects.every((x) => ctx.entity(x.id)?.kind === 'table') &&
    subjects.length <= 1
  ) {
    op = 'find_by_amount';
    // (The table may have been set aside as where to look: it is where the row is looked for.)
    const inTable = subjects[0] ?? (tables.length === 1 ? ref(tables[0]!.entity!) : undefined);
    if (inTable) scope = inTable;
    subjectsOut = [];
  } else if ((has('help') || has('greeting')) && subjects.length === 0 && measures.length === 0) op = 'help';
  else if (has('tour')) op = 'tour';
  else if (has('about') && subjects.length === 0) op = 'about';
  // ("要核对负责人的联系电话": what is to be checked is asked; 核对 alone asks for the audit.)
  else if (has('audit') && !measure('owner') && !measure('phone') && !measure('amount')) op = 'audit';
  else if (orderMark || top || nth) {
    op = 'rank';
    order = orderMark?.mark.value ?? (nth?.kind === 'nth' ? (nth.order ?? undefined) : 'desc');
    // (One subject named — maybe twice, in two pieces: 社保 … 业支出 — is the scope.)
    const sc = scoped ?? (subjects.length === 1 ? resolved[0] : undefined);
    if (sc?.entity) scope = ref(sc.entity);
    subjectsOut = subjects.filter((s) => s.id !== scope?.id);
  } else if (
    shareMark &&
    // ("三公经费的构成，每一项多少钱，占比多少": a breakdown states each part's share; nothing after 占比.)
    !(has('breakdown') && !resolved.some((m) => m.start >= shareMark.end)) &&
    // ("跟2019年比降了多少，金额和比例都要": a rate asked beside a change is the change's rate, not a share;
    // "覆盖几个单位": what is covered, counted — no share.)
    !(
      /^(?:比例|比率|百分比)$/.test(shareMark.text) &&
      has('change') &&
      !marksOf(r, 'share').some((k) => k.text.startsWith('占'))
    ) &&
    !(shareMark.text === '覆盖' && (measure('count') || /几个|哪些|多少个|哪几/.test(r.text)))
  ) {
    op = 'share';
    const before = resolved.filter((m) => m.start < shareMark.start);
    const after = resolved.filter((m) => m.start >= shareMark.end);
    // "占项目支出多少": nothing before 占 — the part is the previous subject, what follows is the whole.
    // "公车运维在三公里占多少": with nothing after 占, a name before 里/中 is the whole.
    // ("在总支出里占比" after 科学技术支出: the one name, before 里 and 占, is the whole — the part is the
    // subject before.)
    const inside =
      after.length === 0 &&
      scoped &&
      (before.length > 1 ||
        (before.length === 1 &&
          before[0] === scoped &&
          scopeMarks.some((k) => k.start >= scoped.end && k.end <= shareMark.start)))
        ? scoped
        : undefined;
    const parts = inside ? before.filter((m) => m !== inside) : before;
    const w = inside ?? after[0];
    if (w?.entity) whole = ref(w.entity);
    // ("占全部预算比例": the whole budget, though 全部 and 预算 are words of the lexicon.)
    const all = ctx.entity(`${ctx.datasetId}/topic/expenditure`);
    if (!whole && all && /(?:占|相当于)(?:全部|整个|总)(?:预算|支出)/.test(r.text)) whole = ref(all);
    subjectsOut = parts.map((m) => {
      // "行政编制占编制总数": a part that names the same topic as the whole is the fact of that name.
      // ("201里的项目支出占全部项目支出": beside a code, it is that code's column — kept as it is.)
      const cellOfCode = parts.some((o) => o.entity?.kind === 'functional' || o.entity?.kind === 'economic');
      const fact = m.entity!.id === whole?.id && !cellOfCode ? factNamed(ctx, m.text) : undefined;
      return ref(fact ?? m.entity!);
    });
    // (One thing named twice — "Science and technology spending (class 206)" — is one part.)
    subjectsOut = subjectsOut.filter((x, i) => subjectsOut.findIndex((y) => y.id === x.id) === i);
  } else if (
    amountHit?.kind === 'amount' &&
    // "哪个项目是161万", "有个200万的项目是啥": an amount and a question about which thing has it.
    (has('approx') ||
      has('bound') ||
      !!amountHit.upTo ||
      (subjects.length === 0 && !!noun && /哪个|哪一|是啥|是什么|什么/.test(r.text))) &&
    (subjects.length === 0 ||
      (subjects.length === 1 && SPENDING_TOPICS.test(subjects[0]!.id)) ||
      // ("其他科学技术支出下超过500万的项目有几个": lines of a code above an amount — the code is where.)
      (subjects.length === 1 && has('bound') && /\/(?:functional|economic)\//.test(subjects[0]!.id)) ||
      // ("一千五百六十多万那个采购项目": which project — 采购 says what kind, not 政府采购预算 itself.)
      (subjects.length === 1 &&
        /\/topic\/procurement$/.test(subjects[0]!.id) &&
        (has('approx') || !!amountHit.upTo)))
  ) {
    // "项目支出里有没有不到1万的": the items of that part of spending, by amount.
    op = 'find_by_amount';
    if (
      subjects[0] &&
      (SPENDING_TOPICS.test(subjects[0].id) || /\/(?:functional|economic)\//.test(subjects[0].id))
    )
      scope = subjects[0];
    subjectsOut = [];
  } else if (changeMarks.length > 0 || measure('reason') || (percent && time !== 'both')) op = 'change';
  else if (measure('owner') || measure('phone')) op = 'owner';
  // "公务接待费的经济分类科目编码是什么", "交换箱走的是哪个部门经济分类": a classification asked of one
  // line item (not of a part of spending) is its code, not a breakdown.
  else if (
    has('breakdown') &&
    subjects.length === 1 &&
    ['item', 'glossary', 'economic', 'functional'].includes(ctx.entity(subjects[0]!.id)?.kind ?? '') &&
    (measure('code') ||
      measure('definition') ||
      /哪个|哪一|什么|是啥/.test(r.text) ||
      // (A single line item has no breakdown: "机要运维的经济分类" is its code.)
      (['item', 'project'].includes(ctx.entity(subjects[0]!.id)?.kind ?? '') &&
        marksOf(r, 'breakdown').some((m) => m.mark.value !== null)))
  )
    op = 'code';
  // "科学技术支出里面，经济分类记在“维修（护）费”名下的项目一共多少钱": the money under that code (within
  // the scope), not a breakdown — the name is read as its economic code.
  else if (
    has('breakdown') &&
    measure('amount') &&
    /名下|记在|列在|归在|挂在/.test(r.text) &&
    subjects.filter((x) => x.id !== scoped?.entity?.id).length === 1 &&
    ctx.entity(subjects.find((x) => x.id !== scoped?.entity?.id)!.id)?.item
  ) {
    const named = subjects.find((x) => x.id !== scoped?.entity?.id)!;
    const code = ctx.entity(named.id)!.item!.departmentEconomic.code;
    const econ = ctx.entity(`${ctx.datasetId}/economic/${code}`);
    if (econ) subjectsOut = subjects.map((x) => (x.id === named.id ? ref(econ) : x));
    op = 'value';
  }
  // "31099下面挂了几个项目": a count under a code, not its breakdown.
  else if (has('breakdown') && measure('count') && subjects.length === 1) op = 'count';
  // "对应政府经济分类是哪个码" after a subject: its code in that classification.
  else if (has('breakdown') && subjects.length === 0 && /码|编码|代码|科目号/.test(r.text)) op = 'code';
  else if (measure('code') && (!measure('definition') || !/意思|含义|定义|mean/.test(r.text))) op = 'code';
  else if (measure('where')) op = 'where';
  else if (has('breakdown')) op = 'breakdown';
  else if (measure('definition')) op = 'definition';
  else if (
    measure('detail') &&
    // ("表九里超过一千万的项目有哪些": lines by amount, within the table named — below.)
    !(
      amountHit?.kind === 'amount' &&
      (has('approx') || has('bound')) &&
      subjects.length > 0 &&
      subjects.every((x) => ctx.entity(x.id)?.kind === 'table')
    )
  )
    op = 'detail';
  else if (
    amountHit &&
    amountHit.kind === 'amount' &&
    (has('approx') || has('bound')) &&
    // ("表九里超过1000万的项目有几个": the table says where to look; the lines are what is asked.)
    subjects.every((x) => ctx.entity(x.id)?.kind === 'table')
  ) {
    op = 'find_by_amount';
    subjectsOut = subjects.filter((x) => ctx.entity(x.id)?.kind !== 'table');
  } else if (measure('count') && subjects.length <= 1) op = 'count';
  // A code asked of a term (公务接待费 as its glossary entry): the thing of that name with a code.
  if (op === 'code' && subjectsOut.length === 1 && ctx.entity(subjectsOut[0]!.id)?.kind === 'glossary') {
    const name = subjectsOut[0]!.name;
    const coded = [...(ctx.dictionary.forms.get(name) ?? [])]
      .map((id) => ctx.entity(id))
      .find(
        (e) =>
          e && (e.kind === 'economic' || e.kind === 'functional' || e.kind === 'item' || e.kind === 'topic'),
      );
    if (coded) subjectsOut = [ref(coded)];
  }
  // "三公里出国费多少": a name followed by 里/中/下面 and then another name is where to look, not what is asked.
  if (op !== 'rank' && op !== 'share' && scoped && resolved.some((m) => m.start > scoped.end)) {
    scope = ref(scoped.entity!);
    subjectsOut = subjectsOut.filter((s) => s.id !== scope!.id);
    // ("2010399下面30299几笔": how many of the one thing asked, within where to look.)
    if (
      op === 'value' &&
      measure('count') &&
      subjectsOut.length === 1 &&
      /\/(?:functional|economic)\//.test(scope.id)
    )
      op = 'count';
  }

  if (comparedWith) conj.push('compare');
  const combine: Query['combine'] =
    conj.includes('minus') && subjectsOut.length > 1
      ? 'minus'
      : conj.includes('compare') &&
          // ("比去年多多少": more than last year — a change, not two things compared — unless two are named.)
          !(
            op === 'change' &&
            subjectsOut.length <= 1 &&
            !comparedWith &&
            /(?:比|较|跟|和|与|同)(?:去年|上年|上一年|前一年|19年|2019年?)|同比/.test(r.text)
          )
        ? 'compare'
        : conj.includes('sum') && subjectsOut.length !== 1
          ? 'sum'
          : subjectsOut.length > 1 || (conj.includes('each') && subjectsOut.length === 0)
            ? 'each'
            : undefined;
  // ("各多少万": 多少 read with 各, the 万 left after it is the unit.)
  const unitMark =
    marksOf(r, 'unit')[0]?.mark.value ?? (r.chunks.some((c) => /^万元?$/.test(c.text)) ? '万元' : undefined);
  // (A code asked of one classification — "功能科目是什么" — says which, for "这个科目" after it.)
  const dimension =
    marksOf(r, 'breakdown').find((m) => m.mark.value)?.mark.value ??
    (op === 'code' && /功能/.test(r.text)
      ? 'functional'
      : op === 'code' && /经济/.test(r.text)
        ? 'economic'
        : undefined);
  // ("今年预算比去年多了多少": 预算 said alone, with nothing named and nothing before it to be about, is the
  // whole budget — as a word beside a name, "公务接待费预算多少", it carries nothing.)
  if (
    subjectsOut.length === 0 &&
    !scope &&
    !ctx.about?.length &&
    found.unresolved.length === 0 &&
    (op === 'value' || op === 'change') &&
    marksOf(r, 'filler').some((k) => k.text === '预算') &&
    // ("2020年预算里一共安排了多少以前年度尾款": the budget as where to look, not what is asked.)
    !/预算(?:里|中|内|表|上)/.test(r.text)
  ) {
    const whole = ctx.entity(`${ctx.datasetId}/topic/expenditure`);
    if (whole) subjectsOut = [ref(whole)];
  }
  const query: Query = {
    op,
    subjects: subjectsOut,
    ...(combine ? { combine } : {}),
    ...(combine === 'compare' && conj.includes('sum') && subjectsOut.length > 1 ? { total: true } : {}),
    ...(whole ? { whole } : {}),
    ...(scope ? { scope } : {}),
    // (A level counted — "下面几个项" — is what the count reads; the count is no ranking by level.)
    ...(levels[0] && !(op === 'count' && marksOf(r, 'level').some((k) => /^(?:几|多少)/.test(k.text)))
      ? { level: levels[0] }
      : {}),
    ...(noun ? { noun } : {}),
    ...(dimension ? { dimension } : {}),
    ...(order ? { order } : {}),
    ...(top?.kind === 'top' ? { n: top.n } : {}),
    ...(nth?.kind === 'nth' ? { nth: nth.n } : {}),
    time,
    percent,
    why: measure('reason'),
    phone: measure('phone'),
    unit: unitMark === '万元' || unitMark === '亿元' ? '万元' : '元',
    ...(amountHit?.kind === 'amount'
      ? {
          amount: {
            yuan: amountHit.yuan.toFixed(),
            approx: has('approx') || !!amountHit.upTo,
            ...(amountHit.exact && !has('approx') ? { exact: true } : {}),
            ...(amountHit.upTo ? { upTo: amountHit.upTo.toFixed() } : {}),
            ...(marksOf(r, 'bound')[0] ? { bound: marksOf(r, 'bound')[0]!.mark.value } : {}),
          },
        }
      : {}),
    ...(named ? { named } : {}),
    english: r.english,
    datasetId: ctx.datasetId,
  };
  const opMarks = [
    'share',
    'order',
    'change',
    'percent',
    'breakdown',
    'audit',
    'tour',
    'about',
    'conj',
  ] as const;
  const partial: PartialQuery = {
    query,
    hasSubjects: subjectsOut.length > 0 || !!scope,
    hasOp:
      op !== 'value' ||
      opMarks.some((c) => has(c) && !(c === 'percent' && op === 'value')) ||
      measures.some((m) => m !== 'amount') ||
      !!top ||
      !!nth,
    hasTime: times.length > 0 || years.length > 0,
    hasUnit: !!unitMark,
    leans: has('followup'),
    scoped: scopeMarks.some((s) => resolved.every((m) => s.end <= m.start)) && resolved.length > 0,
    asksAmount: subjectsOut.length === 0 && !scope && measures.includes('amount'),
    namesAmount: measures.includes('amount'),
    plural: /它们|这俩|那俩|这两个|那两个|这两项|这两笔|二者|两者|\bthem\b|\bboth\b|\bthey\b/i.test(r.text),
    ...countedOf(r.text),
  };
  return {
    reading: r,
    mentions,
    partial,
    unresolved: found.unresolved,
    ...(missingYear !== undefined ? { missingYear } : {}),
  };
}

/**
 * "2710会议室那两个项目合计": a word of names and the number of lines said to have it — the word, when
 * exactly that many lines of the dataset have it in their name (else it is no such word).
 */
function countedName(ctx: UnderstandContext, text: string): string | null {
  const m =
    /([\dA-Za-z\p{Script=Han}]{2,10}?)的?(?:那|这)([两三四五六七八九])(?:个|笔|项)(?:项目|明细|支出)?(?:的)?(?:合计|加起来|一共|总共|共|各|分别|金额|是)/u.exec(
      text,
    );
  if (!m) return null;
  const word = m[1]!;
  const n = smallNumber(m[2]!);
  const lines = ctx
    .search(word, { scope: ctx.datasetId, limit: 20 })
    .map((h) => ctx.entity(h.id))
    .filter((e) => e?.kind === 'item' && e.name.includes(word));
  return new Set(lines.map((e) => e!.name)).size === n ? word : null;
}

const SPOKEN_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * Digits said one by one, as voice input writes them: 一九年 / 二零一九年 → 19年 / 2019年 (read as 2019
 * after), 二零一零三零一 → 2010301. Only runs of three or more (or two before 年): no name of a budget is
 * spelt so, while 一二 alone may be a count.
 */
export function spokenDigits(text: string): string {
  const digits = (run: string) => [...run].map((c) => SPOKEN_DIGIT[c]).join('');
  return text
    .replace(
      /(?<![一二三四五六七八九十零〇两百千万亿\d])([一二九零〇][一二三四五六七八九零〇]|[一二][零〇九一二][一二三四五六七八九零〇]{2})(?=年)/g,
      (m) => digits(m),
    )
    .replace(/(?<![一二三四五六七八九十零〇两百千万亿])[一二三四五六七八九零〇]{3,}(?![十百千万亿])/g, (m) =>
      digits(m),
    );
}

/** The number of things a sum says it adds: "三项一共", "三个加一块", "这四笔合计" (2–9). */
function countedOf(text: string): { counted?: number } {
  const m =
    /([两二三四五六七八九2-9])(?:项|个|笔|样)(?:加起来|加一块|加在一起|合计|一共|共|总共|加总|之和)/.exec(
      text,
    );
  const n = m ? smallNumber(m[1]!) : null;
  return n ? { counted: n } : {};
}

/**
 * The word a question asks names to contain: 名字里带“运维”(两个字)的, 名称中含有尾款的, 带“运维”字样的, 含
 * 交换机字眼的 — quoted, or said with 名/字样 around it. Null when it asks no such thing.
 */
export function namedWord(text: string): string | null {
  const t = text.normalize('NFKC');
  const m =
    /(?:名字|名称|项目名称?|名)(?:里|中|当中|里面|里头)?(?:带|带有|有|含|含有|包含|包括)(?:了)?[“"'「『]?(\p{Script=Han}{1,10}?)[”"'」』]?(?:这?(?:两|三|四|几)个字|这个词|字样|字眼|二字|三字|字)?的/u.exec(
      t,
    ) ??
    /(?:带|带有|含|含有|包含|(?<![所没])有)[“"「『](\p{Script=Han}{2,10})[”"」』](?:这?(?:两|三|四|几)个字|这个词|字样|字眼|二字|三字|字)?的?/u.exec(
      t,
    ) ??
    /(?:带|带有|含|含有|包含)(\p{Script=Han}{1,6}?)(?:这?(?:两|三|四|几)个字|字样|字眼|二字|三字)的?/u.exec(
      t,
    ) ??
    // ("表九里所有“以前年度尾款”项目", "叫“尾款”的那些": a quoted word the lines are called by.)
    /(?:所有|全部|凡是|叫|名为|名叫|称为)的?[“"「『](\p{Script=Han}{2,10})[”"」』](?:的)?(?:项目|明细|那些|几笔|几项|这类|类)/u.exec(
      t,
    );
  return m?.[1] ?? null;
}

/** The length of the longest run of characters two names share ("机要信息中心" of two of its lines). */
function commonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}

/**
 * The 整体绩效 form's own figure of a total (表十一's 项目支出), when table `no` — if given — is the form
 * that writes it.
 */
export function formFigure(ctx: UnderstandContext, total: string, no?: number): Entity | undefined {
  for (let k = 0; k < 8; k++) {
    const e = ctx.entity(`${ctx.datasetId}/fact/overall.funding.${k}`);
    if (!e) return undefined;
    const source = e.view().primary?.source;
    if (e.requires === total && (no === undefined || (source?.kind === 'table' && source.table === no)))
      return e;
  }
  return undefined;
}

/** The figure the narrative quotes under a total's name (项目支出（绩效说明所引）), when there is one. */
export function narrativeFigure(ctx: UnderstandContext, name: string): Entity | undefined {
  const quoted = quotedFacts(ctx, (form) => form.startsWith(name) && form !== name);
  return quoted.length === 1 ? quoted[0] : undefined;
}

/** The facts the narrative quotes a figure of (named …（…说明所引）), of the dictionary forms `keep` takes. */
function quotedFacts(ctx: UnderstandContext, keep: (form: string) => boolean = () => true): Entity[] {
  const ids = [...ctx.dictionary.forms.entries()]
    .filter(([form]) => /说明/.test(form) && keep(form))
    .flatMap(([, xs]) => xs);
  return [...new Set(ids)].map((id) => ctx.entity(id)).filter((e): e is Entity => e?.kind === 'fact');
}
