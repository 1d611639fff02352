import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'

const PARAGRAPH = 'the council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting in the city hall.'

describe('a region grown back over a sentence broken across lines', () => {
  it('should take in the start of the sentence when it has words of its own', () => {
    const { body } = clean(`Home\n\nAfter a long debate\n${PARAGRAPH}`)
    expect(body).toContain('After a long debate')
    expect(body).not.toContain('Home')
  })

  it('should not take in a single word, which is a label or a menu item', () => {
    const first = clean(`News\n${PARAGRAPH}`).body
    expect(first).not.toContain('News')
    expect(clean(first).body).toBe(first)
  })
})
