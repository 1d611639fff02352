import { describe, expect, it } from 'vitest'
import { segment } from 'textwash'
import { computeFeatures } from '../../src/annotate/features.js'
import { createDoc } from '../../src/core/doc.js'
import { isProse, isSentence } from '../../src/metadata/layout.js'
import type { Block } from '../../src/types.js'

const BASE = segment(createDoc('x')).blocks[0]!

/** A block of this text, without features (as a user's pipeline without the annotate stage leaves it). */
function bare(text: string): Block {
  const { features: _features, ...rest } = { ...BASE, text }
  return rest
}

// Sentences of other scripts, ending in their own full stops (danda, Arabic question mark, Myanmar section mark).
const HINDI =
  'नगर परिषद ने शनिवार को पुराने बंदरगाह के पास एक नया सार्वजनिक पुस्तकालय खोला और कहा कि अगले साल वहाँ बच्चों के लिए एक अलग कमरा भी बनेगा।'
const ARABIC =
  'هل ستفتح البلدية المكتبة الجديدة قرب الميناء القديم في الربيع المقبل بعد أن جمع السكان أكثر من أربعين ألف دينار لبنائها خلال الصيف الماضي كله؟'
const HINDI_SHORT = 'परिषद ने शनिवार को पुराने बंदरगाह के पास पुस्तकालय खोला।'

describe('isProse and isSentence on blocks without features', () => {
  it('should read the full stops of other scripts as the annotate stage does', () => {
    expect(isProse(bare(HINDI))).toBe(true)
    expect(isProse(bare(ARABIC))).toBe(true)
    expect(isSentence(bare(HINDI_SHORT))).toBe(true)
  })

  it('should give the same verdict with and without features', () => {
    for (const text of [HINDI, ARABIC, HINDI_SHORT, 'Home  News  Sport', 'A headline of a few words without a stop', `${'word '.repeat(40)}`]) {
      const annotated: Block = { ...BASE, text, features: computeFeatures(text) }
      expect([isProse(bare(text)), isSentence(bare(text))]).toEqual([isProse(annotated), isSentence(annotated)])
    }
  })

  it('should not read a short line or an unterminated headline as prose', () => {
    expect(isProse(bare('Council opens a library by the old harbour'))).toBe(false)
    expect(isSentence(bare('Council opens a library by the old harbour'))).toBe(false)
    expect(isSentence(bare('Library opens.'))).toBe(false)
  })
})
