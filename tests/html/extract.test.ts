import { load } from 'cheerio/slim'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from 'textwash'
import { buildBlocks } from '../../src/adapters/html/blocks.js'

const P1 = 'The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.'
const P2 = 'Volunteers filled sandbags at the fire station until dawn, and the school opened its hall to families who had to leave.'
const P3 = 'The water is expected to fall slowly over the weekend, the regional authority said in a statement on Friday.'
const article = (inner: string): string => `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${inner}</article><footer>© 2024 The Paper</footer></body></html>`

function blocksOf(html: string) {
  const $ = load(html, { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1])
  return buildBlocks([$.root()[0]!], () => undefined, html)
}

describe('cleanHtml extraction', () => {
  it('should keep paragraphs and drop navigation and footer', () => {
    const r = cleanHtml(article(`<p>${P1}</p><p>${P2}</p>`))
    expect(r.body).toBe(`${P1}\n\n${P2}`)
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['html/furniture']))
  })

  it('should decode entities and leave no markup', () => {
    const r = cleanHtml(article(`<p>Fish &amp; chips cost &pound;5 &mdash; a &lt;bargain&gt;, said the <b>owner</b> of the stall by the harbour wall.</p><p>${P1}</p>`))
    expect(r.body).toContain('Fish & chips cost £5 — a <bargain>, said the owner')
    expect(r.body).not.toContain('<b>')
  })

  it('should never put script, style or template text in the body', () => {
    const r = cleanHtml(article(`<p>${P1}</p><script>var secret = "SCRIPT_TEXT"</script><style>.x{content:"STYLE_TEXT"}</style><template><p>TEMPLATE_TEXT</p></template><noscript>NOSCRIPT_TEXT</noscript><p>${P2}</p>`))
    expect(r.body).not.toMatch(/SCRIPT_TEXT|STYLE_TEXT|TEMPLATE_TEXT|NOSCRIPT_TEXT/)
  })

  it('should drop hidden elements and boilerplate class names, including pinyin ones', () => {
    const r = cleanHtml(article(`<p>${P1}</p><div style="display: none">HIDDEN_TEXT is here and long enough</div><div class="share-bar">SHARE_TEXT on every network you know</div><div class="fenxiang">FENXIANG_TEXT 分享到微信 微博</div><p>${P2}</p>`))
    expect(r.body).toBe(`${P1}\n\n${P2}`)
  })

  it('should drop a link list inside the article', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/r${i}">Related story number ${i} about something else</a></li>`).join('')
    const r = cleanHtml(article(`<p>${P1}</p><ul>${links}</ul><p>${P2}</p><p>${P3}</p>`))
    expect(r.body).toBe(`${P1}\n\n${P2}\n\n${P3}`)
    expect(r.removed.some((x) => x.rule === 'html/link-density')).toBe(true)
  })

  it('should choose the article over a longer list of teasers', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="teaser"><a href="/t${i}">Teaser headline ${i} that goes on for a while to look like text</a></div>`).join('')
    const r = cleanHtml(`<body><div class="col">${teasers}</div><div class="col"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body>`)
    expect(r.body).toBe(`${P1}\n\n${P2}\n\n${P3}`)
  })

  it('should take prose written between <br> tags in an old layout table', () => {
    const r = cleanHtml(`<body><table><tr><td class="menu"><a href="/">首页</a></td></tr><tr><td>${P1}<br>${P2}<br><br>${P3}</td></tr></table></body>`)
    expect(r.body).toBe(`${P1}\n${P2}\n\n${P3}`)
  })

  it('should drop the heading that repeats the title', () => {
    const r = cleanHtml(`<head><title>Flood closes bridge</title></head><body><article><h1>Flood closes bridge</h1><p>${P1}</p><h2>What next</h2><p>${P2}</p></article></body>`)
    expect(r.body).toBe(`${P1}\n\nWhat next\n\n${P2}`)
    // Taken out as the title (by html/title, or by the text metadata stage that runs after it).
    expect(r.removed.find((x) => x.text === '<h1>Flood closes bridge</h1>')?.rule).toMatch(/title/)
  })

  it('should relax its heuristics when the strict attempt leaves too little, and say so', () => {
    // A glossary: the page is a list of links, which the strict attempt drops as link-dense.
    const terms = ['Estuary: where a river meets the sea', 'Levee: a raised bank along a river', 'Spillway: a channel for surplus water']
    const r = cleanHtml(`<body><ul>${terms.map((t, i) => `<li><a href="/g${i}">${t}</a></li>`).join('')}</ul></body>`)
    expect(r.body).toBe(terms.join('\n\n'))
    expect(r.warnings?.join(' ')).toContain('html/relaxed')
  })

  it('should give its best text for malformed markup', () => {
    const r = cleanHtml(`<body><div><p>${P1}<p>${P2}</div></span><b>${P3}`)
    expect(r.body).toContain(P1)
    expect(r.body).toContain(P2)
  })

  it('should not blow the stack on very deep nesting', () => {
    // Far deeper than any recursive walk survives; the parser's own cost grows faster than linearly here.
    const depth = 20_000
    const html = '<div>'.repeat(depth) + `<p>${P1}</p>` + '</div>'.repeat(depth)
    expect(cleanHtml(html).body).toBe(P1)
  })

  it('should return an empty body with a warning for a page without text', () => {
    const r = cleanHtml('<html><head><script>x()</script></head><body><img src="a.png"></body></html>')
    expect(r.body).toBe('')
    expect(r.warnings?.length).toBeGreaterThan(0)
  })

  it('should report removals with offsets into the HTML and keep them compact', () => {
    const html = article(`<p>${P1}</p><p>${P2}</p>`)
    const r = cleanHtml(html)
    for (const x of r.removed) expect(html.slice(x.start, x.end)).toBe(x.text)
    // nav and footer are one removal each, not one per text node
    expect(r.removed.filter((x) => x.rule === 'html/furniture')).toHaveLength(2)
  })

  it('should throw TypeError only for wrong input types', () => {
    expect(() => cleanHtml(42 as unknown as string)).toThrow(TypeError)
    expect(() => cleanHtml(null as unknown as string)).toThrow(TypeError)
    expect(() => cleanHtml('<p>x</p>', { comments: 'keep' as 'drop' })).not.toThrow()
  })
})

describe('buildBlocks', () => {
  it('should set the kind of each block', () => {
    const blocks = blocksOf('<h2>Head</h2><p>Para</p><ul><li>Item</li></ul><table><tr><td>a</td><td>b</td></tr></table><blockquote><p>Quoted</p></blockquote><pre>code\n  here</pre>')
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Head'], ['paragraph', 'Para'], ['list-item', 'Item'], ['table-row', 'a b'], ['quote', 'Quoted'], ['pre', 'code\n  here'],
    ])
  })

  it('should give each block the span of its element and pieces the spans of their text nodes', () => {
    const html = '<div><p>One &amp; <i>two</i></p></div>'
    const [b] = blocksOf(html)
    expect(html.slice(b!.start, b!.end)).toBe('<p>One &amp; <i>two</i></p>')
    expect(b!.pieces.map((p) => [html.slice(p.start, p.end), p.text])).toEqual([['One ', 'One '], ['&amp;', '&'], [' ', ' '], ['two', 'two']])
    expect(b!.pieces.map((p) => p.text).join('')).toBe(b!.text)
  })

  it('should collapse white space as a browser does, but not inside pre', () => {
    const blocks = blocksOf('<p>  a \n\t b  </p><pre> x  y </pre>')
    expect(blocks.map((b) => b.text)).toEqual(['a b', 'x  y'])
  })

  it('should give a line break or space that the markup puts before a text node a piece of its own', () => {
    const html = '<p>One<br>two  three </p><table><tr><td>a</td><td>b</td></tr></table>'
    const [p, row] = blocksOf(html)
    expect(p!.pieces.map((x) => [html.slice(x.start, x.end), x.text])).toEqual([['One', 'One'], ['', '\n'], ['two', 'two'], ['  ', ' '], ['three', 'three']])
    expect(row!.pieces.map((x) => [html.slice(x.start, x.end), x.text])).toEqual([['a', 'a'], ['', ' '], ['b', 'b']])
  })

  it('should keep every piece as long as its span character for character its span', () => {
    const part = fc.constantFrom('<p>', '</p>', '<br>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<pre>', '</pre>', '<i>', '</i>',
      ' ', '  ', '\n', '\r\n', 'a', 'bc', '&amp;', '&nbsp;', '\u00a0', 'word ', ' word')
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
      const html = parts.join('')
      for (const b of blocksOf(html)) {
        expect(b.pieces.map((x) => x.text).join('')).toBe(b.text)
        for (const x of b.pieces) {
          if (x.text.length !== x.end - x.start) continue
          // White space may read as a space; every other character is its source character.
          const src = html.slice(x.start, x.end)
          for (let i = 0; i < src.length; i++) expect(x.text[i] === src[i] || (x.text[i] === ' ' && /[ \t\n\f\r]/.test(src[i]!))).toBe(true)
        }
      }
    }), { numRuns: 500 })
  })
})

describe('cleanHtml comment sections and teasers', () => {
  it('should drop a comment section longer than the article', () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<li class="comment"><p>Reader ${i} thinks the council should have acted years ago, and says so at some length here.</p></li>`).join('')
    const r = cleanHtml(`<body><div class="post"><h1>Flood</h1><p>${P1}</p><p>${P2}</p></div><div id="comments"><ol>${comments}</ol></div></body>`)
    expect(r.body).toBe(`${P1}\n\n${P2}`)
  })

  it('should keep a wrapper named after comments when it holds the article heading', () => {
    const r = cleanHtml(`<body><div class="page has-comments"><h1>Flood</h1><p>${P1}</p><p>${P2}</p></div></body>`)
    expect(r.body).toBe(`${P1}\n\n${P2}`)
  })

  it('should drop a teaser link standing alone between paragraphs', () => {
    const r = cleanHtml(article(`<p>${P1}</p><a href="/other"><span>Also on this site</span><span>Another story about rivers and bridges in the region</span></a><p>${P2}</p>`))
    expect(r.body).toBe(`${P1}\n\n${P2}`)
  })
})

