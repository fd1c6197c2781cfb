/**
 * Several subjects in one question: "X和Y分别多少" (each), "X加Y一共" (sum), "X和Y哪个多/差多少"
 * (compare). Each subject's figure is its own cited figure; the sum and the difference are computed
 * in 元 (a 万元 figure converted explicitly) and say so.
 */
import { formatDecimal, formatYuan, Money } from '../money.js';
import { formatFigureValue } from '../present.js';
import type { Query } from '../understand/query.js';
import { collectSources, datasetRef, figureLine, makeAnswer } from './compose.js';
import type { LoadedDataset } from './engine.js';
import { contains, type Entity } from './entities.js';
import {
  changePercentOfPair,
  differenceOf,
  differenceOfPair,
  inCommonUnit,
  inUnit,
  percentOf,
  sumOf,
  sumOfCounts,
} from './figures.js';
import { itemsInScope } from './lists.js';
import type { Answer, Figure } from './types.js';

/** The figure a subject stands for in this query: this year's, last year's. */
function figureOf(e: Entity, time: Query['time']): Figure | null {
  const v = e.view();
  const f = time === 'previous' ? (v.previous ?? null) : v.primary;
  return f
    ? {
        ...f,
        label:
          time === 'previous' ? `${v.title}（上年）` : f.label.includes(v.title) ? f.label : `${v.title}`,
      }
    : null;
}

/** Two things of one name whose figure is the same published value at the same line. */
function sameFigure(a: Entity, b: Entity): boolean {
  if (a.name !== b.name) return false;
  const [fa, fb] = [a.view().primary, b.view().primary];
  return (
    !!fa?.source &&
    !!fb?.source &&
    fa.unit === fb.unit &&
    fa.value.equals(fb.value) &&
    fa.source.line === fb.source.line
  );
}

