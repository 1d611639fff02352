import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { BOILERPLATE_LEXICONS, compileLexicon, withApostropheTwins } from '../../src/lexicon/boilerplate/index.js'
import cases from './cases/languages-scripts.json' with { type: 'json' }
import { expectedArticle, languageCaseTests, readPage, type RuleCase } from './helpers.js'

// Arabic, Hindi and Thai: three scripts the other lexicons do not use. Arabic is written right to left
// (the pages hold it in logical order), Hindi puts its vowels in combining signs, Thai writes no spaces
// between words. Every page and case was written for these tests.

/** Lines of each whole page that a lexicon rule of that language must drop, with the rule. */
const PAGE_RULES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: {
    'نستخدم ملفات تعريف الارتباط': 'boilerplate/cookie-banner',
    'الرئيسية > محليات > المدينة': 'boilerplate/breadcrumb',
    'شارك | طباعة | حفظ': 'boilerplate/page-controls',
    'شارك | نسخ الرابط': 'boilerplate/page-controls',
    'اقرأ أيضاً': 'boilerplate/related-links',
    'اشترك في النشرة البريدية': 'boilerplate/newsletter-prompt',
    'التعليقات (2)': 'boilerplate/comment-section',
    'أضف تعليقاً': 'boilerplate/comment-section',
    '© 2026 صحيفة المثال': 'boilerplate/copyright-footer',
  },
  hi: {
    'हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़': 'boilerplate/cookie-banner',
    'होम > राज्य > मध्य प्रदेश': 'boilerplate/breadcrumb',
    'शेयर करें | प्रिंट | सेव करें': 'boilerplate/page-controls',
    'शेयर करें | लिंक कॉपी करें': 'boilerplate/page-controls',
    'यह भी पढ़ें': 'boilerplate/related-links',
    'हमारे न्यूज़लेटर की सदस्यता लें': 'boilerplate/newsletter-prompt',
    'टिप्पणियाँ (2)': 'boilerplate/comment-section',
    'टिप्पणी करें': 'boilerplate/comment-section',
    '© 2026 दैनिक उदाहरण': 'boilerplate/copyright-footer',
  },
  th: {
    'เว็บไซต์นี้ใช้คุกกี้': 'boilerplate/cookie-banner',
    'หน้าแรก > ข่าวภูมิภาค > เชียงใหม่': 'boilerplate/breadcrumb',
    'แชร์ | พิมพ์ | บันทึก': 'boilerplate/page-controls',
    'แชร์ | คัดลอกลิงก์': 'boilerplate/page-controls',
    'ข่าวที่เกี่ยวข้อง': 'boilerplate/related-links',
    'สมัครรับจดหมายข่าว': 'boilerplate/newsletter-prompt',
    'ความคิดเห็น (2)': 'boilerplate/comment-section',
    'แสดงความคิดเห็น': 'boilerplate/comment-section',
    '© 2026 หนังสือพิมพ์ตัวอย่าง': 'boilerplate/copyright-footer',
  },
}

/** What `clean()` reads from each whole page, written by hand from the page. */
const PAGE_METADATA: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ar: {
    language: 'ar',
    title: 'مكتبة في مدينة الزهراء تعير الأدوات المنزلية لسكان الحي',
    author: 'سارة الحسيني',
    // `الاثنين، 7 ديسمبر 2026 - 14:30`: weekday and Arabic comma, day, month, year, then the time.
    date: '2026-12-07T14:30',
    source: 'بلدية الزهراء',
    credits: { photographer: ['خالد منصور'] },
    commentCount: 2,
    copyright: { holder: 'صحيفة المثال', year: 2026 },
    breadcrumb: ['الرئيسية', 'محليات', 'المدينة'],
  },
  hi: {
    language: 'hi',
    title: 'भोपाल के पुस्तकालय में अब ड्रिल और तंबू भी उधार मिलेंगे',
    author: 'प्रिया शर्मा',
    date: '2026-12-07T14:30',
    source: 'नगर निगम भोपाल',
    credits: { photographer: ['अमित वर्मा'] },
    commentCount: 2,
    // The danda after the holder's name ends the sentence, not the name.
    copyright: { holder: 'दैनिक उदाहरण', year: 2026 },
    breadcrumb: ['होम', 'राज्य', 'मध्य प्रदेश'],
  },
  th: {
    language: 'th',
    title: 'ห้องสมุดเชียงใหม่เปิดให้ยืมสว่านและเต็นท์ฟรี',
    author: 'สมศรี แก้วมณี',
    // `วันจันทร์ที่ 7 ธันวาคม 2569 เวลา 14:30 น.`: 2569 of the Buddhist Era is 2026.
    date: '2026-12-07T14:30',
    source: 'เทศบาลนครเชียงใหม่',
    credits: { photographer: ['วิชัย ทองดี'] },
    commentCount: 2,
    copyright: { holder: 'หนังสือพิมพ์ตัวอย่าง', year: 2026 },
    breadcrumb: ['หน้าแรก', 'ข่าวภูมิภาค', 'เชียงใหม่'],
  },
}

