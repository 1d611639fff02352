import type { MetadataRule } from '../rule.js'
import { isHan } from '../../core/chars.js'

/** Chinese ICP licence numbers: `京ICP备05070218号`, `ICP:05001568`, `ICP No. 12345678` → icp. */
export const icpRule: MetadataRule = {
  id: 'metadata/icp',
  description: 'Read the Chinese ICP licence or filing number from a footer line; the line keeps its boilerplate verdict.',
}

// `京ICP备05070218号-1`, `沪ICP证 010123号`: province, ICP, 备/证, number, 号, optional site suffix.
const ICP_CN = /\p{Script=Han}{0,2}ICP[备证] ?\d{4,12}号(?:-\d{1,3})?/iuy
// `ICP:05001568`, `ICP No. 05001568`, `ICP #05001568`: the number alone.
const ICP_NUMBER = /ICP(?: ?(?:No\.?|[#:：]|License|Licence)){0,2} ?(\d{6,12})(?!\d)/iy

/** What every licence line holds, in any case. */
export const ICP_MARK = 'icp'
// Most lines have no `ICP` at all: passed over without an upper-case copy.
const HAS_ICP = new RegExp(ICP_MARK, 'i')

/**
 * Read an ICP licence number from a line.
 *
 * @param text the line
 * @returns the whole filing (`京ICP备05070218号`) when written the Chinese way, else the number, or undefined
 * @example readIcp('ICP:05001568 Copyright @ 2008 …') // '05001568'
 */
export function readIcp(text: string): string | undefined {
  if (!HAS_ICP.test(text)) return undefined
  const upper = text.toUpperCase()
  for (let at = upper.indexOf('ICP'); at >= 0; at = upper.indexOf('ICP', at + 3)) {
    let from = at
    while (from > 0 && at - from < 2 && isHan(text.charCodeAt(from - 1))) from--
    ICP_CN.lastIndex = from
    const cn = ICP_CN.exec(text)
    if (cn !== null) return cn[0]
    ICP_NUMBER.lastIndex = at
    const n = ICP_NUMBER.exec(text)
    if (n !== null) return n[1]
  }
  return undefined
}
