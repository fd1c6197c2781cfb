/**
 * The small production-hardening items, each with its own test: bidi characters out of the footer,
 * dataset ids checked for Discord, the token kept out of debug lines, default command permissions,
 * bounded and expiring stores (quiz scores, discord.js caches), REST backoff, the shutdown hard limit,
 * the chart-left-out line and the long-question note.
 */
import { LimitedCollection, type User } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import {
  FATAL_CLOSE_CODES,
  installShutdown,
  redactToken,
  startBot,
  type SignalTarget,
} from '../../src/discord/bot.js';
import { CACHE_LIMITS, GLOBAL_REQUESTS_PER_SECOND, createClient } from '../../src/discord/client.js';
import { ExpiringQuizScores } from '../../src/discord/quiz-scores.js';
import {
  DEFAULT_MEMBER_PERMISSIONS,
  MAX_DATASET_ID_CHARS,
  checkDatasetIds,
  commandPayloads,
} from '../../src/discord/registry.js';
import { chartLeftOutLine, renderAnswer, renderEmbed } from '../../src/discord/render.js';
import { LONG_QUESTION_NOTE, MAX_QUESTION_CHARS, ask, capQuestion } from '../../src/discord/respond.js';
import { isTransientNetworkError, withBackoff, type MakeRequest } from '../../src/discord/rest-retry.js';
import { CHART_LEFT_OUT } from '../../src/core/chart/queue.js';
import { commandsProblems } from '../helpers/discord-limits.js';
import { recordingLogger, testContext } from '../helpers/context.js';
import { XICHENG_2020, createFakeEngine, receptionAnswer } from '../helpers/fake-engine.js';

