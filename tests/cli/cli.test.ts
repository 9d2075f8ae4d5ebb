/** The framelens command: options, formats, inputs, errors and exit codes (in process, one job). */
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folderWith } from './helpers.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const article = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const short = 'Beijing said the visit was a provocation. Washington said the visit was routine.';

describe('help, version and usage errors', () => {
  it('prints help and version, exit 0', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: framelens <command>') });
    expect(await cli(['-v'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each<[string[], RegExp]>([
    [[], /missing command/u],
    [['summarize', 'x.txt'], /unknown command "summarize"/u],
    [['analyze'], /needs at least one path/u],
    [['analyze', 'x.txt', '--format', 'pdf'], /--format must be one of/u],
    [['analyze', 'x.txt', '--jobs', '0'], /--jobs needs a positive integer/u],
    [['analyze', 'x.txt', '--jobs', 'two'], /--jobs needs a positive integer/u],
    [['analyze', 'x.txt', '--max-chars', '0'], /--max-chars needs a positive integer/u],
    [['analyze', 'x.txt', '--min-confidence', '2'], /--min-confidence needs a number from 0 to 1/u],
    [['analyze', 'x.txt', '--colour'], /Unknown option '--colour'/u],
    [['compare', '--jsonl'], /compare reads files and folders/u],
    [['analyze', '--jsonl', '--format', 'table'], /--jsonl writes JSON Lines/u],
    [['analyze', 'x.txt', '--lexicon', '/nonexistent/frames.json'], /--lexicon \/nonexistent\/frames\.json: no such file/u],
  ])('%j → exit 2', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('framelens --help');
    expect(run.stdout).toBe('');
  });

  it('rejects an invalid lexicon file with its path and problem, exit 2', async () => {
    const dir = folderWith({ 'frames.json': JSON.stringify({ name: 'mine', version: '1.0.0', entries: [{ id: 'x', frame: 'economy', terms: ['levy'] }] }) });
    const run = await cli(['analyze', '-', '--lexicon', join(dir, 'frames.json')], { stdin: short });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid lexicon "mine \(lexicons\.frames\)"[\s\S]*entries\.0\.frame/u);
  });
});

describe('formats', () => {
  it('writes a table on a terminal and JSON otherwise', async () => {
    const terminal = await cli(['analyze', '-'], { stdin: short, tty: true });
    expect(terminal.stdout).toMatch(/^-\n\nside\s+voice/u);
    expect(terminal.stdout).toMatch(/China\s+0\.5\d/u);
    const piped = await cli(['analyze', '-'], { stdin: short });
    const parsed = JSON.parse(piped.stdout) as Array<{ id: string; analysis: { attributions: unknown[] } }>;
    expect(parsed.map((item) => item.id)).toEqual(['-']);
    expect(parsed[0]?.analysis.attributions).toHaveLength(2);
  });

  it.each<[string, (stdout: string) => void]>([
    ['table', (stdout) => expect(stdout).toMatch(/side\s+voice\s+quoted\s+attributions/u)],
    ['markdown', (stdout) => expect(stdout).toContain('| side | voice | quoted | attributions |')],
    ['json', (stdout) => expect((JSON.parse(stdout) as unknown[]).length).toBe(1)],
    ['jsonl', (stdout) => expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['-'])],
    [
      'html',
      (stdout) => {
        expect(stdout).toMatch(/^<!doctype html>/u);
        expect(stdout).toContain('class="hl cue"');
        expect(stdout).toContain('<svg');
        expect(stdout).not.toMatch(/(?:src|href)="https?:/u);
      },
    ],
  ])('--format %s', async (format, check) => {
    const run = await cli(['analyze', '-', '--format', format], { stdin: short });
    expect(run.code).toBe(0);
    check(run.stdout);
  });

  it('passes --min-confidence to the analyzer', async () => {
    const count = async (extra: string[]): Promise<number> =>
      (JSON.parse((await cli(['analyze', '-', '--format', 'jsonl', ...extra], { stdin: article })).stdout) as { analysis: { attributions: unknown[] } }).analysis.attributions.length;
    const everything = await count(['--min-confidence', '0']);
    expect(everything).toBeGreaterThan(await count([]));
    expect(await count(['--min-confidence', '1'])).toBeLessThan(everything);
  });

  it('leaves tokens, sentences and the input text out of JSON unless --full', async () => {
    const lean = JSON.parse((await cli(['analyze', '-', '--format', 'jsonl'], { stdin: short })).stdout) as { analysis: Record<string, unknown> };
    expect(Object.keys(lean.analysis)).not.toContain('tokens');
    expect(Object.keys(lean.analysis)).not.toContain('text');
    const full = JSON.parse((await cli(['analyze', '-', '--format', 'jsonl', '--full'], { stdin: short })).stdout) as { analysis: Record<string, unknown> };
    expect(Object.keys(full.analysis)).toEqual(expect.arrayContaining(['tokens', 'sentences']));
  });
});

describe('inputs', () => {
  it('walks folders for .txt, .md and .html in name order, reduces HTML to its article, and reports bad files (exit 1)', async () => {
    const dir = folderWith({
      'b.md': short,
      'a.txt': article,
      'c.html': '<html><head><title>T</title><script>var said = "no";</script></head><body><nav>Menu said</nav><article><h1>Talks</h1><p>&ldquo;We will win,&rdquo; the mayor said.</p></article></body></html>',
      'd.txt': Buffer.from([0x61, 0x00, 0x62]),
      'e.txt': Buffer.from([0xff, 0xfe, 0x41]),
      'notes.pdf': 'ignored',
    });
    const run = await cli(['analyze', dir, join(dir, 'missing.txt'), '--format', 'jsonl']);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; analysis?: { attributions: Array<{ source: { text: string } | null }> }; error?: { code: string } });
    expect(lines.map((line) => line.id.replace(`${dir}/`, ''))).toEqual(['a.txt', 'b.md', 'c.html', 'd.txt', 'e.txt', `${dir}/missing.txt`.replace(`${dir}/`, '')]);
    expect(lines.map((line) => line.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'binary', 'invalid-utf8', 'unreadable']);
    expect(lines[2]?.analysis?.attributions.map((attribution) => attribution.source?.text)).toEqual(['the mayor']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/3 of 6 inputs failed/u);
  });

  it('gives a text over --max-chars an error line and goes on', async () => {
    const dir = folderWith({ 'long.txt': 'x'.repeat(200), 'short.txt': short });
    const run = await cli(['analyze', dir, '--format', 'jsonl', '--max-chars', '100']);
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { error?: { code: string } }).error?.code ?? 'ok')).toEqual(['too-long', 'ok']);
    expect(run.code).toBe(1);
  });

  it('applies --lexicon files, with the kind read from the file or named', async () => {
    const dir = folderWith({
      'levy.json': JSON.stringify({ name: 'levy', version: '1.0.0', entries: [{ id: 'economic-levy', frame: 'economic', terms: ['levy'] }] }),
      'empty.json': JSON.stringify({ name: 'empty', version: '1.0.0', entries: [] }),
    });
    const text = 'The senator said the levy would hurt bakers.';
    const run = await cli(['analyze', '-', '--format', 'jsonl', '--lexicon', join(dir, 'levy.json'), '--lexicon', `markers:${join(dir, 'empty.json')}`], { stdin: text });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"entry":"economic-levy"');
    const unnamed = await cli(['analyze', '-', '--lexicon', join(dir, 'empty.json')], { stdin: text });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toMatch(/cannot tell its kind/u);
  });

  it('reads a given-names lexicon file by its shape', async () => {
    const dir = folderWith({
      'names.json': JSON.stringify({ name: 'ng', version: '1.0.0', entries: [{ id: 'ng-female', gender: 'female', names: ['Ngozi'] }, { id: 'ng-male', gender: 'male', names: ['Tunde'] }] }),
    });
    const story = 'Ngozi Obi said the plan would fail. Tunde Bello said it would work. She said the cost was too high.';
    const run = await cli(['analyze', '-', '--format', 'jsonl', '--lexicon', join(dir, 'names.json')], { stdin: story });
    expect(run.code).toBe(0);
    const { analysis } = JSON.parse(run.stdout.trim()) as { analysis: { attributions: Array<{ actor: string }>; actors: Array<{ id: string; name: string }> } };
    const last = analysis.attributions.at(-1);
    expect(analysis.actors.find((actor) => actor.id === last?.actor)?.name).toBe('Ngozi Obi');
  });
});

