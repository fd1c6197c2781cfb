/**
 * Follow-up context on Discord: every surface (slash /ask, suggestion buttons, @mentions and DMs) asks
 * through the per-user, per-channel conversation, and a reply shows what the question was taken to mean.
 */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP, ITEM_RECEPTION } from '../helpers/fake-engine.js';
import { testContext, testDispatcher, type TestContext } from '../helpers/context.js';
import { fakeButton, fakeChatInput, fakeMessage } from '../helpers/fake-interaction.js';

const ALICE = '100000000000000001';
const BOB = '100000000000000002';
const CHANNEL = '200000000000000001';
const THREAD = '200000000000000002';
const DM = '200000000000000003';

interface Sent {
  embeds?: APIEmbed[];
}

async function slash(ctx: TestContext, question: string, userId = ALICE, channelId = CHANNEL) {
  const { interaction, calls } = fakeChatInput({
    commandName: 'ask',
    options: { question },
    userId,
    channelId,
  });
  await testDispatcher(ctx).handleInteraction(interaction);
  return (calls.at(-1)?.payload as Sent).embeds?.[0];
}

describe('follow-up questions on Discord', () => {
  it('/ask "那去年呢？" after /ask 公务接待费 carries the subject and shows how it was understood, in italics', async () => {
    const ctx = testContext();
    await slash(ctx, '公务接待费是多少');
    const embed = await slash(ctx, FOLLOW_UP);
    expect(ctx.engine.asked[1]?.options?.previous).toMatchObject({ id: ITEM_RECEPTION, name: '公务接待费' });
    expect(embed?.description?.split('\n')).toEqual([
      '*按上文：公务接待费，2019年*',
      '2019年公务接待费：26,268.00 元（2.63 万元）',
    ]);
  });

  it.each([
    ['another user in the same channel', BOB, CHANNEL],
    ['the same user in another channel or thread', ALICE, THREAD],
  ])('never carries the subject to %s', async (_who, userId, channelId) => {
    const ctx = testContext();
    await slash(ctx, '公务接待费是多少');
    const embed = await slash(ctx, FOLLOW_UP, userId, channelId);
    expect(ctx.engine.asked[1]?.options).toEqual({});
    expect(embed?.title).toBe('没有找到');
  });

  it('a suggestion button asks in the same conversation', async () => {
    const ctx = testContext();
    await slash(ctx, '公务接待费是多少');
    const { interaction, payloads } = fakeButton({ customId: `ask:q:${FOLLOW_UP}` });
    await testDispatcher(ctx).handleInteraction(interaction);
    expect(ctx.engine.asked[1]?.options?.previous?.id).toBe(ITEM_RECEPTION);
    expect((payloads('reply')[0] as Sent).embeds?.[0]?.description).toMatch(/^\*按上文：/);
  });

  it('messages: an @mention follow-up leans on the @mention before it; a DM is a channel of its own', async () => {
    const ctx = testContext({ env: { ENABLE_MESSAGE_CONTENT: 'true' } });
    const dispatcher = testDispatcher(ctx);
    await dispatcher.handleMessage(
      fakeMessage({ content: '<@900000000000000009> 公务接待费是多少' }).message,
    );
    const followUp = fakeMessage({ content: `<@900000000000000009> ${FOLLOW_UP}` });
    await dispatcher.handleMessage(followUp.message);
    expect((followUp.replies[0] as Sent).embeds?.[0]?.description).toMatch(
      /^\*按上文：公务接待费，2019年\*\n/,
    );

    const dm = fakeMessage({ content: FOLLOW_UP, guildId: null, channelId: DM });
    await dispatcher.handleMessage(dm.message);
    expect((dm.replies[0] as Sent).embeds?.[0]?.title).toBe('没有找到');
    expect(ctx.engine.asked.map((a) => a.options?.previous?.id)).toEqual([
      undefined,
      ITEM_RECEPTION,
      undefined,
    ]);
  });
});
