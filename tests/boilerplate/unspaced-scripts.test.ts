import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'

// The shape of a page in a script other than Latin or Han: Thai writes no spaces between words (only
// between phrases) and ends no sentence with a mark; Hindi ends its sentences with the danda `।`. Lao,
// Khmer and Myanmar, which have no lexicon, are counted as Thai is. Written for these tests.

const THAI_PARAGRAPHS = [
  'กรุงเทพฯ – รัฐบาลได้ประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือและภาคตะวันออกเฉียงเหนือ โดยจะจ่ายเงินชดเชยให้แก่ครัวเรือนที่ได้รับความเสียหายภายในสิ้นเดือนนี้',
  'นายกรัฐมนตรีกล่าวว่ารัฐบาลจะทำงานร่วมกับหน่วยงานท้องถิ่นเพื่อให้ความช่วยเหลือถึงมือผู้ประสบภัยโดยเร็วที่สุด และจะมีการตรวจสอบความเสียหายอย่างละเอียด',
  'ทั้งนี้ กระทรวงเกษตรและสหกรณ์คาดว่าพื้นที่การเกษตรกว่าหนึ่งล้านไร่ได้รับความเสียหาย และจะต้องใช้เวลาหลายเดือนในการฟื้นฟู',
]
const THAI_TITLE = 'นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร'
const THAI_PAGE = [
  'หน้าแรก', 'ข่าว', 'กีฬา', 'บันเทิง', 'เศรษฐกิจ',
  THAI_TITLE,
  ...THAI_PARAGRAPHS,
  'แชร์', 'ข่าวที่เกี่ยวข้อง', 'ฝนตกหนักทั่วประเทศ', 'ราคาข้าวพุ่งสูงขึ้น',
].join('\n')

const HINDI_PARAGRAPHS = [
  'सरकार ने आज बाढ़ से प्रभावित किसानों के लिए एक नई सहायता योजना की घोषणा की। इस योजना के तहत प्रभावित परिवारों को इस महीने के अंत तक मुआवजा दिया जाएगा।',
  'प्रधानमंत्री ने कहा कि सरकार स्थानीय अधिकारियों के साथ मिलकर काम करेगी ताकि सहायता जल्द से जल्द प्रभावित लोगों तक पहुंचे।',
  'कृषि मंत्रालय का अनुमान है कि दस लाख हेक्टेयर से अधिक कृषि भूमि को नुकसान पहुंचा है और इसे ठीक होने में कई महीने लगेंगे।',
]
const HINDI_TITLE = 'सरकार ने किसानों के लिए नई योजना की घोषणा की'
const HINDI_PAGE = ['होम', 'देश', 'विदेश', 'खेल', HINDI_TITLE, ...HINDI_PARAGRAPHS, 'शेयर करें', 'संबंधित खबरें', 'देश भर में भारी बारिश', 'गेहूं की कीमतों में उछाल'].join('\n')

describe('pages in scripts that write no spaces between words or end sentences with a danda', () => {
  it('should find a Thai article by its shape: paragraphs of unspaced words are prose, not menu labels', () => {
    const r = clean(THAI_PAGE)
    expect(r.body).toBe(THAI_PARAGRAPHS.join('\n\n'))
    expect(r.metadata.title).toBe(THAI_TITLE)
    expect(r.metadata.language).toBe('th')
    expect(r.removed.map((x) => x.text)).toContain('หน้าแรก')
  })

  it('should read the danda as a sentence end: a Hindi headline above danda-ended paragraphs is the title', () => {
    const r = clean(HINDI_PAGE)
    expect(r.body).toBe(HINDI_PARAGRAPHS.join('\n\n'))
    expect(r.metadata.title).toBe(HINDI_TITLE)
  })

  it('should drop a Thai menu right above the article when there is no headline', () => {
    const r = clean(['หน้าแรก', 'ข่าว', 'กีฬา', 'บันเทิง', ...THAI_PARAGRAPHS].join('\n'))
    expect(r.body).toBe(THAI_PARAGRAPHS.join('\n\n'))
  })
})
