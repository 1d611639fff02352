import { describe, expect, it } from 'vitest'
import { clean, explainRepair, replay } from 'textwash'

describe('byte order marks', () => {
  it('should remove a BOM at the start of any line and report it as a change', () => {
    const input = '\uFEFFFirst line of the text.\n\uFEFFSecond line, from a concatenated file.'
    const { text, changes } = explainRepair(input)
    expect(text).toBe('First line of the text.\nSecond line, from a concatenated file.')
    expect(changes.map((c) => [c.start, c.before, c.after, c.rule])).toEqual([
      [0, '\uFEFF', '', 'normalize/invisible-chars'],
      [25, '\uFEFF', '', 'normalize/invisible-chars'],
    ])
  })

  it('should keep replay exact when the BOM rule is off', () => {
    const input = '\uFEFFThe committee met on Monday and approved the plan.\n\uFEFF\n'
    const r = clean(input, { disable: ['normalize/invisible-chars'] })
    expect(replay(input, r)).toBe(r.body)
    expect(r.body).toBe('The committee met on Monday and approved the plan.')
  })
})
