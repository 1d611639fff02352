import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { isReadingTime } from '../../src/boilerplate/rules/reading-time.js'
import { READING_TIME_AFTER, READING_TIME_LABELS, READING_TIME_UNITS } from '../../src/lexicon/boilerplate/reading-time.js'

const EN = {
  title: 'Harbour town opens a public sauna on its old ferry pier',
  byline: 'By Jane Holloway',
  paras: [
    'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two euros a visit and promising cold sea dips to anyone brave enough.',
    'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand euros over the summer, organisers said.',
    'Swimmers who had used the pier for years welcomed the plan, though some neighbours worried about parking on the narrow quay road during winter weekends.',
  ],
}
const FR = {
  title: 'La ville portuaire de Valdemar ouvre un sauna public sur son ancien embarcadère',
  byline: 'Par Marie Dupont',
  paras: [
    'La mairie de Valdemar a annoncé samedi l’ouverture d’un sauna public sur l’embarcadère du ferry, désaffecté depuis dix ans, pour deux euros la séance.',
    'Le chalet en bois accueille vingt personnes et a été financé par une cagnotte qui a rassemblé plus de quarante mille euros cet été, selon les organisateurs.',
    'Les nageurs qui fréquentent l’embarcadère depuis des années ont salué le projet, même si certains voisins craignent des problèmes de stationnement en hiver.',
  ],
}
const ZH = {
  title: '海港小镇在旧渡轮码头开设公共桑拿',
  byline: '记者 王晓明',
  paras: [
    '海港小镇西崖周六在废弃多年的渡轮码头上开设了一间公共桑拿房，每次收费两欧元，并鼓励游客在蒸完后下海游泳，吸引了不少当地居民前来体验。',
    '这座木屋可以容纳二十人，建设资金来自一场众筹活动，组织者表示，整个夏天共筹集了四万多欧元，远远超出了他们最初的预期，也让更多人关注码头。',
    '多年来一直在码头游泳的居民对这一计划表示欢迎，但也有一些邻居担心冬季周末狭窄的码头道路会出现停车难的问题，希望政府能够提前做好安排。',
  ],
}

function page(p: typeof EN, line: string): string {
  return ['Home', 'News', 'Sport', p.title, p.byline, line, ...p.paras, '© 2026 Example Media'].join('\n')
}

describe('boilerplate/reading-time', () => {
  it('should read reading-time estimates in many languages and shapes', () => {
    for (const line of [
      '5 min read', '12 minute read', '⏱ 4 min read', '· 6 min read ·', 'Reading time: 4 minutes', 'Read time: 2 min',
      'Estimated reading time: 7 minutes', '~3 min read', '4-6 min read', 'Lesezeit: 3 Min.', '3 Min. Lesezeit',
      'Temps de lecture : 3 min', '3 min de lecture', 'Tiempo de lectura: 5 minutos', 'Leitura: 4 min', 'Tempo di lettura: 3 minuti',
      'Время чтения: 4 минуты', 'Okuma süresi: 3 dk', 'Waktu baca: 3 menit', 'Thời gian đọc: 5 phút', '3 phút đọc',
      '阅读时间：3分钟', '预计阅读时间：约5分钟', '閱讀時間 4 分鐘', '読了時間：約3分', '읽는 시간: 3분', '(4 min read)',
      'وقت القراءة: ٣ دقائق', 'पढ़ने का समय: 4 मिनट', 'เวลาอ่าน 3 นาที',
    ]) expect(isReadingTime(line), line).toBe(true)
  })

  it('should keep lines that only mention minutes, and numbers with a unit but no label', () => {
    for (const line of [
      '5 min', '3 minutes', 'Read the full report in 5 minutes', 'It takes 5 minutes to read the whole document aloud.',
      'Reading time: unknown', 'Reading', '5 read', 'Time: 3 min', '15 min walk', '3 minutes of silence', 'Lesezeit',
      '2019 min read', '阅读全文', 'Minutes of the meeting: 3 March',
    ]) expect(isReadingTime(line), line).toBe(false)
  })

  it('should take the estimate out of the page and leave the title to the headline', () => {
    for (const [p, line] of [[EN, '5 min read'], [EN, 'Reading time: 4 minutes'], [FR, 'Temps de lecture : 3 min'], [ZH, '阅读时间：3分钟']] as const) {
      const r = clean(page(p, line))
      expect(r.metadata.title, line).toBe(p.title)
      expect(r.removed.find((x) => x.text === line)?.rule, line).toBe('boilerplate/reading-time')
      expect(r.body, line).toBe(p.paras.join('\n\n'))
    }
  })

  it('should keep a one-line paragraph about reading time in the article', () => {
    const sentence = 'The average reading time of a news article fell to 3 minutes last year, the study found.'
    const r = clean(page(EN, '5 min read').replace(EN.paras[1]!, `${EN.paras[1]!}\n${sentence}`))
    expect(r.body).toContain(sentence)
  })

  it('should read any label, number and unit of the lexicon, and no line of number and unit alone', () => {
    const label = fc.constantFrom(...READING_TIME_LABELS)
    const unit = fc.constantFrom(...READING_TIME_UNITS)
    const after = fc.constantFrom(...READING_TIME_AFTER)
    const n = fc.integer({ min: 1, max: 99 })
    fc.assert(fc.property(label, n, unit, (l, k, u) => isReadingTime(`${l}: ${k} ${u}`)))
    fc.assert(fc.property(n, unit, after, (k, u, a) => isReadingTime(`${k} ${u} ${a}`)))
    fc.assert(fc.property(n, unit, (k, u) => !isReadingTime(`${k} ${u}`)))
  })

  it('should answer in linear time on long adversarial lines', () => {
    // The rule only reads short lines; the regex alone must not backtrack either.
    for (const s of ['5 '.repeat(30), ': '.repeat(30), '5 min '.repeat(10), `${'·'.repeat(60)}5`]) expect(isReadingTime(s)).toBe(false)
  })
})
