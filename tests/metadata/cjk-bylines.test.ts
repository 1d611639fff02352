import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readClosingCredit, readGluedCredit, readMetadataLine, type Field } from '../../src/metadata/line.js'

const ja = mergedLexicon('ja')
const zh = mergedLexicon('zh')
const ko = mergedLexicon('ko')

/** What a reading states, as `kind:role:value` strings. */
function stated(fields: readonly Field[] | undefined): string[] | undefined {
  return fields?.map((f) => `${f.kind}:${f.role ?? ''}:${f.value}`)
}

const jaLead = '北浜市は7日、港の東側で進めている防波堤の工事が来年春に終わる見通しだと発表した。総工費は約40億円になる。'
const jaLast = '完成すれば大型の貨物船も入れるようになり、市は観光客の増加も見込んでいる。'
const twLead = '北浜市政府今天宣布，港口東側的防波堤工程預計明年春天完工，總經費約新台幣40億元，將分三年支付。'

describe('Japanese closing agency marks', () => {
  it('should read an agency mark after the last sentence of a paragraph, and cut it with the spaces before it', () => {
    expect(readClosingCredit(`${jaLast}（共同）`, ja, false)).toEqual({ fields: [{ kind: 'source', rule: 'metadata/source', value: '共同' }], cut: jaLast.length })
    expect(readClosingCredit(`${jaLast} （時事）`, ja, false)?.cut).toBe(jaLast.length)
    expect(stated(readClosingCredit(`${jaLast}（ロイター）`, ja, false)?.fields)).toEqual(['source::ロイター'])
    expect(stated(readClosingCredit(`「港は町の顔だ」と語った。(共同)`, ja, false)?.fields)).toEqual(['source::共同'])
  })

  it('should read a line that is only an agency mark or a name in brackets', () => {
    expect(stated(readClosingCredit('（ロイター）', ja, true)?.fields)).toEqual(['source::ロイター'])
    expect(readClosingCredit('（山田花子）', ja, true)).toEqual({ fields: [{ kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '山田花子', names: ['山田花子'] }], cut: 0 })
    expect(stated(readClosingCredit('（山田はな、田中一郎）', ja, true)?.fields)).toEqual(['credit:reporter:山田はな, 田中一郎'])
  })

  it('should leave a mark not after a sentence end, a glued name, a mark inside the text, and closing notes', () => {
    expect(readClosingCredit('北浜大学と南浦市による研究（共同）', ja, false)).toBeUndefined()
    expect(readClosingCredit(`${jaLast}（山田花子）`, ja, false)).toBeUndefined()
    expect(readClosingCredit(`${jaLast}（共同）${jaLast}`, ja, false)).toBeUndefined()
    expect(readClosingCredit(`${jaLast}（共同通信によると）`, ja, false)).toBeUndefined()
    for (const note of ['（文中敬称略）', '（続く）', '（おわり）', '（了）', '（広告）', '（写真は資料）']) expect(readClosingCredit(note, ja, true)).toBeUndefined()
    for (const note of ['（完）', '（编辑部）', '（综合）']) expect(readClosingCredit(note, zh, true)).toBeUndefined()
    // A name is read only on a line of its own; an agency only as the whole line when asked so.
    expect(readClosingCredit('市長（山田花子）', ja, true)).toBeUndefined()
  })

  it('should not read a closing mark as a metadata line anywhere on the page', () => {
    expect(readMetadataLine('（山田花子）', ja)).toBeUndefined()
  })
})

describe('Japanese reporter openers', () => {
  it('should read the person after the place and `＝` as the reporter, never the place', () => {
    expect(readGluedCredit(`【ワシントン＝山田花子】${jaLead}`, ja)).toEqual({
      fields: [{ kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '山田花子', names: ['山田花子'] }],
      cut: '【ワシントン＝山田花子】'.length,
    })
    expect(stated(readGluedCredit(`【大阪=山田はな】${jaLead}`, ja)?.fields)).toEqual(['credit:reporter:山田はな'])
    expect(stated(readGluedCredit(`【北京＝山田花子、田中一郎】${jaLead}`, ja)?.fields)).toEqual(['credit:reporter:山田花子, 田中一郎'])
    expect(stated(readMetadataLine('【ソウル＝山田花子】', ja)?.fields)).toEqual(['credit:reporter:山田花子'])
  })

  it('should read an agency after the place and `＝` as the source', () => {
    expect(stated(readGluedCredit(`【ソウル＝共同】${jaLead}`, ja)?.fields)).toEqual(['source::共同'])
    expect(stated(readGluedCredit(`【パリAFP時事】${jaLead}`, ja)?.fields)).toEqual(['source::AFP時事'])
  })

  it('should leave headings with `＝` whose right side is no name', () => {
    expect(readGluedCredit(`【特集＝地方の未来】${jaLead}`, ja)).toBeUndefined()
    expect(readGluedCredit(`【ワシントン＝ロイター通信の報道】${jaLead}`, ja)).toBeUndefined()
    expect(readGluedCredit(`【ワシントン＝】${jaLead}`, ja)).toBeUndefined()
  })
})

