import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { BOILERPLATE_LEXICONS, compileLexicon, opensProse } from '../../src/lexicon/boilerplate/index.js'
import { withTurkishCapitals } from '../../src/lexicon/boilerplate/tr.js'
import cases from './cases/languages-more.json' with { type: 'json' }
import { expectedArticle, languageCaseTests, readPage, type RuleCase } from './helpers.js'


const read = readPage
const expected = expectedArticle

/** Lines of each whole page that a lexicon rule of that language must drop, with the rule. */
const PAGE_RULES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ru: {
    'Мы используем файлы cookie': 'boilerplate/cookie-banner',
    'Поделиться | Распечатать | В избранное': 'boilerplate/page-controls',
    'Поделиться | Копировать ссылку': 'boilerplate/page-controls',
    'Читайте также': 'boilerplate/related-links',
    'Подпишитесь на нашу рассылку': 'boilerplate/newsletter-prompt',
    'Комментарии (2)': 'boilerplate/comment-section',
    '© 2026 Городские вести': 'boilerplate/copyright-footer',
  },
  nl: {
    'Wij gebruiken cookies': 'boilerplate/cookie-banner',
    'Delen | Afdrukken | Opslaan': 'boilerplate/page-controls',
    'Deel dit artikel': 'boilerplate/page-controls',
    'Lees ook': 'boilerplate/related-links',
    'Meld je aan voor onze nieuwsbrief': 'boilerplate/newsletter-prompt',
    'Reacties (2)': 'boilerplate/comment-section',
  },
  pl: {
    'Używamy plików cookie': 'boilerplate/cookie-banner',
    'Udostępnij | Drukuj | Zapisz': 'boilerplate/page-controls',
    'Czytaj także': 'boilerplate/related-links',
    'Zapisz się do naszego newslettera': 'boilerplate/newsletter-prompt',
    'Komentarze (2)': 'boilerplate/comment-section',
  },
  tr: {
    'Paylaş | Yazdır | Kaydet': 'boilerplate/page-controls',
    'İlgili Haberler': 'boilerplate/related-links',
    'Yorumlar (2)': 'boilerplate/comment-section',
    'Yorum Yap': 'boilerplate/comment-section',
  },
  id: {
    'Kami menggunakan cookie': 'boilerplate/cookie-banner',
    'Bagikan | Cetak | Simpan': 'boilerplate/page-controls',
    'Berita Terkait': 'boilerplate/related-links',
    'Komentar (2)': 'boilerplate/comment-section',
    'Tulis komentar': 'boilerplate/comment-section',
  },
}

/** What `clean()` reads from each whole page, written by hand from the page. */
const PAGE_METADATA: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ru: {
    language: 'ru',
    title: 'В Заречном открыли первую в области библиотеку вещей',
    author: 'Ольга Смирнова',
    date: '2026-12-07T14:30',
    source: 'пресс-служба администрации города',
    credits: { photographer: ['Иван Петров'] },
    commentCount: 2,
    copyright: { holder: 'Городские вести', year: 2026 },
    breadcrumb: ['Главная', 'Общество', 'Город'],
  },
  nl: {
    language: 'nl',
    title: 'Bibliotheek in Houten leent voortaan ook gereedschap uit',
    author: 'Sanne Bakker en Pieter van den Berg',
    date: '2026-12-07T14:30',
    source: 'gemeente Houten',
    credits: { photographer: ['Marleen Visser'] },
    commentCount: 2,
    copyright: { holder: 'Dagblad Voorbeeld', year: 2026 },
  },
  pl: {
    language: 'pl',
    title: 'W Grodzisku ruszyła wypożyczalnia sprzętu przy bibliotece',
    author: 'Katarzyna Wiśniewska',
    date: '2026-12-07T14:30',
    source: 'Urząd Miasta Grodzisk',
    credits: { photographer: ['Tomasz Zieliński'] },
    commentCount: 2,
    copyright: { holder: 'Gazeta Przykładowa', year: 2026 },
    breadcrumb: ['Strona główna', 'Region', 'Mazowsze'],
  },
  tr: {
    language: 'tr',
    title: "Eskişehir'de kütüphane artık matkap ve çadır da ödünç veriyor",
    author: 'Zeynep Arslan',
    date: '2026-12-07T14:30',
    source: 'Eskişehir Büyükşehir Belediyesi',
    credits: { photographer: ['Emre Kaya'] },
    commentCount: 2,
    copyright: { holder: 'Örnek Gazete', year: 2026 },
    breadcrumb: ['Ana Sayfa', 'Yaşam', 'Eskişehir'],
  },
  id: {
    language: 'id',
    title: 'Perpustakaan di Bandung kini meminjamkan bor dan tenda',
    author: 'Dewi Lestari',
    date: '2026-12-07T14:30',
    source: 'Antara',
    credits: { editor: ['Rudi Hartono'] },
    commentCount: 2,
    copyright: { holder: 'Harian Contoh', year: 2026 },
    breadcrumb: ['Beranda', 'Nasional', 'Jawa Barat'],
  },
}

