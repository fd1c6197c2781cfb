/**
 * One cold start, for the benchmark: load the knowledge base, build the engine, answer one question,
 * print it. The benchmark times this process from spawn to the first line it prints.
 * Usage: node dist/src/bench/cold.js DIR QUESTION [DATASET_ID]
 */
import { createEngine } from '../core/answer/engine.js';
import { loadKnowledgeBase } from '../core/kb/loader.js';

const [dir = 'data', question = '公务接待费多少？', datasetId] = process.argv.slice(2);
const engine = createEngine(loadKnowledgeBase(dir));
const answer = engine.answer(question, datasetId ? { datasetId } : {});
process.stdout.write(`${answer.kind}\t${answer.title}\n`);
