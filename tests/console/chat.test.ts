import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/console/chat.js';
import { THROWING_QUESTION, createFakeEngine } from '../helpers/fake-engine.js';
import { recordingLogger } from '../helpers/context.js';

/** Feed lines to the chat (then EOF unless told otherwise) and collect everything it printed. */
async function chat(lines: string[], { eof = true } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const engine = createFakeEngine();
  const log = recordingLogger();
  const done = runConsoleChat({ engine, input, output, log });
  input.write(lines.map((l) => `${l}\n`).join(''));
  if (eof) input.end();
  await done;
  return { printed, engine, log };
}

describe('console chat', () => {
  it('says it is the local mode and how to connect Discord', async () => {
    const { printed } = await chat([]);
    expect(printed).toContain('本地控制台模式');
    expect(printed).toContain('DISCORD_TOKEN');
    expect(printed).toContain('README');
    expect(printed).toContain('已加载：北京市西城区人民政府办公室 · 2020年');
  });

  it('answers a question with the figure and its source, then ends cleanly at EOF', async () => {
    const { printed } = await chat(['公务接待费是多少']);
    expect(printed).toContain('22,320.24 元');
    expect(printed).toContain('出处：\n  · 表九 部门预算明细表：');
    expect(printed.trimEnd().endsWith('再见。')).toBe(true);
  });

  it('takes a suggestion number as that suggestion, and a number with no such suggestion as a question', async () => {
    const { engine } = await chat(['公务接待费是多少', '2', '9']);
    expect(engine.asked.map((a) => a.question)).toEqual(['公务接待费是多少', '三公经费是多少', '9']);
  });

  it('answers an English question through the same engine', async () => {
    const { engine } = await chat(['How much is official reception?']);
    expect(engine.asked.map((a) => a.question)).toEqual(['How much is official reception?']);
  });

  it('shows help on /help and stops at /quit without reading further', async () => {
    const { printed, engine } = await chat(['/help', '/quit', '公务接待费是多少'], { eof: false });
    expect(printed).toContain('怎么问');
    expect(engine.asked).toEqual([]);
    expect(printed.trimEnd().endsWith('再见。')).toBe(true);
  });

  it('skips blank lines and survives an engine failure with one friendly line', async () => {
    const { printed, engine, log } = await chat(['', '   ', THROWING_QUESTION, '公务接待费是多少']);
    expect(engine.asked.map((a) => a.question)).toEqual([THROWING_QUESTION, '公务接待费是多少']);
    expect(printed).toContain('抱歉，处理这个问题时出了点问题。');
    expect(printed).not.toContain('secret');
    expect(log.entries.map((e) => e.level)).toEqual(['error']);
  });
});
