#!/usr/bin/env bash
# Install the packed tarball into a throwaway project and use it the three ways users do:
# ESM import, CommonJS require (Node >= 20.19 loads the ESM-only dependencies through require(esm)),
# and TypeScript type-checking against the shipped .d.ts files. Also runs the installed CLI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" "typescript@$(node -p "require('$root/node_modules/typescript/package.json').version")"

cat > esm.mjs <<'JS'
import { clean, repair, cleanHtml } from 'textwash'
const r = clean('Home>News\nA headline for the smoke test\nThe committee met on Monday and approved the plan for the coming year after a long debate.\n\nCopyright © 2024 Example. All rights reserved.')
if (!r.body.includes('approved the plan')) throw new Error('ESM: body lost: ' + JSON.stringify(r))
if (typeof repair('x') !== 'string' || typeof cleanHtml('<p>x</p>').body !== 'string') throw new Error('ESM: API shape')
console.log('esm ok')
JS
cat > cjs.cjs <<'JS'
const { clean, repair } = require('textwash')
const r = clean('The committee met on Monday and approved the plan for the coming year after a long debate.')
if (!r.body.includes('approved the plan') || typeof repair('x') !== 'string') throw new Error('CJS: ' + JSON.stringify(r))
console.log('cjs ok')
JS
cat > types.ts <<'JS'
import { clean, type CleanResult, type Options } from 'textwash'
const options: Options = { focus: 'precision', disable: ['repair/'] }
const r: CleanResult = clean('text', options)
const start: number | undefined = r.removed[0]?.start
console.log(r.body.length, start)
JS
cat > tsconfig.json <<'JS'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["types.ts"] }
JS
node esm.mjs
node cjs.cjs
npx tsc -p tsconfig.json && echo 'types ok'
echo 'The committee met on Monday and approved the plan for the coming year after a long debate.' | npx textwash >/dev/null && echo 'cli ok'
# The worker-thread path, from the installed package: two workers, JSONL in, one valid JSON line out.
printf '{"id":"a","text":"The committee met on Monday and approved the plan for the coming year."}\n' | npx textwash -w 2 -q |
  node -e "const l=require('fs').readFileSync(0,'utf8').trim().split('\\n'); if (l.length!==1||JSON.parse(l[0]).id!=='a') throw new Error('cli workers: '+l); console.log('cli workers ok')"
