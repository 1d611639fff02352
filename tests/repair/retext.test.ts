import { retext } from 'retext'
import { describe, expect, it } from 'vitest'
import retextTextwash from '../../src/retext/index.js'

describe('textwash/retext', () => {
  it('should report each repair as a message with position, rule id, source, actual and expected', async () => {
    const file = await retext().use(retextTextwash).process('The plan grew fast。This is new.\nSee app lication here.')
    const messages = file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, actual: m.actual, expected: m.expected, line: m.line, column: m.column }))
    expect(messages).toEqual([
      { ruleId: 'fullwidth-punct', source: 'textwash', actual: '。', expected: ['. '], line: 1, column: 19 },
      { ruleId: 'broken-words', source: 'textwash', actual: ' ', expected: [''], line: 2, column: 8 },
    ])
  })
  it('should report a Chinese sentence in an English document', async () => {
    const zh = '习近平总书记强调，要充分运用大数据分析等方法支撑疫情防控工作。'
    const text = `${zh}We should take this opportunity to transform and upgrade traditional industries and foster emerging ones.`
    const file = await retext().use(retextTextwash, { language: 'en' }).process(text)
    const foreign = file.messages.filter((m) => m.ruleId === 'foreign-sentence')
    expect(foreign).toHaveLength(1)
    expect(foreign[0]!.actual).toBe(zh)
    expect(foreign[0]!.place).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: zh.length + 1, offset: zh.length } })
  })
  it('should report nothing on clean English', async () => {
    const file = await retext().use(retextTextwash).process('PayPal paid 12,500 dollars to the U.S. team at 11:39:42.')
    expect(file.messages).toEqual([])
  })
  it('should not report foreign sentences when turned off', async () => {
    const file = await retext().use(retextTextwash, { language: 'en', foreignSentences: false }).process('习近平总书记强调，要充分运用大数据。')
    expect(file.messages).toEqual([])
  })
})
