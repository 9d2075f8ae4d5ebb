/** A worker thread of the CLI pool: one analyzer, created once, runs the tasks it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer.js';
import type { AnalyzerOptions } from '../types.js';
import { runTask, type OutputShape, type TaskResult } from './task.js';

/** What a worker is started with. */
export interface WorkerConfig {
  options: AnalyzerOptions;
  shape: OutputShape;
}

/** A task: its sequence number and text. */
export interface WorkerTask {
  seq: number;
  text: string;
}

/** What a worker posts: that its analyzer is loaded, then the result of each task in turn. */
export type WorkerMessage = { ready: true } | { seq: number; result: TaskResult };

const config = workerData as WorkerConfig;
const analyzer = createAnalyzer(config.options);
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
post({ ready: true });
parentPort?.on('message', (task: WorkerTask) => {
  post({ seq: task.seq, result: runTask(analyzer, task.text, config.shape) });
});
