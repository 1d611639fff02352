import fc from 'fast-check'
import { clean, cleanHtml } from 'textwash'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'

/** The date fields a line reads as: value, and `M` when the line says it is the last change. */
function dates(line: string, lang?: string): string[] | undefined {
  return readMetadataLine(line, mergedLexicon(lang))?.fields.map((f) => `${f.kind} ${f.value}${f.modified === true ? ' M' : ''}`)
}

describe('datelines with a published and an updated date', () => {
  it('should read both dates, the updated one marked, in each language with update labels', () => {
    const cases: readonly [string | undefined, string, readonly string[]][] = [
      ['en', 'Published Mar 3, 2025 at 9:12 AM | Updated at 11:40 AM EST on Mar 3, 2025', ['date 2025-03-03T09:12', 'date 2025-03-03T11:40 M']],
      ['en', 'Posted: 4 March 2025 | Last updated: 6 March 2025', ['date 2025-03-04', 'date 2025-03-06 M']],
      ['en', 'Updated 7:05 PM GMT, Tue Mar 4, 2025', ['date 2025-03-04T19:05 M']],
      ['en', 'Published March 4, 2025, updated March 5, 2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['zh', '发布时间：2025-03-04 09:30 更新时间：2025-03-05 18:00', ['date 2025-03-04T09:30', 'date 2025-03-05T18:00 M']],
      ['zh', '發佈時間：2025-03-04 最後更新：2025-03-05', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['vi', 'Cập nhật: 05/03/2025 18:00', ['date 2025-03-05T18:00 M']],
      ['vi', 'Đăng lúc 04/03/2025 07:15 | Cập nhật 05/03/2025 10:20', ['date 2025-03-04T07:15', 'date 2025-03-05T10:20 M']],
      ['de', 'Veröffentlicht am 04.03.2025, aktualisiert am 05.03.2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['es', 'Publicado el 4 mar 2025 | Actualizado el 5 mar 2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['fr', 'Publié le 4 mars 2025 à 8h10, mis à jour le 5 mars 2025 à 17h45', ['date 2025-03-04T08:10', 'date 2025-03-05T17:45 M']],
      ['it', 'Pubblicato il 4 marzo 2025 - Aggiornato il 5 marzo 2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['pt', 'Publicado em 4 de março de 2025 | Atualizado em 5 de março de 2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['nl', 'Gepubliceerd op 4 maart 2025 | Bijgewerkt op 5 maart 2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['ja', '公開日：2025年3月4日 更新日：2025年3月5日', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['ko', '입력 2025.03.04 09:00 수정 2025.03.05 16:20', ['date 2025-03-04T09:00', 'date 2025-03-05T16:20 M']],
      ['ru', 'Опубликовано: 04.03.2025 | Обновлено: 05.03.2025', ['date 2025-03-04', 'date 2025-03-05 M']],
      ['ar', 'نشر في 2025-03-04 | آخر تحديث 2025-03-05', ['date 2025-03-04', 'date 2025-03-05 M']],
    ]
    for (const [lang, line, want] of cases) expect(dates(line, lang), line).toEqual(want)
  })

  it('should mark a date after an update lead word that is no label there', () => {
    // `更新` is a lead (and a Japanese label that needs its colon): written without one, it is read as a lead.
    expect(dates('发布时间：2025-03-04 更新 2025-03-05', 'zh')).toEqual(['date 2025-03-04', 'date 2025-03-05 M'])
    expect(dates('发布时间：2025-03-04 发布 2025-03-05', 'zh')).toEqual(['date 2025-03-04', 'date 2025-03-05'])
    expect(dates('By Jane Roe | Updated March 5, 2025', 'en')).toEqual(['author Jane Roe', 'date 2025-03-05 M'])
  })

  it('should join a time to the date after it over a lead that is no label (`on`, `am`)', () => {
    const lex = mergedLexicon('en')
    const s = '11:40 AM EST on Mar 3, 2025'
    expect(readWholeDate(s, 0, s.length, lex)).toBe('2025-03-03T11:40')
    // Not at the start of the slice, and not over a label (`updated` says which date it is).
    for (const t of ['on Mar 3, 2025 11:40', '11:40 AM updated Mar 3, 2025', '11:40 AM on the Mar 3, 2025']) expect(readWholeDate(t, 0, t.length, lex), t).toBeUndefined()
  })

  it('should leave a sentence that mentions when something was published or updated', () => {
    const sentences: readonly [string, string][] = [
      ['en', 'The rules were published on March 4, 2025 and updated in June.'],
      ['en', 'Updated figures from March 4, 2025 show a rise'],
      ['en', 'Updated to include March 5, 2025'],
      ['de', 'Die Liste wurde am 05.03.2025 aktualisiert und gilt ab Juni'],
      ['es', 'El censo fue actualizado el 5 mar 2025 por el ministerio'],
      ['fr', 'Le plan a été mis à jour le 5 mars 2025 par la mairie'],
      ['vi', 'Danh sách được cập nhật ngày 05/03/2025 theo quyết định mới'],
      ['zh', '该名单于2025-03-05更新时间表已经公布'],
    ]
    for (const [lang, s] of sentences) expect(dates(s, lang), s).toBeUndefined()
  })
})

// Lines every language's labels build: the language's first plain date label, its first update label.
const LABELLED = Object.entries(METADATA_LEXICONS).flatMap(([lang, l]) => {
  const plain = l.labels.find((x) => x.field === 'date' && x.bare === true && x.modified !== true)
  const updated = l.labels.find((x) => x.field === 'date' && x.bare === true && x.modified === true)
  return plain === undefined || updated === undefined ? [] : [{ lang, plain: plain.label, updated: updated.label }]
})

// Words that make a line a sentence, in several scripts; none is a lexicon word.
const VERBS = ['was', 'wurde', 'fue', 'était', 'werd', 'został', 'был', 'oldu', 'telah', 'được', '被', 'された', '됐다', 'كان', 'गया', 'ถูก']

describe('a line of nothing but date labels, dates, times and separators (property)', () => {
  const label = (w: string, colon: boolean, upper: boolean): string => `${upper ? w.charAt(0).toUpperCase() + w.slice(1) : w}${colon ? ':' : ''} `
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, '0')}`)
  const time = fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => ` ${h}:${String(m).padStart(2, '0')}`), { nil: '' })
  const sep = fc.constantFrom(' | ', ' · ', ', ', ' ')
  const line = fc.record({ l: fc.constantFrom(...LABELLED), colon: fc.boolean(), upper: fc.boolean(), a: day, ta: time, b: day, tb: time, sep })

  it('should read its two dates, the updated one marked', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(15)
    fc.assert(
      fc.property(line, ({ l, colon, upper, a, ta, b, tb, sep }) => {
        const s = `${label(l.plain, colon, upper)}${a}${ta}${sep}${label(l.updated, colon, upper)}${b}${tb}`
        const r = readMetadataLine(s, mergedLexicon(l.lang))
        expect(r?.fields.map((f) => [f.value.slice(0, 10), f.modified === true]), s).toEqual([
          [a, false],
          [b, true],
        ])
      }),
    )
  })

  it('should read no line with a verb in it', () => {
    fc.assert(
      fc.property(line, fc.constantFrom(...VERBS), fc.boolean(), ({ l, colon, upper, a, ta, b, tb, sep }, verb, early) => {
        const first = `${label(l.plain, colon, upper)}${a}${ta}`
        const second = `${label(l.updated, colon, upper)}${b}${tb}`
        const s = early ? `${first} ${verb}${sep}${second}` : `${first}${sep}${second} ${verb}`
        expect(readMetadataLine(s, mergedLexicon(l.lang)), s).toBeUndefined()
      }),
    )
  })
})

const TITLE = 'Ferry timetable changes for the winter season'
const BODY = [
  'The island ferry will run four crossings a day from next month instead of six, the operator said, after passenger numbers fell through the autumn and two of its boats went in for repairs.',
  'Commuters who travel to the mainland for work said the earliest crossing would now leave too late for them to reach their offices on time, and asked the council to step in.',
  'The operator said it would review the timetable again in the spring once both boats were back in service and the repairs to the pier at the northern landing were finished.',
]

describe('pages with a published and an updated date', () => {
  it('clean() should take the dateline out and read both dates', () => {
    const input = `${TITLE}\n\nPublished: March 4, 2025 at 9:12 AM | Updated: March 5, 2025 at 6:30 PM\n\n${BODY.join('\n\n')}`
    const r = clean(input)
    expect(r.body).toBe(BODY.join('\n\n'))
    expect(r.metadata.date).toBe('2025-03-04T09:12')
    expect(r.metadata.dateModified).toBe('2025-03-05T18:30')
    const line = r.removed.find((x) => input.slice(x.start, x.end).startsWith('Published'))
    expect(line?.rule).toBe('metadata/date')
  })

  it('clean() should take the published date on a line below an update line', () => {
    const input = `${TITLE}\nUpdated: March 5, 2025\nPublished: March 4, 2025\n${BODY.join('\n\n')}`
    const r = clean(input)
    expect(r.metadata.date).toBe('2025-03-04')
    expect(r.metadata.dateModified).toBe('2025-03-05')
  })

  it('clean() should take an only date labelled as an update for both fields', () => {
    const r = clean(`${TITLE}\n\nAktualisiert am 15.03.2025, 18:30 Uhr\n\n${BODY.join('\n\n')}`)
    expect(r.metadata.date).toBe('2025-03-15T18:30')
    expect(r.metadata.dateModified).toBe('2025-03-15T18:30')
  })

  it("clean() should read a user's update label (`metadata.dateModified`)", () => {
    const input = `${TITLE}\n\nRevised: 2025-03-15\n\n${BODY.join('\n\n')}`
    expect(clean(input).metadata.dateModified).toBeUndefined()
    const r = clean(input, { lexicon: { en: { 'metadata.dateModified': ['Revised'] } } })
    expect(r.metadata.dateModified).toBe('2025-03-15')
    expect(r.body).toBe(BODY.join('\n\n'))
  })

  it('clean() should leave a body sentence about an update, and set no modified date from it', () => {
    const sentence = 'The timetable was published on March 4, 2025 and updated in June.'
    const r = clean(`${TITLE}\n\n${BODY[0]}\n\n${sentence}\n\n${BODY[1]}\n\n${BODY[2]}`)
    expect(r.body).toContain(sentence)
    expect(r.metadata.dateModified).toBeUndefined()
  })

  it('cleanHtml() should take the dateline paragraph out of the article', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p class="meta">Published Mar 4, 2025 at 9:12 AM | Updated at 6:30 PM EST on Mar 5, 2025</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const r = cleanHtml(html)
    expect(r.body).toBe(BODY.join('\n\n'))
    expect(r.metadata.date).toBe('2025-03-04T09:12')
    expect(r.metadata.dateModified).toBe('2025-03-05T18:30')
    expect(r.removed.some((x) => x.rule === 'metadata/date' && html.slice(x.start, x.end).includes('Updated at 6:30 PM'))).toBe(true)
  })

  it("cleanHtml() should keep the markup's dates over the page text's", () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: TITLE, datePublished: '2025-03-04T08:00:00Z', dateModified: '2025-03-06T10:00:00Z' })
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>${TITLE}</h1><p>Publicado el 4 mar 2025 | Actualizado el 5 mar 2025</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const r = cleanHtml(html)
    expect(r.metadata.date).toBe('2025-03-04T08:00:00Z')
    expect(r.metadata.dateModified).toBe('2025-03-06T10:00:00Z')
    expect(r.body).toBe(BODY.join('\n\n'))
  })
})
