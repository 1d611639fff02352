import { classifyBoilerplate, clean, createContext, createDoc, DEFAULT_STAGES, runStages, segment, toResult } from 'textwash'
import { describe, expect, it } from 'vitest'
import { isResidue } from '../../src/metadata/rules/header-residue.js'

const PROSE = 'The committee met on Tuesday and approved the plan for the coming year after a long debate.'

describe('cleaning the body again', () => {
  const cases: { note: string; input: string }[] = [
    { note: 'punctuation left between a repeated page title and the body', input: `Plan Approved for the Coming Year.\nPlan Approved for the Coming Year.\n!\n${PROSE}` },
    { note: 'a bare number above a paragraph whose glued dateline is cut', input: `000\ndate 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.` },
    { note: 'punctuation above a paragraph whose glued dateline is cut', input: `"\ndate 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.` },
    { note: 'a foreign paragraph between the heading and the body', input: `City Council Approves New Budget For Schools\n会议指出，要加快推进数字经济发展，推动传统产业转型升级，培育壮大新兴产业，为经济高质量发展提供有力支撑。\n${PROSE}` },
    { note: 'a licence line repeated above a heading', input: `京ICP备05070218号-1\n京ICP备05070218号-1\nCity Council Approves New Budget For Schools\n${PROSE}` },
    {
      note: 'a menu whose words left the language undecided until it was dropped',
      input: '习近平总书记强调,要充分运用大数据。We should take this opportunity\nHome>News>General News T  T\n习近平总书记强调,要充分运用大数据。We should take this opportunity\n가\n习近平总书记强调,要充分运用大数据。We should take this opportunity\n',
    },
    // Pages read as Vietnamese or Chinese whose kept lines read as English: the repair stage drops the
    // foreign paragraphs, and the menu word, heading or date kept beside them must go on the first pass.
    {
      note: 'a menu word beside a Chinese paragraph on an English body',
      input: 'Share\nExperts warn that the drought could last well into next year if the rains do not come soon.\nTin tức\n专家表示，这一政策将有助于稳定市场预期，促进消费回暖。',
    },
    {
      note: 'a menu word between an English paragraph and a Vietnamese credit line',
      input: 'Chiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nHome\nThe company said its profits rose in the third quarter, helped by strong sales of its new phones in Asia and Europe.\nPhóng viên: Trần Thị Bình',
    },
    {
      note: 'a subheading above a Vietnamese paragraph on an English body',
      input: 'Home > Tin tức\nExperts warn that the drought could last well into next year if the rains do not come soon.\nWhat Does Stadia Offer?\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.',
    },
    {
      note: 'a dateline beside a Chinese paragraph on an English body',
      input: 'Sport\nExperts warn that the drought could last well into next year if the rains do not come soon.\nThứ hai, 12/06/2024 08:30\n习近平总书记强调,要充分运用大数据。',
    },
    // A copy dropped as a duplicate changes the shape: the blocks it then keeps are looked at for copies too.
    {
      note: 'a repeated paragraph kept once a later copy is dropped',
      input: 'Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.\n国际\nHưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.\nLogin\n据了解，今年以来全市共完成固定资产投资超过一千亿元，同比增长百分之八。\n据了解，今年以来全市共完成固定资产投资超过一千亿元，同比增长百分之八。',
    },
    {
      note: 'a paragraph repeated below a dateline once a repeated lead is dropped',
      input: 'Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.\nHưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.\nSeptember 6, 2024\nHome\nTin tức\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nThứ hai, 12/06/2024 08:30\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.',
    },
    {
      note: 'two paragraphs each repeated across a related-news heading',
      input: 'Chiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nPolice said the man was taken to hospital with minor injuries and was later released.\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nTin liên quan\n专家表示，这一政策将有助于稳定市场预期，促进消费回暖。\nPolice said the man was taken to hospital with minor injuries and was later released.',
    },
    // A heading in one language above paragraphs in two, taken out as the title: the language is read
    // from the kept lines without it.
    {
      note: 'a Vietnamese title printed twice above a Vietnamese and an English paragraph',
      input: 'Tăng cường phát triển kinh tế số\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nTăng cường phát triển kinh tế số\nThe city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.',
    },
    // The classifier judges a paragraph without the dateline glued to its start, which the metadata stage cuts.
    { note: 'a menu word above a paragraph whose glued dateline is cut', input: `Tin tức\ndate 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.` },
    { note: 'a paragraph with a glued dateline above its copy', input: `date 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.\nHưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.` },
    // Kept lines too short to read a language on a page read as Chinese: the spacing repairs run as on the second pass.
    { note: 'a short mixed line kept on a page read as Chinese', input: '首页 > 新闻 > 国内\n习近平总书记强调,要充分运用大数据。We should take this opportunity\n来源：新华社' },
  ]
  for (const c of cases) {
    it(`should give the same body (${c.note})`, () => {
      const once = clean(c.input).body
      expect(clean(once).body).toBe(once)
    })
  }

  it('should take the Vietnamese title out and read the kept lines as English', () => {
    const r = clean(cases.find((c) => c.note.startsWith('a Vietnamese title'))!.input)
    expect(r.metadata.language).toBe('en')
    expect(r.metadata.title).toBe('Tăng cường phát triển kinh tế số')
    expect(r.body).toBe('The city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.')
  })

  it('should leave the language undecided when the kept lines leave it so on a page read as Chinese', () => {
    const r = clean(cases.find((c) => c.note.startsWith('a short mixed line'))!.input)
    expect(r.metadata.language).toBeUndefined()
    expect(r.metadata.source).toBe('新华社')
  })

  it('should keep the page language when the kept lines are too short to read on a page read as English', () => {
    const r = clean(`Home\nNews\nSport\nThe committee approved the plan after a long debate.\n${PROSE.repeat(2)}\nShare this article\nCopyright © 2024 Example Media. All rights reserved.`)
    expect(r.metadata.language).toBe('en')
  })

  it('should read the language from the kept lines when all the lines together left it undecided', () => {
    const r = clean(cases[5]!.input)
    expect(r.metadata.language).toBe('en')
    expect(r.body).not.toContain('가')
  })

  it('should not take a repeated licence line as the title', () => {
    expect(clean(cases[4]!.input).metadata.title).toBe('City Council Approves New Budget For Schools')
  })

  it('should take the heading above a foreign paragraph as the title on the first pass', () => {
    expect(clean(cases[3]!.input).metadata.title).toBe('City Council Approves New Budget For Schools')
  })

  it('should take out punctuation above the body only when header lines were taken out', () => {
    expect(clean(cases[0]!.input).removed.map((r) => r.rule)).toContain('metadata/header-residue')
    expect(clean(`!\n${PROSE}`).removed.map((r) => r.rule)).not.toContain('metadata/header-residue')
  })

  it('should keep punctuation above the body when the rule is off', () => {
    const r = clean(cases[0]!.input, { disable: ['metadata/header-residue'] })
    expect(r.removed.map((x) => x.rule)).not.toContain('metadata/header-residue')
  })
})

