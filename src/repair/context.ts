import type { Block, Doc } from '../types.js'
import { CJK_LANGS, isCjk } from './chars.js'

const evidence = new WeakMap<readonly Block[], boolean>()

/**
 * Whether a document shows traces of machine translation from CJK: Han, kana, Hangul or full-width
 * punctuation somewhere in a document that is not itself CJK. Rules whose evidence is weaker on its own
 * (a camel-case hump, a word glued to a number) only run where this holds, so English technical prose with
 * `onClick` or `win10` is left alone.
 *
 * @param doc the document
 * @returns true when some block has CJK characters and the document language is not CJK
 */
export function hasTranslationDebris(doc: Doc): boolean {
  if (doc.lang !== undefined && CJK_LANGS.has(doc.lang)) return false
  const cached = evidence.get(doc.blocks)
  if (cached !== undefined) return cached
  let found = false
  outer: for (const b of doc.blocks) {
    const t = b.text
    for (let i = 0; i < t.length; i++) {
      if (isCjk(t.charCodeAt(i))) {
        found = true
        break outer
      }
    }
  }
  evidence.set(doc.blocks, found)
  return found
}

/**
 * Whether English-only repairs (word lists, English punctuation spacing) apply to a document.
 *
 * @param doc the document
 * @returns true when its language is English or unknown
 */
export function isEnglishDoc(doc: Doc): boolean {
  return doc.lang === undefined || doc.lang === 'en'
}
