/**
 * The error boundary: whatever a handler does, the interaction is answered exactly once, the user sees
 * either a UserFacingError's text or one generic line, and the rest goes to the log.
 */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/core/errors.js';
import type { Command } from '../../src/discord/command.js';
import {
  BUSY_IN_FLIGHT,
  EXPIRED_BUTTON,
  EXPIRED_ON_ARRIVAL_MS,
  GENERIC_ERROR,
  UNKNOWN_COMMAND,
  createDispatcher,
  stripMention,
} from '../../src/discord/dispatch.js';
import { RateLimiter } from '../../src/discord/rate-limit.js';
import { renderNotice } from '../../src/discord/render.js';
import { send } from '../../src/discord/respond.js';
import { SECRET_IN_ERROR, THROWING_QUESTION } from '../helpers/fake-engine.js';
import { fakeCharts, testContext, testDispatcher } from '../helpers/context.js';
import {
  BOT_ID,
  fakeAutocomplete,
  fakeButton,
  fakeChatInput,
  fakeMessage,
  type Call,
} from '../helpers/fake-interaction.js';

const boom = () => new Error(SECRET_IN_ERROR);

function command(execute: Command['execute'], extra: Partial<Command> = {}): Command {
  return { data: new SlashCommandBuilder().setName('t').setDescription('test'), execute, ...extra };
}

function dispatcherWith(cmd: Command, ctx = testContext()) {
  return { ctx, dispatcher: createDispatcher({ commands: new Map([['t', cmd]]), ctx }) };
}

const generic = { content: GENERIC_ERROR, flags: MessageFlags.Ephemeral };

function expectNoSecret(calls: Call[]): void {
  expect(JSON.stringify(calls)).not.toContain(SECRET_IN_ERROR);
}

