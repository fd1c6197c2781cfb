/**
 * The chart queue: real worker threads rendering real charts; a full queue, a render that never ends
 * and a corrupt font each end in a ChartUnavailable with its reason, never a hang.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeGlyph } from '../../src/core/chart/png.js';
import { ChartQueue, ChartUnavailable } from '../../src/core/chart/queue.js';
import { recordingLogger } from '../helpers/context.js';
import { sangongYoY } from '../helpers/chart-specs.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let dir: string;
let corrupt: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'chart-queue-'));
  corrupt = path.join(dir, 'corrupt.ttf');
  // A TrueType header followed by garbage: opens as a file, draws nothing.
  await writeFile(corrupt, Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 4]), Buffer.alloc(4096, 0x5a)]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function reasonOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChartUnavailable);
  return (err as ChartUnavailable).reason;
}

describe('probeGlyph (font health check)', () => {
  it('draws 预 with the bundled fonts', () => {
    const probe = probeGlyph();
    expect(probe.ok).toBe(true);
    if (probe.ok) expect(probe.darkPixels).toBeGreaterThan(150);
  });

  it('fails with a reason for a corrupt font and for a missing one', () => {
    const bad = probeGlyph([corrupt]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/字体/);
    const missing = probeGlyph([path.join(dir, 'missing.ttf')]);
    expect(missing).toEqual({ ok: false, reason: expect.stringContaining('字体文件不存在') });
  });
});

describe('ChartQueue', () => {
  it('renders a chart in a worker thread after the font check passed', async () => {
    const log = recordingLogger();
    const queue = await ChartQueue.start({ log, workers: 1 });
    try {
      expect(queue.disabledReason).toBeUndefined();
      const png = await queue.render(sangongYoY);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(png.length).toBeGreaterThan(5000);
      expect(queue.stats.rendered).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('refuses at once when the queue is full, times out a render that never ends, then renders again', async () => {
    const log = recordingLogger();
    const queue = await ChartQueue.start({
      log,
      workers: 1,
      maxQueued: 1,
      // Long enough for a fresh worker to load its fonts on a busy 2-core machine (CI runs the suite
      // in parallel), short enough to keep the test quick.
      timeoutMs: 3000,
      skipHealthCheck: true,
    });
    try {
      const hung = queue.hang();
      const waiting = queue.render(sangongYoY); // queued behind the hung job
      const started = Date.now();
      expect(await reasonOf(queue.render(sangongYoY))).toBe('busy');
      expect(Date.now() - started).toBeLessThan(100);
      expect(await reasonOf(hung)).toBe('timeout');
      // The hung worker was replaced: the queued job either rendered or timed out, never hung.
      const png = await waiting.catch((e: unknown) => e);
      expect(png instanceof Buffer || (png instanceof ChartUnavailable && png.reason === 'timeout')).toBe(
        true,
      );
      expect((await queue.render(sangongYoY)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(log.entries.map((e) => e.message)).toContain('图表渲染超时，已重启该工作线程');
    } finally {
      await queue.close();
    }
  }, 30_000);

  it('disables charts with a logged reason when the font check cannot draw a glyph', async () => {
    const log = recordingLogger();
    const queue = await ChartQueue.start({ log, workers: 1, workerData: { probeFontFiles: [corrupt] } });
    try {
      expect(queue.disabledReason).toMatch(/^字体未能绘出字形/);
      expect(await reasonOf(queue.render(sangongYoY))).toBe('disabled');
      expect(log.entries.filter((e) => e.level === 'error').map((e) => e.message)).toEqual([
        `图表已停用：${queue.disabledReason}`,
      ]);
    } finally {
      await queue.close();
    }
  });

  it('stops a worker left idle (returning its memory) and starts one again for the next chart', async () => {
    const queue = await ChartQueue.start({ log: recordingLogger(), workers: 1, idleMs: 200 });
    try {
      expect(queue.liveWorkers).toBe(1); // the font check ran in it
      await new Promise((r) => setTimeout(r, 400));
      expect(queue.liveWorkers).toBe(0);
      expect((await queue.render(sangongYoY)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(queue.liveWorkers).toBe(1);
    } finally {
      await queue.close();
    }
    expect(queue.liveWorkers).toBe(0);
  });

  it('refuses jobs after close', async () => {
    const queue = await ChartQueue.start({ log: recordingLogger(), workers: 1, skipHealthCheck: true });
    await queue.close();
    expect(await reasonOf(queue.render(sangongYoY))).toBe('closed');
  });
});
