import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean, explainRepair, repair } from '../../src/pipeline/clean.js'
import { englishWordCounts, hasEnglishWords } from '../../src/repair/english.js'

// Short sentences in other Latin-script languages, written without accents and too short for the language
// detector. Each holds a word the English word list splits or joins (`tomar` → `to mar`, `andare` → `and are`,
// `fiel der` → `fielder`); before `hasEnglishWords` the word repairs changed every one of them inside an English page.
const FOREIGN: readonly string[] = [
  'Los vecinos quieren tomar una decision antes del domingo.',
  'Hay que tocar el timbre dos veces para entrar.',
  'Todavia no sabemos si todos los invitados van a venir.',
  'O prefeito quer tomar medidas contra o barulho das obras.',
  'A sorte e a fortuna nem sempre andam juntas.',
  'Domani vogliamo andare al mare con tutti i bambini.',
  'Lei andava a scuola a piedi ogni mattina.',
  'Harga tomat di pasar naik dua kali lipat minggu ini.',
  'Anak-anak memakai topeng saat festival di desa kami.',
  'Wir mussten lange warten, bis der Zug endlich kam.',
  'Mitten in der Nacht fiel der Strom im ganzen Viertel aus.',
  'Das Fenster stand die ganze Nacht offen.',
  'We moeten de lasten eerlijk verdelen over alle inwoners.',
  'Sinabi ng guro na totoo ang balita tungkol sa bagyo.',
]

const EN_BEFORE = 'The harbour board met on Monday to review the dredging schedule, and most of its members backed the plan.'
const EN_AFTER = 'A final vote is expected before the end of the month, once the cost estimates have been checked.'

describe('hasEnglishWords', () => {
  it.each(FOREIGN)('should not take a short foreign sentence for English: %s', (text) => {
    expect(hasEnglishWords(text)).toBe(false)
  })

  it.each([
    'The ferry leaves at noon and returns before dark.',
    'Prices rose sharply ofthe summer.',
    'The ministry published the figures on Friday.',
    'Sign up for our weekly newsletter',
    'Read the full report at https://example.org/reports/annual-summary-final before commenting.',
  ])('should take English for English: %s', (text) => {
    expect(hasEnglishWords(text)).toBe(true)
  })

  it('should pass a paragraph with no counted word (names, short words, numbers)', () => {
    expect(englishWordCounts('Xi Jinping, 2024, Li Qiang')).toEqual([0, 0])
    expect(hasEnglishWords('Xi Jinping, 2024, Li Qiang')).toBe(true)
  })

  it('should not count capitalised words, words of three letters or fewer, or the glued-shaped word in question', () => {
    // `tomar` is glued-shaped and unlisted: no evidence; `Los` is capitalised; `una`, `del` are short.
    expect(englishWordCounts('Los vecinos quieren tomar una decision antes del domingo.')[0]).toBe(5)
  })

  it('should not count the fragments of a broken word', () => {
    const text = 'more infor mation is needed'
    expect(englishWordCounts(text)).toEqual([4, 2])
    expect(englishWordCounts(text, [10])).toEqual([2, 2])
    expect(hasEnglishWords(text)).toBe(false)
    expect(hasEnglishWords(text, [10])).toBe(true)
  })
})

describe('word repairs on short foreign paragraphs in an English page', () => {
  it.each(FOREIGN)('should leave the words of %s alone', (foreign) => {
    const page = [EN_BEFORE, foreign, EN_AFTER].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(page)
    expect(r.changes.filter((c) => c.rule === 'repair/glued-words' || c.rule === 'repair/broken-words')).toEqual([])
    expect(explainRepair(page).text).toBe(page)
  })

  it('should still repair glued and broken words in a short English paragraph beside them', () => {
    const page = [EN_BEFORE, FOREIGN[0]!, 'The new infor mation came ofthe harbour office.'].join('\n\n')
    expect(repair(page)).toBe([EN_BEFORE, FOREIGN[0]!, 'The new information came of the harbour office.'].join('\n\n'))
  })

  it('should keep repair() idempotent on pages mixing English and short foreign paragraphs', () => {
    const para = fc.constantFrom(EN_BEFORE, EN_AFTER, 'Prices rose ofthe summer.', 'The infor mation was late.', ...FOREIGN)
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const once = repair(paras.join('\n\n'))
        expect(repair(once)).toBe(once)
      }),
      { numRuns: 200 },
    )
  })
})
