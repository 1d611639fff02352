import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readGluedCredit, readMetadataLine, type Field } from '../../src/metadata/line.js'
import { readBreadcrumb } from '../../src/metadata/rules/breadcrumb.js'
import { readCommentCount } from '../../src/metadata/rules/comment-count.js'
import { readCopyright } from '../../src/metadata/rules/copyright.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'

const ja = mergedLexicon('ja')
const ko = mergedLexicon('ko')
const en = mergedLexicon('en')

/** The fields a line reads as, without the rule ids: `kind`, `value`, and the names and role of a credit. */
function fields(text: string, lang: 'ja' | 'ko' | 'en'): Record<string, unknown>[] | undefined {
  return readMetadataLine(text, mergedLexicon(lang))?.fields.map((f: Field) => {
    const out = { kind: f.kind, value: f.value }
    return f.kind === 'credit' ? { ...out, role: f.role, names: f.names } : out
  })
}

describe('Japanese metadata lines', () => {
  it('should read a date with its time in hour and minute marks, and after a weekday in brackets', () => {
    expect(fields('2026年12月7日 14時30分', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('2026年12月7日 9時5分', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T09:05' }])
    expect(fields('2026年12月7日 14時', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T14:00' }])
    expect(fields('2026年12月7日（月） 14:30', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('2026年12月7日(月曜日)', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07' }])
    expect(fields('2026/12/07 14:30', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
  })

  it('should read date, credit and source labels', () => {
    expect(fields('公開日：2026年12月7日', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07' }])
    expect(fields('更新日時 2026/12/07 15:00', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T15:00' }])
    expect(fields('記者 山田花子', 'ja')).toEqual([{ kind: 'credit', value: '山田花子', role: 'reporter', names: ['山田花子'] }])
    expect(fields('写真＝共同', 'ja')).toEqual([{ kind: 'credit', value: '共同', role: 'photographer', names: ['共同'] }])
    expect(fields('写真：山田花子', 'ja')).toEqual([{ kind: 'credit', value: '山田花子', role: 'photographer', names: ['山田花子'] }])
    expect(fields('出典：北浜市', 'ja')).toEqual([{ kind: 'source', value: '北浜市' }])
  })

  it('should read a reporter named before the role, as Korean writes it', () => {
    expect(fields('山田花子 記者', 'ja')).toEqual([{ kind: 'credit', value: '山田花子', role: 'reporter', names: ['山田花子'] }])
    expect(fields('山田花子 特派員', 'ja')).toEqual([{ kind: 'credit', value: '山田花子', role: 'correspondent', names: ['山田花子'] }])
    expect(fields('外国の 記者', 'ja')).toBeUndefined()
    expect(fields('山田花子 記者は現場にいた', 'ja')).toBeUndefined()
  })

  it('should read a time before or after noon', () => {
    expect(fields('2026年12月7日 午後2時30分', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('2026年12月7日午前9:05', 'ja')).toEqual([{ kind: 'date', value: '2026-12-07T09:05' }])
    expect(readWholeDate('2026年12月7日 下午2:30', 0, 17, mergedLexicon('zh'))).toBe('2026-12-07T14:30')
  })

  it('should leave sentences and headings that start with a label word', () => {
    expect(fields('写真展は来月から始まる', 'ja')).toBeUndefined()
    expect(fields('公開日は未定だという', 'ja')).toBeUndefined()
    expect(fields('14時間に及ぶ作業', 'ja')).toBeUndefined()
    expect(fields('2026年12月7日に開かれた会議', 'ja')).toBeUndefined()
  })

  it('should read the footer values of a Japanese page', () => {
    expect(readCommentCount('コメント(3)', ja)).toBe(3)
    expect(readCommentCount('12件のコメント', ja)).toBe(12)
    expect(readBreadcrumb('トップ > 社会 > 事件', ja)).toEqual(['トップ', '社会', '事件'])
    expect(readCopyright('Copyright © 2026 北浜新報社 無断転載を禁じます', ja)).toEqual({ holder: '北浜新報社', year: 2026 })
  })
})

describe('Korean metadata lines', () => {
  it('should read a reporter named before the role, with or without an e-mail address', () => {
    expect(fields('김하늘 기자', 'ko')).toEqual([{ kind: 'credit', value: '김하늘', role: 'reporter', names: ['김하늘'] }])
    expect(fields('김하늘 기자 haneul@hanbit.example', 'ko')).toEqual([{ kind: 'credit', value: '김하늘', role: 'reporter', names: ['김하늘'] }])
    expect(fields('워싱턴 김하늘 특파원', 'ko')).toBeUndefined()
    expect(fields('김하늘 특파원', 'ko')).toEqual([{ kind: 'credit', value: '김하늘', role: 'correspondent', names: ['김하늘'] }])
    expect(fields('김하늘 기자 | 입력 2026.12.07 14:30', 'ko')).toEqual([
      { kind: 'credit', value: '김하늘', role: 'reporter', names: ['김하늘'] },
      { kind: 'date', value: '2026-12-07T14:30' },
    ])
    expect(fields('김하늘 기자 입력 2026.12.07 14:30', 'ko')).toEqual([
      { kind: 'credit', value: '김하늘', role: 'reporter', names: ['김하늘'] },
      { kind: 'date', value: '2026-12-07T14:30' },
    ])
  })

  it('should not take a phrase before the role for a name', () => {
    expect(fields('사건을 취재한 기자', 'ko')).toBeUndefined()
    expect(fields('현장에 간 기자', 'ko')).toBeUndefined()
    expect(fields('김하늘 기자는 현장에 있었다', 'ko')).toBeUndefined()
  })

  it('should read input and update dates with their labels, the first one dating the page', () => {
    expect(fields('입력 2026.12.07 14:30 수정 2026.12.07 15:00', 'ko')).toEqual([
      { kind: 'date', value: '2026-12-07T14:30' },
      { kind: 'date', value: '2026-12-07T15:00' },
    ])
    expect(fields('입력 : 2026-12-07 14:30:00', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T14:30:00' }])
    expect(fields('입력 2026.12.07. 14:30', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('기사입력 2026년 12월 7일 14시 30분', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('2026. 12. 7.', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07' }])
  })

  it('should read a time written with 오전 or 오후 after the date, the hour from 1 to 12', () => {
    expect(fields('2026.12.07 오후 2:30', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    expect(fields('입력 2026.12.07 오전 9:05', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T09:05' }])
    expect(fields('2026.12.07(월) 오후 12:10', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T12:10' }])
    expect(fields('기사입력 2026년 12월 7일 오후 2시 30분', 'ko')).toEqual([{ kind: 'date', value: '2026-12-07T14:30' }])
    // No 14 o'clock after noon; no date in a sentence that starts with a time.
    expect(fields('2026.12.07 오후 14:30', 'ko')).toBeUndefined()
    expect(fields('오후 2:30 이후 회의', 'ko')).toBeUndefined()
  })

  it('should read an agency opener glued to the first paragraph', () => {
    const lead = '새빛시 시립도서관이 내년 봄부터 전동드릴과 사다리, 기타와 키보드 같은 물건을 시민에게 빌려주는 사물도서관을 연다고 7일 밝혔다.'
    expect(readGluedCredit(`(서울=연합뉴스) 김하늘 기자 = ${lead}`, ko)).toEqual({
      fields: [
        { kind: 'credit', rule: 'metadata/credit', role: 'reporter', value: '김하늘', names: ['김하늘'] },
        { kind: 'source', rule: 'metadata/source', value: '연합뉴스' },
      ],
      cut: '(서울=연합뉴스) 김하늘 기자 = '.length,
    })
    expect(readGluedCredit(`[부산=뉴시스]박민수 기자 = ${lead}`, ko)?.fields.map((f) => f.value)).toEqual(['박민수', '뉴시스'])
    expect(readGluedCredit(`김하늘 기자 = ${lead}`, ko)?.cut).toBe('김하늘 기자 = '.length)
    // No credit before the `=`, a phrase before the role, nothing after it.
    expect(readGluedCredit(`(서울=연합뉴스) ${lead}`, ko)).toBeUndefined()
    expect(readGluedCredit(`현장에 간 기자 = ${lead}`, ko)).toBeUndefined()
    expect(readGluedCredit('(서울=연합뉴스) 김하늘 기자 = 끝', ko)).toBeUndefined()
    expect(readGluedCredit(`수식 a = b 에서 ${lead}`, ko)).toBeUndefined()
  })

  it('should read credits written with an equals sign', () => {
    expect(fields('사진=연합뉴스', 'ko')).toEqual([{ kind: 'credit', value: '연합뉴스', role: 'photographer', names: ['연합뉴스'] }])
    expect(fields('[사진=JTBC, 한빛일보]', 'ko')).toEqual([{ kind: 'credit', value: 'JTBC, 한빛일보', role: 'photographer', names: ['JTBC', '한빛일보'] }])
    expect(fields('자료=통계청', 'ko')).toEqual([{ kind: 'source', value: '통계청' }])
  })

  it('should leave sentences and headings that start with a label word', () => {
    expect(fields('입력 데이터가 늘었다', 'ko')).toBeUndefined()
    expect(fields('사진 속 인물은 누구인가', 'ko')).toBeUndefined()
    expect(fields('수정 2026.12.07 이후 바뀐 규정', 'ko')).toBeUndefined()
    expect(fields('3시간 30분 동안', 'ko')).toBeUndefined()
    // An equals sign only follows the labels that take one.
    expect(fields('Source=Reuters', 'en')).toBeUndefined()
  })

  it('should read the footer values of a Korean page', () => {
    expect(readCommentCount('댓글 3', ko)).toBe(3)
    expect(readCommentCount('댓글(12)', ko)).toBe(12)
    expect(readCommentCount('5개의 댓글', ko)).toBe(5)
    expect(readCommentCount('댓글 3번 달았다', ko)).toBeUndefined()
    expect(readCommentCount('Comments 3', ko)).toBeUndefined()
    expect(readCommentCount('댓글 3개', ko, compileLexicon({}))).toBe(3)
    expect(readCommentCount('댓글 3개월', ko, compileLexicon({}))).toBeUndefined()
    expect(readBreadcrumb('홈 > 사회 > 생활', ko)).toEqual(['홈', '사회', '생활'])
    expect(readCopyright('<저작권자 © 한빛일보 무단전재 및 재배포 금지>', ko)).toEqual({ holder: '한빛일보' })
    expect(readCopyright('ⓒ 2026 한빛일보 무단전재 및 재배포 금지', ko)).toEqual({ holder: '한빛일보', year: 2026 })
  })
})

describe('dates and times shared by every language', () => {
  it('should join a time written after the date past a separator', () => {
    const text = 'Dec 7, 2026 - 14:30 GMT'
    expect(readWholeDate(text, 0, text.length, en)).toBe('2026-12-07T14:30')
  })

  it('should read a full stop after a dotted year-first date, but not a fourth number', () => {
    expect(fields('2026.12.07.', 'en')).toEqual([{ kind: 'date', value: '2026-12-07' }])
    expect(fields('2026.12.07.5', 'en')).toBeUndefined()
  })

  it('should read any Japanese or Korean date and time as its ISO form', () => {
    const pad = (n: number): string => String(n).padStart(2, '0')
    const shapes = [
      (y: number, m: number, d: number, h: number, min: number): string => `${y}年${m}月${d}日 ${h}時${min}分`,
      (y: number, m: number, d: number, h: number, min: number): string => `${y}년 ${m}월 ${d}일 ${h}시 ${min}분`,
      (y: number, m: number, d: number, h: number, min: number): string => `${y}.${pad(m)}.${pad(d)}. ${pad(h)}:${pad(min)}`,
      (y: number, m: number, d: number, h: number, min: number): string => `${y}. ${m}. ${d}. ${pad(h)}:${pad(min)}`,
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes.keys()),
        fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (k, { y, m, d }, h, min) => {
          const text = shapes[k]!(y, m, d, h, min)
          const lex = k === 0 ? ja : ko
          expect(readWholeDate(text, 0, text.length, lex)).toBe(`${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`)
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('Japanese and Korean lexicons', () => {
  it('should read numeric dates in neither order, as both languages write the year first', () => {
    for (const lang of ['ja', 'ko']) {
      expect(METADATA_LEXICONS[lang]).toBeDefined()
      expect(mergedLexicon(lang).numericOrder).toBeUndefined()
      expect(mergedLexicon(lang).shortYearLast).toBe(false)
    }
  })
})

const PAGES = new URL('../boilerplate/cases/pages/', import.meta.url)
const page = (lang: string): string => readFileSync(new URL(`${lang}.txt`, PAGES), 'utf8')

describe('metadata of whole Japanese and Korean pages', () => {
  it('should read what a Japanese news page states', () => {
    const r = clean(page('ja'))
    expect(r.metadata).toEqual({
      language: 'ja',
      title: '市立図書館、工具や楽器の貸し出しを来春開始',
      date: '2026-12-07T14:30',
      credits: { reporter: ['山田花子'] },
      breadcrumb: ['トップ', '社会', '暮らし'],
      section: '暮らし',
      commentCount: 3,
      copyright: { holder: '北浜新報社', year: 2026 },
    })
    expect(r.removed.filter((x) => x.rule.startsWith('metadata/')).map((x) => x.rule)).toEqual(['metadata/title', 'metadata/date', 'metadata/credit'])
  })

  it('should read what a Korean news page states', () => {
    const r = clean(page('ko'))
    expect(r.metadata).toEqual({
      language: 'ko',
      title: '시립도서관, 내년 봄부터 공구·악기 빌려준다',
      date: '2026-12-07T14:30',
      // `수정 2026.12.07 15:00` on the dateline: the last change.
      dateModified: '2026-12-07T15:00',
      credits: { reporter: ['김하늘'], photographer: ['새빛시 제공'] },
      breadcrumb: ['홈', '사회', '생활'],
      section: '생활',
      commentCount: 3,
      copyright: { holder: '한빛일보' },
    })
    expect(r.removed.filter((x) => x.rule.startsWith('metadata/')).map((x) => x.rule)).toEqual([
      'metadata/title',
      'metadata/credit',
      'metadata/date',
      'metadata/credit',
    ])
  })
})

describe('an agency opener on a whole Korean page', () => {
  const lead =
    '새빛시 시립도서관이 내년 봄부터 전동드릴과 사다리, 기타와 키보드 같은 물건을 시민에게 빌려주는 사물도서관을 연다고 7일 밝혔다. 대여 기간은 최대 2주이며 회원증만 있으면 누구나 빌릴 수 있다.'
  const rest = [
    '도서관 측은 집집마다 한 번 쓰고 창고에 넣어두는 공구가 많다는 점에 착안해 이번 사업을 준비했다고 설명했다. 대여 기간은 최대 2주다.',
    '시민들의 반응도 좋다. 한 주민은 일 년에 한 번 쓰는 드릴을 사지 않아도 돼서 반갑다고 말했다. 도서관은 내년 초 대여 목록을 공개할 예정이다.',
  ]
  const page = (opener: string): string => ['시립도서관, 내년 봄부터 공구·악기 빌려준다', '입력 2026.12.07 오후 2:30', opener + lead, ...rest].join('\n\n')

  it('should take the dateline and credit off the paragraph, and read the reporter and the agency', () => {
    const r = clean(page('(서울=연합뉴스) 김하늘 기자 = '))
    expect(r.metadata).toMatchObject({ date: '2026-12-07T14:30', credits: { reporter: ['김하늘'] }, source: '연합뉴스' })
    expect(r.body.startsWith(lead)).toBe(true)
    expect(r.removed.find((x) => x.text.includes('김하늘'))).toMatchObject({ text: '(서울=연합뉴스) 김하늘 기자 = ', rule: 'metadata/credit' })
    // Cleaning the body again changes nothing.
    expect(clean(r.body).body).toBe(r.body)
  })

  it('should leave a paragraph with no credit before its equals sign', () => {
    const r = clean(page('(서울=연합뉴스) '))
    expect(r.metadata.credits).toBeUndefined()
    expect(r.body).toContain(`(서울=연합뉴스) ${lead}`)
  })
})

describe('Japanese headlines of katakana and Han', () => {
  const paras = [
    'ワルデマール市は土曜日、十年前から使われていないフェリー桟橋に公共サウナを開設すると発表した。利用料は一回二ユーロとなる。',
    '木造の小屋は二十人を収容でき、住民によるクラウドファンディングで夏の間に四万ユーロ以上が集まったと主催者は説明した。',
    '桟橋で長年泳いできた住民は計画を歓迎したが、一部の近隣住民は冬の週末に狭い港湾道路で駐車場が不足することを心配している。',
  ]
  const page = (title: string): string => ['ホーム', 'ニュース', '経済', title, '2024年5月13日 08時15分', ...paras, '関連記事', 'Copyright © 2024 ワルデマール新聞社'].join('\n')

  it('should read a headline whose katakana outnumber its Han as the title', () => {
    for (const title of ['港町ワルデマール、旧フェリー桟橋に公共サウナを開設', 'フェリー桟橋にサウナ', 'ワルデマールのフェリー桟橋がサウナに']) {
      const r = clean(page(title))
      expect(r.metadata.title, title).toBe(title)
      expect(r.body).toBe(paras.join('\n\n'))
    }
  })

  it('should not read a short kana label as the title', () => {
    const r = clean(page('ニュース'))
    expect(r.metadata.title).toBeUndefined()
  })
})

describe('Korean copyright lines with the circled c', () => {
  it('should read the holder of `Copyright ⓒ X 무단전재 및 재배포 금지` through clean()', () => {
    const paras = [
      '발데마르시는 토요일 10년 동안 사용되지 않은 여객선 부두에 공공 사우나를 연다고 발표했다. 이용료는 1회 2유로다.',
      '목조 건물은 20명을 수용할 수 있으며, 주민들이 여름 동안 4만 유로 이상을 모은 크라우드펀딩으로 지어졌다고 주최 측은 밝혔다.',
    ]
    const r = clean(['홈', '경제', '항구도시 발데마르, 옛 여객선 부두에 공공 사우나 개장', ...paras, 'Copyright ⓒ 발데마르일보 무단전재 및 재배포 금지'].join('\n'))
    expect(r.metadata.copyright).toEqual({ holder: '발데마르일보' })
  })
})