describe('dispatch error boundary', () => {
  it('a handler that throws before replying: one ephemeral generic reply, error logged with context', async () => {
    const { ctx, dispatcher } = dispatcherWith(command(async () => Promise.reject(boom())));
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining(generic) }]);
    expectNoSecret(calls);
    const [entry] = ctx.log.entries.filter((e) => e.level === 'error');
    expect(entry?.message).toBe('处理交互时出错');
    expect(entry?.context).toMatchObject({ command: 't', user: interaction.user.id, err: boom() });
  });

  it('a handler that throws after a public defer: the placeholder is deleted and the generic line goes out privately', async () => {
    const { dispatcher } = dispatcherWith(command(async () => Promise.reject(boom()), { defer: true }));
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    // An edit of a public deferred reply would show the error to the whole channel.
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(calls[2]?.payload).toEqual({
      content: GENERIC_ERROR,
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
    expectNoSecret(calls);
  });

  it('when the placeholder cannot be deleted, it is edited instead, so nobody is left with "thinking…"', async () => {
    const { dispatcher } = dispatcherWith(command(async () => Promise.reject(boom()), { defer: true }));
    const { interaction, calls } = fakeChatInput({
      commandName: 't',
      failOn: { deleteReply: new Error('Unknown Message') },
    });
    await dispatcher.handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(calls[1]?.payload).toMatchObject({ content: GENERIC_ERROR });
  });

  it('an engine exception reaching the boundary is logged with command, clipped question and dataset; the user sees one generic Chinese line', async () => {
    const ctx = testContext();
    const long = `${THROWING_QUESTION}${'很长的问题'.repeat(60)}`;
    const { interaction, calls } = fakeChatInput({
      commandName: 'ask',
      options: { question: long, dataset: 'bjsxcqrmzfbgs-2020' },
    });
    ctx.engine.answer = () => {
      throw new Error(`engine exploded: ${SECRET_IN_ERROR}`);
    };
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining(generic) }]);
    expect(GENERIC_ERROR).toMatch(/^抱歉/);
    expectNoSecret(calls);
    const errors = ctx.log.entries.filter((e) => e.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('处理交互时出错');
    const context = errors[0]?.context ?? {};
    expect(context).toMatchObject({
      command: 'ask',
      dataset: 'bjsxcqrmzfbgs-2020',
      user: interaction.user.id,
    });
    expect(String(context.question)).toMatch(new RegExp(`^question=${THROWING_QUESTION}`));
    expect(String(context.question).length).toBeLessThan(140);
    expect(String(context.question)).toContain(`（共 ${'question='.length + long.length} 字）`);
    expect((context.err as Error).message).toContain('engine exploded');
  });

  it('a handler that throws after replying: an ephemeral follow-up', async () => {
    const { dispatcher } = dispatcherWith(
      command(async (i) => {
        await i.reply(renderNotice('部分结果'));
        throw boom();
      }),
    );
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply', 'followUp']);
    expect(calls[1]?.payload).toMatchObject(generic);
    expectNoSecret(calls);
  });

  it('a UserFacingError shows its own text ephemerally and is not logged as an error', async () => {
    const { ctx, dispatcher } = dispatcherWith(
      command(async () => Promise.reject(new UserFacingError('没有找到 **这个** 项目'))),
    );
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([
      {
        method: 'reply',
        payload: expect.objectContaining({
          content: '没有找到 \\*\\*这个\\*\\* 项目',
          flags: MessageFlags.Ephemeral,
        }),
      },
    ]);
    expect(ctx.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('a handler that returns without answering still gets the interaction answered', async () => {
    const { ctx, dispatcher } = dispatcherWith(command(async () => {}));
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining(generic) }]);
    expect(ctx.log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('a handler that defers but never edits: its placeholder is replaced by a private generic line', async () => {
    const { dispatcher } = dispatcherWith(command(async () => {}, { defer: true }));
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
  });

  it('when even the error reply fails (interaction expired), it is logged and nothing throws', async () => {
    const { ctx, dispatcher } = dispatcherWith(command(async () => Promise.reject(boom())));
    const { interaction, calls } = fakeChatInput({
      commandName: 't',
      failOn: { reply: new Error('Unknown interaction') },
    });
    await expect(dispatcher.handleInteraction(interaction)).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(ctx.log.entries.map((e) => e.message)).toContain('无法向用户发送错误提示');
  });

  it('an engine that throws inside a real command is caught the same way', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({
      commandName: 'ask',
      options: { question: THROWING_QUESTION },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining(generic) }]);
    expectNoSecret(calls);
  });

  it('an unknown command is answered ephemerally', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({ commandName: 'retired' });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([
      {
        method: 'reply',
        payload: expect.objectContaining({ content: UNKNOWN_COMMAND, flags: MessageFlags.Ephemeral }),
      },
    ]);
  });

  it('a button press whose handler throws is answered once with the generic line', async () => {
    const cmd = command(async () => {}, { button: async () => Promise.reject(boom()) });
    const { dispatcher } = dispatcherWith(cmd);
    const { interaction, calls } = fakeButton({ customId: 't:next' });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining(generic) }]);
  });

  it('routes a button to its command with the rest of the custom_id', async () => {
    const seen: string[] = [];
    const cmd = command(async () => {}, {
      button: async (i, args) => {
        seen.push(args);
        await i.reply(renderNotice('ok'));
      },
    });
    const { dispatcher } = dispatcherWith(cmd);
    await dispatcher.handleInteraction(fakeButton({ customId: 't:next:3' }).interaction);
    expect(seen).toEqual(['next:3']);
    const { interaction, calls } = fakeButton({ customId: 'x:next' });
    await dispatcher.handleInteraction(interaction);
    expect(calls[0]?.payload).toMatchObject({ content: EXPIRED_BUTTON });
  });
});

describe('autocomplete boundary', () => {
  it('an autocomplete handler that throws falls back to an empty list', async () => {
    const { ctx, dispatcher } = dispatcherWith(
      command(async () => {}, {
        autocomplete: () => {
          throw boom();
        },
      }),
    );
    const { interaction, calls } = fakeAutocomplete({ commandName: 't', focused: { name: 'q', value: 'x' } });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'respond', payload: [] }]);
    expect(ctx.log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('an engine that throws during autocomplete falls back to an empty list', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeAutocomplete({
      commandName: 'item',
      focused: { name: 'item', value: THROWING_QUESTION },
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'respond', payload: [] }]);
  });

  it('clamps whatever a handler returns to 25 choices of ≤ 100 characters', async () => {
    const { dispatcher } = dispatcherWith(
      command(async () => {}, {
        autocomplete: () =>
          Array.from({ length: 60 }, (_, i) => ({ name: '名'.repeat(200), value: `v${i}` })),
      }),
    );
    const { interaction, payloads } = fakeAutocomplete({
      commandName: 't',
      focused: { name: 'q', value: '' },
    });
    await dispatcher.handleInteraction(interaction);
    const [choices] = payloads('respond') as { name: string }[][];
    expect(choices).toHaveLength(25);
    expect(choices?.every((c) => c.name.length === 100)).toBe(true);
  });

  it('an autocomplete for an unknown command answers an empty list', async () => {
    const { interaction, calls } = fakeAutocomplete({
      commandName: 'gone',
      focused: { name: 'q', value: '' },
    });
    await testDispatcher(testContext()).handleInteraction(interaction);
    expect(calls).toEqual([{ method: 'respond', payload: [] }]);
  });
});

