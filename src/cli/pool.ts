/**
 * The analysis pool: `jobs` analyzers, one in this thread and `jobs - 1` in worker threads, all
 * fed from one queue. The analyzer in this thread starts at once; a worker takes tasks only once
 * it has loaded its own, so no task waits for a worker to start. Ready workers are fed first: an
 * analysis in this thread blocks it, and a worker left without a task meanwhile would sit idle.
 */
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { runTask, type TaskResult } from './task.js';
import type { WorkerConfig, WorkerMessage, WorkerTask } from './worker.js';

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

/** A task waiting for an analyzer. */
interface Queued {
  task: WorkerTask;
  resolve: (result: TaskResult) => void;
}

/** What the pool uses of a worker thread (tests give it a stand-in). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'on'>;

interface Slot {
  worker: WorkerLike;
  /** Set once the worker has loaded its analyzer: only then does it take tasks. */
  ready: boolean;
  /** Tasks sent to the worker, in the order it runs them. */
  pending: Queued[];
  /** Set once the worker has died. */
  dead: boolean;
}

/** Workers that die in a row without finishing a task before no more are started (this thread carries on). */
const MAX_FAILED_STARTS = 3;
/**
 * Tasks a worker holds at once: the next one is already there when it finishes one, so it does not
 * wait for this thread, which may be busy with an analysis of its own.
 */
const PREFETCH = 2;

/**
 * A pool of `jobs` analyzers fed from one queue: one in this thread (created on the first text)
 * and up to `jobs - 1` worker threads, started one at a time as the queue backs up. A worker that
 * dies fails the task it was running (the one it held next is queued again) and is replaced; when workers keep dying, no more are started and
 * this thread analyzes the rest.
 */
export function createPool(jobs: number, config: WorkerConfig, spawn: (config: WorkerConfig) => WorkerLike = startWorker): Pool {
  const queue: Queued[] = [];
  const slots: Slot[] = [];
  let analyzer: Analyzer | undefined;
  let inlineBusy = false;
  let seq = 0;
  let closed = false;
  let failedStarts = 0;

  const runInline = (item: Queued): void => {
    inlineBusy = true;
    // Yield to the event loop first: output, input and the workers' messages go on between analyses.
    setImmediate(() => {
      analyzer ??= createAnalyzer(config.options);
      const result = runTask(analyzer, item.task.text, config.shape);
      inlineBusy = false;
      item.resolve(result);
      pump();
    });
  };
  const send = (slot: Slot, item: Queued): void => {
    slot.pending.push(item);
    slot.worker.postMessage(item.task);
  };
  const pump = (): void => {
    while (queue.length > 0 && !closed) {
      const slot = idlest(slots);
      if (slot) {
        send(slot, queue.shift() as Queued);
        continue;
      }
      if (!inlineBusy) {
        runInline(queue.shift() as Queued);
        continue;
      }
      // The queue backs up: start a worker (one at a time); it takes tasks once it is ready.
      if (slots.length < jobs - 1 && failedStarts < MAX_FAILED_STARTS && slots.every((other) => other.ready)) start();
      break;
    }
  };
  const failQueued = (): void => {
    for (const item of queue.splice(0)) item.resolve(failure(CLOSED));
  };
  const died = (slot: Slot, message: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    slots.splice(slots.indexOf(slot), 1);
    // Only the task it was running fails; the one it held next goes back to the front of the queue.
    const [running, ...waiting] = slot.pending.splice(0);
    running?.resolve(failure(message));
    queue.unshift(...waiting);
    if (closed) {
      failQueued();
      return;
    }
    failedStarts += 1;
    pump();
  };
  const start = (): void => {
    const slot: Slot = { worker: spawn(config), ready: false, pending: [], dead: false };
    slots.push(slot);
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
      } else {
        failedStarts = 0;
        const item = slot.pending.shift();
        // A worker answers its tasks in order; an answer to another one is a broken worker, not a hang.
        if (item) item.resolve(item.task.seq === message.seq ? message.result : failure('a worker answered out of order'));
      }
      pump();
    });
    slot.worker.on('error', (error) => died(slot, error.message));
    slot.worker.on('exit', (code) => died(slot, `a worker exited (code ${code})`));
  };
  return {
    run(text) {
      return new Promise((resolve) => {
        if (closed) {
          resolve(failure(CLOSED));
          return;
        }
        seq += 1;
        queue.push({ task: { seq, text }, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      // Nothing is left waiting: tasks still queued fail.
      failQueued();
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Why a task left when the pool closed fails. */
const CLOSED = 'the pool was closed';

/** A task that failed in the pool, not in the analysis. */
function failure(message: string): TaskResult {
  return { ok: false, error: { code: 'analysis-failed', message } };
}

/** The ready worker with the fewest tasks, if one has room for another. */
function idlest(slots: readonly Slot[]): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots) {
    if (!slot.ready || slot.dead || slot.pending.length >= PREFETCH) continue;
    if (!best || slot.pending.length < best.pending.length) best = slot;
  }
  return best;
}
