/**
 * A small Discord-API-compatible server on 127.0.0.1 for end-to-end tests: REST over node:http (the
 * routes the bot uses, multipart bodies included) and the gateway over ws (HELLO, IDENTIFY → READY and
 * GUILD_CREATE, heartbeat ACKs, and dispatches the test sends). It records what the bot sent.
 * JSON encoding, no compression: what discord.js 14 asks for without zlib-sync ("?v=10&encoding=json").
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionType,
} from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { choicesProblems, commandsProblems, messageProblems } from './discord-limits.js';

export const APP_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const CHANNEL_ID = '333333333333333333';
export const DM_CHANNEL_ID = '555555555555555555';
export const BOT_USER = {
  id: APP_ID,
  username: 'budget-bot',
  discriminator: '0',
  global_name: '预算问答',
  avatar: null,
  bot: true,
};
export const HUMAN = {
  id: '444444444444444444',
  username: 'finance',
  discriminator: '0',
  global_name: '财务处小王',
  avatar: null,
};
export type FakeUser = typeof HUMAN;

/** A distinct human user (loadtests: many users at once). */
export function fakeUser(n: number): FakeUser {
  return {
    ...HUMAN,
    id: String(BigInt(HUMAN.id) + BigInt(n)),
    username: `user${n}`,
    global_name: `用户${n}`,
  };
}
/** Administrator and everything else: the bot may do whatever it asks to. */
const ALL_PERMISSIONS = '2251799813685247';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/interactions/1/tok/callback" */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (payload_json for multipart), or undefined */
  body: unknown;
  files: RecordedFile[];
  status: number;
  /** performance.now() when the request arrived */
  at: number;
}

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface Identify {
  token: string;
  intents: number;
  shard?: [number, number];
  compress?: boolean;
  properties: Record<string, string>;
}

export interface GatewayConnection {
  socket: WebSocket;
  query: URLSearchParams;
  identify?: Identify;
  sequence: number;
  heartbeats: number;
  sessionId?: string;
  /** This connection took over a session by RESUME instead of IDENTIFY. */
  resumed?: boolean;
}

export interface FakeDiscordOptions {
  /** Recommended shard count returned by GET /gateway/bot */
  shards?: number;
  /** HELLO heartbeat interval, ms (Discord's is 41250) */
  heartbeatIntervalMs?: number;
  /** Guilds the bot is in; each is sent to the shard that owns it (default [GUILD_ID]) */
  guildIds?: string[];
  /**
   * Default true: behave like Discord where it matters — payload limits (400 / 50035), one first
   * response per interaction (40060), first response within 3 s (10062), interaction token valid for
   * 15 minutes (50027). false: accept anything (the old lenient fake).
   */
  strict?: boolean;
}

/** Discord's deadlines for an interaction. */
export const FIRST_RESPONSE_MS = 3000;
export const TOKEN_LIFETIME_MS = 15 * 60_000;

/** A JSON error body as Discord sends it. */
export interface DiscordError {
  code: number;
  message: string;
  errors?: unknown;
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  createdAt: number;
  acknowledged: boolean;
  /** Response type of the first callback (4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices) */
  responseType?: number;
  originalDeleted: boolean;
}

/** A fault to inject into the next request that matches. */
export type Fault =
  | { kind: 'rate-limit'; retryAfterS: number; global?: boolean }
  | { kind: 'status'; status: number }
  /** The connection dies before the request is acted on. */
  | { kind: 'drop' }
  /** The request is acted on, then the connection dies before the response. */
  | { kind: 'drop-after' };

