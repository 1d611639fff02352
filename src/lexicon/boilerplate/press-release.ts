/**
 * What a press release's closing section says besides its `About Acme` heading (a `bioAbout` phrase) and
 * its contact lines (the `contact` category): the label of its legal notice, and how a Chinese or Japanese
 * paragraph about an organisation goes on after the name. Read by `boilerplate/about-organisation` only,
 * and only in the section after an `About Acme` heading, never elsewhere on a page. Lower case; matched
 * case-insensitively.
 */

/**
 * The label of a release's legal notice: a heading over it (`Forward-Looking Statements`, `Safe Harbor
 * Statement`) or words of its first sentence (`This press release contains forward-looking statements…`).
 */
export const LEGAL_NOTICE_LABELS: readonly string[] = Object.freeze([
  // en
  'forward-looking statement', 'forward looking statement', 'forward-looking information', 'safe harbor', 'safe harbour',
  'cautionary statement', 'cautionary note', 'cautionary language',
  // de
  'zukunftsgerichtete aussagen', 'zukunftsbezogene aussagen', 'vorausschauende aussagen', 'zukunftsgerichteten aussagen',
  // fr
  'déclarations prospectives', 'énoncés prospectifs', 'informations prospectives', 'déclarations de nature prospective',
  // es
  'declaraciones prospectivas', 'declaraciones a futuro', 'información prospectiva', 'declaraciones sobre el futuro',
  // pt
  'declarações prospectivas', 'declarações sobre o futuro', 'informações prospectivas', 'considerações sobre o futuro',
  // it
  'dichiarazioni previsionali', 'dichiarazioni prospettiche', 'informazioni previsionali',
  // nl
  'toekomstgerichte verklaringen', 'toekomstgerichte uitspraken',
  // zh, ja
  '前瞻性陈述', '前瞻性声明', '安全港声明', '将来の見通しに関する', '将来予想に関する',
])

/**
 * How a paragraph in a script without spaces goes on after an organisation's name: a copula, a founding
 * or headquarters verb, an apposition (`华为技术有限公司成立于1987年`, `腾讯是一家…`, `（NASDAQ: X）`).
 * Spaced scripts need no list: a lower-case word, a comma or a bracket after the name is the sign.
 */
export const HAN_ORG_OPENERS: readonly string[] = Object.freeze([
  '是', '系', '成立于', '创立于', '创建于', '始创于', '始建于', '总部位于', '总部设在', '致力于', '专注于', '隶属于',
  '（', '(', '，',
])
