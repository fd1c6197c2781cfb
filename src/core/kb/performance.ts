/**
 * 表十一 (部门整体支出绩效目标申报表) and 表十二 (项目支出绩效目标申报表): forms, not grids.
 * Fields are found by their printed labels; indicators keep their level 1/2/3 and content.
 */
import { Money, normaliseDecimalText, yuanToWan } from '../money.js';
import type {
  OverallPerformanceInput,
  PerformanceFileInput,
  ProjectInput,
  PublishedAmountInput,
} from './schema.js';
import { tableName, type TableBlock } from './tables.js';
import { texts, type RawRow } from './tokenize.js';
import type { ImportWarning } from './warnings.js';

type Indicator = OverallPerformanceInput['indicators'][number];

/** "产\n出\n指\n标" → "产出指标"; "服务对象\n满意度指标" → "服务对象满意度指标" */
function joinWrapped(t: string | null | undefined): string | null {
  if (t === null || t === undefined) return null;
  const s = t.replace(/\s*\n\s*/g, '').trim();
  return s === '' ? null : s;
}

function cell(row: RawRow | undefined, i: number): string | null {
  return joinWrapped(row?.cells[i]?.text ?? null);
}

/** Keep a multi-line text's line breaks (numbered lists), trim each line. */
function keepLines(t: string | null | undefined): string | null {
  if (!t) return null;
  const s = t
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .join('\n');
  return s === '' ? null : s;
}

const PLACEHOLDER = /^(?:指标\d+[：:]?|……|…|目标\d+[：:]?)$/;
function isPlaceholder(t: string | null): boolean {
  if (t === null) return true;
  return t
    .split(/\s*\n\s*|\s+/)
    .filter((x) => x !== '')
    .every((x) => PLACEHOLDER.test(x));
}

/**
 * A published amount. A cell may carry its unit ("178.4万元"); a bare number takes the field's unit
 * (万元) unless that would exceed the whole budget, in which case it was plainly written in 元 —
 * and the note says so.
 */
export function readAmount(
  label: string,
  published: string | null,
  fieldUnit: '元' | '万元',
  line: number,
  budgetYuan: Money | null,
  file: string,
  warn: (w: ImportWarning) => void,
): PublishedAmountInput | null {
  if (published === null) return null;
  const m = /^(.*?)\s*(万元|元)?$/.exec(published.replace(/\s/g, ''));
  const value = m ? normaliseDecimalText(m[1] ?? '') : null;
  if (value === null) {
    warn({ file, line, text: published, reason: `${label}: not an amount; left out` });
    return null;
  }
  const stated = m?.[2] as '元' | '万元' | undefined;
  let unit: '元' | '万元' = stated ?? fieldUnit;
  let unitNote: string | null = null;
  if (!stated && fieldUnit === '万元' && budgetYuan && new Money(value).greaterThan(yuanToWan(budgetYuan))) {
    unit = '元';
    unitNote = `填在“万元”栏内，但 ${value} 万元超过部门预算总额 ${yuanToWan(budgetYuan).toString()} 万元，按“元”读取`;
  }
  return { label, value, unit, published, unitNote, line };
}

export function readOverall(
  block: TableBlock,
  budgetYuan: Money | null,
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void = () => {},
): OverallPerformanceInput | null {
  const rows = block.rows;
  const find = (label: string) => rows.find((r) => (cell(r, 0) ?? '').startsWith(label));
  const nameRow = find('部门（单位）名称');
  if (!nameRow) {
    warn({ file, line: block.line, text: '表十一', reason: 'no 部门（单位）名称 row; form left out' });
    return null;
  }
  const headRow = find('部门（单位）负责人');
  const funding: PublishedAmountInput[] = [];
  const fundStart = rows.findIndex((r) => (cell(r, 0) ?? '').startsWith('部门（单位）总体资金情况'));
  if (fundStart >= 0) {
    for (let i = fundStart; i < rows.length; i++) {
      const r = rows[i]!;
      if (i > fundStart && cell(r, 0) !== null) break;
      const label = cell(r, 1)?.replace(/[：:]$/, '');
      const a = label ? readAmount(label, cell(r, 2), '万元', r.line, budgetYuan, file, warn) : null;
      if (a) funding.push(a);
    }
  }
  const funcRow = rows.findIndex((r) => (cell(r, 0) ?? '').startsWith('部门（单位）职能概述'));
  const goalRow = rows.findIndex((r) => (cell(r, 0) ?? '').startsWith('部门（单位）绩效目标'));
  let functions: string | null = null;
  if (funcRow >= 0) {
    const end = goalRow > funcRow ? goalRow : rows.length;
    functions = keepLines(
      rows
        .slice(funcRow, end)
        .flatMap((r, k) => (k === 0 ? r.cells.slice(1) : r.cells).map((c) => c.text ?? ''))
        .join('\n'),
    );
  }
  const indicators: Indicator[] = [];
  const indStart = rows.findIndex((r) => cell(r, 0) === '绩效指标');
  let otherNotes: string | null = null;
  if (indStart >= 0) {
    let level1: string | null = null;
    let level2: string | null = null;
    for (const r of rows.slice(indStart + 1)) {
      const t = r.cells.map((c) => joinWrapped(c.text));
      if (t[0] === '其他说明的问题') {
        otherNotes = t[1] ?? null;
        break;
      }
      if (r.cells.length >= 4) {
        level1 = t[1] ?? level1;
        level2 = t[2] ?? level2;
        const content = keepLines(r.cells[3]?.text);
        if (level1 && level2 && content)
          indicators.push({ level1, level2, level3: null, content, value: null, line: r.line });
      } else if (r.cells.length === 2 && t[0] === null && t[1]) {
        level1 = t[1];
      } else if (r.cells.length === 2 && t[0] && t[1]) {
        level2 = t[0];
        if (level1)
          indicators.push({ level1, level2, level3: null, content: t[1], value: null, line: r.line });
      } else if (r.cells.length === 1 && t[0] && indicators.length > 0) {
        const last = indicators[indicators.length - 1]!;
        last.content = `${last.content}\n${keepLines(r.cells[0]?.text) ?? ''}`;
      } else if (texts(r).length > 0) {
        warn({
          file,
          line: r.line,
          text: texts(r).join(' | '),
          reason: '表十一: an indicator row that cannot be placed',
        });
        lost(
          `${tableName(block.number)} 第 ${r.line} 行的绩效指标放不进表格（${texts(r).join(' | ').slice(0, 40)}）`,
        );
      }
    }
  }
  return {
    line: block.line,
    department: cell(nameRow, 1) ?? '',
    head: cell(headRow, 1),
    phone: cell(headRow, 3),
    funding,
    functions,
    goal: goalRow >= 0 ? keepLines(rows[goalRow]?.cells[1]?.text) : null,
    indicators,
    otherNotes,
  };
}

