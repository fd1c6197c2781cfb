import { SlashCommandBuilder } from 'discord.js';
import { TOTALS, choiceSubject } from '../src/core/questions.js';
import type { Command } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { answerRequest, engineChoices } from '../src/discord/respond.js';

/** Offered first: the headline figures staff compare year on year. */
const HEADLINES = ['三公经费', ...TOTALS.slice(0, 6).map((t) => t.zh)];

export default {
  data: new SlashCommandBuilder()
    .setName('yoy')
    .setNameLocalizations(zh('同比'))
    .setDescription('与上年相比的增减额、增减率和原因 · Change against last year')
    .setDescriptionLocalizations(zh('与上年相比的增减额、增减率和文件给出的原因'))
    .addStringOption((o) =>
      o
        .setName('subject')
        .setNameLocalizations(zh('对象'))
        .setDescription('如 三公经费、基本支出、公务接待费 · e.g. 三公经费')
        .setDescriptionLocalizations(zh('如 三公经费、基本支出、公务接待费'))
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),
  defer: true,

  async execute(interaction, ctx) {
    await answerRequest(interaction, ctx, {
      kind: 'yoy',
      subject: interaction.options.getString('subject', true),
    });
  },

  /** Values are subject phrases, not entity ids: the engine reads "<subject>比去年增减多少". */
  autocomplete(interaction, ctx) {
    const query = String(interaction.options.getFocused()).trim();
    const headlines = HEADLINES.filter((h) => h.includes(query));
    const entities = engineChoices(interaction, ctx, ['item', 'project', 'code']).map((c) =>
      choiceSubject(c.name),
    );
    return [...new Set([...headlines, ...entities])].map((s) => ({ name: s, value: s }));
  },
} satisfies Command;
