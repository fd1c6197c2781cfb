/**
 * The one interactionCreate listener and the one error boundary. Every interaction gets exactly one
 * response: reply, or editReply when deferred, or followUp when already replied; autocomplete falls
 * back to an empty list. Expected misses (UserFacingError) show their text ephemerally; anything else
 * is logged with context and the user sees one generic line.
 */
import { EngineError } from '../core/engine.js';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type RepliableInteraction,
} from 'discord.js';
import type { AutocompleteChoice } from '../core/engine.js';
import { UserFacingError } from '../core/errors.js';
import { datasetLabel } from '../core/present.js';
import type { Command, CommandContext } from './command.js';
import { RateLimiter, rateLimitMessage } from './rate-limit.js';
import { renderAnswer, renderChoices, renderNotice, type DiscordPayload } from './render.js';
import { DATASET_OPTION, ask, chartPng, send } from './respond.js';

export const GENERIC_ERROR = '抱歉，处理这个问题时出了点问题，已记录下来。请稍后再试，或换个问法。';
export const UNKNOWN_COMMAND = '这个命令已不存在或尚未更新，请稍后再试，或用 /help 查看可用命令。';
export const EXPIRED_BUTTON = '这个按钮已失效，请重新提问。';
/** To an interaction that arrives while the bot is shutting down. */
export const SHUTTING_DOWN = '机器人正在重启，请稍后再试。';
/** To an interaction still unanswered when the shutdown grace period ends. */
export const CLOSED_BY_SHUTDOWN = '机器人正在重启，这个问题没来得及回答，请稍后再问一次。';

/**
 * Acknowledge first when busy: with more than this many interactions in flight, or when an interaction
 * has already waited this long before its handler runs, a command is deferred before any work, so the
 * first response never waits behind other users' answers (Discord allows 3 s for it).
 */
export const BUSY_IN_FLIGHT = 8;
export const DEFER_IF_WAITED_MS = 1000;
/**
 * An interaction that reaches its handler later than this after it was created is past Discord's 3 s
 * deadline (with a margin for clock skew): any response would be refused (10062), so none is tried.
 */
export const EXPIRED_ON_ARRIVAL_MS = 4000;
/** Longest an answer waits, after its deferral, for other users' acknowledgements to go out first. */
export const ACK_BACKLOG_MAX_WAIT_MS = 2000;
/** Answers let through per turn of the event loop once the acknowledgements are out. */
export const ANSWER_BATCH = 20;

/** Discord errors that mean this interaction cannot be answered any more. */
const UNANSWERABLE = new Set([10062, 40060, 50027, 10015]);
function unanswerable(err: unknown): number | undefined {
  const code =
    typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  return typeof code === 'number' && UNANSWERABLE.has(code) ? code : undefined;
}

/** How much of a question the error log keeps. */
const LOGGED_QUESTION_CHARS = 120;

export interface Dispatcher {
  handleInteraction(interaction: Interaction): Promise<void>;
  /** Free text: an @mention of the bot in a guild, or a DM. */
  handleMessage(message: Message): Promise<void>;
  /** Interactions and messages being answered now. */
  readonly inFlight: number;
  /**
   * Graceful shutdown: take no new work (new interactions get SHUTTING_DOWN), let the work in flight
   * finish for up to `graceMs`, then answer whatever is still open with CLOSED_BY_SHUTDOWN.
   */
  drain(graceMs: number): Promise<{ finished: number; closed: number }>;
}

export interface DispatcherOptions {
  commands: ReadonlyMap<string, Command>;
  ctx: CommandContext;
  limiter?: RateLimiter;
}

