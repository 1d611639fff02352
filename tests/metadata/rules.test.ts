import { describe, expect, it } from 'vitest'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readEnabledLine, readMetadataLine, type LineReading } from '../../src/metadata/line.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'
import { readBreadcrumb } from '../../src/metadata/rules/breadcrumb.js'
import { readCommentCount } from '../../src/metadata/rules/comment-count.js'
import { readCopyright, unquoted } from '../../src/metadata/rules/copyright.js'
import { readIcp } from '../../src/metadata/rules/icp.js'
import { readPublicSecurityFiling } from '../../src/metadata/rules/public-security-filing.js'
import dates from './cases/dates.json' with { type: 'json' }
import footer from './cases/footer.json' with { type: 'json' }
import lines from './cases/lines.json' with { type: 'json' }

/** What a line states, in the shape the cases write it. */
function summarise(r: LineReading): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: r.rule }
  for (const f of r.fields) {
    if (f.kind === 'credit') {
      const credits = (out.credits ?? {}) as Record<string, string[]>
      credits[f.role!] = [...(credits[f.role!] ?? []), ...(f.names ?? [])]
      out.credits = credits
    } else if (f.value !== '') out[f.kind] = f.value
  }
  return out
}

describe('dates', () => {
  for (const c of dates) {
    it(`should read ${JSON.stringify(c.input)} as ${String(c.expected)} (${c.note})`, () => {
      const lex = mergedLexicon(c.lang)
      expect(readWholeDate(c.input, 0, c.input.length, lex) ?? null).toBe(c.expected)
    })
  }
})

describe('metadata lines', () => {
  // Read on an English page unless the case names the page language (the order of numeric dates).
  for (const c of lines as { rule: string; input: string; expected: unknown; note: string; lang?: string }[]) {
    it(`should ${c.expected === null ? 'not read' : 'read'} ${JSON.stringify(c.input)} under ${c.rule} (${c.note})`, () => {
      const r = readMetadataLine(c.input, mergedLexicon(c.lang ?? 'en'))
      expect(r === undefined ? null : summarise(r)).toEqual(c.expected)
    })
  }
})

const FOOTER_READERS: Record<string, (text: string) => unknown> = {
  'metadata/comment-count': (t) => readCommentCount(t, mergedLexicon('en')),
  'metadata/copyright': (t) => readCopyright(t, mergedLexicon('en')),
  'metadata/icp': readIcp,
  'metadata/public-security-filing': readPublicSecurityFiling,
  'metadata/breadcrumb': (t) => readBreadcrumb(t, mergedLexicon('en')),
}

describe('footer values', () => {
  for (const c of footer) {
    it(`should ${c.expected === null ? 'not read' : 'read'} ${JSON.stringify(c.input)} under ${c.rule} (${c.note})`, () => {
      const read = FOOTER_READERS[c.rule]!
      expect(read(c.input) ?? null).toEqual(c.expected)
    })
  }
})

describe('copyright lines with characters whose lower case is longer', () => {
  it('should read holder and year when a dotted capital I stands before the marker', () => {
    expect(readCopyright('İİ Copyright 2024 Example Media. All rights reserved.', mergedLexicon('en'))).toEqual({ holder: 'Example Media', year: 2024 })
  })

  it('should keep a dotted capital I inside the holder as written', () => {
    expect(readCopyright('© 2023 İstanbul Haber Ajansı. All rights reserved.', mergedLexicon('en'))).toEqual({ holder: 'İstanbul Haber Ajansı', year: 2023 })
  })
})

describe('readEnabledLine', () => {
  const lex = mergedLexicon('en')

  it('should read a metadata line when every rule it uses is on', () => {
    expect(readEnabledLine('Editor: Jane Doe', lex, () => true)?.fields[0]?.rule).toBe('metadata/credit')
  })

  it('should not read it when a rule it uses is off', () => {
    expect(readEnabledLine('Editor: Jane Doe', lex, (id) => id !== 'metadata/credit')).toBeUndefined()
    expect(readEnabledLine('The council met on Monday.', lex, () => true)).toBeUndefined()
  })
})

describe('copyright holder in quotation marks', () => {
  it('should give the name without the marks it stands in', () => {
    expect(readCopyright('© 2024 «Вальдемарские вести». Все права защищены.', mergedLexicon('ru'))).toEqual({ holder: 'Вальдемарские вести', year: 2024 })
    expect(readCopyright('Copyright © 2023 “The Harbour Courier”. All rights reserved.', mergedLexicon('en'))).toEqual({ holder: 'The Harbour Courier', year: 2023 })
    expect(readCopyright('版权所有：《示例日报》 2024', mergedLexicon('zh'))?.holder).toBe('示例日报')
  })

  it('should keep marks that do not enclose one whole name', () => {
    expect(unquoted('"Daily Example" Media Group')).toBe('"Daily Example" Media Group')
    expect(unquoted('“A” and “B”')).toBe('“A” and “B”')
    expect(unquoted('«»')).toBe('«»')
    expect(unquoted('Example Media')).toBe('Example Media')
    expect(unquoted('“ Spaced ”')).toBe('“ Spaced ”')
  })
})

