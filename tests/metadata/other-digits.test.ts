import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { asciiDigits } from '../../src/core/chars.js'

// Datelines written in the digits of other scripts, as pages in these languages print them. Written for these tests.
const PAGES: readonly { lang: string; title: string; dateline: string; iso: string; paragraphs: readonly string[] }[] = [
  {
    lang: 'ja',
    title: '都が新たな防災計画',
    dateline: '２０２６年１２月７日 １４時３０分',
    iso: '2026-12-07T14:30',
    paragraphs: [
      '東京都は７日、新しい防災計画を発表した。計画では、川沿いの地域に新たな堤防を建設し、避難所の数を増やすことが盛り込まれている。',
      '都の担当者は「住民の安全を最優先に考えた」と話している。工事は来年の春に始まる予定だ。',
    ],
  },
  {
    lang: 'ar',
    title: 'الحكومة تعلن خطة جديدة لدعم المزارعين',
    dateline: '٧ ديسمبر ٢٠٢٦',
    iso: '2026-12-07',
    paragraphs: [
      'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من الفيضانات في المناطق الشمالية، وتشمل الخطة تعويضات مالية للأسر المتضررة قبل نهاية الشهر الجاري.',
      'وقال رئيس الوزراء إن الحكومة ستعمل مع السلطات المحلية لضمان وصول المساعدات إلى المتضررين في أسرع وقت ممكن، مع إجراء تقييم دقيق للأضرار.',
    ],
  },
  {
    lang: 'hi',
    title: 'सरकार ने किसानों के लिए नई योजना की घोषणा की',
    dateline: '७ दिसंबर २०२६',
    iso: '2026-12-07',
    paragraphs: [
      'सरकार ने आज बाढ़ से प्रभावित किसानों के लिए एक नई सहायता योजना की घोषणा की। इस योजना के तहत प्रभावित परिवारों को इस महीने के अंत तक मुआवजा दिया जाएगा।',
      'प्रधानमंत्री ने कहा कि सरकार स्थानीय अधिकारियों के साथ मिलकर काम करेगी ताकि सहायता जल्द से जल्द प्रभावित लोगों तक पहुंचे।',
    ],
  },
  {
    lang: 'th',
    title: 'นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร',
    // A Buddhist-era year in Thai digits: 2569 is 2026.
    dateline: '๗ ธันวาคม ๒๕๖๙',
    iso: '2026-12-07',
    paragraphs: [
      'กรุงเทพฯ – รัฐบาลได้ประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือและภาคตะวันออกเฉียงเหนือ โดยจะจ่ายเงินชดเชยให้แก่ครัวเรือนที่ได้รับความเสียหายภายในสิ้นเดือนนี้',
      'นายกรัฐมนตรีกล่าวว่ารัฐบาลจะทำงานร่วมกับหน่วยงานท้องถิ่นเพื่อให้ความช่วยเหลือถึงมือผู้ประสบภัยโดยเร็วที่สุด และจะมีการตรวจสอบความเสียหายอย่างละเอียด',
    ],
  },
]

describe('dates in the digits of other scripts', () => {
  for (const p of PAGES) {
    it(`should read a ${p.lang} dateline written in its own digits (${p.dateline}) and take it out of the body`, () => {
      const r = clean([p.title, p.dateline, ...p.paragraphs].join('\n'))
      expect(r.metadata.date).toBe(p.iso)
      expect(r.removed.find((x) => x.text === p.dateline)?.rule).toBe('metadata/date')
      // The body keeps its own digits as written (`７日`).
      expect(r.body).toBe(p.paragraphs.join('\n\n'))
    })
  }

  it('should write every digit of those scripts as its ASCII digit, and leave all else as it is', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲ ०१२ ০১২ ๐๑๒ ໐໑໒ ၀၁၂ ០១២ ０１２')).toBe('0123456789 012 012 012 012 012 012 012 012')
    const plain = 'No digits of other scripts: 2026-12-07, ½, ², Ⅻ, ①.'
    expect(asciiDigits(plain)).toBe(plain)
  })

  it('should keep the length and every other character, so offsets into the result are offsets into the text', () => {
    const piece = fc.constantFrom('a', ' ', '7', '٧', '۷', '७', '৭', '๗', '໗', '၇', '៧', '７', '年', '\u{1F600}', 'é', '²')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')), (text) => {
        const out = asciiDigits(text)
        expect(out.length).toBe(text.length)
        for (let i = 0; i < text.length; i++) {
          const changed = out[i] !== text[i]
          if (changed) expect(out[i]).toBe('7')
          else expect(/^\p{Nd}$/u.test(text[i]!) && text[i] !== '7' && text[i] !== '²').toBe(false)
        }
      }),
    )
  })
})
