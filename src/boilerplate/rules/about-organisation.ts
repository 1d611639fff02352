import { isSpaceCode } from '../../core/chars.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import { HAN_ORG_OPENERS, LEGAL_NOTICE_LABELS } from '../../lexicon/boilerplate/press-release.js'
import type { BoilerplateRule } from '../rule.js'
import { shapeClass } from '../shape.js'
import { articleGoesOn } from '../tail.js'
import { CONTACT_MIN_DIGIT_RATIO, FOOTER_MAX_WORDS, LINK_LINE_RATIO, MARKER_MAX_WORDS, TAIL_MIN_BODY_WORDS, type Thresholds } from '../thresholds.js'
import type { BlockView, RuleEnv } from '../view.js'
import { authorBio } from './author-bio.js'

/** Words of an `About <organisation>` heading: a label, an article and a name (`À propos de la Caisse d'Épargne`). */
const HEADING_MAX_WORDS = 10
/** Characters of the label before the name (`À propos de la `, `Informazioni su `). */
const LABEL_MAX_CHARS = 24
/** Words of an organisation's name in a spaced script (`Bill & Melinda Gates Foundation`). */
const NAME_MAX_TOKENS = 7
/** Characters of a name in Han (`华为技术有限公司`, `中国石油天然气集团有限公司`). */
const HAN_NAME_MIN = 2
const HAN_NAME_MAX = 24
/** A lower-case word inside a name (`of`, `and`, `de`) has at most this many letters. */
const PARTICLE_MAX = 3
/** Words of an organisation's paragraph: at least a name, a copula and what it does. */
const PARAGRAPH_MIN_WORDS = 5
/** Words of one paragraph of the section: a boilerplate is longer than a bio, but no essay. */
const PARAGRAPH_MAX_WORDS = 250
/** Paragraphs of an organisation's section; a heading with more over it is the article's subheading. */
const SECTION_MAX_PARAGRAPHS = 3
/** Words of the clause a paragraph may open with before the name (`Founded in 1998,`, `Seit 1998 an der Börse,`). */
const LEAD_CLAUSE_MAX_WORDS = 6
/** Characters of that clause. */
const LEAD_CLAUSE_MAX_CHARS = 60
/** Legal-form words right after the name in its paragraph (`Acme Robotics, Inc.`, `Acme Holding AG`). */
const LEGAL_FORM_MAX_TOKENS = 3
/** Characters of a bracket after the name (`(NASDAQ: ACME)`, `（股票代码：000000）`). */
const BRACKET_MAX_CHARS = 80
/** Paragraphs of a legal notice (`Forward-Looking Statements` and what it says). */
const LEGAL_MAX_PARAGRAPHS = 6
/** How far into a paragraph its legal notice's label may stand (`This press release contains forward-looking statements`). */
const LEGAL_LABEL_WITHIN = 120
/** Lines of a contact block: labels, names, roles, e-mails, phones. */
const CONTACT_MAX_LINES = 10
/** Words of a contact's name or role line (`Tom Becker`, `Head of Communications`). */
const CONTACT_NAME_MAX_WORDS = 6

/**
 * Drops a press release's closing section after the article: an `About Acme Robotics` heading (`À propos
 * d'Acme`, `Über die Acme AG`, `关于XX公司`), one to three paragraphs that open with that organisation's
 * name (`Acme Robotics is a leading provider of…`, `Founded in 1998, Acme…`), and after them its contact
 * lines (`Media contact:` with a name, an e-mail, a phone) and its legal notice (`Forward-Looking
 * Statements` and its paragraphs). The name is read from the heading; a heading whose paragraphs do not
 * open with it (`About the project`), more paragraphs than a boilerplate has, or the article's paragraphs
 * going on after the section keep it all.
 */
