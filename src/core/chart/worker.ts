/**
 * The chart worker thread: ChartSpec → SVG → font subsets → resvg render → PNG, all off the main
 * thread. Started and fed by ChartQueue (queue.ts); one job at a time per worker.
 *
 * Messages in:  { id, type: 'render', spec } | { id, type: 'probe' } | { id, type: 'hang' } (tests only)
 * Messages out: { id, ok: true, png } | { id, ok: false, error } | { id, ok: true, probe }
 */
import { parentPort, workerData } from 'node:worker_threads';
import { probeGlyph, renderPngSync } from './png.js';
import type { ChartSpec } from './spec.js';
import { renderSvg } from './svg.js';

export type WorkerRequest =
  | { id: number; type: 'render'; spec: ChartSpec }
  | { id: number; type: 'probe' }
  | { id: number; type: 'hang' };

export type WorkerReply =
  | { id: number; ok: true; png: Uint8Array }
  | { id: number; ok: true; probe: ReturnType<typeof probeGlyph> }
  | { id: number; ok: false; error: string };

export interface ChartWorkerData {
  /** Font files for the health probe (tests give a corrupt one); default the bundled fonts. */
  probeFontFiles?: string[];
}

const data = (workerData ?? {}) as ChartWorkerData;

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (request.type === 'probe') {
      reply = { id: request.id, ok: true, probe: probeGlyph(data.probeFontFiles) };
    } else if (request.type === 'hang') {
      // A render that never finishes: only the queue's timeout (terminate) ends it.
      for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    } else {
      const png = renderPngSync(renderSvg(request.spec));
      reply = { id: request.id, ok: true, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    }
  } catch (err) {
    reply = { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
