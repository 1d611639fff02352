import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Indonesian labels, month names and phrases for metadata. */
export const id: MetadataLexicon = {
  // `7 Desember 2026`, `7 Des 2026`.
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, desember: 12, des: 12,
  },
  // `Senin, 7 Desember 2026`.
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'jum\'at', 'sabtu', 'minggu'],
  // `Oleh Budi Santoso, diperbarui 7 Desember 2026`.
  dateLeads: ['diperbarui', 'diterbitkan', 'dipublikasikan'],
  // `7 Desember 2026 pukul 14.30 WIB`, `jam 14:30`.
  timeWords: ['pukul', 'jam'],
  // The zones of Indonesia after a time: `14:30 WIB` (western), `WITA` (central), `WIT` (eastern).
  timeSuffixes: ['wib', 'wita', 'wit'],
  labels: [
    // `Tanggal: 07/12/2026`, `Diterbitkan 7 Desember 2026`; only taken when a whole date follows.
    { label: 'tanggal', field: 'date', bare: true },
    { label: 'diterbitkan', field: 'date', bare: true },
    { label: 'diperbarui', field: 'date', bare: true, modified: true },
    { label: 'dipublikasikan', field: 'date', bare: true },
    // `Sumber: Antara`.
    { label: 'sumber', field: 'source' },
    // `Penulis: Budi Santoso`, `Ditulis oleh Budi Santoso`.
    { label: 'penulis', field: 'author' },
    { label: 'ditulis oleh', field: 'author', bare: true },
    // Credits, each with a colon: `Editor: Siti Rahma` (the English label), `Pewarta: Budi Santoso`.
    { label: 'wartawan', field: 'credit', role: 'reporter' },
    { label: 'pewarta', field: 'credit', role: 'reporter' },
    { label: 'pewarta foto', field: 'credit', role: 'photographer' },
    { label: 'fotografer', field: 'credit', role: 'photographer' },
    { label: 'penyunting', field: 'credit', role: 'editor' },
    { label: 'redaktur', field: 'credit', role: 'editor' },
    { label: 'penerjemah', field: 'credit', role: 'translator' },
    { label: 'alih bahasa', field: 'credit', role: 'translator' },
    { label: 'kontributor', field: 'credit', role: 'contributor' },
  ],
  bylines: [],
  // `Oleh Budi Santoso`: `Oleh` is also a Ukrainian first name, so a byline only on an Indonesian page.
  localBylines: ['oleh'],
  nameJoiners: ['dan'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['anda di sini', 'anda berada di'],
  home: ['beranda'],
  outletWords: [],
  // `Budi Santoso (Antara)` under an article.
  agencies: ['antara', 'antaranews'],
  commentWords: ['komentar'],
  copyright: [],
  rightsReserved: ['hak cipta dilindungi undang-undang', 'hak cipta dilindungi'],
  // `2 jam yang lalu`, `2 jam lalu`, `5 menit yang lalu`, `kemarin pukul 14.30`, `baru saja`.
  relativeDates: {
    units: { detik: 'second', menit: 'minute', jam: 'hour', hari: 'day', minggu: 'week', pekan: 'week', bulan: 'month', tahun: 'year' },
    // `dua jam yang lalu`, `tiga hari lalu`.
    counts: COUNT_WORDS.id!,
    // `dua puluh menit lalu`, `dua puluh lima menit lalu`, `lima belas menit lalu`.
    moreCounts: {
      sebelas: 11, 'dua belas': 12, 'tiga belas': 13, 'empat belas': 14, 'lima belas': 15, 'enam belas': 16, 'tujuh belas': 17,
      'delapan belas': 18, 'sembilan belas': 19, 'dua puluh': 20, 'tiga puluh': 30, 'empat puluh': 40, 'lima puluh': 50,
    },
    tensJoiners: [' '],
    // `setengah jam lalu`.
    halfUnits: { 'setengah jam': 'hour', 'setengah hari': 'day', 'setengah tahun': 'year' },
    one: ['satu'],
    agoAfter: ['yang lalu', 'lalu'],
    days: { 'hari ini': 0, kemarin: -1, 'kemarin lusa': -2 },
    now: ['baru saja'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
