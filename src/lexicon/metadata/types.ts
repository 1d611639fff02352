import type { CreditRole } from '../../types.js'

/** Which metadata field a label introduces. */
export type FieldKind = 'date' | 'source' | 'author' | 'credit'

/**
 * A label that introduces a metadata value on a line: `Source:`, `责任编辑：`, `Phóng viên:`.
 * Matched case-insensitively, at the start of a line or after a separator, and followed by a colon
 * (ASCII or full-width) unless `bare` allows a space or nothing instead.
 */
export interface FieldLabel {
  /** The label in lower case, without its colon. */
  readonly label: string
  readonly field: FieldKind
  /** For credits: the English role key the label maps to. */
  readonly role?: CreditRole
  /**
   * The label may stand without a colon at the start of a line (`记者 李四`, `date 2025-08-25`): only for
   * labels that are never the first word of an ordinary sentence.
   */
  readonly bare?: boolean
  /**
   * Marks besides the colon that may stand between the label and its value: `=` in Korean
   * `사진=연합뉴스`, `＝` in Japanese `写真＝共同`.
   */
  readonly marks?: readonly string[]
  /**
   * The label follows the names it credits, after a space: Korean `홍길동 기자`, `홍길동 특파원`. Read on a
   * part that is only the names (one word each, as Korean and Japanese names are written), the label and
   * perhaps an e-mail address (`홍길동 기자 hong@example.com`); with a colon it also stands before them.
   */
  readonly after?: boolean
  /**
   * For dates: the label says when the page was last changed (`Updated`, `Last updated`, `aktualisiert
   * am`, `更新时间`, `Cập nhật`), read into `metadata.dateModified`. A date lead (`dateLeads`) that is written
   * as such a label says so too (`Published May 8, 2023, updated May 9, 2023`).
   */
  readonly modified?: boolean
}

/** A date shape a language writes with its own words (`2023年5月8日`, `ngày 12 tháng 6 năm 2024`). */
export interface DatePattern {
  /** A sticky regular expression with three groups, matched at a position. */
  readonly re: RegExp
  /** The order of the groups: year-month-day or day-month-year. */
  readonly order: 'ymd' | 'dmy'
}

/**
 * A unit of a relative date (`2 hours ago`, `3 months ago`): what one of it counts back from the reference
 * date. Months and years count back on the calendar (`resolveRelativeDate`), the others by their length.
 */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'

/**
 * The words of a relative dateline (`2 hours ago`, `vor 2 Stunden`, `3小时前`, `Yesterday at 14:30`,
 * `just now`): a page's date stated against the day it was read. Read as a dateline (taken out of the
 * body); resolved to an ISO date only against `options.referenceDate`.
 */
