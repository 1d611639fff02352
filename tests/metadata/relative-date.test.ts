import { clean, cleanHtml } from 'textwash'
import { describe, expect, it } from 'vitest'
import { parseReferenceDate, resolveOptions } from '../../src/core/options.js'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readRelativeAt, resolveRelativeDate } from '../../src/metadata/date.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readRelativeDateline } from '../../src/metadata/rules/date.js'

// When the pages below were fetched: a Monday, 14:19 UTC.
const FETCHED = '2026-12-07T14:19:00Z'

/** A headline and a paragraph in each language with a metadata lexicon. */
const PAGES: Readonly<Record<string, { readonly title: string; readonly body: string }>> = {
  en: {
    title: 'Harbour bridge reopens after repairs',
    body: 'The harbour bridge reopened to traffic this morning after six weeks of repairs to its deck and railings, and the city transport office said buses would return to their usual routes by the evening.',
  },
  vi: {
    title: 'Cầu cảng thông xe trở lại sau sửa chữa',
    body: 'Cây cầu cảng đã thông xe trở lại vào sáng nay sau sáu tuần sửa chữa mặt cầu và lan can, và sở giao thông thành phố cho biết xe buýt sẽ chạy lại các tuyến thường lệ từ chiều tối.',
  },
  zh: {
    title: '港口大桥维修后重新开放',
    body: '经过六周的桥面和栏杆维修，港口大桥今天上午重新恢复通车，市交通部门表示，公交车将于今晚前恢复原有线路，市民出行将更加方便。',
  },
  de: {
    title: 'Hafenbrücke nach Reparatur wieder offen',
    body: 'Die Hafenbrücke ist heute Morgen nach sechs Wochen Arbeiten an Fahrbahn und Geländer wieder für den Verkehr freigegeben worden, und das städtische Verkehrsamt teilte mit, dass die Busse bis zum Abend auf ihre üblichen Strecken zurückkehren.',
  },
  fr: {
    title: 'Le pont du port rouvre après des travaux',
    body: 'Le pont du port a rouvert à la circulation ce matin après six semaines de travaux sur le tablier et les garde-corps, et le service des transports de la ville a indiqué que les bus reprendraient leurs lignes habituelles dès ce soir.',
  },
  es: {
    title: 'El puente del puerto reabre tras las obras',
    body: 'El puente del puerto volvió a abrirse al tráfico esta mañana después de seis semanas de obras en el tablero y las barandillas, y la oficina municipal de transporte dijo que los autobuses recuperarán sus rutas habituales por la tarde.',
  },
  pt: {
    title: 'Ponte do porto reabre após obras',
    body: 'A ponte do porto voltou a abrir ao trânsito esta manhã depois de seis semanas de obras no tabuleiro e nas grades, e a secretaria municipal de transportes disse que os ônibus voltarão às rotas habituais à noite.',
  },
  it: {
    title: 'Riapre il ponte del porto dopo i lavori',
    body: "Il ponte del porto è stato riaperto al traffico questa mattina dopo sei settimane di lavori sulla carreggiata e sui parapetti, e l'ufficio comunale dei trasporti ha detto che gli autobus torneranno sui percorsi abituali entro sera.",
  },
  ru: {
    title: 'Мост в порту открыли после ремонта',
    body: 'Мост в порту сегодня утром снова открыли для движения после шести недель ремонта полотна и перил, а городской отдел транспорта сообщил, что автобусы вернутся на свои обычные маршруты к вечеру.',
  },
  nl: {
    title: 'Havenbrug weer open na herstel',
    body: 'De havenbrug is vanochtend weer opengegaan voor het verkeer na zes weken werk aan het wegdek en de leuningen, en de gemeentelijke vervoersdienst meldde dat de bussen tegen de avond hun gewone routes weer rijden.',
  },
  pl: {
    title: 'Most w porcie otwarty po remoncie',
    body: 'Most w porcie został dziś rano ponownie otwarty dla ruchu po sześciu tygodniach prac przy nawierzchni i barierkach, a miejski wydział transportu poinformował, że autobusy wrócą na zwykłe trasy do wieczora.',
  },
  tr: {
    title: 'Liman köprüsü onarımın ardından yeniden açıldı',
    body: 'Liman köprüsü, tabliye ve korkuluklarda altı hafta süren çalışmaların ardından bu sabah yeniden trafiğe açıldı ve belediye ulaşım müdürlüğü otobüslerin akşama kadar olağan güzergâhlarına döneceğini açıkladı.',
  },
  id: {
    title: 'Jembatan pelabuhan dibuka kembali setelah perbaikan',
    body: 'Jembatan pelabuhan kembali dibuka untuk lalu lintas pagi ini setelah enam minggu perbaikan pada lantai dan pagar jembatan, dan dinas perhubungan kota mengatakan bus akan kembali ke rute biasa menjelang malam.',
  },
  ja: {
    title: '港の橋、補修終え通行再開',
    body: '港の橋は床版と欄干の補修工事が六週間続いた後、けさ通行が再開され、市の交通局はバスが夕方までに通常の路線に戻ると発表した。市民からは安心したという声が聞かれた。',
  },
  ko: {
    title: '항구 다리 보수 마치고 통행 재개',
    body: '항구 다리가 상판과 난간 보수 공사를 6주 동안 마친 뒤 오늘 아침 다시 개통됐으며, 시 교통국은 버스가 저녁까지 평소 노선으로 돌아온다고 밝혔다. 시민들은 출퇴근이 편해질 것이라고 반겼다.',
  },
  ar: {
    title: 'افتتاح جسر الميناء بعد الإصلاحات',
    body: 'أعيد فتح جسر الميناء أمام حركة المرور صباح اليوم بعد ستة أسابيع من أعمال الإصلاح في سطحه وحواجزه، وقال مكتب النقل في المدينة إن الحافلات ستعود إلى مساراتها المعتادة بحلول المساء.',
  },
  hi: {
    title: 'मरम्मत के बाद बंदरगाह पुल फिर खुला',
    body: 'बंदरगाह का पुल छह हफ्तों की मरम्मत के बाद आज सुबह यातायात के लिए फिर से खोल दिया गया, और शहर के परिवहन विभाग ने कहा कि बसें शाम तक अपने सामान्य मार्गों पर लौट आएंगी।',
  },
  th: {
    title: 'สะพานท่าเรือเปิดใช้อีกครั้งหลังซ่อมแซม',
    body: 'สะพานท่าเรือเปิดให้รถสัญจรได้อีกครั้งเมื่อเช้านี้หลังการซ่อมแซมพื้นสะพานและราวกันตกนานหกสัปดาห์ และสำนักงานขนส่งของเมืองระบุว่ารถประจำทางจะกลับมาวิ่งตามเส้นทางปกติภายในเย็นนี้',
  },
}

