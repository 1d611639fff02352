import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { regionScores, shapeClass } from '../../src/boilerplate/shape.js'
import { thresholdsFor } from '../../src/boilerplate/thresholds.js'
import { viewOf } from '../../src/boilerplate/view.js'
import { createDoc } from '../../src/core/doc.js'
import { segment } from '../../src/adapters/text.js'

// Short articles: the paragraph on one side of a dropped block is all the article has there, so one
// penalty too many in the region search cuts it off.
const EN = [
  'The ferry between the two islands will stop running on Sundays from next month, the operator said.',
  'Residents of the smaller island rely on the Sunday crossing to reach the hospital and the weekly market on the mainland.',
  'The council has asked the operator to keep at least one return trip until the new crew members finish their training in the spring.',
  'A petition against the change has gathered more than two thousand signatures in a week, its organisers said on Thursday.',
]
const ID = [
  'Operator kapal penyeberangan antara dua pulau itu akan menghentikan layanan hari Minggu mulai bulan depan karena kekurangan awak terlatih.',
  'Warga pulau kecil bergantung pada penyeberangan hari Minggu untuk pergi ke rumah sakit dan pasar mingguan di daratan.',
  'Pemerintah daerah meminta operator mempertahankan setidaknya satu perjalanan pulang pergi sampai awak baru selesai dilatih tahun depan.',
  'Petisi yang menolak perubahan itu telah mengumpulkan lebih dari dua ribu tanda tangan dalam sepekan, kata para penggagasnya.',
]
const ZH = [
  '两岛之间的渡轮下个月起将停开周日航班，运营公司表示，原因是受过培训的船员严重不足。',
  '小岛上的居民依靠周日的航班前往大陆的医院和每周一次的集市，停航将给他们带来很大不便。',
  '当地政府要求运营公司至少保留一个往返班次，直到新招收的船员在明年春天完成培训为止。',
  '反对停航的请愿书在一周内已经征集到两千多个签名，发起人周四对记者说。',
]

/** The page: the paragraphs with `inserted` lines after the `after`-th one. */
function page(paras: readonly string[], after: number, inserted: readonly string[]): string {
  return [...paras.slice(0, after), ...inserted, ...paras.slice(after)].join('\n')
}

describe('a related heading and its link line between an article’s paragraphs', () => {
  const cases: Array<[string, readonly string[], string, string]> = [
    ['English, a link with its URL', EN.slice(0, 3), 'Read more', '[Harbour dredging to start in the autumn](https://news.example.org/harbour-dredging)'],
    ['English, a link whose URL was lost', EN.slice(0, 3), 'Related', '[Harbour dredging to start in the autumn]('],
    ['Indonesian, a link with its URL', ID.slice(0, 3), 'Baca juga', '[Harga tiket kapal naik menjelang libur panjang](https://berita.example.id/tiket-kapal)'],
    ['Indonesian, a link whose URL was lost', ID.slice(0, 3), 'Baca juga', '[Harga tiket kapal naik menjelang libur panjang]('],
    ['Chinese, a link with its URL', ZH.slice(0, 3), '相关阅读', '[港口疏浚工程秋季开工](https://news.example.cn/port)'],
    ['Chinese, a link whose URL was lost', ZH.slice(0, 3), '相关阅读', '[港口疏浚工程秋季开工]('],
    ['Vietnamese heading over English paragraphs', EN.slice(0, 3), 'Xem thêm', '[Harbour dredging to start in the autumn](https://news.example.org/d)'],
  ]
  for (const [note, paras, heading, link] of cases) {
    it(`should keep the paragraph above and drop the two lines: ${note}`, () => {
      const r = clean(page(paras, 1, [heading, link]))
      expect(r.body).toBe(paras.join('\n\n'))
      expect(r.removed.filter((x) => x.rule === 'boilerplate/related-links').map((x) => x.text)).toEqual([heading, link])
      expect(r.metadata.title).toBeUndefined()
      expect(clean(r.body).body).toBe(r.body)
    })
  }

  it('should keep a four-paragraph article whole with two teaser lines under the heading', () => {
    const links = ['[Harbour dredging to start in the autumn](https://news.example.org/a)', '[New timetable for island buses](https://news.example.org/b)']
    const r = clean(page(EN, 1, ['Read more', ...links]))
    expect(r.body).toBe(EN.join('\n\n'))
  })
})

