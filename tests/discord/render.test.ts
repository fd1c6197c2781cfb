import { ButtonStyle, ComponentType, MessageFlags, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/types.js';
import { money } from '../../src/core/money.js';
import {
  LIMITS,
  TRUNCATION_NOTE,
  clip,
  renderAnswer,
  renderChoices,
  renderEmbed,
  renderNotice,
  safeText,
  SOURCES_FIELD,
  SOURCES_FIELD_MORE,
  TOUR_NEXT,
  TOUR_PREVIOUS,
} from '../../src/discord/render.js';
import { SuggestionStore } from '../../src/discord/suggestions.js';
import { XICHENG_2020, receptionAnswer } from '../helpers/fake-engine.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return { ...receptionAnswer(), ...overrides };
}

/** What Discord counts towards the 6000-character embed total. */
function embedTotal(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embedTotal(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('renderAnswer', () => {
  it('renders an answer as one embed: the lines as the body, each source detail cited once, the dataset in the footer', () => {
    const payload = renderAnswer(answer());
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.embeds).toHaveLength(1);
    const [embed] = payload.embeds;
    expect(embed?.title).toBe('公务接待费');
    expect(embed?.description).toBe(
      '2020年公务接待费预算 22,320.24 元，较上年 26,268.00 元减少 3,947.76 元（-15.03%），主要是在职人员减少。',
    );
    expect(embed?.fields).toEqual([
      {
        name: SOURCES_FIELD,
        value: [
          '· 表九 部门预算明细表：2010301 行政运行 / 30217 公务接待费 / 日常公用支出（在职人员）\\_公务接待费 · 合计（第 1666 行）',
          '· 表六 一般公共预算基本支出情况表：50206 公务接待费 / 30217 公务接待费 · 合计（第 1251 行）',
          '· 表七 一般公共预算“三公”经费支出情况表：2、公务接待费 · 2020年预算数、2019年预算数（第 1402 行）',
        ].join('\n'),
      },
    ]);
    expect(embed?.footer?.text).toBe('北京市西城区人民政府办公室 · 2020年');
    expect(embed?.description).not.toContain(TRUNCATION_NOTE);
    expect(payload.files).toBeUndefined();
  });

  it('shows each figure once: values stay in the body, never in the sources', () => {
    const [embed] = renderAnswer(answer()).embeds;
    const all = JSON.stringify(embed);
    expect(all.split('22,320.24').length - 1).toBe(1);
    expect(all.split('26,268.00').length - 1).toBe(1);
    expect(embed?.fields?.map((f) => f.value).join('\n')).not.toMatch(/\d,\d{3}\.\d{2}/);
  });

  it('adds a figure the lines do not state as a "label：value" line, so that nothing is lost', () => {
    const [embed] = renderAnswer(answer({ lines: ['见下。'] })).embeds;
    expect(embed?.description).toBe(
      [
        '见下。',
        '公务接待费（2020年预算数）：22,320.24 元（2.23 万元）',
        '公务接待费（2019年预算数）：26,268.00 元（2.63 万元）',
      ].join('\n'),
    );
  });

  it('cites a computed figure by its derivation, once for computations that differ only in their first input', () => {
    const total = { label: '支出合计', value: money('100.00'), unit: '元' as const };
    const share = (label: string, value: string) => ({
      label: `${label}占比`,
      value: money(value),
      unit: '%' as const,
      derivation: `${label} ÷ 支出合计 × 100`,
      computation: {
        op: 'percent' as const,
        inputs: [{ label, value: money(value), unit: '元' as const }, total],
      },
    });
    const [embed] = renderAnswer(
      answer({
        lines: [
          '甲：60.00 元，占 60.00%',
          '乙：40.00 元，占 40.00%',
          '变化：(2020年 − 2019年) ÷ 2019年 × 100',
        ],
        figures: [
          share('甲', '60'),
          share('乙', '40'),
          { label: '增幅', value: money('1'), unit: '%', derivation: '(2020年 − 2019年) ÷ 2019年 × 100' },
          { label: '合计', value: money('100'), unit: '元', derivation: '甲 + 乙' },
        ],
        sources: [],
      }),
    ).embeds;
    expect(embed?.fields?.[0]?.value).toBe(
      '· 计算：各项占比 = 各项 ÷ 支出合计 × 100\n· 计算：合计 = 甲 + 乙',
    );
  });

  it('shows how a follow-up was understood as an italic first line, escaped', () => {
    const [embed] = renderAnswer(answer({ interpretation: '按上文：公务接待费_2019年*' })).embeds;
    expect(embed?.description?.split('\n')[0]).toBe('*按上文：公务接待费\\_2019年\\**');
  });

  it('turns suggestions into one row of secondary buttons whose custom_id carries the question', () => {
    const { components } = renderAnswer(answer());
    expect(components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            custom_id: 'ask:q:公务接待费比去年增加了多少',
            label: '公务接待费比去年增加了多少',
            style: ButtonStyle.Secondary,
          },
          {
            type: ComponentType.Button,
            custom_id: 'ask:q:三公经费是多少',
            label: '三公经费是多少',
            style: ButtonStyle.Secondary,
          },
          {
            type: ComponentType.Button,
            custom_id: 'ask:q:30217 是什么',
            label: '30217 是什么',
            style: ButtonStyle.Secondary,
          },
        ],
      },
    ]);
  });

  it('keeps long suggestions in the store, referenced by index, and clips their labels to 80', () => {
    const store = new SuggestionStore();
    const long = '公务接待费'.repeat(30);
    const { components } = renderAnswer(answer({ suggestions: [long, '短问题'] }), { suggestions: store });
    const buttons = components[0]?.components ?? [];
    expect(buttons.map((b) => b.custom_id)).toEqual([
      expect.stringMatching(/^ask:s:[\w-]+:0$/),
      expect.stringMatching(/^ask:s:[\w-]+:1$/),
    ]);
    expect(buttons[0]?.label).toHaveLength(80);
    expect(buttons[0]?.label?.endsWith('…')).toBe(true);
    const key = buttons[0]?.custom_id.split(':')[2] ?? '';
    expect(store.get(key, 0)).toEqual({ question: long, datasetId: undefined });
    expect(store.get(key, 1)).toEqual({ question: '短问题', datasetId: undefined });
  });

  it('carries the dataset of the question through the store', () => {
    const store = new SuggestionStore();
    const { components } = renderAnswer(answer(), { suggestions: store, datasetId: XICHENG_2020.id });
    const id = components[0]?.components[0]?.custom_id ?? '';
    const [, , key, index] = id.split(':');
    expect(store.get(key ?? '', Number(index))).toEqual({
      question: '公务接待费比去年增加了多少',
      datasetId: XICHENG_2020.id,
    });
  });

  it('shows at most 5 distinct suggestion buttons', () => {
    const suggestions = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g', ' ', ''];
    const { components } = renderAnswer(answer({ suggestions }));
    expect(components).toHaveLength(1);
    expect(components[0]?.components.map((b) => b.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lays extra buttons out in rows of 5, at most 5 rows', () => {
    const buttons = Array.from({ length: 40 }, (_, i) => ({ customId: `tour:${i}`, label: `第 ${i} 步` }));
    const { components } = renderAnswer(answer({ suggestions: [] }), { buttons });
    expect(components).toHaveLength(LIMITS.rows);
    for (const row of components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  });

  it.each<[string, number, [string, string][]]>([
    ['the first step', 0, [[TOUR_NEXT, 'tour:ds-1:1']]],
    [
      'a middle step',
      4,
      [
        [TOUR_PREVIOUS, 'tour:ds-1:3'],
        [TOUR_NEXT, 'tour:ds-1:5'],
      ],
    ],
    ['the last step', 15, [[TOUR_PREVIOUS, 'tour:ds-1:14']]],
  ])('puts tour controls first under %s of a tour, wherever the step is shown', (_what, index, expected) => {
    const step = { kind: 'tour' as const, datasetId: 'ds-1', index, total: 16 };
    const { components } = renderAnswer(answer({ step }));
    expect(components[0]?.components.map((b) => [b.label, b.custom_id])).toEqual(expected);
    expect(components[1]?.components[0]?.custom_id).toMatch(/^ask:/);
  });

  it('attaches a chart as chart.png and shows it as the embed image', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const payload = renderAnswer(answer(), { chart: png });
    expect(payload.files).toEqual([{ attachment: png, name: 'chart.png' }]);
    expect(payload.embeds[0]?.image).toEqual({ url: 'attachment://chart.png' });
  });

  it('marks the reply ephemeral only when asked', () => {
    expect(renderAnswer(answer(), { ephemeral: true }).flags).toBe(MessageFlags.Ephemeral);
    expect(renderAnswer(answer())).not.toHaveProperty('flags');
  });
});

