/**
 * The console chat: `npm start` without DISCORD_TOKEN. Same engine, same answers, rendered as text.
 * Lines are handled one at a time in order (piped input too); EOF, Ctrl-C and /quit end it cleanly.
 * One user, so one conversation (follow-ups like "那去年呢？"), one quiz score, one tour position.
 */
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { QuizScores } from '../core/answer/quiz.js';
import type { Answer } from '../core/answer/types.js';
import type { ChartSpec } from '../core/chart/spec.js';
import { writeChartPng } from '../core/chart/png.js';
import { Conversations, converse } from '../core/conversation.js';
import { EngineError, type Engine } from '../core/engine.js';
import { QUIZ_LETTERS, QUIZ_SEED_MAX, type Onboarding, type QuizQuestion } from '../core/onboarding.js';
import { datasetLabel } from '../core/present.js';
import { EXAMPLE_QUESTIONS } from '../core/questions.js';
import type { Logger } from '../log.js';
import { plain, renderAnswerText } from './render.js';

export interface ConsoleChatOptions {
  engine: Engine;
  /** The tour and the quiz (/tour, /quiz); without them those commands say they are unavailable. */
  onboarding?: Onboarding;
  /** Write each answer's chart as a PNG into this folder and print its path (`--chart-dir`, `/chart`). */
  chartDir?: string;
  /** Renders and writes a chart, returning the file's path. */
  writeChart?: (spec: ChartSpec, dir: string) => Promise<string>;
  input?: Readable & { isTTY?: boolean };
  output?: Writable;
  log?: Logger;
}

const PROMPT = '问> ';
const QUIT = new Set(['/quit', '/exit', '/q', 'quit', 'exit', '退出']);
const HELP = new Set(['/help', '帮助']);
const NEXT = new Set(['n', 'next', '下一步']);
const PREVIOUS = new Set(['p', 'prev', '上一步']);
const NEXT_QUESTION = new Set(['下一题']);
/** The console's one user and channel, for the conversation and the quiz score. */
const ME = { user: 'console', channel: 'console' };
const DEFAULT_CHART_DIR = 'charts';

export function banner(engine: Engine): string {
  const loaded = engine.datasets.map(datasetLabel).join('；') || '（无）';
  return [
    '预算问答 · 本地控制台模式（未设置 DISCORD_TOKEN，不连接 Discord）',
    `已加载：${loaded}`,
    `直接输入问题并回车，例如：${EXAMPLE_QUESTIONS[0]}；可以接着追问，如「那去年呢？」`,
    '输入 /help 查看帮助，/tour 导览，/quiz 练习题，/quit 或 Ctrl-D 退出。',
    '要连接 Discord：在 .env 中设置 DISCORD_TOKEN 和 DISCORD_CLIENT_ID，运行 npm run deploy-commands，',
    '再运行 npm start（详见 README「Discord 设置」）。',
  ].join('\n');
}

export function helpText(): string {
  return [
    '怎么问：一句话即可，简称、编码、拼音首字母都行。例如：',
    ...EXAMPLE_QUESTIONS.map((q) => `  · ${q}`),
    '接着上一个答案追问也行：「那去年呢？」「占多少？」「按经济分类呢？」「出处？」（5 分钟内有效）。',
    '答案下面的「接着问」可以直接输入编号。',
    '命令：',
    '  /tour [步骤]   导览：一步步读懂这份预算；n 或「下一步」继续，p 或「上一步」返回',
    '  /quiz [题号]   练习题：输入 1–4（或 A–D）作答，「下一题」继续，记分',
    '  /chart [目录]  把图表写成 PNG 到这个目录（默认 charts），含上一个答案的图',
    '  /help 帮助　/quit 退出',
  ].join('\n');
}

function quizText(q: QuizQuestion): string {
  return [
    `【练习题 · 题号 ${q.seed}】`,
    plain(q.prompt),
    ...q.options.map((o, i) => `  ${i + 1}. [${QUIZ_LETTERS[i]}] ${plain(o)}`),
    '输入 1–4（或 A–D）作答。',
  ].join('\n');
}

/** "2" or "b" while a question is open: the option's index; anything else: undefined. */
function quizChoice(line: string): number | undefined {
  if (/^[1-4]$/.test(line)) return Number.parseInt(line, 10) - 1;
  const letter = QUIZ_LETTERS.indexOf(line.toUpperCase() as (typeof QUIZ_LETTERS)[number]);
  return letter >= 0 ? letter : undefined;
}