describe('a related list or a menu that is not inside the article', () => {
  const links = [
    '[Harbour dredging to start in the autumn](https://news.example.org/a)',
    '[New timetable for island buses](https://news.example.org/b)',
    '[Lighthouse reopens to visitors](https://news.example.org/c)',
  ]

  it('should drop a related list after the last paragraph with what follows it', () => {
    const after = ['Most read', 'Storm warning for the north coast', 'Copyright © 2025 Island Courier. All rights reserved.']
    const r = clean([...EN.slice(0, 3), 'Related stories', ...links, ...after].join('\n'))
    expect(r.body).toBe(EN.slice(0, 3).join('\n\n'))
  })

  it('should drop a related list after the last paragraph even when a teaser paragraph follows it', () => {
    const teaser = 'Engineers will spend the winter deepening the harbour channel so that the larger ferries can dock at low tide, the port said.'
    const r = clean([...EN.slice(0, 3), 'Related stories', ...links, teaser, 'Copyright © 2025 Island Courier. All rights reserved.'].join('\n'))
    expect(r.body).toBe(EN.slice(0, 3).join('\n\n'))
  })

  it('should drop a teaser sentence above a related heading and its link, above the article', () => {
    const teaser = 'The best ferry deals for the spring holidays.'
    const r = clean([teaser, 'Read more', links[0]!, ...EN].join('\n'))
    expect(r.body).toBe(EN.join('\n\n'))
  })

  it('should drop a teaser sentence under a related heading and its link, below the article', () => {
    const teaser = 'Storm warning for the north coast tonight.'
    const input = [...EN, 'Related', links[0]!, teaser].join('\n')
    expect(clean(input).body).toBe(EN.join('\n\n'))
    // Without the tail cut, the region search alone ends the article there.
    expect(clean(input, { disable: ['boilerplate/page-end'] }).body).toBe(EN.join('\n\n'))
  })

  it('should not join a paragraph above a menu of links to the article below it', () => {
    const blurb = 'The Island Courier has covered news from the northern islands since 1952 and is published every weekday and on Saturdays.'
    const menu = ['[Home](https://news.example.org/)', '[Islands](https://news.example.org/islands)', '[Transport](https://news.example.org/transport)', '[Weather](https://news.example.org/weather)']
    const r = clean([blurb, ...menu, ...EN].join('\n'))
    expect(r.body).toBe(EN.join('\n\n'))
  })

  it('should not join a header line to the article across a related heading and its links', () => {
    const r = clean(['Island Courier', 'Related', ...links, ...EN].join('\n'))
    expect(r.body).toBe(EN.join('\n\n'))
  })

  it('should not pass over a breadcrumb between two paragraphs', () => {
    // A breadcrumb is no block that stands inside an article: the paragraph above it stays cut off.
    const teaser = 'Engineers will spend the winter deepening the harbour channel so that the larger ferries can dock at low tide, the port said.'
    const r = clean([teaser, 'Home > News > Islands', ...EN.slice(0, 3)].join('\n'))
    expect(r.body).toBe(EN.slice(0, 3).join('\n\n'))
  })
})

