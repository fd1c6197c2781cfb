/** The chart queue as the configuration asks for it (worker threads, queue bound, deadline). */
import type { Config } from '../config.js';
import { ChartQueue } from '../core/chart/queue.js';
import type { Logger } from '../log.js';

export function startChartQueue(config: Config, log: Logger): Promise<ChartQueue> {
  return ChartQueue.start({
    log,
    ...(config.CHART_WORKERS === undefined ? {} : { workers: config.CHART_WORKERS }),
    maxQueued: config.CHART_QUEUE_MAX,
    timeoutMs: config.CHART_TIMEOUT_MS,
  });
}
