/**
 * Literal words as the alternatives of a RegExp source, longest first (so `minutes` is tried before `min`),
 * with the syntax characters escaped as Unicode-mode patterns allow (`-` stays as it is: `\-` is an error
 * under the `u` flag). Alternations of literals keep a pattern linear in time.
 *
 * @param words the literal words
 * @returns the source of an alternation (no group), or `(?!)`, which never matches, for no words
 * @example new RegExp(`^(?:${literalAlternatives(['min', 'minutes'])})$`, 'iu')
 */
export function literalAlternatives(words: readonly string[]): string {
  if (words.length === 0) return '(?!)'
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')
}
