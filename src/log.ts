/**
 * A small levelled logger: one line per event on stderr, context as JSON. Errors in the context are
 * written with their stack (logs are for us; users never see an error's message).
 */
import type { LogLevel } from './config.js';

export type LogContext = Record<string, unknown>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialise(context: LogContext): string {
  return JSON.stringify(context, (_key, value: unknown) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
  );
}

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const at =
    (lvl: LogLevel) =>
    (message: string, context?: LogContext): void => {
      if (RANK[lvl] < RANK[level]) return;
      const tail = context && Object.keys(context).length > 0 ? ` ${serialise(context)}` : '';
      write(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${message}${tail}`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = createLogger('error', () => {});
