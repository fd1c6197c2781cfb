/**
 * Start the bot in this process: client, dispatcher, login, ready. Used directly (`npm start` with a
 * token) and inside each shard process spawned by the ShardingManager.
 */
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Config } from '../config.js';
import { QuizScores } from '../core/answer/quiz.js';
import { Conversations } from '../core/conversation.js';
import type { Engine } from '../core/engine.js';
import type { Onboarding } from '../core/onboarding.js';
import type { Logger } from '../log.js';
import type { ChartRenderer, Command, CommandContext } from './command.js';
import { createClient } from './client.js';
import { createDispatcher } from './dispatch.js';
import { commandMap, commands as registered } from './registry.js';
import { SuggestionStore } from './suggestions.js';

export interface BotOptions {
  config: Config;
  engine: Engine;
  log: Logger;
  charts?: ChartRenderer;
  /** The tour and the quiz (from the real engine: `onboardingOf(engine)`). */
  onboarding?: Onboarding;
  commands?: readonly Command[];
}

export interface RunningBot {
  client: Client<true>;
  ctx: CommandContext;
  stop(): Promise<void>;
}

export async function startBot({
  config,
  engine,
  log,
  charts,
  onboarding,
  commands = registered,
}: BotOptions): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('startBot needs DISCORD_TOKEN');
  const client = createClient(config);
  const ctx: CommandContext = {
    engine,
    config,
    log,
    charts,
    onboarding,
    suggestions: new SuggestionStore(),
    conversations: new Conversations(),
    quizScores: new QuizScores(),
  };
  const dispatcher = createDispatcher({ commands: commandMap(commands), ctx });

  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handleInteraction(interaction));
  if (config.ENABLE_MESSAGE_CONTENT)
    client.on(Events.MessageCreate, (msg) => void dispatcher.handleMessage(msg));
  client.on(Events.Error, (err) => log.error('Discord 客户端错误', { err }));
  client.on(Events.Warn, (message) => log.warn(`Discord 警告：${message}`));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('分片断开', { shard, code: event.code }));
  client.on(Events.Debug, (message) => log.debug(message));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const me = client as Client<true>;
  log.info(`已连接 Discord：${me.user.tag}（${me.guilds.cache.size} 个服务器）`, {
    shards: me.ws.shards.map((s) => s.id),
  });
  return {
    client: me,
    ctx,
    async stop() {
      await client.destroy();
      log.info('已断开 Discord');
    },
  };
}

export interface SignalTarget {
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

/** SIGINT/SIGTERM: stop once, then exit 0 (1 if stopping failed). */
export function installShutdown(
  stop: () => Promise<void>,
  log: Logger,
  target: SignalTarget = process,
): void {
  let stopping = false;
  const onSignal = (signal: string) => () => {
    if (stopping) return;
    stopping = true;
    log.info(`收到 ${signal}，正在关闭…`);
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
