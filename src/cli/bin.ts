#!/usr/bin/env node
/** The `framelens` command. */
import { availableParallelism } from 'node:os';
import { runCli } from './run.js';

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