describe('the embed footer', () => {
  it('drops bidi overrides and isolates that could reorder what it shows', () => {
    const answer = {
      ...receptionAnswer(),
      datasets: [{ ...XICHENG_2020, department: '北京市\u202e西城区\u2066人民政府\u2069办公室\u200f' }],
    };
    const footer = renderEmbed(answer).footer?.text ?? '';
    expect(footer).toBe('北京市西城区人民政府办公室\u200f · 2020年');
    expect(footer).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('dataset ids the Discord surface can carry', () => {
  it(`accepts ids up to ${MAX_DATASET_ID_CHARS} characters of [A-Za-z0-9_.-]`, () => {
    expect(() => checkDatasetIds([{ id: 'a'.repeat(64) }, { id: 'bjsxcqrmzfbgs-2020' }])).not.toThrow();
  });

  it('refuses longer ids and ids with other characters, naming each', () => {
    const long = 'a'.repeat(65);
    expect(() => checkDatasetIds([{ id: long }, { id: 'ok' }, { id: 'has:colon' }])).toThrow(
      `数据集 ID 不能用于 Discord（须为字母或数字开头、不超过 64 个字符的 [A-Za-z0-9_.-]）："${long}"、"has:colon"`,
    );
  });

  it('startBot refuses them before connecting', async () => {
    const engine = createFakeEngine({ datasets: [{ ...XICHENG_2020, id: 'x'.repeat(101) }] });
    const config = parseConfig({
      DISCORD_TOKEN: 'fake.bot-token_123',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
    });
    await expect(startBot({ config, engine, log: recordingLogger() })).rejects.toThrow(
      /数据集 ID 不能用于 Discord/,
    );
  });
});

describe('the token in debug lines', () => {
  it('hides a malformed token (no dots) that discord.js would print in full', () => {
    expect(redactToken('Provided token: notavalidtokenatall', 'notavalidtokenatall')).toBe(
      'Provided token: [已隐藏]',
    );
  });

  it('hides the token or any long part of it wherever it appears', () => {
    const token = 'MTA5ODc2.GaBcDe.secret-hmac_part';
    expect(redactToken(`Provided token: MTA5ODc2.XXXXXX.XXXXXXXXXXXXXXXX`, token)).toBe(
      'Provided token: [已隐藏]',
    );
    expect(redactToken(`connecting with MTA5ODc2.GaBcDe.secret-hmac_part now`, token)).toBe(
      'connecting with [已隐藏] now',
    );
    expect(redactToken('token part secret-hmac_part leaked', token)).toBe('token part [已隐藏] leaked');
    expect(redactToken('[WS => Shard 0] Heartbeat acknowledged', token)).toBe(
      '[WS => Shard 0] Heartbeat acknowledged',
    );
  });
});

describe('fatal close codes', () => {
  it('covers 4004 and 4010–4014, each with what to do', () => {
    expect([...FATAL_CLOSE_CODES.keys()]).toEqual([4004, 4010, 4011, 4012, 4013, 4014]);
    for (const line of FATAL_CLOSE_CODES.values())
      expect(line).toMatch(/^[\u4e00-\u9fffA-Za-z ]+（40\d\d [A-Za-z ]+）：.*请/);
  });
});

describe('default command permissions', () => {
  it('/audit defaults to Manage Server; every other command is explicitly open; Discord accepts the JSON', () => {
    const payloads = commandPayloads([XICHENG_2020]);
    expect(payloads.find((c) => c.name === 'audit')?.default_member_permissions).toBe('32');
    expect(DEFAULT_MEMBER_PERMISSIONS).toEqual({ audit: '32' });
    expect(payloads.filter((c) => c.name !== 'audit').map((c) => c.default_member_permissions)).toEqual(
      payloads.filter((c) => c.name !== 'audit').map(() => null),
    );
    expect(commandsProblems(payloads)).toEqual([]);
  });
});

describe('bounded, expiring stores', () => {
  it('quiz scores expire after the TTL without an answer', () => {
    let now = 0;
    const scores = new ExpiringQuizScores({ ttlMs: 1000, now: () => now });
    expect(scores.record('u1', 'q1', true)).toEqual({ right: 1, asked: 1 });
    expect(scores.record('u1', 'q1', false)).toEqual({ right: 1, asked: 1 }); // the same question counts once
    now = 900;
    expect(scores.record('u1', 'q2', false)).toEqual({ right: 1, asked: 2 });
    now = 1901;
    expect(scores.get('u1')).toEqual({ right: 0, asked: 0 });
    expect(scores.size).toBe(0);
  });

  it('quiz scores keep at most maxUsers, dropping the least recently active', () => {
    const scores = new ExpiringQuizScores({ maxUsers: 2 });
    scores.record('a', 'q', true);
    scores.record('b', 'q', true);
    scores.record('a', 'q2', true);
    scores.record('c', 'q', true);
    expect(scores.size).toBe(2);
    expect(scores.get('b')).toEqual({ right: 0, asked: 0 });
    expect(scores.get('a')).toEqual({ right: 2, asked: 2 });
  });

  it('discord.js caches are capped and swept; REST retries, backoff and the interaction-friendly limiter are set', async () => {
    const client = createClient(parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/api' }));
    try {
      expect(client.users.cache).toBeInstanceOf(LimitedCollection);
      expect((client.users.cache as LimitedCollection<string, User>).maxSize).toBe(CACHE_LIMITS.users);
      const sweepers = client.options.sweepers ?? {};
      expect(sweepers.users?.interval).toBe(1800);
      expect(sweepers.guildMembers?.interval).toBe(1800);
      expect(sweepers.messages).toEqual({ interval: 1800, lifetime: 1800 });
      expect(client.rest.options.retries).toBe(3);
      expect(client.rest.options.globalRequestsPerSecond).toBe(GLOBAL_REQUESTS_PER_SECOND);
      expect(client.rest.options.makeRequest.name).not.toBe('makeRequest');
    } finally {
      await client.destroy();
    }
  });
});

describe('REST backoff (withBackoff)', () => {
  const response = (status: number) => new Response(status === 204 ? null : '{}', { status });

  it('retries a 5xx after 100, 200, 400 ms, then hands the last answer to discord.js', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const inner: MakeRequest = async () => (calls++, response(503));
    const request = withBackoff(inner, { sleep: async (ms) => void pauses.push(ms), random: () => 0.5 });
    expect((await request('https://x/api/v10/channels/1/messages', {})).status).toBe(503);
    expect(calls).toBe(4);
    expect(pauses).toEqual([100, 200, 400]);
  });

  it('retries a dropped connection but not a refused request or an aborted one', async () => {
    const dropped = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(isTransientNetworkError(dropped)).toBe(true);
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: dropped }))).toBe(true);
    expect(isTransientNetworkError(new Error('Invalid Form Body'))).toBe(false);
    let calls = 0;
    const once: MakeRequest = async () => {
      if (calls++ === 0) throw dropped;
      return response(204);
    };
    expect((await withBackoff(once, { sleep: async () => {} })('https://x/a', {})).status).toBe(204);
    const aborted = new AbortController();
    aborted.abort();
    calls = 0;
    await expect(
      withBackoff(once, { sleep: async () => {} })('https://x/a', { signal: aborted.signal }),
    ).rejects.toBe(dropped);
    expect(calls).toBe(1);
  });

  it('a 4xx is never retried', async () => {
    let calls = 0;
    const inner: MakeRequest = async () => (calls++, response(400));
    expect((await withBackoff(inner, { sleep: async () => {} })('https://x/a', {})).status).toBe(400);
    expect(calls).toBe(1);
  });
});

