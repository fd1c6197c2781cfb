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
import { converse } from '../core/conversation.js';
import type { AutocompleteOptions } from '../core/engine.js';
import { UserFacingError } from '../core/errors.js';
import type { Onboarding } from '../core/onboarding.js';
import { datasetLabel } from '../core/present.js';
import type { Request } from '../core/questions.js';
import type { CommandContext } from './command.js';
import { renderAnswer, type DiscordPayload } from './render.js';

export const DATASET_OPTION = 'dataset';

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
  return converse(
    ctx.engine,
    ctx.conversations,
    { user: asker.userId, channel: asker.channelId },
    question,
    asker.datasetId === undefined ? {} : { datasetId: asker.datasetId },
  );
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

/**
 * PNG of the answer's chart, or undefined (no chart, no renderer, or rendering failed: the answer then
 * goes out without its picture). `beforeRender` runs first: deferReply, or a typing indicator.
 */
export async function chartPng(
  answer: Answer,
  ctx: CommandContext,
  beforeRender: () => Promise<unknown>,
): Promise<Buffer | undefined> {
  if (!answer.chart || !ctx.charts) return undefined;
  await beforeRender();
  try {
    return await ctx.charts(answer.chart);
  } catch (err) {
    ctx.log.warn('图表生成失败，答案不带图发送', { err, chart: answer.chart.title });
    return undefined;
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
  await send(interaction, renderAnswer(answer, { suggestions: ctx.suggestions, datasetId, chart }));
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