describe('bracketed headings that end in an agency-like word', () => {
  it('should not read them as agency openers, glued or alone', () => {
    for (const heading of ['【最新時事】', '【時事ニュース】', '【日米共同】', '【国際時事】', '【ニュース時事】', '【産学共同】']) {
      expect(readGluedCredit(heading + jaLead, ja)).toBeUndefined()
      expect(readMetadataLine(heading, ja)).toBeUndefined()
    }
  })

  it('should still read places that are places', () => {
    for (const [opener, agency] of [['【北京時事】', '時事'], ['【那覇共同】', '共同'], ['【ニューヨーク共同】', '共同']] as const) {
      expect(stated(readGluedCredit(opener + jaLead, ja)?.fields)).toEqual([`source::${agency}`])
    }
  })
})

describe('Taiwan openers', () => {
  it('should read the agency and the reporter of a Central News Agency dispatch, never the place or a date', () => {
    expect(readGluedCredit(`（中央社記者王小明台北7日電）${twLead}`, zh)).toEqual({
      fields: [
        { kind: 'source', rule: 'metadata/source', value: '中央社' },
        { kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '王小明', names: ['王小明'] },
      ],
      cut: '（中央社記者王小明台北7日電）'.length,
    })
    expect(stated(readGluedCredit(`(中央社記者王小明華盛頓6日專電)${twLead}`, zh)?.fields)).toEqual(['source::中央社', 'credit:reporter:王小明'])
    expect(stated(readGluedCredit(`（中央社記者李文台中７日電）${twLead}`, zh)?.fields)).toEqual(['source::中央社', 'credit:reporter:李文'])
    expect(stated(readGluedCredit(`（中央社台北7日電）${twLead}`, zh)?.fields)).toEqual(['source::中央社'])
  })

  it('should read a paper’s own reporter in round or tortoise-shell brackets', () => {
    expect(readGluedCredit(`（記者王小明／台北報導）${twLead}`, zh)).toEqual({
      fields: [{ kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '王小明', names: ['王小明'] }],
      cut: '（記者王小明／台北報導）'.length,
    })
    expect(stated(readGluedCredit(`〔記者王小明／台北報導〕${twLead}`, zh)?.fields)).toEqual(['credit:reporter:王小明'])
    expect(stated(readGluedCredit(`(記者王小明、李大華/高雄報導)${twLead}`, zh)?.fields)).toEqual(['credit:reporter:王小明, 李大華'])
    expect(stated(readMetadataLine('〔記者王小明／綜合報導〕', zh)?.fields)).toEqual(['credit:reporter:王小明'])
  })

  it('should leave sentences about reporters and openers that are not closed', () => {
    expect(readGluedCredit(`中央社記者王小明今天在台北採訪時得知，${twLead}`, zh)).toBeUndefined()
    expect(readGluedCredit(`（中央社記者王小明台北7日電${twLead}`, zh)).toBeUndefined()
    expect(readGluedCredit(`（記者王小明台北報導）${twLead}`, zh)).toBeUndefined()
    expect(readGluedCredit(`（記者會上，市長表示）${twLead}`, zh)).toBeUndefined()
  })
})