describe('renderEmbed under adversarial answers', () => {
  const figure = (label: string, value = '1.00') => ({ label, value: money(value), unit: '元' as const });

  it('clips a huge answer to every limit and says so visibly', () => {
    const embed = renderEmbed(
      answer({
        title: '标题'.repeat(500),
        lines: Array.from({ length: 400 }, (_, i) => `第 ${i} 行：${'很长的说明文字'.repeat(10)}`),
        figures: Array.from({ length: 100 }, (_, i) =>
          figure(`项目 ${i} ${'名'.repeat(300)}`, '123456789.01'),
        ),
        sources: Array.from({ length: 300 }, (_, i) => ({
          kind: 'table' as const,
          table: 9,
          tableTitle: `部门预算明细表 ${i}`,
          row: 'r',
          column: 'c',
          line: i,
        })),
      }),
    );
    expectWithinLimits(embed);
    expect(embed.description?.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it('continues long citations in further fields of at most 1024, and notes a cut when they do not fit', () => {
    const sources = Array.from({ length: 400 }, (_, i) => ({
      kind: 'table' as const,
      table: (i % 12) + 1,
      tableTitle: `表格 ${i}`,
      row: `第 ${i} 行的名称`,
      column: '合计',
      line: i,
    }));
    const embed = renderEmbed(answer({ lines: ['x'], figures: [], sources }));
    expect(embed.fields?.[0]?.name).toBe(SOURCES_FIELD);
    expect(embed.fields?.[1]?.name).toBe(SOURCES_FIELD_MORE);
    expect(embed.description).toBe(`x\n${TRUNCATION_NOTE}`);
    expectWithinLimits(embed);
  });

  it('fits the embed total even when each part alone is within its own limit', () => {
    const embed = renderEmbed(
      answer({
        lines: ['说'.repeat(4000)],
        figures: Array.from({ length: 25 }, (_, i) => ({
          ...figure(`f${i}`),
          derivation: '计'.repeat(1500),
        })),
      }),
    );
    expectWithinLimits(embed);
    expect(embed.description?.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it.each([
    ['@everyone', '@\u200beveryone'],
    ['@here', '@\u200bhere'],
    ['<@123456789012345678>', '<\u200b@123456789012345678>'],
    ['<@&123456789012345678>', '<\u200b@&123456789012345678>'],
    ['<#123456789012345678>', '<\u200b#123456789012345678>'],
    ['**粗体**', '\\*\\*粗体\\*\\*'],
    ['`代码`', '\\`代码\\`'],
    ['```块```', '\\`\\`\\`块\\`\\`\\`'],
    ['||剧透||', '\\|\\|剧透\\|\\|'],
    ['~~删~~', '\\~\\~删\\~\\~'],
    ['__下划__', '\\_\\_下划\\_\\_'],
    ['[点我](https://evil.example)', '\\[点我](https://evil.example)'],
    ['# 标题', '\\# 标题', '# 标题'],
    ['- 列表', '\\- 列表', '- 列表'],
    ['a\u0000b\u001bc\u202ed', 'abcd'],
  ])('escapes %j in every text slot', (hostile, escaped, midLine = escaped) => {
    const embed = renderEmbed(
      answer({
        title: hostile,
        lines: [hostile],
        interpretation: hostile,
        figures: [{ ...figure(hostile), derivation: `${hostile} ÷ 2` }],
        sources: [{ kind: 'table', table: 9, tableTitle: hostile, row: hostile, column: hostile, line: 1 }],
      }),
    );
    expect(embed.title).toBe(escaped);
    expect(embed.description).toBe(`*${escaped}*\n${escaped}\n${escaped}：1.00 元`);
    // Headings and lists only take effect at the start of a line.
    expect(embed.fields?.[0]?.value).toBe(
      `· 表九 ${midLine}：${midLine} · ${midLine}（第 1 行）\n· 计算：${midLine} = ${midLine} ÷ 2`,
    );
  });

  it('never leaves a dangling escape or half a surrogate pair at a cut', () => {
    expect(clip('\\'.repeat(20), 10).text).toBe(`${'\\'.repeat(8)}…`);
    expect(clip(`${'a'.repeat(8)}😀😀`, 10).text).toBe(`${'a'.repeat(8)}…`);
    expect(clip('short', 10)).toEqual({ text: 'short', cut: false });
  });

  it('renders an answer with nothing in it without empty fields Discord would reject', () => {
    const embed = renderEmbed({
      kind: 'empty',
      title: '',
      lines: [],
      figures: [],
      sources: [],
      datasets: [],
      suggestions: [],
    });
    expect(embed.title).toBe('\u200b');
    expect(embed).not.toHaveProperty('description');
    expect(embed).not.toHaveProperty('fields');
    expect(embed).not.toHaveProperty('footer');
  });
});

describe('renderNotice', () => {
  it('escapes, clips to 2000 with the note, and never mentions anyone', () => {
    const payload = renderNotice(`@everyone ${'长'.repeat(3000)}`, { ephemeral: true });
    expect(payload.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(payload.content?.startsWith('@\u200beveryone')).toBe(true);
    expect(payload.content?.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe('renderChoices', () => {
  it('returns at most 25 choices, names ≤ 100, dropping over-long and duplicate values', () => {
    const choices = [
      { name: 'x'.repeat(300), value: 'item:1' },
      { name: 'dup', value: 'item:1' },
      { name: 'too long value', value: 'v'.repeat(101) },
      { name: '  \n ', value: 'item:2' },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: `item:x${i}` })),
    ];
    const out = renderChoices(choices);
    expect(out).toHaveLength(25);
    expect(out[0]?.name).toHaveLength(100);
    expect(out[1]).toEqual({ name: 'item:2', value: 'item:2' });
    expect(out.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(new Set(out.map((c) => c.value)).size).toBe(out.length);
  });
});

describe('safeText', () => {
  it('escapes every masked link on a line, not only the first', () => {
    expect(safeText('[a](https://x.example) [b](https://y.example)')).toBe(
      '\\[a](https://x.example) \\[b](https://y.example)',
    );
    expect(safeText('\\[a](https://x.example)')).toBe('\\\\\\[a](https://x.example)');
  });

  it('leaves ordinary Chinese budget text unchanged', () => {
    expect(safeText('2020年财政拨款预算安排22,320.24元（较上年减少15.03%）')).toBe(
      '2020年财政拨款预算安排22,320.24元（较上年减少15.03%）',
    );
  });
});
