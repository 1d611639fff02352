import fc from 'fast-check'
import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'

const LANGS = ['ru', 'nl', 'pl', 'tr', 'id'] as const
type Lang = (typeof LANGS)[number]

/** Each language's month names as a date writes them, January first (Russian and Polish in the genitive). */
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
}

/** A date as each language writes it, without and with a time (`hm` is `14:30`). */
const FORMS: Readonly<Record<Lang, readonly ((d: number, month: string, y: number, hm: string) => string)[]>> = {
  ru: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y) => `${d} ${m} ${y} г.`, (d, m, y, hm) => `${d} ${m} ${y} года в ${hm}`, (d, m, y, hm) => `${d} ${m} ${y} г., ${hm}`],
  nl: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y, hm) => `maandag ${d} ${m} ${y} om ${hm}`, (d, m, y, hm) => `${d} ${m} ${y}, ${hm} uur`],
  pl: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y) => `${d} ${m} ${y} r.`, (d, m, y, hm) => `${d} ${m} ${y} r., godz. ${hm}`, (d, m, y, hm) => `${d} ${m} ${y} o ${hm}`],
  tr: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y) => `${d} ${m.toLocaleUpperCase('tr')} ${y}`, (d, m, y, hm) => `${d} ${m} ${y} Pazartesi ${hm}`, (d, m, y, hm) => `${d} ${m} ${y} saat ${hm}`],
  id: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y, hm) => `Senin, ${d} ${m} ${y} ${hm} WIB`, (d, m, y, hm) => `${d} ${m} ${y} pukul ${hm.replace(':', '.')} WITA`, (d, m, y, hm) => `Kamis, ${d} ${m} ${y} ${hm} WIT`],
}

const pad = (n: number): string => String(n).padStart(2, '0')

describe('metadata lexicons for Russian, Dutch, Polish, Turkish and Indonesian', () => {
  it('should register the five languages, reading numeric dates day first and short years last', () => {
    for (const lang of LANGS) {
      expect(METADATA_LEXICONS[lang]?.numericOrder, lang).toBe('dmy')
      expect(mergedLexicon(lang).shortYearLast, lang).toBe(true)
    }
  })

  for (const lang of LANGS) {
    it(`should read every month of a ${lang} date, with and without a time`, () => {
      const lex = mergedLexicon(lang)
      MONTHS[lang].forEach((month, i) => {
        FORMS[lang].forEach((form, k) => {
          const text = form(7, month, 2026, '14:30')
          const want = `2026-${pad(i + 1)}-07${text.includes('14') ? 'T14:30' : ''}`
          expect(readWholeDate(text, 0, text.length, lex), `${text} (form ${k})`).toBe(want)
          expect(readMetadataLine(text, lex)?.fields[0]?.value, text).toBe(want)
        })
      })
    })
  }

  it('should read any numeric date day first with a time after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('.', '/', '-'), (lang, d, m, sep) => {
        const text = `${pad(d)}${sep}${pad(m)}${sep}2026 09:05`
        expect(readWholeDate(text, 0, text.length, mergedLexicon(lang))).toBe(`2026-${pad(m)}-${pad(d)}T09:05`)
      }),
      { numRuns: 200 },
    )
  })

  it('should read a Russian or Polish date with its year suffix as a dateline, and a sentence ending so as none', () => {
    const ru = mergedLexicon('ru')
    expect(readMetadataLine('07.12.2026 г.', ru)?.fields[0]?.value).toBe('2026-12-07')
    expect(readMetadataLine('Опубликовано: 7 декабря 2026 г.', ru)?.fields[0]).toMatchObject({ kind: 'date', value: '2026-12-07', labelled: true })
    expect(readMetadataLine('Библиотеку открыли 7 декабря 2026 г.', ru)).toBeUndefined()
    expect(readMetadataLine('7 grudnia 2026 r.', mergedLexicon('pl'))?.fields[0]?.value).toBe('2026-12-07')
    // Not a suffix: the letter starts a word.
    expect(readWholeDate('7 декабря 2026 городской', 0, 24, ru)).toBeUndefined()
  })
})

