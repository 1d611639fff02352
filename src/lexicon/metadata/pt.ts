import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Portuguese labels, month names and phrases for metadata. */
export const pt: MetadataLexicon = {
  // `7 de dezembro de 2026`, `7 dez. 2026`.
  months: {
    janeiro: 1, jan: 1, fevereiro: 2, fev: 2, março: 3, mar: 3, abril: 4, abr: 4, maio: 5, mai: 5, junho: 6, jun: 6,
    julho: 7, jul: 7, agosto: 8, ago: 8, setembro: 9, set: 9, outubro: 10, out: 10, novembro: 11, nov: 11,
    dezembro: 12, dez: 12,
  },
  // `segunda-feira, 7 de dezembro de 2026`, `seg., 07/12/2026`.
  weekdays: [
    'segunda-feira', 'terça-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'sabado', 'domingo',
    'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom',
  ],
  // `Por João Silva, atualizado em 7 de dezembro de 2026`.
  dateLeads: ['publicado', 'publicado em', 'atualizado', 'atualizado em', 'em'],
  // `1º de dezembro`, `1.º de dezembro`.
  daySuffixes: ['º', '.º', '°'],
  // `7 de dezembro de 2026`.
  dateJoiners: ['de'],
  // `7 de dezembro de 2026 às 14h30`, `às 14:30`, `14 horas`.
  timeWords: ['às'],
  hourMarks: ['h'],
  timeSuffixes: ['h', 'horas'],
  labels: [
    // `Data: 07/12/2026`, `Publicado em 7 de dezembro de 2026`; only taken when a whole date follows.
    { label: 'data', field: 'date', bare: true },
    { label: 'data de publicação', field: 'date', bare: true },
    { label: 'publicado', field: 'date', bare: true },
    { label: 'publicado em', field: 'date', bare: true },
    { label: 'atualizado', field: 'date', bare: true, modified: true },
    { label: 'atualizado em', field: 'date', bare: true, modified: true },
    { label: 'última atualização', field: 'date', bare: true, modified: true },
    // `Fonte: Agência Brasil`; not `Fontes do governo disseram…` (no colon).
    { label: 'fonte', field: 'source' },
    { label: 'fontes', field: 'source' },
    // `Autor: João Silva`, `Escrito por João Silva`.
    { label: 'autor', field: 'author' },
    { label: 'autora', field: 'author' },
    { label: 'autores', field: 'author' },
    { label: 'escrito por', field: 'author', bare: true },
    // Credits, each with a colon: `Foto: Maria Souza`, `Redação: João Silva`.
    { label: 'repórter', field: 'credit', role: 'reporter' },
    { label: 'reportagem', field: 'credit', role: 'reporter' },
    { label: 'correspondente', field: 'credit', role: 'correspondent' },
    { label: 'enviado especial', field: 'credit', role: 'correspondent' },
    { label: 'enviada especial', field: 'credit', role: 'correspondent' },
    { label: 'foto', field: 'credit', role: 'photographer' },
    { label: 'fotos', field: 'credit', role: 'photographer' },
    { label: 'fotografia', field: 'credit', role: 'photographer' },
    { label: 'fotografias', field: 'credit', role: 'photographer' },
    { label: 'fotógrafo', field: 'credit', role: 'photographer' },
    { label: 'fotógrafa', field: 'credit', role: 'photographer' },
    { label: 'redação', field: 'credit', role: 'editor' },
    { label: 'redacção', field: 'credit', role: 'editor' },
    { label: 'redator', field: 'credit', role: 'editor' },
    { label: 'redatora', field: 'credit', role: 'editor' },
    { label: 'edição', field: 'credit', role: 'editor' },
    { label: 'editora', field: 'credit', role: 'editor' },
    { label: 'revisão', field: 'credit', role: 'proofreader' },
    { label: 'tradução', field: 'credit', role: 'translator' },
    { label: 'tradutor', field: 'credit', role: 'translator' },
    { label: 'tradutora', field: 'credit', role: 'translator' },
    { label: 'traduzido por', field: 'credit', role: 'translator', bare: true },
    { label: 'produção', field: 'credit', role: 'producer' },
    { label: 'arte', field: 'credit', role: 'designer' },
    { label: 'infografia', field: 'credit', role: 'designer' },
    { label: 'diagramação', field: 'credit', role: 'designer' },
    { label: 'estagiário', field: 'credit', role: 'intern' },
    { label: 'estagiária', field: 'credit', role: 'intern' },
    { label: 'colaborador', field: 'credit', role: 'contributor' },
    { label: 'colaboradora', field: 'credit', role: 'contributor' },
    { label: 'colaboração', field: 'credit', role: 'contributor' },
  ],
  // `Por João Silva`; the word must be capitalised and the names too, so `Por isso…` is no byline.
  bylines: ['por'],
  nameJoiners: ['e'],
  nameParticles: ['do', 'dos', 'das'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['você está em', 'está em'],
  home: ['início', 'página inicial'],
  // `Por Mariana Lopes, de Belo Horizonte`, `…, em Brasília`: the place a byline names after a comma.
  creditPlaceWords: ['de', 'em', 'direto de'],
  outletWords: [],
  commentWords: ['comentário', 'comentários'],
  copyright: [],
  rightsReserved: ['todos os direitos reservados'],
  // `há 3 horas`, `há uma hora`, `3 horas atrás`, `Atualizado há 5 minutos`, `ontem às 14h30`, `agora mesmo`.
  relativeDates: {
    units: {
      segundo: 'second', segundos: 'second', seg: 'second', minuto: 'minute', minutos: 'minute', min: 'minute',
      hora: 'hour', horas: 'hour', h: 'hour', dia: 'day', dias: 'day', semana: 'week', semanas: 'week',
      mês: 'month', mes: 'month', meses: 'month', ano: 'year', anos: 'year',
      // `há 5 min.`.
      'seg.': 'second', 'min.': 'minute',
    },
    // `há duas horas`, `há três dias`.
    counts: COUNT_WORDS.pt!,
    // `há vinte minutos`, `há vinte e cinco minutos`, `há quinze dias`.
    moreCounts: {
      onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17,
      dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
    },
    tensJoiners: [' e '],
    // `há meia hora`.
    halfUnits: { 'meia hora': 'hour', 'meio minuto': 'minute', 'meio ano': 'year' },
    one: ['um', 'uma'],
    agoBefore: ['há'],
    agoAfter: ['atrás'],
    days: { hoje: 0, ontem: -1, anteontem: -2 },
    now: ['agora mesmo'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
