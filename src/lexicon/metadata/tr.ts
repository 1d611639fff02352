import type { MetadataLexicon } from './types.js'

/** Turkish month names and abbreviations → month number, as written. */
const MONTHS: Readonly<Record<string, number>> = {
  ocak: 1, oca: 1, şubat: 2, şub: 2, mart: 3, nisan: 4, nis: 4, mayıs: 5, haziran: 6, haz: 6, temmuz: 7, tem: 7,
  ağustos: 8, ağu: 8, eylül: 9, eyl: 9, ekim: 10, eki: 10, kasım: 11, kas: 11, aralık: 12, ara: 12,
}

/**
 * The month names, each also as a name written in Turkish capitals reads once lower-cased by the default
 * (not Turkish) rules, as the date reader lower-cases (`ARALIK` reads `aralik`; `HAZİRAN` reads `hazi̇ran`,
 * a dotted capital lowering to `i` and a combining dot), and without the Turkish letters (`agustos`).
 */
function withCapitalForms(months: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, n] of Object.entries(months)) {
    out[name] = n
    out[name.toLocaleUpperCase('tr').toLowerCase()] = n
    out[name.replaceAll('ı', 'i').replaceAll('ş', 's').replaceAll('ğ', 'g').replaceAll('ü', 'u')] = n
  }
  return out
}

/** Turkish labels, month names and phrases for metadata. */
export const tr: MetadataLexicon = {
  // `7 Aralık 2026`, `7 ARALIK 2026`, `7 HAZİRAN 2026`, `7 Ara 2026`.
  months: withCapitalForms(MONTHS),
  // `7 Aralık 2026 Pazartesi`, `Pazartesi, 7 Aralık 2026`.
  weekdays: ['pazartesi', 'salı', 'sali', 'çarşamba', 'carsamba', 'perşembe', 'persembe', 'cuma', 'cumartesi', 'pazar'],
  // `Ali Yılmaz, güncelleme 7 Aralık 2026`.
  dateLeads: ['güncelleme', 'yayınlanma'],
  // `7 Aralık 2026 saat 14:30`.
  timeWords: ['saat'],
  // `7 Aralık 2026 14:30 TSİ`: Turkey time, with the dotted capital or without.
  timeZones: ['TSİ', 'TSI'],
  labels: [
    // `Tarih: 07.12.2026`, `Son güncelleme: 07.12.2026 14:30`; only taken when a whole date follows.
    { label: 'tarih', field: 'date', bare: true },
    { label: 'yayın tarihi', field: 'date', bare: true },
    { label: 'yayınlanma tarihi', field: 'date', bare: true },
    { label: 'yayınlanma', field: 'date' },
    { label: 'güncelleme', field: 'date', modified: true },
    { label: 'güncellenme', field: 'date', modified: true },
    { label: 'son güncelleme', field: 'date', bare: true, modified: true },
    { label: 'güncelleme tarihi', field: 'date', bare: true, modified: true },
    // `Kaynak: AA`; not `Kaynaklara göre…` (no colon).
    { label: 'kaynak', field: 'source' },
    // `Yazar: Ali Yılmaz`.
    { label: 'yazar', field: 'author' },
    { label: 'yazarlar', field: 'author' },
    // Credits, each with a colon: `Haber: Ali Yılmaz`, `Fotoğraf: Ayşe Demir`, `Editör: Mehmet Kaya`.
    { label: 'haber', field: 'credit', role: 'reporter' },
    { label: 'muhabir', field: 'credit', role: 'reporter' },
    { label: 'fotoğraf', field: 'credit', role: 'photographer' },
    { label: 'fotoğraflar', field: 'credit', role: 'photographer' },
    { label: 'editör', field: 'credit', role: 'editor' },
    { label: 'çeviri', field: 'credit', role: 'translator' },
    { label: 'çevirmen', field: 'credit', role: 'translator' },
    { label: 'yapımcı', field: 'credit', role: 'producer' },
  ],
  bylines: [],
  nameJoiners: ['ve'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['buradasınız'],
  home: ['ana sayfa', 'anasayfa'],
  outletWords: ['ajansı', 'haber', 'gazetesi'],
  commentWords: ['yorum', 'yorumlar'],
  copyright: [],
  rightsReserved: ['tüm hakları saklıdır', 'her hakkı saklıdır'],
  // `2 saat önce`, `bir saat önce`, `5 dakika önce`, `dün 14:30`, `az önce`.
  relativeDates: {
    units: {
      saniye: 'second', sn: 'second', dakika: 'minute', dk: 'minute', saat: 'hour', gün: 'day', hafta: 'week',
      ay: 'month', yıl: 'year', sene: 'year',
      // `5 dk. önce`.
      'sn.': 'second', 'dk.': 'minute',
    },
    // `iki saat önce`, `üç gün önce`.
    counts: [['bir'], ['iki'], ['üç'], ['dört'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'], ['on']],
    one: ['bir'],
    // `yirmi dakika önce`, `yirmi beş dakika önce`, `on beş dakika önce`.
    moreCounts: {
      'on bir': 11, 'on iki': 12, 'on üç': 13, 'on dört': 14, 'on beş': 15, 'on altı': 16, 'on yedi': 17, 'on sekiz': 18, 'on dokuz': 19,
      yirmi: 20, otuz: 30, kırk: 40, elli: 50,
    },
    tensJoiners: [' '],
    // `yarım saat önce`.
    halfUnits: { 'yarım saat': 'hour', 'yarım dakika': 'minute', 'yarım gün': 'day' },
    agoAfter: ['önce'],
    days: { bugün: 0, dün: -1 },
    now: ['az önce'],
  },
  datePatterns: [],
  // `07.12.2026`, `07.12.26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
