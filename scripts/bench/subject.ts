/**
 * What the bench measures: the package as users install it, the bundle `npm run build` writes to `dist/`,
 * not the TypeScript sources run through tsx. The bundle is what ships, and it is measurably faster (one
 * scope across modules lets V8 inline across what are module boundaries in `src/`), so measuring the
 * sources understates what users get. `npm run bench` builds first.
 */
import { existsSync } from 'node:fs'

type Package = typeof import('../../src/index.js')

const entry = new URL('../../dist/index.js', import.meta.url)
if (!existsSync(entry)) throw new Error('bench: dist/index.js is missing; run `npm run build` first (`npm run bench` does)')

/** The built package's exports, typed as the sources declare them. */
export const pkg = (await import(entry.href)) as Package
