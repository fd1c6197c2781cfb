/**
 * A CommandContext for handler tests: the fake engine, a parsed config, a logger that records.
 */
import { parseConfig } from '../../src/config.js';
import { QuizScores } from '../../src/core/answer/quiz.js';
import { Conversations } from '../../src/core/conversation.js';
import type { Onboarding } from '../../src/core/onboarding.js';
import type { CommandContext } from '../../src/discord/command.js';
import { createDispatcher, type Dispatcher } from '../../src/discord/dispatch.js';
import type { RateLimiter } from '../../src/discord/rate-limit.js';
import { commandMap } from '../../src/discord/registry.js';
import { SuggestionStore } from '../../src/discord/suggestions.js';
import type { LogContext, Logger } from '../../src/log.js';
import { createFakeEngine, type FakeEngine } from './fake-engine.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  context?: LogContext;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (message: string, context?: LogContext) => {
    entries.push({ level, message, context });
  };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestContext extends CommandContext {
  engine: FakeEngine;
  log: ReturnType<typeof recordingLogger>;
}

export function testContext(
  overrides: {
    engine?: FakeEngine;
    env?: Record<string, string>;
    charts?: CommandContext['charts'];
    onboarding?: Onboarding;
  } = {},
): TestContext {
  return {
    engine: overrides.engine ?? createFakeEngine(),
    config: parseConfig(overrides.env ?? {}),
    log: recordingLogger(),
    suggestions: new SuggestionStore(),
    conversations: new Conversations(),
    quizScores: new QuizScores(),
    ...(overrides.charts ? { charts: overrides.charts } : {}),
    ...(overrides.onboarding ? { onboarding: overrides.onboarding } : {}),
  };
}

/** The real dispatcher over the real registry, with the test context. */
export function testDispatcher(ctx: CommandContext, limiter?: RateLimiter): Dispatcher {
  return createDispatcher({ commands: commandMap(), ctx, ...(limiter ? { limiter } : {}) });
}

/** A PNG-looking buffer standing in for the chart renderer's output. */
export const FAKE_PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
export const fakeCharts: NonNullable<CommandContext['charts']> = async () => FAKE_PNG;