function clipped(text: string, max = LOGGED_QUESTION_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…（共 ${text.length} 字）`;
}

/** The question and dataset a slash command carries, for the log (clipped). */
function optionsOf(interaction: Interaction): { question?: string; dataset?: string } {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return {};
  const strings = interaction.options.data
    .filter((o) => typeof o.value === 'string' || typeof o.value === 'number')
    .map((o) => ({ name: o.name, value: String(o.value) }));
  const dataset = strings.find((o) => o.name === DATASET_OPTION)?.value;
  const question = strings
    .filter((o) => o.name !== DATASET_OPTION)
    .map((o) => `${o.name}=${o.value}`)
    .join(' ');
  return {
    ...(question ? { question: clipped(question) } : {}),
    ...(dataset ? { dataset: clipped(dataset, 100) } : {}),
  };
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    type: interaction.type,
    command: 'commandName' in interaction ? interaction.commandName : undefined,
    customId: 'customId' in interaction ? interaction.customId : undefined,
    ...optionsOf(interaction),
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
}

/**
 * A notice only the user sees. After a public deferReply an edit would show it to everyone, so the
 * "thinking…" message is deleted and the notice goes out as an ephemeral follow-up.
 */
export async function sendPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  const notice = renderNotice(text, { ephemeral: true });
  if (interaction.deferred && !interaction.replied && !interaction.ephemeral) {
    try {
      await interaction.deleteReply();
    } catch {
      // Could not delete: edit the placeholder instead, so the user is not left with "thinking…".
      await send(interaction, notice);
      return;
    }
    await interaction.followUp(notice);
    return;
  }
  await send(interaction, notice);
}

/** Message replies take no ephemeral flag. */
function forMessage({ flags: _flags, ...payload }: DiscordPayload): Omit<DiscordPayload, 'flags'> {
  return payload;
}

export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createDispatcher({ commands, ctx, limiter }: DispatcherOptions): Dispatcher {
  const { log } = ctx;
  const rate = limiter ?? new RateLimiter(ctx.config.RATE_LIMIT_PER_MINUTE);

  /** Interactions the shutdown already answered with CLOSED_BY_SHUTDOWN. */
  const closedByShutdown = new WeakSet<Interaction>();

  async function fail(interaction: RepliableInteraction, err: unknown): Promise<void> {
    if (closedByShutdown.has(interaction)) return;
    const gone = unanswerable(err);
    if (gone !== undefined) {
      // Expired or already answered: an error notice would be refused the same way.
      log.warn(`交互已无法回应（Discord ${gone}）`, describe(interaction));
      return;
    }
    const userFacing = err instanceof UserFacingError;
    if (userFacing) log.debug('已向用户说明的错误', { ...describe(interaction), message: err.message });
    else
      log.error('处理交互时出错', {
        ...describe(interaction),
        ...(err instanceof EngineError ? err.context : {}),
        err,
      });
    try {
      await sendPrivately(interaction, userFacing ? err.message : GENERIC_ERROR);
    } catch (sendErr) {
      log.error('无法向用户发送错误提示', { ...describe(interaction), err: sendErr });
    }
  }

  /** Runs a handler and makes sure the interaction ends up answered exactly once. */
  async function guarded(interaction: RepliableInteraction, run: () => Promise<void>): Promise<void> {
    try {
      await run();
      if (!interaction.replied) throw new Error('handler returned without answering the interaction');
    } catch (err) {
      await fail(interaction, err);
    }
  }

  /** true when the user may go on; otherwise answers with the friendly limit message. */
  async function admitted(interaction: RepliableInteraction): Promise<boolean> {
    const decision = rate.take(interaction.user.id);
    if (decision.ok) return true;
    log.debug('超出频率限制', describe(interaction));
    await send(interaction, renderNotice(rateLimitMessage(decision, rate.limit), { ephemeral: true }));
    return false;
  }

  async function command(interaction: ChatInputCommandInteraction): Promise<void> {
    const cmd = commands.get(interaction.commandName);
    if (!cmd) {
      log.warn('收到未注册的命令', describe(interaction));
      throw new UserFacingError(UNKNOWN_COMMAND);
    }
    if (!(await admitted(interaction))) return;
    if (cmd.defer || busy(interaction)) {
      await interaction.deferReply(cmd.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      await ackBacklogCleared();
    }
    await cmd.execute(interaction, ctx);
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const colon = interaction.customId.indexOf(':');
    const cmd = colon > 0 ? commands.get(interaction.customId.slice(0, colon)) : undefined;
    if (!cmd?.button) throw new UserFacingError(EXPIRED_BUTTON);
    if (cmd.limitButtons !== false && !(await admitted(interaction))) return;
    // Paging controls (tour, quiz) answer from memory by updating their message; the rest may be deferred.
    if (cmd.limitButtons !== false && busy(interaction)) {
      await interaction.deferReply();
      await ackBacklogCleared();
    }
    await cmd.button(interaction, interaction.customId.slice(colon + 1), ctx);
  }

  function datasetChoices(query: string): AutocompleteChoice[] {
    return ctx.engine.datasets
      .map((d) => ({ name: datasetLabel(d), value: d.id }))
      .filter((c) => c.name.includes(query) || c.value.includes(query));
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    let choices: readonly AutocompleteChoice[] = [];
    try {
      const focused = interaction.options.getFocused(true);
      const cmd = commands.get(interaction.commandName);
      if (focused.name === DATASET_OPTION) choices = datasetChoices(String(focused.value).trim());
      else if (cmd?.autocomplete) choices = await cmd.autocomplete(interaction, ctx);
    } catch (err) {
      log.error('自动补全出错，返回空列表', { ...describe(interaction), err });
    }
    try {
      await interaction.respond(renderChoices(choices));
    } catch (err) {
      log.warn('自动补全回复失败', { ...describe(interaction), err });
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  async function message(msg: Message): Promise<void> {
    const me = msg.client.user;
    if (msg.author.bot || msg.author.id === me.id) return;
    if (msg.inGuild() && !msg.mentions.users.has(me.id)) return;
    const context = { message: msg.id, user: msg.author.id, channel: msg.channelId, guild: msg.guildId };
    try {
      const decision = rate.take(msg.author.id);
      if (!decision.ok) {
        // One notice per burst: replying to every message would add to the flood.
        if (decision.firstRefusal)
          await msg.reply(forMessage(renderNotice(rateLimitMessage(decision, rate.limit))));
        return;
      }
      const answer = ask(ctx, stripMention(msg.content, me.id), {
        userId: msg.author.id,
        channelId: msg.channelId,
      });
      const chart = await chartPng(answer, ctx, async () => {
        if ('sendTyping' in msg.channel) await msg.channel.sendTyping().catch(() => undefined);
      });
      await msg.reply(
        forMessage(
          renderAnswer(answer, {
            suggestions: ctx.suggestions,
            chart: chart.png,
            chartLeftOut: chart.leftOut,
          }),
        ),
      );
    } catch (err) {
      log.error('回答消息时出错', { ...context, err });
      await msg.reply(forMessage(renderNotice(GENERIC_ERROR))).catch((sendErr: unknown) => {
        log.error('无法回复消息', { ...context, err: sendErr });
      });
    }
  }

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await autocomplete(interaction);
    else if (interaction.isChatInputCommand()) await guarded(interaction, () => command(interaction));
    else if (interaction.isButton()) await guarded(interaction, () => button(interaction));
    else log.debug('忽略未处理的交互类型', describe(interaction));
  }

  /** Work in flight: the interaction (to close it politely at the end of a shutdown) and its promise. */
  const inFlight = new Map<Promise<void>, Interaction | undefined>();
  let draining = false;

  /** More than BUSY_IN_FLIGHT interactions still waiting for their first response (charts being drawn
   * after a deferral do not count: they no longer hold anyone's acknowledgement). */
  function busy(interaction: Interaction): boolean {
    return (
      Date.now() - interaction.createdTimestamp > DEFER_IF_WAITED_MS ||
      unacknowledged(BUSY_IN_FLIGHT) > BUSY_IN_FLIGHT
    );
  }

  /** Interactions in flight still waiting for their first response (counting stops past `upTo`). */
  function unacknowledged(upTo = Infinity): number {
    let waiting = 0;
    for (const other of inFlight.values()) {
      if (other?.isRepliable() && !other.deferred && !other.replied && ++waiting > upTo) break;
    }
    return waiting;
  }

  /**
   * After a deferral under load: resolves once no interaction is waiting for its first response (or
   * after ACK_BACKLOG_MAX_WAIT_MS), so acknowledgements go out before answers compete with them for
   * the event loop. The waiting answers are then let through ANSWER_BATCH at a time, one batch per
   * turn of the event loop, so that a thousand answers do not stall it all at once. One shared check
   * every 20 ms, however many answers wait.
   */
  const waiters: (() => void)[] = [];
  let backlogTimer: NodeJS.Timeout | undefined;
  function releaseBatch(): void {
    for (const resolve of waiters.splice(0, ANSWER_BATCH)) resolve();
    if (waiters.length > 0) setImmediate(releaseBatch);
  }
  function ackBacklogCleared(): Promise<void> {
    if (unacknowledged(0) === 0 && waiters.length === 0) return Promise.resolve();
    const turn = new Promise<void>((resolve) => waiters.push(resolve));
    if (!backlogTimer) {
      const started = Date.now();
      backlogTimer = setInterval(() => {
        if (unacknowledged(0) > 0 && Date.now() - started < ACK_BACKLOG_MAX_WAIT_MS) return;
        clearInterval(backlogTimer);
        backlogTimer = undefined;
        releaseBatch();
      }, 20);
    }
    return turn;
  }

  function track(work: Promise<void>, interaction?: Interaction): Promise<void> {
    const done = work.finally(() => inFlight.delete(done));
    inFlight.set(done, interaction);
    return done;
  }

  return {
    handleInteraction(interaction) {
      if (draining) {
        if (interaction.isAutocomplete()) return interaction.respond([]).catch(() => undefined);
        if (!interaction.isRepliable()) return Promise.resolve();
        return send(interaction, renderNotice(SHUTTING_DOWN, { ephemeral: true })).catch((err: unknown) =>
          log.warn('关闭期间无法回复新交互', { ...describe(interaction), err }),
        );
      }
      const waited = Date.now() - interaction.createdTimestamp;
      if (waited > EXPIRED_ON_ARRIVAL_MS && !interaction.isAutocomplete()) {
        log.warn(
          `交互到达时已超过 ${Math.round(waited)} 毫秒，Discord 不再接受回应，已跳过`,
          describe(interaction),
        );
        return Promise.resolve();
      }
      return track(route(interaction), interaction);
    },
    handleMessage(msg) {
      if (draining) return Promise.resolve();
      return track(message(msg));
    },
    get inFlight() {
      return inFlight.size;
    },
    async drain(graceMs) {
      draining = true;
      const open = [...inFlight];
      if (open.length === 0) return { finished: 0, closed: 0 };
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.allSettled(open.map(([p]) => p)), graceOver]);
      clearTimeout(timer);
      const late = [...inFlight.values()];
      await Promise.allSettled(
        late.map(async (interaction) => {
          if (!interaction?.isRepliable() || interaction.replied) return;
          closedByShutdown.add(interaction);
          await sendPrivately(interaction, CLOSED_BY_SHUTDOWN).catch((err: unknown) =>
            log.warn('关闭时无法告知用户', { ...describe(interaction), err }),
          );
        }),
      );
      return { finished: open.length - late.length, closed: late.length };
    },
  };
}
