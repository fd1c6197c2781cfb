/**
 * `npm start`: with DISCORD_TOKEN the Discord bot (sharded with --sharded or DISCORD_SHARDS), without
 * it the local console chat (`npm start -- --chart-dir DIR` writes its charts as PNG files).
 * Anything that stops start-up is one Chinese line and exit 1.
 */
import './low-memory.js';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { describeStartupError, loadEngine } from '../app.js';
import { loadConfigOrExit, shardPlan } from '../config.js';
import { runConsoleChat } from '../console/chat.js';
import { onboardingOf } from '../core/onboarding.js';
import { createLogger } from '../log.js';

dotenv.config({ quiet: true });
const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL);

let flags: { sharded?: boolean; 'chart-dir'?: string };
try {
  flags = parseArgs({ options: { sharded: { type: 'boolean' }, 'chart-dir': { type: 'string' } } }).values;
} catch (err) {
  console.error(
    `参数错误：${err instanceof Error ? err.message : String(err)}（可用：--sharded、--chart-dir 目录）`,
  );
  process.exit(2);
}
const sharded = flags.sharded === true || shardPlan(config) !== null;

try {
  // Loaded first even when sharding: a missing or broken knowledge base stops here, once, instead
  // of in every shard process over and over.
  const engine = await loadEngine(config);
  // discord.js is imported only when Discord is used: the console starts faster without it.
  if (!config.DISCORD_TOKEN) {
    if (sharded) console.error('未设置 DISCORD_TOKEN：分片模式不可用，进入本地控制台模式。');
    await runConsoleChat({ engine, onboarding: onboardingOf(engine), chartDir: flags['chart-dir'], log });
  } else if (sharded) {
    const { startSharded } = await import('../discord/sharding.js');
    const { installShutdown } = await import('../discord/bot.js');
    const shards = await startSharded({ config, log });
    installShutdown(shards.stop, log);
  } else {
    const { installShutdown, startBot } = await import('../discord/bot.js');
    const { startChartQueue } = await import('../discord/charts.js');
    const bot = await startBot({
      config,
      engine,
      log,
      chartQueue: await startChartQueue(config, log),
      onboarding: onboardingOf(engine),
    });
    installShutdown(bot.stop, log, process, config.SHUTDOWN_GRACE_MS + 10_000);
  }
} catch (err) {
  log.debug('启动失败', { err });
  console.error(describeStartupError(err));
  process.exit(1);
}
