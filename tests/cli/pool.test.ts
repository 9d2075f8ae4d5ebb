/** The CLI's analysis pool with stand-in workers: how it shares work and survives workers that die. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createPool, type WorkerLike } from '../../src/cli/pool.js';
import type { WorkerConfig, WorkerMessage, WorkerTask } from '../../src/cli/worker.js';

const config: WorkerConfig = { options: {}, shape: { full: false, keepText: false } };
const texts = Array.from({ length: 8 }, (_, index) => `Official number ${index} said the talks would resume.`);

/** A stand-in worker: says it is ready, then answers each task, or dies on its first ('die') or on the text "POISON". */
function fakeWorker(behaviour: 'answer' | 'die' | 'poison', spawned: WorkerLike[]): WorkerLike {
  const events = new EventEmitter();
  const emit = (name: string, value: unknown): void => void setImmediate(() => events.emit(name, value));
  const worker = {
    on(name: string, listener: Parameters<EventEmitter['on']>[1]) {
      events.on(name, listener);
      return worker;
    },
    postMessage(task: WorkerTask) {
      if (behaviour === 'die' || (behaviour === 'poison' && task.text === 'POISON')) emit('exit', 1);
      else emit('message', { seq: task.seq, result: { ok: true, json: `{"worker":${task.seq}}` } } satisfies WorkerMessage);
    },
    terminate: async () => 0,
  } as unknown as WorkerLike;
  spawned.push(worker);
  emit('message', { ready: true } satisfies WorkerMessage);
  return worker;
}

describe('the analysis pool', () => {
  it('with two jobs, two workers answer every text and this thread analyzes none', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(2, config, () => fakeWorker('answer', spawned));
    const results = await Promise.all(texts.map((text) => pool.run(text)));
    await pool.close();
    expect(spawned).toHaveLength(2);
    expect(results.map((result) => result.ok && result.json)).toEqual(texts.map((_, index) => `{"worker":${index + 1}}`));
  });

  it('starts no more workers than there are texts waiting', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(4, config, () => fakeWorker('answer', spawned));
    const result = await pool.run(texts[0] as string);
    await pool.close();
    expect(spawned).toHaveLength(1);
    expect(result).toEqual({ ok: true, json: '{"worker":1}' });
  });

  it('with one job, analyzes in this thread and starts no worker', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(1, config, () => fakeWorker('answer', spawned));
    const [result] = await Promise.all([pool.run(texts[0] as string)]);
    await pool.close();
    expect(spawned).toHaveLength(0);
    expect(result?.ok && JSON.parse(result.json).attributions).toHaveLength(1);
  });

  it('fails only the task a dying worker was running, stops starting workers, and analyzes the rest itself', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(2, config, () => fakeWorker('die', spawned));
    const results = await Promise.all(texts.map((text) => pool.run(text)));
    await pool.close();
    // Two at first, then a replacement for each death until three have died.
    expect(spawned.length).toBeGreaterThanOrEqual(3);
    expect(spawned.length).toBeLessThanOrEqual(4);
    const failed = results.filter((result) => !result.ok);
    // Each dead worker fails at most the one task it was running (a worker started last may get none);
    // the one it held next is analyzed elsewhere.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThanOrEqual(spawned.length);
    for (const result of failed) expect(result).toMatchObject({ ok: false, error: { code: 'analysis-failed', message: 'a worker exited (code 1)' } });
  });

  it('fails only the text that killed a worker, never the one queued behind it', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(2, config, () => fakeWorker('poison', spawned));
    const inputs = [...texts.slice(0, 2), 'POISON', ...texts.slice(2)];
    const results = await Promise.all(inputs.map((text) => pool.run(text)));
    await pool.close();
    const failedTexts = inputs.filter((_, index) => !(results[index] as { ok: boolean }).ok);
    expect(failedTexts.every((text) => text === 'POISON')).toBe(true);
  });

  it('settles every task when closed: queued ones and later ones fail', async () => {
    const spawned: WorkerLike[] = [];
    const pool = createPool(2, config, () => fakeWorker('answer', spawned));
    const pending = texts.map((text) => pool.run(text));
    await pool.close();
    const results = await Promise.all([...pending, pool.run('After the close, the minister said.')]);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'analysis-failed', message: 'the pool was closed' } });
    expect(results.filter((result) => !result.ok).length).toBeGreaterThan(0);
  });
});