describe('the title on a cleaned body', () => {
  const LEAD = 'Stadia, the streaming platform of the company, launches today, and many players wonder whether it is the first step towards the future of gaming'
  const MENU = ['Home', 'News', 'Sport', 'Weather', 'Contact Us'].join('\n')
  const ARTICLE = [
    'The committee met on Tuesday and approved the plan for the coming year after a long debate that lasted well into the evening at the town hall.',
    'Members of the council said the new budget would give schools more money for teachers, books and repairs to old buildings across the whole district.',
    'The mayor thanked the committee and said the city would publish the full plan on its website next week.',
  ].join('\n')

  it('should not take a subheading with the lead above it as the title', () => {
    const r = clean(`${LEAD}\nWhat Does Stadia Offer?\n${ARTICLE}`)
    expect(r.metadata.title).toBeUndefined()
    expect(r.body).toContain('What Does Stadia Offer?')
  })

  it('should not take a credit line under a caption as the title', () => {
    const r = clean(`Above: A coworking space in San Francisco at night.\nImage Credit: Example Photo Agency\n${ARTICLE}`)
    expect(r.metadata.title).toBeUndefined()
  })

  it('should not take an exclamation in sentence case as the title, but a headline in title case', () => {
    expect(clean(`The reason we came to the park today!\n${ARTICLE}`).metadata.title).toBeUndefined()
    expect(clean(`Chelsea Sign The World Record Keeper!\n${ARTICLE}`).metadata.title).toBe('Chelsea Sign The World Record Keeper!')
  })

  it('should not take a quoted sentence or an exclamation before closing quotes as the title', () => {
    expect(clean(`"$53 million a week is coming across the border in drugs."\n${ARTICLE}`).metadata.title).toBeUndefined()
    expect(clean(`Video shows dramatic rescue of the girl: "We got her!"\n${ARTICLE}`).metadata.title).toBeUndefined()
  })

  it('should take out a headline printed twice right above the body, once for each line', () => {
    const head = 'Does The Ambassador Have A Net Worth Of $17 Million?'
    const r = clean(`${head} | Example Site\n${MENU}\n${head}\n${head}\n${ARTICLE}`)
    expect(r.metadata.title).toBe(head)
    expect(r.body).not.toContain(head)
  })

  const pages: { note: string; input: string }[] = [
    { note: 'a lead and a subheading under the title', input: `Stadia Review Roundup | Example Site\n${MENU}\nStadia Review Roundup\n${LEAD}\nWhat Does Stadia Offer?\n${ARTICLE}` },
    { note: 'a caption and a credit under the title', input: `Attorney General Investigates Coworking Firm | Example\n${MENU}\nAttorney General Investigates Coworking Firm\nAbove: A coworking space in San Francisco at night.\nImage Credit: Example Photo Agency\n${ARTICLE}` },
    { note: 'an exclamation opening the article', input: `The Festival Opens At Marronnier Park | Example\n${MENU}\nThe Festival Opens At Marronnier Park\nThe reason we came to the park today!\n${ARTICLE}` },
    { note: 'a headline printed twice', input: `Does The Ambassador Have A Net Worth Of $17 Million? | Example\n${MENU}\nDoes The Ambassador Have A Net Worth Of $17 Million?\nDoes The Ambassador Have A Net Worth Of $17 Million?\n${ARTICLE}` },
  ]
  for (const c of pages) {
    it(`should give the same body (${c.note})`, () => {
      const once = clean(c.input).body
      expect(clean(once).body).toBe(once)
    })
  }
})