describe('boilerplate lexicons for Russian, Dutch, Polish, Turkish and Indonesian', () => {
  for (const lang of Object.keys(PAGE_RULES)) {
    it(`should clean a whole ${lang} news page to its article and read its metadata`, () => {
      const result = clean(read(`${lang}.txt`))
      expect(result.body.trim()).toBe(expected(lang))
      expect(result.metadata).toMatchObject(PAGE_METADATA[lang]!)
      for (const [line, rule] of Object.entries(PAGE_RULES[lang]!)) {
        const removal = result.removed.find((r) => r.text === line) ?? result.removed.find((r) => r.text.startsWith(line))
        expect(removal?.rule, line).toBe(rule)
      }
    })
  }

  languageCaseTests(cases as Record<string, RuleCase[]>)
})

describe('the new lexicons against English and each other', () => {
  const lex = compileLexicon({})

  it('should read no new control, heading or login word as an English line', () => {
    for (const line of ['Door', 'Son', 'Meer', 'Deel', 'Jam', 'Editor', 'Populair', 'Geri']) {
      expect(lex.relatedHeading.test(line), line).toBe(line === 'Populair')
      expect(lex.loginPrompt.test(line), line).toBe(false)
    }
    for (const line of ['Door', 'Son', 'Open', 'Home page design', 'Close the door']) expect(lex.control.test(line), line).toBe(false)
  })

  it('should take a subheading opening with the comment word for prose, on that language’s page only', () => {
    expect(opensProse('ru', 'Комментарии экспертов')).toBe(true)
    expect(opensProse('ru', 'Комментарии (5)')).toBe(false)
    expect(opensProse('nl', 'Reacties uit de politiek')).toBe(true)
    expect(opensProse('pl', 'Komentarze ekspertów')).toBe(true)
    expect(opensProse('tr', 'Yorumlar ve tepkiler')).toBe(true)
    expect(opensProse('id', 'Komentar Menteri Keuangan')).toBe(true)
    expect(opensProse('en', 'Reacties uit de politiek')).toBe(false)
  })

  it('should list each Turkish phrase in the capital forms the matcher folds to', () => {
    expect(withTurkishCapitals(['ilgili haberler'])).toEqual(['ilgili haberler', 'İlgili haberler', 'İlgİlİ haberler'])
    expect(withTurkishCapitals(['tüm hakları saklıdır'])).toEqual(['tüm hakları saklıdır', 'tüm haklari saklidir'])
    expect(lex.relatedHeading.test('İlgili Haberler')).toBe(true)
    expect(lex.relatedHeading.test('İLGİLİ HABERLER')).toBe(true)
    expect(lex.copyright.test('TÜM HAKLARI SAKLIDIR')).toBe(true)
    expect(lex.control.test('PAYLAŞ | YAZDIR')).toBe(true)
  })

  it('should register the five languages', () => {
    for (const lang of ['ru', 'nl', 'pl', 'tr', 'id']) expect(BOILERPLATE_LEXICONS[lang], lang).toBeDefined()
  })
})
