import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType, Locale } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandPayloads, commands } from '../../src/discord/registry.js';
import { XICHENG_2019, XICHENG_2020 } from '../helpers/fake-engine.js';

const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));
/** Discord's rule for command and option names (localized ones too). */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('command registry', () => {
  it('registers every file in commands/ under its file name', () => {
    const files = readdirSync(COMMANDS_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(commands.map((c) => c.data.name).sort()).toEqual(files);
  });

  it('has unique names', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(commands.map((c) => [c.data.name, c] as const))(
    '/%s builds valid, localized JSON',
    (_name, command) => {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z]+$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      const zhName = json.name_localizations?.[Locale.ChineseCN];
      expect(zhName).toMatch(NAME);
      expect(zhName).toBe(zhName?.toLowerCase());
      expect(json.description_localizations?.[Locale.ChineseCN]).toMatch(/\p{Script=Han}/u);
      for (const option of json.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.name_localizations?.[Locale.ChineseCN]).toMatch(NAME);
        expect(option.description_localizations?.[Locale.ChineseCN]).toMatch(/\p{Script=Han}/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
      const localizedNames = (json.options ?? []).map((o) => o.name_localizations?.[Locale.ChineseCN]);
      expect(new Set(localizedNames).size).toBe(localizedNames.length);
    },
  );

  it('adds no dataset option while one dataset is loaded', () => {
    for (const json of commandPayloads([XICHENG_2020])) {
      expect(json.options?.some((o) => o.name === 'dataset') ?? false).toBe(false);
    }
  });

  it('adds a dataset option with one choice per dataset when more than one is loaded (not to /help)', () => {
    const payloads = commandPayloads([XICHENG_2020, XICHENG_2019]);
    const ask = payloads.find((p) => p.name === 'ask');
    expect(ask?.options?.at(-1)).toMatchObject({
      type: ApplicationCommandOptionType.String,
      name: 'dataset',
      name_localizations: { 'zh-CN': '数据集' },
      required: false,
      choices: [
        { name: '北京市西城区人民政府办公室 · 2020年', value: XICHENG_2020.id },
        { name: '北京市西城区人民政府办公室 · 2019年', value: XICHENG_2019.id },
      ],
    });
    expect(payloads.find((p) => p.name === 'help')?.options ?? []).toEqual([]);
    expect(payloads.filter((p) => p.options?.some((o) => o.name === 'dataset'))).toHaveLength(
      commands.length - 1,
    );
  });

  it('switches the dataset option to autocomplete beyond 25 datasets', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...XICHENG_2020,
      id: `d${i}`,
      fiscalYear: 2000 + i,
    }));
    const ask = commandPayloads(many).find((p) => p.name === 'ask');
    expect(ask?.options?.at(-1)).toMatchObject({ name: 'dataset', autocomplete: true });
    expect(ask?.options?.at(-1)).not.toHaveProperty('choices');
  });
});
