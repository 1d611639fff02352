import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readGluedCredit, readMetadataLine, type Field } from '../../src/metadata/line.js'
import { isOneWordName } from '../../src/metadata/names.js'

const ko = mergedLexicon('ko')
const ja = mergedLexicon('ja')
const zh = mergedLexicon('zh')

/** What an opener states, as `kind:role:value` strings. */
function stated(fields: readonly Field[] | undefined): string[] | undefined {
  return fields?.map((f) => `${f.kind}:${f.role ?? ''}:${f.value}`)
}

const koLead = '강변시 보건소가 다음 달부터 주말에도 독감 예방접종을 받을 수 있도록 운영 시간을 늘린다고 9일 밝혔다. 접종은 사전 예약 없이 받을 수 있다.'
const jaLead = '南浦市は9日、市内の公民館で週末にも予防接種を受けられるよう、来月から受付時間を延ばすと発表した。予約は要らない。'
const zhLead = '南浦市卫生局9日表示，从下月起各社区诊所周末也将提供流感疫苗接种服务，居民无需提前预约即可前往。'

describe('isOneWordName', () => {
  it('should take a word of two to five Hangul, Han or kana letters', () => {
    for (const w of ['김하늘', '남궁민수', '이솔', '山田花子', 'たなかゆう', '张三']) expect(isOneWordName(w)).toBe(true)
  })

  it('should leave a letter alone, a long word, digits and Latin letters', () => {
    for (const w of ['간', '대한민국국회의원', '김하늘1', 'Kim', '김·박', '']) expect(isOneWordName(w)).toBe(false)
  })
})

