import type { MetadataRule } from '../rule.js'
import { isHan } from '../../core/chars.js'

/** Chinese public-security filings: `京公网安备 11010502000001号` → publicSecurityFiling. */
export const publicSecurityFilingRule: MetadataRule = {
  id: 'metadata/public-security-filing',
  description: 'Read the Chinese public-security (公网安备) filing number from a footer line; the line keeps its boilerplate verdict.',
}

/** What every public-security filing holds. */
export const PUBLIC_SECURITY_MARK = '公网安备'
const MARK = PUBLIC_SECURITY_MARK
// After the mark: ` 11010502000001号`, `11010502000001`; the number is 10-20 digits.
const NUMBER = / ?\d{10,20}号?/y

/**
 * Read a public-security filing: the province character, the mark, the number and `号`, as written.
 *
 * @param text the line
 * @returns the filing, or undefined
 * @example readPublicSecurityFiling('京公网安备 11010502000001号') // '京公网安备 11010502000001号'
 */
export function readPublicSecurityFiling(text: string): string | undefined {
  const at = text.indexOf(MARK)
  if (at < 0) return undefined
  NUMBER.lastIndex = at + MARK.length
  const m = NUMBER.exec(text)
  if (m === null) return undefined
  const from = at > 0 && isHan(text.charCodeAt(at - 1)) ? at - 1 : at
  return text.slice(from, at + MARK.length + m[0].length)
}