export function answerMulti(
  l: LoadedDataset,
  named: Entity[],
  q: Query,
  interpretation?: string,
  whole?: Entity,
): Answer {
  // One thing named twice is one subject: never added to itself.
  // (The same code read in two tables — 表六's row and 表九's lines — is two figures: two objects.)
  // (…and so is one figure of the document found under two names that read the same — 长期聘用临时工 as a
  // topic and as a fact, both the same cell of the same line.)
  const subjects = named.filter(
    (e, i) => named.findIndex((x) => x === e || (x.id === e.id && sameView(x, e)) || sameFigure(x, e)) === i,
  );
  const lines: string[] = [];
  const figures: Figure[] = [];
  const missing: string[] = [];
  const pairs: { e: Entity; f: Figure }[] = [];
  for (const e of subjects) {
    const f = figureOf(e, q.time);
    if (!f) {
      missing.push(e.name);
      lines.push(`${e.name}：文件没有公布${q.time === 'previous' ? '上年' : ''}数。`);
      continue;
    }
    pairs.push({ e, f });
    figures.push(f);
    lines.push(figureLine(f));
    if (q.time === 'both') {
      const p = e.view().previous;
      if (p) {
        const prev = { ...p, label: `${e.view().title}（上年）` };
        figures.push(prev);
        lines.push(`  ${figureLine(prev)}`);
      }
    }
  }
  // A sum, a comparison or a share of things one of which has no amount is not worked out over the
  // rest as if it were the whole question ("项目支出、主要项目 … 占多少": 主要项目 is a list of names).
  if (
    missing.length > 0 &&
    (q.combine === 'sum' || q.combine === 'compare' || q.combine === 'minus' || q.op === 'share')
  )
    return makeAnswer({
      kind: 'not_found',
      title: `${missing.join('、')}没有可计算的金额`,
      lines: [
        `${missing.join('、')}在文件中没有对应的金额，无法${q.op === 'share' ? '计算占比' : q.combine === 'sum' ? '合计' : '比较'}。`,
        ...lines.filter((x) => !missing.some((m) => x.startsWith(`${m}：`))),
      ],
      datasets: [datasetRef(l.ds)],
    });
  let title = subjects.map((e) => e.name).join('、');
  // "行政编制和事业编制加起来多少人": counts of one unit add up too.
  const counted =
    // (Not a whole with its own parts: 人员构成 beside 行政编制 is no sum.)
    q.combine === 'sum' && pairs.length >= 2 && pairs.every((p) => p.e.kind !== 'topic')
      ? sumOfCounts(
          sumLabel(pairs.map((p) => p.e.name)),
          pairs.map((p) => p.f),
          '各项相加',
        )
      : null;
  if (counted) {
    figures.push(counted);
    lines.push(figureLine(counted));
    title = `${title} 合计`;
  } else if (q.combine === 'sum' && pairs.length >= 2 && overlapping(l, pairs)) {
    // A whole named beside its own parts is never added to them (it would count them twice).
    const held = overlapping(l, pairs)!;
    lines.push(...held.lines);
    figures.push(...held.figures);
    title = held.shared ? `${title}（明细重叠，不相加）` : `${title} 合计（不重复计算）`;
  } else if (q.combine === 'sum' && pairs.length >= 2) {
    const yuan = pairs.map((p) => inUnit(p.f, '元'));
    if (yuan.every((f) => f !== null)) {
      const total = sumOf(sumLabel(pairs.map((p) => p.e.name)), '元', yuan, '各项相加');
      figures.push(total);
      lines.push(figureLine(total));
      title = `${title} 合计`;
      // "两个加起来占总支出多少": the sum's share of the whole named.
      const of = whole && q.op === 'share' ? whole.view().primary : null;
      const base = of ? inUnit(of, '元') : null;
      const share =
        base && whole
          ? percentOf(
              `合计占${whole.name}的比例`,
              '元',
              total,
              { ...base, label: whole.name },
              `(${pairs.map((p) => p.e.name).join(' + ')}) ÷ ${whole.name} × 100`,
            )
          : null;
      if (share && base) {
        figures.unshift(share);
        lines.push(figureLine({ ...base, label: whole!.name }), figureLine(share));
        // (…and each one's, so "这俩占多少" read either way is answered.)
        for (const [i, p] of pairs.entries()) {
          const each = percentOf(
            `其中 ${p.e.name} 占${whole!.name}的比例`,
            '元',
            yuan[i]!,
            { ...base, label: whole!.name },
            `${p.e.name} ÷ ${whole!.name} × 100`,
          );
          if (each) {
            figures.push(each);
            lines.push(figureLine(each));
          }
        }
        title = `${title} 占 ${whole!.name}`;
      }
    }
  }
  // "三公扣掉接待费还剩多少": the first less the others.
  if (q.combine === 'minus' && pairs.length >= 2) {
    const yuan = pairs.map((p) => inUnit(p.f, '元'));
    if (yuan.every((f) => f !== null)) {
      const [first, ...rest] = pairs;
      const less =
        rest.length === 1
          ? yuan[1]!
          : sumOf(
              sumLabel(
                rest.map((p) => p.e.name),
                '',
              ),
              '元',
              yuan.slice(1),
              '各项相加',
            );
      const name = `${first!.e.name} − ${rest.map((p) => p.e.name).join(' − ')}`;
      const left = differenceOfPair(name, inCommonUnit(yuan[0]!, less)!, name);
      figures.unshift(left);
      lines.push(
        `${first!.e.name}扣除${rest.map((p) => p.e.name).join('、')}后：${formatFigureValue(left)}。`,
      );
      title = `${first!.e.name} 扣除 ${rest.map((p) => p.e.name).join('、')}`;
    }
  }
  if (q.combine === 'compare' && pairs.length === 2) {
    const [a, b] = pairs as [(typeof pairs)[0], (typeof pairs)[0]];
    const pair = inCommonUnit(a.f, b.f);
    // ("合计多少，前者是后者几倍": the sum first, then the comparison.)
    const yuan = pairs.map((p) => inUnit(p.f, '元'));
    if (q.total && yuan.every((f) => f !== null)) {
      const total = sumOf(`${a.e.name} + ${b.e.name} 合计`, '元', yuan, '各项相加');
      figures.push(total);
      lines.push(figureLine(total));
    }
    if (pair) {
      const diff = differenceOfPair(`${a.e.name} − ${b.e.name}`, pair, `${a.e.name} − ${b.e.name}`);
      const larger = diff.value.isZero() ? null : diff.value.isPositive() ? a : b;
      figures.push(diff);
      lines.push(
        larger
          ? `${larger.e.name}更多，多 ${formatFigureValue({ ...diff, value: diff.value.abs() })}。`
          : `两者相等。`,
      );
      const rel = changePercentOfPair(
        `${a.e.name}比${b.e.name}`,
        pair,
        `(${a.e.name} − ${b.e.name}) ÷ ${b.e.name} × 100`,
      );
      if (rel) {
        figures.push(rel);
        // (…and as a multiple, "几倍": the same ratio.)
        // (…and the larger as a multiple of the smaller, "几倍" either way round.)
        const times = rel.value.plus(100).div(100);
        // (A whole multiple is said as it is: 2740494.40 ÷ 1370247.20 is 2 倍, not 约 2.00 倍.)
        const say = (x: Money) =>
          x.isInteger() ? `正好 ${x.toFixed(0)} 倍` : `约 ${formatDecimal(x, 2)} 倍`;
        const multiple = times.gte(1)
          ? say(times)
          : times.isZero()
            ? ''
            : `${b.e.name}是${a.e.name}的${say(new Money(1).div(times))}`;
        // (…and the other way round: "后者是前者的百分之几".)
        // (When the first is the larger: the other way round it is under 100%; otherwise 倍 says it.)
        const back = times.lte(1)
          ? ''
          : `；${b.e.name}是${a.e.name}的 ${formatDecimal(new Money(100).div(times), 2)}%`;
        lines.push(
          `${a.e.name}是${b.e.name}的 ${formatDecimal(rel.value.plus(100), 2)}%${multiple ? `（${multiple}）` : ''}${back}。`,
        );
      }
      title = `${a.e.name} 与 ${b.e.name} 比较`;
    }
  }
  if (q.unit === '万元')
    for (const f of [...figures]) {
      const w = inUnit(f, '万元');
      if (!w || w === f) continue;
      // (Two places, half up; when that rounds, the exact amount in 元 beside it — never 12,494.515026 万元.)
      const shown = w.value.toDecimalPlaces(2, Money.ROUND_HALF_UP);
      const value = formatFigureValue({ ...w, value: shown });
      lines.push(
        shown.equals(w.value)
          ? `${f.label}：${value}`
          : `${f.label}：约 ${value}（即 ${f.unit === '元' ? formatYuan(f.value) : formatFigureValue(f)}）`,
      );
    }
  return makeAnswer({
    kind: 'amount',
    title: `${title} · ${l.ds.meta.fiscalYear}年`,
    lines,
    figures,
    sources: collectSources(figures),
    datasets: [datasetRef(l.ds)],
    suggestions: subjects.slice(0, 2).map((e) => `${e.name}比去年变化多少`),
    subject: {
      kind: 'item',
      name: title,
      datasetId: l.ds.meta.id,
      list: subjects.map((e) => e.id),
    },
    ...(interpretation ? { interpretation } : {}),
  });
}

