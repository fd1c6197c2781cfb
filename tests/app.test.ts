import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStartupError, loadCharts, loadEngine } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { KbLoadError } from '../src/core/kb/loader.js';

function apiError(status: number): Error {
  return Object.assign(new Error('401: Unauthorized'), { name: 'DiscordAPIError[0]', status });
}

const scratch = mkdtempSync(join(tmpdir(), 'app-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('describeStartupError', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'bad knowledge-base data',
      new KbLoadError('data/x/tables.json', '$.tables[0]', 'Invalid input'),
      /^无法加载知识库 \(cannot load the knowledge base\): data\/x\/tables\.json \$\.tables\[0\]: Invalid input$/,
    ],
    ['a rejected token', apiError(401), /^Discord 拒绝了令牌（401）/],
    ['discord.js TokenInvalid', new Error('An invalid token was provided.'), /^Discord 拒绝了令牌/],
    ['another API error', apiError(500), /^Discord API 出错（500）/],
    ['disallowed intents', new Error('Used disallowed intents'), /MESSAGE CONTENT INTENT/],
    ['no network', new Error('connect ECONNREFUSED 127.0.0.1:1'), /^连不上 Discord/],
    [
      'anything else',
      new TypeError('x is not a function'),
      /^启动失败：x is not a function（设 LOG_LEVEL=debug/,
    ],
    ['a multi-line message', new Error('first\n    at second'), /^启动失败：first at second/],
    ['a thrown string', 'boom', /^启动失败：boom/],
  ])('describes %s in one Chinese line', (_what, err, expected) => {
    const line = describeStartupError(err);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });
});

describe('loadEngine', () => {
  it('builds the real engine from DATA_DIR', async () => {
    const engine = await loadEngine(parseConfig({ DATA_DIR: 'data' }));
    expect(engine.datasets.map((d) => d.id)).toEqual(['bjsxcqrmzfbgs-2020']);
    expect(engine.answer('公务接待费是多少').lines.join('\n')).toContain('22,320.24 元');
  });

  it('rejects a missing data directory with a KbLoadError described in one line', async () => {
    const err: unknown = await loadEngine(parseConfig({ DATA_DIR: join(scratch, 'nope') })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KbLoadError);
    expect(describeStartupError(err)).toMatch(/^无法加载知识库 .*数据目录不存在/);
  });

  it('rejects malformed JSON with the file named, in one line', async () => {
    const dir = join(scratch, 'broken');
    cpSync('data/bjsxcqrmzfbgs-2020', dir, { recursive: true });
    writeFileSync(join(dir, 'tables.json'), '{ "tables": [\n');
    const err: unknown = await loadEngine(parseConfig({ DATA_DIR: dir })).catch((e: unknown) => e);
    const line = describeStartupError(err);
    expect(line).toMatch(/^无法加载知识库 .*tables\.json.*JSON 格式错误/);
    expect(line).not.toContain('\n');
  });
});

describe('loadCharts', () => {
  it('is the PNG renderer', async () => {
    const png = await loadCharts()({
      kind: 'bar',
      title: '测试',
      source: '来源：表三',
      unit: '元',
      categories: ['甲'],
      series: [{ name: '2020年', values: ['1.00'] }],
    });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
