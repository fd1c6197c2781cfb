import { SlashCommandBuilder } from 'discord.js';
import { TOP_DEFAULT, TOP_MAX, TOP_SCOPES } from '../src/core/questions.js';
import type { Command } from '../src/discord/command.js';
import { choicesOf, zh } from '../src/discord/locale.js';
import { answerRequest, oneOf } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('top')
    .setNameLocalizations(zh('排行'))
    .setDescription('金额最大的几项 · The largest items')
    .setDescriptionLocalizations(zh('金额最大的几项（明细项、项目或分类科目）'))
    .addIntegerOption((o) =>
      o
        .setName('n')
        .setNameLocalizations(zh('数量'))
        .setDescription(`列出几项（1–${TOP_MAX}，默认 ${TOP_DEFAULT}） · How many`)
        .setDescriptionLocalizations(zh(`列出几项（1–${TOP_MAX}，默认 ${TOP_DEFAULT}）`))
        .setMinValue(1)
        .setMaxValue(TOP_MAX),
    )
    .addStringOption((o) =>
      o
        .setName('scope')
        .setNameLocalizations(zh('范围'))
        .setDescription('在哪些里面排（可选） · Among what (optional)')
        .setDescriptionLocalizations(zh('在哪些里面排（可选）'))
        .addChoices(...choicesOf(TOP_SCOPES)),
    ),
  defer: true,

  async execute(interaction, ctx) {
    const scope = interaction.options.getString('scope');
    await answerRequest(interaction, ctx, {
      kind: 'top',
      n: interaction.options.getInteger('n') ?? TOP_DEFAULT,
      ...(scope === null ? {} : { scope: oneOf(TOP_SCOPES, scope, '范围') }),
    });
  },
} satisfies Command;
