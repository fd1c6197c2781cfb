import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'start-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function start(env: Record<string, string>, input = '', args: string[] = []) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    input,
    timeout: 30_000,
  });
}

describe('npm start', () => {
  it('prints every configuration problem, without a stack trace, and exits 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DISCORD_CLIENT_ID: 'abc', LOG_LEVEL: 'loud', DISCORD_API_URL: 'nope' },
      encoding: 'utf8',
      input: '',
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      '配置错误：DISCORD_CLIENT_ID 必须是数字 ID（17–20 位数字）（当前为 "abc"）',
      '配置错误：LOG_LEVEL 必须是 debug、info、warn 或 error 之一（当前为 "loud"）',
      '配置错误：DISCORD_API_URL 必须是 http(s):// 开头的地址（当前为 "nope"）',
      '请修改 .env（参见 .env.example）后重试。',
    ]);
  });

  it('stops on bad knowledge-base data with its one-line reason, no stack trace, exit 1', () => {
    const data = join(scratch, 'bad');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    writeFileSync(join(data, 'bjsxcqrmzfbgs-2020', 'tables.json'), '{"tables": 3}');
    const result = start({ DATA_DIR: data });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('本地控制台模式');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^无法加载知识库 \(cannot load the knowledge base\): .*tables\.json \$\.tables: Invalid input: expected array, received number$/,
      ),
    ]);
  });

  it('stops when a figure in data/ was edited: file, JSON path and both readings, exit 1', () => {
    const data = join(scratch, 'edited');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const file = join(data, 'bjsxcqrmzfbgs-2020', 'tables.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      tables: { number: number; rows: { line: number; cells: (string | null)[] }[] }[];
    };
    json.tables.find((t) => t.number === 7)!.rows.find((r) => r.line === 1402)!.cells[1] = '22320.25';
    writeFileSync(file, JSON.stringify(json));
    const result = start({ DATA_DIR: data });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('本地控制台模式');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^无法加载知识库 \(cannot load the knowledge base\): .*tables\.json \$\.tables\[6\]\.rows\[\d+\]\.cells\[1\]: 数据与原文不一致 \(figure does not match its source line\): 2020年预算数 22320\.25 与原文不符：source\.txt 第 1402–\d+ 行（“2、公务接待费 22,320\.24/,
      ),
    ]);
  });

  it('without a token opens the console chat: 22,320.24 元 with its source, then the follow-up 26,268.00 元', () => {
    const result = start({}, '公务接待费是多少\n那去年呢？\n/quit\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('本地控制台模式');
    expect(result.stdout).toContain('2020年公务接待费：22,320.24 元');
    expect(result.stdout).toContain('出处：\n  · 表七 一般公共预算“三公”经费支出情况表');
    expect(result.stdout).toContain('（按上文：公务接待费，2019年）\n2019年公务接待费：26,268.00 元');
    expect(result.stdout.trimEnd().endsWith('再见。')).toBe(true);
  });

  it("--chart-dir writes the console chat's charts as PNG files and prints their paths", () => {
    const dir = join(scratch, 'charts');
    const result = start({}, '支出按功能分类的构成\n', ['--chart-dir', dir]);
    expect(result.status).toBe(0);
    const path = /^图表：(.+\.png)$/m.exec(result.stdout)?.[1] ?? '';
    expect(path.startsWith(dir)).toBe(true);
    expect(readFileSync(path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('refuses an unknown flag in one line, exit 2', () => {
    const result = start({}, '', ['--chart']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^参数错误：.*（可用：--sharded、--chart-dir 目录）$/);
  });
});
