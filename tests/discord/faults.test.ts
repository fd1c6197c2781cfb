/**
 * Fault injection against the strict fake Discord server: the real bot (startBot, a real discord.js
 * client, the fake engine) facing dropped connections, 5xx, 429, late first responses, gateway
 * resumes and fatal close codes, charts that never finish, and shutdowns with answers in flight.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { ChartQueue, ChartUnavailable, CHART_LEFT_OUT } from '../../src/core/chart/queue.js';
import { FatalGatewayClose, startBot, type RunningBot } from '../../src/discord/bot.js';
import type { ChartRenderer } from '../../src/discord/command.js';
import { CLOSED_BY_SHUTDOWN, GENERIC_ERROR, SHUTTING_DOWN } from '../../src/discord/dispatch.js';
import { chartLeftOutLine } from '../../src/discord/render.js';
import { FAKE_PNG, recordingLogger } from '../helpers/context.js';
import { createFakeEngine } from '../helpers/fake-engine.js';
import { APP_ID, FakeDiscord, FIRST_RESPONSE_MS, type RecordedRequest } from '../helpers/fake-discord.js';

interface Wire {
  type?: number;
  data?: { content?: string; flags?: number; embeds?: { description?: string; image?: unknown }[] };
  content?: string;
  flags?: number;
  embeds?: { description?: string; image?: unknown }[];
}

let fake: FakeDiscord;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const config = (env: Record<string, string> = {}) =>
  parseConfig({
    DISCORD_TOKEN: 'fake.bot-token_123',
    DISCORD_API_URL: fake.apiUrl,
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });

async function bot(
  options: {
    charts?: ChartRenderer;
    env?: Record<string, string>;
    onFatal?: (e: FatalGatewayClose) => void;
  } = {},
) {
  const log = recordingLogger();
  const running = await startBot({
    config: config(options.env),
    engine: createFakeEngine(),
    log,
    ...(options.charts ? { charts: options.charts } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  return { running, log };
}

const isCallback = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const isEdit = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const accepted = (pred: (r: RecordedRequest) => boolean) => (r: RecordedRequest) =>
  pred(r) && r.status >= 200 && r.status < 300;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 1000 });
});
afterAll(async () => {
  await fake?.close();
});

describe('REST faults', () => {
  let running: RunningBot;
  let log: ReturnType<typeof recordingLogger>;
  beforeAll(async () => {
    ({ running, log } = await bot({ charts: async () => FAKE_PNG }));
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('a callback whose connection drops before Discord acts on it is sent again, and the answer arrives once', async () => {
    fake.injectFault((r) => r.path.endsWith('/callback'), { kind: 'drop' });
    const { id } = fake.sendCommand('ask', { question: '公务接待费是多少' });
    const ok = await fake.waitForRequest(accepted(isCallback(id)));
    expect((ok.body as Wire).type).toBe(4);
    expect((ok.body as Wire).data?.embeds?.[0]?.description).toContain('22,320.24 元');
    const attempts = fake.requests.filter(isCallback(id));
    expect(attempts.map((r) => r.status)).toEqual([-1, 204]);
  });

  it('a callback Discord acted on but whose response was lost: the retry meets 40060 and counts as answered', async () => {
    fake.injectFault((r) => r.path.endsWith('/callback'), { kind: 'drop-after' });
    const { id } = fake.sendCommand('ask', { question: '公务接待费是多少' });
    const retry = await fake.waitForRequest((r) => isCallback(id)(r) && r.status === 400);
    expect(retry.body).toMatchObject({ type: 4 });
    await sleep(200);
    // No generic error, no second message: the first attempt was the answer.
    expect(fake.requests.filter(isCallback(id)).map((r) => r.status)).toEqual([-204, 400]);
    expect(fake.requests.filter((r) => r.path.includes(`/webhooks/`) && r.method === 'POST')).toEqual([]);
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('a 502 is retried after a backoff pause, not at once', async () => {
    fake.injectFault((r) => r.path.endsWith('/callback'), { kind: 'status', status: 502 });
    const { id } = fake.sendCommand('ask', { question: '公务接待费是多少' });
    const ok = await fake.waitForRequest(accepted(isCallback(id)));
    const [first, second] = fake.requests.filter(isCallback(id));
    expect(first?.status).toBe(502);
    expect(second).toBe(ok);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(70); // 100 ms ± 25 %
  });

  it('a 429 on the deferred edit is waited out for its retry_after, then the answer is edited in once', async () => {
    fake.injectFault((r) => r.method === 'PATCH', { kind: 'rate-limit', retryAfterS: 0.4 });
    const { token } = fake.sendCommand('breakdown', { dimension: 'functional' });
    const ok = await fake.waitForRequest(accepted(isEdit(token)));
    const edits = fake.requests.filter(isEdit(token));
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(ok.at - (edits[0]?.at ?? 0)).toBeGreaterThanOrEqual(380);
    expect((ok.body as Wire).embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
  });

  it('a first response later than 3 s is refused (10062); the bot carries on answering', async () => {
    const late = fake.sendCommand('ask', { question: '公务接待费是多少' });
    fake.advanceClock(FIRST_RESPONSE_MS + 500);
    try {
      const refused = await fake.waitForRequest((r) => isCallback(late.id)(r) && r.status === 404);
      expect(fake.violations.find((v) => v.request === refused)?.error.code).toBe(10062);
    } finally {
      fake.advanceClock(-(FIRST_RESPONSE_MS + 500));
    }
    await sleep(100);
    const next = fake.sendCommand('ask', { question: '公务接待费是多少' });
    expect((await fake.waitForRequest(accepted(isCallback(next.id)))).status).toBe(204);
  });

  it('after a gateway close that allows it, the bot RESUMEs its session and keeps answering', async () => {
    const before = fake.connections.length;
    fake.closeConnections(4000, 'unknown error');
    const resumed = await new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), 10_000);
      fake.once('resume', () => {
        clearTimeout(t);
        resolve(true);
      });
    });
    expect(resumed).toBe(true);
    expect(fake.connections.length).toBe(before + 1);
    expect(fake.connections.at(-1)?.resumed).toBe(true);
    const { id } = fake.sendCommand('ask', { question: '公务接待费是多少' });
    expect((await fake.waitForRequest(accepted(isCallback(id)))).body).toMatchObject({ type: 4 });
  });
});

describe('charts that fail or never finish', () => {
  it('a render that never finishes times out in the queue; the answer goes out without the chart and says so', async () => {
    const queue = await ChartQueue.start({
      log: recordingLogger(),
      workers: 1,
      timeoutMs: 600,
      skipHealthCheck: true,
    });
    const { running } = await bot({ charts: (spec) => queue.hang().then(() => Buffer.from(spec.title)) });
    try {
      const { id, token } = fake.sendCommand('breakdown', { dimension: 'functional' });
      expect((await fake.waitForRequest(accepted(isCallback(id)))).body).toEqual({
        type: 5,
        data: { flags: 0 },
      });
      const edit = (await fake.waitForRequest(accepted(isEdit(token)))).body as Wire;
      expect(edit.embeds?.[0]?.image).toBeUndefined();
      expect(edit.embeds?.[0]?.description).toContain(chartLeftOutLine(CHART_LEFT_OUT.timeout));
      expect(edit.embeds?.[0]?.description).toContain('科学技术支出');
    } finally {
      await running.stop();
      await queue.close();
    }
  });

  it('a full queue: the answer goes out at once without the chart, saying so', async () => {
    const { running } = await bot({ charts: async () => Promise.reject(new ChartUnavailable('busy')) });
    try {
      const { token } = fake.sendCommand('breakdown', { dimension: 'functional' });
      const edit = (await fake.waitForRequest(accepted(isEdit(token)))).body as Wire;
      expect(edit.embeds?.[0]?.description).toContain(
        '📊 当前请求较多，图表这次没有生成；答案中的数字不受影响。',
      );
    } finally {
      await running.stop();
    }
  });
});

describe('fatal gateway closes', () => {
  afterEach(() => {
    fake.closeOnIdentify = undefined;
  });

  it('4004 at start-up rejects start-up with a clear Chinese message', async () => {
    fake.closeOnIdentify = 4004;
    const log = recordingLogger();
    const err = await startBot({ config: config(), engine: createFakeEngine(), log }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FatalGatewayClose);
    expect((err as FatalGatewayClose).code).toBe(4004);
    expect((err as Error).message).toMatch(/^Discord 网关关闭了连接，无法恢复：令牌无效（4004/);
  });

  it('4014 after ready calls onFatal (by default: stop, exit 78) and logs what to change', async () => {
    const fatal: FatalGatewayClose[] = [];
    const { running, log } = await bot({ onFatal: (e) => fatal.push(e) });
    try {
      fake.closeConnections(4014, 'Disallowed intent(s).');
      for (let i = 0; i < 100 && fatal.length === 0; i++) await sleep(50);
      expect(fatal.map((e) => e.code)).toEqual([4014]);
      expect(log.entries.find((e) => e.level === 'error')?.message).toContain('MESSAGE CONTENT INTENT');
    } finally {
      await running.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes every answer in flight before stopping; interactions arriving meanwhile are told to retry', async () => {
    let started = 0;
    const slow: ChartRenderer = async () => {
      started++;
      await sleep(800);
      return FAKE_PNG;
    };
    const { running } = await bot({ charts: slow, env: { SHUTDOWN_GRACE_MS: '10000' } });
    onTestFinished(() => running.stop());
    const sent = Array.from({ length: 12 }, () => fake.sendCommand('breakdown', { dimension: 'functional' }));
    for (const s of sent) await fake.waitForRequest(accepted(isCallback(s.id)));
    for (let i = 0; i < 40 && started < 12; i++) await sleep(25);
    expect(started).toBe(12);
    const stopping = running.stop();
    await sleep(50);
    const during = fake.sendCommand('ask', { question: '公务接待费是多少' });
    await stopping;
    for (const s of sent) {
      const edit = fake.requests.find(accepted(isEdit(s.token)));
      expect((edit?.body as Wire | undefined)?.embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
    }
    const told = fake.requests.find(accepted(isCallback(during.id)))?.body as Wire;
    expect(told.data).toMatchObject({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral });
  });

  it('answers still unfinished when the grace period ends are closed politely and privately', async () => {
    const never: ChartRenderer = () => new Promise(() => undefined);
    const { running } = await bot({ charts: never, env: { SHUTDOWN_GRACE_MS: '300' } });
    onTestFinished(() => running.stop());
    const sent = Array.from({ length: 12 }, () => fake.sendCommand('breakdown', { dimension: 'functional' }));
    for (const s of sent) await fake.waitForRequest(accepted(isCallback(s.id)));
    const began = Date.now();
    await running.stop();
    expect(Date.now() - began).toBeLessThan(5000);
    for (const s of sent) {
      const deleted = fake.requests.find(
        (r) => r.method === 'DELETE' && r.path === `/webhooks/${APP_ID}/${s.token}/messages/@original`,
      );
      expect(deleted?.status).toBe(204);
      const followUp = fake.requests.find(
        (r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${s.token}` && r.status === 200,
      );
      expect(followUp?.body).toMatchObject({ content: CLOSED_BY_SHUTDOWN, flags: MessageFlags.Ephemeral });
      expect(JSON.stringify(followUp?.body)).not.toContain(GENERIC_ERROR);
    }
  });
});
