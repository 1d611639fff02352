import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { imageCaption, isLabelledCaption, isPhotoCredit } from '../../src/boilerplate/rules/image-caption.js'
import { CAPTION_CREDIT_WORDS } from '../../src/lexicon/boilerplate/captions.js'

const PARAS = [
  'The regional council approved the new flood barrier on Tuesday after two years of debate, and work on the river bank is due to start in the spring.',
  'Engineers said the barrier would protect about four thousand homes in the lower town, where the water rose by two metres last winter.',
  'The cost will be shared between the council and the national government, which agreed to pay two thirds of the bill last month.',
]

describe('boilerplate/image-caption', () => {
  it.each([
    'Protesters gather outside the court on Monday (Image: GETTY )',
    'A worker loads garage door trims into his truck in Hialeah, Fla. (AP Photo/Jane Doe, File)',
    'Tourists visit the old town in Lijiang, Yunnan province, on Dec 7, 2026. [Photo/Xinhua]',
    'The new bridge at dusk (Photo by Jane Doe/Getty Images)',
    'Die neue Brücke am Abend (Foto: dpa)',
    'Du khách tham quan phố cổ Hội An (Ảnh: TTXVN)',
    '游客在古城参观（图/新华社）',
    '시민들이 광장에 모여 있다 (사진=연합뉴스)',
    'Участники акции на площади (Фото: ТАСС)',
    'The museum’s new wing (Photo courtesy of the museum)',
    '(Image credit: Space Agency)',
  ])('should drop a caption ending in a credit: %s', (caption) => {
    const r = clean([...PARAS.slice(0, 2), caption, PARAS[2]].join('\n\n'))
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(r.removed.find((x) => x.text === caption)?.rule).toBe(imageCaption.id)
  })

  it.each([
    'The mayor, who was (pictured) at the opening, declined to comment.',
    'Miss Harbour Town 2026 picked from 40 finalists (PHOTOS)',
    'Markets fell again on Friday (Graphic: Global assets in 2026 - here)',
    'The agency published the picture on its website (see photo)',
    'He said the credit line (the bank’s, not the council’s) had been cut.',
  ])('should keep a line whose brackets hold no credit: %s', (line) => {
    const views = [{ text: line, words: line.split(' ').length, terminal: true, startsLower: false, linkRatio: 0, hasDigit: false, digitRatio: 0, html: false }]
    expect(imageCaption.match(views, 0, {} as never)).toBe(0)
  })

  it('should keep a long paragraph that ends in a credit: a caption is a sentence or two', () => {
    const long = `${PARAS.join(' ')} ${PARAS[0]} (Photo: Jane Doe)`
    const views = [{ text: long, words: long.split(' ').length, terminal: false, startsLower: false, linkRatio: 0, hasDigit: true, digitRatio: 0.01, html: false }]
    expect(imageCaption.match(views, 0, {} as never)).toBe(0)
  })

  it('should read a credit word after an agency name of up to three capitalised words, and need a name after the separator', () => {
    expect(isPhotoCredit('AP Photo/Jane Doe')).toBe(true)
    expect(isPhotoCredit('Xinhua News Agency Photo: Li Ming')).toBe(true)
    expect(isPhotoCredit('Photo:')).toBe(false)
    expect(isPhotoCredit('photo album')).toBe(false)
    expect(isPhotoCredit('the Photo: Jane')).toBe(false)
  })

  it('should list credit words in lower case, each once', () => {
    expect(new Set(CAPTION_CREDIT_WORDS).size).toBe(CAPTION_CREDIT_WORDS.length)
    for (const w of CAPTION_CREDIT_WORDS) expect(w).toBe(w.toLowerCase())
  })
})

describe('boilerplate/image-caption: labelled caption lines', () => {
  it('should read a line a caption label opens, in several languages', () => {
    for (const line of ['Image caption, Swimmers leave the sauna on the pier on Saturday', 'Image source, Getty Images', 'Image copyright Getty Images', 'Media caption, The mayor opens the sauna', 'Bildunterschrift: Schwimmer verlassen die Sauna', 'Légende : des nageurs quittent le sauna', 'Pie de foto: Nadadores salen de la sauna', '图片说明：游客走出桑拿房', 'Image Credit: Example Co']) {
      expect(isLabelledCaption(line), line).toBe(true)
    }
  })

  it('should keep sentences and labels without a caption after them', () => {
    for (const line of ['Image caption', 'Image source code was published on Monday.', 'Captions, the council said, will be added to every photo.', 'Caption contest winners announced', 'Getty Images said it would appeal the ruling.']) {
      expect(isLabelledCaption(line), line).toBe(false)
    }
  })

  it('should drop labelled captions between paragraphs and never take one for the title', () => {
    const paras = [
      'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two pounds a visit and promising cold sea dips to anyone brave enough.',
      'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand pounds over the summer, organisers said.',
      'Swimmers who had used the pier for years welcomed the plan, though some neighbours worried about parking on the narrow quay road during winter weekends.',
    ]
    const title = 'Harbour town opens a public sauna on its old ferry pier'
    const r = clean(['Home', 'News', title, '13 May 2024', 'Image source, Getty Images', 'Image caption, Swimmers leave the sauna on the pier on Saturday', ...paras].join('\n'))
    expect(r.metadata.title).toBe(title)
    expect(r.body).toBe(paras.join('\n\n'))
    expect(r.removed.filter((x) => x.rule === 'boilerplate/image-caption').map((x) => x.text)).toEqual(['Image source, Getty Images', 'Image caption, Swimmers leave the sauna on the pier on Saturday'])
  })
})
