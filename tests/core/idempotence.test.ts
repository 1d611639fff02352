import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'

// Counterexamples fast-check found for clean(clean(x).body).body === clean(x).body, kept as regressions.
const CASES: Array<[string, string]> = [
  [
    'a sentence repeated at the top is a duplicated paragraph, not a page title and its headline',
    'Home>News>General News T  T\nPetrovietnam triển khai kế hoạch truyền thông.\nPetrovietnam triển khai kế hoạch truyền thông.\nThe committee met on May 10 and approved the plan for the coming year.\n',
  ],
]

describe('clean() idempotence regressions', () => {
  it.each(CASES)('should be stable: %s', (_note, input) => {
    const once = clean(input).body
    expect(clean(once).body).toBe(once)
  })
})