describe('Korean byline lines', () => {
  it('should read two reporters listed with either middle dot, not one name', () => {
    for (const line of ['김하늘ㆍ박민수 기자', '김하늘·박민수 기자', '김하늘, 박민수 기자']) {
      expect(readMetadataLine(line, ko)).toEqual({
        fields: [{ kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '김하늘, 박민수', names: ['김하늘', '박민수'] }],
        rule: 'metadata/credit',
      })
    }
    expect(stated(readMetadataLine('김하늘 기자·박민수 특파원', ko)?.fields)).toEqual(['credit:reporter:김하늘', 'credit:correspondent:박민수'])
  })

  it('should read intern, trainee and correspondent roles', () => {
    expect(stated(readMetadataLine('김하늘 인턴기자', ko)?.fields)).toEqual(['credit:reporter:김하늘'])
    expect(stated(readMetadataLine('박민수 수습기자', ko)?.fields)).toEqual(['credit:reporter:박민수'])
    expect(stated(readMetadataLine('이솔 특파원', ko)?.fields)).toEqual(['credit:correspondent:이솔'])
    expect(stated(readMetadataLine('김하늘ㆍ박민수 인턴기자', ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수'])
  })

  it('should read the new roles in an agency opener too', () => {
    const lead = '북항 동쪽에서 진행 중인 방파제 공사가 내년 봄 끝날 것으로 보인다고 북항시가 7일 밝혔다.'
    expect(stated(readGluedCredit(`(부산=한빛통신) 김하늘ㆍ박민수 인턴기자 = ${lead}`, ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수', 'source::한빛통신'])
  })

  it('should keep an e-mail address after the role out of the names', () => {
    expect(stated(readMetadataLine('김하늘 인턴기자 sky@example.co.kr', ko)?.fields)).toEqual(['credit:reporter:김하늘'])
    expect(stated(readMetadataLine('김하늘ㆍ박민수 기자 desk@example.co.kr', ko)?.fields)).toEqual(['credit:reporter:김하늘, 박민수'])
  })

  it('should leave sentences about reporters and lists without a role', () => {
    expect(readMetadataLine('김하늘ㆍ박민수 기자가 현장을 찾았다', ko)).toBeUndefined()
    expect(readMetadataLine('김하늘ㆍ박민수', ko)).toBeUndefined()
    expect(readMetadataLine('인턴기자', ko)).toBeUndefined()
    expect(readMetadataLine('김하늘ㆍ기자', ko)).toBeUndefined()
    expect(readMetadataLine('올해 뽑은 인턴기자', ko)).toBeUndefined()
  })
})

describe('any place and name', () => {
  const han = fc.constantFrom(...'山田中川林森花子一郎美北南東西浜港王李陳明華文大小'.split(''))
  const kata = fc.constantFrom(...'アイカサタナハマラワンシトロー'.split(''))
  const word = (letters: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> =>
    fc.array(letters, { minLength: min, maxLength: max }).map((a) => a.join(''))

  it('should read the reporter of a Japanese opener and cut exactly the opener', () => {
    fc.assert(
      fc.property(word(kata, 2, 8), word(han, 2, 6), fc.constantFrom('＝', '='), (place, name, mark) => {
        // The letters spell none of the heading words no place starts or ends with (`ニュース`).
        const opener = `【${place}${mark}${name}】`
        const r = readGluedCredit(opener + jaLead, ja)
        expect(r?.cut).toBe(opener.length)
        expect(r?.fields).toEqual([{ kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: name, names: [name] }])
      }),
      { numRuns: 200 },
    )
  })

  it('should split a three-letter name from a two-letter place in a Central News Agency dispatch', () => {
    fc.assert(
      fc.property(word(han, 3, 3), word(han, 2, 2), fc.integer({ min: 1, max: 31 }), (name, place, day) => {
        const opener = `（中央社記者${name}${place}${day}日電）`
        const r = readGluedCredit(opener + twLead, zh)
        expect(r?.cut).toBe(opener.length)
        expect(stated(r?.fields)).toEqual(['source::中央社', `credit:reporter:${name}`])
      }),
      { numRuns: 200 },
    )
  })
})

describe('whole pages', () => {
  it('should take a Japanese reporter opener, a closing agency mark and the footer out of a page', () => {
    const page = [
      '北浜港の防波堤、来春完成へ',
      '2026年12月7日 18時05分',
      `【北浜＝山田花子】${jaLead}`,
      '工事は3年前に始まり、台風の影響で一時止まっていた。市の担当者は「漁業者の安全を第一に進めたい」と話した。',
      `${jaLast}（共同）`,
      'Copyright © 2026 北浜新報社 無断転載を禁じます',
    ].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe([jaLead, '工事は3年前に始まり、台風の影響で一時止まっていた。市の担当者は「漁業者の安全を第一に進めたい」と話した。', jaLast].join('\n\n'))
    expect(r.metadata).toEqual({
      title: '北浜港の防波堤、来春完成へ',
      date: '2026-12-07T18:05',
      language: 'ja',
      credits: { reporter: ['山田花子'] },
      source: '共同',
      copyright: { holder: '北浜新報社', year: 2026 },
    })
    expect(r.removed.find((x) => x.text === '【北浜＝山田花子】')).toMatchObject({ rule: 'metadata/credit', start: page.indexOf('【北浜＝') })
    expect(r.removed.find((x) => x.text === '（共同）')).toMatchObject({ rule: 'metadata/source', start: page.indexOf('（共同）') })
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should read a closing name line under the last paragraph of a Japanese page', () => {
    const page = ['北浜港の防波堤、来春完成へ', '2026年12月7日 18時05分', jaLead, jaLast, '（山田花子）'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(`${jaLead}\n\n${jaLast}`)
    expect(r.metadata.credits).toEqual({ reporter: ['山田花子'] })
    expect(r.removed.find((x) => x.text === '（山田花子）')).toMatchObject({ rule: 'metadata/credit' })
    // The same line in mid-article is the article's.
    const mid = clean(['北浜港の防波堤、来春完成へ', '2026年12月7日 18時05分', jaLead, '（山田花子）', jaLast].join('\n\n'))
    expect(mid.metadata.credits).toBeUndefined()
  })

  it('should keep a bracketed heading that ends in an agency-like word in the body', () => {
    const r = clean(['北浜港の防波堤、来春完成へ', '2026年12月7日 18時05分', `【最新時事】${jaLead}`, jaLast].join('\n\n'))
    expect(r.metadata.source).toBeUndefined()
    expect(r.body.startsWith(`【最新時事】${jaLead}`)).toBe(true)
  })

  it('should read a Taiwan dispatch page without dating it from the dispatch day', () => {
    const rest = ['工程三年前開工，曾因颱風一度停工。市府官員表示，將以漁民的安全為第一優先，不會趕工。', '完工後大型貨輪也能進港，市府預期觀光客將會明顯增加，周邊商家也表示期待。']
    const page = ['北浜港新防波堤明年春天完工', `（中央社記者王小明北浜7日電）${twLead}`, ...rest, '版權所有 © 2026 北浜日報'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe([twLead, ...rest].join('\n\n'))
    expect(r.metadata).toEqual({
      title: '北浜港新防波堤明年春天完工',
      language: 'zh',
      source: '中央社',
      credits: { reporter: ['王小明'] },
      copyright: { holder: '北浜日報', year: 2026 },
    })
    expect(r.removed.find((x) => x.text === '（中央社記者王小明北浜7日電）')).toMatchObject({ rule: 'metadata/source', start: page.indexOf('（中央社') })
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should read a Korean page with a listed byline line and an intern credit with an address at the end', () => {
    const paras = [
      '북항 동쪽에서 진행 중인 방파제 공사가 내년 봄 끝날 것으로 보인다고 북항시가 7일 밝혔다. 총사업비는 약 400억 원이다.',
      '공사는 3년 전 시작됐으나 태풍 피해로 한때 멈췄다. 시 관계자는 어민들의 안전을 가장 먼저 생각하겠다고 말했다.',
    ]
    const page = ['북항 새 방파제, 내년 봄 완공', '입력 2026.12.07 18:05', '김하늘ㆍ박민수 기자', ...paras, '이솔 인턴기자 sol@example.co.kr', 'ⓒ 2026 한빛일보 무단전재 및 재배포 금지'].join('\n\n')
    const r = clean(page)
    expect(r.body).toBe(paras.join('\n\n'))
    expect(r.metadata).toEqual({
      title: '북항 새 방파제, 내년 봄 완공',
      date: '2026-12-07T18:05',
      language: 'ko',
      credits: { reporter: ['김하늘', '박민수', '이솔'] },
      copyright: { holder: '한빛일보', year: 2026 },
    })
    expect(r.removed.find((x) => x.text === '김하늘ㆍ박민수 기자')).toMatchObject({ rule: 'metadata/credit' })
    expect(r.removed.find((x) => x.text === '이솔 인턴기자 sol@example.co.kr')).toMatchObject({ rule: 'metadata/credit' })
  })
})
