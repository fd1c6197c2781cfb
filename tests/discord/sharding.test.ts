/**
 * Many guilds: the bot under discord.js's ShardingManager, each shard a child process (tsx), against
 * the Discord-compatible server. "auto" takes the shard count from that server's GET /gateway/bot.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startSharded, type RunningShards } from '../../src/discord/sharding.js';
import { recordingLogger } from '../helpers/context.js';
import { APP_ID, FakeDiscord, GUILD_ID } from '../helpers/fake-discord.js';

/** The next guild id lands on the other of two shards ((id >> 22) % 2). */
const OTHER_GUILD_ID = String(BigInt(GUILD_ID) + (1n << 22n));
const CHILD = fileURLToPath(new URL('../helpers/shard-child.ts', import.meta.url));

let fake: FakeDiscord;
let shards: RunningShards | undefined;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2, guildIds: [GUILD_ID, OTHER_GUILD_ID] });
  // Shard processes read their configuration from the environment they inherit, as in production.
  Object.assign(process.env, {
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'warn',
    ENABLE_MESSAGE_CONTENT: 'false',
  });
});

afterAll(async () => {
  await shards?.stop();
  await fake?.close();
  process.env = saved;
});

describe('sharded bot', () => {
  it('spawns one process per recommended shard; each identifies with its own shard id and answers its guilds', async () => {
    const log = recordingLogger();
    const config = parseConfig({
      DISCORD_TOKEN: 'fake.bot-token_123',
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: 'auto',
    });
    shards = await startSharded({ config, log, file: CHILD, spawnDelayMs: 0, readyTimeoutMs: 15_000 });

    expect(shards.manager.totalShards).toBe(2);
    const identified = await fake.waitForIdentified(2);
    expect(identified.map((c) => c.identify?.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const pids = [...shards.manager.shards.values()].map((s) => s.process?.pid);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(process.pid);

    for (const guild of [GUILD_ID, OTHER_GUILD_ID]) {
      const { id } = fake.sendCommand('ask', { question: '公务接待费是多少' }, guild);
      const callback = await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
      expect(callback.body).toMatchObject({
        type: 4,
        data: { embeds: [{ title: '公务接待费' }], allowed_mentions: { parse: [] } },
      });
    }
    expect(fake.requests.filter((r) => r.path.startsWith(`/applications/${APP_ID}`))).toEqual([]);
  });

  it('stops every shard process on shutdown', async () => {
    const children = [...(shards?.manager.shards.values() ?? [])].map((s) => s.process);
    await shards?.stop();
    shards = undefined;
    // SIGTERM reached installShutdown in each child: client.destroy(), then exit 0.
    expect(children.map((c) => c?.exitCode)).toEqual([0, 0]);
  });

  it('a host with a fixed range (DISCORD_SHARDS=1 of DISCORD_SHARD_COUNT=2) spawns only its own shard', async () => {
    const before = fake.connections.filter((c) => c.identify).length;
    const config = parseConfig({
      DISCORD_TOKEN: 'fake.bot-token_123',
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: '1',
      DISCORD_SHARD_COUNT: '2',
    });
    shards = await startSharded({
      config,
      log: recordingLogger(),
      file: CHILD,
      spawnDelayMs: 0,
      readyTimeoutMs: 15_000,
    });
    expect(shards.manager.totalShards).toBe(2);
    expect([...shards.manager.shards.keys()]).toEqual([1]);
    const identified = await fake.waitForIdentified(before + 1);
    expect(identified.slice(before).map((c) => c.identify?.shard)).toEqual([[1, 2]]);
    await shards.stop();
    shards = undefined;
  });
});
