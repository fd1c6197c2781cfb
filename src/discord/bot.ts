/**
 * Start the bot in this process: client, dispatcher, login, ready. Used directly (`npm start` with a
 * token) and inside each shard process spawned by the ShardingManager.
 */
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Config } from '../config.js';
import type { ChartQueue } from '../core/chart/queue.js';
import { Conversations } from '../core/conversation.js';
import type { Engine } from '../core/engine.js';
import type { Onboarding } from '../core/onboarding.js';
import type { Logger } from '../log.js';
import type { ChartRenderer, Command, CommandContext } from './command.js';
import { createClient } from './client.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { checkDatasetIds, commandMap, commands as registered } from './registry.js';
import { SuggestionStore } from './suggestions.js';
import { ExpiringQuizScores } from './quiz-scores.js';

/** Exit code of a process stopped by a fatal gateway close (EX_CONFIG: fix the configuration). */
export const FATAL_EXIT_CODE = 78;

/** Gateway close codes after which reconnecting cannot help, and what to do about each. */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [
    4004,
    '令牌无效（4004 Authentication failed）：请在开发者门户 → Bot → Reset Token，并更新 DISCORD_TOKEN。',
  ],
  [4010, '分片参数无效（4010 Invalid shard）：请检查 DISCORD_SHARDS。'],
  [4011, '需要分片（4011 Sharding required）：服务器太多，请设 DISCORD_SHARDS=auto。'],
  [4012, 'API 版本无效（4012 Invalid API version）：请升级 discord.js。'],
  [4013, 'intent 无效（4013 Invalid intents）：请检查 ENABLE_MESSAGE_CONTENT 与 discord.js 版本。'],
  [
    4014,
    'intent 未获准（4014 Disallowed intents）：请在开发者门户 → Bot 打开 MESSAGE CONTENT INTENT，或把 ENABLE_MESSAGE_CONTENT 设为 false。',
  ],
]);

export class FatalGatewayClose extends Error {
  override readonly name = 'FatalGatewayClose';
  constructor(
    readonly code: number,
    readonly shard: number,
  ) {
    super(`Discord 网关关闭了连接，无法恢复：${FATAL_CLOSE_CODES.get(code) ?? String(code)}`);
  }
}

/** Discord.js debug lines with the token, or any part of it, blanked out. */
export function redactToken(line: string, token: string | undefined): string {
  let out = line.replace(/(Provided token:\s*)\S+/i, '$1[已隐藏]');
  if (token)
    for (const part of new Set([token, ...token.split('.')]))
      if (part.length >= 6) out = out.split(part).join('[已隐藏]');
  return out;
}

export interface BotOptions {
  config: Config;
  engine: Engine;
  log: Logger;
  charts?: ChartRenderer;
  /** Charts drawn in worker threads behind a bounded queue; closed when the bot stops. Wins over `charts`. */
  chartQueue?: ChartQueue;
  /**
   * A fatal gateway close after start-up (token reset, intents withdrawn). Default: stop, then exit
   * with FATAL_EXIT_CODE so that a supervisor sees a failure, not a clean stop.
   */
  onFatal?: (err: FatalGatewayClose) => void;
  /** The tour and the quiz (from the real engine: `onboardingOf(engine)`). */
  onboarding?: Onboarding;
  commands?: readonly Command[];
}

export interface RunningBot {
  client: Client<true>;
  ctx: CommandContext;
  dispatcher: Dispatcher;
  /** Graceful: no new work, answers in flight finished (or closed politely) within SHUTDOWN_GRACE_MS. */
  stop(): Promise<void>;
}

export async function startBot({
  config,
  engine,
  log,
  charts,
  chartQueue,
  onFatal,
  onboarding,
  commands = registered,
}: BotOptions): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('startBot needs DISCORD_TOKEN');
  checkDatasetIds(engine.datasets);
  const token = config.DISCORD_TOKEN;
  const client = createClient(config);
  const ctx: CommandContext = {
    engine,
    config,
    log,
    charts: chartQueue ? (spec) => chartQueue.render(spec) : charts,
    onboarding,
    suggestions: new SuggestionStore(),
    conversations: new Conversations(),
    quizScores: new ExpiringQuizScores(),
  };
  const dispatcher = createDispatcher({ commands: commandMap(commands), ctx });

  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handleInteraction(interaction));
  if (config.ENABLE_MESSAGE_CONTENT)
    client.on(Events.MessageCreate, (msg) => void dispatcher.handleMessage(msg));
  client.on(Events.Error, (err) => log.error('Discord 客户端错误', { err }));
  client.on(Events.Warn, (message) => log.warn(`Discord 警告：${redactToken(message, token)}`));
  client.on(Events.Debug, (message) => log.debug(redactToken(message, token)));

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      const { finished, closed } = await dispatcher.drain(config.SHUTDOWN_GRACE_MS);
      if (finished + closed > 0)
        log.info(`关闭前处理完 ${finished} 个进行中的回答，${closed} 个已告知用户稍后再问`);
      await chartQueue?.close();
      await client.destroy();
      log.info('已断开 Discord');
    })());

  // A fatal close before ready rejects start-up; after it, onFatal (default: stop and exit non-zero).
  let rejectStart: ((err: FatalGatewayClose) => void) | undefined;
  const fatalBeforeReady = new Promise<never>((_resolve, reject) => (rejectStart = reject));
  fatalBeforeReady.catch(() => undefined);
  let ready = false;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!FATAL_CLOSE_CODES.has(event.code)) {
      log.warn('分片断开', { shard, code: event.code });
      return;
    }
    const err = new FatalGatewayClose(event.code, shard);
    log.error(err.message, { shard, code: event.code });
    if (!ready) rejectStart?.(err);
    else if (onFatal) onFatal(err);
    else
      void stop()
        .catch(() => undefined)
        .finally(() => process.exit(FATAL_EXIT_CODE));
  });

  const readyEvent = once(client, Events.ClientReady);
  try {
    await Promise.race([client.login(token).then(() => readyEvent), fatalBeforeReady]);
    ready = true;
  } catch (err) {
    await client.destroy();
    await chartQueue?.close();
    throw err;
  }
  const me = client as Client<true>;
  log.info(`已连接 Discord：${me.user.tag}（${me.guilds.cache.size} 个服务器）`, {
    shards: me.ws.shards.map((s) => s.id),
  });
  return { client: me, ctx, dispatcher, stop };
}

export interface SignalTarget {
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * SIGINT/SIGTERM: stop once, then exit 0 (1 if stopping failed, or if it has not finished within
 * `hardLimitMs`: a shutdown must end even when something hangs).
 */
export function installShutdown(
  stop: () => Promise<void>,
  log: Logger,
  target: SignalTarget = process,
  hardLimitMs = 30_000,
): void {
  let stopping = false;
  const onSignal = (signal: string) => () => {
    if (stopping) return;
    stopping = true;
    log.info(`收到 ${signal}，正在关闭…`);
    setTimeout(() => {
      log.error(`关闭超过 ${hardLimitMs} 毫秒仍未完成，强制退出`);
      target.exit(1);
    }, hardLimitMs).unref();
    stop().then(
      () => target.exit(0),
      (err: unknown) => {
        log.error('关闭时出错', { err });
        target.exit(1);
      },
    );
  };
  target.once('SIGINT', onSignal('SIGINT'));
  target.once('SIGTERM', onSignal('SIGTERM'));
}
