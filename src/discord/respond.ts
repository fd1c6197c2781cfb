/**
 * How handlers answer: one call into the engine for every Discord surface, one way to send by the
 * interaction's state, charts rendered after deferReply.
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Answer, DatasetRef } from '../core/answer/types.js';
import { CHART_LEFT_OUT, ChartUnavailable } from '../core/chart/queue.js';
import { converse } from '../core/conversation.js';
import type { AutocompleteOptions } from '../core/engine.js';
import { UserFacingError } from '../core/errors.js';
import type { Onboarding } from '../core/onboarding.js';
import { datasetLabel } from '../core/present.js';
import type { Request } from '../core/questions.js';
import type { CommandContext } from './command.js';
import { renderAnswer, type DiscordPayload } from './render.js';

export const DATASET_OPTION = 'dataset';

/**
 * The longest question the engine reads, in characters. Parsing and search cost grows with the
 * question's length (~0.3 ms per character of random Latin letters), so the cap bounds the work any
 * one question can cost everyone else; a long chat message with one question buried in it fits.
 */
export const MAX_QUESTION_CHARS = 300;

/** The polite note under an answer to a question that was cut to MAX_QUESTION_CHARS. */
export const LONG_QUESTION_NOTE = `（问题较长，只按前 ${MAX_QUESTION_CHARS} 个字理解；如答非所问，请把问题说得短一些。）`;

/** The question cut to MAX_QUESTION_CHARS characters (whole code points); `cut` when it was longer. */
export function capQuestion(question: string): { text: string; cut: boolean } {
  const trimmed = question.trim();
  if (trimmed.length <= MAX_QUESTION_CHARS) return { text: trimmed, cut: false };
  const chars = Array.from(trimmed);
  if (chars.length <= MAX_QUESTION_CHARS) return { text: trimmed, cut: false };
  return { text: chars.slice(0, MAX_QUESTION_CHARS).join(''), cut: true };
}

/** Where a question was asked: the follow-up context of issue 8 is keyed by user and channel. */
export interface Asker {
  userId: string;
  channelId: string;
  datasetId?: string;
}

/**
 * The one call into the engine from Discord (commands, buttons, messages), with this user's follow-up
 * context in this channel: "那去年呢？" leans on their previous answer here, never on anyone else's.
 */
export function ask(ctx: CommandContext, question: string | Request, asker: Asker): Answer {
  // A typed request has nothing to cap; a question is read up to MAX_QUESTION_CHARS.
  const capped = typeof question === 'string' ? capQuestion(question) : { text: question, cut: false };
  const answer = converse(
    ctx.engine,
    ctx.conversations,
    { user: asker.userId, channel: asker.channelId },
    capped.text,
    asker.datasetId === undefined ? {} : { datasetId: asker.datasetId },
  );
  return capped.cut ? { ...answer, lines: [...answer.lines, LONG_QUESTION_NOTE] } : answer;
}

/** Send by state: reply, or editReply when deferred, or followUp when already replied. */
export async function send(interaction: RepliableInteraction, payload: DiscordPayload): Promise<void> {
  if (interaction.replied) {
    await interaction.followUp(payload);
  } else if (interaction.deferred) {
    // A deferred reply's visibility was fixed by deferReply; edits take no flags.
    const { flags: _flags, ...edit } = payload;
    await interaction.editReply(edit);
  } else {
    await interaction.reply(payload);
  }
}

/**
 * Answer a button press by replacing the message it is on (tour steps, a private quiz). Without a new
 * chart, any old picture is dropped with the message's attachments.
 */
export async function updateMessage(interaction: ButtonInteraction, payload: DiscordPayload): Promise<void> {
  const { flags: _flags, ...edit } = payload;
  await interaction.update(edit.files ? edit : { ...edit, attachments: [] });
}

/**
 * Answer a press only the presser sees: in place when the message is already theirs alone (ephemeral),
 * else as an ephemeral reply, leaving a shared message as it is for everyone else.
 */
export async function respondPrivately(
  interaction: ButtonInteraction,
  payload: DiscordPayload,
): Promise<void> {
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) await updateMessage(interaction, payload);
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** The dataset a button carries, re-checked against what is loaded (it may be from before a reload). */
export function loadedDataset(ctx: CommandContext, datasetId: string, again: string): DatasetRef {
  const dataset = ctx.engine.datasets.find((d) => d.id === datasetId);
  if (!dataset) throw new UserFacingError(`这份预算现在没有加载，按钮已失效：请重新输入 ${again}。`);
  return dataset;
}

