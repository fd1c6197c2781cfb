/**
 * The private-style variant set (tests/helpers/private-variants.ts): one test per variant. An importing
 * variant is imported with the import command (exit 0, no warning, its department, year and encoding),
 * audited to the findings its figures really have, and asked its questions (expected figures worked out
 * by hand from the variant's own figures; every figure traced to source.txt by the independent oracle).
 * A refused variant exits non-zero, names what is missing, writes nothing and leaves an existing dataset
 * as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/answer/engine.js';
import { auditDataset, runAudit } from '../../src/core/kb/audit.js';
import { ImportError, importBudget } from '../../src/core/kb/importer.js';
import { loadDataset, loadKnowledgeBase } from '../../src/core/kb/loader.js';
import { Money } from '../../src/core/money.js';
import { decodeSource } from '../../src/core/kb/tokenize.js';
import { runImport } from '../../src/import/run.js';
import {
  buildVariants,
  exportsForTest,
  numbering2021Text,
  numbering2023Text,
  pairTexts,
  type Variant,
} from '../helpers/private-variants.js';
import { DATASET_DIR } from '../helpers/source.js';
import { untraced } from '../helpers/trace.js';
import { runVariant } from '../helpers/variant-grading.js';

const tmp = mkdtempSync(join(tmpdir(), 'private-variants-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const variants = buildVariants();
const imports = variants.filter((v) => v.expect === 'import');
const refusals = variants.filter((v) => v.expect === 'refuse');

/**
 * The bundled document's findings (each worked out by hand in tests/kb/audit.test.ts), as id and
 * difference. A variant carries them: its year in the 三公 column ids, amounts' differences times its
 * factor (a count's difference stays).
 */
const BUNDLED = auditDataset(loadDataset(DATASET_DIR)).map((f) => ({
  id: f.id,
  difference: f.difference?.toFixed(2) ?? null,
  money: f.expected.unit === '元' || f.expected.unit === '万元',
}));
/** Findings that need the 部门预算明细表 (表六 vs 表九 per economic code, a 表三/表九 name): not in the 2023 numbering. */
const DETAIL_ONLY = [
  'cross:6:9:30102',
  'cross:6:9:30103',
  'cross:6:9:30113',
  'cross:6:9:30199',
  'name:3:9:2080501',
];
/**
 * New in the scaled documents, true there: the 项目支出 form field is 8,740.89 万元 × k while the
 * tables' 项目支出 is 87,408,947.32 元 × k. ×3: 262,226,841.96 − 262,226,700.00 = 141.96 元;
 * ×7: 611,862,631.24 − 611,862,300.00 = 331.24 元 — beyond the ±50 元 a 万元 figure of two decimals
 * allows (in the bundled document the gap is 47.32 元, within it).
 */
const SCALED_EXTRA: Record<number, { id: string; difference: string }[]> = {
  1: [],
  3: [{ id: 'form:11:项目支出', difference: '-141.96' }],
  7: [{ id: 'form:11:项目支出', difference: '-331.24' }],
};

function expectedFindings(v: Variant): { id: string; difference: string | null }[] {
  const k = v.factor ?? 1;
  return [
    ...BUNDLED.filter((f) => v.numbering !== 2023 || !DETAIL_ONLY.includes(f.id)).map((f) => ({
      id: f.id.replace('2020年预算数', `${v.fiscalYear}年预算数`),
      difference:
        f.difference === null || !f.money ? f.difference : new Money(f.difference).times(k).toFixed(2),
    })),
    ...SCALED_EXTRA[k]!,
  ].sort((a, b) => a.id.localeCompare(b.id));
}

describe('variants that must import', () => {
  it.each(imports.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = runVariant(v, join(tmp, v.name));
    expect(r.why, r.stderr).toEqual([]);
    expect(r.exit).toBe(0);
    const findings = auditDataset(loadDataset(r.dir))
      .map((f) => ({ id: f.id, difference: f.difference?.toFixed(2) ?? null }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(findings).toEqual(expectedFindings(v));
    expect(r.questions.length).toBeGreaterThanOrEqual(12);
    expect(
      r.questions.filter((q) => q.verdict !== 'right').map((q) => `${q.verdict}: ${q.q} → ${q.got}`),
    ).toEqual([]);
  });
});

describe('variants that must be refused', () => {
  it.each(refusals.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = runVariant(v, join(tmp, v.name));
    expect(r.exit).not.toBe(0);
    expect(r.stderr).toContain('导入失败');
    expect(r.why, r.stderr).toEqual([]);
  });
});

