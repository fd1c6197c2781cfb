import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, engineChoices } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('explain')
    .setNameLocalizations(zh('名词解释'))
    .setDescription('名词或编码是什么：定义、在哪些表、本部门的例子 · Explain a term or code')
    .setDescriptionLocalizations(zh('名词或科目编码是什么意思：定义、出现在哪些表、本部门的实际数字'))
    .addStringOption((o) =>
      o
        .setName('term')
        .setNameLocalizations(zh('名词'))
        .setDescription('名词或编码，如 机构运行经费、三公经费、30217 · A term or code')
        .setDescriptionLocalizations(zh('名词或科目编码，如 机构运行经费、三公经费、30217'))
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

  /** Terms of the document's 名称解释 first, then classification codes. */
  autocomplete: (interaction, ctx) => engineChoices(interaction, ctx, ['glossary', 'code']),
} satisfies Command;
