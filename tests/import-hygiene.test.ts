import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = new URL('../src/index.ts', import.meta.url).href;

/** Runs an ES module script in a fresh Node process with tsx, from the package root. */
function runScript(script: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('import hygiene', () => {
  it('importing framelens prints nothing and leaves process.env untouched', () => {
    const script = `
      const before = JSON.stringify(process.env);
      const framelens = await import(${JSON.stringify(entry)});
      const after = JSON.stringify(process.env);
      process.stdout.write(JSON.stringify({ envUnchanged: before === after, createAnalyzer: typeof framelens.createAnalyzer }));
    `;
    const { status, stdout, stderr } = runScript(script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // Exactly what the script printed: the import itself wrote nothing.
    expect(stdout).toBe(JSON.stringify({ envUnchanged: true, createAnalyzer: 'function' }));
  });

  it('creating an analyzer and analyzing print nothing either', () => {
    const script = `
      const before = JSON.stringify(process.env);
      const { createAnalyzer } = await import(${JSON.stringify(entry)});
      const analysis = createAnalyzer().analyze('“Is this a provocation?” asked the minister.');
      process.stdout.write(JSON.stringify({ envUnchanged: before === JSON.stringify(process.env), sentences: analysis.sentences.length }));
    `;
    const { status, stdout, stderr } = runScript(script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(JSON.stringify({ envUnchanged: true, sentences: 1 }));
  });

  it('the check itself sees output written during the import', () => {
    // Guards the guard: a module that logs while loading must show up in stdout.
    const { stdout } = runScript(`
      await import('data:text/javascript,console.log("noise")');
      process.stdout.write('done');
    `);
    expect(stdout).toBe('noise\ndone');
  });
});
