import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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
});
