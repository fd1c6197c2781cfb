/**
 * Imported first by the long-running entry points (the bot, each shard process, the benchmark's
 * measuring process): V8's --optimize-for-size, which collects garbage before the heap grows rather
 * than after. Datasets are loaded and dropped as questions move between departments, and each load
 * leaves its parse behind as garbage: with V8's default heap growth a shard's RSS reached ~530 MB at
 * 100,000 items under KB_CACHE_MB=64 (live heap after a collection: ~90 MB); with this flag ~200 MB,
 * for more time spent collecting (npm run bench shows both). Not for one-question CLI runs.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
