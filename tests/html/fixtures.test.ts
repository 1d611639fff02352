import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from 'textwash'

// One folder per page: source.html (bytes as served), expected.txt (body written by hand),
// expected.json (the metadata fields the page states), and for comment pages comments.txt.
const ROOT = join(import.meta.dirname, '../../fixtures/html')
const pages = readdirSync(ROOT).sort()

describe('cleanHtml on fixture pages', () => {
  it('should have the required kinds of fixture page', () => {
    expect(pages).toEqual(expect.arrayContaining(['gov-zh-gbk', 'vi-news', 'blog-comments', 'json-ld-article', 'json-ld-shell', 'json-ld-markup']))
  })

  for (const name of pages) {
    const dir = join(ROOT, name)
    const source = readFileSync(join(dir, 'source.html'))
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim()
    const metadata = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>

    it(`should extract the article body of ${name}`, () => {
      expect(cleanHtml(source).body).toBe(expected)
    })

    it(`should read the metadata ${name} states`, () => {
      expect(cleanHtml(source).metadata).toMatchObject(metadata)
    })

    it(`should account for dropped markup of ${name} with offsets into the decoded HTML`, () => {
      const html = new TextDecoder(cleanHtml(source).metadata.charset ?? 'utf-8').decode(source)
      const { removed } = cleanHtml(source)
      expect(removed.length).toBeGreaterThan(0)
      for (const r of removed) expect(html.slice(r.start, r.end)).toBe(r.text)
    })

    const commentsFile = join(dir, 'comments.txt')
    if (existsSync(commentsFile)) {
      const comments = readFileSync(commentsFile, 'utf8').trim()
      it(`should return the comments of ${name} separately when asked`, () => {
        const r = cleanHtml(source, { comments: 'separate' })
        expect(r.metadata['comments']).toBe(comments)
        expect(r.body).toBe(expected)
      })
      it(`should drop the comments of ${name} by default`, () => {
        const r = cleanHtml(source)
        expect(r.metadata['comments']).toBeUndefined()
        expect(r.removed.some((x) => x.rule === 'html/comments')).toBe(true)
      })
    }
  }
})
