import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { classifyHtmlBlocks, classifyText, expectedArticle, PARAGRAPHS } from './helpers.js'

const ORG = 'boilerplate/about-organisation'
const BIO = 'boilerplate/author-bio'

/** Blocks separated by blank lines. */
function page(...blocks: readonly string[]): string {
  return blocks.join('\n\n')
}

/** The rule that removed the span holding `text`, undefined when it was kept. */
function ruleOf(result: ReturnType<typeof classifyText>, text: string): string | undefined {
  return result.removed.find((r) => r.text.includes(text))?.rule
}

/** A language's article and the closing section of a press release after it: every section line goes. */
interface SectionCase {
  readonly paragraphs: readonly string[]
  readonly section: readonly string[]
}

const ZH_PARAGRAPHS = [
  '星河科技周三宣布在成都新建一座研发中心，预计未来三年内新增约六百个工作岗位，主要从事工业机器人控制软件的开发与测试。',
  '公司表示，新中心的总投资约为八亿元，首期工程将于明年春季完工，届时将有两百多名工程师从北京和深圳的团队调入成都。',
  '成都市有关部门负责人说，这一项目符合当地发展智能制造的规划，市里将在人才落户和住房补贴方面给予一定的支持。',
  '业内分析人士认为，随着制造企业加快自动化改造，国内工业软件市场在今后几年仍将保持较快增长，人才竞争也会更加激烈。',
]

const CASES: Readonly<Record<string, SectionCase>> = {
  en: {
    paragraphs: PARAGRAPHS,
    section: [
      'About Brightwater Fibre Networks Inc.',
      'Brightwater Fibre Networks Inc. (TSX: BFN) is a builder and operator of open-access fibre networks in rural regions, serving more than 300,000 homes and businesses.',
      'Founded in 2011, Brightwater has its head office in Halifax and employs 1,200 people across four provinces.',
      'For more information, visit www.brightwater.example.',
      'Forward-Looking Statements',
      'This press release contains forward-looking statements about the expected timing and cost of the network build. Actual results may differ materially from those expressed or implied in such statements.',
      'Media contact:',
      'Priya Raman',
      'Communications Manager',
      'priya.raman@brightwater.example',
      '+1 902 555 0147',
    ],
  },
  de: {
    paragraphs: expectedArticle('de').split(/\n{2,}/u).slice(0, 4),
    section: [
      'Über die Lindqvist Logistik AG',
      'Die Lindqvist Logistik AG ist ein Anbieter von Lager- und Transportdienstleistungen mit Sitz in Bremen und beschäftigt rund 2.400 Mitarbeiterinnen und Mitarbeiter an 18 Standorten.',
      'Pressekontakt:',
      'Jana Vogel',
      'presse@lindqvist.example',
      'Telefon: +49 421 555 3810',
    ],
  },
  fr: {
    paragraphs: expectedArticle('fr').split(/\n{2,}/u).slice(0, 4),
    section: [
      'À propos d’Orvalis',
      'Fondée en 2004, Orvalis conçoit et installe des systèmes d’éclairage public à basse consommation pour plus de 900 communes en France et en Belgique.',
      'Contact presse :',
      'Camille Roux – camille.roux@orvalis.example – 01 45 55 62 18',
    ],
  },
  es: {
    paragraphs: expectedArticle('es').split(/\n{2,}/u).slice(0, 4),
    section: [
      'Acerca de Semillas del Cierzo',
      'Semillas del Cierzo es una cooperativa agrícola aragonesa que produce y distribuye semillas de variedades locales desde 1997 y agrupa a 140 socios.',
      'Contacto de prensa:',
      'Lucía Ferrer, lucia.ferrer@cierzo.example, +34 976 555 201',
    ],
  },
  pt: {
    paragraphs: expectedArticle('pt').split(/\n{2,}/u).slice(0, 4),
    section: [
      'Sobre a Editora Margem',
      'A Editora Margem é uma editora independente de Belo Horizonte, especializada em literatura infantojuvenil, com mais de 400 títulos publicados desde 2003.',
      'Assessoria de imprensa:',
      'imprensa@margem.example | (31) 5555-0192',
    ],
  },
  it: {
    paragraphs: expectedArticle('it').split(/\n{2,}/u).slice(0, 4),
    section: [
      'Informazioni su Rivolta Meccanica',
      'Rivolta Meccanica è una rete di laboratori di riparazione nata a Trento nel 2015, che oggi conta 35 sedi e oltre 600 volontari in tutto il Trentino.',
      'Ufficio stampa:',
      'stampa@rivolta.example – 0461 555 774',
    ],
  },
  zh: {
    paragraphs: ZH_PARAGRAPHS,
    section: [
      '关于星河科技有限公司',
      '星河科技有限公司成立于2008年，总部位于北京，是一家专注于工业机器人控制系统的高新技术企业，产品已进入二十多个国家和地区。',
      '媒体联系人：刘晓',
      '电话：010-55512345',
      '邮箱：press@xinghe.example',
    ],
  },
}

