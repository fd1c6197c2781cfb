/**
 * Every command through the real dispatcher with a fake interaction and the fake engine: the options
 * become the right question, the reply goes out by the right method, within the renderer's payload.
 */
import type { Request } from '../../src/core/questions.js';
import { MessageFlags, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  CODE_2010301,
  CODE_RECEPTION,
  GLOSSARY_JGYXJF,
  ITEM_RECEPTION,
  XICHENG_2019,
  XICHENG_2020,
  createFakeEngine,
} from '../helpers/fake-engine.js';
import { FAKE_PNG, fakeCharts, testContext, testDispatcher } from '../helpers/context.js';
import { SOURCES_FIELD } from '../../src/discord/render.js';
import { fakeAutocomplete, fakeButton, fakeChatInput, type Method } from '../helpers/fake-interaction.js';

interface Sent {
  embeds?: APIEmbed[];
  content?: string;
  flags?: number;
  files?: { attachment: Buffer; name: string }[];
  allowedMentions?: unknown;
  components?: { components: { custom_id: string }[] }[];
}

const NOT_DEFERRED: Method[] = ['reply'];
const DEFERRED: Method[] = ['deferReply', 'editReply'];

describe('slash commands', () => {
  // A command hands the engine its typed options as a request; nothing is rephrased as a question.
  it.each<[string, Record<string, string | number>, Request, Method[]]>([
    ['ask', { question: '公务接待费是多少' }, { kind: 'ask', text: '公务接待费是多少' }, NOT_DEFERRED],
    [
      'ask',
      { question: 'How much is official reception?' },
      { kind: 'ask', text: 'How much is official reception?' },
      NOT_DEFERRED,
    ],
    ['item', { item: ITEM_RECEPTION }, { kind: 'item', item: ITEM_RECEPTION }, NOT_DEFERRED],
    ['item', { item: '机要运维' }, { kind: 'item', item: '机要运维' }, NOT_DEFERRED],
    ['total', { kind: 'basic' }, { kind: 'total', total: 'basic' }, NOT_DEFERRED],
    ['total', { kind: 'other_income' }, { kind: 'total', total: 'other_income' }, NOT_DEFERRED],
    ['yoy', { subject: '三公经费' }, { kind: 'yoy', subject: '三公经费' }, DEFERRED],
    ['sangong', {}, { kind: 'sangong' }, DEFERRED],
    ['sangong', { part: 'reception' }, { kind: 'sangong', part: 'reception' }, DEFERRED],
    ['breakdown', { dimension: 'functional' }, { kind: 'breakdown', dimension: 'functional' }, DEFERRED],
    [
      'breakdown',
      { dimension: 'basic_project' },
      { kind: 'breakdown', dimension: 'basic_project' },
      DEFERRED,
    ],
    ['top', {}, { kind: 'top', n: 5 }, DEFERRED],
    ['top', { n: 3, scope: 'projects' }, { kind: 'top', n: 3, scope: 'projects' }, DEFERRED],
    ['code', { code: ' 30217 ' }, { kind: 'code', code: '30217' }, NOT_DEFERRED],
    ['code', { code: CODE_RECEPTION }, { kind: 'code', code: CODE_RECEPTION }, NOT_DEFERRED],
    ['explain', { term: '机构运行经费' }, { kind: 'explain', term: '机构运行经费' }, NOT_DEFERRED],
    ['audit', {}, { kind: 'audit' }, DEFERRED],
    ['audit', { topic: '三公' }, { kind: 'audit', topic: '三公' }, DEFERRED],
  ])(
    '/%s %j sends the engine %j and answers once with an embed',
    async (commandName, options, request, methods) => {
      const ctx = testContext();
      const { interaction, calls } = fakeChatInput({ commandName, options });
      await testDispatcher(ctx).handleInteraction(interaction);

      expect(ctx.engine.requested).toEqual([{ request, options: {} }]);
      expect(calls.map((c) => c.method)).toEqual(methods);
      const sent = calls.at(-1)?.payload as Sent;
      expect(sent.allowedMentions).toEqual({ parse: [] });
      expect(sent.embeds).toHaveLength(1);
      expect(sent.flags).toBeUndefined();
      expect(ctx.log.entries.filter((e) => e.level === 'error')).toEqual([]);
    },
  );

  it('/ask shows the figure, its source and the dataset', async () => {
    const ctx = testContext();
    const { interaction, payloads } = fakeChatInput({
      commandName: 'ask',
      options: { question: '公务接待费是多少' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    const [embed] = (payloads('reply')[0] as Sent).embeds ?? [];
    expect(embed?.description).toContain('22,320.24 元');
    expect(embed?.fields?.[0]).toEqual({
      name: SOURCES_FIELD,
      value: expect.stringContaining('· 表九 部门预算明细表：'),
    });
    expect(embed?.footer?.text).toBe('北京市西城区人民政府办公室 · 2020年');
  });

  it('/breakdown renders the chart after deferring and attaches it', async () => {
    const ctx = testContext({ charts: fakeCharts });
    const { interaction, calls } = fakeChatInput({
      commandName: 'breakdown',
      options: { dimension: 'functional' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const sent = calls[1]?.payload as Sent;
    expect(sent.files).toEqual([{ attachment: FAKE_PNG, name: 'chart.png' }]);
    expect(sent.embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
  });

  it('/ask defers before rendering a chart even though /ask itself does not defer', async () => {
    const ctx = testContext({ charts: fakeCharts });
    const { interaction, calls } = fakeChatInput({
      commandName: 'ask',
      options: { question: '支出按功能分类的构成' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
  });

  it('sends the answer without its picture when the chart renderer fails', async () => {
    const ctx = testContext({
      charts: async () => {
        throw new Error('resvg failed');
      },
    });
    const { interaction, calls } = fakeChatInput({
      commandName: 'breakdown',
      options: { dimension: 'functional' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    const sent = calls.at(-1)?.payload as Sent;
    expect(sent.files).toBeUndefined();
    expect(sent.embeds?.[0]?.title).toBe('支出按功能分类（类）');
    expect(ctx.log.entries.map((e) => e.level)).toContain('warn');
  });

  it('/help replies ephemerally with the commands and example buttons, without asking the engine', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({ commandName: 'help' });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([]);
    const sent = calls[0]?.payload as Sent;
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(sent.flags).toBe(MessageFlags.Ephemeral);
    expect(sent.embeds?.[0]?.description).toContain('/breakdown');
    expect(sent.embeds?.[0]?.description).toContain('北京市西城区人民政府办公室 · 2020年');
    expect(sent.components?.[0]?.components[0]?.custom_id).toBe('ask:q:公务接待费多少？');
  });

  it('/help mentions @-questions only when free text is switched on', async () => {
    const on = testContext({ env: { ENABLE_MESSAGE_CONTENT: 'true' } });
    const off = testContext();
    for (const [ctx, expected] of [
      [on, true],
      [off, false],
    ] as const) {
      const { interaction, payloads } = fakeChatInput({ commandName: 'help' });
      await testDispatcher(ctx).handleInteraction(interaction);
      expect((payloads('reply')[0] as Sent).embeds?.[0]?.description?.includes('@ 机器人')).toBe(expected);
    }
  });

  it('passes the chosen dataset to the engine and carries it on the suggestion buttons', async () => {
    const ctx = testContext({ engine: createFakeEngine({ datasets: [XICHENG_2020, XICHENG_2019] }) });
    const { interaction, payloads } = fakeChatInput({
      commandName: 'ask',
      options: { question: '公务接待费是多少', dataset: XICHENG_2019.id },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([
      { question: '公务接待费是多少', options: { datasetId: XICHENG_2019.id } },
    ]);
    const id = (payloads('reply')[0] as Sent).components?.[0]?.components[0]?.custom_id ?? '';
    const [, , key, index] = id.split(':');
    expect(ctx.suggestions.get(key ?? '', Number(index))?.datasetId).toBe(XICHENG_2019.id);
  });

  it('re-checks the dataset option: one that is not loaded is refused ephemerally', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({
      commandName: 'total',
      options: { kind: 'basic', dataset: 'nope' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([]);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(calls[0]?.payload).toMatchObject({
      content: '没有找到所选的数据集，请从列表中选择。已加载：北京市西城区人民政府办公室 · 2020年',
      flags: MessageFlags.Ephemeral,
    });
  });

  it('re-checks choices: a value outside the list is refused ephemerally', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({ commandName: 'total', options: { kind: 'everything' } });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([]);
    expect(calls[0]?.payload).toMatchObject({
      content: '「everything」不是可选的合计类别，请从列表中选择。',
      flags: MessageFlags.Ephemeral,
    });
  });
});

describe('autocomplete', () => {
  it.each<[string, string, string, string[]]>([
    ['item', 'item', 'gwjdf', [ITEM_RECEPTION]],
    ['item', 'item', '30217', [ITEM_RECEPTION]],
    ['code', 'code', '30217', [CODE_RECEPTION]],
    ['code', 'code', '', [CODE_RECEPTION, CODE_2010301]],
    ['explain', 'term', 'jg', [GLOSSARY_JGYXJF]],
    ['yoy', 'subject', '三公', ['三公经费']],
    ['yoy', 'subject', '公务接待', ['日常公用支出（在职人员）_公务接待费', '30217 公务接待费']],
  ])('/%s %s:"%s" offers %j', async (commandName, option, value, expected) => {
    const ctx = testContext();
    const { interaction, payloads } = fakeAutocomplete({ commandName, focused: { name: option, value } });
    await testDispatcher(ctx).handleInteraction(interaction);
    const [choices] = payloads('respond') as { name: string; value: string }[][];
    expect(choices?.map((c) => c.value)).toEqual(expected);
  });

  it('asks the engine for the right kinds, at most 25', async () => {
    const ctx = testContext();
    const { interaction } = fakeAutocomplete({ commandName: 'item', focused: { name: 'item', value: 'gw' } });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.completed).toEqual([
      { query: 'gw', options: { kinds: ['item', 'project'], limit: 25 } },
    ]);
  });

  it('searches within the dataset already chosen in the same command', async () => {
    const ctx = testContext({ engine: createFakeEngine({ datasets: [XICHENG_2020, XICHENG_2019] }) });
    const { interaction } = fakeAutocomplete({
      commandName: 'code',
      options: { dataset: XICHENG_2019.id },
      focused: { name: 'code', value: '302' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.completed[0]?.options?.datasetId).toBe(XICHENG_2019.id);
  });

  it('offers datasets for the dataset option (used beyond 25 datasets)', async () => {
    const ctx = testContext({ engine: createFakeEngine({ datasets: [XICHENG_2020, XICHENG_2019] }) });
    const { interaction, payloads } = fakeAutocomplete({
      commandName: 'ask',
      focused: { name: 'dataset', value: '2019' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(payloads('respond')).toEqual([
      [{ name: '北京市西城区人民政府办公室 · 2019年', value: XICHENG_2019.id }],
    ]);
  });

  it('answers an empty list for a command without autocomplete', async () => {
    const ctx = testContext();
    const { interaction, payloads } = fakeAutocomplete({
      commandName: 'total',
      focused: { name: 'kind', value: 'x' },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(payloads('respond')).toEqual([[]]);
  });
});

describe('suggestion buttons', () => {
  it('answer the question carried in the custom_id as a new reply', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeButton({ customId: 'ask:q:公务接待费是多少' });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([{ question: '公务接待费是多少', options: {} }]);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect((calls[0]?.payload as Sent).embeds?.[0]?.title).toBe('公务接待费');
  });

  it('answer a stored suggestion in its dataset', async () => {
    const ctx = testContext({ engine: createFakeEngine({ datasets: [XICHENG_2020, XICHENG_2019] }) });
    const key = ctx.suggestions.put(['三公经费是多少'], XICHENG_2019.id);
    const { interaction } = fakeButton({ customId: `ask:s:${key}:0` });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([
      { question: '三公经费是多少', options: { datasetId: XICHENG_2019.id } },
    ]);
  });

  it.each([
    ['ask:s:gone1234:0', '这个按钮已过期，请重新提问（例如用 /ask）。'],
    ['tour:next:3', '这份预算现在没有加载，按钮已失效：请重新输入 /tour。'],
    ['retired:x', '这个按钮已失效，请重新提问。'],
    ['garbage', '这个按钮已失效，请重新提问。'],
  ])('%s is refused ephemerally with a Chinese explanation', async (customId, text) => {
    const ctx = testContext();
    const { interaction, calls } = fakeButton({ customId });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked).toEqual([]);
    expect(calls).toEqual([
      { method: 'reply', payload: expect.objectContaining({ content: text, flags: MessageFlags.Ephemeral }) },
    ]);
  });
});
