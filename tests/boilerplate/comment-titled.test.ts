import { describe, expect, it } from 'vitest'
import { isCommentCounter, isCommentLabel, isTitledCounter } from '../../src/boilerplate/rules/comment-section.js'
import { clean } from '../../src/index.js'
import { COUNT_WORDS } from '../../src/lexicon/boilerplate/count-words.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import pages from './cases/cut-pages.json' with { type: 'json' }
import { classifyText, readPage } from './helpers.js'

const lex = compileLexicon({})
const COMMENT = 'boilerplate/comment-section'
const label = (text: string): boolean => isCommentLabel(text, /[.!?。！？]$/u.test(text), /\d/u.test(text), lex)

// WordPress comment headings: a count (digits or a word), the words before the title, the post's title in quotes.
const TITLED: Readonly<Record<string, readonly string[]>> = {
  en: [
    '34 thoughts on “Why the night bus stops at the depot”', 'One thought on “Winter hours at the pool”',
    'One response to "Notes from the allotment"', 'Two comments on ‘The bridge repairs’', '3 replies on “Ten days of rain”',
    'One Reply to “Moving the market”', '12 responses to "A much longer title of a post that runs to fifteen words or so here"',
    '5 comments on «The harbour wall»:',
  ],
  fr: ['34 réflexions sur « Le marché du samedi »', 'Une réflexion sur « Le marché du samedi »', 'Deux réponses à « La piscine ferme en août »', '7 commentaires sur »La foire«'],
  de: ['34 Gedanken zu „Der neue Radweg“', 'Ein Gedanke zu „Der neue Radweg“', 'Zwei Antworten auf „Sommerfest im Hof“', '3 Kommentare zu »Die Brücke«'],
  es: ['34 comentarios en «La feria de abril»', 'Un comentario en «La feria de abril»', 'Una respuesta a «Obras en la plaza»', '3 pensamientos sobre “El mercado”'],
  pt: ['34 comentários em “A feira de domingo”', 'Um comentário em “A feira de domingo”', 'Uma resposta para “Obras na ponte”', 'Duas respostas a “O mercado”'],
  it: ['34 commenti su “La sagra del paese”', 'Un pensiero su “La sagra del paese”', 'Una risposta a “Lavori in piazza”', '4 pensieri su “Il mercato”'],
  nl: ['34 gedachten over “De nieuwe fietsbrug”', 'Eén gedachte over “De nieuwe fietsbrug”', 'Twee reacties op “Markt op zaterdag”'],
  pl: ['12 odpowiedzi na „Nowa ścieżka rowerowa”', 'Jedna myśl na temat „Nowa ścieżka rowerowa”', '5 komentarzy do „Targ w sobotę”'],
  ru: ['12 ответов на «Новая велодорожка»', 'Одна мысль о «Новая велодорожка»', '5 комментариев к записи «Рынок по субботам»'],
  id: ['12 tanggapan untuk “Jalur sepeda baru”', 'Satu pemikiran pada “Jalur sepeda baru”', '5 komentar pada “Pasar hari Sabtu”'],
  vi: ['12 bình luận về “Làn xe đạp mới”', 'Một suy nghĩ về “Làn xe đạp mới”', 'Hai phản hồi cho 「Chợ phiên thứ bảy」'],
}

// Sentences and headings with a count, a comment word and quotes that are no counter: a lead before the
// count, a word that is no count, quotes that do not end the line, a full stop after them, no quotes.
const NOT_TITLED: Readonly<Record<string, readonly string[]>> = {
  en: [
    'The agency received 34 comments on the draft rule from the public.', 'Readers left 34 comments on “The bridge repairs”',
    'Some thoughts on “The bridge repairs”', 'My thoughts on “Dune”', 'One thought on the budget', '34 thoughts on “Dune”.',
    'One response to “the crisis” came from the mayor', 'Three comments on "" ', 'One of the comments on “Dune”',
  ],
  fr: ['Quelques réflexions sur « Le marché du samedi »', 'Le maire a reçu 34 réponses à « la consultation » cette semaine.', 'Une réponse à « la crise » du logement'],
  de: ['Einige Gedanken zu „Der neue Radweg“', 'Die Stadt bekam 34 Antworten auf „Mehr Grün“ aus der Bürgerschaft', 'Meine Gedanken zu „Dune“'],
  es: ['Mis pensamientos sobre «La feria de abril»', 'El ayuntamiento publicó 12 respuestas a «la consulta» del barrio.'],
  pt: ['Alguns pensamentos sobre “A feira de domingo”', 'A prefeitura recebeu 12 respostas a “a consulta” sobre o parque.'],
  it: ['Alcuni pensieri su “La sagra del paese”', 'Il comune ha ricevuto 12 risposte a “la consultazione” sul parco.'],
  nl: ['Enkele gedachten over “De nieuwe fietsbrug”'],
  pl: ['Moje myśli na temat „Nowa ścieżka rowerowa”'],
  ru: ['Мои мысли о «Новая велодорожка»', 'Мэрия получила 12 ответов на «опрос» о парке.'],
  id: ['Beberapa pemikiran pada “Jalur sepeda baru”'],
  vi: ['Vài suy nghĩ về “Làn xe đạp mới”'],
}

