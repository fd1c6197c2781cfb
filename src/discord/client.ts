/**
 * The discord.js Client as this bot needs it. REST goes to DISCORD_API_URL; discord.js asks that REST
 * base for `GET /gateway/bot` and connects to the WebSocket URL it returns, so one setting moves both.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { NO_MENTIONS } from './render.js';

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
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: NO_MENTIONS,
  });
}
