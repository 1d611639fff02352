/** Expand command-line inputs: files, directories (recursively) and glob patterns (`*`, `?`, `**`). */
import { readdir, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'

/** One input to read, or an argument that matched nothing (reported as an error record, not dropped). */
export type InputPath = { readonly path: string; readonly size?: number } | { readonly missing: string }

/**
 * Resolve arguments to files in a stable order: `-` is stdin, a directory gives its files recursively
 * (hidden ones skipped), a pattern with `*`, `?` or `**` is expanded here (for shells that do not, and
 * for quoted patterns), anything else must be a file.
 *
 * @param args the positional arguments; none means stdin
 * @returns the inputs, with sizes when known (for progress)
 */
export async function expandInputs(args: readonly string[]): Promise<InputPath[]> {
  if (args.length === 0) return [{ path: '-' }]
  const out: InputPath[] = []
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-' })
      continue
    }
    const info = await stat(arg).catch(() => undefined)
    if (info?.isDirectory() === true) {
      for (const file of await walk(arg)) out.push(file)
    } else if (info !== undefined) {
      out.push({ path: arg, size: info.size })
    } else if (hasGlob(arg)) {
      const matched = await expandGlob(arg)
      if (matched.length === 0) out.push({ missing: arg })
      else out.push(...matched)
    } else {
      out.push({ missing: arg })
    }
  }
  return out
}

function hasGlob(arg: string): boolean {
  return arg.includes('*') || arg.includes('?')
}

/** Expand a glob from its longest literal directory prefix. */
async function expandGlob(pattern: string): Promise<InputPath[]> {
  const parts = pattern.split(/[\\/]/)
  const firstGlob = parts.findIndex(hasGlob)
  const baseParts = parts.slice(0, firstGlob)
  const base = baseParts.length === 0 ? '.' : baseParts.join(sep) || sep
  const rest = parts.slice(firstGlob)
  const files = await walk(base)
  return files.filter((file) => matchSegments(rest, relativeParts(base, file.path)))
}

function relativeParts(base: string, path: string): string[] {
  const prefix = base === '.' ? '' : base.endsWith(sep) ? base : base + sep
  return path.slice(prefix.length).split(sep)
}

/** All non-hidden files under a directory, sorted by path. */
async function walk(dir: string): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const out: Array<{ path: string; size: number }> = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = dir === '.' ? entry.name : join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile()) out.push({ path, size: (await stat(path)).size })
  }
  return out
}

/**
 * Match path segments against pattern segments; `**` matches any number of segments.
 *
 * @param pattern pattern segments
 * @param path path segments
 * @returns whether they match
 */
export function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // memo[i][j]: pattern from i matches path from j; keeps `**` runs polynomial instead of exponential.
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const key = i * (path.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    const p = pattern[i]
    if (p === undefined) result = j === path.length
    else if (p === '**') result = go(i + 1, j) || (j < path.length && go(i, j + 1))
    else result = j < path.length && matchSegment(p, path[j] ?? '') && go(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return go(0, 0)
}

/**
 * Match one name against a pattern with `*` and `?`, by the linear greedy algorithm with one backtrack point.
 *
 * @param pattern for example `*.jsonl.gz`
 * @param name a file or directory name
 * @returns whether it matches
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let mark = 0
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p += 1
      n += 1
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p
      p += 1
      mark = n
    } else if (star !== -1) {
      p = star + 1
      mark += 1
      n = mark
    } else {
      return false
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1
  return p === pattern.length
}
