import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { franc } from 'franc'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { ISO639_3_TO_1, UNTAGGED_MODEL_LANGUAGES } from '../../src/lang/iso639.js'
import { IGNORED_LANGUAGES, alphabetOf, trigramLanguage } from '../../src/lang/trigram-model.js'

/** franc as the detector calls it, without the languages it does not weigh: the reference `trigramLanguage` must equal. */
function reference(text: string): string {
  return franc(text, { minLength: 10, ignore: [...IGNORED_LANGUAGES] })
}

const SENTENCES = [
  'The committee met on Monday and approved the plan for the coming year.',
  'Le comité a approuvé le plan pour l’année qui vient, et le ministre a dit.',
  'Der Ausschuss hat den Plan für das kommende Jahr gebilligt, sagte der Minister.',
  'El comité aprobó el plan para el próximo año, dijo el ministro ayer.',
  'O comitê aprovou o plano para o próximo ano, disse o ministro ontem.',
  'Komitet zatwierdził plan na przyszły rok, powiedział minister wczoraj.',
  'Komite gelecek yıl için planı onayladı, dedi bakan dün akşam.',
  'Комитет одобрил план на следующий год, сказал министр вчера вечером.',
  'Комітет схвалив план на наступний рік, сказав міністр учора.',
  'وافقت اللجنة على الخطة للعام المقبل، قال الوزير أمس.',
  'کمیته برنامه سال آینده را تصویب کرد، وزیر دیروز گفت.',
  'समिति ने अगले वर्ष की योजना को मंजूरी दी, मंत्री ने कल कहा।',
  'समितीने पुढील वर्षाच्या योजनेला मान्यता दिली, मंत्री काल म्हणाले.',
  'Η επιτροπή ενέκρινε το σχέδιο για το επόμενο έτος.',
  '習近平總書記強調，東京都は新しい計画を発表しました。서울시는 새로운',
  'Thủ tướng Chính phủ đã chủ trì hội nghị trực tuyến toàn quốc.',
  'Kamati iliidhinisha mpango wa mwaka ujao, waziri alisema jana.',
  'Udvalget godkendte i går planen for det kommende år, sagde ministeren.',
  'Utvalget godkjente i går planen for det kommende året, sa statsråden.',
  'El comitè va aprovar ahir el pla per a l’any vinent, va dir el ministre.',
  'Výbor včera schválil plán na budúci rok, povedal minister.',
  'Valiokunta hyväksyi eilen ensi vuoden suunnitelman, ministeri sanoi.',
  'Komitet a mirato planin për vitin e ardhshëm, tha ministri dje.',
  'הוועדה אישרה אתמול את התוכנית לשנה הבאה, אמר השר.',
  'ኮሚቴው የሚቀጥለውን ዓመት እቅድ ትናንት አጸደቀ።',
  'ကော်မတီသည် လာမည့်နှစ်အတွက် အစီအစဉ်ကို မနေ့က အတည်ပြုခဲ့သည်။',
  'Комитет го одобри планот за следната година, рече министерот.',
  'ΣΙΣΥΦΟΣ İSTANBUL ǅemal ﬁnancial Ⅻ 12345 !!! ... ––– ¿¡ «» 𝐀',
  'กรุงเทพมหานคร ভাষা தமிழ் ગુજરાતી ಕನ್ನಡ മലയാളം ਪੰਜਾਬੀ አማርኛ සිංහල ꦗꦮ',
]

/** The corpus texts, cut into pieces of the sizes the detector reads. */
function corpusPieces(): string[] {
  const dir = new URL('../../fixtures/corpus/', import.meta.url)
  const pieces: string[] = []
  for (const name of readdirSync(dir).filter((n) => /^\d+_[0-9a-f]+\.txt$/.test(n))) {
    const text = readFileSync(new URL(name, dir), 'utf8')
    for (let i = 0; i < text.length; i += 700) pieces.push(text.slice(i, i + 1000))
  }
  return pieces
}

/** The top-level alternatives of a regular expression source without groups (a `|` inside a class is no separator). */
function alternatives(source: string): string[] {
  const parts: string[] = []
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') inClass = true
    else if (c === ']') inClass = false
    else if (c === '|' && !inClass) {
      parts.push(source.slice(from, i))
      from = i + 1
    }
  }
  parts.push(source.slice(from))
  return parts
}

