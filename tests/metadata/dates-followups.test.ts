import fc from 'fast-check'
import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { findDate, readRelativeDateline, readWholeDate } from '../../src/metadata/rules/date.js'
import { readCopyright } from '../../src/metadata/rules/copyright.js'
import { readMetadataLine } from '../../src/metadata/line.js'

// When the pages below were fetched: a Monday, 14:19 UTC.
const FETCHED = '2026-12-07T14:19:00Z'

const EN = {
  title: 'Harbour bridge reopens after repairs',
  body: 'The harbour bridge reopened to traffic this morning after six weeks of repairs to its deck and railings, and the city transport office said buses would return to their usual routes by the evening.',
  second: 'Engineers found rust in several of the steel beams during an inspection in the spring, and the council voted to close the bridge rather than risk a partial collapse during the winter storms.',
}
const AR = {
  title: 'افتتاح جسر الميناء بعد الإصلاحات',
  body: 'أعيد فتح جسر الميناء أمام حركة المرور صباح اليوم بعد ستة أسابيع من أعمال الإصلاح في سطحه وحواجزه، وقال مكتب النقل في المدينة إن الحافلات ستعود إلى مساراتها المعتادة بحلول المساء.',
}
const TH = {
  title: 'สะพานท่าเรือเปิดใช้อีกครั้งหลังซ่อมแซม',
  body: 'สะพานท่าเรือเปิดให้รถสัญจรได้อีกครั้งเมื่อเช้านี้หลังการซ่อมแซมพื้นสะพานและราวกันตกนานหกสัปดาห์ และสำนักงานขนส่งของเมืองระบุว่ารถประจำทางจะกลับมาวิ่งตามเส้นทางปกติภายในเย็นนี้',
  second: 'ผู้ค้าในย่านเมืองเก่ากล่าวว่ายอดขายลดลงเกือบครึ่งระหว่างที่ปิดสะพาน เพราะผู้ขับขี่จากฝั่งเหนือของแม่น้ำหันไปใช้ถนนวงแหวนแทน',
}
const ZH = {
  title: '港口大桥维修后重新开放',
  body: '经过六周的桥面和栏杆维修，港口大桥今天上午重新恢复通车，市交通部门表示，公交车将于今晚前恢复原有线路，市民出行将更加方便。',
}
const CS = {
  title: 'Přístavní most je po opravě znovu otevřen',
  body: 'Přístavní most byl dnes ráno po šesti týdnech oprav vozovky a zábradlí znovu otevřen pro dopravu a městský úřad pro dopravu uvedl, že autobusy se do večera vrátí na své obvyklé trasy.',
}

describe('relative datelines: amounts as words', () => {
  it('should read a count word from one to ten in each language with counts', () => {
    const lex = mergedLexicon(undefined)
    const cases: readonly [string, number, string][] = [
      ['ten minutes ago', 10, 'minute'],
      ['vor drei Tagen', 3, 'day'],
      ['il y a cinq heures', 5, 'hour'],
      ['hace siete días', 7, 'day'],
      ['há quatro semanas', 4, 'week'],
      ['otto ore fa', 8, 'hour'],
      ['vijf dagen geleden', 5, 'day'],
      ['pięć minut temu', 5, 'minute'],
      ['пять дней назад', 5, 'day'],
      ['tiga hari lalu', 3, 'day'],
      ['ba ngày trước', 3, 'day'],
      ['üç gün önce', 3, 'day'],
      ['세 시간 전', 3, 'hour'],
      ['九天前', 9, 'day'],
      ['三日前', 3, 'day'],
      ['منذ خمس دقائق', 5, 'minute'],
      ['चार घंटे पहले', 4, 'hour'],
      ['ห้านาทีที่แล้ว', 5, 'minute'],
    ]
    for (const [s, amount, unit] of cases) expect(readRelativeDateline(s, 0, s.length, lex)?.date, s).toEqual({ kind: 'ago', amount, unit })
  })

  it('should compose Han counts with ten up to 99', () => {
    const lex = mergedLexicon('zh')
    const han = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
    // 10 → 十, 15 → 十五, 20 → 二十, 35 → 三十五.
    const write = (n: number): string => (n < 10 ? han[n]! : `${n >= 20 ? han[Math.floor(n / 10)] : ''}十${han[n % 10]}`)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('分钟前', '天前', '小时前'), (n, tail) => {
        const s = `${write(n)}${tail}`
        expect(readRelativeDateline(s, 0, s.length, lex)?.date).toMatchObject({ kind: 'ago', amount: n })
      }),
    )
    // `十分` is "very" before a word that is no unit.
    for (const s of ['十分重要', '十分钟', '一二三前']) expect(readRelativeDateline(s, 0, s.length, lex), s).toBeUndefined()
  })

  it('should write a count word of a spaced script apart from its unit', () => {
    const lex = mergedLexicon('en')
    for (const s of ['twohours ago', 'tenm ago', 'zweiStunden']) expect(readRelativeDateline(s, 0, s.length, lex), s).toBeUndefined()
  })
})

