import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { segment } from '../../src/adapters/text.js'
import { endsSentence, regionScores, shapeClass } from '../../src/boilerplate/shape.js'
import { thresholdsFor } from '../../src/boilerplate/thresholds.js'
import { viewOf } from '../../src/boilerplate/view.js'
import { createDoc } from '../../src/core/doc.js'
import { classifyText } from './helpers.js'

// Short articles whose shortest paragraph (a sentence of five or six words) stands on the far side of a
// lone link or headline line: one short line's cost cut it off the region.
interface Article {
  readonly lang: string
  /** A sentence of a few words, the article's opening or closing line. */
  readonly sentence: string
  readonly paragraphs: readonly string[]
  /** A one-line teaser for another article, with its label. */
  readonly link: string
  /** A lone headline-like line with no label. */
  readonly headline: string
}

const ARTICLES: readonly Article[] = [
  {
    lang: 'en',
    sentence: 'The new bus line opens soon.',
    paragraphs: [
      'The city will run electric buses between the western suburbs and the centre from next month, and the transport office expects several thousand riders a day.',
      'The route is about twenty kilometres long, has thirty stops and will run from early morning until late at night on every day of the week.',
    ],
    link: 'Read more: Bus fares to rise in January',
    headline: 'Bus fares to rise in January',
  },
  {
    lang: 'vi',
    sentence: 'Tuyến buýt mới sắp khai trương.',
    paragraphs: [
      'Từ tháng sau, người dân các quận phía tây sẽ có thêm một tuyến xe buýt điện nối khu đô thị mới với trung tâm thành phố, theo sở giao thông.',
      'Tuyến mới dài khoảng hai mươi cây số, có ba mươi điểm dừng và chạy từ sáng sớm đến tối muộn tất cả các ngày trong tuần.',
    ],
    link: 'Xem thêm: Giá vé xe buýt tăng từ đầu năm',
    headline: 'Giá vé xe buýt tăng từ đầu năm',
  },
  {
    lang: 'zh',
    sentence: '新线路下月起正式开通。',
    paragraphs: [
      '下个月起，城西各区的居民将多一条连接新城区与市中心的电动公交线路，市交通局预计每天的客流量将达到数千人次。',
      '新线路全长约二十公里，沿途设三十个站点，每天从清晨一直运营到深夜，周末和节假日也不停运。',
    ],
    link: '相关阅读：明年起公交票价上调',
    headline: '明年起公交票价上调',
  },
  {
    lang: 'de',
    sentence: 'Die neue Buslinie startet bald.',
    paragraphs: [
      'Ab dem kommenden Monat fahren Elektrobusse zwischen den westlichen Vororten und der Innenstadt, und die Verkehrsbehörde rechnet mit mehreren tausend Fahrgästen am Tag.',
      'Die Strecke ist rund zwanzig Kilometer lang, hat dreißig Haltestellen und wird an allen Tagen der Woche vom frühen Morgen bis spät in die Nacht bedient.',
    ],
    link: 'Lesen Sie auch: Fahrpreise steigen im Januar',
    headline: 'Fahrpreise steigen im Januar',
  },
  {
    lang: 'fr',
    sentence: 'La nouvelle ligne ouvre bientôt.',
    paragraphs: [
      'Dès le mois prochain, des bus électriques relieront les quartiers de l’ouest au centre-ville, et le service des transports attend plusieurs milliers de voyageurs par jour.',
      'Le trajet mesure une vingtaine de kilomètres, compte trente arrêts et sera assuré tous les jours de la semaine, du petit matin jusque tard dans la soirée.',
    ],
    link: 'Lire aussi : Les tarifs augmentent en janvier',
    headline: 'Les tarifs augmentent en janvier',
  },
]

describe('region: a short sentence across a lone link or headline line', () => {
  for (const a of ARTICLES) {
    for (const [what, line] of [['link', a.link], ['headline', a.headline]] as const) {
      it(`should keep a short opening sentence above a lone ${what} line in ${a.lang}`, () => {
        const result = classifyText([a.sentence, line, ...a.paragraphs].join('\n\n'))
        expect(result.body).toContain(a.sentence)
        for (const p of a.paragraphs) expect(result.body).toContain(p)
      })

      it(`should keep a short closing sentence below a lone ${what} line in ${a.lang}`, () => {
        const result = classifyText([...a.paragraphs, line, a.sentence].join('\n\n'))
        expect(result.body).toContain(a.sentence)
        for (const p of a.paragraphs) expect(result.body).toContain(p)
      })
    }

    it(`should still leave a short sentence beyond a menu of two lines out of the region in ${a.lang}`, () => {
      const result = classifyText([...a.paragraphs, 'Home', 'Contact', a.sentence].join('\n\n'))
      expect(result.body).not.toContain(a.sentence)
      for (const p of a.paragraphs) expect(result.body).toContain(p)
    })
  }

  it('should still leave out a teaser cut short beyond a lone headline', () => {
    const a = ARTICLES[0]!
    const result = classifyText([...a.paragraphs, a.headline, 'Bus fares rise from January…'].join('\n\n'))
    expect(result.body).not.toContain('Bus fares rise from January…')
  })

  it('should keep the short sentence and drop the link line with clean()', () => {
    for (const a of ARTICLES) {
      const result = clean(['Electric bus line', ...a.paragraphs, a.link, a.sentence].join('\n\n'))
      expect(result.body, a.lang).toContain(a.sentence)
      expect(result.body, a.lang).not.toContain(a.link)
    }
  })
})

describe('region scores of a sentence', () => {
  const th = thresholdsFor('balanced')
  /** The region score of each line of a page. */
  function scores(lines: readonly string[]): number[] {
    const views = segment(createDoc(lines.join('\n\n'))).blocks.map((b) => viewOf(b))
    return regionScores(views, views.map((v) => shapeClass(v, false, th)), th)
  }

  it('should score a sentence of a few words above the cost of one short line', () => {
    for (const a of ARTICLES) expect(scores([a.sentence])[0]!, a.lang).toBeGreaterThan(th.shortPenalty)
  })

  it('should score a teaser cut short as half its words, below one short line', () => {
    for (const line of ['Bus fares rise from January…', '예능국의 새로운 시도가 보여준 것..']) expect(scores([line])[0]!, line).toBeLessThanOrEqual(th.shortPenalty)
  })

  it('should tell a sentence from a line cut short', () => {
    const view = (line: string): ReturnType<typeof viewOf> => viewOf(segment(createDoc(line)).blocks[0]!)
    for (const line of ['Serves four.', 'Is it safe?', '“We will see.”', '新线路下月起正式开通。']) expect(endsSentence(view(line)), line).toBe(true)
    for (const line of ['Read on…', 'Read on...', 'The minister said that..', 'Home']) expect(endsSentence(view(line)), line).toBe(false)
  })
})