export const aboutOrganisation: BoilerplateRule = {
  id: 'boilerplate/about-organisation',
  description: "a press release's closing `About <organisation>` section, its contact lines and legal notice",
  scope: 'line',
  maxWords: HEADING_MAX_WORDS,
  lexicon: ['bioAboutLead'],
  match(views, i, env) {
    const end = sectionsFrom(views, i, env)
    if (end < 0 || !bodyBefore(views, i, env.th)) return 0
    // Paragraphs in a row after the section are the article's next part: the heading was its subheading.
    if (articleGoesOn(views, end - 1, env)) return 0
    return personBox(views, i, end, env) ? 0 : end - i
  },
}

/**
 * Whether the section is a person's bio box, which the author-bio rule drops (`About Jane Doe` over `Jane
 * Doe is a reporter…`): that rule takes its heading and paragraph, and the section has nothing more or its
 * paragraph has bio words (`journalist`, `has covered`).
 */
function personBox(views: readonly BlockView[], i: number, end: number, env: RuleEnv): boolean {
  if (authorBio.match(views, i, env) === 0) return false
  return end === i + 2 || env.lex.bioWord.test(views[i + 1]!.text)
}

/**
 * Where the closing section that starts at block `i` ends: the organisation's heading and paragraphs,
 * then any run of legal notices, contact blocks and further organisations' sections (a release by two
 * partners has an `About` section for each).
 *
 * @returns the index after the section's last block, -1 when block `i` opens no such section
 */
function sectionsFrom(views: readonly BlockView[], i: number, env: RuleEnv): number {
  let j = organisationAt(views, i, env)
  if (j < 0) return -1
  for (;;) {
    let k = legalNoticeEnd(views, j, env.th)
    if (k === j) k = contactEnd(views, j, env.lex)
    if (k === j) k = Math.max(j, organisationAt(views, j, env))
    if (k === j) return j
    j = k
  }
}

/**
 * The organisation's part of a section: its heading at block `i` and the paragraphs under it that name it,
 * the first opening with its name, with short lines that name it or its site (`For more information, visit
 * …`). A paragraph that does not name it ends the part (the article's next paragraph under a subheading).
 *
 * @returns the index after its last block, -1 when block `i` is no such heading
 */
function organisationAt(views: readonly BlockView[], i: number, env: RuleEnv): number {
  const head = views[i]
  const first = views[i + 1]
  if (head === undefined || first === undefined || head.words > HEADING_MAX_WORDS) return -1
  if (first.words < PARAGRAPH_MIN_WORDS || first.words > PARAGRAPH_MAX_WORDS || first.linkRatio >= LINK_LINE_RATIO) return -1
  const org = organisationUnderLabel(head.text, env.lex)
  if (org === undefined || !opensWithOrganisation(first.text, org, env.lex)) return -1
  let j = i + 2
  for (let paragraphs = 1; j < views.length; j++) {
    const v = views[j]!
    if (legalNoticeEnd(views, j, env.th) > j || contactEnd(views, j, env.lex) > j) break
    const names = namesSite(v.text) || mentions(v.text, org)
    if (isProse(v, env.th)) {
      if (!names) break
      if (paragraphs === SECTION_MAX_PARAGRAPHS) return -1
      paragraphs++
    } else if (!(v.words <= MARKER_MAX_WORDS && names)) break
  }
  return j
}

/** An organisation named under an `About` label. */
interface Organisation {
  /** The name as the heading writes it. */
  readonly name: string
  /** The part of it the section's lines name it by: its first word of four letters or more, or two Han characters. */
  readonly key: string
  /** Written in Han: its paragraph may open with a shorter form of at least two characters. */
  readonly han: boolean
  /** Written in capitals only (`ACME ROBOTICS`): its paragraph is compared without case. */
  readonly caps: boolean
}

/**
 * The organisation under a `bioAbout` label (`About Acme Robotics Inc.`, `À propos d'Acme`, `Über die Acme
 * AG`, `关于华为技术有限公司`): the longest label that is wholly a `bioAbout` phrase with a name after it.
 *
 * @returns the organisation, undefined when the line is no such heading
 */