describe('copyright owner words and the circled c', () => {
  it('should skip the words that say whose the rights are', () => {
    expect(readCopyright('© Bản quyền thuộc về Báo Sông Hàn. Ghi rõ nguồn khi phát hành lại thông tin.', mergedLexicon('vi'))).toEqual({ holder: 'Báo Sông Hàn' })
    expect(readCopyright('版权归示例日报社所有 未经授权禁止转载', mergedLexicon('zh'))?.holder).toBe('示例日报社')
    expect(readCopyright('版權歸示例新聞網所有', mergedLexicon('zh'))?.holder).toBe('示例新聞網')
    expect(readCopyright('© 2024 by Example Media', mergedLexicon('en'))).toEqual({ holder: 'Example Media', year: 2024 })
  })

  it('should end a holder at a short word’s full stop when the name would otherwise run on', () => {
    expect(readCopyright('© Example Media, Inc. 11 Harbour Street, 15th Floor, Westcliff, WC 10036.', mergedLexicon('en'))?.holder).toBe('Example Media, Inc')
    // A short name after the abbreviation still belongs to it.
    expect(readCopyright('© 2024 Example Co. Ltd', mergedLexicon('en'))?.holder).toBe('Example Co. Ltd')
    // A dotted company form keeps its last full stop; a short word of another alphabet does not.
    expect(readCopyright('P.IVA 01234567890 - © 2024 Gazzetta di Esempio S.r.l. Tutti i diritti riservati', mergedLexicon('it'))?.holder).toBe('Gazzetta di Esempio S.r.l.')
    expect(readCopyright('© 2024 Esempio S.p.A.', mergedLexicon('it'))?.holder).toBe('Esempio S.p.A.')
    expect(readCopyright('© 2024 Example Media Inc.', mergedLexicon('en'))?.holder).toBe('Example Media Inc.')
    expect(readCopyright('© Báo Sông Hàn.', mergedLexicon('vi'))?.holder).toBe('Báo Sông Hàn')
    expect(readCopyright('© 2019 Example.com. All rights reserved.', mergedLexicon('en'))?.holder).toBe('Example.com')
  })

  it('should read ⓒ as a copyright sign on any page', () => {
    expect(readCopyright('Copyright ⓒ 한빛일보 무단전재 및 재배포 금지', mergedLexicon('ko'))).toEqual({ holder: '한빛일보' })
    expect(readCopyright('ⓒ 2025 Example Media', mergedLexicon('en'))).toEqual({ holder: 'Example Media', year: 2025 })
  })

  it('should not read a holder without a marker or from prose', () => {
    expect(readCopyright('Thuộc về Báo Sông Hàn', mergedLexicon('vi'))).toBeUndefined()
    expect(readCopyright('所有人都同意这个计划', mergedLexicon('zh'))).toBeUndefined()
    expect(readCopyright('Copyright Example Media', mergedLexicon('en'))).toBeUndefined()
  })
})

describe('copyright holder before a Chinese filing number', () => {
  it('should leave the filing’s province out of the holder', () => {
    expect(readCopyright('版权所有：示例日报社　京ICP备12345678号-1　京公网安备11010502000001号', mergedLexicon('zh'))?.holder).toBe('示例日报社')
    expect(readCopyright('版权所有 示例网 沪公网安备31010402000001号', mergedLexicon('zh'))?.holder).toBe('示例网')
    expect(readCopyright('© 2024 Example Media ICP 12345678', mergedLexicon('en'))?.holder).toBe('Example Media')
    // A holder ending in a Han character before a non-filing stop keeps it.
    expect(readCopyright('版权所有：示例日报社 Tel: 010-12345678', mergedLexicon('zh'))?.holder).toBe('示例日报社')
  })
})

describe('copyright holder that is an acronym', () => {
  it('should give an acronym without the full stop that ends the notice', () => {
    expect(readCopyright('Copyright 2024 BBC. All rights reserved.', mergedLexicon('en'))).toEqual({ holder: 'BBC', year: 2024 })
    expect(readCopyright('© 2024 Example Media LLC. All rights reserved.', mergedLexicon('en'))?.holder).toBe('Example Media LLC')
    expect(readCopyright('© 2024 Example Media, LLC. All rights reserved.', mergedLexicon('en'))?.holder).toBe('Example Media, LLC.')
    expect(readCopyright('© 2024 Example Co. All rights reserved.', mergedLexicon('en'))?.holder).toBe('Example Co.')
  })
})

describe('breadcrumb trails after a lead label of any lexicon', () => {
  it('should read the trail after the label', () => {
    const cases: [string, string, string[]][] = [
      ['pt', 'Você está em: Início > Economia > Agronegócio', ['Início', 'Economia', 'Agronegócio']],
      ['ru', 'Вы здесь: Главная / Регионы / Сибирь', ['Главная', 'Регионы', 'Сибирь']],
      ['nl', 'U bent hier: Home > Nieuws > Binnenland', ['Home', 'Nieuws', 'Binnenland']],
      ['de', 'Sie sind hier: Startseite > Politik > Kommunales', ['Startseite', 'Politik', 'Kommunales']],
      ['en', 'You are here: Home > World', ['Home', 'World']],
      ['zh', '当前位置：首页 > 新闻', ['首页', '新闻']],
    ]
    for (const [lang, line, items] of cases) expect(readBreadcrumb(line, mergedLexicon(lang)), line).toEqual(items)
  })

  it('should not read a label without a trail after it, or a sentence', () => {
    expect(readBreadcrumb('Você está em: boa companhia', mergedLexicon('pt'))).toBeUndefined()
    expect(readBreadcrumb('Вы здесь впервые?', mergedLexicon('ru'))).toBeUndefined()
  })
})