describe('relative datelines: what stays in the body', () => {
  it('should leave sentences with a count word, a month or a year in the body', () => {
    const sentences = [
      'The bridge was built three years ago, long before the new ring road.',
      'Two months ago the council had promised the work would be done by the autumn',
      'Vor zwei Jahren wurde die Brücke zum letzten Mal gründlich geprüft.',
      'Il y a trois mois, la mairie avait promis la fin des travaux.',
    ]
    for (const sentence of sentences) {
      const input = `${EN.title}\n${EN.body}\n\n${sentence}\n\n${EN.second}`
      const r = clean(input, { referenceDate: FETCHED, foreignText: 'keep' })
      expect(r.body, sentence).toContain(sentence)
      expect(r.metadata.dateRelative).toBeUndefined()
      expect(r.metadata.date).toBeUndefined()
    }
    const zh = '三个月前，市政府曾承诺在秋季前完成维修工程。'
    const r = clean(`${ZH.title}\n${ZH.body}\n\n${zh}\n\n${ZH.body}`, { referenceDate: FETCHED })
    expect(r.body).toContain(zh)
    expect(r.metadata.dateRelative).toBeUndefined()
  })

  it('should take no date from `3 months ago` in a comment thread', () => {
    const input = `${EN.title}\n${EN.body}\n\n${EN.second}\n\n12 comments\nJane Roe\n3 months ago\nThe detour through the old town was a nightmare all autumn.\nJohn Poe\ntwo years ago\nGlad it is finally open.`
    const r = clean(input, { referenceDate: FETCHED })
    expect(r.metadata.date).toBeUndefined()
    expect(r.metadata.dateRelative).toBeUndefined()
    expect(r.body).toBe(`${EN.body}\n\n${EN.second}`)
  })

  it('should end a line in a full stop only after an abbreviation the lexicon lists with one', () => {
    const lex = mergedLexicon(undefined)
    expect(readMetadataLine('vor 5 Min.', lex)?.fields[0]).toMatchObject({ kind: 'date', value: 'vor 5 Min.' })
    expect(readMetadataLine('il y a 3 min.', lex)?.fields[0]).toMatchObject({ kind: 'date', value: 'il y a 3 min.' })
    // A unit written in full is no abbreviation: the full stop closes a sentence.
    for (const s of ['vor 5 Minuten.', '2 hours ago.', 'He waited 5 min.']) expect(readMetadataLine(s, lex), s).toBeUndefined()
  })
})

describe('relative datelines: user lexicon entries', () => {
  const user = {
    cs: {
      'metadata.relative.hour': ['hodinou', 'hodinami'],
      'metadata.relative.month': ['měsícem', 'měsíci'],
      'metadata.relative.agoBefore': ['před'],
      'metadata.relative.count.2': ['dvěma'],
      'metadata.relative.day.-1': ['včera'],
      'metadata.relative.now': ['právě teď'],
    },
  }

  it('should read the words a user adds under metadata.relative.*', () => {
    for (const [line, date] of [
      ['před 2 hodinami', '2026-12-07T12:19:00'],
      ['Před dvěma hodinami', '2026-12-07T12:19:00'],
      ['před 3 měsíci', '2026-09-07'],
      ['včera 14:30', '2026-12-06T14:30'],
    ] as const) {
      const input = `${CS.title}\n${line}\n${CS.body}`
      const r = clean(input, { referenceDate: FETCHED, lexicon: user })
      expect(r.metadata.date, line).toBe(date)
      expect(r.metadata.dateRelative, line).toBe(line)
      expect(r.body).toBe(CS.body)
      // Without the entries the line is no dateline.
      expect(clean(input, { referenceDate: FETCHED }).metadata.dateRelative, line).toBeUndefined()
    }
  })

  it('should ignore malformed relative categories and blank words', () => {
    const lex = mergedLexicon('cs', { cs: { 'metadata.relative.count.0': ['nula'], 'metadata.relative.count.100': ['sto'], 'metadata.relative.day.1': ['zítra'], 'metadata.relative.fortnight': ['x'], 'metadata.relative.ago': [' ', 'zpět'] } })
    expect(lex.relativeDates.countOf.has('nula')).toBe(false)
    expect(lex.relativeDates.countOf.has('sto')).toBe(false)
    expect(lex.relativeDates.dayOffset.has('zítra')).toBe(false)
    expect(lex.relativeDates.agoAfter).toContain('zpět')
    expect(lex.relativeDates.agoAfter).not.toContain('')
  })
})