describe('about-organisation: a press release closing section after the article', () => {
  for (const [lang, c] of Object.entries(CASES)) {
    it(`should drop the heading, paragraphs, legal notice and contact lines after the article (${lang})`, () => {
      const result = classifyText(page(...c.paragraphs, ...c.section))
      for (const p of c.paragraphs) expect(result.body).toContain(p)
      for (const line of c.section) expect(ruleOf(result, line), line).toBe(ORG)
    })

    it(`should keep the section when the article's paragraphs go on after it (${lang})`, () => {
      const [p0, p1, p2, p3] = c.paragraphs as [string, string, string, string]
      const [heading, paragraph] = c.section as [string, string]
      const result = classifyText(page(p0, p1, heading, paragraph, p2, p3))
      expect(result.body).toContain(heading)
      expect(result.body).toContain(paragraph)
    })
  }

  it('should read the name from a heading in capitals and drop two partners’ sections in a row', () => {
    const result = classifyText(
      page(
        ...PARAGRAPHS,
        'ABOUT HOLLOWAY MARINE',
        'Holloway Marine designs and builds electric ferries for inland waterways and has delivered 40 vessels since 2016.',
        'About Tessaro Energy',
        'Tessaro Energy, a subsidiary of a regional utility, operates charging stations at 12 ports on the Great Lakes.',
        'Tessaro Energy’s charging network is the largest of its kind in North America.',
      ),
    )
    for (const p of PARAGRAPHS) expect(result.body).toContain(p)
    for (const line of ['ABOUT HOLLOWAY MARINE', 'Holloway Marine designs', 'About Tessaro Energy', 'Tessaro Energy, a subsidiary', 'charging network is the largest']) {
      expect(ruleOf(result, line), line).toBe(ORG)
    }
  })

  it('should read a short form of the name and a name with a capital or digit inside', () => {
    const result = classifyText(page(...PARAGRAPHS, 'About nexaPoint Systems', 'nexaPoint offers route-planning software to 2,000 delivery fleets and is based in Leeds.', 'Contact: press@nexapoint.example'))
    for (const line of ['About nexaPoint Systems', 'nexaPoint offers', 'press@nexapoint.example']) expect(ruleOf(result, line), line).toBe(ORG)
  })

  it('should keep a subheading about a project and its paragraphs', () => {
    for (const heading of ['About the project', 'About the Project', 'ABOUT THE PROJECT']) {
      const result = classifyText(
        page(...PARAGRAPHS, heading, 'The project was started in 2019 by three teachers who wanted their pupils to map the river.', 'So far 400 pupils have taken part, and the maps are shown in the town library.'),
      )
      expect(result.body, heading).toContain(heading)
      expect(result.body).toContain('The project was started in 2019')
    }
  })

  it('should keep a paragraph that starts with About and a number', () => {
    const line = 'About 300 people attended the meeting at the town hall, and many of them asked when the first villages would be connected.'
    const result = classifyText(page(...PARAGRAPHS, line))
    expect(result.body).toContain(line)
    expect(ruleOf(result, 'About 300 people')).toBeUndefined()
  })

  it('should keep a heading whose paragraph does not open with the name as a sentence about it', () => {
    for (const paragraph of [
      'The company said it would hire 200 more engineers next year, most of them in its new plant near the river.',
      'Halvorsen Dairy CEO Ingrid Moe said the cooperative would pay farmers more for organic milk from next spring.',
    ]) {
      const result = classifyText(page(...PARAGRAPHS, 'About Halvorsen Dairy', paragraph))
      expect(result.body).toContain(paragraph)
      expect(ruleOf(result, 'About Halvorsen Dairy')).not.toBe(ORG)
    }
  })

  it('should keep a section with more paragraphs than a boilerplate has', () => {
    const section = [
      'About Halvorsen Dairy',
      'Halvorsen Dairy is a cooperative of 80 farms in the valley, founded by six families after the war.',
      'Halvorsen Dairy was nearly sold in 1998, when milk prices fell and half of the farms left the cooperative.',
      'Halvorsen Dairy survived by switching to cheese, which it now exports to eleven countries in Europe.',
      'Halvorsen Dairy now plans a visitor centre where schools can watch the cheese being made and aged.',
    ]
    const result = classifyText(page(...PARAGRAPHS, ...section))
    for (const line of section) expect(ruleOf(result, line), line).not.toBe(ORG)
  })

  it('should keep the section when no article stands before it', () => {
    const section = ['About Halvorsen Dairy Inc.', 'Halvorsen Dairy Inc. is a cooperative of 80 farms in the valley, founded by six families after the war.', 'Home', 'Contact']
    expect(ruleOf(classifyText(page(...section)), 'Halvorsen Dairy Inc. is')).toBeUndefined()
    expect(ruleOf(classifyText(page(...PARAGRAPHS, ...section)), 'Halvorsen Dairy Inc. is')).toBe(ORG)
  })

  it('should keep a forward-looking statements section that no organisation section comes before (a filing)', () => {
    const legal = [
      'Forward-Looking Statements',
      'This annual report contains forward-looking statements about our revenue, margins and capital spending, which involve risks and uncertainties that could cause actual results to differ materially.',
      'We undertake no obligation to update any forward-looking statement, whether as a result of new information, future events or otherwise, except as required by law.',
    ]
    const result = classifyText(page(...PARAGRAPHS, ...legal))
    for (const line of legal) expect(result.body).toContain(line)
  })

  it('should leave a person’s bio box to the author-bio rule', () => {
    const result = classifyText(page('By Dana Whitfield', ...PARAGRAPHS, 'About Dana Whitfield', 'Dana Whitfield is a staff writer who has covered the waterfront and city hall since 2014.'))
    expect(ruleOf(result, 'About Dana Whitfield')).toBe(BIO)
    expect(ruleOf(result, 'Dana Whitfield is a staff writer')).toBe(BIO)
  })

  it('should drop the section from blocks that came from HTML', () => {
    const c = CASES.en!
    const doc = classifyHtmlBlocks([...c.paragraphs, ...c.section])
    const verdicts = doc.blocks.map((b) => (b.verdict === 'boilerplate' ? b.rule : undefined))
    expect(verdicts.slice(0, c.paragraphs.length)).toEqual(c.paragraphs.map(() => undefined))
    expect(verdicts.slice(c.paragraphs.length)).toEqual(c.section.map(() => ORG))
  })

  it('should list each removal with its offsets in the input (clean)', () => {
    const c = CASES.en!
    const input = page('Brightwater Opens Network in Three Counties', ...c.paragraphs, ...c.section)
    const result = clean(input)
    for (const p of c.paragraphs) expect(result.body).toContain(p)
    const ours = result.removed.filter((r) => r.rule === ORG)
    expect(ours.map((r) => r.text)).toEqual(c.section)
    for (const r of ours) expect(input.slice(r.start, r.end)).toBe(r.text)
    expect(clean(input, { disable: [ORG] }).body).toContain('Brightwater Fibre Networks Inc. (TSX: BFN) is a builder')
  })

  it('should drop sections for made-up organisation names and keep the article (property)', () => {
    const word = fc.tuple(fc.constantFrom(...'BCDFGHKLMNPRSTVZ'), fc.stringMatching(/^[aeiou][a-z]{2,6}$/u)).map(([a, b]) => a + b)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('is a maker of', 'operates', ', a subsidiary of a regional group, runs'), (words, verb) => {
        const name = words.join(' ')
        const heading = `About ${name}`
        const paragraph = `${name}${verb.startsWith(',') ? '' : ' '}${verb} solar farms in four countries and employs 900 people.`
        const result = classifyText(page(...PARAGRAPHS, heading, paragraph))
        for (const p of PARAGRAPHS) expect(result.body).toContain(p)
        expect(ruleOf(result, heading)).toMatch(/^boilerplate\/(about-organisation|author-bio)$/u)
        expect(result.body).not.toContain(paragraph)
      }),
      { numRuns: 60 },
    )
  })
})

