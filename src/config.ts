/**
 * One schema over the environment, validated once at an entry point from an injectable object.
 * Every problem is reported at once (Chinese first); nothing else in the code reads process.env.
 */
import { z } from 'zod';

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/;

/** Echo what was given, except for secrets, so a problem can be found without opening .env. */
const given = (input: unknown): string =>
  typeof input === 'string' ? `（当前为 ${JSON.stringify(input)}）` : '';

const snowflake = z
  .string()
  .regex(SNOWFLAKE, { error: (iss) => `必须是数字 ID（17–20 位数字）${given(iss.input)}` });

const count = (what: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: (iss) => `必须是${what}${given(iss.input)}` })
    .transform((s) => Number.parseInt(s, 10));

export const configSchema = z.object({
  /** Absent: `npm start` opens the console chat instead of the bot. */
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w.-]+$/, { error: '格式不对：只填令牌本身，不要加 "Bot " 前缀、引号或空格' })
    .optional(),
  /** The application id; needed by `npm run deploy-commands`. */
  DISCORD_CLIENT_ID: snowflake.optional(),
  /** Set: deploy-commands registers to this one guild (instant); unset: globally. */
  DEV_GUILD_ID: snowflake.optional(),
  DATA_DIR: z.string().default('data'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: (iss) => `必须是 debug、info、warn 或 error 之一${given(iss.input)}` })
    .default('info'),
  /** Answer @mentions and DMs as free text; needs the privileged MessageContent intent. */
  ENABLE_MESSAGE_CONTENT: z
    .stringbool({ error: (iss) => `必须是 true 或 false${given(iss.input)}` })
    .default(false),
  /**
   * REST base (the gateway URL is then asked of it); a Discord-compatible server in tests. Plain http
   * only to this machine (127.0.0.1, localhost, [::1]): the token travels in every request.
   */
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: (iss) => `必须是 http(s):// 开头的地址${given(iss.input)}` })
    .refine((url) => !url.startsWith('http:') || LOOPBACK.test(new URL(url).hostname), {
      error: (iss) =>
        `只能用 https://（明文 http 仅限本机 127.0.0.1、localhost 或 [::1]）${given(iss.input)}`,
    })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://discord.com/api'),
  /** Chart worker threads; unset: one per spare core (1–2). */
  CHART_WORKERS: count('正整数（图表工作线程数）')
    .refine((n) => n >= 1 && n <= 16, { error: '必须在 1 到 16 之间（图表工作线程数）' })
    .optional(),
  /** Charts waiting beyond those being drawn; more are left out of their answers (the answer says so). */
  CHART_QUEUE_MAX: count('非负整数（排队等待的图表数上限）').default(16),
  /** Longest a chart may take from being queued to its PNG, ms; then the answer goes out without it. */
  CHART_TIMEOUT_MS: count('正整数（毫秒）')
    .refine((n) => n >= 100, { error: '必须至少 100 毫秒' })
    .default(10_000),
  /** On SIGTERM/SIGINT: how long answers in flight may take to finish before they are closed politely, ms. */
  SHUTDOWN_GRACE_MS: count('非负整数（毫秒）').default(10_000),
  /** Questions per user per minute across commands, buttons and messages; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: count('非负整数（每人每分钟最多提问次数，0 表示不限）').default(10),
  /**
   * Memory for budgets in use, MB (estimated): each dataset is loaded when first asked about, and the
   * least recently used are dropped beyond this.
   */
  KB_CACHE_MB: count('正整数（已加载预算的内存上限，MB）').default(64),
  /**
   * Unset: one process. "auto": ShardingManager with Discord's recommended shard count; a number:
   * that many shards. (Not named SHARDS: discord.js reads SHARDS/SHARD_COUNT itself in shard processes.)
   */
  DISCORD_SHARDS: z
    .string()
    .regex(/^(auto|[1-9]\d{0,4})$/, { error: (iss) => `必须是 "auto" 或正整数（分片数）${given(iss.input)}` })
    .transform((s): 'auto' | number => (s === 'auto' ? s : Number.parseInt(s, 10)))
    .optional(),
});

export type Config = z.infer<typeof configSchema>;
export type LogLevel = Config['LOG_LEVEL'];
export type ConfigKey = keyof Config;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

type Env = Record<string, string | undefined>;

/** Blank values (`KEY=` in .env) count as unset; surrounding spaces are dropped. */
function clean(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export interface Requirement {
  keys: readonly ConfigKey[];
  /** Who needs them, for the message: "npm run deploy-commands" */
  purpose: string;
}

/**
 * Validate the environment; throws `ConfigError` listing every bad key, and every key in `required`
 * that is unset, all at once.
 */
export function parseConfig(env: Env = process.env, required?: Requirement): Config {
  const input = clean(env);
  const result = configSchema.safeParse(input);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `配置错误：${issue.path.join('.') || '环境变量'} ${issue.message}`);
  for (const key of required?.keys ?? []) {
    if (input[key] === undefined) {
      problems.push(`配置错误：${key} 未设置（${required?.purpose ?? ''}需要它，见 .env.example）`);
    }
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

export interface ExitIo {
  error: (line: string) => void;
  exit: (code: number) => never;
}

const processIo: ExitIo = { error: (line) => console.error(line), exit: (code) => process.exit(code) };

/** For entry points: print every problem and exit 1, or return the config. */
export function loadConfigOrExit(
  env: Env = process.env,
  required?: Requirement,
  io: ExitIo = processIo,
): Config {
  try {
    return parseConfig(env, required);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const line of err.problems) io.error(line);
    io.error('请修改 .env（参见 .env.example）后重试。');
    return io.exit(1);
  }
}
