/**
 * npm run ask -- "问题"                 prints the answer as text
 * npm run ask -- --jsonl < questions    one JSON object per input line: question, text, figures, sources,
 *                                       the query understood ("understood": 理解为：…)
 * npm run ask -- --jsonl --dialogue     input lines continue one conversation; an empty line starts a new one
 * Options: --data DIR (one dataset folder or a folder of them), --dataset ID, --chart-dir DIR (writes
 * the answer's chart as PNG and prints its path). Exit 0 unless the data cannot be loaded or (one
 * question) answering it failed on a bug, which is printed to stderr with its context.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Answer, Figure } from '../core/answer/types.js';
import { Conversations, converse } from '../core/conversation.js';
import { EngineError, type AskOptions, type Engine } from '../core/engine.js';
import { describeQuery } from '../core/understand/query.js';
import { formatFigureValue, sourceDetail } from '../core/present.js';
import { renderAnswerText } from '../console/render.js';
import { dataDirFrom, openOrReport } from './load.js';

function figureJson(f: Figure): Record<string, unknown> {
  return {
    label: f.label,
    value: f.value.toString(),
    unit: f.unit,
    text: formatFigureValue(f),
    ...(f.source ? { source: sourceDetail(f.source) } : {}),
    ...(f.derivation ? { derivation: f.derivation } : {}),
  };
}

function answerJson(question: string, a: Answer, chart: string | null): Record<string, unknown> {
  return {
    question,
    kind: a.kind,
    title: a.title,
    text: renderAnswerText(a, { numberSuggestions: false }),
    lines: a.lines,
    figures: a.figures.map(figureJson),
    sources: a.sources.map(sourceDetail),
    datasets: a.datasets.map((d) => `${d.department} ${d.fiscalYear}年`),
    suggestions: a.suggestions,
    ...(a.interpretation ? { interpretation: a.interpretation } : {}),
    ...(a.subject?.query ? { query: a.subject.query, understood: describeQuery(a.subject.query) } : {}),
    ...(chart ? { chart } : {}),
  };
}

async function chartFor(a: Answer, dir: string | undefined): Promise<string | null> {
  if (!dir || !a.chart) return null;
  try {
    // Imported only when a chart is wanted: the PNG renderer is the slowest module to load.
    const { writeChartPng } = await import('../core/chart/png.js');
    return await writeChartPng(a.chart, dir);
  } catch (e) {
    console.error(`图表未能生成：${(e as Error).message}`);
    return null;
  }
}

const GENERIC_ERROR = '抱歉，处理这个问题时出了意外。请换个问法再试。';

/** The CLI's error boundary: a bug is printed to stderr with its context, the question gets null. */
function answerOrReport(
  engine: Engine,
  question: string,
  opts: AskOptions,
  conversations?: Conversations,
  channel = '',
): Answer | null {
  try {
    if (conversations) return converse(engine, conversations, { user: 'cli', channel }, question, opts);
    return engine.answer(question, opts);
  } catch (err) {
    const context = err instanceof EngineError ? err.context : { question };
    console.error(`回答时出错 (internal error) ${JSON.stringify(context)}`);
    console.error(err instanceof Error ? (err.cause instanceof Error ? err.cause : err).stack : err);
    return null;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        dialogue: { type: 'boolean' },
        data: { type: 'string' },
        dataset: { type: 'string' },
        'chart-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    console.log(
      '用法 (usage): npm run ask -- "公务接待费是多少" [--data 目录] [--chart-dir 目录]\n       npm run ask -- --jsonl [--dialogue] < questions.txt',
    );
    return values.help ? 0 : 2;
  }
  // One question: nothing is built before that question needs it (the --jsonl stream prepares each dataset).
  const engine = openOrReport(dataDirFrom(values.data), { prepare: values.jsonl === true });
  if (!engine) return 1;
  const opts = values.dataset ? { datasetId: values.dataset } : {};
  if (!values.jsonl) {
    const question = positionals.join(' ');
    const a = answerOrReport(engine, question, opts);
    if (!a) {
      console.log(GENERIC_ERROR);
      return 1;
    }
    console.log(renderAnswerText(a, { numberSuggestions: false }));
    const chart = await chartFor(a, values['chart-dir']);
    if (chart) console.log(`\n图表：${chart}`);
    return 0;
  }
  // --dialogue: the lines continue one conversation (follow-ups lean on the previous answer); an empty
  // line starts a new one.
  const conversations = new Conversations();
  let conversation = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (values.dialogue && line.trim() === '') {
      conversation++;
      continue;
    }
    const a = values.dialogue
      ? answerOrReport(engine, line, opts, conversations, String(conversation))
      : answerOrReport(engine, line, opts);
    if (!a) {
      process.stdout.write(`${JSON.stringify({ question: line, error: GENERIC_ERROR })}\n`);
      continue;
    }
    const chart = await chartFor(a, values['chart-dir']);
    process.stdout.write(`${JSON.stringify(answerJson(line, a, chart))}\n`);
  }
  return 0;
}

process.exitCode = await main();
