/**
 * The bot process of `npm run loadtest`: the real bot (real engine over data/, real chart renderer)
 * started from the environment the loadtest gives it, reporting its event-loop delay and RSS to the
 * parent over IPC every 200 ms. Not run by hand.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadEngine } from '../app.js';
import { loadConfigOrExit } from '../config.js';
import { onboardingOf } from '../core/onboarding.js';
import * as bot from '../discord/bot.js';
import { startChartQueue } from '../discord/charts.js';
import { createLogger } from '../log.js';

const send = (message: unknown) => process.send?.(message);
const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL);
const engine = await loadEngine(config);
const running = await bot.startBot({
  config,
  engine,
  log,
  chartQueue: await startChartQueue(config, log),
  onboarding: onboardingOf(engine),
});
bot.installShutdown(running.stop, log);

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const report = setInterval(() => {
  send({
    type: 'stats',
    rss: process.memoryUsage.rss(),
    delayMaxMs: delay.max / 1e6,
    delayP99Ms: delay.percentile(99) / 1e6,
  });
  delay.reset();
}, 200);
report.unref();
send({ type: 'ready' });