function organisationUnderLabel(text: string, lex: CompiledLexicon): Organisation | undefined {
  let end = text.length
  while (end > 0 && (spaceAt(text, end - 1) || text[end - 1] === ':' || text[end - 1] === '：')) end--
  let start = 0
  while (start < end && spaceAt(text, start)) start++
  const line = text.slice(start, end)
  for (let k = Math.min(line.length - 1, LABEL_MAX_CHARS); k >= 1; k--) {
    if (!labelEndsAt(line, k)) continue
    const name = line.slice(k)
    if (!isOrganisationName(name) || !lex.bioAbout.test(line.slice(0, k))) continue
    const han = hanAt(name, 0)
    return { name, key: han ? name.slice(0, HAN_NAME_MIN) : keyWord(name), han, caps: !LOWER.test(name) }
  }
  return undefined
}

/** The first word of a name longer than a particle (`Brightwater` of `The Brightwater Group`), or the name. */
function keyWord(name: string): string {
  for (let pos = 0; pos < name.length; ) {
    let end = pos
    while (end < name.length && !spaceAt(name, end)) end++
    if (end - pos > PARTICLE_MAX) return name.slice(pos, end)
    pos = end
    while (pos < name.length && spaceAt(name, pos)) pos++
  }
  return name
}

/** Whether a text names the organisation by its key word (without case when the heading is in capitals). */
function mentions(text: string, org: Organisation): boolean {
  return org.caps ? text.toUpperCase().includes(org.key) : text.includes(org.key)
}

/** Whether a label may end before `line[k]`: after a space, an elided article (`d'`, `dell'`) or a Han label (`关于`). */
function labelEndsAt(line: string, k: number): boolean {
  if (spaceAt(line, k)) return false
  if (spaceAt(line, k - 1)) return true
  const c = line[k - 1]
  if ((c === "'" || c === '’') && k >= 2 && letterAt(line, k - 2)) return true
  return hanAt(line, k - 1)
}

/**
 * Whether a text is an organisation's name: Han characters (Latin letters and digits among them), or up to
 * seven words that are capitalised (`Acme`, `S.A.`), carry a capital or a digit (`eBay`, `my6sense`, `3M`),
 * or, between two such words, are a short particle or a sign (`Bank of America`, `Procter & Gamble`).
 */
function isOrganisationName(name: string): boolean {
  if (hanAt(name, 0)) {
    if (name.length < HAN_NAME_MIN || name.length > HAN_NAME_MAX) return false
    for (let k = 0; k < name.length; k++) if (!hanAt(name, k) && !asciiAlnumAt(name, k)) return false
    return true
  }
  let tokens = 0
  let lastStrong = false
  for (let pos = 0; pos < name.length; ) {
    let end = pos
    while (end < name.length && !spaceAt(name, end)) end++
    const kind = tokenKind(name, pos, end)
    if (kind === 0 || (tokens === 0 && kind !== STRONG) || ++tokens > NAME_MAX_TOKENS) return false
    lastStrong = kind === STRONG
    pos = end
    while (pos < name.length && spaceAt(name, pos)) pos++
  }
  return tokens > 0 && lastStrong
}

/** A word of a name that carries it (`Acme`, `eBay`, `3M`, `Inc.`). */
const STRONG = 1
/** A word only between two strong ones: a particle (`of`, `de`) or a sign (`&`, `+`). */
const WEAK = 2

/** What a word of a would-be name is (`STRONG`, `WEAK`), or 0 for a word no name has (`people`, `attended,`). */
function tokenKind(s: string, from: number, to: number): number {
  let letters = 0
  let marked = false
  let lower = true
  for (let k = from; k < to; k++) {
    const ch = s[k]!
    if (letterAt(s, k)) {
      letters++
      if (UPPER.test(ch)) marked = true
      else if (!LOWER.test(ch)) lower = false
    } else if (digitAt(s, k)) marked = true
    else if (!NAME_SIGN.includes(ch)) return 0
  }
  if (marked) return letters > 0 ? STRONG : 0
  if (letters === 0) return to - from === 1 ? WEAK : 0
  return lower && letters <= PARTICLE_MAX ? WEAK : 0
}

