/** Tag sets the HTML adapter reasons with, as data. */

/** Never text: dropped whatever the focus. */
export const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed', 'head',
  'select', 'option', 'button', 'input', 'textarea', 'audio', 'video', 'map', 'dialog', 'link', 'meta',
])

/** Page furniture by tag. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'menu'])

/** ARIA landmark roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alert'])

/** Elements that start and end a line of text when a browser lays the page out. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'td', 'th', 'ul', 'caption', 'body', 'html', 'legend', 'menu',
])

/** Elements whose text is a paragraph for scoring. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd'])

/** The `kind` of the block an element makes. */
export const KIND_OF: Readonly<Record<string, string>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  tr: 'table-row',
  blockquote: 'quote',
  pre: 'pre',
}

/**
 * The elements an `articleBody` written in HTML is made of: text-level, block and media elements. Prose
 * that compares (`when x<y and y>z`) or quotes a price (`<$5>`) names none, so it is read as text and
 * nothing between its brackets is lost to a tag that is no tag.
 */
export const ARTICLE_BODY_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'dd',
  'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'i', 'iframe', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'noscript', 'ol', 'p', 'picture',
  'pre', 'q', 's', 'script', 'section', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup', 'svg',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'video', 'wbr',
]
