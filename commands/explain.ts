import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, engineChoices } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('explain')
    .setNameLocalizations(zh('名词解释'))
    .setDescription('名词解释，如 机构运行经费、三公经费 · Explain a budget term')
    .setDescriptionLocalizations(zh('预算文件里的名词解释，如 机构运行经费、三公经费'))
    .addStringOption((o) =>
      o
        .setName('term')
        .setNameLocalizations(zh('名词'))
        .setDescription('要解释的名词 · The term')
        .setDescriptionLocalizations(zh('要解释的名词'))
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    await answerRequest(interaction, ctx, {
      kind: 'explain',
      term: interaction.options.getString('term', true).trim(),
    });
  },

  autocomplete: (interaction, ctx) => engineChoices(interaction, ctx, ['glossary']),
} satisfies Command;