describe('a file cut inside the form that ends it', () => {
  const cut = variants.find((v) => v.name === 'cut-t12-last-form-funding')!;
  it('is refused naming the last form and where it stops (the 2020 numbering: 表十二)', () => {
    const r = runVariant(cut, join(tmp, 'last-form'));
    expect(r.stderr).toContain(
      '文件在表十二（项目支出绩效目标申报表）之中结束：最后一张申报表（通讯指挥中心运维费）没有写到最后一行“满意度指标”',
    );
  });
  it('the 2023 numbering (表十四 部门整体支出绩效目标申报表 last): cut before 其他说明的问题', () => {
    const r = runVariant(
      variants.find((v) => v.name === 'cut-2023-t14-indicators')!,
      join(tmp, 'last-form-2023'),
    );
    expect(r.stderr).toContain(
      '文件在表十四（部门整体支出绩效目标申报表）之中结束：缺少最后一栏“其他说明的问题”',
    );
  });
  it('--allow-partial writes it marked partial, with the same reason', () => {
    const file = join(tmp, 'cut.txt');
    writeFileSync(file, cut.bytes);
    const out = join(tmp, 'partial-ds');
    const silent = { log: () => {}, warn: () => {}, error: () => {} };
    expect(runImport([file, '--out', out, '--allow-partial'], silent)).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { partial?: string[] };
    expect(meta.partial).toEqual([
      '文件在表十二（项目支出绩效目标申报表）之中结束：最后一张申报表（通讯指挥中心运维费）没有写到最后一行“满意度指标”（文件可能被截断）',
    ]);
  });
  it('the complete document still ends its forms properly (no problem)', () => {
    const r = importBudget(readFileSync(`${DATASET_DIR}/source.txt`, 'utf8'), 'source.txt');
    expect(r.problems).toEqual([]);
  });
});

describe('audit rules for the 项目支出表 (2023 numbering)', () => {
  const text = numbering2023Text();
  const audit = (name: string, t: string) => {
    const dir = join(tmp, name);
    const file = join(tmp, `${name}.txt`);
    writeFileSync(file, t);
    expect(runImport([file, '--out', dir], { log: () => {}, warn: () => {}, error: () => {} })).toBe(0);
    return runAudit(loadDataset(dir));
  };
  const at = text.indexOf('\t项目支出表');
  const edit = (from: string, to: string) => {
    const i = text.indexOf(from, at);
    expect(i).toBeGreaterThan(at);
    return text.slice(0, i) + to + text.slice(i + from.length);
  };

  it('applies them to the document as published: rows = 合计 = 表三 项目支出, per functional code', () => {
    const { checks } = audit('p-ok', text);
    const mine = checks.filter((c) => c.id.includes('项目支出:')).map((c) => [c.id, c.passed, c.rule]);
    // 表三 项目支出 by 项 (l.632, l.641, l.695 of the bundled document): 2010302 500,425.34,
    // 2010399 10,496,750.00, 2069999 76,411,771.98 — the only 项 with 项目支出; every project row of
    // 表九 has one of these codes.
    expect(mine).toEqual([
      ['sum:项目支出:合计', true, '表四 合计 = 各项目之和'],
      ['cross:支出总体:项目支出:总计', true, '表四 合计 = 表三 总计（项目支出）'],
      [
        'cross:支出总体:项目支出:2010302',
        true,
        '表四 功能分类 2010302 一般行政管理事务 各项目之和 = 表三 2010302 项目支出',
      ],
      ['cross:支出总体:项目支出:2010399', true, expect.stringMatching(/^表四 功能分类 2010399 /)],
      ['cross:支出总体:项目支出:2069999', true, expect.stringMatching(/^表四 功能分类 2069999 /)],
    ]);
  });

  it('a row changed by +100.00 (预留机动费 498,647.34 → 498,747.34): its rows no longer add to 合计, nor its 项 to 表三', () => {
    const { findings } = audit('p-row', edit('\t498647.34', '\t498747.34'));
    const f = new Map(findings.map((x) => [x.id, x]));
    // rows 87,408,947.32 + 100.00 = 87,409,047.32 against 合计 87,408,947.32: found − expected = −100.00
    expect(f.get('sum:项目支出:合计')?.expected.value?.toFixed(2)).toBe('87409047.32');
    expect(f.get('sum:项目支出:合计')?.difference?.toFixed(2)).toBe('-100.00');
    // 2010302: 表三 500,425.34; rows 500,525.34 → +100.00
    expect(f.get('cross:支出总体:项目支出:2010302')?.found.value?.toFixed(2)).toBe('500525.34');
    expect(f.get('cross:支出总体:项目支出:2010302')?.difference?.toFixed(2)).toBe('100.00');
    expect(f.has('cross:支出总体:项目支出:总计')).toBe(false);
  });

  it('a 合计 changed by +10.00: it no longer equals its rows nor 表三 总计 项目支出', () => {
    const { findings } = audit('p-total', edit('\t87408947.32', '\t87408957.32'));
    const diff = (id: string) => findings.find((x) => x.id === id)?.difference?.toFixed(2);
    expect(diff('sum:项目支出:合计')).toBe('10.00');
    expect(diff('cross:支出总体:项目支出:总计')).toBe('10.00');
    expect(findings.filter((x) => x.id.startsWith('cross:支出总体:项目支出:2'))).toEqual([]);
  });
});