describe('Arabic times before and after noon (meridiemsAfter)', () => {
  const ar = mergedLexicon('ar')

  it('should read ص and م after a time', () => {
    expect(readWholeDate('الاثنين، 7 ديسمبر 2026 - 02:30 م', 0, 32, ar)).toBe('2026-12-07T14:30')
    expect(readWholeDate('7 ديسمبر 2026 09:15 ص', 0, 21, ar)).toBe('2026-12-07T09:15')
    expect(readWholeDate('7 ديسمبر 2026 12:10 ص', 0, 21, ar)).toBe('2026-12-07T00:10')
    expect(readWholeDate('7 ديسمبر 2026 12:10 م', 0, 21, ar)).toBe('2026-12-07T12:10')
    expect(readWholeDate('7 ديسمبر 2026 02:30 مساءً', 0, 25, ar)).toBe('2026-12-07T14:30')
    // A 24-hour time after noon may carry the mark; before noon it contradicts it.
    expect(readWholeDate('7 ديسمبر 2026 14:30 م', 0, 21, ar)).toBe('2026-12-07T14:30')
    expect(readWholeDate('7 ديسمبر 2026 14:30 ص', 0, 21, ar)).toBeUndefined()
  })

  it('should take an Arabic dateline with a time after noon out of the body', () => {
    const dateline = 'الاثنين، 7 ديسمبر 2026 - 02:30 م'
    const r = clean(`${AR.title}\n${dateline}\n${AR.body}`)
    expect(r.metadata.date).toBe('2026-12-07T14:30')
    expect(r.body).toBe(AR.body)
  })

  it('should not read a letter م that is the start of a word as the mark', () => {
    expect(readWholeDate('7 ديسمبر 2026 02:30 مدينة', 0, 25, ar)).toBeUndefined()
  })
})

describe('Thai two-digit Buddhist-era years', () => {
  const th = mergedLexicon('th')

  it('should read a two-digit year after a Thai month name as of the 2500s BE', () => {
    expect(findDate('7 ธ.ค. 69', th)?.iso).toBe('2026-12-07')
    expect(findDate('7 ธันวาคม 69', th)?.iso).toBe('2026-12-07')
    expect(findDate('1 ม.ค. 70 เวลา 09:05 น.', th)?.iso).toBe('2027-01-01T09:05')
    expect(readWholeDate('7 ธ.ค. 69 14:30 น.', 0, 18, th)).toBe('2026-12-07T14:30')
    // 2443 BE is 1900: 43 after a Thai month is 2543 BE, 2000.
    expect(findDate('29 ก.พ. 43', th)?.iso).toBe('2000-02-29')
    // 2568 BE (2025) was no leap year.
    expect(findDate('29 ก.พ. 68', th)).toBeUndefined()
  })

  it('should take a Thai dateline with a two-digit year out of the body', () => {
    const r = clean(`${TH.title}\nอัปเดต 7 ธ.ค. 69 14:30 น.\n${TH.body}`)
    expect(r.metadata.date).toBe('2026-12-07T14:30')
    expect(r.body).toBe(TH.body)
  })

  it('should read no two-digit year that is a count, nor one after another language’s month', () => {
    // "69 cases on 7 December": the number runs on into a word.
    expect(findDate('7 ธ.ค. 69 ราย', th)).toBeUndefined()
    expect(findDate('7 ธ.ค. 69ราย', th)).toBeUndefined()
    expect(findDate('7 ธ.ค. 69.5', th)).toBeUndefined()
    expect(findDate('7 ธ.ค. 690', th)).toBeUndefined()
    expect(findDate('7 Dec 69', th)).toBeUndefined()
    expect(findDate('7 ديسمبر 69', mergedLexicon('ar'))).toBeUndefined()
    // All-numeric short years stay unread on Thai pages.
    expect(findDate('07/12/69', th)).toBeUndefined()
    const sentence = 'เมื่อวันที่ 7 ธ.ค. 69 คนในชุมชนร่วมกันทำความสะอาดริมแม่น้ำ'
    const r = clean(`${TH.title}\n${TH.body}\n\n${sentence}\n\n${TH.second}`)
    expect(r.body).toContain(sentence)
    expect(r.metadata.date).toBeUndefined()
  })
})

describe('Buddhist-era copyright years', () => {
  it('should read a copyright year of the page language’s era as its Common Era year', () => {
    expect(readCopyright('© 2569 บริษัท ข่าวตัวอย่าง จำกัด สงวนลิขสิทธิ์', mergedLexicon('th'))).toEqual({ holder: 'บริษัท ข่าวตัวอย่าง จำกัด', year: 2026 })
    expect(readCopyright('© ข่าวตัวอย่าง 2560-2569', mergedLexicon('th'))).toEqual({ holder: 'ข่าวตัวอย่าง', year: 2026 })
    // A Common Era year on a Thai page is as written.
    expect(readCopyright('© 2026 ข่าวตัวอย่าง', mergedLexicon('th'))).toEqual({ holder: 'ข่าวตัวอย่าง', year: 2026 })
  })

  it('should give a Thai page its copyright year through clean()', () => {
    const r = clean(`${TH.title}\n${TH.body}\n\n${TH.second}\n© 2569 บริษัท ข่าวตัวอย่าง จำกัด สงวนลิขสิทธิ์`)
    expect(r.metadata.copyright).toEqual({ holder: 'บริษัท ข่าวตัวอย่าง จำกัด', year: 2026 })
  })

  it('should take no year of 2569 on a page whose language counts no era', () => {
    expect(readCopyright('© 2569 Example Media', mergedLexicon('en'))).toEqual({ holder: 'Example Media' })
    const r = clean(`${EN.title}\n${EN.body}\n\n${EN.second}\n© 2569 Example Media`)
    expect(r.metadata.copyright?.year).toBeUndefined()
  })
})