/** Signs inside a name's words: `O’Neil`, `Coca-Cola`, `S.A.`, `AT&T`, `Yahoo!`. */
const NAME_SIGN = "'’.-&+!"

/**
 * Whether a paragraph opens with the organisation: its name or a shorter form of it (its first words;
 * two Han characters or more), maybe after an article (`Die Acme AG`, `L’Agence`) or a short clause
 * (`Founded in 1998, Acme`), and then goes on as a sentence about it (see `goesOnAsOrganisation`).
 */
function opensWithOrganisation(text: string, org: Organisation, lex: CompiledLexicon): boolean {
  let p = 0
  while (p < text.length && spaceAt(text, p)) p++
  const clause = leadClauseEnd(text, p)
  for (const at of clause > p ? [p, clause] : [p]) {
    for (const from of [at, afterArticle(text, at)]) {
      if (from < 0) continue
      const end = nameEnd(text, from, org)
      if (end > 0 && goesOnAsOrganisation(text, end, org, lex)) return true
    }
  }
  return false
}

/** Where a paragraph goes on after a short clause it opens with (`Founded in 1998, `, `成立于1987年，`), -1 without one. */
function leadClauseEnd(text: string, from: number): number {
  let words = 1
  const to = Math.min(text.length, from + LEAD_CLAUSE_MAX_CHARS)
  for (let k = from; k < to; k++) {
    const c = text[k]
    if (c === ',' || c === '，') {
      let next = k + 1
      while (next < text.length && spaceAt(text, next)) next++
      return next
    }
    if (spaceAt(text, k) && !spaceAt(text, k + 1) && ++words > LEAD_CLAUSE_MAX_WORDS) return -1
    if (c === '.' || c === '。') return -1
  }
  return -1
}

/** Where the name may start after an article of up to three letters (`The `, `Die `, `A `, `L’`), -1 without one. */
function afterArticle(text: string, from: number): number {
  if (from < 0 || !upperAt(text, from)) return -1
  let k = from + 1
  while (k < text.length && k - from <= PARTICLE_MAX && LOWER.test(text[k]!)) k++
  if (text[k] === "'" || text[k] === '’') return k + 1
  if (!spaceAt(text, k) || k - from > PARTICLE_MAX) return -1
  while (k < text.length && spaceAt(text, k)) k++
  return k
}

/**
 * Where the organisation's name, or its longest shorter form, ends when it stands at `from`.
 *
 * @returns the end, -1 when no form of it stands there
 */
function nameEnd(text: string, from: number, org: Organisation): number {
  if (org.han) {
    for (let k = org.name.length; k >= HAN_NAME_MIN; k--) if (text.startsWith(org.name.slice(0, k), from)) return from + k
    return -1
  }
  // The name's word ends, the longest form first; a form ends on a word that carries it.
  const ends: number[] = []
  for (let pos = 0; pos < org.name.length; ) {
    let end = pos
    while (end < org.name.length && !spaceAt(org.name, end)) end++
    if (tokenKind(org.name, pos, end) === STRONG) ends.push(end)
    pos = end
    while (pos < org.name.length && spaceAt(org.name, pos)) pos++
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const form = org.name.slice(0, ends[e])
    // A first word of three letters or fewer (`The`, `New`) is no short form of a longer name.
    if (e === 0 && ends.length > 1 && form.length <= PARTICLE_MAX) continue
    const end = from + form.length
    if (end > text.length || letterAt(text, end) || digitAt(text, end)) continue
    const at = text.slice(from, end)
    if (at === form || (org.caps && at.toUpperCase() === form && writtenAsName(at))) return end
  }
  return -1
}

