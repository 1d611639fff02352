import { defineConfig } from 'tsup'

// Two builds from one source. The library is dual ESM + CommonJS so that `require('textwash')` works;
// its ESM-only dependencies (unified, retext, franc) are left external, and Node >= 20.19 loads them
// from CommonJS through require(esm). The CLI is ESM only: it is started by path, never required.
// `npm run build` empties dist/ once before tsup starts: with `clean: true` here, the library build would
// wipe dist/ while the CLI build runs beside it.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', retext: 'src/retext/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The worker is its own entry: worker_threads start it by path, next to main.js.
    entry: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    // Its own folder, so the chunks it shares between main.js and worker.js (the cleaner, which main.js
    // loads only when it runs without workers) stay out of the library's files.
    outDir: 'dist/cli',
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
])
