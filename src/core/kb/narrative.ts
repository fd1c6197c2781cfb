/**
 * 第一部分 (the narrative): sections, responsibilities, and every figure the text states, each with
 * the sentence it is quoted from. Patterns are tolerant of the wording variations seen across
 * documents of this shape (比/较, 增加/减少/下降, 元 omitted, full-width punctuation); a figure the
 * text does not state is simply absent — never filled in.
 */
import { normaliseDecimalText } from '../money.js';
import type { FactInput, GlossaryFileInput, NarrativeFileInput } from './schema.js';
import type { ImportWarning } from './warnings.js';

type Unit = FactInput['unit'];

interface Line {
  no: number;
  text: string;
}

export interface Section {
  heading: string;
  line: number;
  /** Top-level heading this subsection belongs to ("四、部门“三公”经费财政拨款预算说明") */
  parent: string | null;
  lines: Line[];
}

const TOP_HEADING = /^([一二三四五六七八九十]+)、(.+)$/;
const SUB_HEADING = /^（([一二三四五六七八九十]+)）(.+)$/;
const N = '([0-9][0-9,]*(?:\\.[0-9]+)?)';

function isHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || /[。；]$/.test(t)) return false;
  return TOP_HEADING.test(t) || SUB_HEADING.test(t) || /^第[一二三四五]部分/.test(t);
}

/** Split the narrative lines into sections at headings. */
export function splitSections(lines: readonly string[], end: number): Section[] {
  const sections: Section[] = [];
  let top: string | null = null;
  let cur: Section = { heading: '', line: 1, parent: null, lines: [] };
  sections.push(cur);
  for (let i = 0; i < end; i++) {
    const text = (lines[i] ?? '').replace(/\u3000/g, ' ');
    if (text.trim() === '') continue;
    if (isHeading(text)) {
      const h = text.trim();
      if (TOP_HEADING.test(h) || /^第[一二三四五]部分/.test(h)) top = h;
      cur = { heading: h, line: i + 1, parent: SUB_HEADING.test(h) ? top : null, lines: [] };
      sections.push(cur);
      continue;
    }
    cur.lines.push({ no: i + 1, text: lines[i] ?? '' });
  }
  return sections.filter((s) => s.heading !== '' || s.lines.length > 0);
}

/** The sentence of `text` (split after 。) that contains character index `at`. */
function sentenceAt(text: string, at: number): string {
  let start = text.lastIndexOf('。', at - 1) + 1;
  let end = text.indexOf('。', at);
  end = end < 0 ? text.length : end + 1;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return text.slice(start, end).trimEnd();
}

export class NarrativeReader {
  readonly facts: FactInput[] = [];
  readonly statements: NarrativeFileInput['statements'] = [];
  constructor(
    readonly sections: Section[],
    private readonly file: string,
    private readonly warn: (w: ImportWarning) => void,
  ) {}

  /** The section whose heading contains every keyword (the first one). */
  section(...keywords: string[]): Section | null {
    const all = this.sections.filter((s) => keywords.every((k) => s.heading.includes(k)));
    return all.find((s) => s.lines.length > 0) ?? all[0] ?? null;
  }

  private sectionName(s: Section): string {
    return s.parent && s.parent !== s.heading ? `${s.parent} ${s.heading}` : s.heading;
  }

  /** First match of `re` in the section's lines (each line separately). */
  match(s: Section | null, re: RegExp): { m: RegExpExecArray; line: Line } | null {
    if (!s) return null;
    const flags = re.flags.includes('d') ? re.flags : `${re.flags}d`;
    const r = new RegExp(re.source, flags.replace('g', ''));
    for (const line of s.lines) {
      const m = r.exec(line.text);
      if (m) return { m, line };
    }
    return null;
  }