describe('cleanHtml options', () => {
  it('should let the user disable a DOM rule by id or prefix', () => {
    const html = article(`<p>${P1}</p><div class="promo-box">The old bridge was named after the engineer who designed it.</div><p>${P2}</p><p>${P3}</p>`)
    expect(cleanHtml(html).body).not.toContain('engineer who designed it')
    expect(cleanHtml(html, { disable: ['html/class-pattern'] }).body).toContain('engineer who designed it')
    expect(cleanHtml(html, { disable: ['html/'] }).body).toContain('engineer who designed it')
  })

  it('should never let script text in, whatever is disabled', () => {
    const html = article(`<p>${P1}</p><script>SCRIPT_TEXT()</script><p>${P2}</p>`)
    expect(cleanHtml(html, { disable: ['html/'] }).body).not.toContain('SCRIPT_TEXT')
  })
})

describe('cleanHtml fallbacks', () => {
  it('should find an article that the page hides until a script shows it', () => {
    const r = cleanHtml(`<body><div id="story" style="display:none"><p>${P1}</p><p>${P2}</p></div></body>`)
    expect(r.body).toBe(`${P1}\n\n${P2}`)
  })

  it('should find an article inside a form that does not wrap the whole page', () => {
    const nav = Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')
    const r = cleanHtml(`<body><div class="menu">${nav}</div><form id="form1"><p>${P1}</p></form></body>`)
    expect(r.body).toBe(P1)
  })
})

describe('cleanHtml focus', () => {
  const caption = '<figure><img src="a.jpg"><figcaption>The flooded square on Friday morning</figcaption></figure>'
  it('should drop captions by default and keep them with focus recall', () => {
    const html = article(`<p>${P1}</p><p>${P2}</p>${caption}<p>${P3}</p>`)
    expect(cleanHtml(html).body).not.toContain('flooded square')
    expect(cleanHtml(html, { focus: 'recall' }).body).toContain('flooded square')
  })

  it('should drop a half-link block with focus precision that balanced keeps', () => {
    const half = '<div>Read the council statement and the <a href="/a">full flood report here</a></div>'
    const html = article(`<p>${P1}</p><p>${P2}</p>${half}<p>${P3}</p>`)
    expect(cleanHtml(html).body).toContain('council statement')
    expect(cleanHtml(html, { focus: 'precision' }).body).not.toContain('council statement')
  })
})
