#!/usr/bin/env node
/** The `framelens` command. */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run.js';

// No inlining in V8's optimizing compiler, for this process and its workers. framelens's hot
// functions are large; inlined into one another, each took tens of milliseconds to optimize, and
// an analyzer spends its first thousand or so articles waiting for that code, which is optimized
// again after every deoptimization. With every core running an analyzer (--jobs 2 on two cores),
// the compiler had no core to itself: on 1,848 PolNeAR articles, --jobs 2 took 9.1 to 9.8 s without
// inlining and 10.1 to 11.8 s with it; --jobs 1 was no slower without it (timed as
// scripts/bench-cli.mjs times a run).
// Compiler flags are read at each compilation; the static imports above run first, but nothing is
// hot enough to be optimized before an analysis starts.
setFlagsFromString('--no-turbo-inlining');

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cores: availableParallelism() }).then(
  (code) => {
    process.exitCode = code;
    // Standard input may still be open (`yes | framelens …` after the output closed): let go of it.
    process.stdin.destroy();
  },
  (error: unknown) => {
    process.stderr.write(`framelens: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
