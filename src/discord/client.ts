/**
 * The discord.js Client as this bot needs it. REST goes to DISCORD_API_URL; discord.js asks that REST
 * base for `GET /gateway/bot` and connects to the WebSocket URL it returns, so one setting moves both.
 */
import { Client, GatewayIntentBits, Options, Partials, type User } from 'discord.js';
import type { Config } from '../config.js';
import { NO_MENTIONS } from './render.js';
import { withBackoff } from './rest-retry.js';

/** Users, members and messages discord.js keeps at most (the bot itself is always kept). */
export const CACHE_LIMITS = { users: 1000, members: 1000, messages: 50 } as const;
/** How often the sweepers empty those caches, seconds. */
export const SWEEP_INTERVAL_S = 1800;

/**
 * Requests per second discord.js lets through before its own global limiter holds every request back
 * until the next second. Discord's global limit (50/s) counts bot-authenticated requests only;
 * interaction callbacks and the follow-up webhooks an interaction token signs are exempt, and they are
 * nearly all of this bot's traffic. At 50, a burst of 1,250 interactions waited up to 25 s for its
 * callbacks; at 1,000, the loadtest's burst (~2,200 requests in 2 s) still had 278 first responses held
 * past the 3-second deadline. So the local limiter is set out of the way; a real global 429 from
 * Discord is still honoured (discord.js pauses every request for its retry_after).
 */
export const GLOBAL_REQUESTS_PER_SECOND = 100_000;

const notSelf = (user: Pick<User, 'id' | 'client'>) => user.id !== user.client.user?.id;

/** Guilds only, unless free-text questions are on (MessageContent is a privileged intent). */
export function intentsFor(config: Pick<Config, 'ENABLE_MESSAGE_CONTENT'>): GatewayIntentBits[] {
  return config.ENABLE_MESSAGE_CONTENT
    ? [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.MessageContent,
        GatewayIntentBits.DirectMessages,
      ]
    : [GatewayIntentBits.Guilds];
}

export function createClient(config: Pick<Config, 'ENABLE_MESSAGE_CONTENT' | 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: intentsFor(config),
    // DM channels are not cached before their first message arrives.
    partials: config.ENABLE_MESSAGE_CONTENT ? [Partials.Channel] : [],
    rest: {
      api: config.DISCORD_API_URL,
      retries: 3,
      timeout: 15_000,
      globalRequestsPerSecond: GLOBAL_REQUESTS_PER_SECOND,
      makeRequest: withBackoff(),
    },
    allowedMentions: NO_MENTIONS,
    // Bounded caches: a bot that answers thousands of users must not remember every one of them.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: (user) => !notSelf(user) },
      GuildMemberManager: { maxSize: CACHE_LIMITS.members, keepOverLimit: (member) => !notSelf(member) },
      MessageManager: CACHE_LIMITS.messages,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: SWEEP_INTERVAL_S, filter: () => notSelf },
      guildMembers: { interval: SWEEP_INTERVAL_S, filter: () => notSelf },
      messages: { interval: SWEEP_INTERVAL_S, lifetime: SWEEP_INTERVAL_S },
    },
  });
}
