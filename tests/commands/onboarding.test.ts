/**
 * /tour and /quiz and their buttons through the real dispatcher, with a fake interaction. The tour
 * and quiz content come from the real engine over the bundled data (they are generated from it);
 * what is checked here is the plumbing: which method answers, the custom_ids, in place or private,
 * scores once per user and question, and every error path.
 */
import { ButtonStyle, MessageFlags, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import quiz, { ALREADY_ANSWERED, QUIZ_NEXT } from '../../commands/quiz.js';
import { onboardingOf } from '../../src/core/onboarding.js';
import { RateLimiter } from '../../src/discord/rate-limit.js';
import { SOURCES_FIELD, TOUR_NEXT, TOUR_PREVIOUS, safeText } from '../../src/discord/render.js';
import { testContext, testDispatcher } from '../helpers/context.js';
import { realEngine } from '../helpers/engine.js';
import { XICHENG_2020 } from '../helpers/fake-engine.js';
import { fakeButton, fakeChatInput } from '../helpers/fake-interaction.js';

const DS = XICHENG_2020.id;
const onboarding = onboardingOf(realEngine());
const OTHER_USER = '100000000000000002';

interface Sent {
  embeds?: APIEmbed[];
  content?: string;
  flags?: number;
  attachments?: unknown[];
  allowedMentions?: unknown;
  components?: { components: { custom_id: string; label: string; style: number }[] }[];
}

const buttons = (sent: Sent) => (sent.components ?? []).flatMap((r) => r.components);
const ctxWithOnboarding = () => testContext({ onboarding });

async function press(
  customId: string,
  ctx = ctxWithOnboarding(),
  extra: Parameters<typeof fakeButton>[0] = {},
) {
  const fake = fakeButton({ customId, ...extra });
  await testDispatcher(ctx).handleInteraction(fake.interaction);
  return { ...fake, ctx, sent: fake.calls.at(-1)?.payload as Sent };
}

describe('/tour', () => {
  it('replies with step 1 of 16 and only a 下一步 button pointing at step 2', async () => {
    const ctx = ctxWithOnboarding();
    const { interaction, calls } = fakeChatInput({ commandName: 'tour' });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    const sent = calls[0]?.payload as Sent;
    expect(sent.flags).toBeUndefined();
    expect(sent.allowedMentions).toEqual({ parse: [] });
    expect(sent.embeds?.[0]?.title).toMatch(/^导览 1\/16 · /);
    expect(sent.embeds?.[0]?.description).toContain('124,945,150.26 元');
    expect(buttons(sent)[0]).toMatchObject({
      custom_id: `tour:${DS}:1`,
      label: TOUR_NEXT,
      style: ButtonStyle.Primary,
    });
    expect(buttons(sent).map((b) => b.label)).not.toContain(TOUR_PREVIOUS);
  });

  it('starts at the chosen step, with both buttons', async () => {
    const ctx = ctxWithOnboarding();
    const { interaction, payloads } = fakeChatInput({ commandName: 'tour', options: { step: 5 } });
    await testDispatcher(ctx).handleInteraction(interaction);
    const sent = payloads('reply')[0] as Sent;
    expect(sent.embeds?.[0]?.title).toMatch(/^导览 5\/16 · 表四/);
    expect(
      buttons(sent)
        .slice(0, 2)
        .map((b) => [b.label, b.custom_id]),
    ).toEqual([
      [TOUR_PREVIOUS, `tour:${DS}:3`],
      [TOUR_NEXT, `tour:${DS}:5`],
    ]);
  });

  it('clamps a step beyond the end to the last step, which has only 上一步', async () => {
    const ctx = ctxWithOnboarding();
    const { interaction, payloads } = fakeChatInput({ commandName: 'tour', options: { step: 99 } });
    await testDispatcher(ctx).handleInteraction(interaction);
    const sent = payloads('reply')[0] as Sent;
    expect(sent.embeds?.[0]?.title).toMatch(/^导览 16\/16 · /);
    expect(buttons(sent).map((b) => b.label)).toContain(TOUR_PREVIOUS);
    expect(buttons(sent).map((b) => b.label)).not.toContain(TOUR_NEXT);
  });

  it('a 下一步 press updates the message in place to that step, its own sources cited, old attachments dropped', async () => {
    const { calls, sent } = await press(`tour:${DS}:1`);
    expect(calls.map((c) => c.method)).toEqual(['update']);
    expect(sent.flags).toBeUndefined();
    expect(sent.attachments).toEqual([]);
    expect(sent.embeds?.[0]?.title).toMatch(/^导览 2\/16 · 表一 部门收支总体情况表/);
    expect(sent.embeds?.[0]?.fields?.[0]?.name).toBe(SOURCES_FIELD);
    expect(sent.embeds?.[0]?.fields?.[0]?.value).toContain('表一 部门收支总体情况表');
    expect(
      buttons(sent)
        .slice(0, 2)
        .map((b) => b.custom_id),
    ).toEqual([`tour:${DS}:0`, `tour:${DS}:2`]);
  });

  it('is not rate limited while paging: a newcomer can click through every step', async () => {
    const ctx = ctxWithOnboarding();
    const dispatcher = testDispatcher(ctx, new RateLimiter(1));
    for (let i = 1; i < 16; i++) {
      const { interaction, calls } = fakeButton({ customId: `tour:${DS}:${i}` });
      await dispatcher.handleInteraction(interaction);
      expect(calls.map((c) => c.method)).toEqual(['update']);
    }
  });

  it.each([
    ['a malformed custom_id', `tour:${DS}:x`, '这个导览按钮已失效：请重新输入 /tour。'],
    ['a step number too long', `tour:${DS}:12345`, '这个导览按钮已失效：请重新输入 /tour。'],
    [
      'a dataset no longer loaded',
      'tour:bjsxcqrmzfbgs-2019:1',
      '这份预算现在没有加载，按钮已失效：请重新输入 /tour。',
    ],
  ])('refuses %s ephemerally, without touching the message', async (_what, customId, text) => {
    const { calls } = await press(customId);
    expect(calls).toEqual([
      { method: 'reply', payload: expect.objectContaining({ content: text, flags: MessageFlags.Ephemeral }) },
    ]);
  });

  it('says plainly when the engine offers no tour', async () => {
    const ctx = testContext();
    const { interaction, calls } = fakeChatInput({ commandName: 'tour' });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(calls).toEqual([
      {
        method: 'reply',
        payload: expect.objectContaining({
          content: '导览和练习题暂不可用：答题引擎没有提供它们。',
          flags: MessageFlags.Ephemeral,
        }),
      },
    ]);
    expect(ctx.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('/quiz', () => {
  /** An amount question: 表九 日常公用支出（在职人员）_公务用车运行维护费, 25,000.00 元 in the source. */
  const SEED = 6;
  const question = onboarding.quizQuestion(DS, SEED)!;
  const letter = (i: number) => 'ABCD'[i]!;
  const wrong = (question.correct + 1) % 4;

  async function ask(options: Record<string, number | string> = { number: SEED }, ctx = ctxWithOnboarding()) {
    const { interaction, calls } = fakeChatInput({ commandName: 'quiz', options });
    await testDispatcher(ctx).handleInteraction(interaction);
    return { calls, sent: calls.at(-1)?.payload as Sent };
  }

  it('posts the numbered question with its four options and one button per option', async () => {
    const { calls, sent } = await ask();
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(sent.flags).toBeUndefined();
    expect(sent.allowedMentions).toEqual({ parse: [] });
    expect(sent.embeds?.[0]?.title).toBe(`练习题 · 题号 ${SEED}`);
    const description = sent.embeds?.[0]?.description ?? '';
    question.options.forEach((o, i) => expect(description).toContain(`${letter(i)}. ${safeText(o)}`));
    expect(buttons(sent).map((b) => [b.label, b.custom_id])).toEqual(
      [0, 1, 2, 3].map((i) => [letter(i), `quiz:${DS}:${SEED}:${letter(i)}`]),
    );
  });

  it('draws a question number when none is given, and the buttons carry it', async () => {
    const { sent } = await ask({});
    const seed = /题号 (\d+)$/.exec(sent.embeds?.[0]?.title ?? '')?.[1];
    expect(seed).toBeDefined();
    expect(buttons(sent)[0]?.custom_id).toBe(`quiz:${DS}:${seed}:A`);
  });

  it('reveals a right answer privately, with the figure cited, the score, and a 下一题 button', async () => {
    const { calls, sent, ctx } = await press(`quiz:${DS}:${SEED}:${letter(question.correct)}`);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(sent.flags).toBe(MessageFlags.Ephemeral);
    const [embed] = sent.embeds ?? [];
    expect(embed?.title).toBe('✓ 答对了');
    expect(embed?.description).toContain('本轮得分：1/1');
    expect(embed?.description).toContain('25,000.00 元');
    expect(embed?.fields?.[0]).toEqual({
      name: SOURCES_FIELD,
      value: expect.stringContaining('表九 部门预算明细表：日常公用支出（在职人员）\\_公务用车运行维护费'),
    });
    expect(buttons(sent)).toEqual([
      expect.objectContaining({ label: QUIZ_NEXT, custom_id: `quiz:${DS}:${SEED + 1}:next` }),
    ]);
    expect(ctx.quizScores.get('100000000000000001')).toEqual({ right: 1, asked: 1 });
  });

  it('reveals a wrong answer with the right letter, and counts each user once per question', async () => {
    const ctx = ctxWithOnboarding();
    const first = await press(`quiz:${DS}:${SEED}:${letter(wrong)}`, ctx);
    expect(first.sent.embeds?.[0]?.title).toBe(
      `✗ 答错了：正确答案是 ${letter(question.correct)}. ${question.options[question.correct]}`,
    );
    expect(first.sent.embeds?.[0]?.description).toContain('本轮得分：0/1');

    const again = await press(`quiz:${DS}:${SEED}:${letter(question.correct)}`, ctx);
    expect(again.sent.embeds?.[0]?.description).toContain('本轮得分：0/1');
    expect(again.sent.embeds?.[0]?.description).toContain(ALREADY_ANSWERED);

    const other = await press(`quiz:${DS}:${SEED}:${letter(question.correct)}`, ctx, { userId: OTHER_USER });
    expect(other.sent.embeds?.[0]?.description).toContain('本轮得分：1/1');
    expect(ctx.quizScores.get(OTHER_USER)).toEqual({ right: 1, asked: 1 });
  });

  it('on a private message answers in place: the reveal, then 下一题 shows the next question', async () => {
    const ctx = ctxWithOnboarding();
    const reveal = await press(`quiz:${DS}:${SEED}:A`, ctx, { ephemeralMessage: true });
    expect(reveal.calls.map((c) => c.method)).toEqual(['update']);
    const next = await press(`quiz:${DS}:${SEED + 1}:next`, ctx, { ephemeralMessage: true });
    expect(next.calls.map((c) => c.method)).toEqual(['update']);
    expect(next.sent.embeds?.[0]?.title).toBe(`练习题 · 题号 ${SEED + 1}`);
    expect(buttons(next.sent).map((b) => b.custom_id)).toEqual(
      [0, 1, 2, 3].map((i) => `quiz:${DS}:${SEED + 1}:${letter(i)}`),
    );
  });

  it.each([
    ['an option that does not exist', `quiz:${DS}:${SEED}:E`, '这道练习题的按钮已失效：请重新输入 /quiz。'],
    ['a seed out of range', `quiz:${DS}:99999999999:A`, '这道练习题的按钮已失效：请重新输入 /quiz。'],
    ['a missing seed', `quiz:${DS}::A`, '这道练习题的按钮已失效：请重新输入 /quiz。'],
    [
      'a dataset no longer loaded',
      `quiz:bjsxcqrmzfbgs-2019:${SEED}:A`,
      '这份预算现在没有加载，按钮已失效：请重新输入 /quiz。',
    ],
  ])('refuses %s ephemerally and scores nothing', async (_what, customId, text) => {
    const { calls, ctx } = await press(customId);
    expect(calls).toEqual([
      { method: 'reply', payload: expect.objectContaining({ content: text, flags: MessageFlags.Ephemeral }) },
    ]);
    expect(ctx.quizScores.get('100000000000000001')).toEqual({ right: 0, asked: 0 });
  });

  it('refuses a dataset option that is not loaded', async () => {
    const { calls } = await ask({ dataset: 'nope-2019' });
    expect(calls).toEqual([
      {
        method: 'reply',
        payload: expect.objectContaining({
          flags: MessageFlags.Ephemeral,
          content: expect.stringMatching(/^没有找到所选的数据集/),
        }),
      },
    ]);
  });

  it('is one registered command with zh-CN names', () => {
    expect(quiz.data.toJSON()).toMatchObject({ name: 'quiz', name_localizations: { 'zh-CN': '练习' } });
  });
});
