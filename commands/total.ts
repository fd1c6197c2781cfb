import { SlashCommandBuilder } from 'discord.js';
import { TOTALS } from '../src/core/questions.js';
import type { Command } from '../src/discord/command.js';
import { choicesOf, zh } from '../src/discord/locale.js';
import { answerRequest, oneOf } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('total')
    .setNameLocalizations(zh('合计'))
    .setDescription('收入、支出、基本/项目支出、人员/公用经费等合计 · Totals')
    .setDescriptionLocalizations(zh('收入、支出、基本支出、项目支出、人员经费、公用经费及各资金来源的合计'))
    .addStringOption((o) =>
      o
        .setName('kind')
        .setNameLocalizations(zh('类别'))
        .setDescription('哪一项合计 · Which total')
        .setDescriptionLocalizations(zh('哪一项合计'))
        .setRequired(true)
        .addChoices(...choicesOf(TOTALS)),
    ),

  async execute(interaction, ctx) {
    const total = oneOf(TOTALS, interaction.options.getString('kind', true), '合计类别');
    await answerRequest(interaction, ctx, { kind: 'total', total });
  },
} satisfies Command;
