/**
 * Minimal fake interactions for handler tests. They follow discord.js's state rules (reply/defer only
 * once, edit/followUp only after, respond once) and record every payload. The one cast to the
 * discord.js types lives here.
 */
import {
  InteractionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';

export type Method = 'reply' | 'deferReply' | 'editReply' | 'deleteReply' | 'followUp' | 'respond' | 'update';
export interface Call {
  method: Method;
  payload: unknown;
}

type OptionValue = string | number | boolean;

export interface FakeOptions {
  commandName?: string;
  options?: Record<string, OptionValue>;
  /** Autocomplete: the option being typed */
  focused?: { name: string; value: string };
  customId?: string;
  userId?: string;
  channelId?: string;
  guildId?: string | null;
  /** Buttons: the message the button is on is ephemeral (only the presser sees it). */
  ephemeralMessage?: boolean;
  /** When Discord created the interaction (ms); default: now. */
  createdTimestamp?: number;
  /** Make one method reject (the interaction expired, the network failed…). */
  failOn?: Partial<Record<Method, Error>>;
}

export interface Fake<T> {
  interaction: T;
  calls: Call[];
  /** Payloads of one method, in order */
  payloads(method: Method): unknown[];
}

let counter = 0;

/** The one cast from a fake to a discord.js type. */
function cast<T>(fake: object): T {
  return fake as unknown as T;
}

function make<T>(
  type: InteractionType,
  kind: 'chat' | 'autocomplete' | 'button',
  opts: FakeOptions,
): Fake<T> {
  const calls: Call[] = [];
  const options = opts.options ?? {};
  const state = { replied: false, deferred: false, responded: false, ephemeral: false as boolean | null };

  const record = async (method: Method, payload: unknown, check: () => string | undefined) => {
    const problem = check();
    if (problem) throw new Error(problem);
    const failure = opts.failOn?.[method];
    if (failure) throw failure;
    calls.push({ method, payload });
  };
  const isEphemeral = (payload: unknown) =>
    typeof payload === 'object' && payload !== null && 'flags' in payload && payload.flags === 64;
  const already = () =>
    state.replied || state.deferred
      ? 'The reply to this interaction has already been sent or deferred.'
      : undefined;
  const notYet = () =>
    !state.replied && !state.deferred
      ? 'The reply to this interaction has not been sent or deferred.'
      : undefined;

  function get(name: string, required = false): OptionValue | null {
    const value = options[name];
    if (value === undefined && required) throw new TypeError(`Required option "${name}" not found.`);
    return value ?? null;
  }

  const fake = {
    id: String(++counter),
    type,
    createdTimestamp: opts.createdTimestamp ?? Date.now(),
    commandName: opts.commandName ?? 'ask',
    customId: opts.customId ?? '',
    user: { id: opts.userId ?? '100000000000000001', username: 'tester', bot: false },
    channelId: opts.channelId ?? '200000000000000001',
    guildId: opts.guildId === undefined ? '300000000000000001' : opts.guildId,
    inGuild: () => fake.guildId !== null,
    isChatInputCommand: () => kind === 'chat',
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    isRepliable: () => kind !== 'autocomplete',
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    get responded() {
      return state.responded;
    },
    get ephemeral() {
      return state.ephemeral;
    },
    options: {
      /** As discord.js exposes the options received (what the dispatcher logs). */
      data: Object.entries(options).map(([name, value]) => ({
        name,
        type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
        value,
      })),
      getString: (name: string, required?: boolean) => {
        const v = get(name, required);
        return v === null ? null : String(v);
      },
      getInteger: (name: string, required?: boolean) => {
        const v = get(name, required);
        return typeof v === 'number' ? v : null;
      },
      getBoolean: (name: string, required?: boolean) => {
        const v = get(name, required);
        return typeof v === 'boolean' ? v : null;
      },
      getFocused: (full?: boolean) => {
        const focused = opts.focused ?? { name: '', value: '' };
        return full ? { ...focused, focused: true, type: 3 } : focused.value;
      },
    },
    async reply(payload: unknown) {
      await record('reply', payload, already);
      state.replied = true;
      state.ephemeral = isEphemeral(payload);
    },
    async deferReply(payload: unknown = {}) {
      await record('deferReply', payload, already);
      state.deferred = true;
      state.ephemeral = isEphemeral(payload);
    },
    async editReply(payload: unknown) {
      await record('editReply', payload, notYet);
      state.replied = true;
    },
    async followUp(payload: unknown) {
      await record('followUp', payload, notYet);
      state.replied = true;
    },
    /** Deletes the original reply (e.g. a public "thinking…" placeholder). */
    async deleteReply() {
      await record('deleteReply', undefined, notYet);
    },
    /** A component interaction's UPDATE_MESSAGE: edits the message the button is on. */
    async update(payload: unknown) {
      await record('update', payload, already);
      state.replied = true;
    },
    message: {
      flags: { has: (flag: number) => flag === 64 && opts.ephemeralMessage === true },
    },
    async respond(payload: unknown) {
      await record('respond', payload, () =>
        state.responded ? 'Autocomplete already responded.' : undefined,
      );
      state.responded = true;
    },
  };
  return {
    interaction: cast<T>(fake),
    calls,
    payloads: (method) => calls.filter((c) => c.method === method).map((c) => c.payload),
  };
}

export function fakeChatInput(opts: FakeOptions = {}): Fake<ChatInputCommandInteraction> {
  return make(InteractionType.ApplicationCommand, 'chat', opts);
}

export function fakeAutocomplete(opts: FakeOptions = {}): Fake<AutocompleteInteraction> {
  return make(InteractionType.ApplicationCommandAutocomplete, 'autocomplete', opts);
}

export function fakeButton(opts: FakeOptions = {}): Fake<ButtonInteraction> {
  return make(InteractionType.MessageComponent, 'button', opts);
}

export const BOT_ID = '900000000000000009';

export interface FakeMessageOptions {
  content: string;
  authorId?: string;
  authorIsBot?: boolean;
  /** null: a DM */
  guildId?: string | null;
  /** Users mentioned (ids); default: the bot when the content contains its mention */
  mentions?: string[];
  /** Default the guild channel; a DM has a channel id of its own. */
  channelId?: string;
  failReply?: Error;
}

/** A received message for the free-text path; records what the bot replied. */
export function fakeMessage(opts: FakeMessageOptions): {
  message: Message;
  replies: unknown[];
  typing: number[];
} {
  const replies: unknown[] = [];
  const typing: number[] = [];
  const guildId = opts.guildId === undefined ? '300000000000000001' : opts.guildId;
  const mentioned = opts.mentions ?? (opts.content.includes(`<@${BOT_ID}>`) ? [BOT_ID] : []);
  const fake = {
    id: String(++counter),
    content: opts.content,
    author: { id: opts.authorId ?? '100000000000000001', bot: opts.authorIsBot ?? false },
    client: { user: { id: BOT_ID } },
    channelId: opts.channelId ?? '200000000000000001',
    guildId,
    inGuild: () => guildId !== null,
    mentions: { users: new Map(mentioned.map((id) => [id, { id }])) },
    channel: {
      sendTyping: async () => {
        typing.push(Date.now());
      },
    },
    async reply(payload: unknown) {
      if (opts.failReply) throw opts.failReply;
      replies.push(payload);
    },
  };
  return { message: cast<Message>(fake), replies, typing };
}
