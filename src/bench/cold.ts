/**
 * One cold start, for the benchmark, as the bot starts: read the catalog, build the engine, load and
 * prepare the newest dataset, answer one question (loading its dataset if another), print it. The
 * benchmark times this process from spawn to the first line it prints.
 * Usage: node dist/src/bench/cold.js DIR QUESTION [DATASET_ID]
 */
import '../cli/low-memory.js';
import { openKnowledgeBase } from '../core/answer/catalog.js';
import { createEngine } from '../core/answer/engine.js';

const [dir = 'data', question = '公务接待费多少？', datasetId] = process.argv.slice(2);
const engine = createEngine(openKnowledgeBase(dir));
engine.warm();
const answer = engine.answer(question, datasetId ? { datasetId } : {});
process.stdout.write(`${answer.kind}\t${answer.title}\n`);
