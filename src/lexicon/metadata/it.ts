import { COUNT_WORDS } from '../boilerplate/count-words.js'
import { tensAndOnes } from './number-words.js'
import type { MetadataLexicon } from './types.js'

/** Italian labels, month names and phrases for metadata. */
export const it: MetadataLexicon = {
  // `7 dicembre 2026`, `7 dic. 2026`.
  months: {
    gennaio: 1, gen: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, mag: 5, giugno: 6, giu: 6,
    luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, sett: 9, set: 9, ottobre: 10, ott: 10, novembre: 11, nov: 11,
    dicembre: 12, dic: 12,
  },
  // `lunedì 7 dicembre 2026`; not `mar` (martedì), which is also the month `mar`.
  weekdays: [
    'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica',
    'lun', 'mer', 'gio', 'ven', 'sab', 'dom',
  ],
  // `Di Marco Rossi, aggiornato il 7 dicembre 2026`.
  dateLeads: ['pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il', 'il'],
  // `1º dicembre 2026`.
  daySuffixes: ['º', '°'],
  // `7 dicembre 2026 ore 14:30`, `alle 14.30`, `alle ore 14.30`.
  timeWords: ['ore', 'alle', 'alle ore'],
  labels: [
    // `Data: 07/12/2026`, `Pubblicato il 7 dicembre 2026`; only taken when a whole date follows.
    { label: 'data', field: 'date', bare: true },
    { label: 'data di pubblicazione', field: 'date', bare: true },
    { label: 'pubblicato', field: 'date', bare: true },
    { label: 'pubblicato il', field: 'date', bare: true },
    { label: 'aggiornato', field: 'date', bare: true, modified: true },
    { label: 'aggiornato il', field: 'date', bare: true, modified: true },
    { label: 'ultimo aggiornamento', field: 'date', bare: true, modified: true },
    // `Fonte: ANSA`; not `Fonti vicine al governo…` (no colon).
    { label: 'fonte', field: 'source' },
    { label: 'fonti', field: 'source' },
    // `Autore: Marco Rossi`, `Scritto da Marco Rossi`.
    { label: 'autore', field: 'author' },
    { label: 'autrice', field: 'author' },
    { label: 'autori', field: 'author' },
    { label: 'scritto da', field: 'author', bare: true },
    // Credits, each with a colon, or bare after `A cura di`: `Foto: Giulia Bianchi`, `Redazione: Marco Rossi`.
    { label: 'inviato', field: 'credit', role: 'correspondent' },
    { label: 'inviata', field: 'credit', role: 'correspondent' },
    { label: 'corrispondente', field: 'credit', role: 'correspondent' },
    { label: 'foto', field: 'credit', role: 'photographer' },
    { label: 'fotografia', field: 'credit', role: 'photographer' },
    { label: 'fotografie', field: 'credit', role: 'photographer' },
    { label: 'fotografo', field: 'credit', role: 'photographer' },
    { label: 'fotografa', field: 'credit', role: 'photographer' },
    { label: 'redazione', field: 'credit', role: 'editor' },
    { label: 'redattore', field: 'credit', role: 'editor' },
    { label: 'redattrice', field: 'credit', role: 'editor' },
    { label: 'a cura di', field: 'credit', role: 'editor', bare: true },
    { label: 'revisione', field: 'credit', role: 'proofreader' },
    { label: 'traduzione', field: 'credit', role: 'translator' },
    { label: 'traduttore', field: 'credit', role: 'translator' },
    { label: 'traduttrice', field: 'credit', role: 'translator' },
    { label: 'tradotto da', field: 'credit', role: 'translator', bare: true },
    { label: 'produzione', field: 'credit', role: 'producer' },
    { label: 'grafica', field: 'credit', role: 'designer' },
    { label: 'infografica', field: 'credit', role: 'designer' },
    { label: 'collaborazione', field: 'credit', role: 'contributor' },
  ],
  // `Di Marco Rossi`. `di` is also a preposition: the word must be capitalised and every name word too
  // (`Di fronte a…`, `Di recente…` are no bylines).
  bylines: ['di'],
  // `di Marco Rossi` in lower case, as Italian pages also write it: on an Italian page only.
  lowerBylines: ['di'],
  nameJoiners: ['e'],
  nameParticles: ['della', 'dello', 'delle', 'degli', 'dei'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['sei in', 'ti trovi in'],
  home: ['home'],
  outletWords: [],
  commentWords: ['commento', 'commenti'],
  copyright: [],
  rightsReserved: ['tutti i diritti riservati'],
  // `2 ore fa`, `un'ora fa`, `Aggiornato 5 minuti fa`, `ieri alle 14:30`, `proprio ora`.
  relativeDates: {
    units: {
      secondo: 'second', secondi: 'second', sec: 'second', minuto: 'minute', minuti: 'minute', min: 'minute',
      ora: 'hour', ore: 'hour', giorno: 'day', giorni: 'day', settimana: 'week', settimane: 'week',
      mese: 'month', mesi: 'month', anno: 'year', anni: 'year',
      // `5 min. fa`.
      'sec.': 'second', 'min.': 'minute',
    },
    // `due ore fa`, `tre giorni fa`.
    counts: COUNT_WORDS.it!,
    // `venti minuti fa`, `venticinque minuti fa`, `ventotto giorni fa`, `quindici minuti fa`.
    moreCounts: {
      undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
      venti: 20, trenta: 30, quaranta: 40, cinquanta: 50,
      ...tensAndOnes({ venti: 20, trenta: 30, quaranta: 40, cinquanta: 50 }),
    },
    // `mezz'ora fa`.
    halfUnits: { "mezz'ora": 'hour', 'mezz’ora': 'hour', mezzora: 'hour' },
    one: ['un', 'una', "un'", 'un’'],
    agoAfter: ['fa'],
    days: { oggi: 0, ieri: -1, "l'altro ieri": -2, 'l’altro ieri': -2, altroieri: -2 },
    now: ['proprio ora'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
