import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { PARAGRAPHS } from './helpers.js'

const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string]
const MENU = ['Home', 'News', 'World', 'Sport', 'Opinion', 'Video']
const HEADLINE = 'Village broadband plan wins cautious praise from residents of two rural counties on Monday.'
// The page's <title> as its first line: the metadata stage takes the headline that repeats it.
const PAGE_TITLE = `${HEADLINE} | Example News`

/** Clean a page, then its body again: both bodies. */
function twice(page: string): [string, string] {
  const once = clean(page).body
  return [once, clean(once).body]
}

describe('the shape pass judged as the cleaned body will be', () => {
  it('should drop a caption the region reached only through a headline the metadata stage takes', () => {
    // The headline (a terminal mid-length line) lets the region reach over the dateline and the photo
    // credit to the first paragraph; the headline leaves as the title, so cleaning again would find
    // the credit outside the region.
    const page = [PAGE_TITLE, ...MENU, HEADLINE, 'Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM', 'Alex Wong | Getty Images', P1, P2, P3, P4].join('\n')
    const result = clean(page)
    expect(result.metadata.title).toBe(HEADLINE)
    const [once, again] = twice(page)
    expect(again).toBe(once)
    expect(once).not.toContain('Getty Images')
    expect(once).not.toContain('Updated Nov 19')
    expect(once).toContain(P1)
  })

  it('should not extend a list over an item the metadata stage takes', () => {
    // Two items after the colon make a list only while the dateline is one of them: it goes to the
    // metadata, and the one line left is no list.
    const page = [...MENU, P1, P2, P3, P4, 'Readers had a few questions about the plan:', 'Published 10:02 AM EST Nov 19, 2019', 'Terms of Service Privacy Notice', '© Copyright Example News 2019'].join('\n')
    const [once, again] = twice(page)
    expect(again).toBe(once)
    expect(once).not.toContain('Terms of Service')
    expect(once).toContain(P4)
  })

  it('should be idempotent whatever the paragraph layout of the page', () => {
    const lines = [PAGE_TITLE, ...MENU, HEADLINE, 'Posted Nov 18, 2019', 'Alex Wong | Getty Images', P1, P2, 'Readers asked a few questions:', 'Published 10:02 AM EST Nov 19, 2019', 'Terms of Service Privacy Notice', P3, P4]
    for (const sep of ['\n', '\n\n']) {
      const [once, again] = twice(lines.join(sep))
      expect(again).toBe(once)
    }
  })
})
