/**
 * The compiled form of a dataset (compiled.jsonl): written at import with digests over every file and the
 * audit; a trusted load reads it instead of validating and auditing again, and anything that does not
 * match (an edited file, a damaged compiled file, other code) is loaded in full — so bad data is still
 * refused with its file, JSON path and reason. Figures are the bundled 2020 document's (表七 公务接待费
 * 22,320.24 元; the audit's 22 findings, tests/kb/audit.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../src/core/answer/catalog.js';
import { createEngine } from '../../src/core/answer/engine.js';
import { runAudit } from '../../src/core/kb/audit.js';
import { COMPILED_FILE, loadCompiled, moneyPaths, trustedMeta } from '../../src/core/kb/compiled.js';
import { passagesOf, type LazyDataset } from '../../src/core/kb/lazy.js';
import { compileDataset, loadDataset, loadTrusted } from '../../src/core/kb/loader.js';
import { buildPassages } from '../../src/core/kb/passages.js';
import { Money } from '../../src/core/money.js';

const scratch = mkdtempSync(join(tmpdir(), 'compiled-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** A copy of the bundled dataset, compiled. */
function compiledCopy(): string {
  const dir = join(scratch, `ds${n++}`);
  cpSync('data/bjsxcqrmzfbgs-2020', dir, { recursive: true });
  rmSync(join(dir, COMPILED_FILE), { force: true });
  expect(compileDataset(dir).written).toBe(true);
  return dir;
}

/** JSON with Money as {money: "…"}, to compare two loads value for value. */
const plain = (v: unknown) =>
  JSON.parse(
    JSON.stringify(v, function (this: Record<string, unknown>, k, x: unknown) {
      const raw = this[k];
      if (raw instanceof Money) return { money: raw.toString() };
      if (x instanceof Map) return [...x];
      return x;
    }),
  ) as unknown;