/** Whether every word of a text starts with a capital or a digit, or is a particle (`Acme Robotics`, not `The project`). */
function writtenAsName(text: string): boolean {
  for (let pos = 0; pos < text.length; ) {
    let end = pos
    while (end < text.length && !spaceAt(text, end)) end++
    if (!upperAt(text, pos) && !digitAt(text, pos) && tokenKind(text, pos, end) !== WEAK) return false
    pos = end
    while (pos < text.length && spaceAt(text, pos)) pos++
  }
  return true
}

/**
 * Whether the paragraph goes on after the name as a sentence about the organisation: past legal-form words
 * (`Inc.`, `AG`) and a bracket (`(NASDAQ: ACME)`), a verb or copula (`is`, `offers`, `ist`, `é`, `是`, `成立于`),
 * an apposition's comma (`Acme, a leading…`) or a possessive (`Acme’s mission`). A name followed by another
 * capitalised word (`Acme Robotics CEO Jane Doe said`) is no such sentence.
 */
function goesOnAsOrganisation(text: string, end: number, org: Organisation, lex: CompiledLexicon): boolean {
  let q = end
  if (org.han) {
    while (q < text.length && spaceAt(text, q)) q++
    const rest = text.slice(q, q + 8)
    return HAN_ORG_OPENERS.some((o) => rest.startsWith(o)) || lex.bioCopula.test(rest)
  }
  for (let t = 0; t < LEGAL_FORM_MAX_TOKENS; t++) {
    let a = q
    while (a < text.length && spaceAt(text, a)) a++
    let b = a
    while (b < text.length && !spaceAt(text, b) && text[b] !== ',') b++
    if (b === a || !legalForm(text, a, b)) break
    q = b
  }
  const c = text[q]
  if (c === ',' || c === "'" || c === '’') return true
  while (q < text.length && spaceAt(text, q)) q++
  if (text[q] === '(' || text[q] === '（') {
    const close = text.slice(q, q + BRACKET_MAX_CHARS).search(/[)）]/u)
    if (close < 0) return false
    q += close + 1
    if (text[q] === ',') return true
    while (q < text.length && spaceAt(text, q)) q++
  }
  return lowerAt(text, q) || lex.bioCopula.test(text.slice(q, q + 16))
}

/** Whether `text[a, b)` is a legal form: capitalised with a full stop (`Inc.`, `S.A.`) or short and ending in a capital (`AG`, `GmbH`, `LLC`). */
function legalForm(text: string, a: number, b: number): boolean {
  if (!upperAt(text, a)) return false
  if (text[b - 1] === '.') return true
  return b - a <= 4 && upperAt(text, b - 1)
}

/**
 * Where a legal notice that starts at block `j` ends: a short heading holding a label (`Forward-Looking
 * Statements`, `Safe Harbor Statement`, `Zukunftsgerichtete Aussagen`) and the paragraphs under it, or a
 * paragraph that names itself one early on (`This press release contains forward-looking statements…`)
 * and the paragraphs after it. Read only after an organisation's section: in a filing or an article the
 * same words are the text.
 *
 * @returns the index after its last paragraph, `j` when block `j` starts none
 */
function legalNoticeEnd(views: readonly BlockView[], j: number, th: Thresholds): number {
  const v = views[j]
  if (v === undefined) return j
  let k = j
  if (v.words <= MARKER_MAX_WORDS) {
    if (!hasLegalLabel(v.text)) return j
    k = j + 1
  } else if (!isProse(v, th) || !hasLegalLabel(v.text.slice(0, LEGAL_LABEL_WITHIN))) return j
  const start = k
  while (k < views.length && k - start < LEGAL_MAX_PARAGRAPHS && isProse(views[k]!, th)) k++
  return k > start ? k : j
}

