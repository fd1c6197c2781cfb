/**
 * What a slash command module exports, and the context handlers receive (passed in, never global).
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { AutocompleteChoice, Engine } from '../core/engine.js';
import type { ChartSpec } from '../core/chart/spec.js';
import type { Logger } from '../log.js';
import type { SuggestionStore } from './suggestions.js';

/** ChartSpec → PNG bytes, asynchronous (rendered off the main thread). */
export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface CommandContext {
  engine: Engine;
  config: Config;
  log: Logger;
  /** Absent until the chart renderer is wired: answers go out without pictures. */
  charts?: ChartRenderer;
  suggestions: SuggestionStore;
}

export interface Command {
  /** A SlashCommandBuilder: English base name, zh-CN localizations. File name = command name. */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** deferReply before execute: the answer may carry a chart or take long to compute. */
  defer?: boolean;
  /** Default true: a `dataset` option is added when more than one dataset is loaded. */
  datasetOption?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  /** Answers from memory; the dispatcher clamps the result to Discord's limits and never lets it throw. */
  autocomplete?(
    interaction: AutocompleteInteraction,
    ctx: CommandContext,
  ): readonly AutocompleteChoice[] | Promise<readonly AutocompleteChoice[]>;
  /** Buttons whose custom_id is "<command name>:<args>" (suggestions, tour steps, quiz answers). */
  button?(interaction: ButtonInteraction, args: string, ctx: CommandContext): Promise<void>;
}
