/**
 * Han numerals from one to ten, as Chinese and Japanese relative datelines write an amount (`两小时前`,
 * `三天前`, `一時間前`): item `n` lists the forms of `n + 1` (`两`/`兩` and `二` for two). With `十` listed,
 * the readers compose them up to 99 (`二十分钟前`, `十五天前`).
 */
export const HAN_COUNTS: readonly (readonly string[])[] = Object.freeze([
  ['一'], ['二', '两', '兩'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九'], ['十'],
])