describe('a lead printed twice around its byline and dateline', () => {
  const cases: Array<[string, string, string, string, string, readonly string[]]> = [
    [
      'English',
      'Island ferry to stop Sunday crossings',
      'The operator of the only ferry to the northern islands will cancel its Sunday crossings from next month, blaming a lack of trained crew for the cut.',
      'By Tom Halvorsen',
      '12 March 2025',
      EN.slice(1),
    ],
    [
      'Indonesian',
      'Kapal penyeberangan berhenti beroperasi hari Minggu',
      'Operator satu-satunya kapal penyeberangan ke pulau-pulau utara akan membatalkan pelayaran hari Minggu mulai bulan depan karena kekurangan awak yang terlatih untuk bertugas.',
      'Penulis: Rina Kusuma',
      '12 Maret 2025',
      ID.slice(1),
    ],
    [
      'Chinese',
      '北部海岛渡轮周日停航',
      '记者从港务部门获悉，通往北部海岛的唯一一条渡轮航线将从下个月起取消周日班次，运营公司称受过培训的船员不足是停航的主要原因，恢复时间暂未确定。',
      '记者：林海',
      '2025年3月12日',
      ZH.slice(1),
    ],
  ]
  for (const [note, headline, standfirst, byline, date, paras] of cases) {
    it(`should take the dateline out as metadata, not as outside the article: ${note}`, () => {
      const r = clean([headline, standfirst, byline, date, standfirst, ...paras].join('\n'))
      expect(r.body).toBe([standfirst, ...paras].join('\n\n'))
      expect(r.removed.find((x) => x.text === date)?.rule).toBe('metadata/date')
      expect(r.removed.filter((x) => x.rule === 'boilerplate/outside-main')).toEqual([])
      expect(r.removed.filter((x) => x.rule === 'boilerplate/duplicate-lead').map((x) => x.text)).toEqual([standfirst])
      expect(clean(r.body).body).toBe(r.body)
    })
  }

  // A summary whose wording reappears in the first paragraph (a near copy) is dropped as the lead's print too.
  const summary =
    'The operator of the only ferry to the northern islands will cancel its Sunday crossings from next month, blaming a lack of trained crew, and islanders fear they will lose their only weekend link to the hospital and the market.'
  const first =
    'The operator of the only ferry to the northern islands will cancel its Sunday crossings from next month, blaming a lack of trained crew. Islanders fear they will lose their only weekend link to the hospital and the market, a councillor said.'

  it('should take the dateline out as metadata under a summary the first paragraph repeats', () => {
    const date = '12 March 2025'
    const r = clean(['Island ferry to stop Sunday crossings', summary, 'By Tom Halvorsen', date, first, ...EN.slice(1)].join('\n'))
    expect(r.body).toBe([first, ...EN.slice(1)].join('\n\n'))
    expect(r.removed.find((x) => x.text === date)?.rule).toBe('metadata/date')
    expect(r.removed.find((x) => x.text === summary)?.rule).toBe('boilerplate/duplicate-lead')
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should not join a paragraph above the dropped print to the article', () => {
    const blurb = 'Our newsletter brings the week’s island news to your inbox every Friday morning, with the tide tables and the ferry timetable.'
    const r = clean([blurb, summary, 'By Tom Halvorsen', '12 March 2025', first, ...EN.slice(1)].join('\n'))
    expect(r.body).toBe([first, ...EN.slice(1)].join('\n\n'))
  })

  it('should still drop a caption printed twice in a gallery above the article', () => {
    // The first print goes as the copy; its credit and the gallery's controls, not paragraphs, follow the other.
    const caption = 'A ferry leaves the northern harbour at dawn on Saturday, one of the last crossings before the Sunday service is suspended next month.'
    const gallery = ['Image 1 of 9', 'Caption', 'Close', 'Image 1 of 9', caption, caption, 'Photo: Tom Halvorsen / Island Courier']
    const r = clean([...gallery, 'Island ferry to stop Sunday crossings', '1 / 9', 'Back to gallery', ...EN].join('\n'))
    expect(r.body).toBe(EN.join('\n\n'))
  })
})

describe('regionScores with absent blocks', () => {
  const th = thresholdsFor('balanced')
  const lines = [EN[0]!, 'Read more', '[Harbour dredging to start in the autumn](https://news.example.org/a)', EN[1]!]
  const views = segment(createDoc(lines.join('\n'))).blocks.map((b) => viewOf(b))
  const classes = views.map((v, i) => shapeClass(v, i === 1 || i === 2, th))

  it('should score absent blocks 0 and read the paragraphs beyond them as neighbours', () => {
    const scores = regionScores(views, classes, th, [false, true, true, false])
    expect(scores).toEqual([views[0]!.words, 0, 0, views[3]!.words])
  })

  it('should score them as boilerplate and the paragraphs as standing alone without the flags', () => {
    const scores = regionScores(views, classes, th)
    expect(scores).toEqual([views[0]!.words * th.isolatedWeight, -th.badPenalty, -th.badPenalty, views[3]!.words * th.isolatedWeight])
  })
})
