import type { MetadataLexicon } from './types.js'

/**
 * Thai labels, month names and phrases for metadata. Thai counts years in the Buddhist Era, 543 years
 * ahead of the Common Era (`7 ธันวาคม 2569` is 7 December 2026): `era` turns a year of 2400 or more into
 * its CE year, for dates with a Thai month name and for numeric dates on a Thai page (`07/12/2569`). A
 * two-digit year after a Thai month name is of the 2500s BE (`7 ธ.ค. 69` is 2569 BE, 2026). Months are
 * written in full or abbreviated with full stops (`ธ.ค.`), a weekday with `วัน` and often `ที่`
 * (`วันจันทร์ที่ 7 ธันวาคม 2569`), a time with `เวลา` before it and `น.` after it (`เวลา 14.30 น.`).
 */
export const th: MetadataLexicon = {
  months: {
    มกราคม: 1, 'ม.ค': 1, กุมภาพันธ์: 2, 'ก.พ': 2, มีนาคม: 3, 'มี.ค': 3, เมษายน: 4, 'เม.ย': 4, พฤษภาคม: 5, 'พ.ค': 5,
    มิถุนายน: 6, 'มิ.ย': 6, กรกฎาคม: 7, 'ก.ค': 7, สิงหาคม: 8, 'ส.ค': 8, กันยายน: 9, 'ก.ย': 9, ตุลาคม: 10, 'ต.ค': 10,
    พฤศจิกายน: 11, 'พ.ย': 11, ธันวาคม: 12, 'ธ.ค': 12,
  },
  // `วันจันทร์ที่ 7 ธันวาคม 2569`, `จันทร์ 7 ธ.ค. 2569`: with `ที่` ("the") glued on, as Thai writes it.
  weekdays: [
    'วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันพฤหัส', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์',
    'วันจันทร์ที่', 'วันอังคารที่', 'วันพุธที่', 'วันพฤหัสบดีที่', 'วันพฤหัสที่', 'วันศุกร์ที่', 'วันเสาร์ที่', 'วันอาทิตย์ที่',
    'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'พฤหัส', 'ศุกร์', 'เสาร์', 'อาทิตย์',
    'จันทร์ที่', 'อังคารที่', 'พุธที่', 'พฤหัสบดีที่', 'พฤหัสที่', 'ศุกร์ที่', 'เสาร์ที่', 'อาทิตย์ที่',
  ],
  // `สมชาย ใจดี อัปเดต 7 ธ.ค. 2569`.
  dateLeads: ['อัปเดต', 'อัพเดต', 'อัพเดท', 'เผยแพร่', 'วันที่', 'ปรับปรุง', 'ปรับปรุงล่าสุด'],
  // `7 ธันวาคม 2569 เวลา 14:30 น.`.
  timeWords: ['เวลา'],
  // `14:30 น.`, `14.30 น.` (นาฬิกา, "o'clock").
  timeSuffixes: ['น.'],
  // `7 ธันวาคม พ.ศ. 2569` (Buddhist Era), `7 ธันวาคม ค.ศ. 2026` (Common Era).
  dateJoiners: ['พ.ศ.', 'ค.ศ.'],
  labels: [
    // `วันที่ 7 ธันวาคม 2569`, `เผยแพร่: 7 ธ.ค. 2569 14:30 น.`, `อัปเดตล่าสุด 7 ธ.ค. 2569`; only taken when a
    // whole date follows.
    { label: 'วันที่', field: 'date', bare: true },
    { label: 'เผยแพร่', field: 'date', bare: true },
    { label: 'เผยแพร่เมื่อ', field: 'date', bare: true },
    { label: 'วันที่เผยแพร่', field: 'date', bare: true },
    { label: 'อัปเดต', field: 'date', bare: true, modified: true },
    { label: 'อัพเดต', field: 'date', bare: true, modified: true },
    { label: 'อัพเดท', field: 'date', bare: true, modified: true },
    { label: 'อัปเดตล่าสุด', field: 'date', bare: true, modified: true },
    { label: 'อัพเดทล่าสุด', field: 'date', bare: true, modified: true },
    { label: 'แก้ไขล่าสุด', field: 'date', bare: true, modified: true },
    // `ปรับปรุงล่าสุด: 21 พ.ย. 2569 10:05 น.` ("last revised").
    { label: 'ปรับปรุง', field: 'date', bare: true, modified: true },
    { label: 'ปรับปรุงล่าสุด', field: 'date', bare: true, modified: true },
    { label: 'ปรับปรุงเมื่อ', field: 'date', bare: true, modified: true },
    { label: 'โพสต์เมื่อ', field: 'date', bare: true },
    // `ที่มา: สำนักข่าวไทย`, `แหล่งข่าว: …`.
    { label: 'ที่มา', field: 'source' },
    { label: 'แหล่งที่มา', field: 'source' },
    // `ผู้เขียน: สมชาย ใจดี`, `เขียนโดย สมชาย ใจดี`, `ข่าวโดย: …` ("news by"); `โดย` alone ("by", "via")
    // opens sentences, so it is read only before a colon.
    { label: 'ผู้เขียน', field: 'author' },
    { label: 'โดย', field: 'author' },
    { label: 'เขียนโดย', field: 'author', bare: true },
    { label: 'ข่าวโดย', field: 'author', bare: true },
    { label: 'เรื่องโดย', field: 'author', bare: true },
    // Credits: `ผู้สื่อข่าว: …`, `ภาพ: …`, `ภาพโดย วิชัย รักไทย`, `เรียบเรียงโดย …`.
    { label: 'ผู้สื่อข่าว', field: 'credit', role: 'reporter' },
    { label: 'รายงานโดย', field: 'credit', role: 'reporter', bare: true },
    { label: 'ภาพ', field: 'credit', role: 'photographer' },
    { label: 'ภาพโดย', field: 'credit', role: 'photographer', bare: true },
    { label: 'ถ่ายภาพ', field: 'credit', role: 'photographer' },
    { label: 'บรรณาธิการ', field: 'credit', role: 'editor' },
    { label: 'เรียบเรียง', field: 'credit', role: 'editor' },
    { label: 'เรียบเรียงโดย', field: 'credit', role: 'editor', bare: true },
    { label: 'แปล', field: 'credit', role: 'translator' },
    { label: 'แปลโดย', field: 'credit', role: 'translator', bare: true },
    { label: 'กราฟิก', field: 'credit', role: 'designer' },
    { label: 'พิสูจน์อักษร', field: 'credit', role: 'proofreader' },
  ],
  bylines: [],
  nameJoiners: ['และ'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['คุณอยู่ที่นี่', 'ตำแหน่งปัจจุบัน'],
  home: ['หน้าแรก', 'หน้าหลัก'],
  outletWords: [],
  commentWords: ['ความคิดเห็น', 'ความเห็น', 'คอมเมนต์'],
  copyright: [],
  rightsReserved: ['สงวนลิขสิทธิ์', 'ขอสงวนลิขสิทธิ์'],
  // `3 ชั่วโมงที่แล้ว`, `สองวันที่แล้ว`, `5 นาทีก่อน`, `3 ชม.ที่แล้ว`, `เมื่อวาน 14:30 น.`: the `ago` word runs on from
  // the unit, as Thai writes words together.
  relativeDates: {
    units: {
      วินาที: 'second', นาที: 'minute', ชั่วโมง: 'hour', 'ชม.': 'hour', วัน: 'day', สัปดาห์: 'week', อาทิตย์: 'week',
      เดือน: 'month', ปี: 'year',
    },
    counts: [['หนึ่ง'], ['สอง'], ['สาม'], ['สี่'], ['ห้า'], ['หก'], ['เจ็ด'], ['แปด'], ['เก้า'], ['สิบ']],
    agoAfter: ['ที่แล้ว', 'ก่อน'],
    days: { วันนี้: 0, เมื่อวาน: -1, เมื่อวานนี้: -1, เมื่อวานซืน: -2 },
    now: ['เมื่อสักครู่', 'เมื่อครู่', 'เมื่อกี้'],
  },
  datePatterns: [],
  // `07/12/2569`: day, month, then the (Buddhist-era) year.
  numericOrder: 'dmy',
  // Buddhist Era: a year of 2400 or more is 543 years ahead of the Common Era; a two-digit year after a Thai
  // month name is of the 2500s (`7 ธ.ค. 69` is 2569 BE, 2026), as Thai pages write the short year.
  era: { from: 2400, offset: 543, shortYearBase: 2500 },
}
