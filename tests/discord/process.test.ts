/**
 * The bot as an operator runs it: `src/cli/start.ts` in its own process (real engine over data/, real
 * chart workers) against the strict fake server. A fatal gateway close must end the process with a
 * non-zero code and a clear line; SIGTERM with answers in flight must send them all before exiting 0.
 * Sharded: a shard that dies of a fatal close stops every shard instead of being respawned forever.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { FATAL_EXIT_CODE } from '../../src/discord/bot.js';
import { startSharded, type RunningShards } from '../../src/discord/sharding.js';
import { recordingLogger } from '../helpers/context.js';
import { APP_ID, FakeDiscord, type RecordedRequest } from '../helpers/fake-discord.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('../helpers/shard-child.ts', import.meta.url));

let fake: FakeDiscord;
let child: ChildProcess | undefined;
let stderr = '';

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterEach(() => {
  fake.closeOnIdentify = undefined;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
});
afterAll(async () => {
  await fake?.close();
});

function startBotProcess(env: Record<string, string> = {}): ChildProcess {
  stderr = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: 'fake.bot-token_123',
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child = proc;
  return proc;
}

async function exitOf(proc: ChildProcess, timeoutMs = 30_000): Promise<number | null> {
  if (proc.exitCode !== null) return proc.exitCode;
  const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(proc, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}

const identifiedCount = () => fake.connections.filter((c) => c.identify).length;
const accepted = (pred: (r: RecordedRequest) => boolean) => (r: RecordedRequest) =>
  pred(r) && r.status >= 200 && r.status < 300;

describe('npm start against the strict fake server', () => {
  it('a fatal close at start-up (4014) stops with one clear line and exit code 1', async () => {
    fake.closeOnIdentify = 4014;
    const code = await exitOf(startBotProcess());
    expect(code).toBe(1);
    expect(stderr).toContain('intent 未获准（4014 Disallowed intents）');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it(`a fatal close after ready (4004 token reset) exits ${FATAL_EXIT_CODE}, not 0`, async () => {
    const before = identifiedCount();
    const proc = startBotProcess();
    await fake.waitForIdentified(before + 1, 30_000);
    await new Promise((r) => setTimeout(r, 200));
    fake.closeConnections(4004, 'Authentication failed.');
    expect(await exitOf(proc)).toBe(FATAL_EXIT_CODE);
    expect(stderr).toContain('令牌无效（4004 Authentication failed）');
  });

  it('SIGTERM with 12 chart answers in flight: all are sent before the process exits 0', async () => {
    const before = identifiedCount();
    const proc = startBotProcess();
    await fake.waitForIdentified(before + 1, 30_000);
    const sent = Array.from({ length: 12 }, (_, i) =>
      fake.sendCommand('breakdown', { dimension: i % 2 ? 'functional' : 'economic' }),
    );
    for (const s of sent)
      await fake.waitForRequest(
        accepted((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${s.id}/`)),
      );
    proc.kill('SIGTERM');
    expect(await exitOf(proc)).toBe(0);
    for (const s of sent) {
      const edit = fake.requests.find(
        accepted(
          (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${s.token}/messages/@original`,
        ),
      );
      expect(edit, `answer for ${s.id}`).toBeDefined();
      expect((edit?.body as { embeds?: unknown[] }).embeds).toHaveLength(1);
    }
  }, 60_000);
});

describe('sharded: fatal close policy', () => {
  let shards: RunningShards | undefined;
  const saved = { ...process.env };
  afterAll(async () => {
    await shards?.stop();
    process.env = saved;
  });

  it('a shard that exits on a fatal close is not respawned: every shard is stopped and onFatal runs', async () => {
    Object.assign(process.env, {
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'warn',
      ENABLE_MESSAGE_CONTENT: 'false',
    });
    const log = recordingLogger();
    const fatal: number[] = [];
    const config = parseConfig({
      DISCORD_TOKEN: 'fake.bot-token_123',
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: '1',
    });
    const before = identifiedCount();
    shards = await startSharded({
      config,
      log,
      file: CHILD,
      spawnDelayMs: 0,
      readyTimeoutMs: 20_000,
      onFatal: (id) => fatal.push(id),
    });
    await fake.waitForIdentified(before + 1, 20_000);
    const identifiedBefore = identifiedCount();
    fake.closeConnections(4004, 'Authentication failed.');
    for (let i = 0; i < 200 && fatal.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fatal).toEqual([0]);
    expect(shards.manager.respawn).toBe(false);
    expect(log.entries.map((e) => e.message)).toContain(
      `分片 0 因不可恢复的网关错误退出（退出码 ${FATAL_EXIT_CODE}），停止所有分片`,
    );
    await new Promise((r) => setTimeout(r, 1500));
    // Nothing came back to identify again.
    expect(identifiedCount()).toBe(identifiedBefore);
    expect(
      [...shards.manager.shards.values()].every(
        (s) => !s.process || s.process.exitCode !== null || s.process.killed,
      ),
    ).toBe(true);
  }, 40_000);
});
