import { judge } from '../core/doc.js'
import { detectLanguage } from '../lang/detect.js'
import type { Block, Doc } from '../types.js'
import { isCjk, isLatinLetter } from './chars.js'

/** Rule id under which untranslated paragraphs are removed or reported. */
export const FOREIGN_PARAGRAPH = 'repair/foreign-paragraph'
/** Share of a paragraph's letters that must be in a non-Latin script for it to be entirely foreign. */
const FOREIGN_SCRIPT_SHARE = 0.9
/** A Latin-script paragraph needs this many letters before the language detector is trusted on it. */
const MIN_DETECT_LETTERS = 60

/** A paragraph the foreign-text repair found: where it is and its language. */
export interface ForeignParagraph {
  readonly start: number
  readonly end: number
  readonly lang: string
}

/**
 * The language of a paragraph that is entirely in a language other than `main`, or undefined. Script first:
 * a paragraph whose letters are nearly all Han, kana, Hangul or another non-Latin script is foreign to an
 * English document; a Latin-script paragraph is foreign only when the detector says so on enough text
 * (Vietnamese is settled by its letters). Mixed paragraphs (`习近平…,早在2000During his tenure…`) are not.
 *
 * @param text the paragraph
 * @param main the document's main language
 * @returns the paragraph's language when it is entirely foreign
 */
export function foreignLanguage(text: string, main: string): string | undefined {
  let latin = 0
  let other = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isLatinLetter(c)) latin++
    else if (isCjk(c) || (c >= 0x370 && /\p{L}/u.test(text[i]!))) other++
  }
  const letters = latin + other
  if (letters === 0) return undefined
  if (other / letters >= FOREIGN_SCRIPT_SHARE) {
    const lang = detectLanguage(text)
    return lang !== undefined && lang !== main ? lang : undefined
  }
  if (other > 0 || latin < MIN_DETECT_LETTERS) return undefined
  const lang = detectLanguage(text)
  return lang !== undefined && lang !== main ? lang : undefined
}

/**
 * The untranslated-paragraph repair, run over a whole document before the block repairs. In an English
 * document a body paragraph entirely in another language is, by `options.foreignText`: `'drop'` (default)
 * judged boilerplate under `repair/foreign-paragraph` (so `clean()` lists it in `removed`; `repair()` never
 * removes text and keeps it); `'mark'` kept and listed in `metadata.foreignParagraphs` as
 * `{ start, end, lang }`; `'keep'` left alone. Chinese words or clauses inside an English paragraph are
 * never dropped: the paragraph is mixed, not foreign.
 *
 * @param doc the annotated, classified document
 * @param mode the `foreignText` option
 * @returns the document with foreign paragraphs dropped or marked
 */
export function foreignParagraphs(doc: Doc, mode: 'keep' | 'drop' | 'mark'): Doc {
  if (mode === 'keep' || doc.lang !== 'en') return doc
  const found: ForeignParagraph[] = []
  let changed = false
  const blocks = doc.blocks.map((b): Block => {
    if (b.verdict !== 'body') return b
    const lang = foreignLanguage(b.text, doc.lang ?? 'en')
    if (lang === undefined) return b
    found.push({ start: b.start, end: b.end, lang })
    if (mode !== 'drop') return b
    changed = true
    return judge(b, 'boilerplate', FOREIGN_PARAGRAPH)
  })
  if (found.length === 0) return doc
  if (mode === 'mark') return { ...doc, metadata: { ...doc.metadata, foreignParagraphs: found } }
  return changed ? { ...doc, blocks } : doc
}
