/** A worker thread of the CLI pool: one analyzer, created once, runs the tasks it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer.js';
import type { AnalyzerOptions } from '../types.js';
import { runTask, type OutputShape } from './task.js';

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

const config = workerData as WorkerConfig;
const analyzer = createAnalyzer(config.options);
parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage({ seq: task.seq, result: runTask(analyzer, task.text, config.shape) });
});
