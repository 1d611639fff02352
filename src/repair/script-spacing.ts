import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { CJK_LANGS, isEnglishSide, isHan, isLatinAlnum } from './chars.js'
import { protectedMask } from './protect.js'

/** Han next to a Latin letter or digit, either way round; a block without one is skipped by a native scan. */
const BOUNDARY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]|[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/**
 * Add a space where Han text touches Latin letters or digits. In a non-CJK document the space goes in only
 * when the Latin side is an English clause (`以5GWe will` → `以 5GWe will`, `城市Brain engineering` →
 * `城市 Brain engineering`), so a term inside a Chinese sentence stays glued (`使用5G网络`). With the
 * `cjkSpacing` option every Han/Latin boundary gets a space, the Chinese copywriting convention.
 */
export const scriptSpacing: BlockRule = {
  id: 'repair/script-spacing',
  description: 'Insert a space between Han and an adjacent English clause (every Han/Latin boundary with cjkSpacing).',
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
      if (isHan(a) && isLatinAlnum(b)) english = all || isEnglishSide(s, i, 1)
      else if (isLatinAlnum(a) && isHan(b)) english = all || isEnglishSide(s, i - 1, -1)
      else continue
      if (!english) continue
      if (mask === null) mask = protectedMask(s)
      if (mask !== undefined && mask[i - 1] === 1 && mask[i] === 1) continue
      edits.push({ from: i, to: i, text: ' ', rule: scriptSpacing.id })
    }
    return editBlock(block, edits)
  },
}
