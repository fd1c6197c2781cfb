/**
 * Practice questions generated from the loaded knowledge base (never hand-written): amounts, codes,
 * which table, change direction, which of four is largest. Deterministic from a seed, so a button
 * press can re-derive its question statelessly. Each has exactly one correct option; the reveal cites
 * the figure's source.
 */
import { tableName } from '../kb/tables.js';
import { formatYuan, type Money } from '../money.js';
import { pick, prng } from '../random.js';
import { formatFigureValue } from '../present.js';
import { datasetRef, figureLine, makeAnswer } from './compose.js';
import type { BudgetEngine, LoadedDataset } from './engine.js';
import type { Entity } from './entities.js';
import { kindName } from './figures.js';
import { TABLE_GUIDE, tiesOf } from './guide.js';
import type { Answer, Figure } from './types.js';

export type QuizKind = 'amount' | 'code' | 'functional' | 'table' | 'direction' | 'largest';
export const QUIZ_KINDS: QuizKind[] = ['amount', 'code', 'functional', 'table', 'direction', 'largest'];

export interface QuizQuestion {
  /** "<dataset id>:<seed>" — enough to regenerate the question */
  id: string;
  datasetId: string;
  seed: number;
  kind: QuizKind;
  prompt: string;
  /** Exactly four options, at most 80 characters each */
  options: string[];
  correct: number;
  /** The figure the answer rests on, cited */
  figure: Figure | null;
  /** Shown after answering: the correct option, the figure and its source */
  explanation: string[];
}

function shuffle<T>(r: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Three distractors distinct from the answer and each other (by a key), or null when there are too few. */
function distractors<T>(r: () => number, pool: readonly T[], answer: T, key: (x: T) => string): T[] | null {
  const seen = new Set([key(answer)]);
  const out: T[] = [];
  for (const x of shuffle(r, pool)) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
    if (out.length === 3) return out;
  }
  return null;
}

const short = (s: string, n = 80) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

function build(
  l: LoadedDataset,
  seed: number,
  kind: QuizKind,
  prompt: string,
  answer: string,
  others: string[],
  r: () => number,
  figure: Figure | null,
  explanation: string[],
): QuizQuestion {
  const options = shuffle(r, [answer, ...others]).map((o) => short(o));
  return {
    id: `${l.ds.meta.id}:${seed}`,
    datasetId: l.ds.meta.id,
    seed,
    kind,
    prompt,
    options,
    correct: options.indexOf(short(answer)),
    figure,
    explanation,
  };
}

function itemEntities(l: LoadedDataset): Entity[] {
  return l.entities.all.filter((e) => e.kind === 'item' && e.amount && !e.amount.isZero());
}

const amountText = (v: Money) => formatYuan(v);

