import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigOrExit, parseConfig, shardPlan, type ExitIo } from '../src/config.js';

function problemsOf(env: Record<string, string>, required?: Parameters<typeof parseConfig>[1]): string[] {
  try {
    parseConfig(env, required);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment (console mode)', () => {
    expect(parseConfig({})).toEqual({
      DATA_DIR: 'data',
      LOG_LEVEL: 'info',
      ENABLE_MESSAGE_CONTENT: false,
      DISCORD_API_URL: 'https://discord.com/api',
      RATE_LIMIT_PER_MINUTE: 10,
      CHART_QUEUE_MAX: 16,
      CHART_TIMEOUT_MS: 10_000,
      SHUTDOWN_GRACE_MS: 10_000,
      KB_CACHE_MB: 64,
    });
  });

  it('takes plain http only to this machine: the token travels in every request', () => {
    for (const url of ['http://127.0.0.1:3000/api', 'http://localhost/api', 'http://[::1]:8080/api'])
      expect(parseConfig({ DISCORD_API_URL: url }).DISCORD_API_URL).toBe(url);
    expect(parseConfig({ DISCORD_API_URL: 'https://proxy.example.com/api' }).DISCORD_API_URL).toBe(
      'https://proxy.example.com/api',
    );
    for (const url of ['http://discord.com/api', 'http://10.0.0.5/api', 'http://127.0.0.1.evil.com/api']) {
      expect(() => parseConfig({ DISCORD_API_URL: url })).toThrow(
        `配置错误：DISCORD_API_URL 只能用 https://（明文 http 仅限本机 127.0.0.1、localhost 或 [::1]）（当前为 "${url}"）`,
      );
    }
  });

  it('reads the chart and shutdown limits, refusing nonsense', () => {
    expect(
      parseConfig({
        CHART_WORKERS: '2',
        CHART_QUEUE_MAX: '0',
        CHART_TIMEOUT_MS: '2500',
        SHUTDOWN_GRACE_MS: '0',
      }),
    ).toMatchObject({ CHART_WORKERS: 2, CHART_QUEUE_MAX: 0, CHART_TIMEOUT_MS: 2500, SHUTDOWN_GRACE_MS: 0 });
    expect(() => parseConfig({ CHART_WORKERS: '0' })).toThrow('CHART_WORKERS 必须在 1 到 16 之间');
    expect(() => parseConfig({ CHART_TIMEOUT_MS: '5' })).toThrow('CHART_TIMEOUT_MS 必须至少 100 毫秒');
    expect(() => parseConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(
      'SHUTDOWN_GRACE_MS 必须是非负整数（毫秒）',
    );
  });

  it('reads a complete bot configuration', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'MTA.abc-def_ghi',
      DISCORD_CLIENT_ID: '123456789012345678',
      DEV_GUILD_ID: '876543210987654321',
      DATA_DIR: 'other',
      LOG_LEVEL: 'debug',
      ENABLE_MESSAGE_CONTENT: 'true',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      RATE_LIMIT_PER_MINUTE: '0',
      DISCORD_SHARDS: 'auto',
    });
    expect(config).toMatchObject({
      DISCORD_TOKEN: 'MTA.abc-def_ghi',
      ENABLE_MESSAGE_CONTENT: true,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
      RATE_LIMIT_PER_MINUTE: 0,
      DISCORD_SHARDS: 'auto',
    });
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['off', false],
  ])('reads ENABLE_MESSAGE_CONTENT=%s as %s', (value, expected) => {
    expect(parseConfig({ ENABLE_MESSAGE_CONTENT: value }).ENABLE_MESSAGE_CONTENT).toBe(expected);
  });

  it.each([
    ['auto', 'auto'],
    ['1', 1],
    ['4', 4],
  ] as const)('reads DISCORD_SHARDS=%s', (value, expected) => {
    expect(parseConfig({ DISCORD_SHARDS: value }).DISCORD_SHARDS).toBe(expected);
  });

  it.each([
    ['one host, all shards: DISCORD_SHARDS=4', { DISCORD_SHARDS: '4' }, { total: 4 }],
    ['one host, auto', { DISCORD_SHARDS: 'auto' }, { total: 'auto' }],
    ['a list', { DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '4' }, { total: 4, ids: [0, 1] }],
    ['a range', { DISCORD_SHARDS: '2-3', DISCORD_SHARD_COUNT: '4' }, { total: 4, ids: [2, 3] }],
    ['one shard of several hosts', { DISCORD_SHARDS: '3', DISCORD_SHARD_COUNT: '4' }, { total: 4, ids: [3] }],
    [
      'ranges and ids',
      { DISCORD_SHARDS: '0-1,4,6-7', DISCORD_SHARD_COUNT: '8' },
      { total: 8, ids: [0, 1, 4, 6, 7] },
    ],
    ['a count alone: every shard here', { DISCORD_SHARD_COUNT: '2' }, { total: 2, ids: [0, 1] }],
  ] as const)('plans the shards of this host: %s', (_, env, plan) => {
    expect(shardPlan(parseConfig(env))).toEqual(plan);
  });

  it('runs unsharded without either key', () => {
    expect(shardPlan(parseConfig({}))).toBeNull();
  });

  it.each([
    [
      { DISCORD_SHARDS: '0,1' },
      '配置错误：DISCORD_SHARDS 列出分片编号（当前为 "0,1"）时必须同时设置 DISCORD_SHARD_COUNT（分片总数）',
    ],
    [
      { DISCORD_SHARDS: '2-4', DISCORD_SHARD_COUNT: '4' },
      '配置错误：DISCORD_SHARDS 分片编号 4 超出范围：DISCORD_SHARD_COUNT=4 时编号为 0–3',
    ],
    [
      { DISCORD_SHARDS: 'auto', DISCORD_SHARD_COUNT: '4' },
      '配置错误：DISCORD_SHARDS 与 DISCORD_SHARD_COUNT 同用时必须列出本机的分片编号，如 "0,1"（当前为 "auto"）',
    ],
    [{ DISCORD_SHARDS: '0,1,1', DISCORD_SHARD_COUNT: '4' }, '配置错误：DISCORD_SHARDS 分片编号重复'],
    [
      { DISCORD_SHARDS: '3-2', DISCORD_SHARD_COUNT: '4' },
      '配置错误：DISCORD_SHARDS 分片范围为空（如 "3-2"）',
    ],
    [
      { DISCORD_SHARDS: '0;1', DISCORD_SHARD_COUNT: '4' },
      '配置错误：DISCORD_SHARDS 必须是 "auto"、正整数（分片数），或配合 DISCORD_SHARD_COUNT 的分片编号如 "0,1"、"2-3"（当前为 "0;1"）',
    ],
    [
      { DISCORD_SHARD_COUNT: '0' },
      '配置错误：DISCORD_SHARD_COUNT 必须在 1 到 65535 之间（所有主机的分片总数）',
    ],
  ])('refuses a shard range that cannot be run: %o', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });

  it('treats blank values (KEY= in .env) as unset and trims spaces', () => {
    const config = parseConfig({ DISCORD_TOKEN: '', DEV_GUILD_ID: '   ', LOG_LEVEL: ' warn ' });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DEV_GUILD_ID).toBeUndefined();
    expect(config.LOG_LEVEL).toBe('warn');
  });

  it('ignores unrelated environment variables, including the SHARDS that discord.js sets in shard processes', () => {
    expect(parseConfig({ PATH: '/usr/bin', SHARDS: '[0]', SHARD_COUNT: '2' })).not.toHaveProperty('SHARDS');
  });

  it('reports every bad key at once, Chinese first, naming the key and the value given', () => {
    const problems = problemsOf({
      DISCORD_CLIENT_ID: 'abc',
      DEV_GUILD_ID: '12',
      LOG_LEVEL: 'loud',
      ENABLE_MESSAGE_CONTENT: 'maybe',
      DISCORD_API_URL: 'ftp://example.com',
      RATE_LIMIT_PER_MINUTE: '-1',
      DISCORD_SHARDS: '0',
    });
    expect(problems).toEqual([
      '配置错误：DISCORD_CLIENT_ID 必须是数字 ID（17–20 位数字）（当前为 "abc"）',
      '配置错误：DEV_GUILD_ID 必须是数字 ID（17–20 位数字）（当前为 "12"）',
      '配置错误：LOG_LEVEL 必须是 debug、info、warn 或 error 之一（当前为 "loud"）',
      '配置错误：ENABLE_MESSAGE_CONTENT 必须是 true 或 false（当前为 "maybe"）',
      '配置错误：DISCORD_API_URL 必须是 http(s):// 开头的地址（当前为 "ftp://example.com"）',
      '配置错误：RATE_LIMIT_PER_MINUTE 必须是非负整数（每人每分钟最多提问次数，0 表示不限）（当前为 "-1"）',
      '配置错误：DISCORD_SHARDS 必须是 "auto" 或正整数（分片数）（当前为 "0"）',
    ]);
  });

  it('never echoes the token back, even when it is malformed', () => {
    const [problem] = problemsOf({ DISCORD_TOKEN: 'Bot secret.token' });
    expect(problem).toContain('DISCORD_TOKEN');
    expect(problem).not.toContain('secret');
  });

  it('adds the keys a caller requires to the same report', () => {
    expect(
      problemsOf({ LOG_LEVEL: 'loud' }, { keys: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'], purpose: 'deploy ' }),
    ).toEqual([
      '配置错误：LOG_LEVEL 必须是 debug、info、warn 或 error 之一（当前为 "loud"）',
      '配置错误：DISCORD_TOKEN 未设置（deploy 需要它，见 .env.example）',
      '配置错误：DISCORD_CLIENT_ID 未设置（deploy 需要它，见 .env.example）',
    ]);
  });
});

describe('loadConfigOrExit', () => {
  function io() {
    const lines: string[] = [];
    const exits: number[] = [];
    const target: ExitIo = {
      error: (line) => lines.push(line),
      exit: (code) => {
        exits.push(code);
        throw new Error('exit');
      },
    };
    return { lines, exits, target };
  }

  it('prints every problem then exits 1', () => {
    const { lines, exits, target } = io();
    expect(() =>
      loadConfigOrExit({ LOG_LEVEL: 'x', DATA_DIR: 'd', DEV_GUILD_ID: 'y' }, undefined, target),
    ).toThrow('exit');
    expect(exits).toEqual([1]);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toBe('请修改 .env（参见 .env.example）后重试。');
  });

  it('returns the config when all is well, printing nothing', () => {
    const { lines, exits, target } = io();
    expect(loadConfigOrExit({}, undefined, target).LOG_LEVEL).toBe('info');
    expect(lines).toEqual([]);
    expect(exits).toEqual([]);
  });
});
