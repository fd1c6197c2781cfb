import { SlashCommandBuilder } from 'discord.js';
import { BREAKDOWNS } from '../src/core/questions.js';
import type { Command } from '../src/discord/command.js';
import { choicesOf, zh } from '../src/discord/locale.js';
import { answerRequest, oneOf } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('breakdown')
    .setNameLocalizations(zh('构成'))
    .setDescription('支出构成及占比 · Where the money goes, with shares')
    .setDescriptionLocalizations(zh('支出构成及占比：按功能分类、经济分类、基本与项目、人员与公用'))
    .addStringOption((o) =>
      o
        .setName('dimension')
        .setNameLocalizations(zh('维度'))
        .setDescription('按什么分 · Split by')
        .setDescriptionLocalizations(zh('按什么分'))
        .setRequired(true)
        .addChoices(...choicesOf(BREAKDOWNS)),
    ),
  defer: true,

  async execute(interaction, ctx) {
    const dimension = oneOf(BREAKDOWNS, interaction.options.getString('dimension', true), '维度');
    await answerRequest(interaction, ctx, { kind: 'breakdown', dimension });
  },
} satisfies Command;
