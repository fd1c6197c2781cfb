import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat, type ConsoleChatOptions } from '../../src/console/chat.js';
import type { Engine } from '../../src/core/engine.js';
import { onboardingOf } from '../../src/core/onboarding.js';
import { realEngine } from '../helpers/engine.js';
import {
  FOLLOW_UP,
  ITEM_RECEPTION,
  THROWING_QUESTION,
  createFakeEngine,
  instrumented,
  type FakeEngine,
} from '../helpers/fake-engine.js';
import { recordingLogger } from '../helpers/context.js';

/** Feed lines to the chat (then EOF unless told otherwise) and collect everything it printed. */
async function chat(
  lines: string[],
  {
    eof = true,
    ...options
  }: { eof?: boolean } & Partial<Pick<ConsoleChatOptions, 'onboarding' | 'chartDir' | 'writeChart'>> & {
      engine?: Engine & Pick<FakeEngine, 'asked'>;
    } = {},
) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const engine = options.engine ?? createFakeEngine();
  const log = recordingLogger();
  const done = runConsoleChat({ ...options, engine, input, output, log });
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

  it('carries the subject to a follow-up and prints how it was understood', async () => {
    const { printed, engine } = await chat(['公务接待费是多少', FOLLOW_UP]);
    expect(engine.asked[1]?.options?.previous?.id).toBe(ITEM_RECEPTION);
    expect(printed).toContain(
      '【公务接待费 · 2019年】\n（按上文：公务接待费，2019年）\n2019年公务接待费：26,268.00 元',
    );
  });

  it('with the real engine: 22,320.24 元 with its source, then the follow-up 26,268.00 元', async () => {
    const { printed } = await chat(['公务接待费是多少', FOLLOW_UP], { engine: instrumented(realEngine()) });
    const [first = '', second = ''] = printed.split('【公务接待费 · 2019年】');
    expect(first).toContain('2020年公务接待费：22,320.24 元');
    expect(first).toContain('出处：\n  · 表七 一般公共预算“三公”经费支出情况表：2、公务接待费');
    expect(second).toContain('（按上文：公务接待费，2019年）\n2019年公务接待费：26,268.00 元');
  });

  const onboarding = onboardingOf(realEngine());
  const titles = (printed: string) => [...printed.matchAll(/^【(.*?)】/gm)].map((m) => m[1]);

  it('walks the tour: /tour, n / 下一步 forward, p / 上一步 back, with the way on shown under each step', async () => {
    const { printed } = await chat(['/tour', 'n', '下一步', 'p', '上一步', '上一步'], { onboarding });
    expect(titles(printed).map((t) => t?.split(' · ')[0])).toEqual([
      '导览 1/16',
      '导览 2/16',
      '导览 3/16',
      '导览 2/16',
      '导览 1/16',
    ]);
    expect(printed).toContain('（输入 n 或「下一步」继续）');
    expect(printed).toContain('（输入 n 或「下一步」继续，p 或「上一步」返回）');
    expect(printed).toContain('这已经是第一步。');
  });

  it('starts the tour at a step, ends it at the last one, and explains n before any tour', async () => {
    const { printed } = await chat(['n', '/tour 16', 'n'], { onboarding });
    expect(printed).toContain('还没有开始导览：输入 /tour 开始。');
    expect(titles(printed)[0]).toMatch(/^导览 16\/16 · /);
    expect(printed).toContain('（导览到此结束，p 或「上一步」返回）');
    expect(printed).toContain('导览已经结束：输入 /tour 重新开始。');
  });

  it('runs a quiz: options 1–4, the reveal with the cited figure, a running score, 下一题', async () => {
    // Question 6 asks the 表九 amount of 日常公用支出（在职人员）_公务用车运行维护费: 25,000.00 元 in the source.
    const { printed } = await chat(['/quiz 6', '4', '下一题', 'a'], { onboarding });
    expect(printed).toContain('【练习题 · 题号 6】');
    expect(printed).toContain('  4. [D] 25,000.00 元');
    expect(printed).toContain('【✓ 答对了】');
    expect(printed).toContain('本轮得分：1/1');
    expect(printed).toContain(
      '  · 表九 部门预算明细表：日常公用支出（在职人员）_公务用车运行维护费 · 预算金额（第 1693 行）',
    );
    expect(printed).toContain('【练习题 · 题号 7】');
    expect(printed).toContain('本轮得分：1/2');
  });

  it('leaves an open question when something else is asked, and then takes "2" as a suggestion again', async () => {
    const { printed, engine } = await chat(['/quiz 6', '公务接待费是多少', '2'], { onboarding });
    expect(printed).not.toContain('答对了');
    expect(printed).not.toContain('答错了');
    expect(engine.asked.map((a) => a.question)).toEqual(['公务接待费是多少', '三公经费是多少']);
  });

  it('says the tour and quiz are unavailable without them', async () => {
    const { printed } = await chat(['/tour', '/quiz']);
    expect(printed.match(/导览和练习题暂不可用/g)).toHaveLength(2);
  });

  it("--chart-dir writes each chart and prints its path; /chart DIR writes the last answer's chart there", async () => {
    const written: [string, string][] = [];
    const writeChart = async (spec: { title: string }, dir: string) => {
      written.push([spec.title, dir]);
      return `${dir}/chart.png`;
    };
    const first = await chat(['支出按功能分类的构成', '公务接待费是多少'], { chartDir: 'out', writeChart });
    expect(first.printed).toContain('图表：out/chart.png');
    expect(written).toEqual([['北京市西城区人民政府办公室 2020年 支出功能分类（类）', 'out']]);

    const second = await chat(['支出按功能分类的构成', '/chart pics'], { writeChart });
    expect(second.printed).toContain('图表将写到：pics\n图表：pics/chart.png');
    expect(written).toHaveLength(2);
  });

  it('a chart that fails to render leaves the answer standing', async () => {
    const writeChart = async () => {
      throw new Error('no fonts');
    };
    const { printed, log } = await chat(['支出按功能分类的构成'], { chartDir: 'out', writeChart });
    expect(printed).toContain('206 科学技术支出：76,411,771.98 元');
    expect(printed).toContain('图表未能生成（答案本身不受影响）。');
    expect(log.entries.map((e) => e.level)).toEqual(['warn']);
  });
});
