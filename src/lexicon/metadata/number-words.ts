/**
 * Number words written in one word from a count of one to nine and a tens word, for the languages that
 * compose them so (`fünfundzwanzig`, `vijfentwintig`, `venticinque`): the relative datelines' `moreCounts`.
 */

/**
 * The words of 21 to 99 written ones first, a joiner, then the tens (`fünf` `und` `zwanzig`, `twee` `ën`
 * `twintig`), each with its value.
 *
 * @param ones the counts of one to nine, in order
 * @param tens the tens words and their values
 * @param joiner the joiner after a count (Dutch writes `ën` after an `e`)
 * @returns word → value
 * @example onesAndTens(['ein', 'zwei'], { zwanzig: 20 }, () => 'und') // { einundzwanzig: 21, zweiundzwanzig: 22 }
 */
export function onesAndTens(ones: readonly string[], tens: Readonly<Record<string, number>>, joiner: (one: string) => string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [t, n] of Object.entries(tens)) ones.forEach((one, k) => (out[`${one}${joiner(one)}${t}`] = n + k + 1))
  return out
}

/** Italian counts of one to nine as they follow a tens word; `tre` is written `tré` there too. */
const ITALIAN_ONES: readonly (readonly string[])[] = [['uno'], ['due'], ['tre', 'tré'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']]

/**
 * The Italian words of 21 to 59 written tens first (`venticinque`), the tens word losing its last vowel
 * before a count that starts with one (`ventuno`, `trentotto`), each with its value.
 *
 * @param tens the tens words and their values
 * @returns word → value
 * @example tensAndOnes({ venti: 20 }).ventotto // 28
 */
export function tensAndOnes(tens: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [t, n] of Object.entries(tens)) {
    ITALIAN_ONES.forEach((forms, k) => {
      for (const one of forms) out[`${'uo'.includes(one[0]!) ? t.slice(0, -1) : t}${one}`] = n + k + 1
    })
  }
  return out
}
