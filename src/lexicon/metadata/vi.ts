import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Vietnamese labels, date shapes and phrases for metadata. */
export const vi: MetadataLexicon = {
  months: {},
  weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7', 'cn'],
  dateLeads: ['cập nhật', 'đăng', 'đăng lúc'],
  timeWords: ['lúc'],
  labels: [
    // `ngày 12/06/2024`, `Ngày đăng: 12/06/2024`; only taken when a whole date follows.
    { label: 'ngày', field: 'date', bare: true },
    { label: 'ngày đăng', field: 'date', bare: true },
    { label: 'đăng ngày', field: 'date', bare: true },
    { label: 'thời gian', field: 'date' },
    { label: 'đăng lúc', field: 'date', bare: true },
    // `Cập nhật: 13/05/2024 08:00`, `Ngày cập nhật 13/05/2024`: when the page last changed.
    { label: 'cập nhật', field: 'date', bare: true, modified: true },
    { label: 'cập nhật lúc', field: 'date', bare: true, modified: true },
    { label: 'ngày cập nhật', field: 'date', bare: true, modified: true },
    // `Nguồn: TTXVN`; `Theo VnExpress` alone on a line (a sentence `Theo ông A, …` is too long or punctuated).
    { label: 'nguồn', field: 'source' },
    { label: 'theo', field: 'source', bare: true },
    { label: 'tác giả', field: 'author' },
    // `Bài: Nguyễn Văn A` (the text), `Bài, ảnh: …` and `Bài và ảnh: …` (text and photos by one person),
    // `Nội dung: …`; with a colon only (`Bài viết này…` starts sentences).
    { label: 'bài', field: 'author' },
    { label: 'bài viết', field: 'author' },
    { label: 'bài, ảnh', field: 'author' },
    { label: 'bài và ảnh', field: 'author' },
    { label: 'bài - ảnh', field: 'author' },
    { label: 'nội dung', field: 'author' },
    // `Phóng viên: Nguyễn Văn A`, `PV: …`, `Ảnh: …`, `Biên tập: …`.
    { label: 'phóng viên', field: 'credit', role: 'reporter' },
    { label: 'pv', field: 'credit', role: 'reporter' },
    { label: 'nhóm phóng viên', field: 'credit', role: 'reporter' },
    { label: 'cộng tác viên', field: 'credit', role: 'correspondent' },
    { label: 'ctv', field: 'credit', role: 'correspondent' },
    { label: 'ảnh', field: 'credit', role: 'photographer' },
    { label: 'nhiếp ảnh', field: 'credit', role: 'photographer' },
    { label: 'biên tập', field: 'credit', role: 'editor' },
    { label: 'biên tập viên', field: 'credit', role: 'editor' },
    { label: 'dịch', field: 'credit', role: 'translator' },
    { label: 'người dịch', field: 'credit', role: 'translator' },
    { label: 'thực hiện', field: 'credit', role: 'producer' },
    { label: 'trình bày', field: 'credit', role: 'designer' },
  ],
  bylines: [],
  nameJoiners: ['và'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['vị trí', 'bạn đang ở'],
  home: ['trang chủ'],
  outletWords: ['báo'],
  // `Minh Anh (TTXVN)`, `Thu Hà/VOV.VN`, `Nguyễn Văn A - TTXVN` under an article.
  agencies: ['ttxvn', 'vna', 'vov', 'vtv', 'ttxvn/vna'],
  // `Theo TTXVN` alone under the article is a source line already (`theo` label).
  creditPlaceWords: ['tại'],
  commentWords: ['bình luận', 'ý kiến', 'phản hồi'],
  copyright: ['bản quyền'],
  rightsReserved: ['bảo lưu mọi quyền'],
  // `© Bản quyền thuộc về Báo X`: the rights belong to the holder.
  copyrightOwners: ['thuộc về'],
  // `3 giờ trước`, `3 tiếng trước`, `cách đây 2 ngày`, `Hôm qua lúc 14:30`, `vừa xong`.
  relativeDates: {
    units: { giây: 'second', phút: 'minute', giờ: 'hour', tiếng: 'hour', ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year' },
    // `hai giờ trước`, `ba ngày trước`.
    counts: COUNT_WORDS.vi!,
    // `nửa tiếng trước`, `nửa giờ trước`.
    halfUnits: { 'nửa giờ': 'hour', 'nửa tiếng': 'hour', 'nửa ngày': 'day', 'nửa năm': 'year' },
    one: ['một'],
    agoAfter: ['trước'],
    agoBefore: ['cách đây'],
    days: { 'hôm nay': 0, 'hôm qua': -1, 'hôm kia': -2 },
    now: ['vừa xong'],
  },
  datePatterns: [
    // `ngày 12 tháng 6 năm 2024` (after the `ngày` label), `12 tháng 6, 2024`; not `tháng 6 năm 2024` (no day).
    { re: /(\d{1,2}) tháng (\d{1,2})(?: năm|,) (\d{4})/y, order: 'dmy' },
  ],
  numericOrder: 'dmy',
  // `ngày 19/11/19`, `12-06-24`: day, month, then the two-digit year.
  shortYearLast: true,
}
