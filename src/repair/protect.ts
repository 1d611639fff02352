/**
 * Spans no repair may touch: URLs, e-mail addresses, domains, hashtags, mentions and code-like tokens.
 * A token is a run of characters between white space; it is protected whole when it has the shape of one
 * of these, so `example.com`, `a@b.org`, `#tag`, `snake_case`, `foo(a,b)` and `C:\dir` come out as they went in.
 */

// Shapes checked on a single white-space-delimited token (each test is anchored or bounded: linear).
// `https://x.y/z`, `ftp://…`, `www.example.com` (not: `www` alone).
const URL_LIKE = /^[a-z][\w+.-]{0,20}:\/\/|^www\./i
// `name@example.org` (not: `@handle` alone, which MENTION covers).
const EMAIL_LIKE = /[\w.+-]@[\w-]+\.[a-z]/i
// `example.com`, `news.cn/2024`, `Node.js` (not: `end.The`, whose part after the dot is capitalised).
const DOMAIN_LIKE = /[a-z\d]\.[a-z]{2,}(?:[./:?#]|$)/
// `#hashtag`, `@mention`, `$variable`.
const SIGIL = /^[#@$]/
// Characters prose does not use inside a word: `snake_case`, `a=b`, `C:\dir`, `{x}`, `<tag>`, `a|b`, `x/y` paths.
const CODE_CHAR = /[_=\\{}<>|/`~^*]/
// A call or index inside a token: `foo(a,b)`, `arr[i]` (not: `(see` or `note)` at a word's edge).
const CALL_LIKE = /\w[([]/

/**
 * Whether one token (no white space inside) must be left exactly as it is.
 *
 * @param token a run of non-space characters
 * @returns true for URLs, e-mails, domains, hashtags, mentions and code-like tokens
 */
export function isProtectedToken(token: string): boolean {
  return (
    URL_LIKE.test(token) ||
    SIGIL.test(token) ||
    CODE_CHAR.test(token) ||
    CALL_LIKE.test(token) ||
    EMAIL_LIKE.test(token) ||
    DOMAIN_LIKE.test(token)
  )
}

/** Tokens longer than this are not words, URLs or code a reader would protect; treating them as plain text bounds the regex work. */
const MAX_TOKEN = 2048

/**
 * Mark every code unit that belongs to a protected token.
 *
 * @param s the text
 * @returns a mask with 1 at protected positions (`undefined` when nothing is protected, the common case)
 */
export function protectedMask(s: string): Uint8Array | undefined {
  let mask: Uint8Array | undefined
  let start = -1
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20
    const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000
    if (!space) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && i - start <= MAX_TOKEN && i - start > 1 && isProtectedToken(s.slice(start, i))) {
      mask ??= new Uint8Array(s.length)
      mask.fill(1, start, i)
    }
    start = -1
  }
  return mask
}
