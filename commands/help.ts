import { SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../src/core/answer/types.js';
import { datasetLabel } from '../src/core/present.js';
import { EXAMPLE_QUESTIONS } from '../src/core/questions.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { zh } from '../src/discord/locale.js';
import { renderAnswer } from '../src/discord/render.js';
import { send } from '../src/discord/respond.js';

const COMMAND_LINES = [
  '/ask 问题 —— 任意提问，如「公务接待费是多少」「三公经费比去年增加了多少」',
  '/item —— 明细项或项目的金额和出处（名称、编码、拼音都行，如 gwjdf）',
  '/total —— 收入、支出、基本支出、项目支出、人员经费、公用经费、各资金来源的合计',
  '/yoy —— 与上年相比的增减额、增减率和原因',
  '/sangong —— 三公经费：合计和各部分',
  '/breakdown —— 支出构成及占比：功能分类、经济分类、基本与项目、人员与公用',
  '/top —— 金额最大的几项',
  '/code —— 科目编码是什么，如 30217、2010301',
  '/explain —— 名词或编码是什么意思：定义、出现在哪些表、本部门的例子，如 机构运行经费、30217',
  '/tour —— 新同事导览：一步步读懂这份预算（上一步 / 下一步）',
  '/quiz —— 练习题：四选一，揭晓答案和出处，记分',
  '/audit —— 数据核对：表内、表间是否一致',
];

export function helpAnswer(ctx: CommandContext): Answer {
  const loaded = ctx.engine.datasets.map(datasetLabel).join('；') || '（尚未加载）';
  return {
    kind: 'help',
    title: '预算问答 · 使用帮助',
    lines: [
      `已加载的预算：${loaded}`,
      '每个数字都精确到分，并注明出自哪张表、哪一行。',
      '可以接着上一个答案追问，如「那去年呢？」「占多少？」「出处？」（同一频道、同一人，几分钟内有效）。',
      '',
      ...COMMAND_LINES,
      ...(ctx.config.ENABLE_MESSAGE_CONTENT ? ['也可以在频道里 @ 机器人提问，或直接私信它。'] : []),
      '',
      '试试下面的问题：',
    ],
    figures: [],
    sources: [],
    datasets: [...ctx.engine.datasets],
    suggestions: [...EXAMPLE_QUESTIONS],
  };
}

export default {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations(zh('帮助'))
    .setDescription('能问什么、怎么问（附示例） · What to ask, with examples')
    .setDescriptionLocalizations(zh('能问什么、怎么问（附示例问题）')),
  datasetOption: false,
  ephemeral: true,

  async execute(interaction, ctx) {
    await send(interaction, renderAnswer(helpAnswer(ctx), { suggestions: ctx.suggestions, ephemeral: true }));
  },
} satisfies Command;
