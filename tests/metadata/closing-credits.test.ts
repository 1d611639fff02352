import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readClosingCredit, readCreditCloser, readGluedCredit, readMetadataLine, readSignedCloser, type Field } from '../../src/metadata/line.js'

const en = mergedLexicon('en')
const vi = mergedLexicon('vi')
const de = mergedLexicon('de')
const fr = mergedLexicon('fr')
const es = mergedLexicon('es')
const ja = mergedLexicon('ja')

/** What a reading states, as `kind:role:value` strings. */
function stated(fields: readonly Field[] | undefined): string[] | undefined {
  return fields?.map((f) => `${f.kind}:${f.role ?? ''}:${f.value}`)
}

describe('wire credit lines under an article (closingLabels)', () => {
  it('should read reporters, editors and the writer, apart by semicolons, in brackets or not', () => {
    expect(stated(readCreditCloser('Reporting by Maren Solberg; Editing by Idris Fenwick', en))).toEqual(['credit:reporter:Maren Solberg', 'credit:editor:Idris Fenwick'])
    expect(
      stated(readCreditCloser('(Reporting by Maren Solberg in Port Ellery; Additional reporting by Tobias Quill; Writing by Lena Marchetti; Editing by Idris Fenwick)', en)),
    ).toEqual(['credit:reporter:Maren Solberg', 'credit:reporter:Tobias Quill', 'author::Lena Marchetti', 'credit:editor:Idris Fenwick'])
    expect(stated(readCreditCloser('[Reporting by Maren Solberg and Tobias Quill in New Harwick; editing by Idris Fenwick.]', en))).toEqual([
      'credit:reporter:Maren Solberg, Tobias Quill',
      'credit:editor:Idris Fenwick',
    ])
  })

  it('should split at a comma only before another credit label, and read a final full stop inside the brackets', () => {
    expect(stated(readCreditCloser('(Reporting by Ana Brisk, Colm Ferry, with reporting by Oda Lunn and Piet Aalbers, editing by Sami Korte.)', en))).toEqual([
      'credit:reporter:Ana Brisk, Colm Ferry',
      'credit:reporter:Oda Lunn, Piet Aalbers',
      'credit:editor:Sami Korte',
    ])
  })

  it('should read German, French and Spanish closing lines', () => {
    expect(stated(readCreditCloser('Mitarbeit: Jonas Brettschneider', de))).toEqual(['credit:contributor:Jonas Brettschneider'])
    expect(stated(readCreditCloser('Mit Material von dpa und AFP', de))).toEqual(['source::dpa und AFP'])
    expect(stated(readCreditCloser('Mitarbeit: Jonas Brettschneider; Mit Material von dpa', de))).toEqual(['credit:contributor:Jonas Brettschneider', 'source::dpa'])
    expect(stated(readCreditCloser('Avec AFP', fr))).toEqual(['source::AFP'])
    expect(stated(readCreditCloser("Avec l'AFP et Reuters", fr))).toEqual(['source::AFP et Reuters'])
    expect(stated(readCreditCloser('Con información de EFE', es))).toEqual(['source::EFE'])
    expect(stated(readCreditCloser('Con información de la agencia EFE y AFP.', es))).toEqual(['source::EFE y AFP'])
  })

  it('should leave sentences, lower-case words after the label and unknown sources', () => {
    expect(readCreditCloser('Reporting by the council shows rising costs', en)).toBeUndefined()
    expect(readCreditCloser('Reporting by the council shows rising costs.', en)).toBeUndefined()
    expect(readCreditCloser('Editing by hand takes longer than you think', en)).toBeUndefined()
    expect(readCreditCloser('Reporting by Maren Solberg; the rest of the story follows below', en)).toBeUndefined()
    expect(readCreditCloser('Reporting by Maren Solberg, who spent a year in Port Ellery', en)).toBeUndefined()
    expect(readCreditCloser('Avec plaisir', fr)).toBeUndefined()
    expect(readCreditCloser('Avec les habitants du quartier', fr)).toBeUndefined()
    expect(readCreditCloser('Con información de los vecinos', es)).toBeUndefined()
    expect(readCreditCloser('Maren Solberg reporting', en)).toBeUndefined()
  })

  it('should not read a wire credit line as a metadata line anywhere on the page', () => {
    expect(readMetadataLine('Reporting by Maren Solberg; Editing by Idris Fenwick', en)).toBeUndefined()
    expect(readMetadataLine('Avec AFP', fr)).toBeUndefined()
  })

  it('should read any labels and capitalised names the line lists, and nothing once a name is lower case', () => {
    const labels = [
      ['Reporting by', 'reporter'],
      ['Additional reporting by', 'reporter'],
      ['Editing by', 'editor'],
      ['Graphics by', 'designer'],
    ] as const
    const word = fc.tuple(fc.constantFrom(...'BCDFGHKLMNPRSTVW'), fc.stringMatching(/^[aeiou][a-z]{2,6}$/)).map(([c, rest]) => c + rest)
    const name = fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' '))
    const part = fc.tuple(fc.constantFrom(...labels), fc.array(name, { minLength: 1, maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, bracketed) => {
        const line = parts.map(([[label], names]) => `${label} ${names.join(', ')}`).join('; ')
        const text = bracketed ? `(${line})` : line
        const fields = readCreditCloser(text, en)
        expect(fields?.map((f) => [f.role, f.names])).toEqual(parts.map(([[, role], names]) => [role, names]))
        const lowered = text.replace(parts[0]![1][0]!, parts[0]![1][0]!.toLowerCase())
        expect(readCreditCloser(lowered, en)).toBeUndefined()
      }),
    )
  })
})

