import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, engineChoices } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('item')
    .setNameLocalizations(zh('明细'))
    .setDescription('查一个预算明细项或项目的金额 · Amount of a line item or project')
    .setDescriptionLocalizations(zh('查一个预算明细项或项目的金额、出处（可输入名称、编码或拼音）'))
    .addStringOption((o) =>
      o
        .setName('item')
        .setNameLocalizations(zh('项目'))
        .setDescription('名称、编码或拼音，如 公务接待费 / 30217 / gwjdf · name, code or pinyin')
        .setDescriptionLocalizations(zh('名称、编码或拼音，如 公务接待费、30217、gwjdf'))
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    await answerRequest(interaction, ctx, {
      kind: 'item',
      item: interaction.options.getString('item', true),
    });
  },

  autocomplete: (interaction, ctx) => engineChoices(interaction, ctx, ['item', 'project']),
} satisfies Command;
