import type { Block, Doc } from '../types.js'
import { CJK_LANGS } from './chars.js'

/**
 * Whether a block shows traces of machine translation from CJK: Han, kana, Hangul or full-width punctuation
 * in a document that is not itself CJK. Rules whose evidence is weaker on its own (a camel-case hump, a
 * word glued to a number) only run in such blocks, so English technical prose with `onClick` or `win10`
 * is left alone, even in a document that quotes some Chinese elsewhere.
 *
 * @param block the block
 * @param doc the document (for its language)
 * @returns true when the block has CJK characters and the document language is not CJK
 */
export function hasTranslationDebris(block: Block, doc: Doc): boolean {
  if (doc.lang !== undefined && CJK_LANGS.has(doc.lang)) return false
  // The block first: it is short, and most blocks have no CJK, so the document is rarely scanned.
  return hasCjk(block.text) && docHasCjk(doc)
}

/** Whether any of a document's blocks has CJK, computed once per document (most pages have none). */
const DOC_HAS_CJK = new WeakMap<Doc, boolean>()

function docHasCjk(doc: Doc): boolean {
  let found = DOC_HAS_CJK.get(doc)
  if (found === undefined) {
    found = doc.blocks.some((b) => hasCjk(b.text))
    DOC_HAS_CJK.set(doc, found)
  }
  return found
}

/** Any character `isCjk` accepts, for a native scan. */
export const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/

/** Whether a text has a CJK character (see `isCjk`). */
function hasCjk(t: string): boolean {
  return CJK.test(t)
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

/**
 * Whether repairs of English punctuation and quotes apply: any document whose language is not CJK (the
 * same mistakes are mistakes in French or Vietnamese, and it keeps the repairs stable when the detector
 * wavers on short mixed text).
 *
 * @param doc the document
 * @returns false for Chinese, Japanese and Korean documents
 */
export function isSpacedScriptDoc(doc: Doc): boolean {
  return doc.lang === undefined || !CJK_LANGS.has(doc.lang)
}