describe('rate limit', () => {
  it('refuses the question over the limit with a friendly ephemeral line, without calling the handler', async () => {
    const ctx = testContext();
    let now = 0;
    const dispatcher = testDispatcher(ctx, new RateLimiter(2, 60_000, () => now));
    for (let i = 0; i < 2; i++) {
      await dispatcher.handleInteraction(
        fakeChatInput({ commandName: 'ask', options: { question: 'q' } }).interaction,
      );
    }
    now = 15_000;
    const { interaction, calls } = fakeChatInput({ commandName: 'ask', options: { question: 'q' } });
    await dispatcher.handleInteraction(interaction);
    expect(ctx.engine.asked).toHaveLength(2);
    expect(calls).toEqual([
      {
        method: 'reply',
        payload: expect.objectContaining({
          content: '你提问太快了，请 45 秒后再试（每人每分钟最多 2 次）。',
          flags: MessageFlags.Ephemeral,
        }),
      },
    ]);
    // Another user is not affected.
    await dispatcher.handleInteraction(
      fakeChatInput({ commandName: 'ask', options: { question: 'q' }, userId: '100000000000000002' })
        .interaction,
    );
    expect(ctx.engine.asked).toHaveLength(3);
  });

  it('refuses before deferring, so the refusal can be ephemeral', async () => {
    const ctx = testContext();
    const dispatcher = testDispatcher(ctx, new RateLimiter(1));
    await dispatcher.handleInteraction(fakeChatInput({ commandName: 'audit' }).interaction);
    const { interaction, calls } = fakeChatInput({ commandName: 'audit' });
    await dispatcher.handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(calls[0]?.payload).toMatchObject({ flags: MessageFlags.Ephemeral });
  });

  it('does not limit autocomplete', async () => {
    const ctx = testContext();
    const dispatcher = testDispatcher(ctx, new RateLimiter(1));
    for (let i = 0; i < 5; i++) {
      const { interaction, payloads } = fakeAutocomplete({
        commandName: 'item',
        focused: { name: 'item', value: 'gw' },
      });
      await dispatcher.handleInteraction(interaction);
      expect(payloads('respond')[0]).not.toEqual([]);
    }
  });
});

describe('free text messages', () => {
  it('answers an @mention with the mention stripped, escaped, mentioning nobody', async () => {
    const ctx = testContext();
    const { message, replies } = fakeMessage({ content: `<@${BOT_ID}> 公务接待费是多少` });
    await testDispatcher(ctx).handleMessage(message);
    expect(ctx.engine.asked).toEqual([{ question: '公务接待费是多少', options: {} }]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      allowedMentions: { parse: [] },
      embeds: [expect.objectContaining({ title: '公务接待费' })],
    });
    expect(replies[0]).not.toHaveProperty('flags');
  });

  it('answers a DM without a mention', async () => {
    const ctx = testContext();
    const { message, replies } = fakeMessage({ content: '三公经费是多少', guildId: null });
    await testDispatcher(ctx).handleMessage(message);
    expect(ctx.engine.asked.map((a) => a.question)).toEqual(['三公经费是多少']);
    expect(replies).toHaveLength(1);
  });

  it.each([
    ['a guild message that does not mention the bot', { content: '公务接待费是多少' }],
    ['a message from another bot', { content: `<@${BOT_ID}> hi`, authorIsBot: true }],
    ['its own message', { content: `<@${BOT_ID}> hi`, authorId: BOT_ID }],
  ])('ignores %s', async (_what, opts) => {
    const ctx = testContext();
    const { message, replies } = fakeMessage(opts);
    await testDispatcher(ctx).handleMessage(message);
    expect(ctx.engine.asked).toEqual([]);
    expect(replies).toEqual([]);
  });

  it('attaches the chart, showing typing while it renders', async () => {
    const ctx = testContext({ charts: fakeCharts });
    const { message, replies, typing } = fakeMessage({ content: `<@${BOT_ID}> 支出按功能分类的构成` });
    await testDispatcher(ctx).handleMessage(message);
    expect(typing).toHaveLength(1);
    expect(replies[0]).toMatchObject({ files: [{ name: 'chart.png' }] });
  });

  it('replies the generic line when the engine throws, and logs it', async () => {
    const ctx = testContext();
    const { message, replies } = fakeMessage({ content: `<@${BOT_ID}> ${THROWING_QUESTION}` });
    await testDispatcher(ctx).handleMessage(message);
    expect(replies).toEqual([expect.objectContaining({ content: GENERIC_ERROR })]);
    expect(ctx.log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('tells a flooding user once, then stays quiet until the window passes', async () => {
    const ctx = testContext();
    const dispatcher = testDispatcher(ctx, new RateLimiter(1));
    const replies: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const m = fakeMessage({ content: `<@${BOT_ID}> q${i}` });
      await dispatcher.handleMessage(m.message);
      replies.push(...m.replies);
    }
    expect(ctx.engine.asked).toHaveLength(1);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ content: expect.stringMatching(/^你提问太快了/) });
  });

  it('never throws when even the reply fails', async () => {
    const ctx = testContext();
    const { message } = fakeMessage({
      content: `<@${BOT_ID}> q`,
      failReply: new Error('Missing Permissions'),
    });
    await expect(testDispatcher(ctx).handleMessage(message)).resolves.toBeUndefined();
    expect(ctx.log.entries.map((e) => e.message)).toContain('无法回复消息');
  });

  it.each([
    [`<@${BOT_ID}> 公务接待费是多少`, '公务接待费是多少'],
    [`<@!${BOT_ID}>公务接待费  是多少 <@${BOT_ID}>`, '公务接待费 是多少'],
    [`问一下 <@${BOT_ID}> 三公`, '问一下 三公'],
    ['<@123456789012345678> 别人', '<@123456789012345678> 别人'],
  ])('stripMention(%j) → %j', (content, expected) => {
    expect(stripMention(content, BOT_ID)).toBe(expected);
  });
});