describe('progress', () => {
  const dir = folderWith({ 'a.txt': short, 'b.txt': short, 'c.txt': short });

  it('shows articles done, rate and time left on a terminal, and clears the line at the end', async () => {
    const run = await cli(['analyze', dir, '--format', 'jsonl'], { ttyErr: true });
    expect(run.stderr).toMatch(/\[#*\.*\] 1\/3 articles · [\d.]+\/s · \d+ s left/u);
    expect(run.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('writes nothing to standard error otherwise', async () => {
    expect((await cli(['analyze', dir, '--format', 'jsonl'])).stderr).toBe('');
  });
});

describe('JSON Lines records', () => {
  it('writes one line per record in input order, passes other fields through, and turns bad records into error lines', async () => {
    const input = [
      JSON.stringify({ id: 'r1', text: short, source: 'wire' }),
      '',
      'not json',
      JSON.stringify({ id: 'r2', body: 'no text' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 7, text: 'x'.repeat(500) }),
      JSON.stringify({ id: 'r3', text: 'Kyiv said the offensive had stalled.' }),
    ].join('\r\n');
    const run = await cli(['analyze', '--jsonl', '--max-chars', '400'], { stdin: input });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; source?: string; analysis?: unknown; error?: { code: string } });
    expect(lines.map((line) => [line.id, line.error?.code ?? 'ok'])).toEqual([
      ['r1', 'ok'],
      [null, 'invalid-json'],
      ['r2', 'missing-text'],
      [null, 'invalid-json'],
      [7, 'too-long'],
      ['r3', 'ok'],
    ]);
    expect(lines[0]?.source).toBe('wire');
    expect(run.code).toBe(1);
  });

  it('skips a line longer than the limit without buffering it, and goes on', async () => {
    const huge = JSON.stringify({ id: 'huge', text: 'y'.repeat(1_100_000) });
    const run = await cli(['analyze', '--jsonl', '--max-chars', '20'], { stdin: `${huge}\n${JSON.stringify({ id: 'ok', text: 'He said no.' })}\n` });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; error?: { code: string } });
    expect(lines.map((line) => [line.id, line.error?.code ?? 'ok'])).toEqual([
      [null, 'line-too-long'],
      ['ok', 'ok'],
    ]);
  });
});

describe('review findings: every input once, and nothing crashes', () => {
  it('gives a missing file in a --jsonl list its own error line and reads the others', async () => {
    const dir = folderWith({ 'a.jsonl': `${JSON.stringify({ id: 'a', text: short })}\n`, 'c.jsonl': JSON.stringify({ id: 'c', text: short }) });
    const run = await cli(['analyze', '--jsonl', join(dir, 'a.jsonl'), join(dir, 'missing.jsonl'), join(dir, 'c.jsonl')]);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; error?: { code: string } });
    expect(lines.map((line) => [line.id, line.error?.code ?? 'ok'])).toEqual([
      ['a', 'ok'],
      [null, 'unreadable'],
      ['c', 'ok'],
    ]);
    expect(run.code).toBe(1);
  });

  it('keeps one line per record when a field is nested too deeply to write back, and renames fields named like output keys', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const input = [`{"id":"deep","text":"He said no.","meta":${deep}}`, JSON.stringify({ id: 'mine', text: 'He said no.', analysis: 'x', error: { code: 'theirs' } }), JSON.stringify({ id: 'last', text: 'She said yes.' })].join('\n');
    const run = await cli(['analyze', '--jsonl'], { stdin: input });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { error?: { code: string } });
    expect(lines.map((line) => [line.id, line.error?.code ?? 'ok'])).toEqual([
      [null, 'invalid-json'],
      ['mine', 'ok'],
      ['last', 'ok'],
    ]);
    expect(lines[1]?.['input.analysis']).toBe('x');
    expect(lines[1]?.['input.error']).toEqual({ code: 'theirs' });
    expect(typeof lines[1]?.analysis).toBe('object');
  });

  it('refuses a file too large for --max-chars from its size, and reports an empty folder', async () => {
    const dir = folderWith({ 'big.txt': 'x'.repeat(1000) });
    const empty = folderWith({ 'notes.pdf': 'no articles here' });
    const run = await cli(['analyze', dir, empty, '--format', 'jsonl', '--max-chars', '100']);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { code: string; message: string } });
    expect(lines.map((line) => line.error?.code)).toEqual(['too-long', 'no-articles']);
    expect(run.stderr).toMatch(/2 of 2 inputs failed/u);
  });

  it('follows symbolic links inside folders', async () => {
    const target = folderWith({ 'real.txt': short });
    const dir = folderWith({});
    symlinkSync(join(target, 'real.txt'), join(dir, 'link.txt'));
    const run = await cli(['analyze', dir, '--format', 'jsonl']);
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([join(dir, 'link.txt')]);
  });

  it('prints no terminal control characters from the article in a table', async () => {
    const run = await cli(['analyze', '-', '--format', 'table'], { stdin: `Title \u001b]0;pwned\u0007\u001b[31m red\n\nKyiv said the offensive had stalled.` });
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(run.stdout).toContain('\ufffd');
  });
});

describe('compare', () => {
  const dir = folderWith({ 'a.txt': article, 'b.txt': short });

  it('prints voice shares side by side, corpus totals and blindspots', async () => {
    const run = await cli(['compare', dir, '--format', 'table']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/article\s+Russia/u);
    expect(run.stdout).toMatch(/^corpus\s/mu);
    expect(run.stdout).toMatch(/Blindspots\n\s+Ukraine: mentioned in 1 article, never heard/u);
  });

  it.each(['markdown', 'json', 'jsonl', 'html'])('in %s', async (format) => {
    const run = await cli(['compare', dir, '--format', format]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ukraine');
    if (format === 'json') expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual(['sides', 'rows', 'blindspots']);
    if (format === 'jsonl') expect(JSON.parse(run.stdout.trim().split('\n').at(-1) as string)).toHaveProperty('corpus.blindspots');
  });
});
