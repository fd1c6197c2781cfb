import { SlashCommandBuilder } from 'discord.js';
import { UserFacingError } from '../src/core/errors.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, ask, replyAnswer } from '../src/discord/respond.js';
import { parseSuggestionArgs } from '../src/discord/suggestions.js';

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations(zh('提问'))
    .setDescription('问任何预算问题 · Ask anything about the budget')
    .setDescriptionLocalizations(zh('用一句话问任何预算问题，例如：公务接待费是多少'))
    .addStringOption((o) =>
      o
        .setName('question')
        .setNameLocalizations(zh('问题'))
        .setDescription('例如：公务接待费是多少 · e.g. how much is official reception?')
        .setDescriptionLocalizations(zh('例如：公务接待费是多少、三公经费比去年增加了多少'))
        .setRequired(true)
        .setMaxLength(500),
    ),

  async execute(interaction, ctx) {
    await answerRequest(interaction, ctx, {
      kind: 'ask',
      text: interaction.options.getString('question', true),
    });
  },

  /** The follow-up suggestion buttons under every answer ("ask:q:…" / "ask:s:…"). */
  async button(interaction, args, ctx) {
    const ref = parseSuggestionArgs(args);
    const found =
      ref?.kind === 'text'
        ? { question: ref.question }
        : ref
          ? ctx.suggestions.get(ref.key, ref.index)
          : undefined;
    if (!found) throw new UserFacingError('这个按钮已过期，请重新提问（例如用 /ask）。');
    const asker = {
      userId: interaction.user.id,
      channelId: interaction.channelId,
      datasetId: found.datasetId,
    };
    await replyAnswer(interaction, ask(ctx, found.question, asker), ctx, found.datasetId);
  },
} satisfies Command;
