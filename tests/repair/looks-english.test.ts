import { describe, expect, it } from 'vitest'
import { clean, explainRepair } from '../../src/pipeline/clean.js'
import { englishShare, looksEnglish } from '../../src/repair/english.js'
import { foreignLanguage } from '../../src/repair/foreign-paragraph.js'
import { scanBlock } from '../../src/repair/scan.js'

// Prose in other Latin-script languages, full of the short words English shares with them (`a`, `no`, `me`,
// `he`, `in`, `is`, `of`, `over`, `was`, `at`): with those counted, each but the Indonesian and Tagalog passed
// as English.
const FOREIGN: Readonly<Record<string, string>> = {
  es: 'No me he olvidado de aquel verano en la playa. A mi hermana le gustaba nadar hasta la boya y a mí me daba miedo, pero no se lo decía a nadie, ni siquiera a mis padres, que nos miraban desde la arena.',
  pt: 'A cidade amanheceu coberta de neblina e os voos foram atrasados durante toda a manhã. Segundo a companhia aérea, as partidas para o norte do país só devem ser retomadas no fim da tarde, se o tempo melhorar.',
  it: 'Il museo riapre a maggio dopo due anni di lavori. In una nota, la direzione spiega che le sale del primo piano sono state rinnovate e che una parte della collezione sarà esposta in ordine cronologico.',
  fr: "Le festival a accueilli cette année plus de cent mille visiteurs, un record. Selon les organisateurs, le public a apprécié la nouvelle scène installée au bord du lac, où se sont produits des artistes venus de toute l'Europe.",
  ca: "L'ajuntament ha aprovat el pressupost per a l'any vinent, que inclou una partida per renovar les escoles i millorar el transport públic. L'oposició ha votat en contra i diu que no resol el problema de l'habitatge.",
  de: 'In der kommenden Woche beginnen die Arbeiten an der Brücke über den Fluss. Was das für den Verkehr in der Innenstadt bedeutet, ist noch offen, aber die Stadt rechnet mit Staus und bittet die Pendler, auf Bus und Bahn umzusteigen.',
  nl: 'Het is nog niet duidelijk of de brug over de rivier op tijd klaar is. De gemeente zegt dat de werkzaamheden in maart beginnen, maar we weten nu al dat het verkeer in het centrum er last van zal hebben.',
  id: 'Hujan deras yang mengguyur kota sejak pagi membuat sejumlah jalan utama tergenang air. Petugas dinas perhubungan dikerahkan untuk mengatur lalu lintas, sementara warga diminta menghindari kawasan pusat kota.',
  tl: 'Maraming pamilya ang lumikas mula sa kanilang mga tahanan dahil sa malakas na ulan at baha. Ayon sa mga opisyal, bukas ang mga paaralan sa bayan para sa mga nangangailangan ng pansamantalang tirahan.',
}

// English of the kinds with the fewest function words: names, captions, credits, quotes, results, lists in prose.
const ENGLISH: readonly string[] = [
  'Mexican President Andrés Manuel López Obrador met Guatemalan President Bernardo Arévalo in Tapachula, Chiapas, on Monday to discuss migration, trade and security along the shared border.',
  'Spain’s Carlos Alcaraz celebrates a point against Serbia’s Novak Djokovic during their Wimbledon final on Centre Court at the All England Club in London, Sunday, July 16, 2023. (AP Photo/Kirsty Wigglesworth)',
  'Ana Paula Araújo, Maria Eduarda Lima, João Pedro Santos and Luiz Felipe Costa were named in the squad on Tuesday, coach Dorival Júnior said, adding that Neymar would miss both qualifiers.',
  '“No, no, no. I told him no. Basta,” García said, laughing. “He kept calling me at home, at work, at my mother’s house in San Juan, at the office in Miami. In the end I said yes, fine, come.”',
  'Inter Milan coach Simone Inzaghi praised Lautaro Martínez, Hakan Çalhanoğlu, Nicolò Barella and Federico Dimarco after a 3-0 win at San Siro that sent the Nerazzurri five points clear.',
  'Quotes delayed at least 15 minutes. Real-time quotes provided by BATS. Market data provided by Interactive Data. Company fundamental data provided by Morningstar. Earnings estimates provided by Zacks.',
  'Born in Lagos, raised in Manchester, educated at Oxford and Harvard: Chidi Okonkwo went on to found three start-ups in London, Berlin and Nairobi, two of them later sold to Google and Microsoft.',
  'Tap Settings, then General, then Software Update. Wait for the download, tap Install Now, enter your passcode and let the phone restart. If it fails, try again on Wi-Fi with the charger in.',
  'Real Madrid beat Barcelona 2-1 at the Santiago Bernabéu on Saturday. Vinícius Júnior scored first, Ferran Torres equalised before half-time, and Jude Bellingham won it in stoppage time.',
]

