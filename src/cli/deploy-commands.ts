/**
 * `npm run deploy-commands`: register the slash commands to DEV_GUILD_ID (instant) or globally.
 * The dataset option is included when more than one dataset is loaded, so the knowledge base is read.
 */
import dotenv from 'dotenv';
import { describeStartupError, loadEngine } from '../app.js';
import { loadConfigOrExit } from '../config.js';
import { datasetLabel } from '../core/present.js';
import { deployCommands, describeDeploy } from '../discord/deploy.js';
import { createLogger } from '../log.js';

dotenv.config({ quiet: true });
const config = loadConfigOrExit(process.env, {
  keys: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'],
  purpose: 'npm run deploy-commands ',
});
const log = createLogger(config.LOG_LEVEL);

try {
  // The commands depend on what is loaded (the dataset option): a broken knowledge base stops here.
  const { datasets } = await loadEngine(config);
  console.log(`已加载数据集：${datasets.map(datasetLabel).join('；') || '（无）'}`);
  console.log(describeDeploy(await deployCommands({ config, datasets })));
} catch (err) {
  log.debug('注册命令失败', { err });
  console.error(describeStartupError(err));
  process.exit(1);
}
