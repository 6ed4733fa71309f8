import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const root = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root('.'),
      // `server-only` throws outside a React Server bundle; unit tests run plain Node.
      'server-only': root('tests/unit/support/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
