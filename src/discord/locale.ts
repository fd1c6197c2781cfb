/**
 * Localizations for command definitions: English base names (Discord's default locale), zh-CN names
 * and descriptions; choices show Chinese first everywhere and Chinese only for zh-CN clients.
 */
import { Locale, type APIApplicationCommandOptionChoice } from 'discord.js';
import type { Choice } from '../core/questions.js';

/** `{ 'zh-CN': text }` for setNameLocalizations / setDescriptionLocalizations. */
export function zh(text: string): Partial<Record<Locale, string>> {
  return { [Locale.ChineseCN]: text };
}

/** Choices for addChoices: "基本支出 · Basic expenditure", zh-CN clients see "基本支出". */
export function choicesOf(list: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  return list.map((c) => ({ name: `${c.zh} · ${c.en}`, name_localizations: zh(c.zh), value: c.value }));
}
