import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Polish labels, month names and phrases for metadata. */
export const pl: MetadataLexicon = {
  // `7 grudnia 2026` (the genitive a date is written in), `grudzień 2026`, `7 gru 2026`; also without
  // diacritics (`7 pazdziernika 2026`), as some sites write them.
  months: {
    styczeń: 1, stycznia: 1, styczen: 1, sty: 1, luty: 2, lutego: 2, lut: 2, marzec: 3, marca: 3, mar: 3,
    kwiecień: 4, kwietnia: 4, kwiecien: 4, kwi: 4, maj: 5, maja: 5, czerwiec: 6, czerwca: 6, cze: 6,
    lipiec: 7, lipca: 7, lip: 7, sierpień: 8, sierpnia: 8, sierpien: 8, sie: 8, wrzesień: 9, września: 9,
    wrzesien: 9, wrzesnia: 9, wrz: 9, październik: 10, października: 10, pazdziernik: 10, pazdziernika: 10, paź: 10,
    listopad: 11, listopada: 11, lis: 11, grudzień: 12, grudnia: 12, grudzien: 12, gru: 12,
  },
  // `poniedziałek, 7 grudnia 2026`, `pon., 07.12.2026`.
  weekdays: [
    'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
    'pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'niedz', 'nd',
  ],
  // `Anna Nowak, aktualizacja 7 grudnia 2026`.
  dateLeads: ['opublikowano', 'aktualizacja', 'zaktualizowano'],
  // `7 grudnia 2026 o 14:30`, `7 grudnia 2026, godz. 14:30`, `o godz. 14.30`.
  timeWords: ['o godz.', 'godz.', 'o'],
  // `7 grudnia 2026 r.`.
  yearSuffixes: ['r.'],
  labels: [
    // `Data: 07.12.2026`, `Opublikowano 7 grudnia 2026`; only taken when a whole date follows.
    { label: 'data', field: 'date', bare: true },
    { label: 'data publikacji', field: 'date', bare: true },
    { label: 'opublikowano', field: 'date', bare: true },
    { label: 'zaktualizowano', field: 'date', bare: true, modified: true },
    { label: 'aktualizacja', field: 'date', bare: true, modified: true },
    // `Źródło: PAP`; not `Źródła podają…` (no colon).
    { label: 'źródło', field: 'source' },
    { label: 'źródła', field: 'source' },
    // `Autor: Anna Nowak`, `Autorka: Anna Nowak`.
    { label: 'autor', field: 'author' },
    { label: 'autorka', field: 'author' },
    { label: 'autorzy', field: 'author' },
    // Credits, with a colon, or `Fot.` bare: `Fot. Jan Kowalski`, `Redakcja: Anna Nowak`.
    { label: 'fot.', field: 'credit', role: 'photographer', bare: true },
    { label: 'zdjęcie', field: 'credit', role: 'photographer' },
    { label: 'zdjęcia', field: 'credit', role: 'photographer' },
    { label: 'redakcja', field: 'credit', role: 'editor' },
    { label: 'redaktor', field: 'credit', role: 'editor' },
    { label: 'korekta', field: 'credit', role: 'proofreader' },
    { label: 'tłumaczenie', field: 'credit', role: 'translator' },
    { label: 'korespondent', field: 'credit', role: 'correspondent' },
    { label: 'współpraca', field: 'credit', role: 'contributor' },
  ],
  bylines: [],
  nameJoiners: ['i', 'oraz'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['jesteś tutaj', 'jesteś w'],
  home: ['strona główna'],
  outletWords: ['gazeta', 'wiadomości'],
  commentWords: ['komentarz', 'komentarze', 'komentarzy'],
  copyright: [],
  rightsReserved: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone'],
  // `2 godziny temu`, `godzinę temu`, `5 minut temu`, `wczoraj o 14:30`, `przed chwilą`.
  relativeDates: {
    units: {
      sekundę: 'second', sekundy: 'second', sekund: 'second', sek: 'second',
      minutę: 'minute', minuty: 'minute', minut: 'minute', min: 'minute',
      godzinę: 'hour', godziny: 'hour', godzin: 'hour', dzień: 'day', dni: 'day',
      tydzień: 'week', tygodnie: 'week', tygodni: 'week',
      miesiąc: 'month', miesiące: 'month', miesięcy: 'month', rok: 'year', lata: 'year', lat: 'year',
      // `5 min. temu`, `2 godz. temu`.
      'sek.': 'second', 'min.': 'minute', 'godz.': 'hour',
    },
    // `dwie godziny temu`, `pięć minut temu`.
    counts: COUNT_WORDS.pl!,
    // `dwadzieścia minut temu`, `dwadzieścia pięć minut temu`, `piętnaście minut temu`.
    moreCounts: {
      jedenaście: 11, dwanaście: 12, trzynaście: 13, czternaście: 14, piętnaście: 15, szesnaście: 16, siedemnaście: 17,
      osiemnaście: 18, dziewiętnaście: 19, dwadzieścia: 20, trzydzieści: 30, czterdzieści: 40, pięćdziesiąt: 50,
    },
    tensJoiners: [' '],
    // `pół godziny temu`.
    halfUnits: { 'pół godziny': 'hour', 'pół minuty': 'minute', 'pół dnia': 'day', 'pół roku': 'year' },
    loneUnits: { sekundę: 'second', minutę: 'minute', godzinę: 'hour', dzień: 'day', tydzień: 'week', miesiąc: 'month', rok: 'year' },
    agoAfter: ['temu'],
    days: { dzisiaj: 0, dziś: 0, wczoraj: -1, przedwczoraj: -2 },
    now: ['przed chwilą'],
  },
  datePatterns: [],
  // `07.12.2026`, `07.12.26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