function isFormStart(r: RawRow): boolean {
  const t = cell(r, 0) ?? '';
  return t.startsWith('项目支出绩效目标申报表') && !t.includes('目录');
}

export function readProjects(
  block: TableBlock,
  budgetYuan: Money | null,
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void = () => {},
): Pick<PerformanceFileInput, 'catalog' | 'projects'> {
  const rows = block.rows;
  const catalog: PerformanceFileInput['catalog'] = [];
  const catStart = rows.findIndex((r) => (cell(r, 0) ?? '').includes('目录'));
  const firstForm = rows.findIndex(isFormStart);
  if (catStart >= 0) {
    for (const r of rows.slice(catStart + 1, firstForm < 0 ? undefined : firstForm)) {
      const n = cell(r, 0);
      const name = cell(r, 1);
      if (n && /^\d+$/.test(n) && name) catalog.push({ number: Number.parseInt(n, 10), name, line: r.line });
    }
  }
  const projects: ProjectInput[] = [];
  const starts = rows.map((r, i) => (isFormStart(r) ? i : -1)).filter((i) => i >= 0);
  starts.forEach((s, k) => {
    const form = rows.slice(s, starts[k + 1] ?? rows.length);
    const p = readProjectForm(form, projects.length + 1, budgetYuan, file, warn, (what) =>
      lost(`${tableName(block.number)} ${what}`),
    );
    if (p) projects.push(p);
  });
  return { catalog, projects };
}

