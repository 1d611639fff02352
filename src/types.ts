/**
 * Public and internal types of textwash.
 *
 * Offsets are UTF-16 code-unit indices into the string handed to `clean()` (for `cleanHtml()`, into the
 * decoded HTML source), half-open: `input.slice(start, end)`.
 */

/** A stable rule id, `area/name` in kebab case, for example `boilerplate/comment-section`. */
export type RuleId = string

/** A span of the input that is not in the body: boilerplate, or a line moved into metadata. */
export interface Removal {
  /** Offset of the first removed code unit in the input. */
  readonly start: number
  /** Offset just past the last removed code unit. */
  readonly end: number
  /** The removed text, exactly `input.slice(start, end)` for text input. */
  readonly text: string
  /** The rule that removed it. */
  readonly rule: RuleId
}

/** A repair or normalisation: `input.slice(start, end)` (`before`) became `after` in the body. */
export interface Change {
  readonly start: number
  readonly end: number
  readonly before: string
  readonly after: string
  /** The rule that made it; `a+b` when two rules edited overlapping text. */
  readonly rule: RuleId
}

/** How eager boilerplate removal is: `precision` drops more, `recall` keeps more. */
export type Focus = 'precision' | 'balanced' | 'recall'

/** The role of a person credited on a page. Open-ended; these are the roles the lexicons know. */
export type CreditRole =
  | 'reporter'
  | 'correspondent'
  | 'photographer'
  | 'editor'
  | 'reviewer'
  | 'translator'
  | 'producer'
  | 'designer'
  | 'proofreader'
  | 'intern'
  | 'contributor'
  | (string & {})

/** Only what the page states, never invented; every string value appears in the input. */
export interface Metadata {
  title?: string
  /**
   * ISO 8601: `2018-05-11`, or `2024-04-29T11:39:42` when the page gives a time. From a relative dateline
   * (`2 hours ago`), only with `options.referenceDate`: counted back from it in UTC.
   */
  date?: string
  /**
   * A relative dateline as the page writes it (`2 hours ago`, `vor 2 Stunden`, `Yesterday at 14:30`), when the
   * page is dated by one; `date` is then set only when `options.referenceDate` is given.
   */
  dateRelative?: string
  /** BCP 47 primary language tag of the body: `en`, `zh`, `vi`, … */
  language?: string
  source?: string
  author?: string
  credits?: Partial<Record<CreditRole, string[]>>
  commentCount?: number
  copyright?: { holder?: string; year?: number }
  /** Chinese ICP licence or filing number, for example `京ICP备05070218号` or `05001568`. */
  icp?: string
  /** Chinese public-security filing number (公网安备). */
  publicSecurityFiling?: string
  section?: string
  breadcrumb?: string[]
  url?: string
  siteName?: string
  description?: string
  /** The character encoding a byte input was decoded with. */
  charset?: string
  dateModified?: string
  /** Paragraphs in another language than the document's, listed (not dropped) when `foreignText` is `'mark'`. */
  foreignParagraphs?: ReadonlyArray<{ start: number; end: number; lang: string }>
  /** The comment section's text, when `cleanHtml` runs with `comments: 'separate'`. */
  comments?: string
  [key: string]: unknown
}

/** What `clean()` and `cleanHtml()` return. */
export interface CleanResult {
  /** The article text, paragraphs separated by one blank line. */
  readonly body: string
  readonly metadata: Metadata
  /** Every dropped span, sorted by start. */
  readonly removed: readonly Removal[]
  /** Every repair, sorted by start. */
  readonly changes: readonly Change[]
  /** Why the body is empty or what fallback was taken, when something unusual happened. */
  readonly warnings?: readonly string[]
}

/** What a block is judged to be. */
export type Verdict = 'body' | 'boilerplate' | 'metadata'

/**
 * A piece of a block's text together with the source span it came from. A block's pieces are contiguous
 * in the source and their texts concatenate to the block's current text. A piece without `rule` is
 * verbatim (for text input, `text === source.slice(start, end)`); a piece with `rule` is an edit.
 */
export interface Piece {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly rule?: RuleId
  /** The edit dropped content (reported in `removed`) rather than repairing it (reported in `changes`). */
  readonly removal?: boolean
}

/** Features computed once per block by the annotate stage, read by the rules. */
export interface BlockFeatures {
  /** Characters of the current text. */
  readonly length: number
  /** Word-like tokens: Latin words, numbers, and each Han/Kana/Hangul character counted as one. */
  readonly words: number
  /** Ends in sentence-final punctuation (`.!?。！？…` and closing quotes after them). */
  readonly terminal: boolean
  /** Share of Han characters among letters. */
  readonly hanRatio: number
  /** Share of characters that are digits. */
  readonly digitRatio: number
  /** Share of words that look like link text or URLs. */
  readonly linkRatio: number
  /** Starts with a lower-case letter. */
  readonly startsLower: boolean
}

