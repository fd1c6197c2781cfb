import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, engineChoices } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('code')
    .setNameLocalizations(zh('科目编码'))
    .setDescription('查一个功能/经济分类科目编码 · Look up a classification code')
    .setDescriptionLocalizations(zh('查一个功能分类或经济分类科目编码：名称、金额和出处'))
    .addStringOption((o) =>
      o
        .setName('code')
        .setNameLocalizations(zh('编码'))
        .setDescription('如 2010301、30217、50206 · e.g. 30217')
        .setDescriptionLocalizations(zh('如 2010301、30217、50206'))
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    await answerRequest(interaction, ctx, {
      kind: 'code',
      code: interaction.options.getString('code', true).trim(),
    });
  },

  autocomplete: (interaction, ctx) => engineChoices(interaction, ctx, ['code']),
} satisfies Command;
