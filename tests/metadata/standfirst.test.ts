import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'

const PARAS = [
  'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two pounds a visit and promising cold sea dips to anyone brave enough.',
  'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand pounds over the summer, organisers said.',
  'Swimmers who had used the pier for years welcomed the plan, though some neighbours worried about parking on the narrow quay road during winter weekends.',
]
const HEADLINE = 'Harbour town opens a public sauna on its old ferry pier'
const DEK = 'Councillors hope the project will bring winter visitors to the quay'

function page(header: readonly string[], first = 'Subscribe'): string {
  return [first, 'News', 'Politics', 'Sport', ...header, 'By Jane Holloway', 'Published 9:41 AM GMT, May 13, 2024', 'Share', ...PARAS, 'Most Read', '© 2024 Example Media'].join('\n')
}

describe('a headline over its standfirst', () => {
  it('should read the headline as the title and the standfirst as the description, out of the body', () => {
    const r = clean(page([HEADLINE, DEK]))
    expect(r.metadata.title).toBe(HEADLINE)
    expect(r.metadata.description).toBe(DEK)
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(r.removed.find((x) => x.text === DEK)?.rule).toBe('metadata/title')
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should read a title-case headline over a standfirst three words longer', () => {
    const title = 'Harbour Town Opens Public Sauna On Ferry Pier'
    const dek = 'Councillors hope the sauna will bring winter visitors to the quay'
    const r = clean(page([title, dek]))
    expect(r.metadata.title).toBe(title)
    expect(r.metadata.description).toBe(dek)
    // A standfirst too long for a heading is stepped over with the lines dropped above the article.
    const long = 'Councillors hope the wooden sauna will bring winter visitors, and their money, to the quiet quay road'
    const l = clean(page([title, long]))
    expect(l.metadata.title).toBe(title)
    expect(l.body).toBe(PARAS.join('\n\n'))
  })

  it('should keep the nearest line as the title under a short kicker, a title-case line of a length, or a copy', () => {
    expect(clean(page(['Local news', HEADLINE])).metadata.title).toBe(HEADLINE)
    const kicker = 'Westcliff Council Budget Week Special'
    const titleCase = 'City Council Approves New Budget For Schools'
    expect(clean(page([kicker, titleCase])).metadata).toMatchObject({ title: titleCase })
    expect(clean(page([kicker, titleCase])).metadata.description).toBeUndefined()
    const twice = clean(page([HEADLINE, HEADLINE]))
    expect(twice.metadata.title).toBe(HEADLINE)
    expect(twice.metadata.description).toBeUndefined()
  })

  it('should not read a line with a Chinese full stop inside as a headline', () => {
    const mixed = '专家强调,要充分运用大数据。We should take this opportunity'
    const r = clean(page([mixed], 'Home'))
    expect(r.metadata.title).not.toBe(mixed)
  })
})

describe('skip links', () => {
  it('should drop a skip link as a page control in many languages', () => {
    for (const link of ['Skip to main content', 'Skip to content', 'Zum Inhalt springen', 'Aller au contenu', 'Saltar al contenido', 'Vai al contenuto', '跳到主要内容', '本文へスキップ', '본문 바로가기', 'Chuyển đến nội dung', 'Langsung ke konten', 'İçeriğe geç']) {
      const r = clean(page([HEADLINE], link))
      expect(r.removed[0], link).toMatchObject({ text: link, rule: 'boilerplate/page-controls' })
    }
  })

  it('should not take a skip link printed first for the page title, and find the headline', () => {
    const r = clean(page([HEADLINE, DEK], 'Skip to main content'))
    expect(r.metadata.title).toBe(HEADLINE)
    expect(clean(page([HEADLINE], 'Skip to main content')).metadata.title).toBe(HEADLINE)
  })

  it('should keep a sentence that tells readers to skip to the content', () => {
    const sentence = 'Readers who want to skip to the main content of the report can jump straight to the third chapter.'
    const r = clean(page([HEADLINE]).replace(PARAS[1]!, `${PARAS[1]!}\n${sentence}`))
    expect(r.body).toContain(sentence)
  })
})

describe('desk and outlet lines beside the byline', () => {
  it('should step over `Outlet, Place` under a byline to the headline above it', () => {
    const r = clean(['Home', 'News', 'Sport', HEADLINE, 'By Jane Holloway', 'Westcliff News, Westcliff', '13 May 2024', ...PARAS, '© 2024 Example Media'].join('\n'))
    expect(r.metadata.title).toBe(HEADLINE)
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should keep a short headline with a comma when no byline or dateline stands beside it', () => {
    const title = 'Saunas, swims and sea views'
    const r = clean(['Home', 'News', title, ...PARAS].join('\n'))
    expect(r.metadata.title).toBe(title)
  })
})