describe('signatures under an article: a name and an agency', () => {
  it('should read the name as the author and the agency as the source, in brackets or after a mark', () => {
    expect(stated(readSignedCloser('Maren Solberg (Reuters)', en))).toEqual(['author::Maren Solberg', 'source::Reuters'])
    expect(stated(readSignedCloser('-- Maren Solberg, AP', en))).toEqual(['author::Maren Solberg', 'source::AP'])
    expect(stated(readSignedCloser('— By Maren Solberg (Reuters)', en))).toEqual(['author::Maren Solberg', 'source::Reuters'])
    expect(stated(readSignedCloser('Hoàng Lan (TTXVN)', vi))).toEqual(['author::Hoàng Lan', 'source::TTXVN'])
    expect(stated(readSignedCloser('Quốc Bảo/VOV.VN', vi))).toEqual(['author::Quốc Bảo', 'source::VOV.VN'])
    expect(stated(readSignedCloser('Trần Thị Mai - TTXVN', vi))).toEqual(['author::Trần Thị Mai', 'source::TTXVN'])
    expect(stated(readSignedCloser('Jonas Brettschneider (dpa)', de))).toEqual(['author::Jonas Brettschneider', 'source::dpa'])
  })

  it("should read a user's agency (`metadata.agency`) in a signature", () => {
    const lex = mergedLexicon('en', { en: { 'metadata.agency': ['Harwick Wire'] } })
    expect(stated(readSignedCloser('Maren Solberg (Harwick Wire)', lex))).toEqual(['author::Maren Solberg', 'source::Harwick Wire'])
    expect(readSignedCloser('Maren Solberg (Harwick Wire)', en)).toBeUndefined()
  })

  it('should take an outlet-shaped name in brackets, and no other bracketed words', () => {
    expect(stated(readSignedCloser('Maren Solberg (Harwick Herald)', en))).toEqual(['author::Maren Solberg', 'source::Harwick Herald'])
    expect(stated(readSignedCloser('Hoàng Lan (Báo Sông Lam)', vi))).toEqual(['author::Hoàng Lan', 'source::Báo Sông Lam'])
    expect(readSignedCloser('Maren Solberg (left)', en)).toBeUndefined()
    expect(readSignedCloser('Maren Solberg (left) and Tobias Quill', en)).toBeUndefined()
    expect(readSignedCloser('Maren Solberg (CEO)', en)).toBeUndefined()
    expect(readSignedCloser('Maren Solberg (HARWICK HERALD)', en)).toBeUndefined()
  })

  it('should leave a name without an agency, one-word names, lower-case words and sentences', () => {
    expect(readSignedCloser('Maren Solberg', en)).toBeUndefined()
    expect(readSignedCloser('Hoàng Lan', vi)).toBeUndefined()
    expect(readSignedCloser('Photo (Reuters)', en)).toBeUndefined()
    expect(readSignedCloser('read more at Reuters', en)).toBeUndefined()
    expect(readSignedCloser('The minister told AP', en)).toBeUndefined()
    expect(readSignedCloser('Maren Solberg, Tobias Quill', en)).toBeUndefined()
    expect(readSignedCloser('Maren Solberg - Harwick', en)).toBeUndefined()
  })

  it('should read any capitalised name with any agency in every signature shape, and no name in lower case', () => {
    const word = fc.tuple(fc.constantFrom(...'BCDFGHKLMNPRSTVW'), fc.stringMatching(/^[aeiou][a-z]{2,6}$/)).map(([c, rest]) => c + rest)
    const name = fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' '))
    const shapes = [(n: string, a: string) => `${n} (${a})`, (n: string, a: string) => `-- ${n}, ${a}`, (n: string, a: string) => `${n}/${a}`, (n: string, a: string) => `${n} - ${a}`]
    fc.assert(
      fc.property(name, fc.constantFrom('Reuters', 'AP', 'AFP', 'TTXVN', 'VOV', 'dpa', 'EFE'), fc.constantFrom(...shapes), (n, a, shape) => {
        expect(stated(readSignedCloser(shape(n, a), en))).toEqual([`author::${n}`, `source::${a}`])
        expect(readSignedCloser(shape(n.toLowerCase(), a), en)).toBeUndefined()
      }),
    )
  })
})