/** The unit the classifier judges: for text input a non-blank line, for HTML an element's text. */
export interface Block {
  readonly index: number
  /** Source span of the block (for text input, the line without its surrounding white space). */
  readonly start: number
  readonly end: number
  /** The current text: the concatenation of `pieces`. */
  readonly text: string
  readonly pieces: readonly Piece[]
  readonly verdict: Verdict
  /** The rule that set the verdict, when it is not `body`. */
  readonly rule?: RuleId | undefined
  /** Structural hint from the adapter: `heading`, `list-item`, `table-row`, `quote`, `pre` or `paragraph`. */
  readonly kind?: string | undefined
  /** Language of the block, when known. */
  readonly lang?: string | undefined
  readonly features?: BlockFeatures | undefined
  /** The block is the start of a new paragraph in the source (a blank line or an HTML block boundary before it). */
  readonly paragraphStart?: boolean | undefined
  /** How to join this block to the next kept block instead of a blank line, set by a repair. */
  readonly joinNext?: { readonly text: string; readonly rule: RuleId } | undefined
  /** Free-form per-block data a stage wants to pass on (for example the HTML element path). */
  readonly data?: Readonly<Record<string, unknown>> | undefined
}

/** The working document every stage takes and returns. Stages never mutate it; they return a new one. */
export interface Doc {
  /** The whole input: the text for `clean()`, the decoded HTML for `cleanHtml()`. */
  readonly source: string
  readonly blocks: readonly Block[]
  readonly metadata: Metadata
  /** Removals that belong to no block (for HTML: dropped elements). */
  readonly removed: readonly Removal[]
  /** Main language of the document (BCP 47 primary tag), set by the annotate stage. */
  readonly lang?: string
  readonly warnings: readonly string[]
  /**
   * Set by an adapter that turned white space into spaces one for one (HTML text: `a\nb` reads `a b`): a
   * piece as long as its span is then not known to hold the span's characters, and no block is read in
   * the source in place of its text (`isVerbatim`).
   */
  readonly spacesCollapsed?: true
}

/** A user boilerplate pattern: a whole block matching `pattern` is dropped under `id`. */
export interface UserRule {
  readonly id: RuleId
  readonly pattern: RegExp
  /** `line` (default): the block is dropped; `tail`: the block and everything after it is dropped. */
  readonly scope?: 'line' | 'tail'
}

/** Options shared by every entry point. Every field is optional; defaults are in `DEFAULT_OPTIONS`. */
export interface Options {
  /** Boilerplate eagerness. Default `'balanced'`. */
  readonly focus?: Focus | undefined
  /** Rule ids, or prefixes ending in `/` such as `repair/`, to turn off. Default none. */
  readonly disable?: readonly RuleId[] | undefined
  /** Extra boilerplate patterns. Default none. */
  readonly rules?: readonly UserRule[] | undefined
  /**
   * Extra lexicon entries, merged with the built-in per-language lexicons: `{ [lang]: { [category]: phrases } }`.
   * Boilerplate categories (`paywall`, `commentMarker`, …) and metadata categories (`metadata.credit.editor`,
   * `metadata.month.3`, …) are listed in the README.
   */
  readonly lexicon?: Readonly<Partial<Record<string, Readonly<Record<string, readonly string[]>>>>> | undefined
  /** Force the document language instead of detecting it. */
  readonly language?: string | undefined
  /** Run the repair stage on the body. Default `true`. */
  readonly repair?: boolean | undefined
  /**
   * Paragraphs entirely in another language than an English document's: `'drop'` (default) removes them under
   * `repair/foreign-paragraph`, `'keep'` leaves them, `'mark'` keeps them and lists them in `metadata.foreignParagraphs`.
   */
  readonly foreignText?: 'keep' | 'drop' | 'mark' | undefined
  /** Literal replacements applied on word boundaries, reported as changes. Default none. */
  readonly glossary?: Readonly<Record<string, string>> | undefined
  /** Add spaces between Han and Latin inside Chinese prose (Chinese copywriting convention). Default `false`. */
  readonly cjkSpacing?: boolean | undefined
  /** For `cleanHtml`: drop the comment section, or return it in `metadata.comments`. Default `'drop'`. */
  readonly comments?: 'drop' | 'separate' | undefined
  /**
   * When the page was fetched (a WARC record's `WARC-Date`): a `Date`, or an ISO 8601 string (`2026-12-07`,
   * `2026-12-07T14:19:00Z`; read as UTC without a zone). A relative dateline (`2 hours ago`) then gives
   * `metadata.date`, counted back from it in UTC. Default none: the dateline is taken out and `metadata.date`
   * stays unset.
   */
  readonly referenceDate?: Date | string | undefined
}

/** Options after defaults are applied; what stages read. */
export interface ResolvedOptions {
  readonly focus: Focus
  readonly disable: readonly RuleId[]
  readonly rules: readonly UserRule[]
  readonly lexicon: Readonly<Partial<Record<string, Readonly<Record<string, readonly string[]>>>>>
  readonly language: string | undefined
  readonly repair: boolean
  readonly foreignText: 'keep' | 'drop' | 'mark'
  readonly glossary: Readonly<Record<string, string>>
  readonly cjkSpacing: boolean
  readonly comments: 'drop' | 'separate'
  /** `referenceDate` as a `Date` (a copy), or undefined. */
  readonly referenceDate: Date | undefined
}

/** What a stage receives besides the document. */
export interface Context {
  readonly options: ResolvedOptions
}

/** A named, pure step of a pipeline. */
export interface Stage {
  readonly id: string
  (doc: Doc, ctx: Context): Doc
}
