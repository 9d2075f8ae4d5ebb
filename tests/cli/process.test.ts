/** The framelens command as a process: exit codes, standard input, and the worker pool (--jobs 2). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';
import { folderWith } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = readFileSync(join(root, 'examples/article.txt'), 'utf8');

/** Runs the CLI from its source in a child process (tsx registers TypeScript in the workers too). */
function framelens(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('framelens as a process', () => {
  it('analyzes with two worker threads and keeps the input order', () => {
    const texts = ['Kyiv said the offensive had stalled.', article, 'Beijing said the visit was a provocation.', 'The bridge opened in 1998.', article];
    const dir = folderWith(Object.fromEntries(texts.map((text, index) => [`${index}.txt`, text])));
    const run = framelens(['analyze', dir, '--jobs', '2', '--format', 'jsonl']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; analysis: { attributions: unknown[] } });
    expect(lines.map((line) => line.id)).toEqual(texts.map((_, index) => join(dir, `${index}.txt`)));
    // Each text gets its own analysis, whichever thread ran it: the same as in this process.
    const analyzer = createAnalyzer();
    expect(lines.map((line) => line.analysis.attributions.length)).toEqual(texts.map((text) => analyzer.analyze(text).attributions.length));
    expect(lines[1]?.analysis.attributions.length).toBeGreaterThan(10);
  });

  it('stops quietly when its reader goes away (| head -1)', () => {
    const records = Array.from({ length: 400 }, (_, index) => JSON.stringify({ id: index, text: 'Kyiv said the offensive had stalled.' })).join('\n');
    const run = spawnSync('bash', ['-c', `node --import tsx ${JSON.stringify(join(root, 'src/cli/bin.ts'))} analyze --jsonl --jobs 1 | head -1`], { cwd: root, input: records, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|unexpected error/u);
  });

  it('reads standard input and exits 0; 1 when an input fails; 2 on a usage error', () => {
    expect(framelens(['analyze', '-', '--format', 'json'], 'Kyiv said the offensive had stalled.').status).toBe(0);
    const failed = framelens(['analyze', '/nonexistent/article.txt', '--format', 'json']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/1 of 1 inputs failed/u);
    expect(framelens(['analyze', '--jobs', 'many', 'x.txt']).status).toBe(2);
  });
});