/** A line's fields as `kind: value` (credits as `role: names`). */
function fields(text: string, lang: string): string[] | undefined {
  return readMetadataLine(text, mergedLexicon(lang))?.fields.map((f) => `${f.kind === 'credit' ? f.role! : f.kind}: ${f.value}`)
}

describe('metadata lines of the new languages', () => {
  it.each([
    ['ru', 'Автор: Анна Иванова', ['author: Анна Иванова']],
    ['ru', 'Текст: Анна Иванова', ['author: Анна Иванова']],
    ['ru', 'Фото: Иван Петров', ['photographer: Иван Петров']],
    ['ru', 'Источник: ТАСС', ['source: ТАСС']],
    ['ru', 'Редактор: Ольга Смирнова', ['editor: Ольга Смирнова']],
    ['nl', 'Door Jan de Vries', ['author: Jan de Vries']],
    ['nl', 'Door Sanne Bakker en Pieter van den Berg | 7 december 2026', ['author: Sanne Bakker en Pieter van den Berg', 'date: 2026-12-07']],
    ['nl', 'Bron: ANP', ['source: ANP']],
    ['nl', 'Beeld: Marleen Visser', ['photographer: Marleen Visser']],
    ['nl', 'Bijgewerkt op 7 december 2026 om 14:30', ['date: 2026-12-07T14:30']],
    ['pl', 'Autor: Anna Nowak', ['author: Anna Nowak']],
    ['pl', 'Fot. Jan Kowalski', ['photographer: Jan Kowalski']],
    ['pl', 'Źródło: PAP', ['source: PAP']],
    ['tr', 'Yazar: Ali Yılmaz', ['author: Ali Yılmaz']],
    ['tr', 'Haber: Ali Yılmaz', ['reporter: Ali Yılmaz']],
    ['tr', 'Kaynak: AA', ['source: AA']],
    ['tr', 'Son güncelleme: 07.12.2026 14:30', ['date: 2026-12-07T14:30']],
    ['tr', 'PAZARTESİ, 7 ARALIK 2026', ['date: 2026-12-07']],
    ['tr', '7 Aralık 2026 PAZARTESİ 14:30', ['date: 2026-12-07T14:30']],
    ['tr', 'ÇARŞAMBA 9 ARALIK 2026', ['date: 2026-12-09']],
    ['tr', '7 Aralık 2026 14:30 TSİ', ['date: 2026-12-07T14:30']],
    ['ru', '7 декабря 2026, 14:30 МСК', ['date: 2026-12-07T14:30']],
    ['id', 'Oleh Dewi Lestari', ['author: Dewi Lestari']],
    ['id', 'Penulis: Dewi Lestari', ['author: Dewi Lestari']],
    ['id', 'Editor: Rudi Hartono', ['editor: Rudi Hartono']],
    ['id', 'Pewarta: Dewi Lestari', ['reporter: Dewi Lestari']],
    ['id', 'Sumber: Antara', ['source: Antara']],
  ])('should read a %s line %j', (lang, text, want) => {
    expect(fields(text, lang)).toEqual(want)
  })

  it.each([
    ['nl', 'Door de regen viel de markt uit'],
    ['en', 'Door Jan de Vries'],
    ['en', 'Door County Tourism Booms'],
    ['de', 'Door Jan de Vries'],
    ['id', 'Oleh karena itu warga diminta datang lebih awal'],
    ['en', 'Oleh Petrenko'],
    ['ru', 'Источники сообщают о новом законе'],
    ['tr', 'Yazar Orhan Pamuk yeni romanını tanıttı'],
    ['tr', 'Son'],
    ['tr', 'PAZARTESİ'],
    ['tr', 'PAZARTESİ günü açılıyor 7 Aralık 2026'],
    ['pl', 'Fotografia otworkowa wraca do łask'],
  ])('should not read the %s line %j', (lang, text) => {
    expect(fields(text, lang)).toBeUndefined()
  })

  it('should leave a byline word of another language on an English page in the body', () => {
    const body = 'The council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.'
    const r = clean(`Door County Tourism Booms\nOleh Petrenko\n${body}`)
    expect(r.metadata.author).toBeUndefined()
  })
})
