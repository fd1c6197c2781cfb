/**
 * One shard process, spawned by the ShardingManager (`npm run start:sharded`); not run by hand.
 */
import './low-memory.js';
import dotenv from 'dotenv';
import { loadEngine } from '../app.js';
import { onboardingOf } from '../core/onboarding.js';
import { runShardProcess } from '../discord/sharding.js';

dotenv.config({ quiet: true });
await runShardProcess({ engine: loadEngine, onboarding: onboardingOf, chartQueue: true });
