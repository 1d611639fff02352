import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { adLabel, isAdLine } from '../../src/boilerplate/rules/ad-label.js'
import {
  AD_LINE_DECORATION, AD_SLOT_LINES, APP_PROMPT_LINES, APP_PROMPT_WORDS, CLICK_HERE_PHRASES, OPINION_PROMPT_LINES,
} from '../../src/lexicon/boilerplate/ad-labels.js'

const EN = [
  'The harbour authority approved a plan on Thursday to deepen the main shipping channel, a project that has been debated for more than a decade.',
  'Dredging is expected to begin next autumn and to take about eighteen months, during which the ferries will use a temporary berth further north.',
  'Fishing groups said they would watch the work closely, because the silt stirred up by the dredgers could drift onto the oyster beds along the coast.',
]
const DE = [
  'Der Stadtrat hat am Donnerstag beschlossen, die alte Markthalle zu sanieren, nachdem das Gebäude fast zehn Jahre lang leer gestanden hatte.',
  'Die Arbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern, in dieser Zeit ziehen die Händler auf den Platz vor dem Rathaus.',
  'Die Kosten von knapp acht Millionen Euro teilen sich die Stadt und das Land, der Bund beteiligt sich mit einem Zuschuss für den Denkmalschutz.',
]
const RU = [
  'Городская администрация в четверг утвердила план ремонта старого моста через реку, который закрыли для грузовиков ещё прошлой весной.',
  'Работы начнутся в апреле и продлятся около полутора лет, а на время ремонта рядом построят временную переправу для пешеходов и машин.',
  'Жители соседних улиц попросили власти ограничить ночные работы, потому что шум от техники мешал им спать во время прошлого ремонта.',
]
const ZH = [
  '市政府周四宣布，将对老城区的供水管网进行全面改造，预计工程将持续两年，总投资约为十二亿元，覆盖三十多个社区。',
  '负责该项目的官员表示，施工期间将分区域逐步停水，每次停水前至少提前三天通知居民，并在社区设置临时供水点。',
  '不少居民对此表示欢迎，他们说老旧管道经常漏水，夏天用水高峰时水压不足的问题已经困扰了他们很多年。',
]
const AR = [
  'أعلنت بلدية المدينة يوم الخميس عن خطة لتجديد السوق القديم الذي ظل مغلقا منذ سنوات بسبب تدهور حالة المبنى وتصدع جدرانه.',
  'وقال مسؤولون إن الأعمال ستبدأ في الربيع المقبل وتستمر نحو عامين، على أن ينتقل التجار خلالها إلى ساحة قريبة من مبنى البلدية.',
  'ورحب التجار بالخطة لكنهم طالبوا بتعويضات عن الخسائر التي قد يتكبدونها خلال فترة الإغلاق وبضمانات للعودة إلى محلاتهم.',
]

/** The page: the article's first paragraph, the line, then the other two; one line per block. */
function withLine(paras: readonly string[], line: string): string {
  return [paras[0], line, paras[1], paras[2]].join('\n\n')
}