/**
 * The label of a sum: its names joined by + — or, when that would not fit on a line (eleven lines of one
 * code), "以上 N 项合计", so the total itself is never cut off the line that states it.
 */
/**
 * "住房改革支出、住房公积金和购房补贴加起来": subjects one of which holds others. What they make together is
 * the sum of the outermost ones (each held one is already in its holder); the parts a holder holds, two or
 * more, are added and set against it ("核对": 2210201 + 2210203 = 22102, or what is left over). Null when
 * no subject holds another.
 */
function overlapping(
  l: LoadedDataset,
  pairs: readonly { e: Entity; f: Figure }[],
): { lines: string[]; figures: Figure[]; shared: boolean } | null {
  // (Across classifications by the 表九 lines each stands for: 221 住房保障支出 holds 30113 住房公积金's lines.)
  const linesOf = new Map(pairs.map((p) => [p, lineIds(l, p.e)]));
  const within = (a: { e: Entity; f: Figure }, b: { e: Entity; f: Figure }) => {
    const [x, y] = [linesOf.get(a), linesOf.get(b)];
    return !!x && !!y && x.size > 0 && [...x].every((id) => y.has(id));
  };
  const holds = (w: { e: Entity; f: Figure }, p: { e: Entity; f: Figure }) =>
    w !== p &&
    w.e.id !== p.e.id &&
    (contains(w.e, p.e) ||
      partOfSpending(w.e, p.e) ||
      (within(p, w) && linesOf.get(w)!.size > linesOf.get(p)!.size));
  const holders = pairs.filter((w) => pairs.some((p) => holds(w, p)));
  // Two that share lines without one holding the other cannot be added at all.
  const shared = pairs.flatMap((a, i) =>
    pairs
      .slice(i + 1)
      .filter((b) => {
        const [x, y] = [linesOf.get(a), linesOf.get(b)];
        return !holds(a, b) && !holds(b, a) && !!x && !!y && [...x].some((id) => y.has(id));
      })
      .map((b) => [a, b] as const),
  );
  if (shared.length > 0)
    return {
      lines: [
        ...shared.map(
          ([a, b]) =>
            `${coded(a.e)}与${coded(b.e)}有相同的明细（同一笔钱在不同的分类或表中列出），不能直接相加。`,
        ),
      ],
      figures: [],
      shared: true,
    };
  if (holders.length === 0) return null;
  const outer = pairs.filter((p) => !pairs.some((w) => holds(w, p)));
  const yuan = (xs: readonly { f: Figure }[]) => xs.map((x) => inUnit(x.f, '元'));
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const w of holders) {
    const inside = pairs.filter((p) => holds(w, p));
    lines.push(`${w.e.name}已包含${inside.map((p) => p.e.name).join('、')}，不重复相加。`);
    // (The parts it holds that hold nothing named themselves, added and set against it.)
    const leaves = inside.filter((p) => !pairs.some((x) => holds(p, x)));
    const ys = yuan(leaves);
    const whole = inUnit(w.f, '元');
    if (leaves.length < 2 || !whole || ys.some((y) => y === null)) continue;
    const sum = sumOf(sumLabel(leaves.map((p) => p.e.name)), '元', ys as Figure<'元'>[], '各项相加');
    const gap = differenceOf(
      `${w.e.name} − 以上各项`,
      '元',
      whole as Figure<'元'>,
      sum,
      `${w.e.name} − 各项合计`,
    );
    figures.push(sum);
    lines.push(
      figureLine(sum),
      gap.value.isZero()
        ? `与${w.e.name}的 ${formatFigureValue(whole)} 相等。`
        : `比${w.e.name}的 ${formatFigureValue(whole)} 少 ${formatFigureValue(gap)}（${w.e.name}还有其他部分）。`,
    );
  }
  // (What they make together, each counted once.)
  const ys = yuan(outer);
  if (outer.length >= 2 && ys.every((y) => y !== null)) {
    const union = sumOf(
      sumLabel(
        outer.map((p) => p.e.name),
        ' 合计（不重复）',
      ),
      '元',
      ys,
      '各项相加',
    );
    figures.unshift(union);
    lines.push(figureLine(union));
  } else if (outer.length === 1 && !figures.length)
    lines.push(`合在一起就是${outer[0]!.e.name}：${formatFigureValue(outer[0]!.f)}。`);
  return { lines, figures, shared: false };
}