describe('boilerplate lexicons for Arabic, Hindi and Thai', () => {
  for (const lang of Object.keys(PAGE_RULES)) {
    it(`should clean a whole ${lang} news page to its article and read its metadata`, () => {
      const result = clean(readPage(`${lang}.txt`))
      expect(result.body.trim()).toBe(expectedArticle(lang))
      expect(result.metadata).toMatchObject(PAGE_METADATA[lang]!)
      for (const [line, rule] of Object.entries(PAGE_RULES[lang]!)) {
        const removal = result.removed.find((r) => r.text === line) ?? result.removed.find((r) => r.text.startsWith(line))
        expect(removal?.rule, line).toBe(rule)
      }
    })
  }

  languageCaseTests(cases as Record<string, RuleCase[]>)
})

describe('phrases of scripts with combining signs and without spaces', () => {
  const lex = compileLexicon({})

  it('should match a Thai phrase inside a run of Thai letters, as a Han one, since Thai puts no spaces between words', () => {
    // Letters of the run stand right before and after each phrase.
    expect(lex.cookie.test('ทางเว็บไซต์นี้ใช้คุกกี้เพื่อเก็บสถิติ')).toBe(true)
    expect(lex.paywall.test('เนื้อหาสำหรับสมาชิกเท่านั้นค่ะ')).toBe(true)
    expect(lex.copyright.test('© 2026 ตัวอย่างสงวนลิขสิทธิ์')).toBe(true)
    // A recipe's `ใช้คุกกี้…` ("use cookies") names no site or policy.
    expect(lex.cookie.test('ใช้คุกกี้บดละเอียดรองก้นพิมพ์')).toBe(false)
  })

  it('should keep a Devanagari vowel sign inside its word: a phrase ends only where the word does', () => {
    expect(lex.commentLabel.test('टिप्पणी')).toBe(true)
    // `टिप्पणीकार` (commentator): after the phrase `टिप्पणी` its word goes on.
    expect(lex.commentWord.test('टिप्पणीकार 5')).toBe(false)
    expect(lex.commentWord.test('टिप्पणी 5')).toBe(true)
    expect(lex.control.test('शेयर करें')).toBe(true)
    expect(lex.control.test('शेयरों')).toBe(false)
  })

  it('should leave the Arabic letters joined to a phrase as part of the word', () => {
    expect(lex.commentMarker.test('التعليقات')).toBe(true)
    expect(lex.commentMarker.test('والتعليقات')).toBe(false)
    expect(lex.relatedHeading.test('اقرأ أيضاً')).toBe(true)
  })

  it('should register the three languages', () => {
    for (const lang of ['ar', 'hi', 'th']) expect(BOILERPLATE_LEXICONS[lang], lang).toBeDefined()
  })

  it('should list every phrase in NFC, the form the normalize stage gives the text it is matched against', () => {
    for (const lang of ['ar', 'hi', 'th']) {
      for (const [category, phrases] of Object.entries(BOILERPLATE_LEXICONS[lang]!)) {
        for (const p of withApostropheTwins(phrases as string[])) expect(p, `${lang} ${category}`).toBe(p.normalize('NFC'))
      }
    }
  })
})