function generators(
  engine: BudgetEngine,
  l: LoadedDataset,
): Record<QuizKind, (r: () => number, seed: number) => QuizQuestion | null> {
  const ds = l.ds;
  return {
    amount(r, seed) {
      const items = itemEntities(l);
      if (items.length < 4) return null;
      const e = pick(r, items);
      const others = distractors(r, items, e, (x) => x.amount!.toFixed(2));
      if (!others) return null;
      const f = e.view().primary!;
      return build(
        l,
        seed,
        'amount',
        `表九中“${e.name}”的预算金额是多少？`,
        amountText(e.amount!),
        others.map((x) => amountText(x.amount!)),
        r,
        f,
        [`正确答案：${amountText(e.amount!)}`, figureLine(f)],
      );
    },
    code(r, seed) {
      const codes = ds.classifications.economic.filter(
        (c) => c.origin === 'document' && c.scheme === 'department',
      );
      if (codes.length < 4) return null;
      const c = pick(r, codes);
      const others = distractors(r, codes, c, (x) => x.name);
      if (!others) return null;
      const e = engine.entities.get(`${ds.meta.id}/economic/${c.code}`);
      const f = e?.view().primary ?? null;
      return build(
        l,
        seed,
        'code',
        `部门经济分类代码 ${c.code} 是什么？`,
        c.name,
        others.map((x) => x.name),
        r,
        f,
        [`正确答案：${c.code} ${c.name}（所属类 ${c.parent}）`, ...(f ? [figureLine(f)] : [])],
      );
    },
    functional(r, seed) {
      const codes = ds.classifications.functional;
      if (codes.length < 4) return null;
      const c = pick(r, codes);
      const others = distractors(r, codes, c, (x) => x.name);
      if (!others) return null;
      const f = engine.entities.get(`${ds.meta.id}/functional/${c.code}`)?.view().primary ?? null;
      return build(
        l,
        seed,
        'functional',
        `支出功能分类代码 ${c.code}（${c.level}级）对应哪个科目？`,
        c.name,
        others.map((x) => x.name),
        r,
        f,
        [`正确答案：${c.code} ${c.name}`, ...(f ? [figureLine(f)] : [])],
      );
    },
    table(r, seed) {
      const tables = ds.tables.filter((t) => TABLE_GUIDE[t.kind]);
      if (tables.length < 4) return null;
      const t = pick(r, tables);
      const others = distractors(r, tables, t, (x) => x.title);
      if (!others) return null;
      const label = (x: (typeof tables)[number]) => `${tableName(x.number)} ${x.title}`;
      return build(
        l,
        seed,
        'table',
        `哪张表回答：${TABLE_GUIDE[t.kind]!.answers}`,
        label(t),
        others.map(label),
        r,
        null,
        [`正确答案：${label(t)}`, `和其他表的关系：${tiesOf(t.kind, (x) => kindName(ds, x))}`],
      );
    },
    direction(r, seed) {
      const withPrev = l.entities.all
        .filter((e) => e.kind === 'topic')
        .map((e) => ({ e, v: e.view() }))
        .filter(({ v }) => v.primary && v.previous && v.primary.unit === v.previous.unit);
      if (withPrev.length === 0) return null;
      const { e, v } = pick(r, withPrev);
      const diff = v.primary!.value.minus(v.previous!.value);
      const answer = diff.isZero() ? '持平' : diff.isPositive() ? '增加' : '减少';
      const options = ['增加', '减少', '持平', '文件未说明'].filter((o) => o !== answer);
      return build(
        l,
        seed,
        'direction',
        `与${ds.meta.previousYear}年相比，${ds.meta.fiscalYear}年的“${e.name}”是增加还是减少？`,
        answer,
        options,
        r,
        v.primary,
        [
          `正确答案：${answer}`,
          figureLine(v.primary!),
          figureLine(v.previous!),
          ...(v.reason ? [`原因（原文）：${v.reason.text}`] : []),
        ],
      );
    },
    largest(r, seed) {
      const items = itemEntities(l);
      const four: Entity[] = [];
      const seen = new Set<string>();
      for (const e of shuffle(r, items)) {
        const k = e.amount!.toFixed(2);
        if (seen.has(k)) continue;
        seen.add(k);
        four.push(e);
        if (four.length === 4) break;
      }
      if (four.length < 4) return null;
      const max = four.reduce((a, b) => (b.amount!.greaterThan(a.amount!) ? b : a));
      const f = max.view().primary!;
      return build(
        l,
        seed,
        'largest',
        '下面四项中，哪一项预算金额最大？',
        max.name,
        four.filter((x) => x !== max).map((x) => x.name),
        r,
        f,
        [`正确答案：${max.name}`, ...four.map((x) => `${x.name}：${formatFigureValue(x.view().primary!)}`)],
      );
    },
  };
}

/** The question for a seed (its kind rotates with the seed); null only when the data is too small. */
export function quizQuestion(
  engine: BudgetEngine,
  datasetId: string | undefined,
  seed: number,
): QuizQuestion | null {
  const l =
    (datasetId ? engine.find(datasetId) : undefined) ??
    [...engine.loaded].sort((a, b) => b.ds.meta.fiscalYear - a.ds.meta.fiscalYear)[0];
  if (!l) return null;
  const s = Math.abs(Math.trunc(seed)) % 2 ** 31;
  const gens = generators(engine, l);
  for (let k = 0; k < QUIZ_KINDS.length; k++) {
    const kind = QUIZ_KINDS[(s + k) % QUIZ_KINDS.length]!;
    const q = gens[kind](prng(s * 7919 + k), s);
    if (q) return q;
  }
  return null;
}

/** The reveal after an answer: right or wrong, the correct option, the figure and its source. */
export function revealAnswer(
  engine: BudgetEngine,
  q: QuizQuestion,
  chosen: number,
  score?: { right: number; asked: number },
): Answer {
  const l = engine.find(q.datasetId)!;
  const right = chosen === q.correct;
  return makeAnswer({
    kind: 'quiz',
    title: right
      ? '✓ 答对了'
      : `✗ 答错了：正确答案是 ${String.fromCharCode(65 + q.correct)}. ${q.options[q.correct]}`,
    lines: [
      `题目：${q.prompt}`,
      ...q.explanation,
      ...(score ? [`本轮得分：${score.right}/${score.asked}`] : []),
    ],
    figures: q.figure ? [q.figure] : [],
    datasets: [datasetRef(l.ds)],
    suggestions: [],
  });
}

/** Per-user score for the current quiz session, kept in memory. */
export class QuizScores {
  private readonly scores = new Map<string, { right: number; asked: number; answered: Set<string> }>();

  /** Records an answer once per question; returns the running score. */
  record(user: string, questionId: string, right: boolean): { right: number; asked: number } {
    const s = this.scores.get(user) ?? { right: 0, asked: 0, answered: new Set<string>() };
    if (!s.answered.has(questionId)) {
      s.answered.add(questionId);
      s.asked++;
      if (right) s.right++;
    }
    this.scores.set(user, s);
    return { right: s.right, asked: s.asked };
  }

  reset(user: string): void {
    this.scores.delete(user);
  }

  get(user: string): { right: number; asked: number } {
    const s = this.scores.get(user);
    return s ? { right: s.right, asked: s.asked } : { right: 0, asked: 0 };
  }
}