describe('trigramLanguage', () => {
  it('should give franc’s answer on sentences of each script, short and long', () => {
    for (const s of SENTENCES) {
      for (const text of [s, s.slice(0, 9), s.slice(0, 10), s.slice(0, 25), s.repeat(20), s.toUpperCase(), s + ' ' + SENTENCES[0]]) {
        expect(trigramLanguage(text)).toBe(reference(text))
      }
    }
  })

  it('should give franc’s answer on the corpus texts', () => {
    for (const text of corpusPieces()) expect(trigramLanguage(text)).toBe(reference(text))
  })

  it('should give franc’s answer on text with nothing to read, only punctuation, or surrogates', () => {
    for (const text of ['', '1234567890', '!!!!!!!!!!!!', '          ', '\ud800\ud800\ud800\ud800\ud800\ud800', '😀😀😀😀😀😀😀😀😀😀 hello', '\u{20000}\u{20001}\u{20002}\u{20003}\u{20004}\u{20005}']) {
      expect(trigramLanguage(text)).toBe(reference(text))
    }
  })

  it('should give franc’s answer on mixes of words from every language model, with surrogates', () => {
    const words = Object.values(data).flatMap((langs) => Object.values(langs).flatMap((model) => model.split('|').slice(0, 40)))
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', ', ', '\n', '1', 'A', 'É', '😀', '\u{20000}', '\u{1D400}', '\ud800', '\udc00')), { minLength: 3, maxLength: 300 }).map((ws) => ws.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(trigramLanguage(t)).toBe(reference(t))
      }),
      { numRuns: 400 },
    )
  })

  it('should give franc’s answer on random BMP text', () => {
    const text = fc.string({ unit: fc.integer({ min: 0x20, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 8, maxLength: 200 })
    fc.assert(
      fc.property(text, (t) => {
        expect(trigramLanguage(t)).toBe(reference(t))
      }),
      { numRuns: 500 },
    )
  })

  it('should weigh every language with a two-letter tag and franc-min’s others, and never answer an ignored one', () => {
    const weighed = Object.values(data).flatMap((byLanguage) => Object.keys(byLanguage)).filter((l) => !IGNORED_LANGUAGES.includes(l))
    expect(weighed).toEqual(expect.arrayContaining(['dan', 'nob', 'cat', 'glg', 'slk', 'fin', 'ceb', 'ilo']))
    expect(IGNORED_LANGUAGES).toEqual(expect.arrayContaining(['sco', 'hil', 'nds', 'vec']))
    for (const l of IGNORED_LANGUAGES) expect(ISO639_3_TO_1[l] === undefined && !UNTAGGED_MODEL_LANGUAGES.includes(l)).toBe(true)
    // Tags are two letters; a language without one is reported as its three-letter code, so it has no entry.
    for (const tag of Object.values(ISO639_3_TO_1)) expect(tag).toMatch(/^[a-z]{2}$/)
    for (const l of UNTAGGED_MODEL_LANGUAGES) expect(ISO639_3_TO_1[l]).toBeUndefined()
    // A script franc has no model for answers its own name, which must not be ignored.
    for (const script of Object.keys(expressions)) expect(IGNORED_LANGUAGES).not.toContain(script)
    const english = 'The council approved the budget on Tuesday after a long debate.'
    expect(franc(english, { minLength: 10 })).toBe('sco')
    expect(trigramLanguage(english)).toBe('eng')
  })

  // A trigram's key, `(a * size + b) * size + c`, must stay a 32-bit integer.
  it('should number the models’ characters so that a trigram key fits in 32 bits', () => {
    expect(alphabetOf().size ** 3).toBeLessThan(2 ** 31)
  })

  // The per-code-unit script table is exact only if every part of an expression longer than one code unit
  // starts with a high surrogate (texts with surrogates are counted with the expressions themselves).
  it('should rely only on franc expressions whose multi-unit parts start with a high surrogate', () => {
    for (const re of Object.values(expressions)) {
      for (const part of alternatives(re.source)) {
        // One class alone is one code unit; otherwise the first atom (an escape or a class) must hold only high surrogates.
        if (/^\[[^\]]*\]$/.test(part)) continue
        const first = /^(?:\\u[0-9a-f]{4}|\[[^\]]*\])/i.exec(part)?.[0] ?? ''
        const units = [...first.matchAll(/\\u([0-9a-f]{4})/gi)].map((m) => parseInt(m[1]!, 16))
        expect(units.length > 0 && units.every((u) => u >= 0xd800 && u <= 0xdbff)).toBe(true)
      }
    }
  })
})
