/**
 * Register the slash commands: to DEV_GUILD_ID when set (instant), else globally.
 */
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { DatasetRef } from '../core/answer/types.js';
import type { Command } from './command.js';
import { checkDatasetIds, commandPayloads, commands as registered } from './registry.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  names: string[];
  body: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

export function restFor(config: Pick<Config, 'DISCORD_API_URL' | 'DISCORD_TOKEN'>): REST {
  const rest = new REST({ api: config.DISCORD_API_URL });
  if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
  return rest;
}

export async function deployCommands({
  config,
  datasets,
  commands = registered,
}: {
  config: Config;
  datasets: readonly DatasetRef[];
  commands?: readonly Command[];
}): Promise<DeployResult> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    throw new Error('deployCommands needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  }
  checkDatasetIds(datasets);
  const body = commandPayloads(datasets, commands);
  const guildId = config.DEV_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, guildId)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  await restFor(config).put(route, { body });
  return { scope: guildId ? 'guild' : 'global', guildId, names: body.map((c) => c.name), body };
}

/** One line for the person who ran `npm run deploy-commands`. */
export function describeDeploy(result: DeployResult): string {
  const list = result.names.map((n) => `/${n}`).join(' ');
  return result.scope === 'guild'
    ? `已向服务器 ${result.guildId} 注册 ${result.names.length} 个命令（立即生效）：${list}`
    : `已全局注册 ${result.names.length} 个命令（可能需要几分钟才出现在所有服务器）：${list}`;
}
