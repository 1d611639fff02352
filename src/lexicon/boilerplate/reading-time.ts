/**
 * The words of a reading-time estimate that a page prints beside its byline (`5 min read`, `Reading time:
 * 4 minutes`, `Lesezeit: 3 Min.`, `阅读时间：3分钟`), shared by every language (a page in one language often
 * carries another's widgets). Read by `boilerplate/reading-time`, which takes a whole line only: a label
 * before the number, or a word after its unit, or both. All entries are in lower case with single spaces.
 *
 * Written for this project from how news sites in these languages print the estimate.
 */

/** A label before the number (`Reading time: 4 minutes`, `Temps de lecture : 3 min`). */
export const READING_TIME_LABELS: readonly string[] = Object.freeze([
  // English
  'reading time', 'read time', 'estimated reading time', 'estimated read time', 'time to read', 'approx. reading time',
  // German, Dutch, Scandinavian
  'lesezeit', 'lesedauer', 'geschätzte lesezeit', 'leestijd', 'lästid', 'lesetid', 'læsetid', 'lukuaika',
  // French, Spanish, Portuguese, Italian
  'temps de lecture', 'durée de lecture', 'tiempo de lectura', 'tiempo estimado de lectura', 'lectura',
  'tempo de leitura', 'tempo estimado de leitura', 'leitura', 'tempo di lettura', 'tempo di lettura stimato', 'lettura',
  // Polish, Russian, Turkish
  'czas czytania', 'czas lektury', 'время чтения', 'время прочтения', 'okuma süresi',
  // Indonesian, Vietnamese
  'waktu baca', 'waktu membaca', 'lama baca', 'thời gian đọc',
  // Chinese, Japanese, Korean
  '阅读时间', '阅读时长', '预计阅读时间', '阅读需要', '阅读', '閱讀時間', '閱讀時長', '預計閱讀時間', '閱讀',
  '読了時間', '読了目安', '読むのにかかる時間', '읽는 시간', '읽기 시간', '예상 읽기 시간',
  // Arabic, Hindi, Thai
  'وقت القراءة', 'مدة القراءة', 'पढ़ने का समय', 'เวลาในการอ่าน', 'เวลาอ่าน', 'ใช้เวลาอ่าน',
])

/** A word after the unit (`5 min read`, `3 min de lecture`, `3分钟读完`); a line of number and unit alone is no estimate. */
export const READING_TIME_AFTER: readonly string[] = Object.freeze([
  'read', 'reading', 'read time', 'reading time', 'lesezeit', 'lesedauer', 'leestijd', 'lästid', 'lukuaika',
  'de lecture', 'de lectura', 'de leitura', 'di lettura', 'czytania', 'чтения', 'на чтение', 'okuma', 'okuma süresi',
  'baca', 'membaca', 'đọc', '阅读', '读完', '閱讀', '讀完', 'で読めます', '読了', '읽기', 'قراءة', 'للقراءة', 'पढ़ें', 'อ่าน',
])

/** Units of the estimate: minutes in every language, with short forms (`Min.`, `мин`, `dk`). */
export const READING_TIME_UNITS: readonly string[] = Object.freeze([
  'minutes', 'minute', 'mins', 'min', 'minuten', 'minuter', 'minutter', 'minuuttia', 'minuto', 'minutos', 'minuti',
  'minut', 'minuty', 'minutę', 'минут', 'минуты', 'минута', 'мин', 'dakika', 'dk', 'menit', 'phút', '分钟', '分鐘', '分',
  '분', 'دقيقة', 'دقائق', 'دقيقتان', 'मिनट', 'นาที',
])

/** What may stand before the number: about, roughly (`~5 min read`, `约3分钟`, `約3分`, `ca. 4 Min.`). */
export const READING_TIME_APPROX: readonly string[] = Object.freeze(['~', '≈', 'ca.', 'approx.', 'about', 'около', 'khoảng', 'sekitar', '约', '約', '대략', 'ประมาณ'])