describe('author-bio: named boxes with an elided or compound label', () => {
  const cases: readonly (readonly [string, readonly string[], string, string])[] = [
    ['fr', expectedArticle('fr').split(/\n{2,}/u).slice(0, 4), 'À propos d’Élodie Martin', 'Élodie Martin est journaliste au service Société depuis 2012 et a couvert les élections régionales.'],
    ['fr', expectedArticle('fr').split(/\n{2,}/u).slice(0, 4), "A propos d'Yves Lebrun", "Yves Lebrun est rédacteur en chef adjoint et s'intéresse aux questions d'énergie."],
    ['it', expectedArticle('it').split(/\n{2,}/u).slice(0, 4), 'A proposito di Giulia Rossi', 'Giulia Rossi è giornalista professionista e scrive di ambiente e di economia del territorio.'],
  ]
  for (const [lang, paragraphs, label, bio] of cases) {
    it(`should drop the box under ${label} (${lang})`, () => {
      const result = classifyText(page(...paragraphs, label, bio))
      for (const p of paragraphs) expect(result.body).toContain(p)
      expect(ruleOf(result, label)).toBe(BIO)
      expect(ruleOf(result, bio)).toBe(BIO)
    })
  }

  it('should keep an elided label whose paragraph is not about the name', () => {
    const paragraphs = expectedArticle('fr').split(/\n{2,}/u).slice(0, 4)
    const result = classifyText(page(...paragraphs, 'À propos d’Élodie Martin', 'La mairie publiera le bilan des économies d’énergie à la fin de l’année prochaine.'))
    expect(result.body).toContain('La mairie publiera le bilan')
  })
})
