/**
 * A private-style variant set for the importer, derived in memory from the bundled 2020 document
 * (data/bjsxcqrmzfbgs-2020/source.txt) and written independently of tests/fixtures/generate.ts:
 * the 2021 and 2023 numberings, other departments and years with every amount scaled by one
 * integer factor, each text export, files cut at many points, and files that are not a budget at all.
 *
 * Each variant says whether it must import or be refused (and what a refusal must name), and each
 * importing variant carries questions with expected figures worked out by hand from that variant's own
 * figures: the 2020 figures are read off the source (line numbers in QUESTIONS), the scaled ones are the
 * 2020 figures ×3 and ×7 written out as literals (multiplied outside the code, in decimal arithmetic).
 */
import { readFileSync } from 'node:fs';

export const BUNDLED = readFileSync('data/bjsxcqrmzfbgs-2020/source.txt', 'utf8');

// ---------------------------------------------------------------- the document in pieces

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
const numeral = (n: number) => NUMERALS[n - 1]!;

interface Doc {
  narrative: string[];
  /** Table blocks by their 2020 number (1…12), each starting at its "表X：" line */
  tables: Map<number, string[]>;
}

function splitDoc(text: string): Doc {
  const lines = text.split('\n');
  const partTwo = lines.findIndex((l) => l.startsWith('第二部分'));
  const heads = lines
    .map((l, i) => ({ i, m: /^\t?表([一二三四五六七八九十]+)：/.exec(l) }))
    .filter((x) => x.m !== null)
    .map((x) => ({ i: x.i, n: NUMERALS.indexOf(x.m![1]!) + 1 }));
  const tables = new Map<number, string[]>();
  heads.forEach((h, k) => tables.set(h.n, lines.slice(h.i, heads[k + 1]?.i ?? lines.length)));
  return { narrative: lines.slice(0, partTwo + 1), tables };
}

/** A block under another number (its heading line), a title optionally replaced. */
function as(block: string[], to: number, title?: [string, string]): string[] {
  return block.map((l, i) => {
    let out = i === 0 ? l.replace(/表[一二三四五六七八九十]+：/, `表${numeral(to)}：`) : l;
    if (title) out = out.replace(title[0], title[1]);
    return out;
  });
}

