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

/**
 * Numbers written as one character that open a numbered item: circled, parenthesised, with a full stop,
 * dingbat (`①番茄切块`, `⑵`, `⒈`, `❶`). Inclusive code-point ranges.
 */
export const NUMBER_CHARACTERS: readonly (readonly [number, number])[] = Object.freeze([
  [0x2460, 0x249b], // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛
  [0x24eb, 0x24f4], // ⓫ … ⓴
  [0x2776, 0x2793], // ❶ … ❿, ➀ … ➉, ➊ … ➓
  [0x3251, 0x325f], // ㉑ … ㉟
  [0x32b1, 0x32bf], // ㊱ … ㊿
].map((r) => Object.freeze(r) as readonly [number, number]))

/**
 * Han numerals: they number an item before `、` (`一、`, `十二、`) and count before a measure word
 * (`两个鸡蛋`, `半勺盐`).
 */
export const HAN_NUMERALS = '〇零一二两三四五六七八九十百半几'

/**
 * Measure words that count things after a Han numeral or a number (`两个鸡蛋`, `3瓣蒜`): a quantity, not a
 * name that starts with a numeral (`三农`, `一带一路`), but a count, as a teaser's counter is (`3条评论`).
 */
export const HAN_COUNT_WORDS: readonly string[] = Object.freeze([
  '个', '個', '只', '隻', '颗', '顆', '根', '片', '块', '塊', '瓣', '条', '條', '张', '張', '把', '盒', '包', '袋', '棵', '枚', '本', '개', '쪽',
])

/** Han and Korean units of mass, volume and kitchen measures after a number (`200克`, `一勺`, `2큰술`): a measured quantity. */
export const HAN_UNITS: readonly string[] = Object.freeze([
  '克', '公斤', '千克', '斤', '毫升', '升', '勺', '匙', '汤匙', '茶匙', '小勺', '大勺', '杯', '碗', '滴', '큰술', '작은술', '컵', '그램',
])

/**
 * Units of mass, volume and kitchen measures written after a number in the languages the library reads
 * (`200 g`, `1 tsp`, `2 EL`, `300 gram`, `1 thìa`, `2 cuillères`, `3 ст. л.`): a number with one of these
 * is a measured quantity (an ingredient), never a counter or a time stamp (`2 hours ago`). Matched as whole
 * words; one-letter units only in the case written here (`5G` is no weight).
 */
export const QUANTITY_UNITS: readonly string[] = Object.freeze([
  // Metric and imperial, everywhere.
  'g', 'gr', 'kg', 'mg', 'l', 'L', 'ml', 'cl', 'dl', 'oz', 'lb', 'lbs', 'gram', 'grams', 'gramm', 'gramos', 'grammes', 'grammi', 'litre', 'litres', 'liter', 'litro', 'litros',
  // English.
  'tsp', 'tbsp', 'tbs', 'cup', 'cups', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'pinch', 'clove', 'cloves', 'slice', 'slices', 'can', 'cans',
  // German and Dutch.
  'TL', 'EL', 'Msp', 'Prise', 'Prisen', 'Stück', 'Tasse', 'Tassen', 'Bund', 'Zehe', 'Zehen', 'Scheibe', 'Scheiben', 'Dose', 'theelepel', 'eetlepel', 'snufje', 'teentje', 'teentjes',
  // French, Spanish, Portuguese, Italian.
  'cuillère', 'cuillères', 'càs', 'càc', 'pincée', 'gousse', 'gousses', 'tranche', 'tranches', 'cucharada', 'cucharadas', 'cucharadita', 'cucharaditas', 'taza', 'tazas', 'pizca', 'diente', 'dientes',
  'colher', 'colheres', 'xícara', 'xícaras', 'pitada', 'dente', 'dentes', 'cucchiaio', 'cucchiai', 'cucchiaino', 'cucchiaini', 'tazza', 'tazze', 'pizzico', 'spicchio', 'spicchi',
  // Vietnamese, Indonesian.
  'gam', 'lít', 'thìa', 'muỗng', 'chén', 'bát', 'quả', 'trái', 'củ', 'tép', 'nhánh', 'lát', 'gói', 'sdm', 'sdt', 'siung', 'buah', 'butir', 'lembar', 'gelas',
  // Polish, Russian, Turkish.
  'łyżka', 'łyżki', 'łyżeczka', 'łyżeczki', 'szklanka', 'szklanki', 'szczypta', 'ząbek', 'ząbki', 'г', 'кг', 'мл', 'л', 'шт', 'ст', 'ч', 'стакан', 'стакана', 'щепотка', 'зубчик', 'зубчика',
  'yemek', 'çay', 'bardağı', 'tutam', 'diş', 'adet',
])
