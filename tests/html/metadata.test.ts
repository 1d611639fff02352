import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from 'textwash'
import { isoDate } from '../../src/adapters/html/metadata.js'

interface Case { input: string; expected: string | null; note: string }
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'cases/iso-date.json'), 'utf8')) as Case[]

const BODY = '<article><p>The council approved the new budget on Tuesday after a long debate about road repairs.</p></article>'

describe('isoDate', () => {
  for (const c of cases) {
    it(`should map ${JSON.stringify(c.input)} to ${JSON.stringify(c.expected)} (${c.note})`, () => {
      expect(isoDate(c.input) ?? null).toBe(c.expected)
    })
  }
})

describe('markup metadata', () => {
  it('should read og:, article: and canonical tags', () => {
    const html = `<html lang="fr-CA"><head>
      <meta property="og:title" content="Budget approved">
      <meta property="og:site_name" content="City News">
      <meta property="article:published_time" content="2020-03-04T05:06:07Z">
      <meta property="article:section" content="Politics">
      <meta name="description" content="A summary.">
      <link rel="canonical" href="https://example.org/budget">
      </head><body>${BODY}</body></html>`
    expect(cleanHtml(html).metadata).toMatchObject({
      title: 'Budget approved', siteName: 'City News', date: '2020-03-04T05:06:07Z', section: 'Politics',
      description: 'A summary.', url: 'https://example.org/budget', language: 'fr',
    })
  })

  it('should prefer JSON-LD NewsArticle fields and read its @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'From JSON-LD', datePublished: '2021-06-07', author: { '@type': 'Person', name: 'A. Writer' }, publisher: { name: 'Pub' } }] }
    const html = `<head><meta property="og:title" content="From og"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${BODY}</body>`
    expect(cleanHtml(html).metadata).toMatchObject({ title: 'From JSON-LD', date: '2021-06-07', author: 'A. Writer', source: 'Pub' })
  })

  it('should survive broken JSON-LD', () => {
    const html = `<head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Fallback title</title></head><body>${BODY}</body>`
    expect(cleanHtml(html).metadata.title).toBe('Fallback title')
  })

  it('should read <time datetime>, rel=author and a dateline when no meta tag gives them', () => {
    const html = `<body><div class="byline"><a rel="author" href="/a">Lan Nguyen</a></div><time datetime="2022-09-10T08:00">Sept 10</time>${BODY}</body>`
    expect(cleanHtml(html).metadata).toMatchObject({ author: 'Lan Nguyen', date: '2022-09-10T08:00' })
    const zh = `<body><div class="info-time">发布时间：2021-03-05 08:00</div>${BODY}</body>`
    expect(cleanHtml(zh).metadata.date).toBe('2021-03-05T08:00')
  })

  it('should not take a profile URL as the author', () => {
    const html = `<head><meta property="article:author" content="https://facebook.com/someone"></head><body>${BODY}</body>`
    expect(cleanHtml(html).metadata.author).toBeUndefined()
  })

  it('should invent nothing for a page without metadata', () => {
    const md = cleanHtml(`<body>${BODY}</body>`).metadata
    for (const key of ['title', 'date', 'author', 'url', 'siteName', 'description']) expect(md[key]).toBeUndefined()
  })
})

describe('language', () => {
  const vi = '<p>Theo Sở Giao thông vận tải, các tuyến mới có tổng chiều dài gần 90 km, đi qua nhiều khu dân cư, trường học và bệnh viện. Mỗi tuyến được bố trí từ 12 đến 15 xe, tần suất trung bình 15 phút một chuyến.</p><p>Giá vé lượt được giữ ở mức 9.000 đồng, người cao tuổi và học sinh được miễn hoặc giảm giá theo quy định hiện hành.</p>'

  it('should prefer the language measured on a long body over a template default', () => {
    const md = cleanHtml(`<html lang="en-US"><body><article>${vi}</article></body></html>`).metadata
    expect(md.language).toBe('vi')
    expect(md['declaredLanguage']).toBe('en')
  })

  it('should take the declared language when it agrees or the body is short', () => {
    expect(cleanHtml(`<html lang="vi"><body><article>${vi}</article></body></html>`).metadata.language).toBe('vi')
    expect(cleanHtml('<html lang="de"><body><p>Kurz.</p></body></html>').metadata.language).toBe('de')
  })
})