  /** Record the number in capture group `g` as a fact, quoting its sentence. */
  fact(
    s: Section,
    hit: { m: RegExpExecArray; line: Line },
    g: number,
    id: string,
    label: string,
    unit: Unit,
    sign: 1 | -1 = 1,
  ): void {
    const raw = hit.m[g];
    const at = hit.m.indices?.[g]?.[0];
    if (raw === undefined || at === undefined) return;
    const value = normaliseDecimalText(raw);
    if (value === null) {
      this.warn({ file: this.file, line: hit.line.no, text: raw, reason: `${label}: not a number` });
      return;
    }
    const signed = sign < 0 && !/^0+(\.0+)?$/.test(value) ? `-${value}` : value;
    this.facts.push({
      id,
      label,
      value: signed,
      unit,
      source: {
        kind: 'narrative',
        section: this.sectionName(s),
        quote: sentenceAt(hit.line.text, at),
        line: hit.line.no,
      },
    });
  }

  statement(s: Section, hit: { m: RegExpExecArray; line: Line }, g: number, id: string, label: string): void {
    const text = hit.m[g]?.trim();
    const at = hit.m.indices?.[g]?.[0];
    if (!text || at === undefined) return;
    this.statements.push({
      id,
      label,
      text,
      source: {
        kind: 'narrative',
        section: this.sectionName(s),
        quote: sentenceAt(hit.line.text, at),
        line: hit.line.no,
      },
    });
  }

  missing(what: string, s: Section | null): void {
    this.warn({
      file: this.file,
      line: s?.line ?? 1,
      text: s?.heading ?? '(section not found)',
      reason: `could not read ${what} from the narrative`,
    });
  }

  /**
   * A change against last year: "<current>元，比<year>年…<previous>元增加<change>元，增加<pct>%" and the
   * reason ("主要原因是…"). `lead` is the text right before the current amount.
   */
  change(
    s: Section | null,
    lead: string,
    id: string,
    label: string,
    year: number,
    prevYear: number,
  ): boolean {
    if (!s) {
      this.missing(label, s);
      return false;
    }
    const re = new RegExp(
      `${lead}${N}元?[。，,]?\\s*(?:比|较)(?:(\\d{4})年?|上年)?[^0-9]{0,30}?${N}元?\\s*(增加|减少|下降|增长)${N}元[，,]\\s*(?:增加|减少|下降|增长|上升)?${N}%`,
    );
    const hit = this.match(s, re);
    if (!hit) {
      this.missing(`${label} and its change`, s);
      return false;
    }
    const down = hit.m[4] === '减少' || hit.m[4] === '下降';
    this.fact(s, hit, 1, `${id}.current`, `${year}年${label}`, '元');
    this.fact(s, hit, 3, `${id}.previous`, `${prevYear}年${label}`, '元');
    this.fact(s, hit, 5, `${id}.change`, `${label}比${prevYear}年增减额`, '元', down ? -1 : 1);
    this.fact(s, hit, 6, `${id}.changePct`, `${label}比${prevYear}年增减幅度`, '%', down ? -1 : 1);
    // The reason ("主要原因是…") follows on the same line, possibly a sentence or two later.
    const after = hit.line.text.slice((hit.m.index ?? 0) + hit.m[0].length);
    const why = /主要(?:原因)?是([^。]+)/d.exec(after);
    if (why) {
      const offset = (hit.m.index ?? 0) + hit.m[0].length;
      const shifted = Object.assign([...why], {
        index: why.index + offset,
        input: hit.line.text,
        indices: why.indices?.map((p) => (p ? [p[0] + offset, p[1] + offset] : p)),
      }) as unknown as RegExpExecArray;
      this.statement(s, { m: shifted, line: hit.line }, 1, `${id}.reason`, `${label}增减原因`);
    }
    return true;
  }
}

