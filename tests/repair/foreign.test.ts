import { describe, expect, it } from 'vitest'
import { segment } from '../../src/adapters/text.js'
import { annotate } from '../../src/annotate/index.js'
import { createDoc, toResult } from '../../src/core/doc.js'
import { normalize } from '../../src/normalize/index.js'
import { runStages } from '../../src/pipeline/run.js'
import { detectLanguage } from '../../src/lang/detect.js'
import { fixMojibake, foreignLanguage, repairBody } from '../../src/repair/index.js'
import { dropsForeignText } from '../../src/repair/foreign-paragraph.js'
import { createContext } from '../../src/core/options.js'
import { repair } from '../../src/pipeline/clean.js'
import type { Options } from '../../src/types.js'

const ENGLISH = 'Central enterprises should speed up the implementation of the special action and give full play to their advantages in many application scenarios.'
const CHINESE = '习近平总书记重要指示精神是网络信息时代背景下马克思主义理论成果的重大创新，我们必须深入学习领会，坚决贯彻落实。'
const VIETNAMESE = 'Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì hội nghị trực tuyến toàn quốc với các địa phương về phát triển kinh tế.'
const MIXED = '加快数字化智能化升级是必然要求,早在2000During his tenure in Fujian, he made an important decision about the digital economy.'

function run(text: string, options?: Options) {
  return toResult(runStages(segment(createDoc(text)), [fixMojibake, normalize, annotate, repairBody], options))
}

