import fc from 'fast-check'
import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { onesAndTens, tensAndOnes } from '../../src/lexicon/metadata/number-words.js'
import { readRelativeDateline } from '../../src/metadata/rules/date.js'

// When the page below was fetched.
const FETCHED = '2026-12-07T14:19:00Z'

/** What a whole line reads as, relative: `amount unit`, or undefined. */
function relative(s: string, lang?: string): string | undefined {
  const d = readRelativeDateline(s, 0, s.length, mergedLexicon(lang))?.date
  return d?.kind === 'ago' ? `${d.amount} ${d.unit}` : undefined
}

describe('relative datelines with amounts past ten', () => {
  it('should read teens, tens and composed tens in each language that lists them', () => {
    const cases: readonly [string, string, string][] = [
      ['en', 'twenty minutes ago', '20 minute'],
      ['en', 'Twenty-five minutes ago', '25 minute'],
      ['en', 'forty five minutes ago', '45 minute'],
      ['en', 'fifteen minutes ago', '15 minute'],
      ['de', 'vor zwanzig Minuten', '20 minute'],
      ['de', 'vor fünfundzwanzig Minuten', '25 minute'],
      ['de', 'vor dreißig Tagen', '30 day'],
      ['fr', 'il y a vingt minutes', '20 minute'],
      ['fr', 'il y a vingt-cinq minutes', '25 minute'],
      ['fr', 'il y a vingt et une minutes', '21 minute'],
      ['fr', 'il y a dix-sept jours', '17 day'],
      ['es', 'hace treinta y cinco minutos', '35 minute'],
      ['es', 'hace veinticinco minutos', '25 minute'],
      ['pt', 'há vinte e cinco minutos', '25 minute'],
      ['it', 'venticinque minuti fa', '25 minute'],
      ['it', 'ventotto giorni fa', '28 day'],
      ['nl', 'tweeëntwintig minuten geleden', '22 minute'],
      ['nl', 'dertig minuten geleden', '30 minute'],
      ['ru', 'двадцать пять минут назад', '25 minute'],
      ['pl', 'dwadzieścia pięć minut temu', '25 minute'],
      ['id', 'dua puluh lima menit lalu', '25 minute'],
      ['tr', 'yirmi beş dakika önce', '25 minute'],
      ['tr', 'on beş dakika önce', '15 minute'],
    ]
    for (const [lang, s, want] of cases) expect(relative(s, lang), s).toBe(want)
  })

  it('should not join a count that the joiner does not join, nor run past the line', () => {
    for (const s of ['twenty people ago', 'twenty-', 'twenty - five minutes ago', 'twentyfive minutes ago', 'twenty and five minutes ago']) expect(relative(s, 'en'), s).toBeUndefined()
    // A tens word joins only a count of one to nine: `twenty ten` is no amount.
    expect(relative('twenty ten minutes ago', 'en')).toBeUndefined()
  })

  it('should compose the number words the lexicons build', () => {
    expect(onesAndTens(['ein', 'zwei'], { zwanzig: 20 }, () => 'und')).toEqual({ einundzwanzig: 21, zweiundzwanzig: 22 })
    expect(tensAndOnes({ trenta: 30 })).toMatchObject({ trentuno: 31, trentatré: 33, trentatre: 33, trentotto: 38, trentanove: 39 })
  })
})

describe('relative datelines for half a unit', () => {
  it('should read half an hour as thirty minutes, half a day as twelve hours, half a year as six months', () => {
    const cases: readonly [string, string, string][] = [
      ['en', 'half an hour ago', '30 minute'],
      ['de', 'vor einer halben Stunde', '30 minute'],
      ['fr', 'il y a une demi-heure', '30 minute'],
      ['es', 'hace media hora', '30 minute'],
      ['pt', 'meia hora atrás', '30 minute'],
      ['it', 'mezz’ora fa', '30 minute'],
      ['nl', 'een half uur geleden', '30 minute'],
      ['ru', 'полчаса назад', '30 minute'],
      ['pl', 'pół godziny temu', '30 minute'],
      ['id', 'setengah jam lalu', '30 minute'],
      ['vi', 'nửa tiếng trước', '30 minute'],
      ['tr', 'yarım saat önce', '30 minute'],
      ['zh', '半小时前', '30 minute'],
      ['zh', '半個小時前', '30 minute'],
      ['zh', '半天前', '12 hour'],
      ['ru', 'полгода назад', '6 month'],
    ]
    for (const [lang, s, want] of cases) expect(relative(s, lang), s).toBe(want)
    for (const s of ['half an apple ago', 'half an hour', 'an hour and a half ago']) expect(relative(s, 'en'), s).toBeUndefined()
    expect(relative('半小时', 'zh')).toBeUndefined()
  })

  it('should date a page by `half an hour ago` against the reference, and keep a sentence that says it', () => {
    const title = 'Ferry timetable changes for the winter season'
    const body = 'The island ferry will run four crossings a day from next month instead of six, the operator said, after passenger numbers fell through the autumn and two of its boats went in for repairs.'
    const r = clean(`${title}\n\nUpdated half an hour ago\n\n${body}`, { referenceDate: FETCHED })
    expect(r.metadata.dateRelative).toBe('half an hour ago')
    expect(r.metadata.date).toBe('2026-12-07T13:49:00')
    expect(r.body).toBe(body)
    const sentence = 'The last ferry left half an hour ago, a harbour worker said.'
    const kept = clean(`${title}\n\n${body}\n\n${sentence}\n\n${body}`, { referenceDate: FETCHED })
    expect(kept.body).toContain(sentence)
    expect(kept.metadata.dateRelative).toBeUndefined()
  })
})

// The languages whose lexicon joins a tens word to a count after it: their tens words, joiners and counts of one to nine.
const TENS = Object.entries(METADATA_LEXICONS).flatMap(([lang, l]) => {
  const r = l.relativeDates
  if (r?.tensJoiners === undefined || r.moreCounts === undefined || r.counts === undefined) return []
  const tens = Object.entries(r.moreCounts).filter(([, n]) => n >= 20 && n % 10 === 0)
  const unit = Object.keys(r.units).find((u) => u.length > 3)!
  const ago = r.agoAfter?.[0]
  const before = r.agoBefore?.[0]
  return [{ lang, tens, joiners: r.tensJoiners, ones: r.counts.slice(0, 9), unit, ago, before }]
})

describe('a tens word joined to a count (property)', () => {
  it('should read the sum, in every language that joins them', () => {
    expect(TENS.map((t) => t.lang).sort()).toEqual(['en', 'es', 'fr', 'id', 'pl', 'pt', 'ru', 'tr'])
    fc.assert(
      fc.property(
        fc.constantFrom(...TENS).chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(...t.tens), fc.constantFrom(...t.joiners), fc.integer({ min: 0, max: 8 }))),
        ([t, [tens, n], joiner, k]) => {
          const amount = `${tens}${joiner}${t.ones[k]![0]}`
          const s = t.ago !== undefined ? `${amount} ${t.unit} ${t.ago}` : `${t.before} ${amount} ${t.unit}`
          expect(relative(s, t.lang)?.split(' ')[0], s).toBe(String(n + k + 1))
        },
      ),
    )
  })
})