/** Read every narrative figure. `year`/`prevYear` label the facts. */
export function readNarrative(
  sections: Section[],
  year: number,
  prevYear: number,
  file: string,
  warn: (w: ImportWarning) => void,
): NarrativeFileInput {
  const r = new NarrativeReader(sections, file, warn);

  // 一、职责与机构
  const org = r.section('机构设置') ?? r.section('职责');
  const responsibilities: NarrativeFileInput['responsibilities'] = [];
  if (org) {
    const div = r.match(org, /内设(\d+)个科室/);
    if (div) r.fact(org, div, 1, 'department.internalDivisions', '内设科室', '个');
    else r.missing('内设科室', org);
    const units = r.match(org, /下设(\d+)个(?:事业单位|单位)/);
    if (units) r.fact(org, units, 1, 'department.affiliatedUnits', '下设事业单位', '个');
    const managed = r.match(org, /^(.*代管.*。)\s*$/);
    if (managed) r.statement(org, managed, 1, 'department.managedFunds', '经费代管');
    const intro = r.match(org, /^(.+?是负责.+?的.+?部门)/);
    if (intro) r.statement(org, intro, 1, 'department.role', '部门定位');
    for (const line of org.lines) {
      const m = /^\s*([一二三四五六七八九十]+)、(.+?)\s*$/.exec(line.text);
      if (m) responsibilities.push({ number: responsibilities.length + 1, text: m[2]!, line: line.no });
    }
  }

  // 人员构成
  const staff = r.section('人员构成');
  if (staff) {
    for (const kind of ['行政编制', '事业编制', '工勤编制']) {
      const hit = r.match(staff, new RegExp(`${kind}(\\d+)人`));
      if (hit) r.fact(staff, hit, 1, `staffing.${kind}`, kind, '人');
    }
    const actual = r.match(staff, /(?:实际|实有)(?:人数)?(\d+)人/);
    if (actual) r.fact(staff, actual, 1, 'staffing.实有', '实有人数', '人');
    const temp = r.match(staff, /临时工(\d+)人/);
    if (temp) r.fact(staff, temp, 1, 'staffing.临时工', '长期聘用临时工', '人');
    const retired = r.match(staff, /离退休人员(\d+)人/);
    if (retired) r.fact(staff, retired, 1, 'staffing.离退休', '离退休人员', '人');
    const lixiu = r.match(staff, /离休(\d+)人/);
    if (lixiu) r.fact(staff, lixiu, 1, 'staffing.离休', '离休人员', '人');
    const tuixiu = r.match(staff, /[，,：:]退休(\d+)人/);
    if (tuixiu) r.fact(staff, tuixiu, 1, 'staffing.退休', '退休人员', '人');
  } else r.missing('人员构成', null);

  // 二、收支预算
  const income = r.section('收入预算说明');
  r.change(income, '收入预算', 'income', '收入预算', year, prevYear);
  if (income) {
    const fiscal = r.match(
      income,
      new RegExp(
        `其中[：:]\\s*财政拨款${N}元[，,]\\s*比(\\d{4})年${N}元(增加|减少)${N}元[，,]\\s*(?:增加|减少|下降)${N}%`,
      ),
    );
    if (fiscal) {
      const down = fiscal.m[4] === '减少';
      r.fact(income, fiscal, 1, 'income.fiscal.current', `${year}年财政拨款收入`, '元');
      r.fact(income, fiscal, 3, 'income.fiscal.previous', `${prevYear}年财政拨款收入`, '元');
      r.fact(
        income,
        fiscal,
        5,
        'income.fiscal.change',
        `财政拨款收入比${prevYear}年增减额`,
        '元',
        down ? -1 : 1,
      );
      r.fact(income, fiscal, 6, 'income.fiscal.changePct', `财政拨款收入增减幅度`, '%', down ? -1 : 1);
    }
  }
  // Some documents restate the income sentence under 支出预算说明 ("收入预算…"): read either wording;
  // the audit points out the wording.
  r.change(r.section('支出预算说明'), '(?:支出|收入)预算', 'expenditure', '支出预算', year, prevYear);

  // 三、基本支出 / 项目支出
  r.change(r.section('基本支出'), '基本支出预算', 'basic', '基本支出预算', year, prevYear);
  const proj = r.section('项目支出');
  r.change(proj, '项目支出预算', 'project', '项目支出预算', year, prevYear);
  const main = r.match(proj, /主要项目有(.+?)。?\s*$/);
  if (proj && main) r.statement(proj, main, 1, 'project.mainProjects', '主要项目');

  // 四、三公经费
  const scope = r.section('单位范围');
  if (scope) {
    const hit = r.match(scope, /包括(\d+)个单位/);
    if (hit) r.fact(scope, hit, 1, 'sangong.unitCount', '“三公”经费支出单位', '个');
    const who = r.match(scope, /即(.+?)。/);
    if (who) r.statement(scope, who, 1, 'sangong.units', '“三公”经费支出单位');
  }
  const sg = r.section('三公', '情况说明') ?? r.section('三公', '财政拨款');
  if (sg) {
    r.change(sg, '(?:“三公”|三公)经费财政拨款预算安排', 'sangong', '“三公”经费财政拨款预算', year, prevYear);
    // The part headings sit on their own lines; each part's figures are on the lines below.
    readSangongParts(r, sg, year, prevYear);
  } else r.missing('“三公”经费', null);

  // 五、其他情况
  const op = r.section('机构运行经费');
  r.change(op, '(?:行政运行经费|机构运行经费)[，,]?\\s*合计', 'operating', '机构运行经费', year, prevYear);

  const proc = r.section('政府采购');
  if (proc) {
    const hit = r.match(proc, new RegExp(`采购项目(\\d+)个[，,]\\s*预算资金${N}元`));
    if (hit) {
      r.fact(proc, hit, 1, 'procurement.projectCount', `${year}年政府采购项目`, '个');
      r.fact(proc, hit, 2, 'procurement.amount', `${year}年政府采购预算资金`, '元');
    } else r.missing('政府采购', proc);
  }
  const svc = r.section('政府购买服务');
  if (svc) {
    const hit = r.match(svc, /政府购买服务项目(\d+)个/);
    if (hit) r.fact(svc, hit, 1, 'purchaseServices.projectCount', `${year}年政府购买服务项目`, '个');
    else r.missing('政府购买服务', svc);
  }
  const perf = r.section('绩效');
  if (perf) {
    const hit = r.match(
      perf,
      new RegExp(`绩效目标的项目有(\\d+)个?.*?当年拨款${N}万元[，,]\\s*占项目支出${N}万元的${N}%`),
    );
    if (hit) {
      r.fact(perf, hit, 1, 'performance.projectCount', '申报绩效目标的项目', '项');
      r.fact(perf, hit, 2, 'performance.amount', '申报绩效目标项目的当年拨款', '万元');
      r.fact(perf, hit, 3, 'performance.projectTotal', '项目支出（绩效说明所引）', '万元');
      r.fact(perf, hit, 4, 'performance.share', '申报绩效目标项目占项目支出比例', '%');
    } else r.missing('绩效目标', perf);
    const ev = r.match(
      perf,
      new RegExp(`开展(\\d{4})年.*?绩效评价.*?评价得分为${N}分[，,]\\s*(?:绩效)?评价等级为([^。，,]+)`),
    );
    if (ev) {
      r.fact(perf, ev, 2, 'performance.evaluation.score', `${ev.m[1]}年度整体支出绩效评价得分`, '分');
      r.statement(perf, ev, 3, 'performance.evaluation.grade', `${ev.m[1]}年度整体支出绩效评价等级`);
    }
  }
  const cap = r.section('国有资本经营预算');
  if (cap) {
    const hit = r.match(cap, /^(.+。)\s*$/);
    if (hit) r.statement(cap, hit, 1, 'stateCapital', '国有资本经营预算');
  }
  const assets = r.section('国有资产');
  if (assets) readAssets(r, assets);

  return {
    sections: sections.filter((s) => s.heading !== '').map((s) => ({ heading: s.heading, line: s.line })),
    responsibilities,
    facts: r.facts,
    statements: r.statements,
  };
}

