/**
 * Start-up wiring shared by the entry points: the one place that builds the engine, the chart
 * renderer, and the one-line description of anything that stops start-up.
 */
import type { Config } from './config.js';
import { createEngine, type BudgetEngine } from './core/answer/engine.js';
import { renderChartPng } from './core/chart/png.js';
import { openKnowledgeBase } from './core/answer/catalog.js';
import { KbLoadError } from './core/kb/loader.js';
import type { ChartRenderer } from './discord/command.js';

/**
 * ── THE SINGLE PLACE THAT BUILDS THE ENGINE ── from the knowledge base in DATA_DIR: the catalog of
 * every dataset now, the newest dataset loaded and prepared now, every other one on first use (and
 * dropped beyond KB_CACHE_MB). Bad data throws a KbLoadError whose message is one line naming the
 * file, the JSON path and the reason — at start for the newest dataset or one without a matching
 * catalog.json, on first use (as the answer) for the others.
 */
export async function loadEngine(config: Config): Promise<BudgetEngine> {
  const engine = createEngine(openKnowledgeBase(config.DATA_DIR, { budgetMb: config.KB_CACHE_MB }));
  engine.warm();
  return engine;
}

/** The chart renderer (SVG → PNG off the main thread, fonts from the pinned npm package). */
export function loadCharts(): ChartRenderer {
  return renderChartPng;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** One Chinese line for anything that stops start-up; the stack goes to the debug log only. */
export function describeStartupError(err: unknown): string {
  if (err instanceof KbLoadError) return oneLine(err.message);
  // Duck-typed so that console start-up never loads discord.js.
  const status =
    err instanceof Error && err.name.startsWith('DiscordAPIError') && 'status' in err ? err.status : 0;
  if (status === 401) {
    return 'Discord 拒绝了令牌（401）：请检查 .env 里的 DISCORD_TOKEN（开发者门户 → Bot → Reset Token）。';
  }
  const message = oneLine(err instanceof Error ? err.message : String(err));
  if (status) return `Discord API 出错（${String(status)}）：${message}`;
  if (/TokenInvalid|invalid token/i.test(`${err instanceof Error ? err.name : ''} ${message}`)) {
    return 'Discord 拒绝了令牌：请检查 .env 里的 DISCORD_TOKEN（开发者门户 → Bot → Reset Token）。';
  }
  if (/disallowed intents/i.test(message)) {
    return '所请求的 intent 未获准：请在开发者门户 → Bot 打开 MESSAGE CONTENT INTENT，或把 ENABLE_MESSAGE_CONTENT 设为 false。';
  }
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|fetch failed/i.test(message)) {
    return `连不上 Discord（${message}）：请检查网络，或 DISCORD_API_URL 是否正确。`;
  }
  return `启动失败：${message}（设 LOG_LEVEL=debug 可看到详细信息）`;
}