describe('boilerplate/ad-label', () => {
  // Every listed language's label, and the slot notices, between English paragraphs: the rule reads no
  // document language (a page often carries another language's labels).
  it.each([
    'ADVERTISEMENT', 'Advertisement', 'Advert', 'Sponsored', 'AD', 'Story continues below advertisement',
    'Article continues below this ad', 'Scroll to continue with content', 'Continue reading below', 'Anzeige', 'Werbung',
    'Publicité', 'Publicidad', 'Publicidade', 'Pubblicità', 'Advertentie', 'Reklama', 'Reklam', 'Реклама', 'Iklan',
    'Quảng cáo', '广告', '廣告', '광고', '広告', 'إعلان', 'विज्ञापन', 'โฆษณา',
    // Decoration around the label, two notices on one line, and the case of the page.
    '- Advertisement -', '— ADVERTISEMENT —', '[广告]', '【廣告】', '▼ Anzeige ▼', '(Publicité)', '• Sponsored •',
    'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT', 'Advertisement - Story continues below', 'la suite après la publicité',
    'Dalsza część artykułu pod reklamą', 'Lees verder na de advertentie',
  ])('should drop an ad slot line between paragraphs and keep the article one run: %s', (line) => {
    const r = clean(withLine(EN, line))
    expect(r.body).toBe(EN.join('\n\n'))
    expect(r.removed.find((x) => x.text === line)?.rule).toBe(adLabel.id)
  })

  it.each([
    ['German', DE, 'Anzeige'],
    ['German, a notice', DE, 'Weiterlesen nach der Anzeige'],
    ['Russian', RU, 'РЕКЛАМА'],
    ['Chinese', ZH, '广告'],
    ['Chinese, bracketed', ZH, '[广告]'],
    ['Arabic', AR, 'إعلان'],
  ])('should drop an ad label between paragraphs of its own language: %s', (_note, paras, line) => {
    const r = clean(withLine(paras, line))
    expect(r.body).toBe(paras.join('\n\n'))
    expect(r.removed.find((x) => x.text === line)?.rule).toBe(adLabel.id)
  })

  it('should drop every slot of an article and keep all its paragraphs, in one pass', () => {
    const page = [EN[0], 'ADVERTISEMENT', EN[1], 'Story continues below advertisement', EN[2], 'Advertisement'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(EN.join('\n\n'))
    expect(r.removed.filter((x) => x.rule === adLabel.id).map((x) => x.text)).toEqual([
      'ADVERTISEMENT', 'Story continues below advertisement', 'Advertisement',
    ])
    // What was removed is where the input says it was.
    for (const x of r.removed) expect(page.slice(x.start, x.end)).toBe(x.text)
    expect(clean(r.body).body).toBe(r.body)
  })

  it.each([
    'Tell us what YOU think...', 'Let us know what you think in the comments below!', 'Have your say',
    'CLICK HERE TO GET THE ACME NEWS APP', 'GET ACME BUSINESS ON THE GO BY CLICKING HERE',
    'Click here to turn on notifications', 'Download our app', 'Get the app', 'Klicken Sie hier, um die App zu laden',
    'Cliquez ici pour télécharger notre application', 'Téléchargez l’application', '点击这里下载客户端',
  ])('should drop a promo line for the reader’s opinion or the site’s app: %s', (line) => {
    const r = clean(withLine(EN, line))
    expect(r.body).toBe(EN.join('\n\n'))
    expect(r.removed.find((x) => x.text === line)?.rule).toBe(adLabel.id)
  })

  it.each([
    'The advertisement was pulled after complaints.',
    'Sponsored by the city council, the festival returns to the old harbour this summer.',
    'Advertising',
    '广告法规定，广告不得含有虚假或者引人误解的内容。',
    // A "click here" line about the article's own material is its link, not a promo (see the rule's doc).
    'Click here to read the full report',
    'CLICK FOR FULL STATE SWIM RESULTS',
    'Download Acme Password Manager for free',
    'What do you think?',
    'Tap the app icon to open it',
    'Share your thoughts with friends.',
    'Ad hoc committee',
    'Anzeige erstattet',
    'Adam',
  ])('should keep a line that is no ad label or promo: %s', (line) => {
    expect(isAdLine(line)).toBe(false)
  })

  it('should keep a heading `Advertising` and a sentence that starts with a label word in an article about ads', () => {
    const paras = [
      'Spending on television spots fell for the third year in a row, while agencies moved more of their budgets to video on phones.',
      'Advertising',
      'The advertisement was pulled after complaints from parents, the regulator said on Tuesday, and the brand apologised.',
      'Sponsored by the city council, the festival returns to the old harbour this summer with three stages and a night market.',
    ]
    const r = clean(paras.join('\n\n'))
    expect(r.removed.some((x) => x.rule === adLabel.id)).toBe(false)
    for (const p of paras.slice(2)) expect(r.body).toContain(p)
  })

  it('should keep a "click here" line about the article’s own material inside a campaign article', () => {
    const line = 'Click here to read the full report'
    const r = clean(withLine(EN, line))
    expect(r.body).toContain(line)
    expect(r.removed.some((x) => x.rule === adLabel.id)).toBe(false)
  })

  it('should not match a block of more than twelve words', () => {
    const long = `Advertisement ${EN[0]}`
    const views = [{ text: long, words: 25, terminal: true, startsLower: false, linkRatio: 0, hasDigit: false, digitRatio: 0, html: false }]
    expect(adLabel.match(views, 0, {} as never)).toBe(0)
    expect(isAdLine('Advertisement'.padEnd(120, ' -'))).toBe(false)
  })

  it('should be turned off by its id', () => {
    const r = clean(withLine(EN, 'ADVERTISEMENT'), { disable: [adLabel.id] })
    expect(r.removed.some((x) => x.rule === adLabel.id)).toBe(false)
  })

  it('should list every entry in lower case, with single spaces and straight apostrophes, each once', () => {
    for (const list of [AD_SLOT_LINES, OPINION_PROMPT_LINES, APP_PROMPT_LINES, CLICK_HERE_PHRASES, APP_PROMPT_WORDS]) {
      expect(new Set(list).size).toBe(list.length)
      for (const e of list) {
        expect(e).toBe(e.toLowerCase())
        expect(e).toBe(e.trim())
        expect(e).not.toMatch(/\s{2}|’/u)
        // Each whole-line entry matches itself, in capitals too.
        if (list !== CLICK_HERE_PHRASES && list !== APP_PROMPT_WORDS) {
          expect(isAdLine(e)).toBe(true)
          expect(isAdLine(e.toUpperCase())).toBe(true)
        }
      }
    }
  })

  // The pre-test (a hash of the first or last word's first four letters, folded) must let through every line
  // the lookup takes, whatever the case of each letter and the decoration around it.
  describe('pre-test', () => {
    const WHOLE = [...AD_SLOT_LINES, ...OPINION_PROMPT_LINES, ...APP_PROMPT_LINES]
    /** `s` with each letter in either case, and Turkish dotted capital `İ` for some `i`. */
    const anyCase = (s: string) =>
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: s.length, maxLength: s.length }).map((picks) =>
        [...s].map((c, k) => (picks[k] === 0 ? c : c === 'i' && picks[k] === 2 ? 'İ' : c.toUpperCase())).join(''),
      )
    const decoration = fc.array(fc.constantFrom(...AD_LINE_DECORATION), { maxLength: 3 }).map((cs) => cs.join(''))

    it('should take every whole-line entry in any case, with decoration around it', () => {
      const line = fc.constantFrom(...WHOLE).chain((e) => fc.tuple(decoration, anyCase(e), decoration)).map(([a, e, b]) => a + e + b)
      fc.assert(fc.property(line, (l) => isAdLine(l)), { numRuns: 2000 })
    })

    it('should take every "click here" phrase at a promo’s start or end, before or after an app word, in any case', () => {
      const promo = fc
        .tuple(fc.constantFrom(...CLICK_HERE_PHRASES), fc.constantFrom('app', 'notifications', 'приложение', 'uygulama', 'ứng dụng', 'アプリ'), fc.boolean())
        .chain(([click, app, atEnd]) => anyCase(atEnd ? `get the ${app} by ${click}` : `${click} to get the ${app}`))
      fc.assert(fc.property(promo, decoration, (l, d) => isAdLine(l + d)), { numRuns: 2000 })
    })

    it('should take a "click here" phrase of an unspaced script glued to the promo', () => {
      // Phrases of four characters or more: the pre-test compares four (a shorter one glued on, `点此下载…`, is a known miss).
      const glued = CLICK_HERE_PHRASES.filter((p) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{4,}$/u.test(p))
      expect(glued.length).toBeGreaterThan(3)
      for (const p of glued) {
        expect(isAdLine(`${p}下载客户端`), p).toBe(true)
        expect(isAdLine(`下载客户端${p}`), p).toBe(true)
      }
    })

    it('should still reject a line that only starts like an entry', () => {
      const line = fc.constantFrom(...WHOLE.filter((e) => /^[a-z]/u.test(e))).chain((e) => anyCase(`${e}x`))
      fc.assert(fc.property(line, (l) => !isAdLine(l)), { numRuns: 500 })
    })
  })
})