// Pages shrunk from the property that cleaning the body again takes no more metadata out
// (metadata.property.test.ts): each once took a line out as metadata on the second pass.
describe('metadata taken on the first pass, not the second', () => {
  const FOREIGN = '会议指出，要加快推进数字经济发展，推动传统产业转型升级，培育壮大新兴产业，为经济高质量发展提供有力支撑。'
  const VI = 'date 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.'
  const HEAD = 'City Council Approves New Budget For Schools'
  const XINHUA = 'Xinhua News Agency: Central Enterprises Speed Up'
  const PARA = 'The city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.'
  const FILING = '京公网安备 11010502000001号'
  const cases: { note: string; lines: string[]; title?: string }[] = [
    // The classifier judged the page with the foreign paragraph repair drops later still in it.
    { note: 'a heading above the title under a foreign paragraph', lines: [FOREIGN, HEAD, XINHUA, PARA], title: XINHUA },
    { note: 'a menu item under a foreign paragraph', lines: [FOREIGN, 'Home', PARA] },
    // The language was read from dropped lines too (a repeated lead, a footer, a credit line).
    { note: 'a repeated Vietnamese lead around an English paragraph', lines: [VI, HEAD, PARA, VI], title: HEAD },
    { note: 'a Chinese credit line on a Vietnamese page', lines: ['ngày 12/06/2024', VI, '责任编辑：张三', FOREIGN] },
    // The page-title line: a byline printed twice, a footer line, a line that vouches for no heading,
    // a dropped first line above a kept line printed twice.
    { note: 'a byline printed twice above a heading', lines: ['Phóng viên: Nguyễn Văn An', 'Phóng viên: Nguyễn Văn An', HEAD, VI], title: HEAD },
    { note: 'a filing line first', lines: [FILING, 'Home', '2018/05/11     Source:', HEAD, 'ngày 12/06/2024', VI], title: HEAD },
    { note: 'a filing line printed twice', lines: [FILING, '京ICP备05070218号-1', FILING, 'Home', XINHUA, VI], title: XINHUA },
    // The classifier reads VI without its glued dateline, as it does the same paragraph undated: the
    // heading above it is outside the main region then (its lower-case `date` once drew the heading in).
    { note: 'a first line that vouches for no heading', lines: [XINHUA, 'Home>News>General News T T T', 'Home', 'Author: Emma', HEAD, VI, VI] },
    { note: 'a heading printed twice under a dropped first line', lines: ['Home', HEAD, VI, HEAD, FOREIGN] },
  ]
  for (const c of cases) {
    it(`should take no more metadata out of the body (${c.note})`, () => {
      const once = clean(c.lines.join('\n'))
      const again = clean(once.body)
      expect(again.removed.filter((r) => r.rule.startsWith('metadata/'))).toEqual([])
      expect(again.body).toBe(once.body)
      expect(once.metadata.title).toBe(c.title)
    })
  }
})