/** 基本支出 holds its 人员经费 and 公用经费; the whole of spending holds every part of it. */
function partOfSpending(whole: Entity, part: Entity): boolean {
  const [w, p] = [whole.topic?.id, part.topic?.id ?? ''];
  if (w === 'basic') return p === 'personnel' || p === 'public';
  return (
    w === 'expenditure' &&
    (['basic', 'project', 'personnel', 'public', 'sangong'].includes(p.split('.')[0]!) ||
      part.kind === 'item' ||
      part.kind === 'functional' ||
      part.kind === 'economic')
  );
}

/** A name with its code when it has one: 30113 住房公积金 beside 2210201 住房公积金. */
function coded(e: Entity): string {
  return e.codes[0] && (e.kind === 'functional' || e.kind === 'economic')
    ? `${e.codes[0]} ${e.name}`
    : e.name;
}

/** The 表九 lines a subject stands for (a line itself; a code's, or a part of spending's), or null. */
function lineIds(l: LoadedDataset, e: Entity): Set<string> | null {
  if (e.kind === 'item') return new Set([e.item!.id]);
  if (e.kind !== 'functional' && e.kind !== 'economic' && !['basic', 'project'].includes(e.topic?.id ?? ''))
    return null;
  return new Set(itemsInScope(l, e).items.map((i) => i.id));
}

function sumLabel(names: readonly string[], suffix = ' 合计'): string {
  const joined = `${names.join(' + ')}${suffix}`;
  return [...joined].length <= 80 ? joined : `以上 ${names.length} 项合计`;
}

/** Two entity objects of one id that show the same figure (not one of them read in another table). */
function sameView(a: Entity, b: Entity): boolean {
  const fa = a.view().primary;
  const fb = b.view().primary;
  return !fa || !fb || (fa.unit === fb.unit && fa.value.equals(fb.value) && fa.label === fb.label);
}