export interface RelativeDateWords {
  /**
   * Unit words after an amount, every form the language writes (`hours`, `hour`, `h`, `giờ`, `小时`,
   * `Stunden`, `часа`, `months`, `Jahren`): the unit each counts. An abbreviation written with a full stop
   * is listed with it (`min.`, `std.`), so that a dateline may end in it (`vor 5 Min.`).
   */
  readonly units: Readonly<Record<string, RelativeUnit>>
  /** Words that stand for the amount one before a unit: `a`, `an` (`an hour ago`), `einer` (`vor einer Stunde`). */
  readonly one?: readonly string[]
  /**
   * Amounts written as words before a unit (`two hours ago`, `vor zwei Stunden`, `两小时前`): item `n` lists
   * the forms of `n + 1`, lower case. Where a count of one Han character for ten is listed (`十`), Han counts
   * compose up to 99 (`二十分钟前`, `十五天前`).
   */
  readonly counts?: readonly (readonly string[])[]
  /**
   * Amounts past ten written as words, each with its value: the teens and the tens (`eleven` → 11,
   * `twenty` → 20, `vingt` → 20, `dix-sept` → 17, `veinticinco` → 25).
   */
  readonly moreCounts?: Readonly<Record<string, number>>
  /**
   * What joins a tens word (a `moreCounts` word for 20 to 90) to a count of one to nine after it, written
   * in full: `-` and ` ` in `twenty-five`, `twenty five`; ` et ` in `vingt et un`; ` y ` in `treinta y cinco`.
   */
  readonly tensJoiners?: readonly string[]
  /**
   * Phrases for half of a unit, before an `ago` word or after a `before` word: `half an hour` (`half an
   * hour ago`), `einer halben stunde` (`vor einer halben Stunde`), `半小时` (`半小时前`). Read as 30 minutes
   * for an hour, 12 hours for a day, 6 months for a year, 30 seconds for a minute.
   */
  readonly halfUnits?: Readonly<Record<string, 'minute' | 'hour' | 'day' | 'year'>>
  /**
   * Unit words that say one of the unit without an amount: Russian `час` (`час назад`), Polish `godzinę`
   * (`godzinę temu`). A plural (`hours ago`) says no amount and is not listed.
   */
  readonly loneUnits?: Readonly<Record<string, RelativeUnit>>
  /** Unit words that say two of the unit without an amount: the Arabic dual (`ساعتين` in `منذ ساعتين`). */
  readonly dualUnits?: Readonly<Record<string, RelativeUnit>>
  /** Words after the amount and unit that say it is past: `ago`, `trước`, `前`, `önce`, `назад`, `전`. */
  readonly agoAfter?: readonly string[]
  /** Words before the amount that say it is past: `vor`, `il y a`, `hace`, `há`. */
  readonly agoBefore?: readonly string[]
  /** Days named against today → how many days from it: `today` → 0, `yesterday` → -1, `vorgestern` → -2. */
  readonly days?: Readonly<Record<string, number>>
  /** Words for the moment the page was read: `just now`, `vừa xong`, `刚刚`. */
  readonly now?: readonly string[]
}

/**
 * A calendar era a language counts years in besides the Common Era: a year of `from` or more is read as
 * `year - offset` CE. Thai counts in the Buddhist Era (`{ from: 2400, offset: 543 }`: 2569 BE is 2026).
 */
export interface YearEra {
  /** The lowest year read in the era (below it a year is CE, as Thai pages also write). */
  readonly from: number
  /** How many years the era is ahead of the Common Era. */
  readonly offset: number
  /**
   * The century a two-digit year of the era is read in, after one of the language's month names: Thai
   * `7 ธ.ค. 69` is 2569 BE with `2500`. Unset: a two-digit year is not read in the era.
   */
  readonly shortYearBase?: number
}