function readSangongParts(r: NarrativeReader, sg: Section, year: number, prevYear: number): void {
  // 因公出国（境）费: "2020年财政拨款预算安排0元。与上年持平。"
  const parts: { key: string; title: RegExp; label: string }[] = [
    { key: 'abroad', title: /因公出国/, label: '因公出国（境）费' },
    { key: 'reception', title: /公务接待费/, label: '公务接待费' },
    { key: 'vehicle', title: /公务用车购置及运行维护费/, label: '公务用车购置及运行维护费' },
  ];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const start = sg.lines.findIndex((l) => /^\s*\d+[.、．]/.test(l.text) && part.title.test(l.text));
    if (start < 0) {
      r.missing(`三公 ${part.label}`, sg);
      continue;
    }
    const next = sg.lines.findIndex((l, i) => i > start && /^\s*\d+[.、．]/.test(l.text));
    const body: Section = { ...sg, lines: sg.lines.slice(start + 1, next < 0 ? undefined : next) };
    const id = `sangong.${part.key}`;
    if (part.key === 'vehicle') {
      const count = r.match(body, /公务用车数量为(\d+)/);
      if (count) r.fact(sg, count, 1, 'sangong.vehicle.count', `${year}年实有公务用车`, '辆');
      const cur = r.match(body, new RegExp(`财政拨款预算安排${N}元`));
      if (cur) r.fact(sg, cur, 1, `${id}.current`, `${year}年${part.label}`, '元');
      const buy = r.match(body, new RegExp(`公务用车购置费${N}元`));
      if (buy) r.fact(sg, buy, 1, 'sangong.vehicle.purchase.current', `${year}年公务用车购置费`, '元');
      const run = r.match(body, new RegExp(`公务用车运行维护费${N}元`));
      if (run) r.fact(sg, run, 1, 'sangong.vehicle.operation.current', `${year}年公务用车运行维护费`, '元');
      // "增减变化情况为公务用车购置及运行维护费总体费用较上年0增加25000元，增加100%，主要原因是…"
      const rest: Section = { ...sg, lines: sg.lines.slice(start + 1) };
      const ch = r.match(
        rest,
        new RegExp(`较上年${N}元?\\s*(增加|减少)${N}元[，,]\\s*(?:增加|减少|下降)${N}%`),
      );
      if (ch) {
        const down = ch.m[2] === '减少';
        r.fact(sg, ch, 1, `${id}.previous`, `${prevYear}年${part.label}`, '元');
        r.fact(sg, ch, 3, `${id}.change`, `${part.label}比${prevYear}年增减额`, '元', down ? -1 : 1);
        r.fact(sg, ch, 4, `${id}.changePct`, `${part.label}增减幅度`, '%', down ? -1 : 1);
        const why = r.match(rest, /公务用车.*?主要原因是([^。]+)/);
        if (why) r.statement(sg, why, 1, `${id}.reason`, `${part.label}增减原因`);
      }
      continue;
    }
    const cur = r.match(body, new RegExp(`预算安排${N}元`));
    if (cur) r.fact(sg, cur, 1, `${id}.current`, `${year}年${part.label}`, '元');
    else r.missing(`三公 ${part.label}`, sg);
    const ch = r.match(
      body,
      new RegExp(`(?:较|比)(?:上年|\\d{4}年)${N}元?\\s*(增加|减少)${N}元[，,]\\s*(?:增加|减少|下降)${N}%`),
    );
    if (ch) {
      const down = ch.m[2] === '减少';
      r.fact(sg, ch, 1, `${id}.previous`, `${prevYear}年${part.label}`, '元');
      r.fact(sg, ch, 3, `${id}.change`, `${part.label}比${prevYear}年增减额`, '元', down ? -1 : 1);
      r.fact(sg, ch, 4, `${id}.changePct`, `${part.label}增减幅度`, '%', down ? -1 : 1);
      const why = r.match(body, /%[，,]\s*主要(?:原因)?是([^。]+)/);
      if (why) r.statement(sg, why, 1, `${id}.reason`, `${part.label}增减原因`);
    } else {
      const flat = r.match(body, /(与上年持平)/);
      if (flat) r.statement(sg, flat, 1, `${id}.note`, `${part.label}增减情况`);
    }
  }
}

