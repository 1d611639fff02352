import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** Russian labels, month names and phrases for metadata. */
export const ru: MetadataLexicon = {
  // `7 декабря 2026` (the genitive a date is written in), `декабрь 2026` (nominative), `7 дек. 2026`.
  months: {
    январь: 1, января: 1, янв: 1, февраль: 2, февраля: 2, фев: 2, февр: 2, март: 3, марта: 3, мар: 3, апрель: 4, апреля: 4, апр: 4,
    май: 5, мая: 5, июнь: 6, июня: 6, июн: 6, июль: 7, июля: 7, июл: 7, август: 8, августа: 8, авг: 8,
    сентябрь: 9, сентября: 9, сен: 9, сент: 9, октябрь: 10, октября: 10, окт: 10, ноябрь: 11, ноября: 11, ноя: 11, нояб: 11,
    декабрь: 12, декабря: 12, дек: 12,
  },
  // `Понедельник, 7 декабря 2026`, `пн, 07.12.2026`.
  weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  // `Иван Петров, обновлено 7 декабря 2026`.
  dateLeads: ['опубликовано', 'обновлено'],
  // `7 декабря 2026 в 14:30`.
  timeWords: ['в'],
  // `7 декабря 2026, 14:30 МСК`: Moscow time.
  timeZones: ['МСК'],
  // `7 декабря 2026 г.`, `7 декабря 2026 года`, `07.12.2026 г.`.
  yearSuffixes: ['года', 'г.', 'г'],
  labels: [
    // `Дата: 07.12.2026`, `Опубликовано 7 декабря 2026`; only taken when a whole date follows.
    { label: 'дата', field: 'date', bare: true },
    { label: 'дата публикации', field: 'date', bare: true },
    { label: 'опубликовано', field: 'date', bare: true },
    { label: 'обновлено', field: 'date', bare: true, modified: true },
    { label: 'дата обновления', field: 'date', bare: true, modified: true },
    { label: 'последнее обновление', field: 'date', bare: true, modified: true },
    // `Источник: ТАСС`; not `Источники сообщают…` (no colon).
    { label: 'источник', field: 'source' },
    { label: 'источники', field: 'source' },
    // `Автор: Анна Иванова`, `Текст: Анна Иванова`.
    { label: 'автор', field: 'author' },
    { label: 'авторы', field: 'author' },
    { label: 'текст', field: 'author' },
    // Credits, each with a colon: `Фото: Иван Петров`, `Редактор: Ольга Смирнова`.
    { label: 'корреспондент', field: 'credit', role: 'correspondent' },
    { label: 'фото', field: 'credit', role: 'photographer' },
    { label: 'фотографии', field: 'credit', role: 'photographer' },
    { label: 'фотограф', field: 'credit', role: 'photographer' },
    { label: 'редактор', field: 'credit', role: 'editor' },
    { label: 'выпускающий редактор', field: 'credit', role: 'editor' },
    { label: 'главный редактор', field: 'credit', role: 'editor' },
    { label: 'корректор', field: 'credit', role: 'proofreader' },
    { label: 'перевод', field: 'credit', role: 'translator' },
    { label: 'переводчик', field: 'credit', role: 'translator' },
    { label: 'продюсер', field: 'credit', role: 'producer' },
    { label: 'инфографика', field: 'credit', role: 'designer' },
    { label: 'иллюстрации', field: 'credit', role: 'designer' },
    { label: 'дизайн', field: 'credit', role: 'designer' },
  ],
  bylines: [],
  nameJoiners: ['и'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['вы здесь', 'вы находитесь'],
  home: ['главная', 'главная страница'],
  outletWords: ['новости', 'агентство'],
  commentWords: ['комментарии', 'комментариев', 'комментария', 'комментарий'],
  copyright: [],
  rightsReserved: ['все права защищены', 'все права сохранены'],
  // `3 часа назад`, `час назад`, `5 минут назад`, `вчера в 14:30`, `только что`.
  relativeDates: {
    units: {
      секунду: 'second', секунды: 'second', секунд: 'second', сек: 'second',
      минуту: 'minute', минуты: 'minute', минут: 'minute', мин: 'minute',
      час: 'hour', часа: 'hour', часов: 'hour', день: 'day', дня: 'day', дней: 'day',
      неделю: 'week', недели: 'week', недель: 'week',
      месяц: 'month', месяца: 'month', месяцев: 'month', год: 'year', года: 'year', лет: 'year',
      // `5 мин. назад`, `3 ч. назад`, `3 ч назад`.
      'сек.': 'second', 'мин.': 'minute', ч: 'hour', 'ч.': 'hour',
    },
    // `два часа назад`, `пять минут назад`.
    counts: COUNT_WORDS.ru!,
    // `двадцать минут назад`, `двадцать пять минут назад`, `пятнадцать минут назад`.
    moreCounts: {
      одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17,
      восемнадцать: 18, девятнадцать: 19, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50,
    },
    tensJoiners: [' '],
    // `полчаса назад`.
    halfUnits: { полчаса: 'hour', полминуты: 'minute', полдня: 'day', полгода: 'year' },
    one: ['одну', 'один'],
    loneUnits: { секунду: 'second', минуту: 'minute', час: 'hour', день: 'day', неделю: 'week', месяц: 'month', год: 'year' },
    agoAfter: ['назад'],
    days: { сегодня: 0, вчера: -1, позавчера: -2 },
    now: ['только что'],
  },
  datePatterns: [],
  // `07.12.2026`, `07.12.26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
