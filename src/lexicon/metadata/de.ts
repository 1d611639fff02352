import { COUNT_WORDS } from '../boilerplate/count-words.js'
import { onesAndTens } from './number-words.js'
import type { MetadataLexicon } from './types.js'

/** German labels, month names and phrases for metadata. */
export const de: MetadataLexicon = {
  // `7. Dezember 2026`, `7. Dez. 2026`, `3. Jänner 2026` (Austria); the full stop after the day is read in
  // every language.
  months: {
    januar: 1, jänner: 1, jan: 1, jän: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
    mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  // `Montag, 7. Dezember 2026`, `Mo., 07.12.2026`.
  weekdays: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
    'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  ],
  // The abbreviations are words of other languages (English `so`, `do`, Italian `di`, Spanish `mi`):
  // elsewhere than on a German page, read only before a full stop or comma (`So., 7. Dezember 2026`).
  localWeekdays: ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  // `Von Anna Schmidt, aktualisiert am 7. Dezember 2026`.
  dateLeads: ['aktualisiert', 'aktualisiert am', 'veröffentlicht', 'veröffentlicht am', 'am', 'vom'],
  // `7. Dezember 2026 um 14:30 Uhr`, `07.12.2026, 14.30 Uhr`.
  timeWords: ['um'],
  timeSuffixes: ['uhr'],
  // `14:30 Uhr MEZ`, `07.12.2026, 14.30 Uhr MESZ`: Central, Eastern and Western European (summer) time.
  timeZones: ['MEZ', 'MESZ', 'OEZ', 'OESZ', 'WEZ', 'WESZ'],
  labels: [
    // `Datum: 07.12.2026`, `Veröffentlicht am 7. Dezember 2026`, `Stand: 07.12.2026`; a date label is only
    // taken when a whole date follows, so `Stand der Dinge ist…` is not one.
    { label: 'datum', field: 'date', bare: true },
    { label: 'veröffentlicht', field: 'date', bare: true },
    { label: 'veröffentlicht am', field: 'date', bare: true },
    { label: 'aktualisiert', field: 'date', bare: true, modified: true },
    { label: 'aktualisiert am', field: 'date', bare: true, modified: true },
    { label: 'zuletzt aktualisiert', field: 'date', bare: true, modified: true },
    { label: 'erschienen am', field: 'date', bare: true },
    { label: 'stand', field: 'date', bare: true, modified: true },
    // `Quelle: dpa`; not `Quellen zufolge…` (no colon).
    { label: 'quelle', field: 'source' },
    { label: 'quellen', field: 'source' },
    // `Autor: Anna Schmidt`, `Geschrieben von Anna Schmidt`.
    { label: 'autor', field: 'author' },
    { label: 'autorin', field: 'author' },
    { label: 'autoren', field: 'author' },
    { label: 'autorinnen', field: 'author' },
    { label: 'geschrieben von', field: 'author', bare: true },
    // Credits, each with a colon: `Foto: Max Müller/dpa`, `Redaktion: Anna Schmidt`.
    { label: 'reporterin', field: 'credit', role: 'reporter' },
    { label: 'korrespondent', field: 'credit', role: 'correspondent' },
    { label: 'korrespondentin', field: 'credit', role: 'correspondent' },
    { label: 'foto', field: 'credit', role: 'photographer' },
    { label: 'fotos', field: 'credit', role: 'photographer' },
    { label: 'bild', field: 'credit', role: 'photographer' },
    { label: 'bilder', field: 'credit', role: 'photographer' },
    { label: 'fotograf', field: 'credit', role: 'photographer' },
    { label: 'fotografin', field: 'credit', role: 'photographer' },
    { label: 'fotografie', field: 'credit', role: 'photographer' },
    { label: 'redaktion', field: 'credit', role: 'editor' },
    { label: 'redakteur', field: 'credit', role: 'editor' },
    { label: 'redakteurin', field: 'credit', role: 'editor' },
    { label: 'chefredaktion', field: 'credit', role: 'editor' },
    { label: 'lektorat', field: 'credit', role: 'editor' },
    { label: 'korrektorat', field: 'credit', role: 'proofreader' },
    { label: 'übersetzung', field: 'credit', role: 'translator' },
    { label: 'übersetzer', field: 'credit', role: 'translator' },
    { label: 'übersetzerin', field: 'credit', role: 'translator' },
    { label: 'produktion', field: 'credit', role: 'producer' },
    { label: 'grafik', field: 'credit', role: 'designer' },
    { label: 'gestaltung', field: 'credit', role: 'designer' },
    { label: 'infografik', field: 'credit', role: 'designer' },
    { label: 'mitarbeit', field: 'credit', role: 'contributor' },
  ],
  // `Von Anna Schmidt`; the word must be capitalised and the names too, so `Von Berlin aus fuhr…` is no byline.
  bylines: ['von'],
  nameJoiners: ['und'],
  nameParticles: ['zu', 'vom', 'zum', 'zur'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['sie sind hier'],
  home: ['startseite'],
  // `Von Anna Schmidt, Redakteurin`, `Von Max Müller, Korrespondent in Paris`.
  jobWords: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'reporter', 'reporterin', 'volontär', 'volontärin'],
  outletWords: ['zeitung', 'nachrichten', 'agentur'],
  // `Jane Doe (dpa)`, `Mit Material von dpa und AFP`.
  agencies: ['dpa', 'afp', 'reuters', 'ap', 'kna', 'epd', 'apa', 'sda', 'ddp'],
  // `Mit Material von dpa` under the article; `Mitarbeit: Jane Doe` (a label anywhere) in one line with it.
  closingLabels: [
    { label: 'mitarbeit', field: 'credit', role: 'contributor' },
    { label: 'mit material von', field: 'source', bare: true },
    { label: 'mit material der', field: 'source', bare: true },
  ],
  commentWords: ['kommentar', 'kommentare'],
  copyright: [],
  rightsReserved: ['alle rechte vorbehalten'],
  // `vor 2 Stunden`, `vor einer Stunde`, `Aktualisiert vor 5 Minuten`, `gestern um 14:30 Uhr`, `gerade eben`.
  relativeDates: {
    units: {
      sekunde: 'second', sekunden: 'second', sek: 'second', minute: 'minute', minuten: 'minute', min: 'minute',
      stunde: 'hour', stunden: 'hour', std: 'hour', tag: 'day', tagen: 'day', woche: 'week', wochen: 'week',
      monat: 'month', monaten: 'month', jahr: 'year', jahren: 'year',
      // `vor 5 Min.`, `vor 2 Std.`.
      'sek.': 'second', 'min.': 'minute', 'std.': 'hour',
    },
    // `vor zwei Stunden`, `vor drei Tagen`.
    counts: COUNT_WORDS.de!,
    // `vor zwanzig Minuten`, `vor fünfundzwanzig Minuten`, `vor fünfzehn Minuten`.
    moreCounts: {
      elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
      zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50,
      ...onesAndTens(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'], { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50 }, () => 'und'),
    },
    // `vor einer halben Stunde`.
    halfUnits: { 'einer halben stunde': 'hour', 'einer halben minute': 'minute', 'einem halben tag': 'day', 'einem halben jahr': 'year' },
    one: ['einer', 'einem'],
    agoBefore: ['vor'],
    days: { heute: 0, gestern: -1, vorgestern: -2 },
    now: ['gerade eben', 'soeben'],
  },
  datePatterns: [],
  // `07.12.2026`, `07.12.26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
