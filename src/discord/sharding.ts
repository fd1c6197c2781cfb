/**
 * Many guilds: the same bot under discord.js's ShardingManager, one child process per shard. Each
 * child runs the shard entry (src/cli/shard.ts, or its compiled .js), which calls startBot; discord.js
 * hands each child its shard ids through the environment (SHARDS, SHARD_COUNT). Several hosts: each
 * runs its own fixed range (DISCORD_SHARDS=0,1 with DISCORD_SHARD_COUNT=4 here, 2,3 on the next).
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager, type APIGatewayBotInfo } from 'discord.js';
import { describeStartupError } from '../app.js';
import { loadConfigOrExit, shardPlan, type Config } from '../config.js';
import type { Engine } from '../core/engine.js';
import type { Onboarding } from '../core/onboarding.js';
import { createLogger, type Logger } from '../log.js';
import { FATAL_EXIT_CODE, installShutdown, startBot } from './bot.js';
import { startChartQueue } from './charts.js';
import type { ChartRenderer } from './command.js';
import { restFor } from './deploy.js';

const RUNNING_TS = import.meta.url.endsWith('.ts');

/** The shard entry beside this module, .ts under tsx or .js when compiled. */
export const SHARD_ENTRY = fileURLToPath(
  new URL(`../cli/shard.${RUNNING_TS ? 'ts' : 'js'}`, import.meta.url),
);

/**
 * Shards in all: DISCORD_SHARD_COUNT, or DISCORD_SHARDS's number; "auto" asks the configured API for
 * its recommendation. (discord.js's own "auto" always asks discord.com, ignoring DISCORD_API_URL, so it
 * is resolved here.)
 */
export async function resolveShardCount(config: Config): Promise<number> {
  const wanted = shardPlan(config)?.total ?? 'auto';
  if (wanted !== 'auto') return wanted;
  const info = (await restFor(config).get(Routes.gatewayBot())) as APIGatewayBotInfo;
  return Math.max(1, info.shards);
}

export interface ShardedOptions {
  config: Config;
  log: Logger;
  /** The script each shard runs; default SHARD_ENTRY. A .ts file runs under tsx. */
  file?: string;
  /** Pause between spawning shards; Discord wants ~5 s between identifies. */
  spawnDelayMs?: number;
  /** How long a shard may take to become ready, ms. */
  readyTimeoutMs?: number;
  /**
   * A shard process exited with FATAL_EXIT_CODE (token reset, intents withdrawn: every shard would
   * fail the same way). Policy: no respawn; every shard is stopped, then this is called. Default:
   * exit with FATAL_EXIT_CODE. Any other death is respawned.
   */
  onFatal?: (shardId: number) => void;
}

export interface RunningShards {
  manager: ShardingManager;
  stop(): Promise<void>;
}

export async function startSharded({
  config,
  log,
  file = SHARD_ENTRY,
  spawnDelayMs = 5500,
  readyTimeoutMs = 30_000,
  onFatal = () => process.exit(FATAL_EXIT_CODE),
}: ShardedOptions): Promise<RunningShards> {
  if (!config.DISCORD_TOKEN) throw new Error('startSharded needs DISCORD_TOKEN');
  const totalShards = await resolveShardCount(config);
  // A host with a fixed range (DISCORD_SHARDS=0,1 with DISCORD_SHARD_COUNT=4) spawns only its own.
  const shardList = shardPlan(config)?.ids ?? [...Array(totalShards).keys()];
  const manager = new ShardingManager(file, {
    token: config.DISCORD_TOKEN,
    totalShards,
    shardList,
    mode: 'process',
    respawn: true,
    execArgv: file.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    log.info(`分片 ${shard.id} 已启动（本机 ${shardList.length} 个，共 ${totalShards} 个）`);
    // A respawn that is cut short by stop() rejects inside discord.js and is emitted here.
    shard.on('error', (err) => {
      if (!stopping) log.error(`分片 ${shard.id} 出错`, { err });
    });
    shard.on('death', (child) => {
      if (stopping) return;
      const code = 'exitCode' in child ? child.exitCode : null;
      if (code === FATAL_EXIT_CODE) {
        // discord.js has already decided to respawn this shard; stop() kills that new process too.
        manager.respawn = false;
        log.error(`分片 ${shard.id} 因不可恢复的网关错误退出（退出码 ${code}），停止所有分片`);
        setImmediate(() => void stop().finally(() => onFatal(shard.id)));
        return;
      }
      log.warn(`分片 ${shard.id} 的进程意外退出（退出码 ${String(code)}），将自动重启`);
    });
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    manager.respawn = false;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child) return Promise.resolve();
      shard.kill();
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000).unref())]);
    });
    await Promise.all(exits);
    log.info('所有分片已关闭');
  };

  try {
    await manager.spawn({ amount: totalShards, delay: spawnDelayMs, timeout: readyTimeoutMs });
  } catch (err) {
    await stop();
    throw err;
  }
  return { manager, stop };
}

/**
 * The body of a shard process: config from the inherited environment (discord.js adds SHARDS,
 * SHARD_COUNT and DISCORD_TOKEN), the bot, graceful shutdown. Start-up failures are one line, exit 1.
 */
export async function runShardProcess<E extends Engine>(load: {
  engine: (config: Config) => Promise<E>;
  /** The tour and quiz over the loaded engine. */
  onboarding?: (engine: E) => Onboarding;
  charts?: () => ChartRenderer | undefined;
  /** Draw charts in worker threads (the production shard entry); wins over `charts`. */
  chartQueue?: boolean;
}): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.LOG_LEVEL);
  try {
    const engine = await load.engine(config);
    const bot = await startBot({
      config,
      engine,
      log,
      charts: load.charts?.(),
      ...(load.chartQueue ? { chartQueue: await startChartQueue(config, log) } : {}),
      onboarding: load.onboarding?.(engine),
    });
    installShutdown(bot.stop, log, process, config.SHUTDOWN_GRACE_MS + 10_000);
  } catch (err) {
    log.debug('分片启动失败', { err });
    console.error(describeStartupError(err));
    process.exit(1);
  }
}
