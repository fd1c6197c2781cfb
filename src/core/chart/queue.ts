/**
 * Charts behind a bounded queue of worker threads (worker.ts). The main thread only posts a ChartSpec
 * and receives PNG bytes: SVG building, font subsetting, rendering and PNG encoding all happen in a
 * worker. Every job has one deadline, counted from when it was queued; a job still queued at its
 * deadline is dropped, and a worker still rendering one is terminated and replaced. When the queue is
 * full, the job is refused at once. Each refusal is a ChartUnavailable with a reason, so the answer
 * can go out without its picture and say why.
 *
 * At start the first worker draws a glyph (font health check, see probeGlyph); if that fails, charts
 * are disabled for the life of the process and the reason is logged.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../log.js';
import type { ChartSpec } from './spec.js';
import type { ChartWorkerData, WorkerReply, WorkerRequest } from './worker.js';

const RUNNING_TS = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./worker.${RUNNING_TS ? 'ts' : 'js'}`, import.meta.url);

/**
 * Under tsx (npm start, tests) a worker cannot be given `--import tsx`; it registers tsx itself, then
 * imports worker.ts. Compiled, worker.js is started directly.
 */
function newWorker(data: ChartWorkerData): Worker {
  if (!RUNNING_TS) return new Worker(WORKER_URL, { workerData: data });
  // The ESM entry of tsx/esm/api (require.resolve would give its CommonJS one).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

export type ChartUnavailableReason = 'busy' | 'timeout' | 'failed' | 'disabled' | 'closed';

/** Why a chart was left out, as the user reads it (one clause). */
export const CHART_LEFT_OUT: Record<ChartUnavailableReason, string> = {
  busy: '当前请求较多，图表这次没有生成',
  timeout: '图表生成超时，这次没有附上',
  failed: '图表生成出错，这次没有附上',
  disabled: '图表功能暂不可用',
  closed: '机器人正在重启，图表这次没有生成',
};

export class ChartUnavailable extends Error {
  override readonly name = 'ChartUnavailable';
  constructor(
    readonly reason: ChartUnavailableReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

export interface ChartQueueOptions {
  log: Logger;
  /** Worker threads (default: one per spare core, at least 1, at most 2). */
  workers?: number;
  /** Jobs waiting beyond those being rendered; more are refused ('busy'). */
  maxQueued?: number;
  /** Deadline per job from the moment it is queued, ms. */
  timeoutMs?: number;
  /** A worker with nothing to do for this long is stopped (its memory returned), ms. */
  idleMs?: number;
  /** For tests: what the worker's health probe draws with (a corrupt font). */
  workerData?: ChartWorkerData;
  /** Skip the font health check (tests of the queue mechanics only). */
  skipHealthCheck?: boolean;
}

interface Job {
  id: number;
  request: WorkerRequest;
  resolve(reply: WorkerReply): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  /** Absent while idle: the thread (and its fonts in memory) is started again on the next job. */
  worker?: Worker;
  job?: Job;
  idleTimer?: NodeJS.Timeout;
}

export const DEFAULT_CHART_WORKERS = Math.min(2, Math.max(1, availableParallelism() - 1));

export class ChartQueue {
  readonly #log: Logger;
  readonly #maxQueued: number;
  readonly #timeoutMs: number;
  readonly #workerData: ChartWorkerData;
  readonly #idleMs: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 1;
  #disabled: string | undefined;
  #closed = false;
  /** Counters for logs and the loadtest. */
  readonly stats = { rendered: 0, busy: 0, timeout: 0, failed: 0 };

  private constructor(options: ChartQueueOptions) {
    this.#log = options.log;
    this.#maxQueued = options.maxQueued ?? 16;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#workerData = options.workerData ?? {};
    this.#idleMs = options.idleMs ?? 20_000;
    const count = Math.max(1, options.workers ?? DEFAULT_CHART_WORKERS);
    for (let i = 0; i < count; i++) this.#slots.push({});
  }

  /** Start the workers and run the font health check. Never throws: a failure disables charts. */
  static async start(options: ChartQueueOptions): Promise<ChartQueue> {
    const queue = new ChartQueue(options);
    if (options.skipHealthCheck) return queue;
    try {
      const reply = await queue.#submit({ id: 0, type: 'probe' });
      if (!('probe' in reply)) throw new Error('unexpected probe reply');
      if (!reply.probe.ok) queue.#disable(reply.probe.reason);
      else options.log.info('图表字体检查通过', { darkPixels: reply.probe.darkPixels });
    } catch (err) {
      queue.#disable(`字体检查没有完成：${err instanceof Error ? err.message : String(err)}`);
    }
    return queue;
  }

  /** Set when the health check failed: why charts are off. */
  get disabledReason(): string | undefined {
    return this.#disabled;
  }

  get queued(): number {
    return this.#queue.length;
  }

  /** ChartSpec → PNG bytes, or a ChartUnavailable saying why not. */
  async render(spec: ChartSpec): Promise<Buffer> {
    if (this.#disabled !== undefined) throw new ChartUnavailable('disabled', this.#disabled);
    const reply = await this.#submit({ id: 0, type: 'render', spec });
    if (!('png' in reply)) throw new ChartUnavailable('failed', 'unexpected reply');
    this.stats.rendered++;
    return Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength);
  }

  /** For tests: a job that never finishes (proves the timeout). */
  hang(): Promise<WorkerReply> {
    return this.#submit({ id: 0, type: 'hang' });
  }

  /** Refuse new jobs, drop the queued ones, stop the workers. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const job of this.#queue.splice(0)) this.#settle(job, new ChartUnavailable('closed'));
    // Settled jobs' promises may have no listener left (their answer already went out).
    await Promise.all(
      this.#slots.map(async (slot) => {
        clearTimeout(slot.idleTimer);
        if (slot.job) this.#settle(slot.job, new ChartUnavailable('closed'));
        const worker = slot.worker;
        slot.worker = undefined;
        await worker?.terminate();
      }),
    );
  }

  #disable(reason: string): void {
    this.#disabled = reason;
    this.#log.error(`图表已停用：${reason}`);
  }

  #spawn(): Worker {
    const worker = newWorker(this.#workerData);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.#onReply(worker, reply));
    worker.on('error', (err) => this.#onCrash(worker, err));
    return worker;
  }

  #submit(request: WorkerRequest): Promise<WorkerReply> {
    if (this.#closed) return Promise.reject(new ChartUnavailable('closed'));
    const busy = this.#slots.every((s) => s.job);
    if (busy && this.#queue.length >= this.#maxQueued) {
      this.stats.busy++;
      return Promise.reject(new ChartUnavailable('busy', `${this.#queue.length} queued`));
    }
    return new Promise<WorkerReply>((resolve, reject) => {
      const id = this.#nextId++;
      const job: Job = {
        id,
        request: { ...request, id },
        resolve,
        reject,
        timer: setTimeout(() => this.#expire(job), this.#timeoutMs),
      };
      job.timer.unref();
      this.#queue.push(job);
      this.#pump();
    });
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.job) continue;
      const job = this.#queue.shift();
      if (!job) break;
      slot.job = job;
      job.slot = slot;
      clearTimeout(slot.idleTimer);
      slot.worker ??= this.#spawn();
      slot.worker.postMessage(job.request);
    }
    for (const slot of this.#slots) if (!slot.job && slot.worker) this.#idleLater(slot);
  }

  /** Workers currently running (idle ones are stopped after `idleMs`). */
  get liveWorkers(): number {
    return this.#slots.filter((s) => s.worker).length;
  }

  #idleLater(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      if (slot.job || !slot.worker) return;
      const worker = slot.worker;
      slot.worker = undefined;
      void worker.terminate();
    }, this.#idleMs);
    slot.idleTimer.unref();
  }

  #settle(job: Job, result: WorkerReply | Error): void {
    clearTimeout(job.timer);
    if (job.slot?.job === job) job.slot.job = undefined;
    job.slot = undefined;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }

  #expire(job: Job): void {
    this.stats.timeout++;
    const queuedAt = this.#queue.indexOf(job);
    if (queuedAt >= 0) {
      this.#queue.splice(queuedAt, 1);
      this.#settle(job, new ChartUnavailable('timeout', `queued > ${this.#timeoutMs} ms`));
      return;
    }
    const slot = job.slot;
    this.#settle(job, new ChartUnavailable('timeout', `render > ${this.#timeoutMs} ms`));
    if (slot) this.#replace(slot, '图表渲染超时，已重启该工作线程');
  }

  #replace(slot: Slot, why: string): void {
    const old = slot.worker;
    slot.worker = undefined;
    old?.removeAllListeners('message');
    old?.removeAllListeners('error');
    old?.on('error', () => undefined);
    void old?.terminate();
    this.#log.warn(why);
    if (this.#closed) return;
    this.#pump();
  }

  #onReply(worker: Worker, reply: WorkerReply): void {
    const slot = this.#slots.find((s) => s.worker === worker);
    const job = slot?.job;
    if (!slot || !job || job.id !== reply.id) return;
    if (reply.ok) this.#settle(job, reply);
    else {
      this.stats.failed++;
      this.#settle(job, new ChartUnavailable('failed', reply.error));
    }
    this.#pump();
  }

  #onCrash(worker: Worker, err: Error): void {
    const slot = this.#slots.find((s) => s.worker === worker);
    if (!slot) return;
    if (slot.job) {
      this.stats.failed++;
      this.#settle(slot.job, new ChartUnavailable('failed', err.message));
    }
    this.#replace(slot, `图表工作线程崩溃：${err.message}`);
  }
}