/** A page in `lang` with `dateline` between its headline and its paragraph. */
function page(lang: string, dateline: string): string {
  const p = PAGES[lang]!
  return `${p.title}\n${dateline}\n${p.body}`
}

// Each language's forms, on a page in that language, and the date they give against FETCHED.
const FORMS: readonly (readonly [lang: string, dateline: string, date: string])[] = [
  ['en', '2 hours ago', '2026-12-07T12:19:00'],
  ['en', 'Updated 35 minutes ago', '2026-12-07T13:44:00'],
  ['en', 'an hour ago', '2026-12-07T13:19:00'],
  ['en', '5m ago', '2026-12-07T14:14:00'],
  ['en', '30 seconds ago', '2026-12-07T14:18:30'],
  ['en', '3 days ago', '2026-12-04'],
  ['en', '1 week ago', '2026-11-30'],
  ['en', 'Yesterday at 14:30', '2026-12-06T14:30'],
  ['en', 'Today, 9:05 am', '2026-12-07T09:05'],
  ['en', 'Published: yesterday', '2026-12-06'],
  ['vi', '3 giờ trước', '2026-12-07T11:19:00'],
  ['vi', 'cách đây 2 ngày', '2026-12-05'],
  ['vi', 'Hôm qua lúc 14:30', '2026-12-06T14:30'],
  ['vi', '14:30 hôm qua', '2026-12-06T14:30'],
  ['vi', 'Hôm qua', '2026-12-06'],
  ['zh', '3小时前', '2026-12-07T11:19:00'],
  ['zh', '20分钟前', '2026-12-07T13:59:00'],
  ['zh', '2天前', '2026-12-05'],
  ['zh', '昨天 14:30', '2026-12-06T14:30'],
  ['zh', '刚刚', '2026-12-07T14:19:00'],
  ['de', 'vor 2 Stunden', '2026-12-07T12:19:00'],
  ['de', 'vor einer Stunde', '2026-12-07T13:19:00'],
  ['de', 'Aktualisiert vor 5 Minuten', '2026-12-07T14:14:00'],
  ['de', 'gestern um 14:30 Uhr', '2026-12-06T14:30'],
  ['fr', 'il y a 3 heures', '2026-12-07T11:19:00'],
  ['fr', 'Il y a une heure', '2026-12-07T13:19:00'],
  ['fr', 'Mis à jour il y a 5 min', '2026-12-07T14:14:00'],
  ['fr', 'hier à 14h30', '2026-12-06T14:30'],
  ['es', 'hace 2 horas', '2026-12-07T12:19:00'],
  ['es', 'Hace una semana', '2026-11-30'],
  ['es', 'ayer a las 14:30', '2026-12-06T14:30'],
  ['pt', 'há 3 horas', '2026-12-07T11:19:00'],
  ['pt', '3 horas atrás', '2026-12-07T11:19:00'],
  ['pt', 'ontem às 14h30', '2026-12-06T14:30'],
  ['it', '2 ore fa', '2026-12-07T12:19:00'],
  ['it', "un'ora fa", '2026-12-07T13:19:00'],
  ['it', 'ieri alle 14:30', '2026-12-06T14:30'],
  ['ru', '3 часа назад', '2026-12-07T11:19:00'],
  ['ru', 'час назад', '2026-12-07T13:19:00'],
  ['ru', 'вчера в 14:30', '2026-12-06T14:30'],
  ['nl', '2 uur geleden', '2026-12-07T12:19:00'],
  ['nl', 'gisteren', '2026-12-06'],
  ['nl', 'gisteren om 14:30', '2026-12-06T14:30'],
  ['pl', '5 minut temu', '2026-12-07T14:14:00'],
  ['pl', 'godzinę temu', '2026-12-07T13:19:00'],
  ['pl', 'wczoraj', '2026-12-06'],
  ['tr', '2 saat önce', '2026-12-07T12:19:00'],
  ['tr', 'dün 14:30', '2026-12-06T14:30'],
  ['id', '2 jam yang lalu', '2026-12-07T12:19:00'],
  ['id', '3 hari lalu', '2026-12-04'],
  ['id', 'kemarin pukul 14.30', '2026-12-06T14:30'],
  ['ja', '3時間前', '2026-12-07T11:19:00'],
  ['ja', '1週間前', '2026-11-30'],
  ['ja', '昨日 14:30', '2026-12-06T14:30'],
  ['ko', '2시간 전', '2026-12-07T12:19:00'],
  ['ko', '2시간전', '2026-12-07T12:19:00'],
  ['ko', '어제 오후 2:30', '2026-12-06T14:30'],
  // Amounts as words; months and years, counted back on the calendar; abbreviations with a full stop.
  ['en', 'two hours ago', '2026-12-07T12:19:00'],
  ['en', 'Updated three days ago', '2026-12-04'],
  ['en', '3 months ago', '2026-09-07'],
  ['en', 'a year ago', '2025-12-07'],
  ['en', '5 min. ago', '2026-12-07T14:14:00'],
  ['de', 'vor zwei Stunden', '2026-12-07T12:19:00'],
  ['de', 'vor 2 Jahren', '2024-12-07'],
  ['de', 'vor einem Monat', '2026-11-07'],
  ['de', 'vor 5 Min.', '2026-12-07T14:14:00'],
  ['fr', 'il y a 3 min.', '2026-12-07T14:16:00'],
  ['fr', 'il y a deux jours', '2026-12-05'],
  ['fr', 'il y a 2 ans', '2024-12-07'],
  ['es', 'hace tres meses', '2026-09-07'],
  ['pt', 'há duas horas', '2026-12-07T12:19:00'],
  ['it', 'due giorni fa', '2026-12-05'],
  ['ru', 'два часа назад', '2026-12-07T12:19:00'],
  ['ru', 'год назад', '2025-12-07'],
  ['ru', '3 ч. назад', '2026-12-07T11:19:00'],
  ['nl', 'drie maanden geleden', '2026-09-07'],
  ['pl', 'dwie godziny temu', '2026-12-07T12:19:00'],
  ['pl', '2 lata temu', '2024-12-07'],
  ['tr', 'iki saat önce', '2026-12-07T12:19:00'],
  ['tr', '3 ay önce', '2026-09-07'],
  ['id', 'dua jam yang lalu', '2026-12-07T12:19:00'],
  ['id', '2 tahun lalu', '2024-12-07'],
  ['vi', 'hai giờ trước', '2026-12-07T12:19:00'],
  ['vi', '3 tháng trước', '2026-09-07'],
  ['zh', '两小时前', '2026-12-07T12:19:00'],
  ['zh', '三天前', '2026-12-04'],
  ['zh', '二十分钟前', '2026-12-07T13:59:00'],
  ['zh', '十五天前', '2026-11-22'],
  ['zh', '3个月前', '2026-09-07'],
  ['ja', '一時間前', '2026-12-07T13:19:00'],
  ['ja', '3ヶ月前', '2026-09-07'],
  ['ko', '두 시간 전', '2026-12-07T12:19:00'],
  ['ko', '1년 전', '2025-12-07'],
  // Arabic (`منذ`/`قبل` before the amount; a lone unit is one, a dual two), Hindi and Thai.
  ['ar', 'منذ 3 ساعات', '2026-12-07T11:19:00'],
  ['ar', 'منذ ساعة', '2026-12-07T13:19:00'],
  ['ar', 'منذ ساعتين', '2026-12-07T12:19:00'],
  ['ar', 'قبل 5 دقائق', '2026-12-07T14:14:00'],
  ['ar', 'منذ ثلاثة أيام', '2026-12-04'],
  ['ar', 'منذ 3 أشهر', '2026-09-07'],
  ['ar', 'أمس 02:30 م', '2026-12-06T14:30'],
  ['hi', '3 घंटे पहले', '2026-12-07T11:19:00'],
  ['hi', 'दो दिन पहले', '2026-12-05'],
  ['hi', '2 साल पहले', '2024-12-07'],
  ['th', '3 ชั่วโมงที่แล้ว', '2026-12-07T11:19:00'],
  ['th', 'สองวันที่แล้ว', '2026-12-05'],
  ['th', '3 ชม.ที่แล้ว', '2026-12-07T11:19:00'],
  ['th', '3 เดือนที่แล้ว', '2026-09-07'],
  ['th', 'เมื่อวาน 14:30 น.', '2026-12-06T14:30'],
]