/** Per-language data the metadata rules read. Every string is lower case. */
export interface MetadataLexicon {
  /** Month names and abbreviations → month number (`sept` → 9). */
  readonly months: Readonly<Record<string, number>>
  /** Weekday names that may precede a date (`Monday, May 8, 2023`). */
  readonly weekdays: readonly string[]
  /** Words that may stand just before a date at the end of a byline (`By Jane Doe Updated May 8, 2023`). */
  readonly dateLeads: readonly string[]
  /** Words between a date and its time (`at 10:20`, `um 14:30`, `à 14h30`, `alle ore 14.30`). */
  readonly timeWords: readonly string[]
  /**
   * Letters that may follow a day number (`st` in `1st May`, `er` in `1er décembre`, `º` in `1º de
   * dezembro`). A full stop after the day (`7. Dezember`) is read in every language.
   */
  readonly daySuffixes?: readonly string[]
  /** Words that may stand between the day, month and year of a date: `de` in `7 de diciembre de 2026`. */
  readonly dateJoiners?: readonly string[]
  /**
   * Letters that stand between the hour and the minutes of a time, or after the hour alone: `h` in
   * `14h30`, `14 h 30`, `14h`.
   */
  readonly hourMarks?: readonly string[]
  /**
   * Letters after the minutes of a time written with an hour mark: `分` in `14時30分`, `분` in `14시 30분`.
   * Minutes of one digit are read before one (`9時5分`).
   */
  readonly minuteMarks?: readonly string[]
  /**
   * Words after a time: `Uhr` in `14:30 Uhr`, `14.30 Uhr`, `14 Uhr`; `horas` in `14.30 horas`. A time
   * with one of these after it, or a time word before it, may write its minutes after a full stop.
   */
  readonly timeSuffixes?: readonly string[]
  /**
   * Words after the year of a date: `г.` in `7 декабря 2026 г.`, `года` in `7 декабря 2026 года`, `r.` in
   * `7 grudnia 2026 r.`. Read as part of the date.
   */
  readonly yearSuffixes?: readonly string[]
  /**
   * Time zones a date or time may be followed by, read past and never reported: `MEZ`, `MESZ` in
   * `14:30 MEZ`, `МСК` in `14:30 МСК`. Written in capitals, as pages write them (the one exception to the
   * lexicon's lower case), and matched so. `GMT` and `UTC` with an offset (`GMT+8`), and up to four
   * capitals ending in `T` (`EST`, `CEST`, `AEDT`), are read in every language without being listed.
   */
  readonly timeZones?: readonly string[]
  /**
   * Words before a time that say whether it is before or after noon: Korean `오전 9:05`, `오후 2:30`
   * (14:30), Japanese `午後2時30分`. The hour is then 1 to 12.
   */
  readonly meridiems?: { readonly am: readonly string[]; readonly pm: readonly string[] }
  /**
   * Words after a time that say whether it is before or after noon: Arabic `09:15 ص`, `02:30 م` (14:30).
   * The hour is then 1 to 12.
   */
  readonly meridiemsAfter?: { readonly am: readonly string[]; readonly pm: readonly string[] }
  /**
   * Weekday abbreviations that are ordinary words of other languages (German `so`, `do`, `di`, also
   * listed in `weekdays`): skipped before a date on a page in this language, and on other pages only
   * when a full stop or a comma follows them (`So., 7. Dezember 2026`), so that `So 7 people came` or
   * `Do 5 things` are no dates.
   */
  readonly localWeekdays?: readonly string[]
  /**
   * Byline words the language also writes in lower case: Italian `di Marco Rossi`. Read only on a page in
   * this language, and only before a capitalised name of two words or more (`di` is a common word).
   */
  readonly lowerBylines?: readonly string[]
  /** Labels that introduce a field value. */
  readonly labels: readonly FieldLabel[]
  /** Words that introduce an author without a colon: `By Jane Doe`. */
  readonly bylines: readonly string[]
  /**
   * Byline words that are ordinary words of another language (Dutch `door` is English "door"): read only
   * on a page in this language, like `numericOrder`, where `bylines` are read on every page.
   */
  readonly localBylines?: readonly string[]
  /** Words that join two names: `Jane Doe and John Roe`. */
  readonly nameJoiners: readonly string[]
  /** Lower-case words that may stand inside a capitalised name: `dos` in `Maria dos Santos`. */
  readonly nameParticles?: readonly string[]
  /** First item of a breadcrumb trail: `Home` in `Home>News>General News`. */
  readonly home: readonly string[]
  /** Labels before a breadcrumb trail and its colon: `You are here:`, `当前位置：`, `Você está em:`. */
  readonly trailLeads?: readonly string[]
  /** Last word of a news outlet's name, for a source prefix: `Xinhua News Agency: …`. */
  readonly outletWords: readonly string[]
  /**
   * Words of a job title a byline may put after the name and a comma (`By Jane Doe, Staff Writer`, `Von Anna
   * Schmidt, Redakteurin`): such a part is no name. Credit labels and outlet words count too.
   */
  readonly jobWords?: readonly string[]
  /**
   * News agencies as an agency opener names them (`共同`, `時事`, `新华社`): the `{agency}` slot of `openers`,
   * read as the source. Matched as written, case aside. Agencies written in ASCII letters only (`reuters`,
   * `ap`, `ttxvn`) fill no template (Latin text keeps `WASHINGTON (Reuters) -` in the body): they are read on
   * a closing line, after a name (`Jane Doe (Reuters)`, `Minh Anh/TTXVN`) or a source label (`Avec AFP`).
   */
  readonly agencies?: readonly string[]
  /**
   * Agency openers, at the start of the first paragraph or alone on a line, as templates: literal characters
   * and the slots `{place}` (a place name: two to ten Han or katakana letters, never the source), `{agency}`
   * (one of `agencies`) and `{n}` (a day or month number). `【{place}{agency}】` reads `【ワシントン共同】`;
   * `{agency}{place}{n}月{n}日电` reads `新华社北京12月7日电`. A template starts with a literal or with
   * `{agency}`. A credit in brackets may follow the opener (`（记者 张三）`); an opener that does not end in a
   * closing bracket must be followed by a space or a bracket. `{name}` is a person (a Han letter, then Han
   * or kana letters, two to six; several apart by `、`), read as a reporter: `【{place}＝{name}】` reads
   * `【ワシントン＝山田花子】`; before another slot it is two or three Han letters, as a Chinese name is
   * (`（{agency}記者{name}{place}{n}日電）`). A template without `{agency}` must have `{name}`. A full-width
   * bracket, slash or `＝` also matches its ASCII form, and the other way round.
   */
  readonly openers?: readonly string[]
  /**
   * Credits that close an article, as templates like `openers`: one with `{agency}` at the end of the
   * last paragraph (after a sentence end) or on the line after it (`…した。（共同）`); one with `{name}`
   * only alone on the line after it (`（山田花子）`).
   */
  readonly closers?: readonly string[]
  /**
   * Labels of the credit lines that close an article, read only on a line of their own at its end (with
   * `closers`): `reporting by`, `additional reporting by`, `editing by`, `writing by` (`Reporting by Jane
   * Doe; Editing by John Roe`, perhaps in brackets), German `mitarbeit` (with a colon), French `avec`,
   * Spanish `con información de`. A line is parts apart by `;` (or by a comma before another of these
   * labels), each one label and its value: capitalised names for a credit or an author, one or more of
   * `agencies` for a source (`Avec AFP`).
   */
  readonly closingLabels?: readonly FieldLabel[]
  /**
   * Words that put a place after a name on a closing credit line, left out of the name: `in` in `Reporting
   * by Jane Doe in Paris`.
   */
  readonly creditPlaceWords?: readonly string[]
  /**
   * Words a `{place}` may not start or end with, which bracketed headings put before an agency-like word
   * (`最新` in `【最新時事】`, `日米` in `【日米共同】`): no place is written so.
   */
  readonly notPlaces?: readonly string[]
  /** Bracketed notes an article may end in that are no `{name}`: `敬称略` in `（文中敬称略）`. */
  readonly notNames?: readonly string[]
  /**
   * Marks that stand between names listed before a role that follows them, besides commas: `·` in Korean
   * `김하늘·박민수 기자`.
   */
  readonly nameListMarks?: readonly string[]
  /** Words for comments in a comment counter: `5 comments`, `This post has 5 comments`. */
  readonly commentWords: readonly string[]
  /**
   * Comment words a bare count follows after a space, at the end of the line: `댓글` in `댓글 3`. Elsewhere
   * the count must be in brackets or after a colon (`Comments 2019` is a year).
   */
  readonly countAfter?: readonly string[]
  /** Words a copyright footer uses besides `©`. */
  readonly copyright: readonly string[]
  /** Words that end a copyright holder's name: `All Rights Reserved`. */
  readonly rightsReserved: readonly string[]
  /**
   * Words between a copyright marker and the holder that say whose the rights are, skipped like the marker:
   * `by` (`© 2024 by Example Media`), Vietnamese `thuộc về` (`Bản quyền thuộc về Báo X`), Chinese `归`
   * (`版权归某某所有`).
   */
  readonly copyrightOwners?: readonly string[]
  /** Date shapes with words of the language. */
  readonly datePatterns: readonly DatePattern[]
  /** Relative datelines (`2 hours ago`, `Yesterday at 14:30`): units, `ago` words, day words. */
  readonly relativeDates?: RelativeDateWords
  /**
   * How to read an all-numeric date whose first two parts could both be day or month (`12/06/2024`):
   * `dmy`, `mdy`, or undefined to read only dates where one part is over 12.
   */
  readonly numericOrder?: 'dmy' | 'mdy'
  /**
   * Whether the language writes a two-digit year last (`11/19/19`, `19/11/19`), so that such a date is
   * read with the year as its last part; unset where a short year may come first (Taiwan's `99/11/20`,
   * Japanese `19/11/20`) or the language is not known, and such dates are then not read.
   */
  readonly shortYearLast?: boolean
  /**
   * The era the language counts years in, when not the Common Era: read for a date with one of this
   * language's month names, and for a date without one (`07/12/2569`) on a page in this language.
   */
  readonly era?: YearEra
}
