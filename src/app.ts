/**
 * Start-up wiring shared by the entry points: the one place that builds the engine, the chart
 * renderer, and the one-line description of anything that stops start-up.
 */
import type { Config } from './config.js';
import type { Engine } from './core/engine.js';
import type { ChartRenderer } from './discord/command.js';

/** The engine (or its knowledge base) is not built yet: say so in one line, no stack trace. */
export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
  constructor(detail: string) {
    super(`答题引擎尚未就绪（${detail}），暂时无法回答问题；见 issue 3/4。`);
  }
}

interface EngineModule {
  createEngine(kb: unknown): Engine;
  loadKnowledgeBase?(dir: string): unknown;
}
interface KbModule {
  loadKnowledgeBase(dir: string): unknown;
}

function isMissingModule(err: unknown, path: string): boolean {
  return (
    err instanceof Error &&
    'code' in err &&
    err.code === 'ERR_MODULE_NOT_FOUND' &&
    err.message.replaceAll('\\', '/').includes(path)
  );
}

/** import() of a module that may not exist yet; undefined when it does not. */
async function optionalImport<T>(specifier: string, path: string): Promise<Partial<T> | undefined> {
  try {
    // A variable specifier keeps typecheck and build independent of modules not written yet.
    const mod: Partial<T> = await import(specifier);
    return mod;
  } catch (err) {
    if (isMissingModule(err, path)) return undefined;
    throw err;
  }
}

/**
 * ── THE SINGLE PLACE THAT BUILDS THE ENGINE ──
 * When src/core/answer lands, replace the body with static imports:
 *   import { createEngine } from './core/answer/engine.js';
 *   import { loadKnowledgeBase } from './core/kb/loader.js';
 *   export async function loadEngine(config: Config): Promise<Engine> {
 *     return createEngine(loadKnowledgeBase(config.DATA_DIR));
 *   }
 * Until then it finds them at run time and throws EngineUnavailableError if they are missing.
 */
export async function loadEngine(config: Config): Promise<Engine> {
  const answer =
    (await optionalImport<EngineModule>('./core/answer/index.js', 'core/answer/index')) ??
    (await optionalImport<EngineModule>('./core/answer/engine.js', 'core/answer/engine'));
  if (typeof answer?.createEngine !== 'function') {
    throw new EngineUnavailableError('src/core/answer 还没有导出 createEngine');
  }
  const kb = answer.loadKnowledgeBase
    ? answer
    : await optionalImport<KbModule>('./core/kb/loader.js', 'core/kb/loader');
  if (typeof kb?.loadKnowledgeBase !== 'function') {
    throw new EngineUnavailableError('还没有 loadKnowledgeBase');
  }
  return answer.createEngine(await kb.loadKnowledgeBase(config.DATA_DIR));
}

/**
 * The chart renderer (issue 6), or undefined while it is not built: answers then go out without
 * pictures. When src/core/chart/png.ts is committed this can become a static import of renderChartPng.
 */
export async function loadCharts(): Promise<ChartRenderer | undefined> {
  const png = await optionalImport<{ renderChartPng: ChartRenderer }>(
    './core/chart/png.js',
    'core/chart/png',
  );
  return typeof png?.renderChartPng === 'function' ? png.renderChartPng : undefined;
}

/** One Chinese line for anything that stops start-up; the stack goes to the debug log only. */
export function describeStartupError(err: unknown): string {
  if (err instanceof EngineUnavailableError) return err.message;
  // Duck-typed so that console start-up never loads discord.js.
  const status =
    err instanceof Error && err.name.startsWith('DiscordAPIError') && 'status' in err ? err.status : 0;
  if (status === 401) {
    return 'Discord 拒绝了令牌（401）：请检查 .env 里的 DISCORD_TOKEN（开发者门户 → Bot → Reset Token）。';
  }
  if (status) return `Discord API 出错（${String(status)}）：${err instanceof Error ? err.message : ''}`;
  const message = err instanceof Error ? err.message : String(err);
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