describe('comment counters over a quoted post title', () => {
  for (const [lang, lines] of Object.entries(TITLED)) {
    it(`should read a count, its words and a quoted title that ends the line as a counter (${lang})`, () => {
      for (const line of lines) {
        expect(isCommentCounter(line, lex), line).toBe(true)
        expect(isTitledCounter(line, lex), line).toBe(true)
        expect(label(line), line).toBe(true)
      }
    })
  }

  for (const [lang, lines] of Object.entries(NOT_TITLED)) {
    it(`should not read a sentence or heading with a count, a comment word and quotes as a counter (${lang})`, () => {
      for (const line of lines) {
        expect(isCommentCounter(line, lex), line).toBe(false)
        expect(isTitledCounter(line, lex), line).toBe(false)
        expect(label(line), line).toBe(false)
      }
    })
  }

  it('should read a counter with its title as one, however the title is quoted', () => {
    const quotes: readonly (readonly [string, string])[] = [
      ['“', '”'], ['"', '"'], ['„', '“'], ['„', '”'], ['«', '»'], ['« ', ' »'], ['»', '«'], ['‘', '’'], ['「', '」'], ['『', '』'], ['‹', '›'],
    ]
    for (const [open, close] of quotes) {
      expect(isTitledCounter(`One thought on ${open}Spring at the allotment${close}`, lex), open + close).toBe(true)
    }
  })

  it('should take no word but a count before the comment words (`Some`, `My`, `A`)', () => {
    for (const w of ['Some', 'My', 'A', 'Final', 'Many', 'Eleven']) expect(isTitledCounter(`${w} thoughts on “The old mill”`, lex), w).toBe(false)
  })
})

// Headings that write the post's title first (WordPress in Turkish, Chinese, Japanese, Korean), the count in
// digits or, in Turkish, as a word.
const TITLE_FIRST: Readonly<Record<string, readonly string[]>> = {
  tr: ['“Köprü onarımı” üzerine 3 düşünce', '“Köprü onarımı” üzerine bir düşünce', '"Pazar yeri taşınıyor" için 12 yorum', '“Yağmurlu on gün” hakkında 2 yorum:'],
  zh: ['《河边的新步道》有3条评论', '“河边的新步道”的12条评论', '《周末早市》有1条评论', '「周末早市」的2条回复'],
  ja: ['「川沿いの新しい遊歩道」への3件のコメント', '“週末の朝市” への12件のフィードバック', '『朝市』に2件のコメント'],
  ko: ['"강변 산책로"에 대한 3개의 댓글', '“주말 장터”에 대한 1개의 생각', '「주말 장터」에 12개의 댓글'],
}

// Lines that open with a quoted title and have a number after it, but are no counter: other words after
// the count, other words before it, a sentence going on after the counter's words.
const NOT_TITLE_FIRST: Readonly<Record<string, readonly string[]>> = {
  tr: ['“Köprü onarımı” kitabı 3 bölümden oluşuyor', '“Köprü onarımı” üzerine 3 düşünce yazısı', '“Köprü onarımı” üzerine 3 düşünce paylaştı.', '“Köprü onarımı” 3 düşünce'],
  zh: ['《河边的新步道》有3个版本', '“河边的新步道”的3条建议', '《周末早市》共有3条评论和5个赞'],
  ja: ['「川沿いの新しい遊歩道」への3件の応募', '「朝市」について3件のコメントが寄せられた'],
  ko: ['"강변 산책로"에 대한 3개의 질문', '"강변 산책로"에 대한 3개의 댓글이 달렸다'],
}

