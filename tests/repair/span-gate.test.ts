import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean, explainRepair, repair } from '../../src/pipeline/clean.js'
import { ENGLISH_FUNCTION_WORDS } from '../../src/lexicon/repair/function-words.js'
import { FOREIGN_FUNCTION_WORDS } from '../../src/lexicon/repair/foreign-function-words.js'
import { wordRank } from '../../src/lexicon/repair/words.js'
import { clauseAround, clauseCuts, englishGate, functionWordCounts, hasEnglishWords } from '../../src/repair/english.js'

const WORD_RULES = new Set(['repair/glued-words', 'repair/broken-words'])

// One sentence in each language, written for these tests, holding a word an English repair splits or joins
// when the sentence sits inside an English paragraph (`offen` → `of fen`, `mussten` → `muss ten`, `moeten` →
// `moe ten`, `tomat` → `to mat`, `mai den` → `maiden`, `totoo` → `to too`, `todos` → `to dos`, `andare` →
// `and are`, `tomates` → `to mates`). Before the span gate each was changed: its English paragraph passed.
const QUOTED: Readonly<Record<string, string>> = {
  de: 'Die Tür stand offen, aber niemand war zu Hause und wir mussten warten.',
  nl: 'Wij moeten nog even wachten, want de andere trein is er niet.',
  id: 'Harga tomat di pasar naik lagi, kata seorang pedagang kepada kami.',
  vi: 'Ngay mai den nha toi an com nhe, chung toi se cho ban.',
  tl: 'Sabi niya, totoo ang balita tungkol sa bagyo.',
  es: 'Todavía no sabemos si todos los vecinos van a tomar una decisión.',
  pt: 'Ele disse que todas as propostas vão ser avaliadas até o fim do mês.',
  it: 'Domani vogliamo andare al mare con tutti i bambini.',
  fr: 'Les prix des tomates ont beaucoup augmenté cette semaine au marché.',
}

const BEFORE =
  'The ministry confirmed on Tuesday that the new rules for river transport would apply from March, after months of talks with the unions and the shipping companies.'
const AFTER = 'The ministry said it had received more than two hundred letters and would answer each of them before the summer.'

/** The glued- and broken-word changes of a text's repair. */
function wordChanges(text: string): Array<{ start: number; end: number }> {
  return explainRepair(text).changes.filter((c) => WORD_RULES.has(c.rule))
}

describe('word repairs skip a foreign sentence inside an English paragraph', () => {
  it.each(Object.entries(QUOTED))('should leave a quoted %s sentence whole', (_lang, sentence) => {
    const text = `${BEFORE} One of the boatmen wrote: "${sentence}" ${AFTER}`
    expect(wordChanges(text)).toEqual([])
    expect(repair(text)).toBe(text)
  })

  it.each(Object.entries(QUOTED))('should leave an unquoted %s sentence between English ones whole', (_lang, sentence) => {
    const text = `${BEFORE} ${sentence} ${AFTER}`
    expect(wordChanges(text)).toEqual([])
    expect(clean(text).body).toBe(text)
  })

  it.each(Object.entries(QUOTED))('should still repair the English sentences around a %s quotation', (_lang, sentence) => {
    const text = `The new infor mation reached the ministry on Tuesday. A boatman wrote: “${sentence}” Prices rose ofthe summer, the ministry said.`
    const expected = `The new information reached the ministry on Tuesday. A boatman wrote: “${sentence}” Prices rose of the summer, the ministry said.`
    expect(repair(text)).toBe(expected)
  })

  it('should still repair a short quoted English sentence: too short to judge, it is read with its paragraph', () => {
    const text = `${BEFORE} One of the boatmen wrote: "The infor mation was wrong." ${AFTER}`
    expect(repair(text)).toBe(text.replace('infor mation', 'information'))
  })

  it('should leave a short quotation with a foreign function word and no English one whole', () => {
    for (const quote of ['Vamos todas', 'Ni una menos', 'Wir auch', 'Pas pour nous']) {
      const text = `${BEFORE} The marchers chanted "${quote}" as they crossed the square. ${AFTER}`
      expect(repair(text), quote).toBe(text)
    }
    // A short quotation with an English function word is still read with its paragraph and repaired.
    const english = `${BEFORE} The marchers chanted "Give all ofthe keys" as they crossed the square. ${AFTER}`
    expect(repair(english)).toBe(english.replace('ofthe', 'of the'))
  })

  it('should still repair an English sentence with name particles (`van der`) in it', () => {
    const text = 'The museum bought works by Mies van der Rohe and Rogier van der Weyden ofthe same period, the curator said.'
    expect(repair(text)).toBe(text.replace('ofthe', 'of the'))
  })

  it('should keep skipping a paragraph that is foreign as a whole', () => {
    const text = `${BEFORE}\n\n${QUOTED.de}\n\n${AFTER}`
    expect(repair(text)).toBe(text)
  })
})

describe('an English paragraph quoting a Vietnamese sentence', () => {
  const VI = 'Những người dân ở đây đã được thông báo rằng nước sẽ bị cắt trong hai ngày.'
  const text = `${BEFORE} One of the boatmen wrote: “${VI}” ${AFTER}\n\n${AFTER}`

  it('should keep the paragraph in the body: its Vietnamese letters do not make it a Vietnamese paragraph (it was dropped whole)', () => {
    const r = clean(text)
    expect(r.removed).toEqual([])
    expect(r.body).toBe(text)
  })

  it('should still drop a paragraph that is Vietnamese as a whole', () => {
    const page = `${BEFORE}\n\n${VI} Giá cà chua ở chợ đã tăng mạnh trong tuần này, người bán hàng cho biết.\n\n${AFTER}`
    expect(clean(page).removed.map((x) => x.rule)).toEqual(['repair/foreign-paragraph'])
  })
})

