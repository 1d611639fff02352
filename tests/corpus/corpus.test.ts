import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean, replay } from 'textwash'

// Golden tests: each corpus page with the body and metadata a careful editor wrote by hand.
const dir = new URL('../../fixtures/corpus/', import.meta.url)
const names = readdirSync(dir)
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .map((f) => f.slice(0, -4))

describe.each(names)('corpus %s', (name) => {
  const input = readFileSync(new URL(`${name}.txt`, dir), 'utf8')
  const expectedBody = readFileSync(new URL(`${name}.expected.txt`, dir), 'utf8').replace(/\n$/, '')
  const expectedMeta: unknown = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8'))
  const result = clean(input)

  it('should produce the expected body', () => {
    expect(result.body).toBe(expectedBody)
  })

  it('should produce the expected metadata', () => {
    expect(result.metadata).toEqual(expectedMeta)
  })

  it('should account for the whole input', () => {
    expect(replay(input, result)).toBe(result.body)
  })
})
