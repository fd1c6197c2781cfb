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
import type { Entity } from './entities.js';
import {
  changePercentOfPair,
  differenceOfPair,
  inCommonUnit,
  inUnit,
  percentOf,
  sumOf,
  sumOfCounts,
} from './figures.js';
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
