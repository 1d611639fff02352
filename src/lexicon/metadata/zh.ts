import { HAN_COUNTS } from './han-counts.js'
import type { MetadataLexicon } from './types.js'

/** Chinese labels, date shapes and phrases for metadata. */
export const zh: MetadataLexicon = {
  months: {},
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  dateLeads: ['更新', '发布', '发布于'],
  timeWords: [],
  // `2026年12月7日 下午2:30` (14:30), `上午9:05`.
  meridiems: { am: ['上午'], pm: ['下午'] },
  labels: [
    // `发布时间：2023-05-08`, `日期：2023年5月8日`; only taken when a whole date follows.
    { label: '发布时间', field: 'date', bare: true },
    { label: '发布日期', field: 'date', bare: true },
    { label: '发表时间', field: 'date', bare: true },
    { label: '发布于', field: 'date', bare: true },
    { label: '日期', field: 'date', bare: true },
    { label: '时间', field: 'date', bare: true },
    // `更新时间：2024-05-13 08:00`, `最后更新：…`, `更新於 …`: when the page last changed.
    { label: '更新时间', field: 'date', bare: true, modified: true },
    { label: '更新時間', field: 'date', bare: true, modified: true },
    { label: '更新日期', field: 'date', bare: true, modified: true },
    { label: '更新于', field: 'date', bare: true, modified: true },
    { label: '更新於', field: 'date', bare: true, modified: true },
    { label: '最后更新', field: 'date', bare: true, modified: true },
    { label: '最後更新', field: 'date', bare: true, modified: true },
    { label: '修改时间', field: 'date', bare: true, modified: true },
    { label: '發布時間', field: 'date', bare: true },
    { label: '發佈時間', field: 'date', bare: true },
    // `来源：新华社`; not `来源于…` in a sentence (no colon).
    { label: '来源', field: 'source' },
    { label: '稿源', field: 'source' },
    { label: '文章来源', field: 'source' },
    { label: '信息来源', field: 'source' },
    { label: '作者', field: 'author' },
    // `记者 李四`, `（记者 张三 李四）`, `责任编辑：张三`: credit labels are nouns no sentence starts with
    // followed directly by a name, so they may stand without a colon.
    { label: '记者', field: 'credit', role: 'reporter', bare: true },
    { label: '本报记者', field: 'credit', role: 'reporter', bare: true },
    { label: '通讯员', field: 'credit', role: 'correspondent', bare: true },
    { label: '摄影', field: 'credit', role: 'photographer', bare: true },
    { label: '摄影记者', field: 'credit', role: 'photographer', bare: true },
    { label: '图片', field: 'credit', role: 'photographer' },
    { label: '编辑', field: 'credit', role: 'editor', bare: true },
    { label: '责任编辑', field: 'credit', role: 'editor', bare: true },
    { label: '责编', field: 'credit', role: 'editor', bare: true },
    { label: '主编', field: 'credit', role: 'editor' },
    { label: '审核', field: 'credit', role: 'reviewer', bare: true },
    { label: '审校', field: 'credit', role: 'reviewer', bare: true },
    { label: '编审', field: 'credit', role: 'reviewer', bare: true },
    { label: '初审', field: 'credit', role: 'reviewer', bare: true },
    { label: '复审', field: 'credit', role: 'reviewer', bare: true },
    { label: '终审', field: 'credit', role: 'reviewer', bare: true },
    { label: '校对', field: 'credit', role: 'proofreader', bare: true },
    { label: '翻译', field: 'credit', role: 'translator' },
    { label: '监制', field: 'credit', role: 'producer', bare: true },
    { label: '设计', field: 'credit', role: 'designer' },
    { label: '实习生', field: 'credit', role: 'intern', bare: true },
  ],
  bylines: [],
  nameJoiners: ['和', '及'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['当前位置', '您的位置', '您现在的位置', '所在位置', '目前位置'],
  home: ['首页', '网站首页', '主页'],
  outletWords: ['社', '报', '网', '台'],
  // `新华社北京12月7日电（记者 张三）…`, `中新网上海12月7日电 …`, `新华社北京电 …`: the agency before the place.
  // Taiwan: `（中央社記者王小明台北7日電）`, `（中央社台北7日電）`, and a paper's own reporter, `（記者王小明／台北報導）`,
  // `〔記者王小明／台北報導〕`. The day number dates nothing: the month is not in the opener.
  agencies: ['新华社', '新华网', '中新社', '中新网', '人民网', '央广网', '中央社', '中央通訊社'],
  openers: [
    '{agency}{place}{n}月{n}日电', '{agency}{place}{n}日电', '{agency}{place}电',
    '（{agency}記者{name}{place}{n}日電）', '（{agency}記者{name}{place}{n}日專電）', '（{agency}{place}{n}日電）', '（{agency}{place}{n}日專電）',
    '（記者{name}／{place}報導）', '〔記者{name}／{place}報導〕', '【記者{name}／{place}報導】',
  ],
  // `（编辑部）`, `（综合）` close an article without naming anyone (a bracketed name there is its reporter).
  notNames: ['编辑部', '編輯部', '综合', '綜合', '广告', '廣告', '本报', '本報'],
  commentWords: ['评论', '条评论', '留言', '条留言', '回复', '条回复', '跟帖'],
  copyright: ['版权所有', '版权', '版權所有', '版權'],
  // `版权归某某所有`: the holder ends before `所有` (its owner), as before `版权所有`.
  rightsReserved: ['版权所有', '版權所有', '所有'],
  // `版权归某某所有`, `版權歸某某所有`.
  copyrightOwners: ['归', '歸'],
  // `3小时前`, `3个小时前`, `5分钟前`, `2天前`, `昨天 14:30`, `刚刚`; traditional forms too.
  relativeDates: {
    units: {
      秒: 'second', 秒钟: 'second', 秒鐘: 'second', 分钟: 'minute', 分鐘: 'minute',
      小时: 'hour', 个小时: 'hour', 小時: 'hour', 個小時: 'hour', 天: 'day', 周: 'week', 週: 'week',
      星期: 'week', 个星期: 'week', 個星期: 'week', 个月: 'month', 個月: 'month', 年: 'year',
    },
    // `两小时前`, `三天前`, `二十分钟前`, `3个月前`.
    counts: HAN_COUNTS,
    // `半小时前`, `半个小时前`, `半個小時前`, `半天前`, `半年前`.
    halfUnits: {
      半小时: 'hour', 半个小时: 'hour', 半小時: 'hour', 半個小時: 'hour', 半分钟: 'minute', 半分鐘: 'minute', 半天: 'day', 半年: 'year',
    },
    one: ['一'],
    agoAfter: ['前', '之前', '以前'],
    days: { 今天: 0, 昨天: -1, 前天: -2 },
    now: ['刚刚', '剛剛', '刚才', '剛才'],
  },
  datePatterns: [
    // `2023年5月8日`, `2023 年 05 月 08 日`, `2023年5月8号`; not `2023年5月` (no day).
    { re: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]/y, order: 'ymd' },
  ],
}
