import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { BOILERPLATE_LEXICONS, compileLexicon, opensProse, withApostropheTwins } from '../../src/lexicon/boilerplate/index.js'
import { MAX_FILTERED_PHRASES } from '../../src/lexicon/boilerplate/matcher.js'
import cases from './cases/languages.json' with { type: 'json' }
import { expectedArticle, languageCaseTests, readPage, type RuleCase } from './helpers.js'


const read = readPage
const expected = expectedArticle

/**
 * Lines of each whole page that a lexicon rule of that language must drop, with the rule. Before these
 * lexicons the shape rules dropped most of them too (they lie outside the article), under their own ids,
 * and a line between paragraphs stayed.
 */
const PAGE_RULES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {
    'Wir verwenden Cookies': 'boilerplate/cookie-banner',
    'Teilen | Drucken | Link kopieren': 'boilerplate/page-controls',
    'Newsletter abonnieren': 'boilerplate/newsletter-prompt',
    'Mehr zum Thema': 'boilerplate/related-links',
    'Kommentare (2)': 'boilerplate/comment-section',
    'Impressum | Datenschutz': 'boilerplate/copyright-footer',
  },
  fr: {
    'Partager | Imprimer': 'boilerplate/page-controls',
    'Inscrivez-vous à notre newsletter': 'boilerplate/newsletter-prompt',
    'À lire aussi': 'boilerplate/related-links',
    '3 commentaires': 'boilerplate/comment-section',
    'Mentions légales': 'boilerplate/copyright-footer',
  },
  es: {
    'Utilizamos cookies propias': 'boilerplate/cookie-banner',
    'Compartir en Facebook': 'boilerplate/page-controls',
    'Noticias relacionadas': 'boilerplate/related-links',
    'Suscríbete a nuestro boletín': 'boilerplate/newsletter-prompt',
    'Comentarios (2)': 'boilerplate/comment-section',
    'Aviso legal': 'boilerplate/copyright-footer',
  },
  pt: {
    'Compartilhar no Facebook': 'boilerplate/page-controls',
    'Leia também': 'boilerplate/related-links',
    'Assine nossa newsletter': 'boilerplate/newsletter-prompt',
    'Comentários (2)': 'boilerplate/comment-section',
  },
  it: {
    'Questo sito utilizza cookie': 'boilerplate/cookie-banner',
    '© RIPRODUZIONE RISERVATA': 'boilerplate/copyright-footer',
    'Condividi su Facebook': 'boilerplate/page-controls',
    'Leggi anche': 'boilerplate/related-links',
    'Iscriviti alla nostra newsletter': 'boilerplate/newsletter-prompt',
    'Commenti (2)': 'boilerplate/comment-section',
    'Note legali': 'boilerplate/copyright-footer',
  },
}

describe('boilerplate lexicons for German, French, Spanish, Portuguese and Italian', () => {
  for (const lang of Object.keys(PAGE_RULES)) {
    it(`should clean a whole ${lang} news page to its article`, () => {
      const result = clean(read(`${lang}.txt`))
      expect(result.body.trim()).toBe(expected(lang))
      for (const [line, rule] of Object.entries(PAGE_RULES[lang]!)) {
        const removal = result.removed.find((r) => r.text === line) ?? result.removed.find((r) => r.text.startsWith(line))
        expect(removal?.rule, line).toBe(rule)
      }
    })
  }

  languageCaseTests(cases as Record<string, RuleCase[]>)
})

describe('lexicon phrases across languages', () => {
  const lex = compileLexicon({})

  it('should match a phrase with either apostrophe', () => {
    expect(lex.control.test('Écouter l’article')).toBe(true)
    expect(lex.control.test("Écouter l'article")).toBe(true)
    expect(lex.relatedHeading.test('Editor’s picks')).toBe(true)
    expect(withApostropheTwins(['l’auteur', 'plain'])).toEqual(['l’auteur', 'plain', "l'auteur"])
  })

  it('should read no new control as an English word, so English lines stay prose', () => {
    for (const line of ['Start', 'Stampa', 'Plus', 'Salve', 'Fine', 'Stop', 'Home page design']) expect(lex.control.test(line)).toBe(false)
  })

  it('should take a French subheading that opens with Comment for prose, on French pages only', () => {
    expect(opensProse('fr', 'Comment fonctionne le dispositif')).toBe(true)
    expect(opensProse('fr', 'Comment l’Europe a changé')).toBe(true)
    expect(opensProse('fr', 'Comment (3)')).toBe(false)
    expect(opensProse('fr', 'Commentaires')).toBe(false)
    expect(opensProse('en', 'Comment on this story')).toBe(false)
    expect(opensProse(undefined, 'Comment fonctionne le dispositif')).toBe(false)
  })

  it('should keep the cookie scan small enough for its needle filter, every phrase but the English three naming cookies', () => {
    // Every paragraph of up to 80 words is scanned for cookie phrases: a regex of a few needles passes most by.
    const phrases = withApostropheTwins(Object.values(BOILERPLATE_LEXICONS).flatMap((l) => l.cookie))
    expect(phrases.length).toBeLessThanOrEqual(MAX_FILTERED_PHRASES)
    // `cookie`, Turkish `çerez` (in any case form: `erez`), Korean `쿠키`, Arabic `الارتباط`, Hindi `कुकी`, Thai `คุกกี้`.
    expect(phrases.filter((p) => !/cookie|erez|쿠키|الارتباط|कुकी|คุกกี้/iu.test(p))).toHaveLength(3)
  })
})