describe('readClosingCredit with Latin shapes', () => {
  it('should read wire credits and signatures only as whole lines', () => {
    expect(stated(readClosingCredit('Reporting by Maren Solberg; Editing by Idris Fenwick', en, true)?.fields)).toEqual(['credit:reporter:Maren Solberg', 'credit:editor:Idris Fenwick'])
    expect(readClosingCredit('Maren Solberg (Reuters)', en, true)?.cut).toBe(0)
    expect(readClosingCredit('The harbour wall will be finished next spring. Maren Solberg (Reuters)', en, false)).toBeUndefined()
    expect(readClosingCredit('The harbour wall will be finished next spring. (Reuters)', en, false)).toBeUndefined()
  })

  it('should keep Latin agencies out of the Japanese templates, which still read their own', () => {
    const lead = '(Reuters) — The harbour authority said on Monday that the new breakwater would be finished by the spring.'
    expect(readGluedCredit(lead, en)).toBeUndefined()
    expect(readMetadataLine('(Reuters)', en)).toBeUndefined()
    expect(stated(readClosingCredit('（共同）', ja, true)?.fields)).toEqual(['source::共同'])
  })
})

describe('a date lead alone before a date', () => {
  it('should read `On May 8, 2023` and its twins in other languages as a dateline', () => {
    expect(stated(readMetadataLine('On May 8, 2023', en)?.fields)).toEqual(['date::2023-05-08'])
    expect(stated(readMetadataLine('on 8 May 2023', en)?.fields)).toEqual(['date::2023-05-08'])
    expect(stated(readMetadataLine('Le 7 décembre 2026', fr)?.fields)).toEqual(['date::2026-12-07'])
    expect(stated(readMetadataLine('Am 7. Dezember 2026', de)?.fields)).toEqual(['date::2026-12-07'])
    expect(stated(readMetadataLine('El 7 de diciembre de 2026', es)?.fields)).toEqual(['date::2026-12-07'])
  })

  it('should leave a sentence that starts with the lead and a date, and a lead with a range', () => {
    expect(readMetadataLine('On May 8, 2023, the council voted to close the harbour', en)).toBeUndefined()
    expect(readMetadataLine('On May 8, 2023 the council met', en)).toBeUndefined()
    expect(readMetadataLine('Vom 7. bis 9. Dezember 2026', de)).toBeUndefined()
    expect(readMetadataLine('On 5 occasions', en)).toBeUndefined()
  })
})

const enParas = [
  'The harbour authority in Port Ellery said on Monday that the new breakwater on the eastern side of the port would be finished by next spring, a year later than planned.',
  'Work began three years ago and was halted twice by storms. Officials said the safety of the fishing crews who use the harbour every day came before any deadline.',
  'Once it is complete, larger cargo ships will be able to dock, and the town expects more visitors to come to the waterfront during the summer months.',
]

