import { COUNT_WORDS } from '../boilerplate/count-words.js'
import { onesAndTens } from './number-words.js'
import type { MetadataLexicon } from './types.js'

/** Dutch labels, month names and phrases for metadata. */
export const nl: MetadataLexicon = {
  // `7 december 2026`, `7 dec. 2026`, `12 mrt 2026`.
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    augustus: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  // `maandag 7 december 2026`, `ma 07-12-2026`.
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  // The abbreviations are words of other languages (English `do`, `ma`): elsewhere than on a Dutch page,
  // read only before a full stop or comma (`za. 7 december 2026`).
  localWeekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  // `Door Jan de Vries, bijgewerkt op 7 december 2026`.
  dateLeads: ['bijgewerkt', 'bijgewerkt op', 'gepubliceerd', 'gepubliceerd op', 'geplaatst op', 'op'],
  // `7 december 2026 om 14:30`, `07-12-2026, 14.30 uur`.
  timeWords: ['om'],
  timeSuffixes: ['uur'],
  labels: [
    // `Datum: 07-12-2026`, `Gepubliceerd op 7 december 2026`; only taken when a whole date follows.
    { label: 'datum', field: 'date', bare: true },
    { label: 'gepubliceerd', field: 'date', bare: true },
    { label: 'gepubliceerd op', field: 'date', bare: true },
    { label: 'bijgewerkt', field: 'date', bare: true, modified: true },
    { label: 'bijgewerkt op', field: 'date', bare: true, modified: true },
    { label: 'laatst bijgewerkt', field: 'date', bare: true, modified: true },
    // `Laatste update: 3 november 2026, 11:42`.
    { label: 'laatste update', field: 'date', bare: true, modified: true },
    { label: 'geplaatst op', field: 'date', bare: true },
    // `Bron: ANP`; not `Bronnen melden…` (no colon).
    { label: 'bron', field: 'source' },
    { label: 'bronnen', field: 'source' },
    // `Auteur: Jan de Vries`, `Geschreven door Jan de Vries`.
    { label: 'auteur', field: 'author' },
    { label: 'auteurs', field: 'author' },
    { label: 'geschreven door', field: 'author', bare: true },
    // Credits, each with a colon: `Foto: Sanne Bakker`, `Beeld: ANP`, `Eindredactie: Pieter Jansen`.
    { label: 'verslaggever', field: 'credit', role: 'reporter' },
    { label: 'foto', field: 'credit', role: 'photographer' },
    { label: 'foto\'s', field: 'credit', role: 'photographer' },
    { label: 'fotograaf', field: 'credit', role: 'photographer' },
    { label: 'fotografie', field: 'credit', role: 'photographer' },
    { label: 'beeld', field: 'credit', role: 'photographer' },
    { label: 'redactie', field: 'credit', role: 'editor' },
    { label: 'eindredactie', field: 'credit', role: 'editor' },
    { label: 'redacteur', field: 'credit', role: 'editor' },
    { label: 'vertaling', field: 'credit', role: 'translator' },
    { label: 'vertaald door', field: 'credit', role: 'translator', bare: true },
    { label: 'illustratie', field: 'credit', role: 'designer' },
    { label: 'vormgeving', field: 'credit', role: 'designer' },
    { label: 'medewerking', field: 'credit', role: 'contributor' },
  ],
  bylines: [],
  // `Door Jan de Vries`: `door` is an English word ("door"), so a byline only on a Dutch page, and the word
  // and every name capitalised (`Door de regen…` is no byline).
  localBylines: ['door'],
  nameJoiners: ['en'],
  nameParticles: ['den', 'ter', 'ten', 'te'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['u bent hier', 'je bent hier'],
  home: ['home', 'startpagina', 'voorpagina'],
  outletWords: ['dagblad', 'krant', 'courant', 'nieuws'],
  commentWords: ['reactie', 'reacties'],
  copyright: [],
  rightsReserved: ['alle rechten voorbehouden'],
  // `2 uur geleden`, `een uur geleden`, `5 minuten geleden`, `gisteren om 14:30`, `zojuist`.
  relativeDates: {
    units: {
      seconde: 'second', seconden: 'second', sec: 'second', minuut: 'minute', minuten: 'minute', min: 'minute',
      uur: 'hour', dag: 'day', dagen: 'day', week: 'week', weken: 'week',
      maand: 'month', maanden: 'month', jaar: 'year', jaren: 'year',
      // `5 min. geleden`.
      'sec.': 'second', 'min.': 'minute',
    },
    // `twee uur geleden`, `drie dagen geleden`.
    counts: COUNT_WORDS.nl!,
    // `twintig minuten geleden`, `vijfentwintig minuten geleden`, `tweeëntwintig minuten geleden`.
    moreCounts: {
      elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
      twintig: 20, dertig: 30, veertig: 40, vijftig: 50,
      ...onesAndTens(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'], { twintig: 20, dertig: 30, veertig: 40, vijftig: 50 }, (one) => (one.endsWith('e') ? 'ën' : 'en')),
    },
    // `een half uur geleden`.
    halfUnits: { 'een half uur': 'hour', 'een halfuur': 'hour', 'een halve dag': 'day', 'een half jaar': 'year' },
    one: ['een', 'één'],
    agoAfter: ['geleden'],
    days: { vandaag: 0, gisteren: -1, eergisteren: -2 },
    now: ['zojuist', 'zonet'],
  },
  datePatterns: [],
  // `07-12-2026`, `07-12-26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
