import { describe, expect, it } from 'vitest'
import { hasFilingNumber } from '../../src/boilerplate/rules/filing-footer.js'
import { PARAGRAPHS, classifyText } from './helpers.js'

describe('boilerplate/filing-footer numbers', () => {
  it('should find a filing number of four digits or more', () => {
    for (const line of ['京ICP备05070218号', 'ICP:05001568', 'KRS 0000123456', 'REGON 123456789', 'NIP: 123-456-78-90', '1. KRS 0000123456', '京公网安备 11010502030777号']) {
      expect(hasFilingNumber(line), line).toBe(true)
    }
  })

  it('should not count a list item’s own number or a short one', () => {
    for (const line of ['4. Krs aaa', '12) Regon office', '3、备案说明', 'KRS 12', 'ICP', '2. ICP 12']) expect(hasFilingNumber(line), line).toBe(false)
  })

  it('should keep a numbered step that names a filing word, and the paragraph after it', () => {
    const steps = ['1. Check the KRS entry', '2. Ask the REGON office', '3. Compare both records', '4. Krs again']
    const r = classifyText([...PARAGRAPHS.slice(0, 2), ...steps, ...PARAGRAPHS.slice(2)].join('\n\n'))
    expect(r.removed.filter((x) => x.rule === 'boilerplate/filing-footer')).toEqual([])
    for (const line of [...steps, ...PARAGRAPHS]) expect(r.body).toContain(line)
  })
})