describe('repair/foreign-paragraph', () => {
  it('should drop a Chinese paragraph from an English document by default', () => {
    const text = [ENGLISH, CHINESE, ENGLISH].join('\n\n')
    const r = run(text)
    expect(r.body).toBe(`${ENGLISH}\n\n${ENGLISH}`)
    expect(r.removed).toEqual([{ start: ENGLISH.length + 2, end: ENGLISH.length + 2 + CHINESE.length, text: CHINESE, rule: 'repair/foreign-paragraph' }])
  })
  it('should drop a Vietnamese paragraph from an English document', () => {
    // The language is given: the document-level detector counts one Vietnamese paragraph's letters as enough.
    const r = run([ENGLISH, VIETNAMESE, ENGLISH].join('\n\n'), { language: 'en' })
    expect(r.removed.map((x) => x.text)).toEqual([VIETNAMESE])
  })
  it('should keep a paragraph that mixes Chinese and English', () => {
    const r = run([ENGLISH, MIXED].join('\n\n'))
    expect(r.removed).toEqual([])
    expect(r.body).toContain('早在2000 During his tenure')
  })
  it("should keep foreign paragraphs with foreignText 'keep'", () => {
    const r = run([ENGLISH, CHINESE].join('\n\n'), { foreignText: 'keep' })
    expect(r.removed).toEqual([])
    expect(r.metadata['foreignParagraphs']).toBeUndefined()
  })
  it("should keep and list foreign paragraphs with foreignText 'mark'", () => {
    const r = run([ENGLISH, CHINESE].join('\n\n'), { foreignText: 'mark' })
    expect(r.removed).toEqual([])
    expect(r.metadata['foreignParagraphs']).toEqual([{ start: ENGLISH.length + 2, end: ENGLISH.length + 2 + CHINESE.length, lang: 'zh' }])
  })
  it('should not drop anything from a Chinese document', () => {
    const r = run([CHINESE, CHINESE, 'The end of the article is here in English words.'].join('\n\n'))
    expect(r.removed).toEqual([])
  })
  it('should be turned off by disabling its rule id', () => {
    const r = run([ENGLISH, CHINESE].join('\n\n'), { disable: ['repair/foreign-paragraph'] })
    expect(r.removed).toEqual([])
  })
  it('should never remove text in repair()', () => {
    const text = [ENGLISH, CHINESE].join('\n\n')
    expect(repair(text)).toBe(text)
  })
  it('should tell the language of an entirely foreign paragraph only', () => {
    expect(foreignLanguage(CHINESE, 'en')).toBe('zh')
    expect(foreignLanguage(VIETNAMESE, 'en')).toBe('vi')
    expect(foreignLanguage(MIXED, 'en')).toBeUndefined()
    expect(foreignLanguage(ENGLISH, 'en')).toBeUndefined()
    expect(foreignLanguage('12,500 — 2024', 'en')).toBeUndefined()
    expect(foreignLanguage('Prime Minister Phạm Minh Chính met Nguyễn Phú Trọng in Hà Nội on Monday to discuss the economy.', 'en')).toBeUndefined()
    expect(foreignLanguage("Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup match in Madrid.", 'en')).toBeUndefined()
  })

  describe('lists and names', () => {
    // Lines the language detector misreads: romanised names and product names look like French or Indonesian.
    const misread = [
      'Choreography_Han Seo Jin, Stage Director_Bae Kyeong Ho, Writer_Yoo Min Seon, Composer_Cha Cheol Woo, Set Design_Jung Dong Hwan, Lighting_Ahn Ho, Video_Song Jae Min, Costumes_Go Ho Jun, Make-up_Lim Jong Ae, Props_Byun Sang Hee',
      'Sapporo Ichiban Ramen, Nissin Chikin Ramen, Maruchan Seimen, Myojo Chukazanmai, Sanyo Shokuhin Kitsune Udon, Nongshim Shin Ramyun, Paldo Bibim Men, Samyang Buldak Bokkeum Myeon, Ottogi Jin Ramen',
    ]
    it.each(misread)('should keep a list of names the detector misreads: %s', (line) => {
      expect(detectLanguage(line)).not.toBe('en')
      expect(foreignLanguage(line, 'en')).toBeUndefined()
      expect(run([ENGLISH, line].join('\n\n')).removed).toEqual([])
    })
    it('should keep recipe lines of short items and measures', () => {
      const recipe = 'Chickpea Bowl (¾ cup chickpeas, ½ cup brown rice, ¼ avocado, 2 tbsp. tahini, 1 cup spinach leaves), Berry Parfait (1 cup plain yogurt, ½ cup blueberries, 2 tsp. honey, 3 tbsp. granola clusters)'
      expect(foreignLanguage(recipe, 'en')).toBeUndefined()
      expect(foreignLanguage('Tomato Basil Soup (½ cup cherry tomatoes, ¼ cup feta)', 'en')).toBeUndefined()
    })
    it('should still find French and German prose, commas and capitalised nouns included', () => {
      expect(foreignLanguage('Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les ménages les plus modestes face à la hausse des prix de l’énergie, qui pèse lourdement sur leur budget depuis plusieurs mois.', 'en')).toBe('fr')
      expect(foreignLanguage('Die Bundesregierung hat am Dienstag eine Reihe von Maßnahmen angekündigt, mit denen die Haushalte mit geringem Einkommen angesichts der steigenden Energiepreise entlastet werden sollen, die seit Monaten schwer auf ihrem Budget lasten.', 'en')).toBe('de')
    })
  })
})

describe('dropsForeignText', () => {
  it('should say the repair stage drops foreign paragraphs on an English page by default', () => {
    expect(dropsForeignText('en', createContext())).toBe(true)
  })

  it('should say it does not on another language, with foreignText keep or mark, or with the rule off', () => {
    expect(dropsForeignText('vi', createContext())).toBe(false)
    expect(dropsForeignText(undefined, createContext())).toBe(false)
    expect(dropsForeignText('en', createContext({ foreignText: 'keep' }))).toBe(false)
    expect(dropsForeignText('en', createContext({ foreignText: 'mark' }))).toBe(false)
    expect(dropsForeignText('en', createContext({ disable: ['repair/foreign-paragraph'] }))).toBe(false)
  })
})
