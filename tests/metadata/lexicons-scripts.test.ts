import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readDateAt } from '../../src/metadata/date.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readCopyright } from '../../src/metadata/rules/copyright.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'

const LANGS = ['ar', 'hi', 'th'] as const
type Lang = (typeof LANGS)[number]

/** Each language's month names, January first, in every set it writes (Arabic: Egyptian, Levantine, Maghrebi). */
const MONTHS: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  ar: [
    ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
    ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ],
  hi: [
    ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
    ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितम्बर', 'अक्तूबर', 'नवम्बर', 'दिसम्बर'],
  ],
  th: [
    ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  ],
}

/** A date as each language writes it, without and with a time (`hm` is `14:30`); the year as the page writes it. */
const FORMS: Readonly<Record<Lang, readonly ((d: number, month: string, y: number, hm: string) => string)[]>> = {
  ar: [
    (d, m, y) => `${d} ${m} ${y}`,
    (d, m, y) => `الاثنين، ${d} ${m} ${y}`,
    (d, m, y, hm) => `${d} ${m} ${y} الساعة ${hm}`,
    (d, m, y, hm) => `الخميس ${d} ${m} ${y} - ${hm}`,
  ],
  hi: [(d, m, y) => `${d} ${m} ${y}`, (d, m, y) => `सोमवार, ${d} ${m} ${y}`, (d, m, y, hm) => `${d} ${m} ${y}, ${hm} IST`, (d, m, y, hm) => `${d} ${m} ${y} ${hm} बजे`],
  th: [
    (d, m, y) => `${d} ${m} ${y + 543}`,
    (d, m, y) => `วันจันทร์ที่ ${d} ${m} พ.ศ. ${y + 543}`,
    (d, m, y, hm) => `${d} ${m} ${y + 543} เวลา ${hm} น.`,
    (d, m, y, hm) => `${d} ${m} ${y + 543} ${hm.replace(':', '.')} น.`,
    (d, m, y) => `${d} ${m} ${y}`,
  ],
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `readWholeDate` of a whole line. */
const whole = (text: string, lex: ReturnType<typeof mergedLexicon>): string | undefined => readWholeDate(text, 0, text.length, lex)

describe('metadata lexicons for Arabic, Hindi and Thai', () => {
  it('should register the three languages, reading numeric dates day first', () => {
    for (const lang of LANGS) expect(METADATA_LEXICONS[lang]?.numericOrder, lang).toBe('dmy')
    expect(mergedLexicon('ar').shortYearLast).toBe(true)
    expect(mergedLexicon('hi').shortYearLast).toBe(true)
    // `07/12/69` on a Thai page is of the Buddhist Era (2569): no two-digit window reads it.
    expect(mergedLexicon('th').shortYearLast).toBe(false)
  })

  for (const lang of LANGS) {
    it(`should read every month of a ${lang} date in each set of names, with and without a time`, () => {
      const lex = mergedLexicon(lang)
      for (const set of MONTHS[lang]) {
        set.forEach((month, i) => {
          FORMS[lang].forEach((form, k) => {
            const text = form(7, month, 2026, '14:30')
            const want = `2026-${pad(i + 1)}-07${text.includes('14') ? 'T14:30' : ''}`
            expect(readWholeDate(text, 0, text.length, lex), `${text} (form ${k})`).toBe(want)
            expect(readMetadataLine(text, lex)?.fields[0]?.value, text).toBe(want)
          })
        })
      }
    })
  }

  it('should read an Arabic month named in two sets at once, and not two different months', () => {
    const lex = mergedLexicon('ar')
    expect(whole('7 ديسمبر/كانون الأول 2026', lex)).toBe('2026-12-07')
    const spaced = 'الاثنين، 7 ديسمبر / كانون الأول 2026'
    expect(readWholeDate(spaced, 0, spaced.length, lex)).toBe('2026-12-07')
    // Two months are a range, not a date.
    const range = '7 نوفمبر/كانون الأول 2026'
    expect(readWholeDate(range, 0, range.length, lex)).toBeUndefined()
    // `كانون` alone names no month: January and December share it.
    expect(whole('7 كانون 2026', lex)).toBeUndefined()
  })
})

describe('Thai dates of the Buddhist Era', () => {
  const th = mergedLexicon('th')

  it('should turn a Buddhist-era year into its Common Era year, for Thai month names and numeric dates on a Thai page', () => {
    expect(whole('7 ธันวาคม 2569', th)).toBe('2026-12-07')
    expect(whole('7 ธ.ค. 2569', th)).toBe('2026-12-07')
    expect(whole('07/12/2569', th)).toBe('2026-12-07')
    expect(whole('2569-12-07', th)).toBe('2026-12-07')
    // A year below 2400 is already of the Common Era.
    expect(whole('7 ธันวาคม 2026', th)).toBe('2026-12-07')
    expect(whole('7 ธันวาคม ค.ศ. 2026', th)).toBe('2026-12-07')
  })

  it('should read a Thai month name in the Buddhist Era on a page of any language, and nothing else so', () => {
    for (const lang of [undefined, 'en', 'ar', 'hi', 'zh']) {
      const lex = mergedLexicon(lang)
      expect(whole('7 ธันวาคม 2569', lex), String(lang)).toBe('2026-12-07')
      expect(whole('07/12/2569', lex), String(lang)).toBeUndefined()
      expect(whole('7 December 2569', lex), String(lang)).toBeUndefined()
    }
    expect(whole('7 ديسمبر 2569', mergedLexicon('ar'))).toBeUndefined()
  })

  it('should read any Buddhist-era date as the Common Era date 543 years before, and leave every other language’s year of 2443 or more unread', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(0, 1),
        fc.constantFrom('en', 'de', 'fr', 'ru', 'ar', 'hi', 'vi', 'zh'),
        (y, m, d, set, other) => {
          const month = MONTHS.th[set]![m]!
          const text = `${d} ${month} ${y + 543}`
          const iso = `${y}-${pad(m + 1)}-${pad(d)}`
          expect(readWholeDate(text, 0, text.length, th)).toBe(iso)
          const numeric = `${pad(d)}/${pad(m + 1)}/${y + 543}`
          expect(readWholeDate(numeric, 0, numeric.length, th)).toBe(iso)
          expect(readWholeDate(numeric, 0, numeric.length, mergedLexicon(other))).toBeUndefined()
          // The same date in the Common Era reads as itself on the Thai page.
          const ce = `${pad(d)}/${pad(m + 1)}/${y}`
          expect(readWholeDate(ce, 0, ce.length, th)).toBe(iso)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('should read a dateline that ends in the full stop of `น.` as a dateline, not a sentence', () => {
    expect(readMetadataLine('7 ธ.ค. 2569 14:30 น.', th)?.fields[0]?.value).toBe('2026-12-07T14:30')
    expect(readMetadataLine('เผยแพร่: 7 ธ.ค. 2569 14.30 น.', th)?.fields[0]).toMatchObject({ kind: 'date', value: '2026-12-07T14:30', labelled: true })
    // A sentence that ends in a date and its time is still prose: no label, words before the date.
    expect(readMetadataLine('ห้องสมุดเปิดเมื่อ 7 ธ.ค. 2569 เวลา 14:30 น.', th)).toBeUndefined()
  })

  it('should read a date that starts with an abbreviated month only when its parts are joined by full stops', () => {
    expect(readDateAt('7 ธ.ค. 2569', 0, th)?.end).toBe(11)
    expect(readDateAt('7 ธ ค 2569', 0, th)).toBeUndefined()
  })
})

/** A line's fields as `kind: value` (credits as `role: names`). */
function fields(text: string, lang: string): string[] | undefined {
  return readMetadataLine(text, mergedLexicon(lang))?.fields.map((f) => `${f.kind === 'credit' ? f.role! : f.kind}: ${f.value}`)
}

describe('metadata lines of Arabic, Hindi and Thai', () => {
  it.each([
    ['ar', 'بقلم سارة الحسيني', ['author: سارة الحسيني']],
    ['ar', 'بقلم: سارة الحسيني', ['author: سارة الحسيني']],
    ['ar', 'كتب - محمد علي', ['author: محمد علي']],
    ['ar', 'كتبت: منى سالم', ['author: منى سالم']],
    ['ar', 'تصوير: خالد منصور', ['photographer: خالد منصور']],
    ['ar', 'المصدر: وكالات', ['source: وكالات']],
    ['ar', 'تاريخ النشر: 07/12/2026', ['date: 2026-12-07']],
    ['ar', 'آخر تحديث: الاثنين، 7 ديسمبر 2026 - 14:30', ['date: 2026-12-07T14:30']],
    ['ar', 'بقلم سارة الحسيني | 7 ديسمبر 2026', ['author: سارة الحسيني', 'date: 2026-12-07']],
    ['hi', 'लेखक: प्रिया शर्मा', ['author: प्रिया शर्मा']],
    ['hi', 'रिपोर्ट: अमित वर्मा', ['reporter: अमित वर्मा']],
    ['hi', 'फोटो: अमित वर्मा', ['photographer: अमित वर्मा']],
    ['hi', 'स्रोत: पीटीआई', ['source: पीटीआई']],
    ['hi', 'प्रकाशित: 7 दिसंबर 2026', ['date: 2026-12-07']],
    ['hi', 'अपडेटेड: 7 दिसंबर 2026, 02:30 PM IST', ['date: 2026-12-07T14:30']],
    ['hi', 'लेखक: प्रिया शर्मा और राहुल वर्मा', ['author: प्रिया शर्मा और राहुल वर्मा']],
    ['th', 'ผู้เขียน: สมชาย ใจดี', ['author: สมชาย ใจดี']],
    ['th', 'ข่าวโดย สมศรี แก้วมณี', ['author: สมศรี แก้วมณี']],
    ['th', 'เขียนโดย สมชาย ใจดี', ['author: สมชาย ใจดี']],
    ['th', 'ภาพ: วิชัย ทองดี', ['photographer: วิชัย ทองดี']],
    ['th', 'ภาพโดย วิชัย ทองดี', ['photographer: วิชัย ทองดี']],
    ['th', 'ที่มา: สำนักข่าวไทย', ['source: สำนักข่าวไทย']],
    ['th', 'วันที่ 7 ธันวาคม 2569', ['date: 2026-12-07']],
    ['th', 'อัปเดตล่าสุด 7 ธ.ค. 2569 14:30 น.', ['date: 2026-12-07T14:30']],
  ])('should read a %s line %j', (lang, text, want) => {
    expect(fields(text, lang)).toEqual(want)
  })

  it.each([
    // `كتب` ("wrote") opens a sentence: only a dash or a colon makes it a byline.
    ['ar', 'كتب الوزير رسالة إلى المجلس'],
    ['ar', 'المصدر الرئيسي للدخل هو السياحة'],
    ['ar', 'التاريخ يعيد نفسه في المدينة'],
    ['hi', 'लेखक और पत्रकार दोनों पहुंचे'],
    ['hi', 'प्रकाशित पुस्तकों की संख्या बढ़ी'],
    ['hi', 'स्रोत बताते हैं कि बैठक टल गई'],
    // `โดย` ("by", "via") alone opens sentences.
    ['th', 'โดยทั่วไปห้องสมุดเปิดทุกวัน'],
    ['th', 'วันที่ฝนตกหนักที่สุดของปี'],
    ['th', 'ภาพรวมเศรษฐกิจดีขึ้น'],
  ])('should not read the %s line %j', (lang, text) => {
    expect(fields(text, lang)).toBeUndefined()
  })

  it('should end a Hindi copyright holder at the danda', () => {
    expect(readCopyright('© 2026 दैनिक उदाहरण। सर्वाधिकार सुरक्षित।', mergedLexicon('hi'))).toEqual({ holder: 'दैनिक उदाहरण', year: 2026 })
    expect(readCopyright('© 2026 आज तक।', mergedLexicon('hi'))).toEqual({ holder: 'आज तक', year: 2026 })
    expect(readCopyright('© 2026 صحيفة المثال. جميع الحقوق محفوظة.', mergedLexicon('ar'))).toEqual({ holder: 'صحيفة المثال', year: 2026 })
  })
})
