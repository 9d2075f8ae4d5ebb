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
}

/** A pool of worker threads. */
function workerPool(jobs: number, config: WorkerConfig): Pool {
  const queue: Array<{ task: WorkerTask; resolve: (result: TaskResult) => void }> = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;

  const dispatch = (slot: Slot): void => {
    const next = queue.shift();
    if (!next) return;
    slot.pending = { seq: next.task.seq, resolve: next.resolve };
    slot.worker.postMessage(next.task);
  };
  const start = (): Slot => {
    const slot: Slot = { worker: startWorker(config), pending: null };
    slot.worker.on('message', (message: { seq: number; result: TaskResult }) => {
      const pending = slot.pending;
      slot.pending = null;
      if (pending && pending.seq === message.seq) pending.resolve(message.result);
      dispatch(slot);
    });
    // A worker that dies fails its task, and a new one takes its place.
    slot.worker.on('error', (error) => {
      const pending = slot.pending;
      slot.pending = null;
      pending?.resolve({ ok: false, error: { code: 'analysis-failed', message: error.message } });
      if (closed) return;
      const index = slots.indexOf(slot);
      const replacement = start();
      slots[index] = replacement;
      dispatch(replacement);
    });
    return slot;
  };
  for (let index = 0; index < jobs; index += 1) slots.push(start());
  return {
    run(text) {
      return new Promise((resolve) => {
        seq += 1;
        queue.push({ task: { seq, text }, resolve });
        const idle = slots.find((slot) => slot.pending === null);
        if (idle) dispatch(idle);
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
