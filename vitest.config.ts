import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.noreg.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // The CLI follows the locale without --lang; tests run in the C locale whatever the machine's.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
