import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { CJK_LANGS, isEnglishSide, isHan, isLatinAlnum, isLatinLetter } from './chars.js'
import { protectedMask } from './protect.js'

/** Any Han character: without one there is no boundary to space. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/** Full-width sentence and clause marks: `。，、：；？！` and the closing `）」』`. */
function isCjkMark(c: number): boolean {
  return c === 0x3001 || c === 0x3002 || c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f || c === 0xff01 || c === 0xff09 || c === 0x300d || c === 0x300f
}

/** Han next to a Latin letter or digit, either way round; a block without one is skipped by a native scan. */
const BOUNDARY = /[\u3001\u3002\u300d\u300f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01\uff09\uff0c\uff1a\uff1b\uff1f][A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]|[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/**
 * Add a space where Han text touches Latin letters or digits. In a non-CJK document the space goes in only
 * when the Latin side is an English clause (`城市Brain engineering` → `城市 Brain engineering`,
 * `工作。We should` → `工作。 We should`), so a term inside a Chinese sentence stays glued (`使用5G网络`), and
 * digits stay with the Han they touch (`早在2000During` → `早在2000 During`, split by the glued-word rule). With the
 * `cjkSpacing` option every Han/Latin boundary gets a space, the Chinese copywriting convention.
 */
export const scriptSpacing: BlockRule = {
  id: 'repair/script-spacing',
  description: 'Insert a space between Han and an adjacent English clause (every Han/Latin boundary with cjkSpacing).',
  applies: (text) => HAN.test(text),
  trigger: BOUNDARY,
  apply: (block, ctx, doc) => {
    const all = ctx.options.cjkSpacing
    if (!all && doc.lang !== undefined && CJK_LANGS.has(doc.lang)) return block
    const s = block.text
    if (!BOUNDARY.test(s)) return block
    const edits: TextEdit[] = []
    let mask: Uint8Array | undefined | null = null
    for (let i = 1; i < s.length; i++) {
      const a = s.charCodeAt(i - 1)
      const b = s.charCodeAt(i)
      let english: boolean
      // Digits next to Han read with the Chinese (`早在2000`, `以5G`): only cjkSpacing separates them.
      if (isHan(a) && isLatinAlnum(b)) english = all || (isLatinLetter(b) && isEnglishSide(s, i, 1))
      else if (isLatinAlnum(a) && isHan(b)) english = all || (isLatinLetter(a) && isEnglishSide(s, i - 1, -1))
      // A Chinese sentence's own mark keeps its form, but the English clause after it gets a space (`工作。We`).
      else if (!all && isCjkMark(a) && isLatinLetter(b)) english = isEnglishSide(s, i, 1)
      else continue
      if (!english) continue
      if (mask === null) mask = protectedMask(s)
      if (mask !== undefined && mask[i - 1] === 1 && mask[i] === 1) continue
      edits.push({ from: i, to: i, text: ' ', rule: scriptSpacing.id })
    }
    return editBlock(block, edits)
  },
}