describe('clean() on pages that close with credits', () => {
  it('should take a wire credit line under the last paragraph out under metadata/credit and read its people', () => {
    const credit = '(Reporting by Maren Solberg in Port Ellery; Additional reporting by Tobias Quill; Editing by Idris Fenwick)'
    const page = ['Breakwater at Port Ellery to be finished next spring', 'May 8, 2023', ...enParas, credit, '© 2023 Harwick Herald'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(enParas.join('\n\n'))
    expect(r.metadata.credits).toEqual({ reporter: ['Maren Solberg', 'Tobias Quill'], editor: ['Idris Fenwick'] })
    expect(r.removed.find((x) => x.text === credit)).toMatchObject({ rule: 'metadata/credit', start: page.indexOf(credit) })
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should read a wire credit line with one body line under it, and leave one in mid-article', () => {
    const credit = 'Reporting by Maren Solberg; Writing by Lena Marchetti; Editing by Idris Fenwick'
    const note = 'Our newsroom follows the Harwick Herald code of practice.'
    const r = clean(['Breakwater at Port Ellery to be finished next spring', 'May 8, 2023', ...enParas, credit, note].join('\n\n'))
    expect(r.body).not.toContain(credit)
    expect(r.metadata.author).toBe('Lena Marchetti')
    expect(r.metadata.credits).toEqual({ reporter: ['Maren Solberg'], editor: ['Idris Fenwick'] })
    const more = [
      'The council will vote on the budget for the second stage of the works in the autumn, after a public consultation that opens next week.',
      'Fishing crews said they welcomed the delay if it meant the wall would stand up to the winter storms better than the old one did.',
    ]
    const mid = clean(['Breakwater at Port Ellery to be finished next spring', 'May 8, 2023', enParas[0], credit, enParas[1], enParas[2], ...more].join('\n\n'))
    expect(mid.metadata.credits).toBeUndefined()
  })

  it('should read a signature with an agency under a Vietnamese article as author and source', () => {
    const paras = [
      'Ngày 12/6, Ủy ban nhân dân tỉnh cho biết công trình đê chắn sóng ở phía đông cảng cá sẽ hoàn thành vào mùa xuân năm sau, chậm hơn một năm so với kế hoạch ban đầu.',
      'Công trình được khởi công cách đây ba năm và đã hai lần phải tạm dừng vì bão. Lãnh đạo tỉnh nhấn mạnh an toàn của ngư dân là ưu tiên hàng đầu.',
      'Khi hoàn thành, tàu hàng cỡ lớn có thể cập cảng và địa phương kỳ vọng lượng khách du lịch sẽ tăng mạnh trong những tháng hè.',
    ]
    const page = ['Đê chắn sóng cảng cá sẽ hoàn thành vào mùa xuân', ...paras, 'Hoàng Lan (TTXVN)'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(paras.join('\n\n'))
    expect(r.metadata).toMatchObject({ author: 'Hoàng Lan', source: 'TTXVN', language: 'vi' })
    expect(r.removed.find((x) => x.text === 'Hoàng Lan (TTXVN)')).toMatchObject({ rule: 'metadata/author' })
    // A name alone under the article names no agency: it is not read.
    const bare = clean(['Đê chắn sóng cảng cá sẽ hoàn thành vào mùa xuân', ...paras, 'Hoàng Lan'].join('\n\n'))
    expect(bare.metadata.author).toBeUndefined()
    expect(bare.metadata.source).toBeUndefined()
  })

  it('should read `-- name, agency` under an English article, and leave a caption of two names', () => {
    const r = clean(['Breakwater at Port Ellery to be finished next spring', 'May 8, 2023', ...enParas, '-- Maren Solberg, AP'].join('\n\n'))
    expect(r.body).toBe(enParas.join('\n\n'))
    expect(r.metadata).toMatchObject({ author: 'Maren Solberg', source: 'AP' })
    const caption = clean(['Breakwater at Port Ellery to be finished next spring', 'May 8, 2023', ...enParas, 'Maren Solberg (left) and Tobias Quill'].join('\n\n'))
    expect(caption.metadata.author).toBeUndefined()
    expect(caption.metadata.source).toBeUndefined()
  })

  it('should take a French `Avec AFP` line and a Spanish `Con información de EFE` line out as the source', () => {
    const frParas = [
      "Le port de Saint-Aubin a annoncé lundi que la nouvelle digue du côté est serait terminée au printemps prochain, avec un an de retard sur le calendrier prévu.",
      'Les travaux ont commencé il y a trois ans et ont été interrompus deux fois par des tempêtes. La sécurité des pêcheurs passe avant tout, selon la mairie.',
    ]
    const r = clean(['La digue de Saint-Aubin terminée au printemps', ...frParas, 'Avec AFP'].join('\n\n'))
    expect(r.body).toBe(frParas.join('\n\n'))
    expect(r.metadata.source).toBe('AFP')
    const esParas = [
      'El puerto de San Telmo anunció el lunes que el nuevo rompeolas del lado este estará terminado la próxima primavera, un año más tarde de lo previsto.',
      'Las obras comenzaron hace tres años y se detuvieron dos veces por las tormentas. La alcaldía dijo que la seguridad de los pescadores es lo primero.',
    ]
    const s = clean(['El rompeolas de San Telmo estará listo en primavera', ...esParas, 'Con información de EFE'].join('\n\n'))
    expect(s.body).toBe(esParas.join('\n\n'))
    expect(s.metadata.source).toBe('EFE')
  })

  it('should take a dateline of a lead and a date out of the header', () => {
    const page = ['Breakwater at Port Ellery to be finished next spring', 'On May 8, 2023', ...enParas].join('\n\n')
    const r = clean(page)
    expect(r.metadata.date).toBe('2023-05-08')
    expect(r.body).toBe(enParas.join('\n\n'))
    // Read as a dateline, not dropped as a line outside the article.
    expect(r.removed.find((x) => x.text === 'On May 8, 2023')).toMatchObject({ rule: 'metadata/date', start: page.indexOf('On May') })
  })
})
