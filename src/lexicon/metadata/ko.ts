import type { FieldLabel, MetadataLexicon } from './types.js'

/** A Korean label whose value may follow `=` as well as a colon: `사진=연합뉴스`, `자료=통계청`. */
const EQUALS: Pick<FieldLabel, 'marks'> = { marks: ['=', '＝'] }

/**
 * Korean labels, date shapes and phrases for metadata. Korean writes a reporter's role after the name
 * (`홍길동 기자`), dates year first (`2026.12.07`, `2026. 12. 7.`, `2026년 12월 7일`), and a date label
 * without a colon (`입력 2026.12.07 14:30 수정 2026.12.07 15:00`).
 */
export const ko: MetadataLexicon = {
  months: {},
  // `2026.12.07(월) 14:30`, `2026년 12월 7일 월요일`.
  weekdays: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일', '월', '화', '수', '목', '금', '토', '일'],
  // `홍길동 기자 입력 2026.12.07 14:30`.
  dateLeads: ['입력', '수정', '기사입력', '최종수정', '업데이트'],
  timeWords: [],
  // `14시 30분`, `9시 5분`.
  hourMarks: ['시'],
  minuteMarks: ['분'],
  // `2026.12.07 오후 2:30` (14:30), `오전 9시 5분`.
  meridiems: { am: ['오전'], pm: ['오후'] },
  labels: [
    // `입력 2026.12.07 14:30`, `수정 : 2026-12-07 15:00`, `기사입력 2026/12/07`; only taken when a whole
    // date follows, so `입력 데이터가…` is no date label.
    { label: '입력', field: 'date', bare: true },
    { label: '수정', field: 'date', bare: true, modified: true },
    { label: '기사입력', field: 'date', bare: true },
    { label: '최종수정', field: 'date', bare: true, modified: true },
    { label: '등록', field: 'date', bare: true },
    { label: '승인', field: 'date', bare: true },
    { label: '업데이트', field: 'date', bare: true, modified: true },
    { label: '입력일', field: 'date', bare: true },
    { label: '수정일', field: 'date', bare: true, modified: true },
    { label: '발행일', field: 'date', bare: true },
    { label: '송고시간', field: 'date', bare: true },
    // `출처: 통계청`, `자료=통계청`.
    { label: '출처', field: 'source', ...EQUALS },
    { label: '자료', field: 'source', ...EQUALS },
    { label: '글', field: 'author', ...EQUALS },
    // `홍길동 기자`, `홍길동 기자 hong@example.com`, `워싱턴 홍길동 특파원`… the role after the name; with a
    // colon it stands before it (`기자: 홍길동`).
    { label: '기자', field: 'credit', role: 'reporter', after: true },
    { label: '특파원', field: 'credit', role: 'correspondent', after: true },
    // `김하늘 인턴기자`, `김하늘 수습기자`, `김하늘 선임기자`: reporters all.
    { label: '인턴기자', field: 'credit', role: 'reporter', after: true },
    { label: '수습기자', field: 'credit', role: 'reporter', after: true },
    { label: '선임기자', field: 'credit', role: 'reporter', after: true },
    { label: '전문기자', field: 'credit', role: 'reporter', after: true },
    { label: '사진기자', field: 'credit', role: 'photographer', after: true },
    { label: '취재', field: 'credit', role: 'reporter', ...EQUALS },
    // `사진=연합뉴스`, `사진: 홍길동`, `영상=김철수`, `그래픽=이영희`.
    { label: '사진', field: 'credit', role: 'photographer', ...EQUALS },
    { label: '촬영', field: 'credit', role: 'photographer', ...EQUALS },
    { label: '영상', field: 'credit', role: 'producer', ...EQUALS },
    { label: '편집', field: 'credit', role: 'editor', ...EQUALS },
    { label: '교열', field: 'credit', role: 'proofreader', ...EQUALS },
    { label: '번역', field: 'credit', role: 'translator', ...EQUALS },
    { label: '그래픽', field: 'credit', role: 'designer', ...EQUALS },
    { label: '디자인', field: 'credit', role: 'designer', ...EQUALS },
  ],
  bylines: [],
  nameJoiners: [],
  // `(세종=뉴스1) 김하늘·박민수 기자 = …`: reporters listed with a middle dot (or the Hangul `ㆍ` written for one).
  nameListMarks: ['·', 'ㆍ'],
  // `홈 > 사회 > 사건사고`.
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['현재 위치'],
  home: ['홈', '메인'],
  outletWords: [],
  // `댓글 3`, `댓글(3)`, `3개의 댓글`.
  commentWords: ['댓글', '개의 댓글'],
  // `댓글 3`: the count after the word, with only a space between.
  countAfter: ['댓글'],
  // `ⓒ 2026 한빛일보`: the circled letter Korean pages write for `©`.
  copyright: ['ⓒ'],
  // `<저작권자 © 한빛일보 무단전재 및 재배포 금지>`: the holder ends before the notice.
  rightsReserved: ['무단전재', '무단 전재', '무단복제'],
  // `2시간 전`, `5분 전`, `3일 전`, `1주 전`, `어제 오후 2:30`, `방금 전`.
  relativeDates: {
    units: { 초: 'second', 분: 'minute', 시간: 'hour', 일: 'day', 주: 'week', 개월: 'month', 달: 'month', 년: 'year' },
    // Native numbers, as hours and months take them: `두 시간 전`, `세 달 전`.
    counts: [['한'], ['두'], ['세'], ['네'], ['다섯'], ['여섯'], ['일곱'], ['여덟'], ['아홉'], ['열']],
    agoAfter: ['전'],
    days: { 오늘: 0, 어제: -1, 그저께: -2, 그제: -2 },
    now: ['방금 전', '방금'],
  },
  datePatterns: [
    // `2026년 12월 7일`, `2026년12월7일`; not `2026년 12월` (no day).
    { re: /(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일/y, order: 'ymd' },
    // `2026. 12. 7.`: year, month and day each closed by a full stop and a space (`2026.12.07` is the
    // numeric shape every language reads).
    { re: /(\d{4})\. (\d{1,2})\. (\d{1,2})\.?(?!\d)/y, order: 'ymd' },
  ],
}
