/**
 * The analysis pool. With one job the analyzer runs in this thread. With more, `jobs` worker threads
 * run the analyses, fed from one queue, and this thread only reads, hands out and writes: an
 * analysis here would block it, and the workers would wait for their next task meanwhile. (Measured
 * on two cores and 5,544 articles with V8's default flags: one worker beside an analyzer in this
 * thread gave 1.54 times the speed of one job, two workers 1.79 times.) When workers keep dying, this thread analyzes the rest.
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
 * A pool of `jobs` analyzers fed from one queue: with one job, an analyzer in this thread (created
 * on the first text); with more, up to `jobs` worker threads, started as texts arrive (one text
 * starts one worker). A worker that dies fails the task it was running (the one it held next is
 * queued again) and is replaced; when workers keep dying, no more are started and this thread
 * analyzes the rest.
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
      const useWorkers = jobs > 1 && failedStarts < MAX_FAILED_STARTS;
      if (!useWorkers && !inlineBusy) {
        runInline(queue.shift() as Queued);
        continue;
      }
      // Every worker is busy or starting: start another while the waiting texts outnumber those starting.
      if (useWorkers && slots.length < jobs && queue.length > slots.filter((other) => !other.ready).length) {
        start();
        continue;
      }
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