describe('isResidue', () => {
  it('should tell punctuation and stray letters from words in any script', () => {
    expect(['|', '!', '* * *', '"', '—', 'A+', 'ກ', '000', '92'].every(isResidue)).toBe(true)
    expect(['Share', '新华社', 'Tin', '!abc', '12 comments'].some(isResidue)).toBe(false)
  })
})

describe('judging the page again with the kept lines\' language', () => {
  const page = 'Share\nExperts warn that the drought could last well into next year if the rains do not come soon.\nTin tức\n专家表示，这一政策将有助于稳定市场预期，促进消费回暖。'
  const other = 'Trang chủ\nChiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.\nPhóng viên: Trần Thị Bình'

  it('should drop the menu word beside the foreign paragraph on the first pass', () => {
    expect(clean(page).body).not.toContain('Tin tức')
  })

  it('should judge a page of 150 000 lines again without overflowing the stack', () => {
    // The judged blocks were once spread into a splice as call arguments.
    const big = `Share${'\nTin tức'.repeat(150_000)}\n${page.split('\n').slice(1).filter((l) => l !== 'Tin tức').join('\n')}`
    const r = clean(big)
    expect(r.metadata.language).toBe('en')
    expect(r.body).toBe('Experts warn that the drought could last well into next year if the rains do not come soon.')
  })

  it('should judge again from the document given, whatever was classified since', () => {
    // The stages one by one, with another page classified between the classifier and the metadata stage.
    const i = DEFAULT_STAGES.findIndex((s) => s === classifyBoilerplate)
    const ctx = createContext()
    const classified = runStages(segment(createDoc(page)), DEFAULT_STAGES.slice(0, i + 1), ctx)
    runStages(segment(createDoc(other)), DEFAULT_STAGES.slice(0, i + 1), createContext())
    const rest = runStages(classified, DEFAULT_STAGES.slice(i + 1), ctx)
    expect(toResult(rest).body).toBe(clean(page).body)
  })
})

