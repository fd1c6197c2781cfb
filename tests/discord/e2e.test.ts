/**
 * End to end: the real bot (startBot → a real discord.js Client, the real answer engine over data/, the
 * real PNG renderer) against a Discord-compatible server on 127.0.0.1. Commands are registered over
 * REST, then slash commands, an autocomplete, button presses (a suggestion, the tour's 下一步 edited in
 * place, a quiz answer and 下一题), a deferred answer with a chart, a follow-up question, an @mention
 * and a DM travel the gateway, and the assertions are on what the bot sent back over the wire.
 * Every expected figure is the source document's (data/bjsxcqrmzfbgs-2020/source.txt).
 */
import { ButtonStyle, ComponentType, GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCharts, loadEngine } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { onboardingOf } from '../../src/core/onboarding.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { GENERIC_ERROR, UNKNOWN_COMMAND } from '../../src/discord/dispatch.js';
import { commands } from '../../src/discord/registry.js';
import { SOURCES_FIELD, TOUR_NEXT, TOUR_PREVIOUS } from '../../src/discord/render.js';
import { recordingLogger } from '../helpers/context.js';
import { THROWING_QUESTION, instrumented } from '../helpers/fake-engine.js';
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  FakeDiscord,
  GUILD_ID,
  type RecordedRequest,
} from '../helpers/fake-discord.js';

const DATASET_ID = 'bjsxcqrmzfbgs-2020';

/** What correct answers show, read off the source document. */
const EXPECT = {
  question: '公务接待费是多少',
  title: '公务接待费',
  /** 表七 2、公务接待费 2020年预算数; 表九 日常公用支出（在职人员）_公务接待费; 表六 50206/30217 */
  amount: '22,320.24 元',
  sources: [
    '表七 一般公共预算“三公”经费支出情况表',
    '表九 部门预算明细表',
    '表六 一般公共预算基本支出情况表',
  ],
  dataset: '北京市西城区人民政府办公室 · 2020年',
  autocompleteQuery: 'gwjdf',
  autocompleteName: '公务接待费',
  /** 表三: 206 科学技术支出 */
  breakdown: { dimension: 'functional', field: '科学技术支出', amount: '76,411,771.98 元' },
  /** 表七 2、公务接待费 2019年预算数 */
  followUp: {
    first: '公务接待费多少',
    then: '那去年呢？',
    meaning: '按上文：公务接待费，2019年',
    amount: '26,268.00 元',
  },
  /** 表一 收入总计 */
  tourStep2: { title: '导览 2/16 · 表一 部门收支总体情况表', amount: '124,945,150.26 元' },
  /** Question 6 asks the 表九 amount of 日常公用支出（在职人员）_公务用车运行维护费 */
  quiz: { number: 6, answer: '25,000.00 元', source: '表九 部门预算明细表' },
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface WireMessage {
  content?: string;
  flags?: number;
  allowed_mentions?: unknown;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
    image?: { url: string };
  }[];
  components?: {
    type: number;
    components: { type: number; custom_id: string; label: string; style: number }[];
  }[];
  attachments?: { id: number | string; filename: string }[];
  message_reference?: { message_id: string };
}
interface Callback {
  type: number;
  data?: WireMessage & { choices?: { name: string; value: string }[] };
}

let fake: FakeDiscord;
let bot: RunningBot;
const log = recordingLogger();
let engine: ReturnType<typeof instrumented>;

const config = () =>
  parseConfig({
    DISCORD_TOKEN: 'fake.bot-token_123',
    DISCORD_CLIENT_ID: APP_ID,
    DEV_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    ENABLE_MESSAGE_CONTENT: 'true',
    RATE_LIMIT_PER_MINUTE: '100',
  });

function callbackFor(id: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));
}

/** The answer as the user finally sees it: the reply itself, or the edit of a deferred reply. */
async function answerFor({ id, token }: { id: string; token: string }): Promise<WireMessage> {
  const { type, data } = (await callbackFor(id)).body as Callback;
  if (type === 4) return data ?? {};
  expect(type).toBe(5); // deferred: the answer arrives as an edit of @original
  const edit = await fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
  );
  return edit.body as WireMessage;
}

