/**
 * `npm run loadtest`: the real bot (a child process: src/bench/loadtest-bot.ts, run compiled as npm start runs it) driven through the fake
 * Discord server on 127.0.0.1 only. Two phases:
 *   paced — 50 users asking at a steady rate (default 500 interactions at 25/s);
 *   burst — 1,250 interactions from 50 users within about one second, a third of them chart answers.
 * For each phase: first-response p50/p95/max (interaction sent → its first callback the server
 * accepted), late (> 3 s) and unanswered counts (the strict server refuses a first response after 3 s,
 * so a late one shows as unanswered), interactions answered more than once, deferred answers never
 * completed, charts left out; the bot's event-loop delay (max, p99) and peak RSS; after the burst, RSS
 * once the bot has been idle for `--settle` seconds.
 *
 *   npm run loadtest [-- --paced 500 --rate 25 --burst 1250 --users 50 --settle 60]
 *
 * Every loop here is bounded (counts and deadlines); nothing leaves 127.0.0.1.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FakeDiscord, fakeUser, type RecordedRequest } from '../tests/helpers/fake-discord.js';

const { values: flags } = parseArgs({
  options: {
    paced: { type: 'string', default: '500' },
    rate: { type: 'string', default: '25' },
    burst: { type: 'string', default: '1250' },
    users: { type: 'string', default: '50' },
    settle: { type: 'string', default: '60' },
    'answer-timeout': { type: 'string', default: '90' },
  },
});
const int = (s: string | undefined, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.parseInt(s ?? '', 10) || min));
const PACED = int(flags.paced, 0, 20_000);
const RATE = int(flags.rate, 1, 500);
const BURST = int(flags.burst, 0, 20_000);
const USERS = int(flags.users, 1, 1000);
const SETTLE_S = int(flags.settle, 0, 600);
const ANSWER_TIMEOUT_S = int(flags['answer-timeout'], 5, 600);
const LATE_MS = 3000;

/** Questions without a chart (staff questions, /ask and /item and /total). */
const PLAIN: [string, Record<string, string | number>][] = [
  ['ask', { question: '公务接待费是多少' }],
  ['ask', { question: '三公经费比去年增加了多少' }],
  ['ask', { question: '因公出国（境）费用' }],
  ['ask', { question: 'gwjdf' }],
  ['ask', { question: '公务用车运行维护费多少' }],
  ['ask', { question: '表六加起来对吗' }],
  ['ask', { question: '今天天气怎么样' }],
  ['item', { item: '公务接待费' }],
  ['total', { kind: 'basic' }],
  ['help', {}],
];
/** Chart answers. */
const CHARTS: [string, Record<string, string | number>][] = [
  ['breakdown', { dimension: 'functional' }],
  ['breakdown', { dimension: 'economic' }],
  ['sangong', {}],
  ['top', { n: 10 }],
  ['yoy', { subject: '三公经费' }],
];

interface Sent {
  id: string;
  token: string;
  at: number;
  chart: boolean;
}

interface Stats {
  rss: number;
  delayMaxMs: number;
  delayP99Ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const fake = await FakeDiscord.start();
const firstResponse = new Map<string, number>();
const callbacks = new Map<string, number>();
const edits = new Set<string>();
/** Interactions whose first response was a deferral (type 5): their answer comes as an edit. */
const deferred = new Set<string>();
/** Ephemeral follow-ups (an error or a shutdown notice after a deferral) by token. */
const followUps = new Set<string>();
const editsWithImage = new Set<string>();
fake.on('request', (r: RecordedRequest) => {
  const cb = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
  if (cb?.[1] && r.method === 'POST' && r.status < 300) {
    callbacks.set(cb[1], (callbacks.get(cb[1]) ?? 0) + 1);
    if (!firstResponse.has(cb[1])) firstResponse.set(cb[1], performance.now());
    if ((r.body as { type?: number } | undefined)?.type === 5) deferred.add(cb[1]);
  }
  const followUp = /^\/webhooks\/\d+\/([^/]+)$/.exec(r.path);
  if (followUp?.[1] && r.method === 'POST' && r.status < 300) followUps.add(followUp[1]);
  const edit = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path);
  if (edit?.[1] && r.method === 'PATCH' && r.status < 300) {
    edits.add(edit[1]);
    const body = r.body as { embeds?: { image?: unknown }[] } | undefined;
    if (body?.embeds?.[0]?.image) editsWithImage.add(edit[1]);
  }
});

/** This process (the fake server) can be the bottleneck on a small machine: its delay is shown too. */
const serverDelay = monitorEventLoopDelay({ resolution: 10 });
serverDelay.enable();