/** Whether a text holds a legal notice's label at a word start. */
function hasLegalLabel(text: string): boolean {
  const lower = text.toLowerCase()
  for (const label of LEGAL_NOTICE_LABELS) {
    for (let at = lower.indexOf(label); at >= 0; at = lower.indexOf(label, at + 1)) {
      if (!letterAt(lower, at - 1)) return true
    }
  }
  return false
}

/**
 * Where a contact block that starts at block `j` ends: a line with a `contact` label (`Media contact:`,
 * `Pressekontakt`, `Contact presse`, `媒体联系人`), then name, role, e-mail and phone lines, up to the
 * last line that carries an address or a number (names after it are the page's next lines).
 *
 * @returns the index after its last line, `j` when block `j` starts none or no line of it has an address or number
 */
function contactEnd(views: readonly BlockView[], j: number, lex: CompiledLexicon): number {
  const v = views[j]
  if (v === undefined || v.words > FOOTER_MAX_WORDS || !lex.contact.test(v.text)) return j
  let last = reachable(v) ? j : -1
  for (let k = j + 1; k < views.length && k - j < CONTACT_MAX_LINES; k++) {
    const w = views[k]!
    // A copyright line ends the block: it is the page's footer, not the contact's.
    if (w.words > FOOTER_MAX_WORDS || lex.copyright.test(w.text)) break
    if (reachable(w)) last = k
    else if (!lex.contact.test(w.text) && !(w.words <= CONTACT_NAME_MAX_WORDS && !w.terminal)) break
  }
  return last < 0 ? j : last + 1
}

/** Whether a line carries a way to reach someone: an e-mail address or a phone number (a site is the organisation's line). */
function reachable(v: BlockView): boolean {
  return v.text.includes('@') || v.digitRatio >= CONTACT_MIN_DIGIT_RATIO
}

/** Whether a text names a web site (`www.acme.example`, `https://…`). */
function namesSite(text: string): boolean {
  return text.includes('www.') || text.includes('://')
}

/** Whether a block is a paragraph of prose: a sentence of a few words at least, or a long block, not a line of links. */
function isProse(v: BlockView, th: Thresholds): boolean {
  if (v.linkRatio >= LINK_LINE_RATIO || v.words > PARAGRAPH_MAX_WORDS) return false
  return (v.terminal && v.words >= PARAGRAPH_MIN_WORDS) || shapeClass(v, false, th) === 'good'
}

/** Whether the article lies before block `i`: `TAIL_MIN_BODY_WORDS` words of paragraphs. */
function bodyBefore(views: readonly BlockView[], i: number, th: Thresholds): boolean {
  let words = 0
  for (let k = i - 1; k >= 0; k--) {
    const v = views[k]!
    if (v.linkRatio < LINK_LINE_RATIO && shapeClass(v, false, th) === 'good' && (words += v.words) >= TAIL_MIN_BODY_WORDS) return true
  }
  return false
}

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /[\p{L}\p{M}]/u
const HAN = /\p{Script=Han}/u

/** Whether `s[i]` is white space (false outside the string). */
function spaceAt(s: string, i: number): boolean {
  return isSpaceCode(s.charCodeAt(i))
}

/** Whether `s[i]` is a letter or a combining mark (false outside the string). */
function letterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && LETTER.test(s[i]!)
}

/** Whether `s[i]` is an upper-case letter. */
function upperAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && UPPER.test(s[i]!)
}

/** Whether `s[i]` is a lower-case letter. */
function lowerAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && LOWER.test(s[i]!)
}

/** Whether `s[i]` is an ASCII digit. */
function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

/** Whether `s[i]` is an ASCII letter or digit. */
function asciiAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20
  return digitAt(s, i) || (c >= 0x61 && c <= 0x7a)
}

/** Whether `s[i]` is a Han character. */
function hanAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && s.charCodeAt(i) >= 0x2e80 && HAN.test(s[i]!)
}