describe('Korean agency openers with several reporters', () => {
  it('should read every reporter listed with spaces after a bracketed dateline', () => {
    const text = `(서울=연합뉴스) 김하늘 박민수 기자 = ${koLead}`
    expect(readGluedCredit(text, ko)).toEqual({
      fields: [
        { kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '김하늘, 박민수', names: ['김하늘', '박민수'] },
        { kind: 'source', rule: 'metadata/source', value: '연합뉴스' },
      ],
      cut: '(서울=연합뉴스) 김하늘 박민수 기자 = '.length,
    })
  })

  it('should read reporters listed with a middle dot or a comma, with or without a dateline', () => {
    expect(stated(readGluedCredit(`(세종=뉴스1) 김하늘·박민수 기자 = ${koLead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수', 'source::뉴스1'])
    expect(stated(readGluedCredit(`[대전=뉴시스]김하늘ㆍ박민수ㆍ이솔 기자 = ${koLead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수, 이솔', 'source::뉴시스'])
    expect(stated(readGluedCredit(`김하늘, 박민수 기자 = ${koLead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수'])
    expect(stated(readGluedCredit(`김하늘·박민수 기자 = ${koLead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수'])
  })

  it('should give each name the role written after it', () => {
    expect(stated(readGluedCredit(`(서울=연합뉴스) 김하늘 기자·박민수 특파원 = ${koLead}`, ko)?.fields)).toEqual([
      'credit:reporter:김하늘',
      'credit:correspondent:박민수',
      'source::연합뉴스',
    ])
    expect(stated(readGluedCredit(`(서울=연합뉴스) 김하늘 기자 박민수 기자 = ${koLead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수', 'source::연합뉴스'])
  })

  it('should not read names listed by spaces alone without a dateline, where the first word may be the place', () => {
    expect(readGluedCredit(`워싱턴 김하늘 특파원 = ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`김하늘 박민수 기자 = ${koLead}`, ko)).toBeUndefined()
  })

  it('should leave sentences that mention reporters, a phrase before the role, and a quoted opener', () => {
    expect(readGluedCredit(`김하늘 박민수 기자는 현장에서 주민들을 만났다. ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`(서울=연합뉴스) 이 사건을 취재한 기자 = ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`(서울=연합뉴스) 김하늘·기자 = ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`(서울=연합뉴스) 김하늘 박민수 = ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`"(서울=연합뉴스) 김하늘 박민수 기자 = ${koLead}"`, ko)).toBeUndefined()
    expect(readGluedCredit(`그는 "(서울=연합뉴스) 김하늘·박민수 기자 = "라고 적힌 기사를 보여줬다. ${koLead}`, ko)).toBeUndefined()
    expect(readGluedCredit('(서울=연합뉴스) 김하늘·박민수 기자 = 끝', ko)).toBeUndefined()
  })

  it('should read any list of two to four reporters after a dateline, with spaces or middle dots', () => {
    const syllables = ['김', '박', '이', '하', '늘', '민', '수', '솔', '정', '우', '현', '아']
    const name = fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 4 }).map((s) => s.join(''))
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '·', 'ㆍ', ', '), (names, mark) => {
        const opener = `(부산=한빛통신) ${names.join(mark)} 기자 = `
        const r = readGluedCredit(opener + koLead, ko)
        expect(r?.cut).toBe(opener.length)
        expect(r?.fields[0]?.names).toEqual(names)
        expect(r?.fields[1]?.value).toBe('한빛통신')
      }),
      { numRuns: 200 },
    )
  })
})

describe('Japanese and Chinese agency openers', () => {
  it('should read the agency, never the place, from a Japanese opener in lenticular brackets', () => {
    expect(readGluedCredit(`【ワシントン共同】${jaLead}`, ja)).toEqual({ fields: [{ kind: 'source', rule: 'metadata/source', value: '共同' }], cut: '【ワシントン共同】'.length })
    expect(stated(readGluedCredit(`【北京時事】${jaLead}`, ja)?.fields)).toEqual(['source::時事'])
    expect(stated(readGluedCredit(`【ニューヨーク共同通信】 ${jaLead}`, ja)?.fields)).toEqual(['source::共同通信'])
    expect(stated(readGluedCredit(`（共同通信）${jaLead}`, ja)?.fields)).toEqual(['source::共同通信'])
  })

  it('should read the agency and the reporters of a Chinese dispatch line', () => {
    expect(readGluedCredit(`新华社北京12月7日电（记者 张三）${zhLead}`, zh)).toEqual({
      fields: [
        { kind: 'source', rule: 'metadata/source', value: '新华社' },
        { kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '张三', names: ['张三'] },
      ],
      cut: '新华社北京12月7日电（记者 张三）'.length,
    })
    expect(stated(readGluedCredit(`中新网上海12月7日电 （记者 李四 王五）${zhLead}`, zh)?.fields)).toEqual(['source::中新网', 'credit:reporter:李四, 王五'])
    expect(stated(readGluedCredit(`新华社华盛顿12月6日电 ${zhLead}`, zh)?.fields)).toEqual(['source::新华社'])
    expect(stated(readGluedCredit(`新华社北京电 ${zhLead}`, zh)?.fields)).toEqual(['source::新华社'])
    // A bracket after the dispatch line that is no credit stays with the paragraph.
    expect(readGluedCredit(`新华社北京12月7日电（综述）${zhLead}`, zh)?.cut).toBe('新华社北京12月7日电'.length)
  })

  it('should leave bracketed headings, sentences that start with an agency name, and quoted openers', () => {
    for (const heading of ['【速報】', '【解説】', '【共同声明】', '【時事】', '【今日の時事】']) expect(readGluedCredit(heading + jaLead, ja)).toBeUndefined()
    expect(readGluedCredit(`「【ワシントン共同】」と書かれた記事があった。${jaLead}`, ja)).toBeUndefined()
    expect(readGluedCredit(`新华社记者从北京电力公司获悉，${zhLead}`, zh)).toBeUndefined()
    expect(readGluedCredit(`新华社北京电视台报道，${zhLead}`, zh)).toBeUndefined()
    expect(readGluedCredit(`新华社报道，${zhLead}`, zh)).toBeUndefined()
    expect(readGluedCredit('【ワシントン共同】短い', ja)).toBeUndefined()
  })

  it('should read a line that is wholly an opener as the source', () => {
    expect(readMetadataLine('（共同通信）', ja)).toEqual({ fields: [{ kind: 'source', rule: 'metadata/source', value: '共同通信' }], rule: 'metadata/source' })
    expect(stated(readMetadataLine('【北京時事】', ja)?.fields)).toEqual(['source::時事'])
    expect(stated(readMetadataLine('新华社北京12月7日电（记者 张三 李四）', zh)?.fields)).toEqual(['source::新华社', 'credit:reporter:张三, 李四'])
    expect(readMetadataLine('（共同通信）によると', ja)).toBeUndefined()
    expect(readMetadataLine('【速報】', ja)).toBeUndefined()
    expect(readMetadataLine('(共同研究)', ja)).toBeUndefined()
  })

  it('should read agencies a user adds for the templates', () => {
    const lex = mergedLexicon('ja', { ja: { 'metadata.agency': ['北浜通信'] } })
    expect(stated(readGluedCredit(`【大阪北浜通信】${jaLead}`, lex)?.fields)).toEqual(['source::北浜通信'])
    expect(readGluedCredit(`【大阪北浜通信】${jaLead}`, ja)).toBeUndefined()
  })

  it('should keep every template readable: a literal or the agency first, and an agency or a name slot', () => {
    for (const lexicon of Object.values(METADATA_LEXICONS)) {
      for (const t of [...(lexicon.openers ?? []), ...(lexicon.closers ?? [])]) {
        expect(t.includes('{agency}') || t.includes('{name}')).toBe(true)
        expect(t.startsWith('{place}') || t.startsWith('{n}') || t.startsWith('{name}')).toBe(false)
        if (t.includes('{agency}')) expect(lexicon.agencies?.length ?? 0).toBeGreaterThan(0)
      }
    }
  })
})

describe('agency openers on whole pages', () => {
  const koPage = (opener: string): string =>
    [
      '강변시, 다음 달부터 주말에도 독감 예방접종',
      '입력 2026.11.09 오전 10:15',
      opener + koLead,
      '보건소 관계자는 평일에 시간을 내기 어려운 직장인들의 요청이 많았다고 설명했다. 백신은 충분히 확보해 두었다고 한다.',
      '주민들은 대체로 반기는 분위기다. 한 주민은 주말에 아이와 함께 접종을 받을 수 있게 돼 편하다고 말했다.',
    ].join('\n\n')

  it('should cut a Korean opener with two reporters and read both, and the agency', () => {
    for (const opener of ['(서울=연합뉴스) 김하늘 박민수 기자 = ', '(세종=뉴스1) 김하늘·박민수 기자 = ']) {
      const r = clean(koPage(opener))
      expect(r.metadata).toMatchObject({ credits: { reporter: ['김하늘', '박민수'] }, source: opener.includes('뉴스1') ? '뉴스1' : '연합뉴스' })
      expect(r.metadata.author).toBeUndefined()
      expect(r.body.startsWith(koLead)).toBe(true)
      expect(r.removed.find((x) => x.text === opener)).toMatchObject({ rule: 'metadata/credit', start: koPage(opener).indexOf(opener) })
      expect(clean(r.body).body).toBe(r.body)
    }
  })

  it('should keep a paragraph that only mentions reporters', () => {
    const r = clean(koPage('김하늘 박민수 기자는 현장에서 주민들을 만났다. '))
    expect(r.metadata.credits).toBeUndefined()
    expect(r.body).toContain('김하늘 박민수 기자는 현장에서')
  })

  const jaPage = (first: string, extra: readonly string[] = []): string =>
    [
      '公民館で週末の予防接種、来月から',
      '2026年11月9日 10時15分',
      ...extra,
      first + jaLead,
      '市の担当者によると、平日に時間を取りにくい会社員からの要望が多かったという。ワクチンは十分に確保している。',
      '住民の反応はおおむね好意的だ。ある住民は、週末に子どもと一緒に受けられるので助かると話した。',
    ].join('\n\n')

  it('should cut a Japanese opener and read the agency as the source', () => {
    const r = clean(jaPage('【ワシントン共同】'))
    expect(r.metadata).toMatchObject({ source: '共同', date: '2026-11-09T10:15' })
    expect(r.body.startsWith(jaLead)).toBe(true)
    expect(r.removed.find((x) => x.text === '【ワシントン共同】')).toMatchObject({ rule: 'metadata/source' })
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should read an agency line of its own as the source, under the source rule', () => {
    const r = clean(jaPage('', ['（共同通信）']))
    expect(r.metadata.source).toBe('共同通信')
    expect(r.removed.find((x) => x.text === '（共同通信）')).toMatchObject({ rule: 'metadata/source' })
  })

  it('should keep a bracketed heading that is no opener', () => {
    const r = clean(jaPage('【解説】'))
    expect(r.metadata.source).toBeUndefined()
    expect(r.removed.some((x) => x.rule.startsWith('metadata/') && x.text.includes('解説'))).toBe(false)
  })

  it('should cut a Chinese dispatch line with its reporters', () => {
    const page = [
      '南浦市社区诊所下月起周末提供流感疫苗接种',
      '2026年11月9日 10:15',
      `新华社北京11月9日电（记者 张三 李四）${zhLead}`,
      '卫生局负责人说，许多上班族平日难以抽出时间，因此希望周末也能接种。疫苗储备充足。',
      '居民对此普遍表示欢迎。一位居民说，周末可以带孩子一起来接种，方便了很多。',
    ].join('\n\n')
    const r = clean(page)
    expect(r.metadata).toMatchObject({ source: '新华社', credits: { reporter: ['张三', '李四'] }, date: '2026-11-09T10:15' })
    expect(r.body.startsWith(zhLead)).toBe(true)
    expect(r.removed.find((x) => x.text.startsWith('新华社'))).toMatchObject({ text: '新华社北京11月9日电（记者 张三 李四）', rule: 'metadata/source' })
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should leave the opener in the paragraph when its rules are turned off', () => {
    const r = clean(jaPage('【ワシントン共同】'), { disable: ['metadata/source'] })
    expect(r.metadata.source).toBeUndefined()
    expect(r.body.startsWith('【ワシントン共同】')).toBe(true)
  })
})
