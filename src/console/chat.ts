/**
 * The console chat: `npm start` without DISCORD_TOKEN. Same engine, same answers, rendered as text.
 * Lines are handled one at a time in order (piped input too); EOF, Ctrl-C and /quit end it cleanly.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../core/answer/types.js';
import type { Engine } from '../core/engine.js';
import { datasetLabel } from '../core/present.js';
import { EXAMPLE_QUESTIONS } from '../core/questions.js';
import type { Logger } from '../log.js';
import { renderAnswerText } from './render.js';

export interface ConsoleChatOptions {
  engine: Engine;
  input?: Readable & { isTTY?: boolean };
  output?: Writable;
  log?: Logger;
}

const PROMPT = '问> ';
const QUIT = new Set(['/quit', '/exit', '/q', 'quit', 'exit', '退出']);

export function banner(engine: Engine): string {
  const loaded = engine.datasets.map(datasetLabel).join('；') || '（无）';
  return [
    '预算问答 · 本地控制台模式（未设置 DISCORD_TOKEN，不连接 Discord）',
    `已加载：${loaded}`,
    `直接输入问题并回车，例如：${EXAMPLE_QUESTIONS[0]}`,
    '输入 /help 查看帮助，/quit 或 Ctrl-D 退出。',
    '要连接 Discord：在 .env 中设置 DISCORD_TOKEN 和 DISCORD_CLIENT_ID，运行 npm run deploy-commands，',
    '再运行 npm start（详见 README「Discord 设置」）。',
  ].join('\n');
}

export function helpText(): string {
  return [
    '怎么问：一句话即可，简称、编码、拼音首字母都行。例如：',
    ...EXAMPLE_QUESTIONS.map((q) => `  · ${q}`),
    '答案下面的「接着问」可以直接输入编号。',
    '命令：/help 帮助　/quit 退出',
  ].join('\n');
}

export async function runConsoleChat({
  engine,
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

  print(banner(engine));
  prompt();
  let last: Answer | undefined;
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line === '/help' || line === '帮助') {
      print(helpText());
    } else if (line) {
      const n = /^\d{1,2}$/.test(line) ? Number.parseInt(line, 10) : 0;
      const question = (n > 0 ? last?.suggestions[n - 1] : undefined) ?? line;
      try {
        last = engine.answer(question);
        print(`${renderAnswerText(last)}\n`);
      } catch (err) {
        log?.error('回答时出错', { err, question });
        print('抱歉，处理这个问题时出了点问题。请换个问法再试。');
      }
    }
    prompt();
  }
  rl.close();
  print('再见。');
}
