import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Spanish labels, month names and phrases for metadata. */
export const es: MetadataLexicon = {
  // `7 de diciembre de 2026`, `7 dic. 2026`, `diciembre 7 de 2026`.
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
    julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, set: 9,
    octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  // `lunes, 7 de diciembre de 2026`; not `mar` (martes), which is also the month `mar`.
  weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  // `Por Juan Pérez, actualizado el 7 de diciembre de 2026`.
  dateLeads: ['publicado', 'publicado el', 'actualizado', 'actualizado el', 'el'],
  // `1.º de diciembre`, `1º de diciembre`.
  daySuffixes: ['º', '.º', '°'],
  // `7 de diciembre de 2026`, `7 de diciembre del 2026`.
  dateJoiners: ['de', 'del'],
  // `7 de diciembre de 2026 a las 14:30`, `14:30 h`, `14.30 horas`.
  timeWords: ['a las'],
  timeSuffixes: ['h', 'hs', 'horas'],
  labels: [
    // `Fecha: 07/12/2026`, `Publicado el 7 de diciembre de 2026`; only taken when a whole date follows.
    { label: 'fecha', field: 'date', bare: true },
    { label: 'fecha de publicación', field: 'date', bare: true },
    { label: 'publicado', field: 'date', bare: true },
    { label: 'publicado el', field: 'date', bare: true },
    { label: 'actualizado', field: 'date', bare: true, modified: true },
    { label: 'actualizado el', field: 'date', bare: true, modified: true },
    { label: 'última actualización', field: 'date', bare: true, modified: true },
    // `Fuente: EFE`; not `Fuentes del ministerio dijeron…` (no colon).
    { label: 'fuente', field: 'source' },
    { label: 'fuentes', field: 'source' },
    // `Autor: Juan Pérez`, `Escrito por Juan Pérez`.
    { label: 'autor', field: 'author' },
    { label: 'autora', field: 'author' },
    { label: 'autores', field: 'author' },
    { label: 'escrito por', field: 'author', bare: true },
    // Credits, each with a colon: `Foto: Ana López`, `Redacción: Juan Pérez`.
    { label: 'reportero', field: 'credit', role: 'reporter' },
    { label: 'reportera', field: 'credit', role: 'reporter' },
    { label: 'periodista', field: 'credit', role: 'reporter' },
    { label: 'corresponsal', field: 'credit', role: 'correspondent' },
    { label: 'enviado especial', field: 'credit', role: 'correspondent' },
    { label: 'enviada especial', field: 'credit', role: 'correspondent' },
    { label: 'foto', field: 'credit', role: 'photographer' },
    { label: 'fotos', field: 'credit', role: 'photographer' },
    { label: 'fotografía', field: 'credit', role: 'photographer' },
    { label: 'fotografías', field: 'credit', role: 'photographer' },
    { label: 'fotógrafo', field: 'credit', role: 'photographer' },
    { label: 'fotógrafa', field: 'credit', role: 'photographer' },
    { label: 'redacción', field: 'credit', role: 'editor' },
    { label: 'redactor', field: 'credit', role: 'editor' },
    { label: 'redactora', field: 'credit', role: 'editor' },
    { label: 'edición', field: 'credit', role: 'editor' },
    { label: 'editora', field: 'credit', role: 'editor' },
    { label: 'corrección', field: 'credit', role: 'proofreader' },
    { label: 'traducción', field: 'credit', role: 'translator' },
    { label: 'traductor', field: 'credit', role: 'translator' },
    { label: 'traductora', field: 'credit', role: 'translator' },
    { label: 'traducido por', field: 'credit', role: 'translator', bare: true },
    { label: 'producción', field: 'credit', role: 'producer' },
    { label: 'realización', field: 'credit', role: 'producer' },
    { label: 'diseño', field: 'credit', role: 'designer' },
    { label: 'infografía', field: 'credit', role: 'designer' },
    { label: 'maquetación', field: 'credit', role: 'designer' },
    { label: 'becario', field: 'credit', role: 'intern' },
    { label: 'becaria', field: 'credit', role: 'intern' },
    { label: 'colaborador', field: 'credit', role: 'contributor' },
    { label: 'colaboradora', field: 'credit', role: 'contributor' },
    { label: 'colaboración', field: 'credit', role: 'contributor' },
  ],
  // `Por Juan Pérez`; the word must be capitalised and the names too, so `Por eso…` is no byline.
  bylines: ['por'],
  nameJoiners: ['y'],
  nameParticles: ['los', 'las'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['usted está en', 'estás en', 'está en'],
  home: ['inicio', 'portada'],
  // `Por María López, corresponsal en Lima`, `Por Juan Pérez, redactor`.
  jobWords: ['periodista', 'corresponsal', 'redactor', 'redactora', 'enviado especial', 'enviada especial', 'columnista'],
  outletWords: [],
  // `Juana Pérez (EFE)`, `Con información de EFE y AFP`.
  agencies: ['efe', 'europa press', 'afp', 'reuters', 'ap', 'notimex', 'ansa'],
  // `Con información de EFE`, `Con información de la agencia EFE` alone under the article.
  closingLabels: [
    { label: 'con información de', field: 'source', bare: true },
    { label: 'con información de la agencia', field: 'source', bare: true },
    { label: 'con información de las agencias', field: 'source', bare: true },
  ],
  creditPlaceWords: ['en', 'desde'],
  commentWords: ['comentario', 'comentarios'],
  copyright: [],
  rightsReserved: ['todos los derechos reservados'],
  // `hace 2 horas`, `hace una hora`, `Actualizado hace 5 minutos`, `ayer a las 14:30`, `ahora mismo`.
  relativeDates: {
    units: {
      segundo: 'second', segundos: 'second', seg: 'second', minuto: 'minute', minutos: 'minute', min: 'minute',
      hora: 'hour', horas: 'hour', h: 'hour', día: 'day', días: 'day', dia: 'day', dias: 'day',
      semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year',
      // `hace 5 min.`.
      'seg.': 'second', 'min.': 'minute',
    },
    // `hace dos horas`, `hace tres días`.
    counts: COUNT_WORDS.es!,
    // `hace veinte minutos`, `hace veinticinco minutos`, `hace treinta y cinco minutos`.
    moreCounts: {
      once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
      veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25,
      veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50,
    },
    tensJoiners: [' y '],
    // `hace media hora`.
    halfUnits: { 'media hora': 'hour', 'medio minuto': 'minute', 'medio año': 'year' },
    one: ['un', 'una'],
    agoBefore: ['hace'],
    days: { hoy: 0, ayer: -1, anteayer: -2 },
    now: ['ahora mismo', 'justo ahora'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
