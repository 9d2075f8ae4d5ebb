import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Loading the language model takes a moment; one worker per core is plenty.
    testTimeout: 30_000,
  },
});
