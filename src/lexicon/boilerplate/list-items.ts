/**
 * Signs that a short line is an item of an article's list rather than a menu entry, shared by every
 * language: the marks a list item starts with, and the marks after a number that make it a date or a
 * time rather than a quantity (`11月20日`, `14时30分`). Read by `boilerplate/menu-run`.
 */

/**
 * Bullets a list item starts with, before a space: `• salt`, `– two eggs`, `✓ done`. A menu entry is a
 * bare label.
 */
export const LIST_BULLETS: readonly string[] = Object.freeze([
  '•', '·', '‣', '⁃', '◦', '▪', '▫', '■', '□', '●', '○', '◆', '◇', '►', '▶', '▸', '➤', '→', '✓', '✔', '✗', '☐', '☑',
  '*', '-', '–', '—', '+',
])

/**
 * Characters that, right after a number, make it part of a date or a clock time in Chinese, Japanese and
 * Korean (`11月`, `20日`, `3号`, `14時`, `30分`, `2019년`): a dated teaser, not a quantity (`2个`, `200克`).
 */
export const DATE_MARKS_AFTER_NUMBER: readonly string[] = Object.freeze([
  '年', '月', '日', '号', '號', '时', '時', '点', '點', '分', '秒', '년', '월', '일', '시', '분', '초',
])
