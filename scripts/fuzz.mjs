#!/usr/bin/env node
// Long fuzzing: the properties of tests/fuzz.property.test.ts with many more runs on longer texts.
//
//   npm run fuzz [-- --runs N] [-- --max-length N]     (defaults: 3000 runs, texts up to 50,000 chars)

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`fuzz: ${name} needs a positive integer`);
    process.exit(2);
  }
  return value;
};
const runs = option('--runs', 3000);
const maxLength = option('--max-length', 50_000);
console.error(`fuzz: ${runs} runs, texts up to ${maxLength} characters`);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/fuzz.property.test.ts', '--testTimeout', '0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_MAX_LENGTH: String(maxLength) },
});
process.exit(result.status ?? 1);