const EN_BEFORE = 'The city council voted on Tuesday to approve the new budget, which includes funding for schools, roads and public transport. The mayor said the plan would help families across the region.'
const EN_AFTER = 'Officials said the measures would take effect next month and that they expected the changes to reduce costs for residents who rely on public services every day.'

describe('looksEnglish', () => {
  it.each(Object.entries(FOREIGN))('should not take %s prose as English', (_lang, text) => {
    expect(looksEnglish(text)).toBe(false)
  })

  it.each(Object.entries(FOREIGN))('should let the detector find %s prose foreign to an English document', (lang, text) => {
    expect(foreignLanguage(text, 'en')).toBe(lang)
  })

  it('should not take one English name among a few long German words as English', () => {
    // 21 words, one of them `and`: a share of 0.05, but a single function word.
    const text = 'Krankenhausinformationssysteme, Laborinformationssysteme und Radiologieinformationssysteme tauschen Befunde künftig über Schnittstellen nach Digital Imaging and Communications in Medicine aus; Übergangsfristen gelten bis Dezember.'
    expect(looksEnglish(text)).toBe(false)
    expect(foreignLanguage(text, 'en')).toBe('de')
  })

  it.each(ENGLISH)('should take English prose with names as English: %s', (text) => {
    expect(looksEnglish(text)).toBe(true)
    expect(foreignLanguage(text, 'en')).toBeUndefined()
  })

  it('should agree with the counts of the repair scan on ASCII paragraphs', () => {
    const ascii = [...Object.values(FOREIGN), ...ENGLISH, EN_BEFORE, EN_AFTER].filter((t) => !/[^\0-\x7f]/.test(t))
    expect(ascii.length).toBeGreaterThan(3)
    for (const text of ascii) {
      const scan = scanBlock(text)
      expect(englishShare(scan.sampleWords, scan.sampleHits)).toBe(looksEnglish(text))
    }
  })
})

describe('a paragraph in another Latin-script language in an English page', () => {
  const text = [EN_BEFORE, FOREIGN['es']!, EN_AFTER].join('\n\n')
  const start = EN_BEFORE.length + 2
  const end = start + FOREIGN['es']!.length

  it('should be dropped by clean()', () => {
    const r = clean(text)
    expect(r.body).toBe(`${EN_BEFORE}\n\n${EN_AFTER}`)
    expect(r.removed).toContainEqual({ start, end, text: FOREIGN['es'], rule: 'repair/foreign-paragraph' })
  })

  it("should be listed with foreignText 'mark'", () => {
    const r = clean(text, { foreignText: 'mark' })
    expect(r.body).toContain(FOREIGN['es'])
    expect(r.metadata.foreignParagraphs).toEqual([{ start, end, lang: 'es' }])
  })

  it('should not be split by the English word repairs', () => {
    // `offen` is `of` + `fen` to the glued-word repair: a German paragraph taken as English was split there.
    const german = [EN_BEFORE, FOREIGN['de']!, EN_AFTER].join('\n\n')
    expect(explainRepair(german, { language: 'en' }).text).toBe(german)
  })
})