describe('comment counters that write the quoted post title first', () => {
  for (const [lang, lines] of Object.entries(TITLE_FIRST)) {
    it(`should read a quoted title, then its lexicon's words around a count, as a counter (${lang})`, () => {
      for (const line of lines) {
        expect(isCommentCounter(line, lex), line).toBe(true)
        expect(isTitledCounter(line, lex), line).toBe(true)
      }
    })
  }

  for (const [lang, lines] of Object.entries(NOT_TITLE_FIRST)) {
    it(`should not read a line that quotes a title and a number as a counter (${lang})`, () => {
      for (const line of lines) {
        expect(isCommentCounter(line, lex), line).toBe(false)
        expect(isTitledCounter(line, lex), line).toBe(false)
        expect(label(line), line).toBe(false)
      }
    })
  }

  it('should read the title-first counter through a user lexicon template', () => {
    const line = '“Köprü onarımı” altında 3 görüş'
    expect(isTitledCounter(line, lex)).toBe(false)
    expect(isTitledCounter(line, compileLexicon({ tr: { commentsAfterTitle: ['altında#görüş'] } }))).toBe(true)
  })
})

// The whole pages of tests/boilerplate/cases/pages with their comment label replaced by a title-first counter.
const TITLE_FIRST_PAGES: readonly (readonly [string, string, string, number])[] = [
  ['tr', 'Yorumlar (2)', "“Eskişehir'de kütüphane artık matkap ve çadır da ödünç veriyor” üzerine 2 düşünce", 2],
  ['tr', 'Yorumlar (2)', "“Eskişehir'de kütüphane artık matkap ve çadır da ödünç veriyor” üzerine bir düşünce", 1],
  ['ja', 'コメント(3)', '「市立図書館、工具や楽器の貸し出しを来春開始」への3件のコメント', 3],
  ['ko', '댓글 3', '"시립도서관, 내년 봄부터 공구·악기 빌려준다"에 대한 3개의 댓글', 3],
]

describe('clean(): a comment section under a counter that writes the title first', () => {
  for (const [lang, label, counter, count] of TITLE_FIRST_PAGES) {
    it(`should cut from ${JSON.stringify(counter)} and read its count (${lang})`, () => {
      const page = readPage(`${lang}.txt`)
      const lines = page.split('\n')
      const comment = lines[lines.indexOf(label) + 2]!
      const result = clean(page.replace(label, counter))
      expect(result.removed.find((r) => r.text === counter)?.rule).toBe(COMMENT)
      expect(result.body).not.toContain(comment)
      expect(result.metadata.commentCount).toBe(count)
    })
  }

  it('should cut from a Chinese title-first counter and keep the article', () => {
    const p = PAGES.zh!
    const article = [...p.before, ...p.after]
    const comments = p.comments.slice(1)
    for (const counter of [`《${p.title}》有2条评论`, `“${p.title}”的2条评论`]) {
      const result = clean([p.title, ...article, counter, ...comments].join('\n\n'))
      expect(result.removed.find((r) => r.text === counter)?.rule, counter).toBe(COMMENT)
      for (const para of article) expect(result.body, counter).toContain(para)
      expect(result.body, counter).not.toContain(comments[1]!)
      expect(result.metadata.commentCount, counter).toBe(2)
    }
  })

  it('should keep an article paragraph that opens with a quoted title and a number, and read no count from it', () => {
    const p = PAGES.en!
    const line = '“The Long Winter” sold 3 million copies in its first year, and the library still keeps two of them.'
    const result = clean([p.title, ...p.before, line, ...p.after].join('\n\n'))
    for (const para of [line, ...p.before, ...p.after]) expect(result.body).toContain(para)
    expect(result.metadata.commentCount).toBeUndefined()
  })
})

describe('count words', () => {
  it('should list ten counts per language, each form in lower case', () => {
    for (const [lang, counts] of Object.entries(COUNT_WORDS)) {
      expect(counts, lang).toHaveLength(10)
      for (const forms of counts) for (const w of forms) expect(w, lang).toBe(w.toLowerCase())
    }
  })

  it('should give every form one count across the languages, as the lexicons are merged', () => {
    const seen = new Map<string, number>()
    for (const counts of Object.values(COUNT_WORDS)) {
      counts.forEach((forms, n) => {
        for (const w of forms) {
          expect(seen.get(w) ?? n + 1, w).toBe(n + 1)
          seen.set(w, n + 1)
        }
      })
    }
  })
})

interface Page {
  title: string
  before: string[]
  after: string[]
  comments: string[]
}

