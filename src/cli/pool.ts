/**
 * The analysis pool: `jobs` worker threads, each with its own analyzer, fed one task at a time; with
 * one job the analysis runs in this thread (no worker to start).
 */
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { runTask, type TaskResult } from './task.js';
import type { WorkerConfig, WorkerTask } from './worker.js';

/** Runs analyses; results come back in any order, each for its own text. */
export interface Pool {
  run(text: string): Promise<TaskResult>;
  close(): Promise<void>;
}

/**
 * Starts a worker running the worker script next to this module: the built file, or, when framelens
 * runs from its TypeScript source (tests, tsx), the source through tsx's loader, registered in the
 * worker because loaders do not carry over to worker threads.
 */
function startWorker(config: WorkerConfig): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./cli-worker.js', here), { workerData: config });
  const api = import.meta.resolve('tsx/esm/api');
  const script = new URL('./worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: config });
}

/** A pool that analyzes in this thread, yielding to the event loop between texts (output, progress). */
function inlinePool(config: WorkerConfig): Pool {
  let analyzer: Analyzer | undefined;
  return {
    run: (text) =>
      new Promise((resolve) => {
        setImmediate(() => {
          analyzer ??= createAnalyzer(config.options);
          resolve(runTask(analyzer, text, config.shape));
        });
      }),
    close: async () => undefined,
  };
}

interface Slot {
  worker: Worker;
  pending: { seq: number; resolve: (result: TaskResult) => void } | null;
  /** Set once the worker has died and its place is being taken. */
  dead: boolean;
}

/** Workers that die in a row without finishing a task before the pool gives up on its queue. */
const MAX_FAILED_STARTS = 3;

/**
 * A pool of worker threads, started as work arrives (never more than there are tasks). A worker
 * that dies, by an error or an exit, fails its task and is replaced; when workers keep dying before
 * finishing anything, the queued tasks fail instead of waiting forever.
 */
function workerPool(jobs: number, config: WorkerConfig): Pool {
  const queue: Array<{ task: WorkerTask; resolve: (result: TaskResult) => void }> = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;
  let failedStarts = 0;

  const dispatch = (slot: Slot): void => {
    const next = queue.shift();
    if (!next) return;
    slot.pending = { seq: next.task.seq, resolve: next.resolve };
    slot.worker.postMessage(next.task);
  };
  const failQueue = (message: string): void => {
    for (const waiting of queue.splice(0)) waiting.resolve({ ok: false, error: { code: 'analysis-failed', message } });
  };
  const died = (slot: Slot, message: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    const pending = slot.pending;
    slot.pending = null;
    pending?.resolve({ ok: false, error: { code: 'analysis-failed', message } });
    slots.splice(slots.indexOf(slot), 1);
    if (closed) return;
    failedStarts += 1;
    if (failedStarts >= MAX_FAILED_STARTS) {
      failQueue(`the analysis workers keep failing (${message})`);
      return;
    }
    if (queue.length > 0) dispatch(start());
  };
  const start = (): Slot => {
    const slot: Slot = { worker: startWorker(config), pending: null, dead: false };
    slots.push(slot);
    slot.worker.on('message', (message: { seq: number; result: TaskResult }) => {
      failedStarts = 0;
      const pending = slot.pending;
      slot.pending = null;
      if (pending && pending.seq === message.seq) pending.resolve(message.result);
      dispatch(slot);
    });
    slot.worker.on('error', (error) => died(slot, error.message));
    slot.worker.on('exit', (code) => died(slot, `a worker exited (code ${code})`));
    return slot;
  };
  return {
    run(text) {
      return new Promise((resolve) => {
        seq += 1;
        queue.push({ task: { seq, text }, resolve });
        if (failedStarts >= MAX_FAILED_STARTS) {
          failQueue('the analysis workers keep failing');
          return;
        }
        const idle = slots.find((slot) => slot.pending === null && !slot.dead);
        if (idle) dispatch(idle);
        else if (slots.length < jobs) dispatch(start());
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * A pool of `jobs` analyzers, created by the workers (or, for one job, on the first text), so that
 * the main thread never loads a language model it does not use.
 */
export function createPool(jobs: number, config: WorkerConfig): Pool {
  return jobs <= 1 ? inlinePool(config) : workerPool(jobs, config);
}