export async function runConsoleChat({
  engine,
  onboarding,
  chartDir: initialChartDir,
  writeChart = writeChartPng,
  input = process.stdin,
  output = process.stdout,
  log,
}: ConsoleChatOptions): Promise<void> {
  const interactive = input.isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive });
  const print = (text: string) => output.write(`${text}\n`);
  const prompt = () => interactive && rl.prompt();
  // Ctrl-C on a terminal: leave like EOF instead of killing the process mid-line.
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt(PROMPT);

  const conversations = new Conversations();
  const scores = new QuizScores();
  let chartDir = initialChartDir;
  let last: Answer | undefined;
  let quiz: { open?: QuizQuestion; nextSeed?: number } = {};

  async function writeChartOf(answer: Answer, dir: string): Promise<void> {
    if (!answer.chart) return;
    try {
      print(`图表：${await writeChart(answer.chart, dir)}`);
    } catch (err) {
      log?.warn('图表生成失败', { err, chart: answer.chart.title });
      print('图表未能生成（答案本身不受影响）。');
    }
  }

  async function show(answer: Answer): Promise<void> {
    last = answer;
    const hint = answer.step
      ? [
          answer.step.index + 1 < answer.step.total ? '输入 n 或「下一步」继续' : '导览到此结束',
          ...(answer.step.index > 0 ? ['p 或「上一步」返回'] : []),
        ].join('，')
      : '';
    print(`${renderAnswerText(answer)}${hint ? `\n（${hint}）` : ''}\n`);
    if (chartDir) await writeChartOf(answer, chartDir);
  }

  function needOnboarding(): Onboarding | undefined {
    if (!onboarding) print('导览和练习题暂不可用：答题引擎没有提供它们。');
    return onboarding;
  }

  function askQuiz(seed: number): void {
    const q = needOnboarding()?.quizQuestion(undefined, seed % (QUIZ_SEED_MAX + 1));
    if (onboarding && !q) print('这份预算的数据太少，出不了题。');
    if (!q) return;
    quiz = { open: q, nextSeed: q.seed + 1 };
    print(`${quizText(q)}\n`);
  }

  async function tourAt(index: number): Promise<void> {
    const tour = needOnboarding();
    if (tour) await show(tour.tourStep(last?.step?.datasetId, index));
  }

  async function handle(line: string): Promise<void> {
    const [command = '', ...rest] = line.split(/\s+/);
    const argument = rest.join(' ');
    const choice = quiz.open ? quizChoice(line) : undefined;
    if (quiz.open && choice !== undefined) {
      const q = quiz.open;
      quiz = { nextSeed: quiz.nextSeed };
      const score = scores.record(ME.user, q.id, choice === q.correct);
      const reveal = onboarding?.revealAnswer(q, choice, score);
      if (reveal) print(`${renderAnswerText(reveal)}\n输入「下一题」继续，或 /quiz 换一道。\n`);
      return;
    }
    quiz = { nextSeed: quiz.nextSeed };
    if (HELP.has(line)) print(helpText());
    else if (command === '/tour')
      await tourAt(/^\d{1,2}$/.test(argument) ? Number.parseInt(argument, 10) - 1 : 0);
    else if (NEXT.has(line.toLowerCase()) || PREVIOUS.has(line.toLowerCase())) {
      const step = last?.step;
      if (!step) print('还没有开始导览：输入 /tour 开始。');
      else if (NEXT.has(line.toLowerCase()) && step.index + 1 >= step.total)
        print('导览已经结束：输入 /tour 重新开始。');
      else if (PREVIOUS.has(line.toLowerCase()) && step.index === 0) print('这已经是第一步。');
      else await tourAt(step.index + (NEXT.has(line.toLowerCase()) ? 1 : -1));
    } else if (command === '/quiz') {
      askQuiz(/^\d{1,10}$/.test(argument) ? Number.parseInt(argument, 10) : randomInt(1_000_000));
    } else if (NEXT_QUESTION.has(line)) {
      askQuiz(quiz.nextSeed ?? randomInt(1_000_000));
    } else if (command === '/chart') {
      chartDir = argument || chartDir || DEFAULT_CHART_DIR;
      print(`图表将写到：${chartDir}`);
      if (last?.chart) await writeChartOf(last, chartDir);
    } else {
      const n = /^\d{1,2}$/.test(line) ? Number.parseInt(line, 10) : 0;
      const question = (n > 0 ? last?.suggestions[n - 1] : undefined) ?? line;
      await show(converse(engine, conversations, ME, question));
    }
  }

  print(banner(engine));
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line) {
      try {
        await handle(line);
      } catch (err) {
        log?.error('回答时出错', { err, line, ...(err instanceof EngineError ? err.context : {}) });
        print('抱歉，处理这个问题时出了点问题。请换个问法再试。');
      }
    }
    prompt();
  }
  rl.close();
  print('再见。');
}