const PAGES = pages as Record<string, Page>
// A counter in each language of the page fixtures, one with the count as a word.
const COUNTER: Readonly<Record<string, readonly [string, string]>> = {
  en: ['2 thoughts on “Council doubles heating grants for older homes”', 'Two thoughts on “Council doubles heating grants for older homes”'],
  fr: ['2 réflexions sur « Dans la Drôme, les familles rurales se convertissent au chauffage au bois »', 'Deux réponses à « Le chauffage au bois »'],
  it: ['2 commenti su “Il riscaldamento a legna nelle valli”', 'Due risposte a “Il riscaldamento a legna”'],
  es: ['2 comentarios en «La calefacción de leña en los pueblos»', 'Dos respuestas a «La calefacción de leña»'],
  de: ['2 Gedanken zu „Holzheizungen auf dem Land“', 'Zwei Antworten auf „Holzheizungen auf dem Land“'],
  pt: ['2 comentários em “O aquecimento a lenha no interior”', 'Duas respostas para “O aquecimento a lenha”'],
  vi: ['2 bình luận về “Sưởi ấm bằng củi ở nông thôn”', 'Hai phản hồi cho “Sưởi ấm bằng củi”'],
}

describe('clean(): a comment section under a counter over the post title', () => {
  for (const [lang, [digits, word]] of Object.entries(COUNTER)) {
    const p = PAGES[lang]!
    const article = [...p.before, ...p.after]
    const comments = p.comments.slice(1)
    for (const counter of [digits, word]) {
      it(`should cut from ${JSON.stringify(counter)} and keep the article (${lang})`, () => {
        const result = clean([p.title, ...article, counter, ...comments].join('\n\n'))
        expect(result.removed.find((r) => r.text === counter)?.rule).toBe(COMMENT)
        for (const para of article) expect(result.body).toContain(para)
        expect(result.body).not.toContain(comments[1]!)
        // The count is read as metadata too, written in digits or as a word.
        expect(result.metadata.commentCount).toBe(2)
      })
    }
  }

  it('should cut at a counter whose title runs longer than a short label', () => {
    const p = PAGES.en!
    const counter = '12 responses to "What the council’s new heating grants mean for tenants, landlords and the owners of older homes"'
    const result = clean([p.title, ...p.before, ...p.after, counter, 'Ines says:', 'We are still waiting for the installer to call back.'].join('\n\n'))
    expect(result.removed.find((r) => r.text === counter)?.rule).toBe(COMMENT)
    expect(result.body).not.toContain('installer to call back')
    expect(result.metadata.commentCount).toBe(12)
  })

})

describe('clean(): an article that discusses comments, thoughts and responses', () => {
  const p = PAGES.en!
  const sentences = [
    'The agency received 34 comments on the draft rule from the public, most of them from owners of rented flats.',
    'Over the summer the council published 12 responses to “What should happen to the old depot?” on its website.',
    'Some thoughts on “heat pumps for everyone” were shared by the cabinet member at the end of the meeting.',
  ]

  it('should keep sentences with a count, a comment word and a quoted title, and the paragraphs after them', () => {
    for (const s of sentences) {
      const result = classifyText([p.title, ...p.before, s, ...p.after].join('\n\n'))
      for (const para of [s, ...p.before, ...p.after]) expect(result.body, s).toContain(para)
      expect(result.removed.some((r) => r.rule === COMMENT), s).toBe(false)
    }
  })

  it('should keep a long paragraph that ends in a quoted title, and the paragraphs after it', () => {
    const line = 'Among the 34 comments on the plan, one resident wrote only the title of a song: “Here Comes the Sun”'
    const result = classifyText([p.title, ...p.before, line, ...p.after].join('\n\n'))
    for (const para of [line, ...p.after]) expect(result.body).toContain(para)
  })

  it('should keep a subheading over a count of responses that the article’s paragraphs follow', () => {
    for (const heading of ['Two responses to “the tenants question”', '2 responses to “the tenants question”']) {
      const result = classifyText([p.title, p.before[0]!, p.before[1]!, heading, p.before[2]!, p.before[3]!, ...p.after].join('\n\n'))
      expect(result.body, heading).toContain(heading)
      for (const para of [...p.before, ...p.after]) expect(result.body, heading).toContain(para)
    }
  })

  it('should still cut at such a counter when a comment’s byline follows the paragraphs after it', () => {
    const counter = 'Two responses to “Council doubles heating grants”'
    const thread = [p.after[0]!, p.after[1]!, 'Ines says:', 'We applied in May and are still waiting.']
    const result = classifyText([p.title, ...p.before, counter, ...thread].join('\n\n'))
    expect(result.removed.find((r) => r.text === counter)?.rule).toBe(COMMENT)
    expect(result.body).not.toContain('still waiting')
  })
})
