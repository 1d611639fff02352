#!/usr/bin/env node
// The npm registry mirror that this project's machines (and CI) reach serves the native binary packages
// of rollup (pulled in by vitest) for Linux only; resolving the lock there leaves out the other
// platforms' optional packages, and `npm ci` then rejects the lock as out of sync. This adds the missing
// entries with their os/cpu/libc constraints (read off the package names, which follow rollup's
// naming scheme), so `npm ci` sees a complete lock and skips them on this platform as it would anywhere.
// Run it after any `npm install` that changes the lock: `node scripts/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

const LOCK = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(LOCK, 'utf8'))
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openbsd: 'openbsd', openharmony: 'openharmony', win32: 'win32' }
const CPU = { arm: 'arm', 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' }
let added = 0
for (const [path, pkg] of Object.entries(lock.packages)) {
  if (!path.endsWith('node_modules/rollup')) continue
  const base = path.slice(0, -'rollup'.length)
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `${base}${name}`
    if (lock.packages[key] !== undefined || !name.startsWith('@rollup/rollup-')) continue
    const parts = name.slice('@rollup/rollup-'.length).split('-')
    const os = OS[parts[0]]
    const rest = parts.slice(1)
    const abi = rest.length > 1 ? rest[rest.length - 1] : undefined
    const cpuName = rest.length > 1 && ['gnu', 'musl', 'msvc', 'gnueabihf', 'musleabihf'].includes(abi) ? rest.slice(0, -1).join('-') : rest.join('-')
    const cpu = CPU[cpuName]
    if (os === undefined || cpu === undefined) throw new Error(`unknown platform in ${name}`)
    const entry = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] }
    if (os === 'linux' && abi !== undefined) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc']
    if (pkg.dev) entry.dev = true
    lock.packages[key] = entry
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
lock.packages = sorted
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n')
console.log(`complete-lock: added ${added} platform entries`)
