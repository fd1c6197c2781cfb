import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('audit')
    .setNameLocalizations(zh('核对'))
    .setDescription('表间、表内数据是否一致（核对结果） · Consistency findings')
    .setDescriptionLocalizations(zh('核对表间、表内数据是否一致，列出不一致之处'))
    .addStringOption((o) =>
      o
        .setName('topic')
        .setNameLocalizations(zh('主题'))
        .setDescription('只核对某一方面（可选），如 三公、表一与表四 · Topic (optional)')
        .setDescriptionLocalizations(zh('只核对某一方面（可选），如 三公、表一与表四'))
        .setMaxLength(100),
    ),
  defer: true,

  async execute(interaction, ctx) {
    const topic = interaction.options.getString('topic')?.trim();
    await answerRequest(interaction, ctx, { kind: 'audit', ...(topic ? { topic } : {}) });
  },
} satisfies Command;