const stats: Stats[] = [];
let statsFrom: number;
// The bot runs as `npm start` runs it: compiled JavaScript (built first when the sources changed).
spawnSync(process.execPath, [fileURLToPath(new URL('./run.mjs', import.meta.url)), '--build'], {
  stdio: 'inherit',
});
const bot: ChildProcess = fork(
  fileURLToPath(new URL('../dist/src/bench/loadtest-bot.js', import.meta.url)),
  [],
  {
    execArgv: [],
    env: {
      ...process.env,
      DISCORD_TOKEN: 'loadtest.bot-token_123',
      DISCORD_API_URL: fake.apiUrl,
      RATE_LIMIT_PER_MINUTE: '0',
      ENABLE_MESSAGE_CONTENT: 'false',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error',
      DISCORD_SHARDS: '',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  },
);
bot.on('message', (m: { type: string } & Stats) => {
  if (m.type === 'stats') stats.push({ rss: m.rss, delayMaxMs: m.delayMaxMs, delayP99Ms: m.delayP99Ms });
});
const ready = new Promise<void>((resolve, reject) => {
  bot.on('message', (m: { type: string }) => m.type === 'ready' && resolve());
  bot.once('exit', (code) => reject(new Error(`bot exited during start-up (${code})`)));
});
await Promise.race([ready, sleep(60_000).then(() => Promise.reject(new Error('bot not ready in 60 s')))]);

let counter = 0;
function sendOne(user: number, chart: boolean): Sent {
  const list = chart ? CHARTS : PLAIN;
  const [name, options] = list[counter++ % list.length] ?? ['help', {}];
  const { id, token } = fake.sendCommand(name, options, undefined, fakeUser(user));
  return { id, token, at: performance.now(), chart };
}

async function waitAnswered(sent: Sent[]): Promise<void> {
  const deadline = Date.now() + ANSWER_TIMEOUT_S * 1000;
  const done = () => sent.every((s) => firstResponse.has(s.id));
  while (!done() && Date.now() < deadline) await sleep(100);
  // Deferred answers still being edited in: give them until the same deadline.
  const deferredDone = () => sent.every((s) => !deferred.has(s.id) || completed(s));
  while (!deferredDone() && Date.now() < deadline) await sleep(100);
}

function completed(s: Sent): boolean {
  return edits.has(s.token) || followUps.has(s.token);
}

function summarise(name: string, sent: Sent[], from: number, to: number): void {
  const times = sent
    .map((s) => {
      const t = firstResponse.get(s.id);
      return t === undefined ? undefined : t - s.at;
    })
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
  const late = times.filter((t) => t > LATE_MS).length;
  const unanswered = sent.length - times.length;
  const twice = sent.filter((s) => (callbacks.get(s.id) ?? 0) > 1).length;
  const charts = sent.filter((s) => s.chart);
  const deferrals = sent.filter((s) => deferred.has(s.id));
  const incomplete = deferrals.filter((s) => !completed(s)).length;
  const chartsLeftOut = charts.filter((s) => edits.has(s.token) && !editsWithImage.has(s.token)).length;
  const window = stats.slice(from, to);
  const delayMax = Math.max(0, ...window.map((s) => s.delayMaxMs));
  const delayP99 = Math.max(0, ...window.map((s) => s.delayP99Ms));
  const rss = Math.max(0, ...window.map((s) => s.rss));
  const ids = new Set(sent.map((s) => s.id));
  const refusedLate = fake.violations.filter(
    (v) => v.error.code === 10062 && ids.has(/^\/interactions\/(\d+)\//.exec(v.request.path)?.[1] ?? ''),
  ).length;
  console.log(`\n== ${name}: ${sent.length} interactions from ${USERS} users, ${charts.length} with charts`);
  console.log(
    `first response p50 ${percentile(times, 50).toFixed(0)} ms · p95 ${percentile(times, 95).toFixed(0)} ms · max ${(times.at(-1) ?? NaN).toFixed(0)} ms`,
  );
  console.log(
    `late (> 3 s) ${late} · unanswered ${unanswered} · answered more than once ${twice} · deferred ${deferrals.length}, never completed ${incomplete} · charts left out ${chartsLeftOut}`,
  );
  console.log(
    `event-loop delay max ${delayMax.toFixed(0)} ms (worst 200 ms window p99 ${delayP99.toFixed(0)} ms) · peak RSS ${mb(rss)}`,
  );
  console.log(
    `of the unanswered: refused by the server as late (10062) ${refusedLate}, never sent by the bot ${unanswered - refusedLate} · fake server's own event-loop delay max ${(serverDelay.max / 1e6).toFixed(0)} ms`,
  );
  serverDelay.reset();
}

try {
  // Warm-up: one of each, not counted.
  const warm = [...PLAIN, ...CHARTS].map((_, i) => sendOne(i % USERS, i >= PLAIN.length));
  await waitAnswered(warm);

  statsFrom = stats.length;
  const paced: Sent[] = [];
  const started = performance.now();
  for (let i = 0; i < PACED; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    paced.push(sendOne(i % USERS, i % 3 === 2));
  }
  await waitAnswered(paced);
  summarise(`paced (${RATE}/s)`, paced, statsFrom, stats.length);

  await sleep(2000);
  statsFrom = stats.length;
  const burst: Sent[] = [];
  const burstStart = performance.now();
  // 1,250 in ~1 s: batches of 25 every 20 ms.
  for (let i = 0; i < BURST; i++) {
    if (i > 0 && i % 25 === 0) await sleep(20);
    burst.push(sendOne(i % USERS, i % 3 === 2));
  }
  const sentIn = performance.now() - burstStart;
  await waitAnswered(burst);
  const burstEnd = stats.length;
  summarise(`burst (sent in ${(sentIn / 1000).toFixed(2)} s)`, burst, statsFrom, burstEnd);

  if (SETTLE_S > 0) {
    const settleDeadline = Date.now() + SETTLE_S * 1000;
    let under250At: number | undefined;
    const settleStart = Date.now();
    while (Date.now() < settleDeadline) {
      await sleep(1000);
      const rss = stats.at(-1)?.rss ?? 0;
      if (rss < 250 * 1024 * 1024 && under250At === undefined) under250At = Date.now() - settleStart;
      if (under250At !== undefined) break;
    }
    const rss = stats.at(-1)?.rss ?? 0;
    console.log(
      `after the burst: RSS ${mb(rss)}${under250At === undefined ? ` (still ≥ 250 MB after ${SETTLE_S} s)` : ` (under 250 MB ${(under250At / 1000).toFixed(0)} s after all answers)`}`,
    );
  }
} finally {
  bot.kill('SIGTERM');
  await Promise.race([once(bot, 'exit'), sleep(15_000)]);
  if (bot.exitCode === null && bot.signalCode === null) bot.kill('SIGKILL');
  await fake.close();
}