describe('clauseAround', () => {
  it('should bound a span by quote marks, sentence ends and line breaks', () => {
    const text = 'He wrote: "Wir haben das nicht gewusst." The end.\nNext line here'
    const at = text.indexOf('nicht')
    const [from, to] = clauseAround(text, at)
    expect(text.slice(from, to)).toBe('Wir haben das nicht gewusst')
    const [a, b] = clauseAround(text, text.indexOf('line'))
    expect(text.slice(a, b)).toBe('Next line here')
    const [c, d] = clauseAround(text, text.indexOf('wrote'))
    expect(text.slice(c, d)).toBe('He wrote')
  })

  it('should not end a sentence at a decimal point or an apostrophe', () => {
    const text = 'It rose 3.5 per cent and didn’t stop there'
    expect(clauseAround(text, text.indexOf('stop'))).toEqual([0, text.length])
  })

  it('should cut a span without sentence ends to a window of words, shared by the offsets near each other', () => {
    const text = Array.from({ length: 400 }, (_, k) => `word${k}`).join(' ')
    const at = text.indexOf('word150')
    const [from, to] = clauseAround(text, at)
    expect(at - from).toBeGreaterThanOrEqual(290)
    expect(to - at).toBeGreaterThanOrEqual(290)
    expect(to - from).toBeLessThanOrEqual(900)
    expect(text[from - 1]).toBe(' ')
    expect(text[to]).toBe(' ')
    expect(clauseAround(text, at + 4)).toEqual([from, to])
    expect(clauseAround(text, at, clauseCuts(text))).toEqual([from, to])
  })
})

describe('functionWordCounts and englishGate', () => {
  it('should count foreign function words in lower case only, and English ones', () => {
    expect(functionWordCounts('Wir haben das nicht gewusst, und wir warten.', 0, 44)).toEqual([8, 5, 0])
    expect(functionWordCounts('The rules of the river and the ports', 0, 36)).toEqual([8, 0, 5])
  })

  it('should answer per span, and a short span by its paragraph', () => {
    const text = `${BEFORE} He wrote: "${QUOTED.id!}" ${AFTER}`
    const gate = englishGate(text)
    expect(gate(text.indexOf('tomat'))).toBe(false)
    expect(gate(text.indexOf('river'))).toBe(true)
    expect(gate(text.indexOf('wrote'))).toBe(hasEnglishWords(text))
  })
})

describe('foreign function words', () => {
  const all = Object.entries(FOREIGN_FUNCTION_WORDS).flatMap(([lang, words]) => words.map((w) => [lang, w] as const))

  it('should hold lower-case words of two letters or more, once per language', () => {
    for (const [lang, words] of Object.entries(FOREIGN_FUNCTION_WORDS)) {
      expect(new Set(words).size, lang).toBe(words.length)
      for (const w of words) {
        expect(w, lang).toBe(w.toLowerCase())
        expect(w.length, `${lang} ${w}`).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it('should hold no English function word and none of the thousand most frequent English words', () => {
    for (const [lang, w] of all) {
      expect(ENGLISH_FUNCTION_WORDS, `${lang} ${w}`).not.toContain(w)
      expect(wordRank(w) ?? Infinity, `${lang} ${w}`).toBeGreaterThanOrEqual(1000)
    }
  })
})

describe('property: no English word repair inside a sentence made mostly of another language’s function words', () => {
  // Tokens the English repairs change in an English sentence (each one's repair is checked below).
  const BAIT: readonly string[] = ['ofthe', 'forthe', 'tothe', 'infor mation', 'app lication', 'todas', 'tomar', 'offen', 'andare']
  const languages = Object.keys(FOREIGN_FUNCTION_WORDS)
  // An English sentence long enough to be judged on its own words, whatever the sentence before it.
  const LATE = 'The infor mation reached the harbour office late on Friday, and the board said it would meet again next week.'

  it('should repair each bait in an English sentence (so the property tests the gate, not the bait)', () => {
    for (const bait of BAIT) {
      const text = `${BEFORE} Officials read ${bait} report again. ${AFTER}`
      expect(wordChanges(text).length, bait).toBeGreaterThan(0)
    }
  })

  const sentence = fc
    .constantFrom(...languages)
    .chain((lang) =>
      fc
        .tuple(fc.array(fc.constantFrom(...FOREIGN_FUNCTION_WORDS[lang]!), { minLength: 4, maxLength: 14 }), fc.array(fc.constantFrom(...BAIT), { minLength: 1, maxLength: 3 }))
        .chain(([fw, bait]) => fc.shuffledSubarray([...fw, ...bait], { minLength: fw.length + bait.length }))
        .filter((tokens) => {
          const words = tokens.join(' ').split(' ')
          const foreign = words.filter((w) => FOREIGN_FUNCTION_WORDS[lang]!.includes(w)).length
          return foreign * 2 > words.length
        }),
    )

  it('should leave every word of such a sentence, quoted or not, and still repair the English one after it', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), (tokens, quoted) => {
        const body = `${tokens.join(' ')}.`
        const inner = quoted ? `A resident wrote: “${body}”` : body
        // English around it, so the document stays English whatever the sentence's script.
        const text = `${BEFORE} ${inner} ${LATE}\n\n${AFTER} ${BEFORE}`
        const from = text.indexOf(body)
        const to = from + body.length
        const changes = wordChanges(text)
        expect(changes.filter((c) => c.end > from && c.start < to)).toEqual([])
        expect(repair(text)).toContain(LATE.replace('infor mation', 'information'))
      }),
      { numRuns: 300 },
    )
  })
})