describe('two years of one department across the numbering change (compare.ts)', () => {
  // 2022: the 2021 numbering, the bundled figures; 2023: the 2023 numbering, every amount ×3.
  const { previous, current } = pairTexts();
  const kb = join(tmp, 'pair-kb');
  const silent = { log: () => {}, warn: () => {}, error: () => {} };
  for (const [name, text] of [
    ['y2022', previous],
    ['y2023', current],
  ] as const) {
    writeFileSync(join(tmp, `${name}.txt`), text);
    expect(runImport([join(tmp, `${name}.txt`), '--out', join(kb, name)], silent)).toBe(0);
  }
  const engine = createEngine(loadKnowledgeBase(kb));
  const dirs = [{ dir: join(kb, 'y2022') }, { dir: join(kb, 'y2023') }];
  const figures = (q: string) => {
    const a = engine.answer(q);
    for (const f of a.figures) expect(untraced(f, dirs), `${q}: ${f.label}`).toBeNull();
    return a.figures.map((f) => `${f.value.toFixed(2)} ${f.unit}`);
  };

  it('a project item pairs by name (years aside): 机要运维 66,527,464.80 against 22,175,821.60, +44,351,643.20', () => {
    // 22,175,821.60 × 3 − 22,175,821.60 = 22,175,821.60 × 2
    expect(figures('机要运维比去年增加多少').slice(0, 3)).toEqual([
      '66527464.80 元',
      '22175821.60 元',
      '44351643.20 元',
    ]);
  });
  it('软件正版化 46,858,029.00 against 15,619,343.00, +31,238,686.00', () => {
    expect(figures('软件正版化比去年变化多少').slice(0, 3)).toEqual([
      '46858029.00 元',
      '15619343.00 元',
      '31238686.00 元',
    ]);
  });
  it('预留机动费去年多少: 498,647.34 from the 2022 document', () => {
    expect(figures('预留机动费去年多少')).toContain('498647.34 元');
  });
  it('a 基本支出 row of the 2023 table has no 明细 item to pair with: no change is made up', () => {
    // 2022's 基本工资 is a 部门预算明细表 item (人员支出（在职统发）_基本工资, functional 2010301), 2023's a
    // 基本支出表 row (30101, no functional code): not the same line, so no change is stated.
    const a = engine.answer('基本工资比去年增加多少');
    expect(a.figures).toEqual([]);
    expect(a.title).toContain('没有公布');
  });
});

describe('a file cut anywhere in its table part is refused', () => {
  // 40 cuts spread evenly over the table part and 30 in its last 2,000 characters (inside the last
  // form), for each numbering; and the one cut that imported when the document was cut at 700
  // points: 表十二 ending at its catalog's header (no entry, no form).
  const docs: [string, string][] = [
    ['2020', readFileSync(`${DATASET_DIR}/source.txt`, 'utf8')],
    ['2021', numbering2021Text()],
    ['2023', numbering2023Text()],
  ];
  it.each(docs)('%s numbering', (_, text) => {
    const start = text.indexOf('第二部分');
    const end = text.trimEnd().length;
    const cuts = [
      ...Array.from({ length: 40 }, (_, i) => start + Math.floor(((end - start) * i) / 40)),
      ...Array.from({ length: 30 }, (_, i) => end - 2000 + i * 66),
    ];
    const imported = cuts.filter((at) => {
      try {
        return importBudget(text.slice(0, at), 'cut.txt').problems.length === 0;
      } catch (e) {
        if (e instanceof ImportError) return false;
        throw e;
      }
    });
    expect(imported).toEqual([]);
  });
  it('cut after the catalog header of the last 项目支出绩效目标申报表', () => {
    const text = readFileSync(`${DATASET_DIR}/source.txt`, 'utf8');
    const at = text.indexOf('\t序号', text.indexOf('项目支出绩效目标申报表目录')) + '\t序号'.length;
    expect(importBudget(text.slice(0, at), 'cut.txt').problems).toEqual([
      '文件在表十二（项目支出绩效目标申报表）之中结束：表中只有标题（和目录的表头），没有一张申报表（文件可能被截断）',
    ]);
  });
});