/** Rows of a cell-per-line block: groups of lines between blank lines. */
function rowsOf(block: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const l of block) {
    if (l === '') {
      if (cur.length > 0) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
const joinRows = (rows: string[][]) => rows.flatMap((r) => [...r, '']);

const BASIC_NAMES = /^\t(人员支出|日常公用支出|对个人和家庭补助支出)/;

/**
 * 2023's 项目支出表 from 2020's 表九: its title and header, the project rows (item names not of
 * 基本支出: rows 7th cell not 人员支出/日常公用支出/对个人和家庭补助支出), its 合计 row stating
 * 项目支出 87,408,947.32 (表三 总计 项目支出, l.821) in place of 124,945,150.26.
 */
function projectTable(doc: Doc, to: number, total: string): string[] {
  const rows = rowsOf(doc.tables.get(9)!);
  const header = rows.findIndex((r) => r[0] === '\t功能分类代码');
  const isTotal = (r: string[]) => r.some((c) => c.trim() === '合计');
  const totalRow = rows.find(isTotal)!.map((c) => (/^\t[\d.]+\s*$/.test(c) ? `\t${total}` : c));
  const items = rows.slice(header + 1).filter((r) => !isTotal(r) && !BASIC_NAMES.test(r[6] ?? ''));
  return joinRows([
    [`\t表${numeral(to)}：`, '\t项目支出表'],
    ...rows.slice(1, header + 1),
    ...items,
    totalRow,
  ]);
}

function purchaseTable(to: number, title: string): string[] {
  return joinRows([
    [`\t表${numeral(to)}：`],
    [`\t${title}`],
    ['\t单位：元'],
    ['\t项目名称', '\t购买服务内容', '\t预算金额'],
    ['\t合计', '\t\u3000', '\t0.00'],
  ]);
}

function numbering2021(doc: Doc): string[] {
  const t = (n: number) => doc.tables.get(n)!;
  return [
    ...doc.narrative,
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap(t),
    ...purchaseTable(10, '政府购买服务预算财政拨款明细表'),
    ...as(t(10), 11),
    ...as(t(11), 12),
    ...as(t(12), 13),
  ];
}

function numbering2023(doc: Doc, projectTotal: string): string[] {
  const t = (n: number) => doc.tables.get(n)!;
  return [
    ...doc.narrative,
    ...[1, 2, 3].flatMap(t),
    ...projectTable(doc, 4, projectTotal),
    ...as(t(4), 5),
    ...as(t(5), 6),
    ...as(t(6), 7),
    ...t(8),
    ...as(t(8), 9, ['政府性基金预算支出情况表', '国有资本经营预算财政拨款支出表']),
    ...as(t(7), 10),
    ...purchaseTable(11, '政府购买服务预算表'),
    ...as(t(10), 12, ['专项转移支付预算表', '上级转移支付细化明细表']),
    ...as(t(12), 13),
    ...as(t(11), 14),
  ];
}

// ---------------------------------------------------------------- edits

/** Years 2018–2020 moved on (as years: never inside a longer number). */
const shiftYears = (text: string, by: number) =>
  text.replace(/(?<![\d.])(2018|2019|2020)(?![\d.])/g, (y) => String(Number(y) + by));

/** A decimal string times an integer, written as published (thousands separators and decimals kept). */
function times(published: string, k: number): string {
  const sep = published.includes(',');
  const m = /^(-?)([\d,]+)(?:\.(\d+))?$/.exec(published);
  if (!m) throw new Error(`not a number: ${published}`);
  const frac = m[3] ?? '';
  const n = BigInt(m[2]!.replace(/,/g, '') + frac) * BigInt(k);
  const s = n.toString().padStart(frac.length + 1, '0');
  let int = frac ? s.slice(0, -frac.length) : s;
  if (sep) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1]}${int}${frac ? `.${s.slice(-frac.length)}` : ''}`;
}

/**
 * Every amount times k: in the narrative a number written before 元 or 万元 (not the 50/100 万元以上
 * thresholds); in the tables a cell that is a decimal number (codes, phone numbers and 序号 are
 * integers), the two form amounts written as bare integers (1610000 and 1500000 元 in 万元 fields),
 * and in the form texts a number before 万元 or 万. Counts (人, 辆, 个) and percentages stay.
 */
function scale(text: string, k: number): string {
  const lines = text.split('\n');
  const partTwo = lines.findIndex((l) => l.startsWith('第二部分'));
  const inText = (s: string) =>
    s.replace(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?=\s*(?:万元(?!以上)|元|万(?!元)))/g, (n) => times(n, k));
  return lines
    .map((l, i) => {
      if (i <= partTwo) return inText(l);
      return l
        .split('\t')
        .map((piece) => {
          const m = /^([\s\u3000]*)(-?\d[\d,]*\.\d+|1610000|1500000)([\s\u3000]*)$/.exec(piece);
          if (m) return `${m[1]}${times(m[2]!, k)}${m[3]}`;
          return inText(piece);
        })
        .join('\t');
    })
    .join('\n');
}

/** Another department: its names replaced everywhere (full name, short name, district). */
function rename(text: string, full: string, short: string, district: string): string {
  return text
    .replaceAll('北京市西城区人民政府办公室', full)
    .replaceAll('区政府办公室', short)
    .replaceAll('西城区', district)
    .replaceAll('西城', district.replace(/区$/, ''));
}

// ---------------------------------------------------------------- exports

const HALF: Record<string, string> = { '（': '(', '）': ')', '：': ':' };

/** Thousands separators out of every amount (narrative and tables). */
const withoutSeparators = (text: string) => text.replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, '');

/** Thousands separators into every amount cell of the tables and every 元 amount of the narrative. */
function withSeparators(text: string): string {
  const add = (n: string) => {
    const [int, frac] = n.split('.');
    return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
  };
  const lines = text.split('\n');
  const partTwo = lines.findIndex((l) => l.startsWith('第二部分'));
  return lines
    .map((l, i) =>
      i <= partTwo
        ? l.replace(/(?<![\d.,])(\d{4,}(?:\.\d+)?)(?=元)/g, add)
        : l.replace(
            /^(\t[\s\u3000]*)(\d{4,}\.\d+)([\s\u3000]*)$/,
            (_, a: string, n: string, b: string) => `${a}${add(n)}${b}`,
          ),
    )
    .join('\n');
}

/** One row per line: each row's cells joined by TABs (a wrapped cell's lines joined). */
function rowPerLine(text: string): string {
  const lines = text.split('\n');
  const partTwo = lines.findIndex((l) => l.startsWith('第二部分'));
  const rows = rowsOf(lines.slice(partTwo + 1)).map((g) => {
    const cells: string[] = [];
    for (const l of g) {
      if (l.startsWith('\t')) cells.push(...l.slice(1).split('\t'));
      else if (cells.length === 0) cells.push(l);
      else cells[cells.length - 1] = `${cells[cells.length - 1]}${l}`;
    }
    return cells.join('\t');
  });
  return [...lines.slice(0, partTwo + 1), ...rows].join('\n') + '\n';
}

/**
 * A page break inside a table after its `after`-th data row: a form feed and a page number, and,
 * when `repeat`, the title (with "（续）" when `cont`) and the header rows again.
 */
function pageBreak(
  text: string,
  table: string,
  after: number,
  opts: { repeat: boolean; cont: boolean },
  page: number,
): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.replace(/^\t/, '').startsWith(`${table}：`));
  if (start < 0) throw new Error(`no ${table}`);
  let end = lines.findIndex((l, i) => i > start && /^\t?表[一二三四五六七八九十]+：/.test(l));
  if (end < 0) end = lines.length;
  const block = lines.slice(start, end);
  const rows = rowsOf(block);
  const headerAt = rows.findIndex((r) =>
    r.some((c) => /^\t(科目编码|政府经济分类代码|功能分类代码|收入项目类别|项目)\s*$/.test(c)),
  );
  const titleRow = rows.findIndex((r) => r.some((c) => /表\s*$/.test(c.trim())));
  const insert: string[][] = [[`\f第 ${page} 页`]];
  if (opts.repeat) {
    // the title alone (表九's heading row carries it beside "表九：")
    const title = rows[titleRow]!.filter((c) => /表\s*$/.test(c.trim())).map((c) =>
      opts.cont ? `${c.trimEnd()}（续）` : c,
    );
    insert.push(title, ...rows.slice(titleRow + 1, headerAt + 1));
  }
  const out = [...rows.slice(0, headerAt + 1 + after), ...insert, ...rows.slice(headerAt + 1 + after)];
  return [...lines.slice(0, start), ...joinRows(out), ...lines.slice(end)].join('\n');
}

/** A bare page number on its own line between two rows of a table (after its `after`-th row). */
function barePageNumber(text: string, table: string, after: number, page: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.replace(/^\t/, '').startsWith(`${table}：`));
  let blanks = 0;
  const at = lines.findIndex((l, i) => i > start && l === '' && ++blanks === after);
  return [...lines.slice(0, at + 1), page, '', ...lines.slice(at + 1)].join('\n');
}

/** "表九（续）" heading lines: the table resumes under its own number, as some exports print it. */
function continuedHeading(text: string, table: string, after: number): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.replace(/^\t/, '').startsWith(`${table}：`));
  let end = lines.findIndex((l, i) => i > start && /^\t?表[一二三四五六七八九十]+：/.test(l));
  if (end < 0) end = lines.length;
  const rows = rowsOf(lines.slice(start, end));
  const headerAt = rows.findIndex((r) =>
    r.some((c) => /^\t(科目编码|功能分类代码|政府经济分类代码)\s*$/.test(c)),
  );
  const out = [
    ...rows.slice(0, headerAt + 1 + after),
    [`\t${table}（续）`],
    ...rows.slice(headerAt, headerAt + 1),
    ...rows.slice(headerAt + 1 + after),
  ];
  return [...lines.slice(0, start), ...joinRows(out), ...lines.slice(end)].join('\n');
}

/**
 * Headings with arabic numbers ("表1："), titles with a year prefix ("2020年部门收支总体情况表"), the
 * 三公 title with ASCII quotes: what other exporters and departments print.
 */
function retitled(text: string): string {
  return text
    .replace(
      /^(\t?)表([一二三四五六七八九十]+)：/gm,
      (_, tab: string, n: string) => `${tab}表${NUMERALS.indexOf(n) + 1}：`,
    )
    .replace(
      /\t(部门收支总体情况表|部门收入总体情况表|部门支出总体情况表|财政拨款收支总体情况表|一般公共预算支出情况表|一般公共预算基本支出情况表|政府性基金预算支出情况表|部门预算明细表|专项转移支付预算表)\n/g,
      '\t2020年$1\n',
    )
    .replace('一般公共预算“三公”经费支出情况表', '一般公共预算"三公"经费支出情况表');
}

/** The tables (not the forms) published in 万元: "单位：万元" and every amount ÷ 10,000, exactly. */
function tablesInWan(text: string): string {
  const lines = text.split('\n');
  const partTwo = lines.findIndex((l) => l.startsWith('第二部分'));
  const forms = lines.findIndex((l) => /^\t?表十一：/.test(l));
  const wan = (n: string) => {
    const [int, frac = ''] = n.replace(/,/g, '').split('.');
    const digits = `${int}${frac}`.padStart(frac.length + 5, '0');
    const cut = digits.length - frac.length - 4;
    return `${digits.slice(0, cut).replace(/^0+(?=\d)/, '')}.${digits.slice(cut)}`;
  };
  return lines
    .map((l, i) =>
      i <= partTwo || i >= forms
        ? l
        : l
            .replace('单位：元', '单位：万元')
            .split('\t')
            .map((p) =>
              p.replace(
                /^([\s\u3000]*)(\d[\d,]*\.\d+)([\s\u3000]*)$/,
                (_, a: string, n: string, b: string) => `${a}${wan(n)}${b}`,
              ),
            )
            .join('\t'),
    )
    .join('\n');
}

const crlf = (t: string) => t.split('\n').join('\r\n');
const utf16le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
function utf16be(t: string): Buffer {
  const le = Buffer.from(t, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** GB18030 for the characters of these documents (two-byte codes: the decoder's table reversed). */
let gbTable: Map<string, [number, number]> | undefined;
function gb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const d = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = d.decode(Uint8Array.from([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const t = gbTable.get(ch);
      if (!t) throw new Error(`no GB18030 code for ${JSON.stringify(ch)}`);
      out.push(...t);
    }
  }
  return Buffer.from(out);
}

/** The text up to (not including) the n-th occurrence of `marker` after `after`, plus `keep` characters of it. */
function cutAt(text: string, after: string, marker: string, keep = 0): string {
  const from = text.indexOf(after);
  if (from < 0) throw new Error(`no ${after}`);
  const at = text.indexOf(marker, from);
  if (at < 0) throw new Error(`no ${marker} after ${after}`);
  return text.slice(0, at + keep);
}
/** The text cut after the last occurrence of `marker` (plus `keep` characters of it). */
function cutAtLast(text: string, marker: string, keep = 0): string {
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  return text.slice(0, at + keep);
}

function pseudoRandom(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

// ---------------------------------------------------------------- questions

export interface Question {
  q: string;
  /** The expected figure ("22320.24 元", "116 人") — the answer's first figure must state it — or null: must not answer with a figure */
  want: string | null;
  /** A further figure the answer must also state (a change) */
  also?: string;
}

/**
 * The questions, with their 2020 figures read off the bundled source by hand, and the same figures ×3
 * and ×7 (worked out outside the code). Columns: question, 2020 figure (source line), ×3, ×7.
 * Staff counts and percentages do not scale.
 */
const Q: [string, string, string, string, string?, string?, string?][] = [
  // 表七 2、公务接待费 2020年预算数 (l.1402)
  ['公务接待费是多少', '22320.24 元', '66960.72 元', '156241.68 元'],
  // 表七 总计 (l.1416)
  ['三公经费是多少', '47320.24 元', '141960.72 元', '331241.68 元'],
  // 表一 收入总计 (l.196)
  ['收入总计是多少', '124945150.26 元', '374835450.78 元', '874616051.82 元'],
  // 表三 总计 项目支出 / 基本支出 (l.821)
  ['项目支出是多少', '87408947.32 元', '262226841.96 元', '611862631.24 元'],
  ['基本支出是多少', '37536202.94 元', '112608608.82 元', '262753420.58 元'],
  // 表九 机要信息中心运维费 (l.1846)
  ['机要运维那个项目多少钱', '22175821.60 元', '66527464.80 元', '155230751.20 元'],
  // 表三 206 科学技术支出 合计 (l.677)
  ['科学技术支出是多少', '76411771.98 元', '229235315.94 元', '534882403.86 元'],
  // 表九 预留机动费 (l.1729)
  ['预留机动费多少', '498647.34 元', '1495942.02 元', '3490531.38 元'],
  // 表七 公务用车运行维护费 (l.1412)
  ['公务用车运行维护费多少', '25000.00 元', '75000.00 元', '175000.00 元'],
  // 表六 总计 人员经费 / 公用经费 (l.1379)
  ['人员经费是多少', '34686368.80 元', '104059106.40 元', '242804581.60 元'],
  ['公用经费是多少', '2849834.10 元', '8549502.30 元', '19948838.70 元'],
  // 表三 2010301 行政运行 合计 (l.623)
  ['行政运行多少', '25807805.04 元', '77423415.12 元', '180654635.28 元'],
  // 表七 公务接待费 2020 / 2019 (l.1402), the narrative's 减少3,947.76元 (l.56)
  [
    '公务接待费比去年减少多少',
    '22320.24 元',
    '66960.72 元',
    '156241.68 元',
    '-3947.76 元',
    '-11843.28 元',
    '-27634.32 元',
  ],
  // 表三 2080505 合计 (l.731)
  ['2080505', '2740494.40 元', '8221483.20 元', '19183460.80 元'],
  // narrative l.24: 实际116人
  ['实有人数', '116 人', '116 人', '116 人'],
  // 表九 通讯指挥中心运维费 (l.1837)
  ['通讯指挥中心运维费', '1784000.00 元', '5352000.00 元', '12488000.00 元'],
  // narrative l.69: 预算资金25069065.8元
  ['政府采购预算多少', '25069065.80 元', '75207197.40 元', '175483460.60 元'],
  // narrative l.65: 合计2351333.1元
  ['机构运行经费', '2351333.10 元', '7053999.30 元', '16459331.70 元'],
  // narrative l.26: 离退休人员92人
  ['离退休人员有多少', '92 人', '92 人', '92 人'],
  // 表九 日常公用支出（在职人员）_差旅费 (l.1646); 表六 30211 (l.1222) the same
  ['差旅费', '129960.00 元', '389880.00 元', '909720.00 元'],
  // 表九 l.1666 / 表六 l.1251: 30217 公务接待费
  ['30217是什么', '22320.24 元', '66960.72 元', '156241.68 元'],
  // 表三 2010302 一般行政管理事务 合计 (l.632)
  ['一般行政管理事务', '500425.34 元', '1501276.02 元', '3502977.38 元'],
  // 表九 人员支出（在职统发）_基本工资 (l.1547); 表六 30101 (l.1117) the same
  ['基本工资', '4868040.00 元', '14604120.00 元', '34076280.00 元'],
  // 表十二 通讯指挥中心运维费's annual goal, l.2935: "1、2020年西城区视频会议系统运行维护项目(126万元)"
  ['视频会议系统运行维护那块多少万', '126 万元', '378 万元', '882 万元'],
  // 表七 总计 (l.1416) and the narrative's 增加21,052.24元 (l.52)
  [
    '三公经费比去年增加多少',
    '47320.24 元',
    '141960.72 元',
    '331241.68 元',
    '21052.24 元',
    '63156.72 元',
    '147365.68 元',
  ],
];

/** Not in any of these documents: must not be answered with a figure. */
const NOT_THERE: Question[] = [
  { q: '国防支出是多少', want: null },
  { q: '区教委的三公经费', want: null },
  // one document loaded: it states no last-year figure for a line item
  { q: '机要运维比去年增加多少', want: null },
];

/**
 * Questions whose answer depends on the numbering: what the document calls 表七 and 表九. 2020/2021:
 * 表七 is the 三公 table (总计 47,320.24, l.1416), 表九 the 部门预算明细表 (合计 124,945,150.26,
 * l.2080); 2023: 表七 is the 基本支出 table (总计 printed 37536202.9, l.1379 of the bundled 表六), 表九
 * the 国有资本经营 table, published empty (no figure to give), 表四 the 项目支出表. ×3 and ×7 by hand.
 */
const BY_NUMBERING: Record<2020 | 2023, [string, string | null, string | null, string | null][]> = {
  2020: [
    ['表七是什么表', '47320.24 元', '141960.72 元', '331241.68 元'],
    ['表九', '124945150.26 元', '374835450.78 元', '874616051.82 元'],
    // 表四 财政拨款收支总体情况表: described, with its 收入总计 124,945,150.26 (l.911–912, its last
    // row; the same as 表一 l.196–197)
    ['表四', '124945150.26 元', '374835450.78 元', '874616051.82 元'],
    ['部门预算明细表的合计是多少', '124945150.26 元', '374835450.78 元', '874616051.82 元'],
  ],
  2023: [
    ['表七是什么表', '37536202.9 元', '112608608.7 元', '262753420.3 元'],
    ['表九', null, null, null],
    // 表四 项目支出表 合计 87,408,947.32 (表三 总计 项目支出, l.821)
    ['表四', '87408947.32 元', '262226841.96 元', '611862631.24 元'],
    // no 部门预算明细表 in the 2023 numbering
    ['部门预算明细表的合计是多少', null, null, null],
  ],
};

/** The other questions that hold in every variant: the largest project (表九/表四 l.1846), the count of 项目支出 items (27, counted in 表九). */
const COMMON: [string, string, string, string][] = [
  ['最大的几个项目', '22175821.60 元', '66527464.80 元', '155230751.20 元'],
  ['项目支出有几项', '27 项', '27 项', '27 项'],
];

export function questions(factor: 1 | 3 | 7, numbering: 2020 | 2021 | 2023 = 2020): Question[] {
  const col = factor === 1 ? 1 : factor === 3 ? 2 : 3;
  return [
    ...Q.map((r) => ({
      q: r[0],
      want: r[col]!,
      ...(r[3 + col] ? { also: r[3 + col]! } : {}),
    })),
    ...COMMON.map((r) => ({ q: r[0], want: r[col]! })),
    ...BY_NUMBERING[numbering === 2023 ? 2023 : 2020].map((r) => ({ q: r[0], want: r[col] ?? null })),
    ...NOT_THERE,
  ];
}

function expectLine(lines: readonly string[], n: number, text: string): void {
  if (lines[n - 1] !== text)
    throw new Error(`line ${n} is ${JSON.stringify(lines[n - 1])}, not ${JSON.stringify(text)}`);
}

// ---------------------------------------------------------------- the variants

export interface Variant {
  name: string;
  what: string;
  bytes: Buffer;
  expect: 'import' | 'refuse';
  /** For an import: the numbering its tables follow and the factor its amounts are scaled by */
  numbering?: 2020 | 2021 | 2023;
  factor?: 1 | 3 | 7;
  /** For an import: the department, fiscal year and encoding it must report */
  department?: string;
  fiscalYear?: number;
  encoding?: string;
  /** For a refusal: what the message must name */
  names?: RegExp[];
  questions?: Question[];
}

const utf8 = (t: string) => Buffer.from(t, 'utf8');

export function buildVariants(): Variant[] {
  const doc = splitDoc(BUNDLED);
  const DEPT = '北京市西城区人民政府办公室';
  const v: Variant[] = [];
  const good = (name: string, what: string, bytes: Buffer, extra: Partial<Variant> = {}) =>
    v.push({
      name,
      what,
      bytes,
      expect: 'import',
      numbering: 2020,
      factor: 1,
      department: DEPT,
      fiscalYear: 2020,
      encoding: 'UTF-8',
      ...extra,
      questions: questions(extra.factor ?? 1, extra.numbering ?? 2020),
    });
  const bad = (name: string, what: string, bytes: Buffer, names: RegExp[]) =>
    v.push({ name, what, bytes, expect: 'refuse', names });

  // numberings
  const n2021 = shiftYears(numbering2021(doc).join('\n'), 1);
  good('numbering-2021', '2021 numbering (13 tables), years +1', utf8(n2021), {
    fiscalYear: 2021,
    numbering: 2021,
  });
  const n2023 = shiftYears(numbering2023(doc, '87408947.32').join('\n'), 3);
  good('numbering-2023', '2023 numbering (14 tables: 项目支出表, no 部门预算明细表), years +3', utf8(n2023), {
    fiscalYear: 2023,
    numbering: 2023,
  });

  // other departments and years, amounts scaled
  const dept3 = rename(
    shiftYears(scale(numbering2021(doc).join('\n'), 3), 2),
    '北京市东城区财政局',
    '区财政局',
    '东城区',
  );
  good('dept-x3-2022', '北京市东城区财政局 2022, 2021 numbering, every amount ×3', utf8(dept3), {
    department: '北京市东城区财政局',
    fiscalYear: 2022,
    numbering: 2021,
    factor: 3,
  });
  // 项目支出表 合计 = 87,408,947.32 × 7 = 611,862,631.24
  const dept7 = rename(
    shiftYears(scale(numbering2023(doc, '87408947.32').join('\n'), 7), 4),
    '北京市海淀区政务服务管理局',
    '区政务服务局',
    '海淀区',
  );
  good('dept-x7-2024', '北京市海淀区政务服务管理局 2024, 2023 numbering, every amount ×7', utf8(dept7), {
    department: '北京市海淀区政务服务管理局',
    fiscalYear: 2024,
    numbering: 2023,
    factor: 7,
  });

  // amounts moved between two leaf rows of the same codes (2069999 / 50209 / 30213): 100,000.00 from
  // 2019年无线网络租赁费 (l.1835: 5,750,000.00 → 5,650,000.00) to 2020年西城区IT设备动态管理系统运维服务项目
  // (l.1862: 350,000.00 → 450,000.00); every total stays as published
  {
    const lines = BUNDLED.split('\n');
    expectLine(lines, 1835, '\t5750000.00 ');
    expectLine(lines, 1862, '\t350000.00 ');
    lines[1834] = '\t5650000.00 ';
    lines[1861] = '\t450000.00 ';
    v.push({
      name: 'moved-amounts',
      what: '100,000.00 moved between two 表九 items of the same codes',
      bytes: utf8(lines.join('\n')),
      expect: 'import',
      numbering: 2020,
      factor: 1,
      department: DEPT,
      fiscalYear: 2020,
      encoding: 'UTF-8',
      questions: [
        ...questions(1, 2020),
        { q: 'IT设备动态管理系统运维服务项目多少钱', want: '450000.00 元' },
        { q: '2019年无线网络租赁费多少', want: '5650000.00 元' },
      ],
    });
  }

  // exports of the bundled document
  good('utf8-bom', 'UTF-8 with BOM', utf8(`\uFEFF${BUNDLED}`), { encoding: 'UTF-8（带 BOM）' });
  good('utf16le-crlf', 'UTF-16LE with BOM, CRLF', utf16le(crlf(BUNDLED)), { encoding: 'UTF-16LE' });
  good('utf16be', 'UTF-16BE with BOM', utf16be(BUNDLED), { encoding: 'UTF-16BE' });
  good('gb18030', 'GB18030', gb18030(BUNDLED), { encoding: 'GB18030' });
  good('crlf', 'CRLF line ends', utf8(crlf(BUNDLED)));
  good('halfwidth', 'half-width （）： throughout', utf8(BUNDLED.replace(/[（）：]/g, (c) => HALF[c]!)));
  good(
    'no-separators',
    'thousands separators removed (narrative and 三公 table)',
    utf8(withoutSeparators(BUNDLED)),
  );
  good(
    'separators',
    'thousands separators added to every table amount and 元 figure',
    utf8(withSeparators(BUNDLED)),
  );
  good('tsv', 'one row per line, TAB-separated cells', utf8(rowPerLine(BUNDLED)));
  {
    let t = BUNDLED;
    t = pageBreak(t, '表三', 12, { repeat: false, cont: false }, 7);
    t = pageBreak(t, '表九', 20, { repeat: false, cont: false }, 31);
    t = t.replace('\t表四：', '- 12 -\n\n\t表四：');
    t = barePageNumber(t, '表六', 9, '15');
    t = barePageNumber(t, '表九', 40, '\f34');
    good(
      'pages',
      'page numbers (第 N 页, - N -, a bare number) and form feeds inside and between tables',
      utf8(t),
    );
  }
  {
    // one row per line, a form feed and the page's number inside 表三 and 表九
    const lines = rowPerLine(BUNDLED).split('\n');
    const at = (re: RegExp, after: number) => lines.findIndex((l) => re.test(l)) + after;
    lines.splice(at(/^表九：/, 30), 0, '\f31');
    lines.splice(at(/^表三：/, 12), 0, '\f7');
    good('tsv-pages', 'one row per line with form feeds and bare page numbers', utf8(lines.join('\n')));
  }
  {
    let t = BUNDLED;
    t = pageBreak(t, '表二', 15, { repeat: true, cont: false }, 3);
    t = pageBreak(t, '表三', 10, { repeat: true, cont: false }, 6);
    t = pageBreak(t, '表六', 12, { repeat: true, cont: false }, 14);
    t = pageBreak(t, '表九', 25, { repeat: true, cont: false }, 33);
    good('repeated-headers', 'title and header repeated after page breaks (表二, 表三, 表六, 表九)', utf8(t));
  }
  {
    let t = BUNDLED;
    t = pageBreak(t, '表三', 10, { repeat: true, cont: true }, 6);
    t = pageBreak(t, '表九', 30, { repeat: true, cont: true }, 33);
    t = continuedHeading(t, '表五', 8);
    good('continued-titles', '“……表（续）” titles and a “表五（续）” heading after page breaks', utf8(t));
  }
  good(
    'retitled',
    'headings 表1…表12, titles with a year prefix, the 三公 title in ASCII quotes',
    utf8(retitled(BUNDLED)),
  );
  good(
    'n2023-tsv-gb18030-crlf',
    '2023 numbering, one row per line, GB18030, CRLF',
    gb18030(crlf(rowPerLine(n2023))),
    { fiscalYear: 2023, numbering: 2023, encoding: 'GB18030' },
  );
  good(
    'n2021-halfwidth-utf16',
    '2021 numbering, half-width punctuation, UTF-16LE',
    utf16le(n2021.replace(/[（）：]/g, (c) => HALF[c]!)),
    { fiscalYear: 2021, numbering: 2021, encoding: 'UTF-16LE' },
  );

  // cut files
  const T = BUNDLED;
  bad(
    'cut-narrative',
    'cut inside the narrative (no table part)',
    utf8(cutAt(T, '第一部分', '2.公务接待费')),
    [/第二部分/],
  );
  bad('cut-t1-mid-row', 'cut inside 表一, mid-row', utf8(cutAt(T, '\t表一：', '\t科学技术支出', 1)), [
    /表一|部门收支总体/,
    /截断|缺少/,
  ]);
  bad(
    'cut-t3-mid-number',
    'cut inside 表三, in the middle of 76411771.98',
    utf8(cutAt(T, '\t表三：', '76411771.98', 5)),
    [/表三|部门支出总体/],
  );
  bad('cut-t6-mid-row', 'cut inside 表六 after a row code', utf8(cutAt(T, '\t表六：', '\t30217', 7)), [
    /表六|基本支出/,
  ]);
  bad(
    'cut-t7-mid-number',
    'cut inside 表七 (三公), in 22,320.24',
    utf8(cutAt(T, '\t表七：', '22,320.24', 5)),
    [/三公/],
  );
  bad(
    'cut-t9-mid-row',
    'cut inside 表九 after an item name, before its amount',
    utf8(cutAt(T, '表九：', '\t预留机动费', 7)),
    [/表九|部门预算明细/],
  );
  bad('cut-t9-end', 'cut after 表九 (no 表十 … 表十二)', utf8(cutAt(T, '表九：', '\t表十：')), [
    /整体支出绩效|项目支出绩效/,
  ]);
  bad(
    'cut-t11-overall-form',
    'cut inside 表十一 (部门整体支出绩效目标申报表), after its funding',
    utf8(cutAt(T, '表十一：', '部门（单位）职能概述')),
    [/部门整体支出绩效目标申报表|表十一/],
  );
  bad('cut-t12-catalog', "cut inside 表十二's catalog", utf8(cutAt(T, '表十二：', '\t3\n')), [
    /项目支出绩效目标申报表|表十二/,
  ]);
  bad(
    'cut-t12-second-form',
    "cut inside 表十二's second project form",
    utf8(cutAt(T, '\t项目名称\n\t西城区2020年政府绩效管理项目', '\t项目负责人')),
    [/项目支出绩效目标申报表|表十二/],
  );
  bad(
    'cut-t12-last-form-funding',
    'cut inside the last project form, in 178.4万元',
    utf8(cutAtLast(T, '178.4万元', 3)),
    [/项目支出绩效目标申报表|表十二/],
  );
  bad(
    'cut-t12-last-form-indicators',
    'cut inside the last project form, among its indicators',
    utf8(cutAtLast(T, '\t质量指标')),
    [/项目支出绩效目标申报表|表十二/],
  );
  bad(
    'cut-t12-last-form-last-row',
    'cut inside the last project form, in its last indicator row',
    utf8(cutAtLast(T, '\t不涉及')),
    [/项目支出绩效目标申报表|表十二/],
  );
  bad(
    'cut-2023-t4-mid-number',
    '2023 numbering cut inside 表四 项目支出表, mid-number',
    utf8(cutAt(n2023, '\t项目支出表', '22175821.60', 6)),
    [/表四|项目支出表/],
  );
  bad(
    'cut-2023-t14-overall-form',
    '2023 numbering cut inside 表十四 (部门整体支出绩效目标申报表, the last table)',
    utf8(cutAtLast(n2023, '部门（单位）绩效目标')),
    [/部门整体支出绩效目标申报表|表十四/],
  );
  bad(
    'cut-2023-t14-indicators',
    "2023 numbering cut inside 表十四's indicators",
    utf8(cutAtLast(n2023, '\t效果指标')),
    [/部门整体支出绩效目标申报表|表十四/],
  );

  // tables in 万元: amounts are kept and answered in 元, so refused (never read as 元)
  bad('tables-in-wan', 'tables 表一…表十 published in 万元 (amounts ÷ 10,000)', utf8(tablesInWan(BUNDLED)), [
    /万元/,
    /表九（部门预算明细表）/,
  ]);

  // not a budget at all
  bad('empty', 'an empty file', Buffer.alloc(0), [/第二部分/]);
  bad('blank', 'spaces and line ends only', utf8(' \n\n\t\n  \r\n'), [/第二部分/]);
  bad('binary', '8 KB of pseudo-random bytes', pseudoRandom(8192, 20261130), [/第二部分/]);
  bad(
    'png',
    'a PNG header and random bytes',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandom(2048, 7)]),
    [/第二部分/],
  );
  bad(
    'other-text',
    "a Chinese text that is not a budget (the domain notes' first lines)",
    utf8('# 部门预算公开\n这是一份说明，不是预算文件。\n第一部分\n'),
    [/第二部分/],
  );
  bad(
    'tables-part-only-heading',
    'the narrative and a 第二部分 heading, no tables',
    utf8(doc.narrative.join('\n') + '\n'),
    [/缺少部门收支总体情况表/],
  );
  bad('utf16-no-bom', 'UTF-16LE without a BOM', Buffer.from(BUNDLED, 'utf16le'), [/第二部分/]);
  return v;
}

/** The 2023-numbering variant's text (years +3), for tests that edit it. */
export function numbering2023Text(): string {
  return shiftYears(numbering2023(splitDoc(BUNDLED), '87408947.32').join('\n'), 3);
}

/**
 * Two years of one (renamed) department across the numbering change: 2022 in the 2021 numbering
 * (the bundled figures), 2023 in the 2023 numbering with every amount ×3.
 */
export function pairTexts(): { previous: string; current: string } {
  const doc = splitDoc(BUNDLED);
  const dept = (t: string) => rename(t, '北京市东城区财政局', '区财政局', '东城区');
  return {
    previous: dept(shiftYears(numbering2021(doc).join('\n'), 2)),
    current: dept(shiftYears(scale(numbering2023(doc, '87408947.32').join('\n'), 3), 3)),
  };
}

/** The 2021-numbering variant's text (years +1), for tests that cut it. */
export function numbering2021Text(): string {
  return shiftYears(numbering2021(splitDoc(BUNDLED)).join('\n'), 1);
}

/** The export transforms and encodings, for tests that combine them. */
export function exportsForTest(): {
  transforms: Record<string, (t: string) => string>;
  encodings: Record<string, (t: string) => Buffer>;
} {
  return {
    transforms: {
      halfwidth: (t) => t.replace(/[（）：]/g, (c) => HALF[c]!),
      'no-separators': withoutSeparators,
      separators: withSeparators,
      pages: (t) =>
        barePageNumber(pageBreak(t, '表三', 12, { repeat: false, cont: false }, 7), '表九', 40, '\f34'),
      'repeated-headers': (t) =>
        pageBreak(
          pageBreak(t, '表六', 12, { repeat: true, cont: true }, 14),
          '表九',
          25,
          { repeat: true, cont: false },
          33,
        ),
      retitled,
      tsv: rowPerLine,
    },
    encodings: {
      'utf8-bom-crlf': (t) => utf8(`\uFEFF${crlf(t)}`),
      'utf16le-crlf': (t) => utf16le(crlf(t)),
      utf16be: utf16be,
      gb18030: (t) => gb18030(crlf(t)),
    },
  };
}
