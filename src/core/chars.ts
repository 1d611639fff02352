/**
 * Whether a UTF-16 code unit is white space as JavaScript's `\s` and `String.prototype.trim()` define it.
 *
 * @param c a code unit
 * @returns true for white space
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

/**
 * Offsets of the first and just-past-last non-space code units of `s[from, to)`, in one pass each way
 * (a `/\s+$/` regex is quadratic on long runs of spaces).
 *
 * @param s the text
 * @param from start offset
 * @param to end offset
 * @returns `[start, end]`, equal when the range is all white space
 */
export function trimSpan(s: string, from: number, to: number): [number, number] {
  let a = from
  while (a < to && isSpaceCode(s.charCodeAt(a))) a++
  let b = to
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--
  return [a, b]
}
