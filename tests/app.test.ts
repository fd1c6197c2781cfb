import { describe, expect, it } from 'vitest';
import { EngineUnavailableError, describeStartupError } from '../src/app.js';

function apiError(status: number): Error {
  return Object.assign(new Error('401: Unauthorized'), { name: 'DiscordAPIError[0]', status });
}

describe('describeStartupError', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'a missing engine',
      new EngineUnavailableError('src/core/answer 还没有导出 createEngine'),
      /^答题引擎尚未就绪/,
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
    ['a thrown string', 'boom', /^启动失败：boom/],
  ])('describes %s in one Chinese line', (_what, err, expected) => {
    const line = describeStartupError(err);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\s+at\s/);
  });
});
