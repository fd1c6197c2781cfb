/**
 * A shard process for the sharding test: the same runShardProcess as src/cli/shard.ts, with the fake
 * engine instead of the knowledge base.
 */
import { runShardProcess } from '../../src/discord/sharding.js';
import { createFakeEngine } from './fake-engine.js';

await runShardProcess({ engine: async () => createFakeEngine() });