describe('relative datelines (metadata/date)', () => {
  it('should have relative-date words in each of these languages, and a form here for every language that has them', () => {
    const langs = new Set(FORMS.map(([lang]) => lang))
    for (const lang of Object.keys(PAGES)) expect(METADATA_LEXICONS[lang]?.relativeDates, lang).toBeDefined()
    for (const [lang, l] of Object.entries(METADATA_LEXICONS)) if (l.relativeDates !== undefined) expect(langs.has(lang), lang).toBe(true)
  })

  it.each(FORMS)('%s: should resolve `%s` against the reference date and take the line out', (lang, dateline, date) => {
    const input = page(lang, dateline)
    const r = clean(input, { referenceDate: FETCHED })
    expect(r.metadata.date).toBe(date)
    expect(r.metadata.title).toBe(PAGES[lang]!.title)
    expect(r.body).toBe(PAGES[lang]!.body)
    expect(r.removed).toContainEqual({ start: input.indexOf(dateline), end: input.indexOf(dateline) + dateline.length, text: dateline, rule: 'metadata/date' })
  })

  it.each(FORMS)('%s: should take `%s` out without a reference date, stating it in dateRelative and no date', (lang, dateline) => {
    const r = clean(page(lang, dateline))
    expect(r.metadata.date).toBeUndefined()
    expect(dateline).toContain(r.metadata.dateRelative)
    expect(r.body).toBe(PAGES[lang]!.body)
  })

  it('should state the phrase without its lead or label in dateRelative', () => {
    expect(clean(page('en', 'Updated 35 minutes ago')).metadata.dateRelative).toBe('35 minutes ago')
    expect(clean(page('de', 'Aktualisiert: vor 5 Minuten')).metadata.dateRelative).toBe('vor 5 Minuten')
    expect(clean(page('en', '2 hours ago')).metadata.dateRelative).toBe('2 hours ago')
  })

  it('should read a relative date after a byline on the same line', () => {
    const r = clean(page('en', 'By Jane Doe | 2 hours ago'), { referenceDate: FETCHED })
    expect(r.metadata).toMatchObject({ author: 'Jane Doe', date: '2026-12-07T12:19:00' })
    expect(readMetadataLine('By Jane Doe, 2 hours ago', mergedLexicon('en'))?.fields.map((f) => f.kind)).toEqual(['author', 'date'])
  })

  it('should count back in UTC from a reference given with another zone', () => {
    // 01:00 at UTC+2 is 23:00 the day before in UTC.
    const r = clean(page('en', '2 hours ago'), { referenceDate: '2026-12-07T01:00:00+02:00' })
    expect(r.metadata.date).toBe('2026-12-06T21:00:00')
    expect(clean(page('en', 'Yesterday at 14:30'), { referenceDate: '2026-12-07T01:00:00+02:00' }).metadata.date).toBe('2026-12-05T14:30')
    expect(clean(page('en', '3 days ago'), { referenceDate: new Date(Date.UTC(2026, 0, 2, 5)) }).metadata.date).toBe('2025-12-30')
  })

  it('should prefer an absolute dateline of the header to a relative one', () => {
    const p = PAGES['en']!
    const r = clean(`${p.title}\n2 hours ago\nDecember 1, 2026\n${p.body}`, { referenceDate: FETCHED })
    expect(r.metadata.date).toBe('2026-12-01')
    expect(r.metadata.dateRelative).toBeUndefined()
    expect(r.body).toBe(p.body)
  })

  it("should keep a date the page's markup gives, stating the relative dateline beside it", () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: PAGES['en']!.title, datePublished: '2026-12-07T09:00:00Z' })
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>${PAGES['en']!.title}</h1><p>3 hours ago</p><p>${PAGES['en']!.body}</p></article></body></html>`
    const r = cleanHtml(html, { referenceDate: FETCHED })
    expect(r.metadata.date).toBe('2026-12-07T09:00:00Z')
    expect(r.metadata.dateRelative).toBe('3 hours ago')
    expect(r.body).toBe(PAGES['en']!.body)
  })
})

describe('what is no relative dateline', () => {
  const p = PAGES['en']!
  // Two more paragraphs of the same article.
  const SECOND = 'Engineers found rust in several of the steel beams during an inspection in the spring, and the council voted to close the bridge rather than risk a partial collapse during the winter storms.'
  const THIRD = 'Local shop owners said the closure had cut their trade by almost half, as drivers from the north side of the river took the ring road and stopped coming into the old town.'

  it('should leave a sentence that says how long ago something happened in the body', () => {
    for (const sentence of ['The fire started two hours ago, officials said.', 'The fire started 2 hours ago, officials said', 'Two hours ago the road was still closed']) {
      const input = `${p.title}\n${p.body}\n\n${sentence}\n\n${SECOND}\n\n${THIRD}`
      const r = clean(input, { referenceDate: FETCHED })
      expect(r.body).toContain(sentence)
      expect(r.metadata.date).toBeUndefined()
      expect(r.metadata.dateRelative).toBeUndefined()
      expect(r.removed.some((x) => x.rule === 'metadata/date')).toBe(false)
    }
  })

  it('should take no date from a relative date in the comment thread under the article', () => {
    const input = `${p.title}\n${p.body}\n\n${SECOND}\n\n12 comments\nJane Roe\n3 days ago\nThanks for the update, the detour through the old town was a nightmare all week.`
    const r = clean(input, { referenceDate: FETCHED })
    expect(r.metadata.date).toBeUndefined()
    expect(r.metadata.dateRelative).toBeUndefined()
    expect(r.body).toBe(`${p.body}\n\n${SECOND}`)
  })

  it('should keep a headline that is a day word, or starts with one, as the title', () => {
    for (const title of ['Yesterday, once more: the bridge reopens', "Today's commute gets easier", 'Yesterday at the harbour: crowds return']) {
      const input = `${title}\n${p.body}\n\n${SECOND}`
      const r = clean(input, { referenceDate: FETCHED })
      expect(r.metadata.title, title).toBe(title)
      expect(r.metadata.date).toBeUndefined()
      expect(r.metadata.dateRelative).toBeUndefined()
    }
    // A headline of one day word, which no title rule takes either, is no dateline.
    const r = clean(`Yesterday\n${p.body}\n\n${SECOND}`, { referenceDate: FETCHED })
    expect(r.metadata.date).toBeUndefined()
    expect(r.removed.some((x) => x.rule === 'metadata/date')).toBe(false)
  })

  it('should read a lone day word only between the title and the body', () => {
    const below = clean(`${p.title}\n${p.body}\n\nYesterday\n${SECOND}\n\n${THIRD}`, { referenceDate: FETCHED })
    expect(below.metadata.dateRelative).toBeUndefined()
    expect(below.body).toContain('Yesterday')
    const untitled = clean(`Yesterday\n${p.body}`, { referenceDate: FETCHED })
    expect(untitled.metadata.dateRelative).toBeUndefined()
    for (const word of ['Yesterday', 'just now', 'Hôm qua']) expect(readMetadataLine(word, mergedLexicon('en')), word).toBeUndefined()
  })

  it('should read no amount without a unit and an ago word, nor a unit of another kind', () => {
    const lex = mergedLexicon(undefined)
    for (const s of ['2 hours', 'hours ago', 'a few hours ago', 'In 2 hours', '3 min read', '2 hours later', '1000 hours ago', 'vor Ort', 'il y a', 'hace frío', 'ago 2 hours', '5 fortnights ago']) {
      expect(readRelativeDateline(s, 0, s.length, lex), s).toBeUndefined()
    }
  })

  it('should read a lead-like word that starts a relative date both ways (Italian `il`, French `il y a`)', () => {
    const lex = mergedLexicon('fr')
    expect(readRelativeDateline('Il y a 3 heures', 0, 15, lex)?.date).toEqual({ kind: 'ago', amount: 3, unit: 'hour' })
  })
})

describe('resolveRelativeDate', () => {
  const ref = new Date(FETCHED)

  it('should give a date for days and weeks, a date and time for smaller units and for now', () => {
    expect(resolveRelativeDate({ kind: 'ago', amount: 2, unit: 'hour' }, ref)).toBe('2026-12-07T12:19:00')
    expect(resolveRelativeDate({ kind: 'ago', amount: 15, unit: 'hour' }, ref)).toBe('2026-12-06T23:19:00')
    expect(resolveRelativeDate({ kind: 'ago', amount: 7, unit: 'day' }, ref)).toBe('2026-11-30')
    expect(resolveRelativeDate({ kind: 'ago', amount: 2, unit: 'week' }, ref)).toBe('2026-11-23')
    expect(resolveRelativeDate({ kind: 'now' }, ref)).toBe('2026-12-07T14:19:00')
    expect(resolveRelativeDate({ kind: 'day', offset: -2 }, ref)).toBe('2026-12-05')
    expect(resolveRelativeDate({ kind: 'day', offset: 0, time: '08:15' }, ref)).toBe('2026-12-07T08:15')
  })

  it('should read up to the end it is given, and no further', () => {
    const lex = mergedLexicon('en')
    expect(readRelativeAt('2 hours ago', 0, 7, lex)).toBeUndefined()
    expect(readRelativeAt('2 hours ago and more', 0, 11, lex)).toEqual({ date: { kind: 'ago', amount: 2, unit: 'hour' }, end: 11 })
  })
})

describe('options.referenceDate', () => {
  it('should take a Date (copied) or an ISO 8601 date or date-time, UTC without a zone', () => {
    const d = new Date(FETCHED)
    const resolved = resolveOptions({ referenceDate: d })
    d.setUTCFullYear(2000)
    expect(resolved.referenceDate?.toISOString()).toBe('2026-12-07T14:19:00.000Z')
    expect(parseReferenceDate('2026-12-07').toISOString()).toBe('2026-12-07T00:00:00.000Z')
    expect(parseReferenceDate('2026-12-07T14:19').toISOString()).toBe('2026-12-07T14:19:00.000Z')
    expect(parseReferenceDate('2026-12-07T14:19:05.123456Z').toISOString()).toBe('2026-12-07T14:19:05.123Z')
    expect(parseReferenceDate('2026-12-07 14:19:00-0530').toISOString()).toBe('2026-12-07T19:49:00.000Z')
    expect(resolveOptions({}).referenceDate).toBeUndefined()
  })

  it('should refuse anything else with a TypeError that names the option', () => {
    const bad: unknown[] = ['yesterday', '', '07/12/2026', '2026-13-01', '2026-02-30', '2026-12-07T25:00Z', '2026-12-07Z', '0099-01-01', new Date('nonsense'), 1765117140000, null, {}]
    for (const value of bad) {
      expect(() => resolveOptions({ referenceDate: value as string }), String(value)).toThrow(TypeError)
      expect(() => clean('text', { referenceDate: value as string }), String(value)).toThrow(/referenceDate/)
    }
  })
})