describe('compiled datasets', () => {
  it('a trusted load gives the same data as a full load, amounts as Money, and the same audit', () => {
    const dir = compiledCopy();
    const c = loadCompiled(dir);
    if (!c.ok) throw new Error(c.reason);
    const full = loadDataset(dir);
    expect(plain(c.ds)).toEqual(plain(full));
    const item = c.ds.lineItems.find((i) => i.name === '日常公用支出（在职人员）_公务接待费');
    expect(item?.amount).toBeInstanceOf(Money);
    expect(item?.amount.toFixed(2)).toBe('22320.24');
    expect(plain(c.audit)).toEqual(plain(runAudit(full)));
    expect(c.audit.findings).toHaveLength(22);
    expect(c.audit.findings.some((f) => f.difference instanceof Money)).toBe(true);
  });

  it('records where validation makes Money: the amounts of line items, facts and funding', () => {
    const dir = compiledCopy();
    const header = JSON.parse(readFileSync(join(dir, COMPILED_FILE), 'utf8').split('\n')[0]!) as {
      amounts: Record<string, string[]>;
    };
    expect(header.amounts).toEqual({
      'line-items.json': ['items.*.amount'],
      'narrative.json': ['facts.*.value'],
      'performance.json': [
        'overall.funding.*.value',
        'projects.*.funding.*.value',
        // the parts a form's text states (视频会议系统运行维护 126 万元)
        'projects.*.parts.*.value',
      ],
    });
  });

  it.each([
    ['a defaulted field', { a: '1' }, { a: '1', b: 0 }],
    ['a number made of a string', { a: '1' }, { a: 1 }],
    ['a dropped item', { a: ['1', '2'] }, { a: ['1'] }],
  ])('refuses to compile a file whose validation changes more than amounts (%s)', (_, raw, validated) => {
    expect(moneyPaths(raw, validated)).toBeNull();
  });

  it('an edited figure is not trusted: the dataset is loaded in full and refused with file, path and reason', () => {
    const dir = compiledCopy();
    const file = join(dir, 'tables.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"22320.24"', '"22320.25"'));
    const c = loadCompiled(dir);
    expect(c).toMatchObject({ ok: false, reason: 'tables.json changed since it was validated' });
    expect(() => loadTrusted(dir)).toThrow(
      /tables\.json \$\.tables\[\d+\]\.rows\[\d+\]\.cells\[\d+\]: 数据与原文不一致 .*22320\.25 与原文不符：source\.txt 第 1251/,
    );
  });

  it('an edited source.txt is not trusted, and the full load names it', () => {
    const dir = compiledCopy();
    writeFileSync(join(dir, 'source.txt'), `${readFileSync(join(dir, 'source.txt'), 'utf8')}\n`);
    expect(loadCompiled(dir)).toMatchObject({
      ok: false,
      reason: 'source.txt changed since it was validated',
    });
    expect(() => loadTrusted(dir)).toThrow(/dataset\.json \$\.source\.sha256: source\.txt 与知识库不一致/);
  });

  it.each([
    [
      'a damaged body',
      (t: string) => t.replace('"findings":[', '"findings":[{"x":1},'),
      'body does not match its digest',
    ],
    [
      'other code',
      (t: string) => t.replace(/"code":"[0-9a-f]+"/, `"code":"${'0'.repeat(64)}"`),
      'written by other code',
    ],
    ['a truncated file', (t: string) => t.slice(0, 100), 'empty or damaged'],
    ['another format', (t: string) => t.replace(/"version":\d+/, '"version":99'), 'format 99'],
    [
      'damaged passages',
      (t: string) => t.replace('"line":49,', '"line":50,'),
      'passages do not match their digest',
    ],
    ['no passages line', (t: string) => t.split('\n').slice(0, 2).join('\n'), 'no passages line'],
  ])('%s is not trusted: the good data is loaded in full and answers the same', (_, edit, reason) => {
    const dir = compiledCopy();
    const file = join(dir, COMPILED_FILE);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    expect(loadCompiled(dir)).toMatchObject({ ok: false, reason });
    const t = loadTrusted(dir);
    expect(t.untrusted).toContain(reason);
    expect(t.audit).toBeUndefined();
    expect(plain(t.ds)).toEqual(plain(loadDataset(dir)));
  });

  it('a lazy dataset is loaded from its trusted compiled form and answers from it', () => {
    const dir = compiledCopy();
    const kb = openKnowledgeBase(dir);
    const a = createEngine(kb).answer('公务接待费多少');
    const ds = kb.datasets[0] as LazyDataset;
    expect(ds.isLoaded).toBe(true);
    expect(ds.untrusted).toBeUndefined();
    expect(a.lines[0]).toBe('2020年公务接待费：22,320.24 元（2.23 万元）');
  });

  it('carries the quotable passages, each with its line of source.txt, as built from the document', () => {
    const dir = compiledCopy();
    const c = loadCompiled(dir);
    if (!c.ok) throw new Error(c.reason);
    // The 三公 units sentence is line 49 of the bundled source.txt.
    expect(c.passages.find((p) => p.text.includes('支出单位包括3个单位'))).toEqual({
      text: '北京市西城区人民政府办公室部门预算中因公出国（境）费、公务接待费、公务用车购置及运行维护费的支出单位包括3个单位，即区政府办公室、区外联办、区科协。',
      norm: '北京市西城区人民政府办公室部门预算中因公出国境费公务接待费公务用车购置及运行维护费的支出单位包括3个单位即区政府办公室区外联办区科协',
      line: 49,
      where: '四、部门“三公”经费财政拨款预算说明 （一）“三公”经费的单位范围',
    });
    expect(c.passages).toEqual(buildPassages(loadDataset(dir)));
    // A lazy dataset serves them from the compiled form: source.txt is not read again for them.
    const kb = openKnowledgeBase(dir);
    const ds = kb.datasets[0] as LazyDataset;
    ds.load();
    rmSync(join(dir, 'source.txt'));
    expect(passagesOf(ds)).toEqual(c.passages);
  });

  it('dataset.json is trusted without its schema only while its digest matches', () => {
    const dir = compiledCopy();
    expect(trustedMeta(dir)).toMatchObject({ id: 'bjsxcqrmzfbgs-2020', fiscalYear: 2020 });
    const file = join(dir, 'dataset.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"fiscalYear": 2020', '"fiscalYear": "2020"'));
    expect(trustedMeta(dir)).toBeNull();
  });

  it('a missing compiled file is not trusted either', () => {
    const dir = compiledCopy();
    rmSync(join(dir, COMPILED_FILE));
    expect(loadTrusted(dir).untrusted).toMatch(/compiled\.jsonl: missing$/);
  });

  it('compiling leaves the reviewable files byte for byte as they were', () => {
    const dir = compiledCopy();
    for (const f of ['tables.json', 'line-items.json', 'narrative.json', 'catalog.json', 'source.txt'])
      expect(readFileSync(join(dir, f)).equals(readFileSync(join('data/bjsxcqrmzfbgs-2020', f))), f).toBe(
        true,
      );
  });
});