describe('installShutdown hard limit', () => {
  it('exits 1 when stopping hangs beyond the limit', async () => {
    const listeners = new Map<string, () => void>();
    const exits: number[] = [];
    const target: SignalTarget = { once: (e, l) => listeners.set(e, l), exit: (c) => void exits.push(c) };
    const log = recordingLogger();
    installShutdown(() => new Promise(() => undefined), log, target, 50);
    listeners.get('SIGTERM')?.();
    await new Promise((r) => setTimeout(r, 120));
    expect(exits).toEqual([1]);
    expect(log.entries.map((e) => e.message)).toContain('关闭超过 50 毫秒仍未完成，强制退出');
  });
});

describe('answers without their chart, and long questions', () => {
  it('says under the answer that the chart was left out, and why', () => {
    const payload = renderAnswer(receptionAnswer(), { chartLeftOut: CHART_LEFT_OUT.busy });
    expect(payload.files).toBeUndefined();
    expect(payload.embeds[0]?.image).toBeUndefined();
    expect(payload.embeds[0]?.description?.split('\n').at(-1)).toBe(
      '📊 当前请求较多，图表这次没有生成；答案中的数字不受影响。',
    );
    expect(chartLeftOutLine(CHART_LEFT_OUT.timeout)).toBe(
      '📊 图表生成超时，这次没有附上；答案中的数字不受影响。',
    );
  });

  it(`reads at most ${MAX_QUESTION_CHARS} characters of a question and says so politely`, () => {
    const ctx = testContext();
    const long = `公务接待费${'啊'.repeat(300)}😀`;
    const answer = ask(ctx, long, { userId: 'u', channelId: 'c' });
    expect(Array.from(ctx.engine.asked.at(-1)?.question ?? '')).toHaveLength(MAX_QUESTION_CHARS);
    expect(answer.lines.at(-1)).toBe(LONG_QUESTION_NOTE);
    expect(LONG_QUESTION_NOTE).toBe('（问题较长，只按前 300 个字理解；如答非所问，请把问题说得短一些。）');
    const short = ask(ctx, '公务接待费是多少', { userId: 'u', channelId: 'c' });
    expect(short.lines).not.toContain(LONG_QUESTION_NOTE);
    // Whole code points: an emoji at the cut is never split in half.
    expect(capQuestion(`${'a'.repeat(299)}😀😀`).text).toBe(`${'a'.repeat(299)}😀`);
  });
});
