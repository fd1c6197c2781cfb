import { randomInt } from 'node:crypto';
import { ButtonStyle, SlashCommandBuilder } from 'discord.js';
import type { Answer, DatasetRef } from '../src/core/answer/types.js';
import { UserFacingError } from '../src/core/errors.js';
import { QUIZ_LETTERS, QUIZ_SEED_MAX, type QuizQuestion } from '../src/core/onboarding.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { parseQuizArgs, quizCustomId } from '../src/discord/controls.js';
import { zh } from '../src/discord/locale.js';
import { renderAnswer, type DiscordPayload } from '../src/discord/render.js';
import { chosenDataset, loadedDataset, onboarding, respondPrivately, send } from '../src/discord/respond.js';

/** Random question numbers are drawn below this (any number up to QUIZ_SEED_MAX may be asked for). */
const RANDOM_SEEDS = 1_000_000;
export const QUIZ_NEXT = '下一题 ▶';
export const ALREADY_ANSWERED = '这道题你已经答过，这次不重复计分。';
const EXPIRED = '这道练习题的按钮已失效：请重新输入 /quiz。';

function questionAnswer(q: QuizQuestion, dataset: DatasetRef): Answer {
  return {
    kind: 'quiz',
    title: `练习题 · 题号 ${q.seed}`,
    lines: [
      q.prompt,
      '',
      ...q.options.map((option, i) => `${QUIZ_LETTERS[i]}. ${option}`),
      '',
      '点下面的字母作答：揭晓和得分只有你自己看得到。',
    ],
    figures: [],
    sources: [],
    datasets: [dataset],
    suggestions: [],
  };
}

/** The question with one button per option: "quiz:<dataset>:<seed>:<A–D>". */
function questionPayload(q: QuizQuestion, dataset: DatasetRef): DiscordPayload {
  return renderAnswer(questionAnswer(q, dataset), {
    buttons: q.options.map((_o, i) => ({
      customId: quizCustomId(q.datasetId, q.seed, i),
      label: QUIZ_LETTERS[i] ?? '?',
      style: ButtonStyle.Primary,
    })),
  });
}

/** The dataset and question a button carries; a question that no longer derives is an expired button. */
function questionFor(ctx: CommandContext, datasetId: string, seed: number) {
  const dataset = loadedDataset(ctx, datasetId, '/quiz');
  const q = onboarding(ctx).quizQuestion(datasetId, seed);
  if (!q) throw new UserFacingError(EXPIRED);
  return { dataset, q };
}

/** Practice questions generated from the loaded budget, four options each, scored per user. */
export default {
  data: new SlashCommandBuilder()
    .setName('quiz')
    .setNameLocalizations(zh('练习'))
    .setDescription('练习题：从这份预算出题，四选一，记分 · Practice quiz')
    .setDescriptionLocalizations(
      zh('练习题：从这份预算自动出题（金额、编码、哪张表、增减、最大项），四选一，记分'),
    )
    .addIntegerOption((o) =>
      o
        .setName('number')
        .setNameLocalizations(zh('题号'))
        .setDescription('指定题号（可选）：同一题号总是同一道题 · Question number')
        .setDescriptionLocalizations(zh('指定题号（可选）：同一题号总是同一道题，方便和同事做同一题'))
        .setMinValue(0)
        .setMaxValue(QUIZ_SEED_MAX),
    ),
  limitButtons: false,

  async execute(interaction, ctx) {
    const datasetId = chosenDataset(interaction, ctx);
    const seed = interaction.options.getInteger('number') ?? randomInt(RANDOM_SEEDS);
    const q = onboarding(ctx).quizQuestion(datasetId, seed);
    if (!q) throw new UserFacingError('这份预算的数据太少，出不了题。');
    await send(interaction, questionPayload(q, loadedDataset(ctx, q.datasetId, '/quiz')));
  },

  /**
   * "quiz:<dataset>:<seed>:<A–D>": the question is derived again from its seed, revealed to the presser
   * with the figure and its source, and scored once per user and question. "quiz:<dataset>:<seed>:next":
   * that question, privately.
   */
  async button(interaction, args, ctx) {
    const ref = parseQuizArgs(args);
    if (!ref) throw new UserFacingError(EXPIRED);
    const { dataset, q } = questionFor(ctx, ref.datasetId, ref.seed);
    if (ref.choice === 'next') {
      await respondPrivately(interaction, questionPayload(q, dataset));
      return;
    }
    if (ref.choice >= q.options.length) throw new UserFacingError(EXPIRED);
    const user = interaction.user.id;
    const before = ctx.quizScores.get(user).asked;
    const score = ctx.quizScores.record(user, q.id, ref.choice === q.correct);
    const reveal = onboarding(ctx).revealAnswer(q, ref.choice, score);
    const shown = score.asked > before ? reveal : { ...reveal, lines: [...reveal.lines, ALREADY_ANSWERED] };
    const next = (q.seed + 1) % (QUIZ_SEED_MAX + 1);
    await respondPrivately(
      interaction,
      renderAnswer(shown, {
        buttons: [
          { customId: quizCustomId(q.datasetId, next, 'next'), label: QUIZ_NEXT, style: ButtonStyle.Success },
        ],
      }),
    );
  },
} satisfies Command;