function readProjectForm(
  form: RawRow[],
  n: number,
  budgetYuan: Money | null,
  file: string,
  warn: (w: ImportWarning) => void,
  lost: (what: string) => void,
): ProjectInput | null {
  const find = (label: string) => form.find((r) => (cell(r, 0) ?? '').startsWith(label));
  const nameRow = find('项目名称');
  const name = cell(nameRow, 1);
  if (!nameRow || !name) {
    warn({
      file,
      line: form[0]?.line ?? 1,
      text: '项目支出绩效目标申报表',
      reason: 'a form without 项目名称; left out',
    });
    return null;
  }
  const sup = find('主管部门');
  const owner = find('项目负责人');
  const attr = find('项目属性');
  const funding: PublishedAmountInput[] = [];
  const fundIdx = form.findIndex((r) => (cell(r, 0) ?? '').startsWith('项目资金'));
  if (fundIdx >= 0) {
    const unit = /万元/.test(cell(form[fundIdx], 0) ?? '') ? '万元' : '元';
    for (let i = fundIdx; i < Math.min(form.length, fundIdx + 3); i++) {
      const r = form[i]!;
      const kind = (cell(r, 1) ?? '').replace(/^其中[：:]/, '').replace(/[：:]$/, '');
      const annualLabel = (cell(r, 3) ?? '').replace(/^其中[：:]/, '').replace(/[：:]$/, '');
      const prefixed = (period: string, l: string) => (l.startsWith(period) ? l : `${period}${l}`);
      const mid = readAmount(prefixed('中期', kind), cell(r, 2), unit, r.line, budgetYuan, file, warn);
      const annual = readAmount(
        prefixed('年度', annualLabel || kind),
        cell(r, 4),
        unit,
        r.line,
        budgetYuan,
        file,
        warn,
      );
      if (mid) funding.push(mid);
      if (annual) funding.push(annual);
    }
  }
  const goalIdx = form.findIndex((r) => cell(r, 0) === '总体目标');
  const indIdx = form.findIndex((r) => cell(r, 0) === '绩效指标');
  let midTermGoal: string | null = null;
  let annualGoal: string | null = null;
  if (goalIdx >= 0) {
    const goalRows = form.slice(goalIdx + 1, indIdx > goalIdx ? indIdx : undefined);
    for (const r of goalRows) {
      const cells = r.cells.map((c) => c.text);
      if (cells.length >= 3) {
        if (!isPlaceholder(cells[1] ?? null)) midTermGoal = keepLines(cells[1]);
        annualGoal = keepLines(cells[2]) ?? annualGoal;
      } else {
        const t = cells.filter((c): c is string => c !== null && !isPlaceholder(c));
        if (t.length > 0) annualGoal = keepLines([annualGoal, ...t].filter(Boolean).join('\n'));
      }
    }
  }
  const indicators: Indicator[] = [];
  if (indIdx >= 0) {
    let level1: string | null = null;
    let level2: string | null = null;
    for (const r of form.slice(indIdx + 1)) {
      if (r.cells.length < 8) {
        if (texts(r).length > 0) {
          warn({
            file,
            line: r.line,
            text: texts(r).join(' | '),
            reason: '表十二: an indicator row that cannot be placed',
          });
          lost(`第 ${r.line} 行的绩效指标放不进表格（${texts(r).join(' | ').slice(0, 40)}）`);
        }
        continue;
      }
      const t = r.cells.map((c) => joinWrapped(c.text));
      level1 = t[1] ?? level1;
      level2 = t[5] ?? t[2] ?? level2;
      const leftContent = t[3];
      if (!isPlaceholder(leftContent ?? null) || t[4] !== null)
        warn({
          file,
          line: r.line,
          text: `${leftContent ?? ''} ${t[4] ?? ''}`,
          reason: '表十二: a mid-term indicator (left half) is not captured',
        });
      const raw = keepLines(r.cells[6]?.text);
      if (!raw || isPlaceholder(raw) || !level1 || !level2) continue;
      const lead = /^(指标\d+)[：:]?\s*/.exec(raw);
      const level3 = lead ? lead[1]! : (joinWrapped(r.cells[3]?.text)?.replace(/[：:]$/, '') ?? null);
      const content = lead ? raw.slice(lead[0].length) : raw;
      indicators.push({
        level1,
        level2,
        level3: level3 && PLACEHOLDER.test(level3) && level3.startsWith('…') ? null : level3,
        content,
        value: t[7] ?? null,
        line: r.line,
      });
    }
  }
  return {
    id: `project-${n}`,
    name,
    line: nameRow.line,
    supervisor: cell(sup, 1),
    implementingUnit: cell(sup, 3),
    owner: cell(owner, 1),
    phone: cell(owner, 3),
    attribute: cell(attr, 1),
    period: cell(attr, 3),
    funding,
    midTermGoal,
    annualGoal,
    indicators,
  };
}

/**
 * Where the document is cut inside a form that ends it: the form templates print a closing row last —
 * the 部门整体支出绩效目标申报表 its 其他说明的问题 (with its cell), each 项目支出绩效目标申报表 its
 * 满意度指标 row (eight cells). A form that ends the document without it was cut; the reason, or null.
 */
export function overallFormCut(block: TableBlock): string | null {
  const closing = block.rows.find((r) => cell(r, 0) === '其他说明的问题');
  if (!closing) return '缺少最后一栏“其他说明的问题”';
  if (closing.cells.length < 2) return `最后一栏“其他说明的问题”（第 ${closing.line} 行）不完整`;
  return null;
}

export function lastProjectFormCut(block: TableBlock): string | null {
  const starts = block.rows.map((r, i) => (isFormStart(r) ? i : -1)).filter((i) => i >= 0);
  const from = starts[starts.length - 1];
  if (from === undefined) {
    // No form at all: a catalog with entries is checked against the forms elsewhere; a table with
    // nothing after its title and the catalog's header (序号 / 项目名称) ends where the file was cut.
    const words = block.rows
      .slice(1)
      .flatMap((r) => texts(r))
      .map((t) => t.replace(/[\s\u3000]/g, ''))
      .filter((t) => !/^(项目支出绩效目标申报表(目录)?|序号|项目名称|[（(]\d{4}年度?[)）])$/.test(t));
    return words.length === 0 ? '表中只有标题（和目录的表头），没有一张申报表' : null;
  }
  const form = block.rows.slice(from);
  const name = cell(
    form.find((r) => (cell(r, 0) ?? '').startsWith('项目名称')),
    1,
  );
  const closed = form.some(
    (r) => r.cells.length >= 8 && [2, 5].some((k) => /满意度指标$/.test(cell(r, k) ?? '')),
  );
  return closed ? null : `最后一张申报表（${name ?? '项目名称缺失'}）没有写到最后一行“满意度指标”`;
}