function readAssets(r: NarrativeReader, s: Section): void {
  const total = r.match(s, new RegExp(`截[止至](\\d{4})年.*?固定资产总额${N}万元`));
  if (total) r.fact(s, total, 2, 'assets.total', `截至${total.m[1]}年固定资产总额`, '万元');
  else r.missing('固定资产总额', s);
  const veh = r.match(s, new RegExp(`其中[：:]\\s*车辆(\\d+)辆[，,]\\s*${N}万元`));
  if (veh) {
    r.fact(s, veh, 1, 'assets.vehicles.count', '车辆', '辆');
    r.fact(s, veh, 2, 'assets.vehicles.amount', '车辆资产', '万元');
  }
  const gen = r.match(s, new RegExp(`通用设备${N}万元`));
  if (gen) r.fact(s, gen, 1, 'assets.generalEquipment', '通用设备', '万元');
  const spec = r.match(s, new RegExp(`专用设备${N}万元`));
  if (spec) r.fact(s, spec, 1, 'assets.specialEquipment', '专用设备', '万元');
  const pv = r.match(s, new RegExp(`安排购置车辆(\\d+)台[，,]\\s*${N}万元`));
  if (pv) {
    r.fact(s, pv, 1, 'assets.planned.vehicles.count', '计划购置车辆', '台');
    r.fact(s, pv, 2, 'assets.planned.vehicles.amount', '计划购置车辆金额', '万元');
  }
  for (const [kind, key] of [
    ['通用设备', 'generalEquipment'],
    ['专用设备', 'specialEquipment'],
  ] as const) {
    const hit = r.match(s, new RegExp(`(\\d+)万元以上的${kind}(\\d+)台（套）[、，,]\\s*${N}万元`));
    if (!hit) continue;
    const what = `计划购置单价${hit.m[1]}万元以上${kind}`;
    r.fact(s, hit, 2, `assets.planned.${key}.count`, what, '台（套）');
    r.fact(s, hit, 3, `assets.planned.${key}.amount`, `${what}金额`, '万元');
  }
}