beforeAll(async () => {
  const real = await loadEngine(parseConfig({}));
  engine = instrumented(real);
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
  bot = await startBot({
    config: config(),
    engine,
    log,
    charts: loadCharts(),
    onboarding: onboardingOf(real),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('the bot against a Discord-compatible API', () => {
  it('registers every command to the dev guild, with zh-CN localizations', async () => {
    const result = await deployCommands({ config: config(), datasets: engine.datasets });
    expect(result.scope).toBe('guild');
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe('Bot fake.bot-token_123');
    const registered = put.body as {
      name: string;
      name_localizations: Record<string, string>;
      options?: unknown[];
    }[];
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
    expect(registered.find((c) => c.name === 'ask')?.name_localizations).toEqual({ 'zh-CN': '提问' });
    expect(registered.find((c) => c.name === 'item')?.options).toEqual([
      expect.objectContaining({ name: 'item', type: 3, required: true, autocomplete: true }),
    ]);
    expect(registered.find((c) => c.name === 'total')?.options).toEqual([
      expect.objectContaining({
        name: 'kind',
        choices: expect.arrayContaining([
          {
            name: '基本支出 · Basic expenditure',
            name_localizations: { 'zh-CN': '基本支出' },
            value: 'basic',
          },
        ]),
      }),
    ]);
    expect(registered.find((c) => c.name === 'tour')).toMatchObject({
      name_localizations: { 'zh-CN': '导览' },
      options: [expect.objectContaining({ name: 'step', type: 4, required: false })],
    });
    expect(registered.find((c) => c.name === 'quiz')).toMatchObject({
      name_localizations: { 'zh-CN': '练习' },
      options: [expect.objectContaining({ name: 'number', type: 4, required: false })],
    });
    expect(fake.commands.get(GUILD_ID)).toHaveLength(commands.length);
  });

  it('found the gateway through REST and identified with JSON, no compression, and the free-text intents', async () => {
    const gatewayBot = await fake.waitForRequest((r) => r.path === '/gateway/bot');
    expect(gatewayBot.headers.authorization).toBe('Bot fake.bot-token_123');
    const [connection] = await fake.waitForIdentified(1);
    expect(Object.fromEntries(connection?.query ?? [])).toEqual({ v: '10', encoding: 'json' });
    expect(connection?.identify).toMatchObject({
      token: 'fake.bot-token_123',
      compress: false,
      shard: [0, 1],
    });
    expect(connection?.identify?.intents).toBe(
      GatewayIntentBits.Guilds |
        GatewayIntentBits.GuildMessages |
        GatewayIntentBits.MessageContent |
        GatewayIntentBits.DirectMessages,
    );
    expect(bot.client.user.id).toBe(BOT_USER.id);
    expect(bot.client.guilds.cache.has(GUILD_ID)).toBe(true);
  });

  it('keeps the connection alive: heartbeats are acknowledged, so the bot never reconnects', async () => {
    const connection = await fake.waitForHeartbeat(2);
    expect(connection.heartbeats).toBeGreaterThanOrEqual(2);
    expect(fake.connections).toHaveLength(1);
  });

  it('answers /ask with one embed: the figure, its sources and the dataset, follow-up buttons, no mentions', async () => {
    const data = await answerFor(fake.sendCommand('ask', { question: EXPECT.question }));
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds).toHaveLength(1);
    const [embed] = data.embeds ?? [];
    expect(embed?.title).toContain(EXPECT.title);
    expect(embed?.description).toContain(EXPECT.amount);
    expect(embed?.fields?.[0]?.name).toBe(SOURCES_FIELD);
    for (const source of EXPECT.sources) expect(embed?.fields?.[0]?.value).toContain(source);
    expect(embed?.footer?.text).toBe(EXPECT.dataset);
    const buttons = data.components?.[0]?.components ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons[0]).toMatchObject({ type: ComponentType.Button, style: ButtonStyle.Secondary });
    expect(buttons[0]?.custom_id).toMatch(/^ask:/);
  });

  it('answers a follow-up button press with a new answer', async () => {
    const first = await answerFor(fake.sendCommand('ask', { question: EXPECT.question }));
    const suggestion = first.components?.[0]?.components[0];
    const data = await answerFor(fake.sendButton(suggestion?.custom_id ?? ''));
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds).toHaveLength(1);
    expect(engine.asked.at(-1)?.question).toBe(suggestion?.label);
  });

  it('answers autocomplete with at most 25 choices of at most 100 characters', async () => {
    const { id } = fake.sendAutocomplete('item', 'item', EXPECT.autocompleteQuery);
    const { type, data } = (await callbackFor(id)).body as Callback;
    expect(type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    expect(data?.choices?.length).toBeGreaterThan(0);
    expect(data?.choices?.length).toBeLessThanOrEqual(25);
    expect(data?.choices?.[0]?.name).toContain(EXPECT.autocompleteName);
    for (const c of data?.choices ?? []) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('defers /breakdown, then edits in the answer with the chart as a multipart attachment', async () => {
    const { id, token } = fake.sendCommand('breakdown', { dimension: EXPECT.breakdown.dimension });
    const deferred = await callbackFor(id);
    expect(deferred.body).toEqual({ type: 5, data: { flags: 0 } }); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`,
    );
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data/);
    const data = edit.body as WireMessage;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    // payload_json names attachment 0; its bytes and file name travel in the part "files[0]".
    expect(data.attachments).toEqual([{ id: '0' }]);
    expect(data.embeds?.[0]?.image?.url).toBe('attachment://chart.png');
    expect(data.embeds?.[0]?.description).toMatch(
      new RegExp(`${EXPECT.breakdown.field}：${EXPECT.breakdown.amount.replace('.', '\\.')}`),
    );
    expect(edit.files).toHaveLength(1);
    expect(edit.files[0]).toMatchObject({ field: 'files[0]', filename: 'chart.png' });
    expect(edit.files[0]?.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('understands a follow-up: /ask 那去年呢？ after /ask 公务接待费多少 answers for 2019 and says how it read it', async () => {
    const first = await answerFor(fake.sendCommand('ask', { question: EXPECT.followUp.first }));
    expect(first.embeds?.[0]?.description).toContain(EXPECT.amount);
    const data = await answerFor(fake.sendCommand('ask', { question: EXPECT.followUp.then }));
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const description = data.embeds?.[0]?.description ?? '';
    expect(description.split('\n')[0]).toBe(`*${EXPECT.followUp.meaning}*`);
    expect(description).toContain(`2019年公务接待费：${EXPECT.followUp.amount}`);
    expect(engine.asked.at(-1)?.options?.previous).toMatchObject({ name: '公务接待费' });
  });

  it('/tour, then 下一步: step 2 arrives as an update of the same message, with its figure and both controls', async () => {
    const first = await answerFor(fake.sendCommand('tour'));
    expect(first.embeds?.[0]?.title).toMatch(/^导览 1\/16 · /);
    const next = first.components?.flatMap((r) => r.components).find((b) => b.label === TOUR_NEXT);
    expect(next?.custom_id).toBe(`tour:${DATASET_ID}:1`);

    const { type, data } = (await callbackFor(fake.sendButton(next?.custom_id ?? '').id)).body as Callback;
    expect(type).toBe(7); // UPDATE_MESSAGE
    expect(data?.allowed_mentions).toEqual({ parse: [] });
    expect(data?.embeds?.[0]?.title).toBe(EXPECT.tourStep2.title);
    expect(data?.embeds?.[0]?.description).toContain(EXPECT.tourStep2.amount);
    expect(data?.embeds?.[0]?.fields?.[0]).toMatchObject({
      name: SOURCES_FIELD,
      value: expect.stringContaining('表一 部门收支总体情况表'),
    });
    expect(data?.components?.[0]?.components.map((b) => [b.label, b.custom_id])).toEqual([
      [TOUR_PREVIOUS, `tour:${DATASET_ID}:0`],
      [TOUR_NEXT, `tour:${DATASET_ID}:2`],
    ]);
  });

  it('/quiz: the option pressed is revealed privately with the figure and its source; 下一题 continues in place', async () => {
    const question = await answerFor(fake.sendCommand('quiz', { number: EXPECT.quiz.number }));
    expect(question.embeds?.[0]?.title).toBe(`练习题 · 题号 ${EXPECT.quiz.number}`);
    const line = question.embeds?.[0]?.description
      ?.split('\n')
      .find((l) => l.endsWith(`. ${EXPECT.quiz.answer}`));
    const letter = line?.slice(0, 1);
    const option = question.components?.flatMap((r) => r.components).find((b) => b.label === letter);
    expect(option?.custom_id).toBe(`quiz:${DATASET_ID}:${EXPECT.quiz.number}:${letter}`);

    const reveal = (await callbackFor(fake.sendButton(option?.custom_id ?? '').id)).body as Callback;
    expect(reveal.type).toBe(4);
    expect(reveal.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(reveal.data?.allowed_mentions).toEqual({ parse: [] });
    const [embed] = reveal.data?.embeds ?? [];
    expect(embed?.title).toBe('✓ 答对了');
    expect(embed?.description).toContain(EXPECT.quiz.answer);
    expect(embed?.description).toContain('本轮得分：1/1');
    expect(embed?.fields?.[0]?.value).toContain(EXPECT.quiz.source);
    const nextQuestion = reveal.data?.components?.[0]?.components[0];
    expect(nextQuestion?.custom_id).toBe(`quiz:${DATASET_ID}:${EXPECT.quiz.number + 1}:next`);

    // The reveal is the presser's own ephemeral message: 下一题 replaces it in place.
    const { id } = fake.sendButton(nextQuestion?.custom_id ?? '', { flags: MessageFlags.Ephemeral });
    const next = (await callbackFor(id)).body as Callback;
    expect(next.type).toBe(7);
    expect(next.data?.embeds?.[0]?.title).toBe(`练习题 · 题号 ${EXPECT.quiz.number + 1}`);
    expect(next.data?.components?.[0]?.components.map((b) => b.label)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('answers an @mention in the channel as a reply, mention stripped, nobody pinged', async () => {
    const { id: messageId } = fake.sendMessage(`<@${BOT_USER.id}> ${EXPECT.question}`, {
      mentions: [BOT_USER],
    });
    const sent = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
    );
    const data = sent.body as WireMessage;
    expect(engine.asked.at(-1)?.question).toBe(EXPECT.question);
    expect(data.message_reference).toMatchObject({ message_id: messageId });
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds?.[0]?.description).toContain(EXPECT.amount);
  });

  it('answers a direct message without a mention', async () => {
    fake.sendMessage('三公经费是多少', { dm: true });
    const sent = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL_ID}/messages`,
    );
    expect((sent.body as WireMessage).allowed_mentions).toEqual({ parse: [] });
    expect(engine.asked.at(-1)?.question).toBe('三公经费是多少');
  });

  it('answers an unknown command and a crashing handler ephemerally, never leaking the error', async () => {
    const unknown = (await callbackFor(fake.sendCommand('retired').id)).body as Callback;
    expect(unknown.data).toMatchObject({
      content: UNKNOWN_COMMAND,
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    });
    const crash = (await callbackFor(fake.sendCommand('ask', { question: THROWING_QUESTION }).id))
      .body as Callback;
    expect(crash.data).toMatchObject({ content: GENERIC_ERROR, flags: MessageFlags.Ephemeral });
  });

  it('answered every interaction exactly once, asked for nothing unknown, and logged no unexpected error', () => {
    const callbacks = fake.requests.filter((r) => r.path.startsWith('/interactions/')).map((r) => r.path);
    expect(callbacks.length).toBeGreaterThanOrEqual(13);
    expect(new Set(callbacks).size).toBe(callbacks.length);
    expect(fake.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    // The server is strict: nothing the bot sent broke a Discord limit, a deadline or the one-response rule.
    expect(
      fake.violations.map((v) => `${v.request.method} ${v.request.path} ${JSON.stringify(v.error)}`),
    ).toEqual([]);
    // The only error logged is the deliberate crash.
    expect(log.entries.filter((e) => e.level === 'error').map((e) => e.context?.command)).toEqual(['ask']);
  });
});
