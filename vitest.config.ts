import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests import the package by its name, so the public surface is what they exercise.
    alias: [
      { find: /^textwash\/retext$/, replacement: new URL('./src/retext/index.ts', import.meta.url).pathname },
      { find: /^textwash$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    coverage: { provider: 'v8', include: ['src/**'], exclude: ['src/cli/**'], reporter: ['text-summary'] },
  },
})
