/**
 * `npm run ask`: the one-shot CLI over the real engine and data. Figures expected here are the source
 * document's (data/bjsxcqrmzfbgs-2020/source.txt: 表七, 第四部分 三公 narrative, 表三).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const scratch = mkdtempSync(join(tmpdir(), 'ask-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function ask(args: string[], input = '') {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATA_DIR: 'data' },
    encoding: 'utf8',
    input,
    timeout: 30_000,
  });
}

/** Width and height from the IHDR chunk, which follows the 8-byte signature. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('npm run ask', () => {
  it('answers the 三公 change with the increase, the percentage, the reasons and the sources', () => {
    const result = ask(['三公经费比去年增加了多少']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('比2019年增加 21,052.24 元（+80.14%）');
    expect(result.stdout).toContain('公务接待费变化原因：在职人员减少。');
    expect(result.stdout).toContain('公务用车购置及运行维护费变化原因：科协的一辆科普大篷车。');
    expect(result.stdout).toContain(
      '出处：\n  · 表七 一般公共预算“三公”经费支出情况表：总计 · 2020年预算数、2019年预算数（第 1416 行）',
    );
    expect(result.stdout).toContain('数据：北京市西城区人民政府办公室 · 2020年');
  });

  it("--chart-dir writes a valid PNG of the answer's chart and prints its path", () => {
    const dir = join(scratch, 'one');
    const result = ask(['--chart-dir', dir, '支出按功能分类的构成']);
    expect(result.status).toBe(0);
    const path = /^图表：(.+)$/m.exec(result.stdout)?.[1] ?? '';
    expect(path.startsWith(dir)).toBe(true);
    const png = readFileSync(path);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const [width, height] = pngSize(png);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('--jsonl adds a chart field with the written path, only to answers that have a chart', () => {
    const dir = join(scratch, 'jsonl');
    const result = ask(['--jsonl', '--chart-dir', dir], '支出按功能分类的构成\n30217 是什么\n');
    expect(result.status).toBe(0);
    const [breakdown, code] = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(breakdown?.question).toBe('支出按功能分类的构成');
    expect(typeof breakdown?.chart).toBe('string');
    expect(existsSync(String(breakdown?.chart))).toBe(true);
    expect(readFileSync(String(breakdown?.chart)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(code?.question).toBe('30217 是什么');
    expect(code).not.toHaveProperty('chart');
    expect(code?.text).toContain('公务接待费（表九）：22,320.24 元');
  });

  it('without --chart-dir writes nothing and adds no chart field', () => {
    const result = ask(['--jsonl'], '支出按功能分类的构成\n');
    expect(JSON.parse(result.stdout.trim())).not.toHaveProperty('chart');
  });

  it('--dialogue continues one conversation per block of lines; an empty line starts a new one', () => {
    const result = ask(['--jsonl', '--dialogue'], '公务接待费多少\n那去年呢\n\n那去年呢\n');
    expect(result.status).toBe(0);
    const [first, followUp, fresh] = result.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            kind: string;
            figures: { value: string }[];
            interpretation?: string;
            understood?: string;
          },
      );
    // 表七 公务接待费: 2020年 22,320.24, 2019年 26,268.00 (source lines 1402–1405)
    expect(first?.figures[0]?.value).toBe('22320.24');
    expect(first?.understood).toBe('理解为：公务接待费 · 金额');
    expect(followUp?.figures.map((f) => f.value)).toContain('26268');
    expect(followUp?.interpretation).toBe('按上文：公务接待费，2019年');
    expect(fresh?.kind).toBe('not_found');
    expect(fresh?.figures).toEqual([]);
  });
});
