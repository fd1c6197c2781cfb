/**
 * One shard process, spawned by the ShardingManager (`npm run start:sharded`); not run by hand.
 */
import dotenv from 'dotenv';
import { loadCharts, loadEngine } from '../app.js';
import { onboardingOf } from '../core/onboarding.js';
import { runShardProcess } from '../discord/sharding.js';

dotenv.config({ quiet: true });
await runShardProcess({ engine: loadEngine, onboarding: onboardingOf, charts: loadCharts });