let snowflakeCounter = 0n;
/** Snowflakes in the future of every fixed id above, unique per process. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return String((BigInt(Date.now() - 1420070400000) << 22n) + snowflakeCounter);
}

function shardOf(guildId: string | undefined, count: number): number {
  return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
}

/** Minimal multipart/form-data parser: fields and files, bytes kept exact. */
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Map<string, string>; files: RecordedFile[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const fields = new Map<string, string>();
  const files: RecordedFile[] = [];
  let start = body.indexOf(marker);
  while (start !== -1) {
    const partStart = start + marker.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(marker, partStart);
    if (next === -1) break;
    const part = body.subarray(partStart + 2, next - 2); // drop CRLF after the marker and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    if (filename === undefined) fields.set(name, data.toString('utf8'));
    else {
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
      files.push({ field: name, filename, contentType: type, data: Buffer.from(data) });
    }
    start = next;
  }
  return { fields, files };
}

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly connections: GatewayConnection[] = [];
  /** Registered command JSON by scope: "global" or a guild id */
  readonly commands = new Map<string, unknown[]>();
  readonly #server = createServer((req, res) => void this.#handle(req, res));
  readonly #wss = new WebSocketServer({ server: this.#server });
  /** interaction token → its state (channel, deadlines, acknowledged) */
  readonly #interactions = new Map<string, InteractionState>();
  readonly #faults: { match: (r: RecordedRequest) => boolean; fault: Fault }[] = [];
  /** Requests refused for breaking a Discord rule: status, code, problems. */
  readonly violations: { request: RecordedRequest; error: DiscordError }[] = [];
  /** Added to the wall clock for deadlines: lets a test be "3 s later" without waiting. */
  clockOffsetMs = 0;
  /** Set: every IDENTIFY is answered by closing the connection with this code (4004, 4014…). */
  closeOnIdentify: number | undefined;
  readonly #strict: boolean;
  readonly #shards: number;
  readonly #heartbeatMs: number;
  readonly #guildIds: string[];
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    super();
    this.#shards = options.shards ?? 1;
    this.#heartbeatMs = options.heartbeatIntervalMs ?? 41_250;
    this.#guildIds = options.guildIds ?? [GUILD_ID];
    this.#strict = options.strict ?? true;
    this.#wss.on('connection', (socket, req) => this.#connect(socket, req));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL is set to */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /** Requests that matched no route (the bot asked for something this fake does not know). */
  get unhandled(): RecordedRequest[] {
    return this.requests.filter((r) => r.status === 404);
  }

  /** The clock deadlines are measured with (wall clock + clockOffsetMs). */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Pretend `ms` have passed (for the 3-second and 15-minute deadlines). */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  /** An interaction Discord knows about (deadlines running) but has not sent: for tests of the server. */
  openInteraction(): { id: string; token: string } {
    const id = snowflake();
    const token = `tok-${randomBytes(8).toString('hex')}`;
    this.#interactions.set(token, {
      id,
      token,
      channelId: CHANNEL_ID,
      createdAt: this.now(),
      acknowledged: false,
      originalDeleted: false,
    });
    return { id, token };
  }

  /** The next request matching `match` gets `fault` instead of its normal answer (once). */
  injectFault(match: (r: RecordedRequest) => boolean, fault: Fault): void {
    this.#faults.push({ match, fault });
  }

  /** Close every gateway connection with `code` (4000 to make the bot resume, 4004/4014 fatal). */
  closeConnections(code: number, reason = ''): void {
    for (const c of this.connections)
      if (c.socket.readyState === WebSocket.OPEN) c.socket.close(code, reason);
  }

  /** Interaction responses per interaction id: first-response callbacks that Discord accepted. */
  acknowledgements(id: string): number {
    return this.requests.filter(
      (r) => r.method === 'POST' && r.status < 300 && r.path.startsWith(`/interactions/${id}/`),
    ).length;
  }

  /** The first request (recorded already or yet to come) that satisfies `predicate`. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.#waitFor('request', () => this.requests.find(predicate), timeoutMs, 'request');
  }

  /** Resolves when `count` connections have identified. */
  waitForIdentified(count: number, timeoutMs = 10_000): Promise<GatewayConnection[]> {
    const identified = () => this.connections.filter((c) => c.identify);
    return this.#waitFor(
      'identify',
      () => (identified().length >= count ? identified() : undefined),
      timeoutMs,
      `${count} IDENTIFY`,
    );
  }

  /** Resolves when a connection has sent at least `count` heartbeats (each one ACKed). */
  waitForHeartbeat(count = 1, timeoutMs = 5000): Promise<GatewayConnection> {
    return this.#waitFor(
      'heartbeat',
      () => this.connections.find((c) => c.heartbeats >= count),
      timeoutMs,
      `${count} heartbeats`,
    );
  }

  #waitFor<T>(event: string, check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, listener);
        reject(new Error(`fake Discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = () => {
        const found = check();
        if (found === undefined) return;
        clearTimeout(timer);
        this.off(event, listener);
        resolve(found);
      };
      this.on(event, listener);
    });
  }

  /** Send a gateway dispatch to the connection that owns `guildId` (shard 0 for DMs). */
  dispatch(event: string, data: unknown, guildId?: string): void {
    const shard = shardOf(guildId, this.#shards);
    const connection = this.connections.find(
      (c) => c.identify && (c.identify.shard?.[0] ?? 0) === shard && c.socket.readyState === WebSocket.OPEN,
    );
    if (!connection) throw new Error(`fake Discord: no live connection for shard ${shard}`);
    this.#send(connection, { op: GatewayOpcodes.Dispatch, t: event, d: data });
  }

  #interaction(
    type: InteractionType,
    data: unknown,
    extra: Record<string, unknown> = {},
    guildId = GUILD_ID,
    user: FakeUser = HUMAN,
  ) {
    const { id, token } = this.openInteraction();
    const payload = {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      data,
      guild_id: guildId,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: ChannelType.GuildText, guild_id: guildId, name: '预算问答' },
      member: {
        user,
        roles: [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        permissions: ALL_PERMISSIONS,
      },
      locale: 'zh-CN',
      guild_locale: 'zh-CN',
      app_permissions: ALL_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 26_214_400,
      ...extra,
    };
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload, guildId);
    return { id, token };
  }

  /** A slash command as Discord sends it. Options: name → value (strings, numbers, booleans). */
  sendCommand(
    name: string,
    options: Record<string, string | number | boolean> = {},
    guildId = GUILD_ID,
    user: FakeUser = HUMAN,
  ) {
    return this.#interaction(
      InteractionType.ApplicationCommand,
      {
        id: snowflake(),
        name,
        type: ApplicationCommandType.ChatInput,
        guild_id: guildId,
        options: Object.entries(options).map(([n, value]) => ({
          name: n,
          type: typeof value === 'number' ? 4 : 3,
          value,
        })),
      },
      {},
      guildId,
      user,
    );
  }

  /** An autocomplete request while the user types `value` into option `focused`. */
  sendAutocomplete(name: string, focused: string, value: string, others: Record<string, string> = {}) {
    return this.#interaction(InteractionType.ApplicationCommandAutocomplete, {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: GUILD_ID,
      options: [
        ...Object.entries(others).map(([n, v]) => ({ name: n, type: 3, value: v })),
        { name: focused, type: 3, value, focused: true },
      ],
    });
  }

  /** A button press on a message the bot sent earlier. */
  sendButton(customId: string, message: Record<string, unknown> = {}) {
    return this.#interaction(
      InteractionType.MessageComponent,
      { custom_id: customId, component_type: ComponentType.Button },
      { message: this.#message({ ...message, author: BOT_USER }, CHANNEL_ID) },
    );
  }

  /** A user's message in the guild channel (or a DM with `dm: true`). */
  sendMessage(content: string, { dm = false, mentions = [] as (typeof BOT_USER)[] } = {}) {
    const id = snowflake();
    const base = {
      id,
      content,
      author: HUMAN,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentions.map((u) => ({
        ...u,
        member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      })),
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    if (dm)
      this.dispatch(GatewayDispatchEvents.MessageCreate, {
        ...base,
        channel_id: DM_CHANNEL_ID,
        channel_type: ChannelType.DM,
      });
    else
      this.dispatch(
        GatewayDispatchEvents.MessageCreate,
        {
          ...base,
          channel_id: CHANNEL_ID,
          guild_id: GUILD_ID,
          channel_type: ChannelType.GuildText,
          member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        },
        GUILD_ID,
      );
    return { id };
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ── gateway ──

  #send(connection: GatewayConnection, payload: GatewayPayload): void {
    if (payload.op === GatewayOpcodes.Dispatch) payload.s = ++connection.sequence;
    connection.socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  #connect(socket: WebSocket, req: IncomingMessage): void {
    const connection: GatewayConnection = {
      socket,
      query: new URL(req.url ?? '/', this.gatewayUrl).searchParams,
      sequence: 0,
      heartbeats: 0,
    };
    this.connections.push(connection);
    socket.on('message', (raw) => this.#onGateway(connection, raw.toString()));
    this.#send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#heartbeatMs } });
  }

  #onGateway(connection: GatewayConnection, raw: string): void {
    const payload = JSON.parse(raw) as GatewayPayload;
    if (payload.op === GatewayOpcodes.Heartbeat) {
      connection.heartbeats++;
      this.#send(connection, { op: GatewayOpcodes.HeartbeatAck });
      this.emit('heartbeat', connection);
    } else if (payload.op === GatewayOpcodes.Resume) {
      const resume = payload.d as { token: string; session_id: string; seq: number };
      const previous = this.connections.find((c) => c !== connection && c.sessionId === resume.session_id);
      if (!previous?.identify || resume.token !== previous.identify.token) {
        // Unknown session: Discord answers INVALID_SESSION (not resumable); the bot identifies again.
        this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
        return;
      }
      connection.identify = previous.identify;
      connection.sessionId = previous.sessionId;
      connection.sequence = Math.max(previous.sequence, resume.seq);
      connection.resumed = true;
      this.#send(connection, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Resumed, d: {} });
      this.emit('resume', connection);
      this.emit('identify', connection);
    } else if (payload.op === GatewayOpcodes.Identify) {
      if (this.closeOnIdentify !== undefined) {
        connection.socket.close(this.closeOnIdentify, 'closed by the test');
        return;
      }
      connection.identify = payload.d as Identify;
      connection.sessionId = randomBytes(16).toString('hex');
      const [shard, count] = connection.identify.shard ?? [0, 1];
      const guilds = this.#guildIds.filter((id) => shardOf(id, count) === shard);
      this.#send(connection, {
        op: GatewayOpcodes.Dispatch,
        t: GatewayDispatchEvents.Ready,
        d: {
          v: 10,
          user: BOT_USER,
          guilds: guilds.map((id) => ({ id, unavailable: true })),
          session_id: connection.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: [shard, count],
          application: { id: APP_ID, flags: 0 },
          private_channels: [],
          relationships: [],
          presences: [],
          user_settings: {},
          geo_ordered_rtc_regions: [],
          guild_join_requests: [],
        },
      });
      for (const id of guilds)
        this.#send(connection, {
          op: GatewayOpcodes.Dispatch,
          t: GatewayDispatchEvents.GuildCreate,
          d: this.#guild(id),
        });
      this.emit('identify', connection);
    }
  }

  #guild(id: string) {
    const joined = '2024-01-01T00:00:00.000Z';
    return {
      id,
      name: '财务处',
      icon: null,
      owner_id: HUMAN.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: '0',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'zh-CN',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: joined,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [{ user: BOT_USER, roles: [], joined_at: joined, deaf: false, mute: false, flags: 0 }],
      channels: [
        {
          id: CHANNEL_ID,
          type: ChannelType.GuildText,
          name: '预算问答',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ── REST ──

  #message(body: Record<string, unknown>, channelId: string, files: RecordedFile[] = []) {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: '',
      embeds: [],
      components: [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...body,
      attachments: files.map((f, i) => ({
        id: snowflake(),
        filename: f.filename,
        size: f.data.length,
        url: `${this.apiUrl}/attachments/${i}/${f.filename}`,
        proxy_url: `${this.apiUrl}/attachments/${i}/${f.filename}`,
        content_type: f.contentType,
      })),
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.#port}`);
    // discord.js encodes "@original" as "%40original".
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown;
    let files: RecordedFile[] = [];
    if (contentType.startsWith('multipart/form-data')) {
      const parsed = parseMultipart(raw, contentType);
      const json = parsed.fields.get('payload_json');
      body = json === undefined ? undefined : JSON.parse(json);
      files = parsed.files;
    } else if (raw.length > 0) {
      body = JSON.parse(raw.toString('utf8'));
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: 0,
      at: performance.now(),
    };
    const faultAt = this.#faults.findIndex((f) => f.match(record));
    const fault = faultAt >= 0 ? this.#faults.splice(faultAt, 1)[0]?.fault : undefined;
    if (fault?.kind === 'drop') {
      // The connection dies before any response: the bot cannot know whether we acted on it.
      record.status = -1;
      this.requests.push(record);
      req.socket.destroy();
      this.emit('request', record);
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let status: number;
    let response: unknown;
    if (fault?.kind === 'rate-limit') {
      status = 429;
      response = {
        message: 'You are being rate limited.',
        retry_after: fault.retryAfterS,
        global: !!fault.global,
      };
      Object.assign(headers, {
        'retry-after': String(Math.ceil(fault.retryAfterS)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Date.now() / 1000 + fault.retryAfterS),
        'x-ratelimit-reset-after': String(fault.retryAfterS),
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': fault.global ? 'global' : 'user',
        ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
      });
    } else if (fault?.kind === 'status') {
      status = fault.status;
      response = { message: `${fault.status}: injected`, code: 0 };
    } else {
      [status, response] = this.#route(record);
    }
    if (fault?.kind === 'drop-after') {
      record.status = -status;
      this.requests.push(record);
      req.socket.destroy();
      this.emit('request', record);
      return;
    }
    record.status = status;
    this.requests.push(record);
    const error = response as Partial<DiscordError> | undefined;
    if (this.#strict && !fault && status >= 400 && typeof error?.code === 'number' && error.code !== 0)
      this.violations.push({ request: record, error: error as DiscordError });
    // Like Discord: 204 has no body and no JSON content type (discord.js would try to parse it).
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, headers).end(JSON.stringify(response));
    this.emit('request', record);
  }

  /** 400 Invalid Form Body naming each problem, or undefined when there is none (or not strict). */
  #invalid(problems: string[]): [number, DiscordError] | undefined {
    if (!this.#strict || problems.length === 0) return undefined;
    return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
  }

  /** Discord's answer to a webhook call with an interaction token, when it is not a success. */
  #tokenProblem(state: InteractionState | undefined): [number, DiscordError] | undefined {
    if (!state) return [404, { code: 10015, message: 'Unknown Webhook' }];
    if (!this.#strict) return undefined;
    if (this.now() - state.createdAt > TOKEN_LIFETIME_MS)
      return [401, { code: 50027, message: 'Invalid Webhook Token' }];
    if (!state.acknowledged) return [404, { code: 10015, message: 'Unknown Webhook' }];
    return undefined;
  }

  #route(r: RecordedRequest): [number, unknown] {
    const m = (re: RegExp) => re.exec(r.path);
    const body = (r.body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.#shards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    }
    if (r.method === 'GET' && r.path === '/gateway') return [200, { url: this.gatewayUrl }];
    if (r.method === 'GET' && r.path === '/users/@me') return [200, BOT_USER];
    if ((match = m(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const scope = match[2] ?? 'global';
      if (r.method === 'PUT') {
        const invalid = this.#invalid(commandsProblems(r.body));
        if (invalid) return invalid;
        const list = (r.body as Record<string, unknown>[]).map((c) => ({
          id: snowflake(),
          application_id: match?.[1],
          version: snowflake(),
          ...c,
        }));
        this.commands.set(scope, list);
        return [200, list];
      }
      if (r.method === 'GET') return [200, this.commands.get(scope) ?? []];
    }
    if (r.method === 'POST' && (match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const state = this.#interactions.get(match[2] ?? '');
      if (!state || state.id !== match[1]) return [404, { code: 10062, message: 'Unknown interaction' }];
      const data = (body.data ?? {}) as Record<string, unknown>;
      if (this.#strict) {
        if (state.acknowledged)
          return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
        if (this.now() - state.createdAt > FIRST_RESPONSE_MS)
          return [404, { code: 10062, message: 'Unknown interaction' }];
        const type = Number(body.type);
        const problems =
          type === 4 || type === 7
            ? messageProblems(data, { partial: type === 7, files: r.files.length })
            : type === 8
              ? choicesProblems(data)
              : [5, 6].includes(type)
                ? []
                : [`type: ${String(body.type)} is not an interaction response type this bot uses`];
        const invalid = this.#invalid(problems);
        if (invalid) return invalid;
      }
      state.acknowledged = true;
      state.responseType = Number(body.type);
      if (r.query.get('with_response') !== 'true') return [204, undefined];
      const message = this.#message(data, state.channelId, r.files);
      return [
        200,
        {
          interaction: {
            id: match[1],
            type: 2,
            activity_instance_id: null,
            response_message_id: message.id,
            response_message_loading: body.type === 5,
            response_message_ephemeral: ((Number(data.flags) || 0) & 64) === 64,
          },
          resource: { type: body.type, message },
        },
      ];
    }
    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
      const state = this.#interactions.get(match[2] ?? '');
      const problem = this.#tokenProblem(state);
      if (problem) return problem;
      const channel = state?.channelId ?? CHANNEL_ID;
      if (this.#strict && match[3] === '@original' && state?.originalDeleted)
        return [404, { code: 10008, message: 'Unknown Message' }];
      if (r.method === 'PATCH' || (r.method === 'POST' && !match[3])) {
        const invalid = this.#invalid(
          messageProblems(body, { partial: r.method === 'PATCH', files: r.files.length }),
        );
        if (invalid) return invalid;
        return [200, this.#message(body, channel, r.files)];
      }
      if (r.method === 'GET') return [200, this.#message(body, channel, r.files)];
      if (r.method === 'DELETE') {
        if (state && match[3] === '@original') state.originalDeleted = true;
        return [204, undefined];
      }
    }
    if ((match = m(/^\/channels\/(\d+)\/messages$/)) && r.method === 'POST') {
      const invalid = this.#invalid(messageProblems(body, { files: r.files.length }));
      if (invalid) return invalid;
      return [200, this.#message(body, match[1] ?? CHANNEL_ID, r.files)];
    }
    if (m(/^\/channels\/\d+\/typing$/) && r.method === 'POST') return [204, undefined];
    return [404, { message: '404: Not Found', code: 0 }];
  }
}
