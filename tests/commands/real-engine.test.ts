/**
 * The slash commands over the real engine (bundled data): each command's request reaches an answer of
 * the right shape — the chart commands carry a chart, /explain a definition with where it appears and
 * an example figure, a tour step its controls. Figures are the source document's.
 */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/discord/command.js';
import { CHART_FILE, SOURCES_FIELD, TOUR_NEXT } from '../../src/discord/render.js';
import { FAKE_PNG, fakeCharts, testContext, testDispatcher } from '../helpers/context.js';
import { realEngine } from '../helpers/engine.js';
import { fakeChatInput } from '../helpers/fake-interaction.js';

interface Sent {
  embeds?: APIEmbed[];
  files?: { attachment: Buffer; name: string }[];
  components?: { components: { custom_id: string; label: string }[] }[];
}

async function run(commandName: string, options: Record<string, string | number> = {}) {
  const ctx: CommandContext = { ...testContext({ charts: fakeCharts }), engine: realEngine() };
  const { interaction, calls } = fakeChatInput({ commandName, options });
  await testDispatcher(ctx).handleInteraction(interaction);
  return { methods: calls.map((c) => c.method), sent: calls.at(-1)?.payload as Sent };
}

describe('commands over the real engine', () => {
  it.each<[string, Record<string, string | number>, string]>([
    ['breakdown', { dimension: 'functional' }, '206 科学技术支出：76,411,771.98 元'],
    ['breakdown', { dimension: 'basic_project' }, '37,536,202.94 元'],
    ['yoy', { subject: '三公经费' }, '比2019年增加 21,052.24 元（+80.14%）'],
    ['yoy', { subject: '基本支出' }, '比2019年减少 4,497,127.42 元'],
    ['sangong', {}, '2020年“三公”经费：47,320.24 元'],
    ['top', { n: 3, scope: 'projects' }, '2020年机要信息中心运维费：22,175,821.60 元'],
  ])('/%s %j defers, then attaches its chart as the embed image', async (name, options, text) => {
    const { methods, sent } = await run(name, options);
    expect(methods).toEqual(['deferReply', 'editReply']);
    expect(sent.embeds?.[0]?.description).toContain(text);
    expect(sent.files).toEqual([{ attachment: FAKE_PNG, name: CHART_FILE }]);
    expect(sent.embeds?.[0]?.image).toEqual({ url: `attachment://${CHART_FILE}` });
  });

  it.each<[string, string, string[]]>([
    [
      '三公经费',
      '三公经费是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
      [
        '本部门 2020年“三公”经费：47,320.24 元',
        '表七 一般公共预算“三公”经费支出情况表',
        '预算说明「六、名称解释」',
      ],
    ],
    [
      '30217',
      '部门预算支出经济分类“款”级科目，所属类：302 商品和服务支出。',
      ['公务接待费（表九）：22,320.24 元', '表九 部门预算明细表', '表六 一般公共预算基本支出情况表'],
    ],
  ])(
    '/explain %s: the definition, an example figure, and where it appears',
    async (term, definition, shown) => {
      const { sent } = await run('explain', { term });
      const [embed] = sent.embeds ?? [];
      const text = `${embed?.description}\n${embed?.fields?.map((f) => `${f.name}\n${f.value}`).join('\n')}`;
      expect(embed?.description).toContain(definition);
      expect(embed?.fields?.[0]?.name).toBe(SOURCES_FIELD);
      for (const s of shown) expect(text).toContain(s);
    },
  );

  it('/ask 介绍一下这份预算 answers with tour step 1 and its 下一步 control', async () => {
    const { sent } = await run('ask', { question: '介绍一下这份预算' });
    expect(sent.embeds?.[0]?.title).toMatch(/^导览 1\/16 · /);
    expect(sent.components?.[0]?.components[0]).toMatchObject({
      label: TOUR_NEXT,
      custom_id: 'tour:bjsxcqrmzfbgs-2020:1',
    });
  });
});