describe('the export transforms combined', () => {
  // Every combination of the transforms (thousands separators out or in, page breaks with bare page
  // numbers, repeated headers with “（续）”, arabic-numbered year-prefixed titles, one row per line,
  // half-width punctuation), in each of four encodings: the same tables, line items, narrative
  // figures and project forms as the bundled document.
  const key = (r: ReturnType<typeof importBudget>) =>
    JSON.stringify([
      r.tables.map((t) => [t.number, t.kind, t.rows.map((x) => x.cells)]),
      r.lineItems.map((i) => [i.name, i.amount, i.functional?.code, i.departmentEconomic.code, i.spending]),
      r.narrative.facts.map((f) => [f.id, f.value]),
      r.performance.projects.map((p) => [p.name, p.funding.map((f) => `${f.value} ${f.unit}`)]),
      r.meta.department,
      r.meta.fiscalYear,
    ]);
  const bundled = readFileSync(`${DATASET_DIR}/source.txt`, 'utf8');
  const want = key(importBudget(bundled, 'source.txt'));
  const { transforms, encodings } = exportsForTest();
  const order = ['no-separators', 'separators', 'pages', 'repeated-headers', 'retitled', 'tsv', 'halfwidth'];
  const combos = Array.from({ length: 1 << order.length }, (_, mask) =>
    order.filter((_, i) => mask & (1 << i)),
  ).filter((c) => !(c.includes('separators') && c.includes('no-separators')));
  // All 96 in UTF-8; every eighth in the other encodings (the decoding is what differs there).
  it.each(Object.keys(encodings))(
    '%s: the combinations import, each to the bundled document’s figures',
    (name) => {
      const failures: string[] = [];
      for (const chosen of name === 'utf8-bom-crlf' ? combos : combos.filter((_, i) => i % 8 === 0)) {
        const text = chosen.reduce((t, c) => transforms[c]!(t), bundled);
        const { text: decoded, encoding } = decodeSource(encodings[name]!(text));
        const r = importBudget(decoded, 'x.txt', { encoding });
        const what = chosen.join('+') || 'as published';
        if (r.problems.length > 0 || r.warnings.length > 0)
          failures.push(`${what}: ${r.problems.join('；')}`);
        else if (key(r) !== want) failures.push(`${what}: differs`);
      }
      expect(combos).toHaveLength(96);
      expect(failures).toEqual([]);
    },
  );
});

describe('a line item that cannot be formed is lost data, not a warning', () => {
  const blankCode = (text: string, after: string) => {
    const from = text.indexOf(after);
    const at = text.indexOf('\t30299\n\t其他商品和服务支出\n\t预留机动费', from);
    expect(at).toBeGreaterThan(from);
    return `${text.slice(0, at)}\t\u3000${text.slice(at + '\t30299'.length)}`;
  };
  it('2023: a 项目支出表 row without its 部门经济分类代码 (预留机动费) refuses the document', () => {
    const r = importBudget(blankCode(numbering2023Text(), '\t项目支出表'), 'x.txt');
    expect(r.problems).toEqual([
      expect.stringMatching(/^表四 第 \d+ 行（预留机动费）缺少分类代码，不能作为明细收录$/),
    ]);
  });
  it('2020: a 部门预算明细表 row without it refuses the document too', () => {
    const r = importBudget(blankCode(readFileSync(`${DATASET_DIR}/source.txt`, 'utf8'), '表九：'), 'x.txt');
    expect(r.problems).toEqual([
      expect.stringMatching(/^表九 第 \d+ 行（预留机动费）缺少分类代码，不能作为明细收录$/),
    ]);
  });
});