describe('acknowledge first when busy', () => {
  it('a command that waited over 1 s before its handler ran is deferred before any work', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({
      commandName: 'ask',
      options: { question: '公务接待费是多少' },
      createdTimestamp: Date.now() - 1500,
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(calls[0]?.payload).toEqual({});
    expect(JSON.stringify(calls[1]?.payload)).toContain('22,320.24 元');
  });

  it('a private answer (/help) is deferred privately', async () => {
    const { interaction, calls } = fakeChatInput({
      commandName: 'help',
      createdTimestamp: Date.now() - 1500,
    });
    await testDispatcher(testContext()).handleInteraction(interaction);
    expect(calls[0]).toEqual({ method: 'deferReply', payload: { flags: MessageFlags.Ephemeral } });
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
  });

  it(`with more than ${BUSY_IN_FLIGHT} interactions in flight, the next command is deferred first`, async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = command(async (i) => {
      await gate;
      await i.reply(renderNotice('好了'));
    });
    const quick = command(async (i) => send(i, renderNotice('马上')));
    const ctx = testContext();
    const dispatcher = createDispatcher({
      commands: new Map([
        ['t', slow],
        ['q', quick],
      ]),
      ctx,
    });
    // BUSY_IN_FLIGHT answers under way, none acknowledged yet (each saw no more than that many).
    const pending = Array.from({ length: BUSY_IN_FLIGHT }, () =>
      dispatcher.handleInteraction(fakeChatInput({ commandName: 't' }).interaction),
    );
    await new Promise((r) => setTimeout(r, 10));
    const next = fakeChatInput({ commandName: 'q' });
    const handled = dispatcher.handleInteraction(next.interaction);
    await new Promise((r) => setTimeout(r, 100));
    // Acknowledged at once; its answer waits until the others have had their first response.
    expect(next.calls.map((c) => c.method)).toEqual(['deferReply']);
    release();
    await Promise.all([...pending, handled]);
    expect(next.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const calm = fakeChatInput({ commandName: 'q' });
    await dispatcher.handleInteraction(calm.interaction);
    expect(calm.calls.map((c) => c.method)).toEqual(['reply']);
  });

  it('an interaction already past the deadline on arrival is skipped: no request Discord would refuse', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({
      commandName: 'ask',
      options: { question: '公务接待费是多少' },
      createdTimestamp: Date.now() - EXPIRED_ON_ARRIVAL_MS - 500,
    });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([]);
    expect(ctx.engine.asked).toEqual([]);
    expect(ctx.log.entries.map((e) => e.level)).toEqual(['warn']);
  });

  it('when Discord says the interaction is gone (10062), no error notice is attempted', async () => {
    const expired = Object.assign(new Error('Unknown interaction'), { code: 10062 });
    const { ctx, dispatcher } = dispatcherWith(command(async () => Promise.reject(expired)));
    const { interaction, calls } = fakeChatInput({ commandName: 't' });
    await dispatcher.handleInteraction(interaction);
    expect(calls).toEqual([]);
    expect(ctx.log.entries.map((e) => [e.level, e.message])).toEqual([
      ['warn', '交互已无法回应（Discord 10062）'],
    ]);
  });
});
