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
import type { QuizScores } from '../core/answer/quiz.js';
import type { ChartSpec } from '../core/chart/spec.js';
import type { Conversations } from '../core/conversation.js';
import type { Onboarding } from '../core/onboarding.js';
import type { Logger } from '../log.js';
import type { SuggestionStore } from './suggestions.js';

/** ChartSpec → PNG bytes, asynchronous (rendered off the main thread). */
export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface CommandContext {
  engine: Engine;
  config: Config;
  log: Logger;
  /** Absent: answers go out without pictures. */
  charts?: ChartRenderer;
  suggestions: SuggestionStore;
  /** Follow-up context: the last subject per user and channel (threads and DMs are channels of their own). */
  conversations: Conversations;
  /** The guided tour and the quiz; absent with an engine that has none (a test double): they say so. */
  onboarding?: Onboarding;
  /** Quiz scores per user, for the life of this process. */
  quizScores: QuizScores;
}

export interface Command {
  /** A SlashCommandBuilder: English base name, zh-CN localizations. File name = command name. */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** deferReply before execute: the answer may carry a chart or take long to compute. */
  defer?: boolean;
  /** The reply is only for the user who asked: a deferral (when the bot is busy) is ephemeral too. */
  ephemeral?: boolean;
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
  /**
   * Default true: a press of this command's buttons counts against the per-user rate limit. Paging
   * controls answered from memory (tour steps, quiz answers) set false, so a newcomer can click through.
   */
  limitButtons?: boolean;
}