/** 名称解释: "X是指…" paragraphs, and "其中，Y指…；Z指…" sub-terms. */
export function readGlossary(
  sections: Section[],
  file: string,
  warn: (w: ImportWarning) => void,
): GlossaryFileInput {
  const s = sections.find((x) => x.heading.includes('名称解释'));
  const entries: GlossaryFileInput['entries'] = [];
  if (!s) {
    warn({ file, line: 1, text: '名称解释', reason: 'no glossary section found' });
    return { entries };
  }
  const sectionName = s.heading;
  for (const line of s.lines) {
    const text = line.text.trim();
    const m = /^(.{2,20}?)是指(.+?)。/.exec(text);
    if (!m) {
      warn({ file, line: line.no, text, reason: 'a glossary paragraph without "…是指…"; left out' });
      continue;
    }
    const term = m[1]!;
    entries.push({
      term,
      definition: `${term}是指${m[2]!}。`,
      parent: null,
      source: { kind: 'narrative', section: sectionName, quote: m[0], line: line.no },
    });
    const rest = text.slice(m[0].length);
    const sub = /^其中[，,]\s*(.+)$/.exec(rest);
    if (!sub) continue;
    for (const clause of sub[1]!.split(/[；;]/)) {
      const c = /^\s*(.{2,20}?)指(.+?)。?\s*$/.exec(clause);
      if (!c) continue;
      const quote = clause.trim();
      entries.push({
        term: c[1]!,
        definition: `${c[1]!}指${c[2]!.replace(/。$/, '')}。`,
        parent: term,
        source: { kind: 'narrative', section: sectionName, quote, line: line.no },
      });
    }
  }
  return { entries };
}
