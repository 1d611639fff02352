import { HAN_COUNTS } from './han-counts.js'
import type { MetadataLexicon } from './types.js'

/**
 * Japanese labels, date shapes and phrases for metadata. The date `2026年12月7日` is the Chinese shape,
 * read by the Chinese lexicon's pattern (the lexicons are merged); Japanese adds the weekday in brackets
 * after it (`2026年12月7日（月）`) and the time with its marks (`14時30分`). Han labels here are Japanese
 * words that a Chinese page does not write (`写真`, `編集`, `公開日`), or the same label (`記者`).
 */
export const ja: MetadataLexicon = {
  months: {},
  // `2026年12月7日（月）14:30`, `12月7日(月曜日)`; read where a weekday may stand, around a date.
  weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜', '月', '火', '水', '木', '金', '土', '日'],
  dateLeads: [],
  timeWords: [],
  // `14時30分`, `9時5分`, `14時`.
  hourMarks: ['時'],
  minuteMarks: ['分'],
  // `2026年12月7日 午後2時30分` (14:30), `午前9:05`.
  meridiems: { am: ['午前'], pm: ['午後'] },
  labels: [
    // `公開日：2026年12月7日`, `更新日時 2026/12/07 15:00`; only taken when a whole date follows.
    { label: '公開日', field: 'date', bare: true },
    { label: '公開日時', field: 'date', bare: true },
    { label: '更新日', field: 'date', bare: true, modified: true },
    { label: '更新日時', field: 'date', bare: true, modified: true },
    { label: '最終更新', field: 'date', bare: true, modified: true },
    { label: '最終更新日', field: 'date', bare: true, modified: true },
    { label: '配信日', field: 'date', bare: true },
    { label: '配信日時', field: 'date', bare: true },
    { label: '掲載日', field: 'date', bare: true },
    { label: '投稿日', field: 'date', bare: true },
    { label: '投稿日時', field: 'date', bare: true },
    { label: '公開', field: 'date' },
    { label: '更新', field: 'date', modified: true },
    { label: '配信', field: 'date' },
    // `出典：共同通信`, `提供：北浜市`; not `提供する…` in a sentence (no colon).
    { label: '出典', field: 'source' },
    { label: '提供', field: 'source' },
    { label: '配信元', field: 'source' },
    // `筆者：山田花子`, `執筆：山田花子`.
    { label: '筆者', field: 'author' },
    { label: '著者', field: 'author' },
    { label: '執筆', field: 'author' },
    { label: '執筆者', field: 'author' },
    // `記者 山田花子`, `記者：山田花子`: a noun no sentence starts with followed by a name, as in Chinese; and
    // after the name, as Korean writes it (`홍길동 기자`): `山田花子 記者`, `山田花子 特派員`, each name one word,
    // so `外国の 記者` (kana in it) is no credit.
    { label: '記者', field: 'credit', role: 'reporter', bare: true, after: true },
    { label: '特派員', field: 'credit', role: 'correspondent', after: true },
    { label: '取材', field: 'credit', role: 'reporter' },
    // `写真：山田花子`, `写真＝共同`, `撮影：山田花子`.
    { label: '写真', field: 'credit', role: 'photographer', marks: ['＝', '='] },
    { label: '撮影', field: 'credit', role: 'photographer', marks: ['＝', '='] },
    { label: '編集', field: 'credit', role: 'editor' },
    { label: '校閲', field: 'credit', role: 'proofreader' },
    { label: '翻訳', field: 'credit', role: 'translator' },
    { label: '構成', field: 'credit', role: 'producer' },
    { label: 'イラスト', field: 'credit', role: 'designer', marks: ['＝', '='] },
    { label: 'デザイン', field: 'credit', role: 'designer' },
  ],
  bylines: [],
  nameJoiners: [],
  // `トップ > 社会 > 事件`, `ホーム > ニュース`.
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['現在地', '現在の位置'],
  home: ['トップ', 'ホーム', 'トップページ'],
  outletWords: ['新聞', '通信'],
  // `【ワシントン共同】米政府は…`, `【北京時事】…`: the agency after the place, in lenticular brackets; `（共同通信）`
  // alone on a line or before the text.
  // `【パリAFP時事】`, `（ロイター）`.
  agencies: ['共同通信', '共同', '時事通信', '時事', 'afp時事', 'ロイター'],
  // `【ワシントン＝共同】`, and a paper's own reporter: `【ワシントン＝山田花子】`.
  openers: ['【{place}{agency}】', '（{agency}）', '【{place}＝{agency}】', '【{place}＝{name}】'],
  // `…と発表した。（共同）` at the end of the last paragraph or under it; `（山田花子）` alone under it.
  closers: ['（{agency}）', '（{name}）'],
  // Bracketed headings of an agency-like word after a common one: `【最新時事】`, `【日米共同】`, `【ニュース時事】`.
  notPlaces: [
    '最新', '国際', '国内', '海外', '政治', '経済', '社会', '今日', '本日', '今週', '今月', '週刊', '月刊', '話題', '注目',
    '主要', '日米', '日中', '日韓', '米中', '米韓', '官民', '産学', '連載', '特集', 'ニュース', 'トピック', 'トピックス',
  ],
  // `（文中敬称略）`, `（広告）`, `（関連記事）` close an article without naming anyone.
  notNames: ['敬称略', '文中敬称略', '一部敬称略', '随時掲載', '随時更新', '広告', '関連記事', '写真', '資料', '参考', '編集部'],
  // `コメント(3)`, `3件のコメント`.
  commentWords: ['コメント', '件のコメント'],
  copyright: [],
  // `Copyright © 2026 北浜新報社 無断転載を禁じます`: the holder ends before the notice.
  rightsReserved: ['無断転載を禁じます', '無断転載禁止', '無断複製・転載を禁じます'],
  // `3時間前`, `5分前`, `2日前`, `1週間前`, `昨日 14:30`, `たった今`.
  relativeDates: {
    units: { 秒: 'second', 分: 'minute', 時間: 'hour', 日: 'day', 週間: 'week', ヶ月: 'month', か月: 'month', カ月: 'month', ヵ月: 'month', 年: 'year' },
    // `一時間前`, `三日前`, `二十分前`.
    counts: HAN_COUNTS,
    agoAfter: ['前'],
    days: { 今日: 0, 昨日: -1, 一昨日: -2, おととい: -2 },
    now: ['たった今'],
  },
  datePatterns: [],
}
