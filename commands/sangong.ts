import { SlashCommandBuilder } from 'discord.js';
import { SANGONG_PARTS } from '../src/core/questions.js';
import type { Command } from '../src/discord/command.js';
import { choicesOf, zh } from '../src/discord/locale.js';
import { answerRequest, oneOf } from '../src/discord/respond.js';

export default {
  data: new SlashCommandBuilder()
    .setName('sangong')
    .setNameLocalizations(zh('三公'))
    .setDescription('三公经费：合计、各部分、变化和原因 · The "three public expenses"')
    .setDescriptionLocalizations(zh('三公经费：合计、因公出国（境）、公务接待、公务用车，及与上年的变化'))
    .addStringOption((o) =>
      o
        .setName('part')
        .setNameLocalizations(zh('部分'))
        .setDescription('只看其中一部分（可选） · One part only (optional)')
        .setDescriptionLocalizations(zh('只看其中一部分（可选）'))
        .addChoices(...choicesOf(SANGONG_PARTS)),
    ),
  defer: true,

  async execute(interaction, ctx) {
    const part = interaction.options.getString('part');
    await answerRequest(interaction, ctx, {
      kind: 'sangong',
      ...(part === null ? {} : { part: oneOf(SANGONG_PARTS, part, '三公部分') }),
    });
  },
} satisfies Command;
