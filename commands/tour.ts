import { SlashCommandBuilder } from 'discord.js';
import { UserFacingError } from '../src/core/errors.js';
import type { Command } from '../src/discord/command.js';
import { parseTourArgs } from '../src/discord/controls.js';
import { zh } from '../src/discord/locale.js';
import { renderAnswer } from '../src/discord/render.js';
import { chosenDataset, loadedDataset, onboarding, send, updateMessage } from '../src/discord/respond.js';

const TOUR_STEP_MAX = 99;

/** The guided walk through the document; ◀ 上一步 / 下一步 ▶ edit the message in place. */
export default {
  data: new SlashCommandBuilder()
    .setName('tour')
    .setNameLocalizations(zh('导览'))
    .setDescription('新同事导览：一步步读懂这份预算 · A guided tour of the budget')
    .setDescriptionLocalizations(zh('新同事导览：部门概况、十二张表、分类代码、基本与项目、三公，一步一步看'))
    .addIntegerOption((o) =>
      o
        .setName('step')
        .setNameLocalizations(zh('步骤'))
        .setDescription('从第几步开始（默认第 1 步） · Start at step')
        .setDescriptionLocalizations(zh('从第几步开始（默认第 1 步）'))
        .setMinValue(1)
        .setMaxValue(TOUR_STEP_MAX),
    ),
  limitButtons: false,

  async execute(interaction, ctx) {
    const datasetId = chosenDataset(interaction, ctx);
    const step = onboarding(ctx).tourStep(datasetId, (interaction.options.getInteger('step') ?? 1) - 1);
    await send(interaction, renderAnswer(step, { suggestions: ctx.suggestions, datasetId }));
  },

  /** "tour:<dataset>:<index>": show that step in place of the one the button is on. */
  async button(interaction, args, ctx) {
    const ref = parseTourArgs(args);
    if (!ref) throw new UserFacingError('这个导览按钮已失效：请重新输入 /tour。');
    loadedDataset(ctx, ref.datasetId, '/tour');
    const step = onboarding(ctx).tourStep(ref.datasetId, ref.index);
    // Suggestions carry the dataset only when there is a choice of datasets.
    const datasetId = ctx.engine.datasets.length > 1 ? ref.datasetId : undefined;
    await updateMessage(interaction, renderAnswer(step, { suggestions: ctx.suggestions, datasetId }));
  },
} satisfies Command;
