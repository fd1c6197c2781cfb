/**
 * The fake Discord server refuses what Discord refuses, with Discord's status and error code, so that
 * the e2e and fault tests fail where Discord would. Driven here with plain HTTP requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, FIRST_RESPONSE_MS, TOKEN_LIFETIME_MS } from '../helpers/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${fake.apiUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const callback = (i: { id: string; token: string }, body: unknown) =>
  call('POST', `/interactions/${i.id}/${i.token}/callback`, body);
const reply = (content: string) => ({ type: 4, data: { content } });

describe('strict fake Discord: interaction responses', () => {
  it('accepts one first response, and answers a second with 40060', async () => {
    const i = fake.openInteraction();
    expect((await callback(i, reply('一'))).status).toBe(204);
    const second = await callback(i, reply('二'));
    expect(second).toMatchObject({
      status: 400,
      body: { code: 40060, message: 'Interaction has already been acknowledged.' },
    });
  });

  it('answers a first response later than 3 s with 10062 Unknown interaction', async () => {
    const i = fake.openInteraction();
    fake.advanceClock(FIRST_RESPONSE_MS + 1);
    try {
      expect(await callback(i, { type: 5 })).toMatchObject({
        status: 404,
        body: { code: 10062, message: 'Unknown interaction' },
      });
    } finally {
      fake.advanceClock(-(FIRST_RESPONSE_MS + 1));
    }
  });

  it('takes edits and follow-ups for 15 minutes after the interaction, then 50027; none before acknowledgement', async () => {
    const i = fake.openInteraction();
    const edit = () =>
      call('PATCH', `/webhooks/${APP_ID}/${i.token}/messages/@original`, { content: '答案' });
    expect((await edit()).body).toMatchObject({ code: 10015 });
    expect((await callback(i, { type: 5 })).status).toBe(204);
    expect((await edit()).status).toBe(200);
    fake.advanceClock(TOKEN_LIFETIME_MS + 1);
    try {
      expect(await edit()).toMatchObject({ status: 401, body: { code: 50027 } });
      const followUp = await call('POST', `/webhooks/${APP_ID}/${i.token}`, { content: '补充' });
      expect(followUp.body).toMatchObject({ code: 50027, message: 'Invalid Webhook Token' });
    } finally {
      fake.advanceClock(-(TOKEN_LIFETIME_MS + 1));
    }
  });

  it.each([
    ['content over 2,000', { content: 'x'.repeat(2001) }, 'content: 2001 > 2000'],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, 'embeds: 11 > 10'],
    ['a title over 256', { embeds: [{ title: 't'.repeat(257) }] }, 'embeds[0].title: 257 > 256'],
    [
      'a description over 4,096',
      { embeds: [{ description: 'd'.repeat(4097) }] },
      'embeds[0].description: 4097 > 4096',
    ],
    [
      'embeds over 6,000 in total',
      { embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] },
      'embeds: 6001 characters in total > 6000',
    ],
    [
      '26 fields',
      { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      'embeds[0].fields: 26 > 25',
    ],
    [
      'a field value over 1,024',
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] },
      'embeds[0].fields[0].value: length 1025',
    ],
    [
      'a field name over 256',
      { embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] },
      'embeds[0].fields[0].name: length 257',
    ],
    [
      'a footer over 2,048',
      { embeds: [{ footer: { text: 'f'.repeat(2049) } }] },
      'embeds[0].footer.text: 2049 > 2048',
    ],
    [
      '6 rows',
      {
        components: Array.from({ length: 6 }, (_, r) => ({
          type: 1,
          components: [{ type: 2, style: 2, label: 'b', custom_id: `r${r}` }],
        })),
      },
      'components: 6 rows > 5',
    ],
    [
      '6 buttons in a row',
      {
        components: [
          {
            type: 1,
            components: Array.from({ length: 6 }, (_, b) => ({
              type: 2,
              style: 2,
              label: 'b',
              custom_id: `b${b}`,
            })),
          },
        ],
      },
      'components[0]: 6 components (1–5)',
    ],
    [
      'a custom_id over 100',
      {
        components: [
          { type: 1, components: [{ type: 2, style: 2, label: 'b', custom_id: 'c'.repeat(101) }] },
        ],
      },
      'components[0].components[0].custom_id: length 101 (1–100)',
    ],
    [
      'a duplicate custom_id',
      {
        components: [
          { type: 1, components: [1, 2].map(() => ({ type: 2, style: 2, label: 'b', custom_id: 'same' })) },
        ],
      },
      'components[0].components[1].custom_id: duplicate "same"',
    ],
    [
      'a label over 80',
      {
        components: [{ type: 1, components: [{ type: 2, style: 2, label: 'l'.repeat(81), custom_id: 'x' }] }],
      },
      'components[0].components[0].label: 81 > 80',
    ],
    ['an empty message', { content: '' }, 'Cannot send an empty message'],
  ])('refuses %s with 400 / 50035', async (_what, data, problem) => {
    const res = await callback(fake.openInteraction(), { type: 4, data });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    expect(res.body.errors).toContain(problem);
  });

  it('refuses more than 25 autocomplete choices and choice names or values over 100', async () => {
    const choices = Array.from({ length: 26 }, (_, n) => ({ name: `c${n}`, value: `v${n}` }));
    expect((await callback(fake.openInteraction(), { type: 8, data: { choices } })).body.errors).toEqual([
      'choices: 26 > 25',
    ]);
    const long = [{ name: 'n'.repeat(101), value: 'v'.repeat(101) }];
    expect(
      (await callback(fake.openInteraction(), { type: 8, data: { choices: long } })).body.errors,
    ).toEqual(['choices[0].name: length 101', 'choices[0].value: 101 > 100']);
    expect(
      (await callback(fake.openInteraction(), { type: 8, data: { choices: choices.slice(0, 25) } })).status,
    ).toBe(204);
  });
});

describe('strict fake Discord: command registration', () => {
  const put = (body: unknown) => call('PUT', `/applications/${APP_ID}/commands`, body);
  const cmd = (extra: Record<string, unknown> = {}) => ({
    name: 'ask',
    description: '提问',
    type: 1,
    ...extra,
  });

  it('accepts a valid command list', async () => {
    expect((await put([cmd({ name_localizations: { 'zh-CN': '提问' } })])).status).toBe(200);
  });

  it.each([
    ['an upper-case name', [cmd({ name: 'Ask' })], '[0].name: "Ask" is not a valid name'],
    ['a name over 32', [cmd({ name: 'a'.repeat(33) })], `[0].name: "${'a'.repeat(33)}" is not a valid name`],
    ['an empty description', [cmd({ description: '' })], '[0].description: length 0 (1–100)'],
    [
      'a description over 100',
      [cmd({ description: 'd'.repeat(101) })],
      '[0].description: length 101 (1–100)',
    ],
    [
      '26 options',
      [
        cmd({
          options: Array.from({ length: 26 }, (_, n) => ({ type: 3, name: `o${n}`, description: 'd' })),
        }),
      ],
      '[0].options: 26 > 25',
    ],
    [
      'a required option after an optional one',
      [
        cmd({
          options: [
            { type: 3, name: 'a', description: 'd' },
            { type: 3, name: 'b', description: 'd', required: true },
          ],
        }),
      ],
      '[0].options[1]: required options must be placed before optional options',
    ],
    [
      'a choice value over 100',
      [
        cmd({
          options: [
            { type: 3, name: 'a', description: 'd', choices: [{ name: 'n', value: 'v'.repeat(101) }] },
          ],
        }),
      ],
      '[0].options[0].choices[0].value: 101 > 100',
    ],
    ['duplicate command names', [cmd(), cmd()], '[1].name: duplicate ask'],
  ])('refuses %s', async (_what, body, problem) => {
    const res = await put(body);
    expect(res).toMatchObject({ status: 400, body: { code: 50035 } });
    expect(res.body.errors).toContain(problem);
  });
});

describe('strict fake Discord: rate limits on request', () => {
  it('answers the chosen request 429 with retry_after and the rate-limit headers', async () => {
    fake.injectFault((r) => r.path === '/gateway/bot', { kind: 'rate-limit', retryAfterS: 1.5 });
    const limited = await call('GET', '/gateway/bot');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ message: 'You are being rate limited.', retry_after: 1.5, global: false });
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset-after')).toBe('1.5');
    expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
    expect((await call('GET', '/gateway/bot')).status).toBe(200);
  });
});
