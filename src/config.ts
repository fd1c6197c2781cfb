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

/** This host's shards (one zod object: checked with the whole config, and alone — see parseConfig). */
const shardFields = {
  /**
   * Without DISCORD_SHARD_COUNT: "auto" (ShardingManager with Discord's recommended shard count) or a
   * number (that many shards), all on this host; unset: one process. With DISCORD_SHARD_COUNT: the
   * shard ids this host runs — "0,1", "2-3", "5" — out of that many in all (several hosts, each its own
   * range). (Not named SHARDS: discord.js reads SHARDS/SHARD_COUNT itself in shard processes.)
   */
  DISCORD_SHARDS: z
    .string()
    .regex(/^(auto|\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*)$/, {
      error: (iss) =>
        `必须是 "auto"、正整数（分片数），或配合 DISCORD_SHARD_COUNT 的分片编号如 "0,1"、"2-3"${given(iss.input)}`,
    })
    .transform((s): 'auto' | number | number[] => {
      if (s === 'auto') return s;
      if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
      return s.split(',').flatMap((part) => {
        const [a, b = a] = part.split('-').map((x) => Number.parseInt(x, 10)) as [number, number?];
        return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
      });
    })
    .optional(),
  /** Shards in all, across every host, when each host runs a fixed range of them (DISCORD_SHARDS). */
  DISCORD_SHARD_COUNT: count('正整数（所有主机的分片总数）')
    .refine((n) => n >= 1 && n <= 65_535, { error: '必须在 1 到 65535 之间（所有主机的分片总数）' })
    .optional(),
};

type ShardKeys = z.output<z.ZodObject<typeof shardFields>>;

/** Cross-key checks run only on shard keys that parsed (each key's own problem is reported first). */
const shardKeysParsed = (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
  !payload.issues.some((i) => i.path?.[0] === 'DISCORD_SHARDS' || i.path?.[0] === 'DISCORD_SHARD_COUNT');

function checkShards(c: ShardKeys, ctx: z.RefinementCtx<ShardKeys>): void {
  const shards = c.DISCORD_SHARDS;
  const total = c.DISCORD_SHARD_COUNT;
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message });
  if (total === undefined) {
    if (Array.isArray(shards))
      issue(`列出分片编号（当前为 "${shards.join(',')}"）时必须同时设置 DISCORD_SHARD_COUNT（分片总数）`);
    else if (shards === 0) issue('必须是 "auto" 或正整数（分片数）（当前为 "0"）');
    return;
  }
  if (shards === 'auto') {
    issue('与 DISCORD_SHARD_COUNT 同用时必须列出本机的分片编号，如 "0,1"（当前为 "auto"）');
    return;
  }
  const ids = shards === undefined ? [] : typeof shards === 'number' ? [shards] : shards;
  if (Array.isArray(shards) && shards.length === 0) issue('分片范围为空（如 "3-2"）');
  const bad = ids.filter((id) => id >= total);
  if (bad.length)
    issue(`分片编号 ${bad.join('、')} 超出范围：DISCORD_SHARD_COUNT=${total} 时编号为 0–${total - 1}`);
  if (new Set(ids).size !== ids.length) issue('分片编号重复');
}

/** The shard keys alone, so that a range that cannot be run is reported even when another key aborts the whole object. */
export const shardSchema = z.object(shardFields).superRefine(checkShards, { when: shardKeysParsed });

export const configSchema = z
  .object({
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
    ...shardFields,
  })
  .superRefine(checkShards, { when: shardKeysParsed });

/**
 * Which shards this process's ShardingManager runs: `total` in all (or "auto": ask Discord) and, on a
 * host that runs a fixed range, which of them (`ids`); null without sharding.
 */
export function shardPlan(config: Config): { total: 'auto' | number; ids?: number[] } | null {
  const shards = config.DISCORD_SHARDS;
  const total = config.DISCORD_SHARD_COUNT;
  if (total !== undefined) {
    if (shards === undefined || shards === 'auto') return { total, ids: [...Array(total).keys()] };
    return { total, ids: typeof shards === 'number' ? [shards] : shards };
  }
  if (shards === undefined) return null;
  if (Array.isArray(shards)) return null; // refused by the schema
  return { total: shards };
}

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
  const issues = result.success ? [] : [...result.error.issues];
  // Another key may abort the whole object before its cross-key checks: the shard keys are checked alone too.
  if (!result.success) {
    const shards = shardSchema.safeParse(input);
    for (const i of shards.success ? [] : shards.error.issues)
      if (!issues.some((j) => j.message === i.message)) issues.push(i);
  }
  const problems = issues.map((issue) => `配置错误：${issue.path.join('.') || '环境变量'} ${issue.message}`);
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