/** The tour and quiz, or a plain explanation when this engine has none. */
export function onboarding(ctx: CommandContext): Onboarding {
  if (!ctx.onboarding) throw new UserFacingError('导览和练习题暂不可用：答题引擎没有提供它们。');
  return ctx.onboarding;
}

/** The answer's chart: its PNG, or why it was left out (shown under the answer). */
export interface ChartOutcome {
  png?: Buffer;
  leftOut?: string;
}

/** However the renderer behaves, no answer waits longer than this for its picture. */
export const CHART_WAIT_CAP_MS = 15_000;

/**
 * The answer's chart: PNG bytes, or a note saying it was left out (queue full, timeout, render failed,
 * charts disabled); nothing when the answer has no chart or no renderer is configured. `beforeRender`
 * runs first — deferReply, or a typing indicator — so chart work never delays an acknowledgement.
 */
export async function chartPng(
  answer: Answer,
  ctx: CommandContext,
  beforeRender: () => Promise<unknown>,
): Promise<ChartOutcome> {
  if (!answer.chart || !ctx.charts) return {};
  await beforeRender();
  let timer: NodeJS.Timeout | undefined;
  try {
    const cap = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new ChartUnavailable('timeout', 'wait cap')), CHART_WAIT_CAP_MS);
    });
    return { png: await Promise.race([ctx.charts(answer.chart), cap]) };
  } catch (err) {
    const reason = err instanceof ChartUnavailable ? err.reason : 'failed';
    if (reason === 'busy' || reason === 'disabled' || reason === 'closed')
      ctx.log.debug('图表未生成，答案不带图发送', { reason, chart: answer.chart.title });
    else ctx.log.warn('图表生成失败，答案不带图发送', { err, chart: answer.chart.title });
    return { leftOut: CHART_LEFT_OUT[reason] };
  } finally {
    clearTimeout(timer);
  }
}

export async function replyAnswer(
  interaction: RepliableInteraction,
  answer: Answer,
  ctx: CommandContext,
  datasetId?: string,
): Promise<void> {
  // Rendering takes longer than the 3 s Discord allows before the first response.
  const chart = await chartPng(answer, ctx, async () => {
    if (!interaction.deferred && !interaction.replied) await interaction.deferReply();
  });
  await send(
    interaction,
    renderAnswer(answer, {
      suggestions: ctx.suggestions,
      datasetId,
      chart: chart.png,
      chartLeftOut: chart.leftOut,
    }),
  );
}

/** The dataset option, re-checked against what is loaded (Discord does not enforce it). */
export function chosenDataset(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  ctx: CommandContext,
): string | undefined {
  const id = interaction.options.getString(DATASET_OPTION) ?? undefined;
  if (id === undefined || interaction.isAutocomplete()) return id;
  if (!ctx.engine.datasets.some((d) => d.id === id)) {
    const loaded = ctx.engine.datasets.map(datasetLabel).join('；');
    throw new UserFacingError(`没有找到所选的数据集，请从列表中选择。已加载：${loaded || '无'}`);
  }
  return id;
}

/** A command's whole job once its options are read: ask the engine, render, reply. */
export async function answerRequest(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  request: Request,
): Promise<void> {
  const datasetId = chosenDataset(interaction, ctx);
  const answer = ask(ctx, request, {
    userId: interaction.user.id,
    channelId: interaction.channelId,
    datasetId,
  });
  await replyAnswer(interaction, answer, ctx, datasetId);
}

/** Engine autocomplete for the focused option, in the chosen dataset. */
export function engineChoices(
  interaction: AutocompleteInteraction,
  ctx: CommandContext,
  kinds: NonNullable<AutocompleteOptions['kinds']>,
) {
  const datasetId = chosenDataset(interaction, ctx);
  return ctx.engine.autocomplete(String(interaction.options.getFocused()), {
    kinds,
    limit: 25,
    ...(datasetId === undefined ? {} : { datasetId }),
  });
}

/** A choice value re-checked against its list (Discord does not enforce choices on the way in). */
export function oneOf<V extends string>(choices: readonly { value: V }[], value: string, what: string): V {
  const found = choices.find((c) => c.value === value);
  if (!found) throw new UserFacingError(`「${value}」不是可选的${what}，请从列表中选择。`);
  return found.value;
}
