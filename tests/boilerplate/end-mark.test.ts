import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import { endMark, isEndMarkLine } from '../../src/boilerplate/rules/end-mark.js'

const lex = compileLexicon({})
const END = 'boilerplate/end-mark'
const page = (...parts: readonly (string | readonly string[])[]): string => parts.flat().join('\n\n')
const removedBy = (text: string, rule: string): string[] => clean(text).removed.filter((r) => r.rule === rule).map((r) => r.text.trim())

const ZH = [
  '省交通运输厅周二发布消息，今年将新建和改造农村公路三千公里，重点解决偏远山区群众出行难的问题，并同步完善沿线安全设施。',
  '据介绍，新建道路将优先连通尚未通硬化路的自然村，改造工程则集中在路面破损严重、弯急坡陡的路段，预计年底前全部完工。',
  '省交通运输厅有关负责人表示，各地要严格落实工程质量责任制，加强施工过程监管，确保每一条道路都经得起时间检验。',
  '这位负责人还说，农村公路的日常养护经费将纳入财政预算，相关管理办法将于明年一月一日起正式实施。',
]
const EN = [
  'The transport ministry said on Tuesday it would build or upgrade three thousand kilometres of rural roads this year, focusing on mountain villages that still lack a paved link.',
  'New roads will first reach villages with no hard surface at all, while upgrades will target stretches with broken paving, sharp bends and steep slopes, officials said.',
  'A ministry spokesman told reporters that local authorities would be held responsible for the quality of the work and that inspections would take place at every stage.',
  'Upkeep of the rural network will be funded from the provincial budget from next year, when new maintenance rules take effect, the spokesman said.',
]

describe('isEndMarkLine', () => {
  it('reads the agencies’ marks in brackets or dashes, and three hashes', () => {
    for (const t of ['（完）', '(完)', '【完】', '（终）', '-完-', '(End)', '(END)', '-END-', '— END —', '-30-', '###', '# # #', '-ends-', '(Ende)', '(Fin)', '- FIN -', '(Hết)', '(끝)']) {
      expect(isEndMarkLine(t, lex), t).toBe(true)
    }
  })
  it('leaves bare words, headings and other brackets alone', () => {
    for (const t of ['End', 'END', '完', '30', '### Heading', '####', '(完成)', '（完全）', '(Ended)', '(End of season)', '-', '(Weekend)', '(Fine)', '(the end)']) {
      expect(isEndMarkLine(t, lex), t).toBe(false)
    }
  })
})

describe('endMark.cutFrom', () => {
  const cut = (t: string): string => t.slice(0, endMark.cutFrom(t, t.length, lex))
  it('cuts a bracketed mark glued after a sentence', () => {
    expect(cut('相关管理办法将于明年实施。（完）')).toBe('相关管理办法将于明年实施。')
    expect(cut('new rules take effect, the spokesman said. (End)')).toBe('new rules take effect, the spokesman said.')
    expect(cut('the spokesman said.(END) ')).toBe('the spokesman said.')
    expect(cut('so der Sprecher. (Ende)')).toBe('so der Sprecher.')
  })
  it('keeps a mark-like word that no sentence end precedes, and prose words', () => {
    for (const t of ['To stop the recording press the key marked (End)', 'Press (End) to jump to the last line.', '工作已经全部完成。', '他说：“这件事还没完。”', '（完）', 'The season is at its end.']) {
      expect(cut(t), t).toBe(t)
    }
  })
})

describe('boilerplate/end-mark on whole pages', () => {
  it('drops a Chinese （完） line and ends the article there, before a teaser, a footer and related links', () => {
    const text = page(
      ZH,
      '（完）',
      '记者从市场监管部门获悉，今年一季度全省新登记市场主体数量同比增长百分之十二，个体工商户增长最为明显，服务业占比继续提高。',
      '热门推荐',
      ['全省春耕生产进展顺利', '多地出台措施稳就业'],
      '版权所有 本网 未经授权禁止转载',
    )
    const out = clean(text)
    expect(out.body.trim().endsWith('相关管理办法将于明年一月一日起正式实施。')).toBe(true)
    expect(out.body).not.toContain('（完）')
    expect(out.body).not.toContain('市场主体')
    expect(removedBy(text, END)).toEqual(['（完）'])
  })
  it('cuts an English wire story’s glued (End) and what follows it', () => {
    const text = page(
      EN.slice(0, 3),
      `${EN[3]!} (End)`,
      'Meanwhile, exporters in the coastal provinces reported a rise in orders for the third month in a row as demand from overseas buyers picked up again.',
      ['Markets', 'Weather', 'Sport'],
    )
    const out = clean(text)
    expect(out.body.trim().endsWith('the spokesman said.')).toBe(true)
    expect(out.body).not.toContain('(End)')
    expect(out.body).not.toContain('exporters')
    expect(removedBy(text, END)).toEqual(['(End)'])
  })
  it('keeps the article when its paragraphs go on after a mark-like line', () => {
    const text = page(EN.slice(0, 2), '-30-', EN.slice(2))
    const out = clean(text)
    for (const p of EN) expect(out.body).toContain(p)
  })
  it('keeps a markdown heading of three hashes and an (End) inside a sentence', () => {
    const text = page(EN.slice(0, 2), '### What happens next', `${EN[2]!} Readers who press (End) on a keyboard reach the end of a line.`, EN[3]!)
    const out = clean(text)
    expect(removedBy(text, END)).toEqual([])
    expect(out.body).toContain('press (End) on a keyboard')
    expect(out.body).toContain(EN[3]!)
  })
  it('keeps Chinese prose with 完 in it', () => {
    const text = page(ZH.slice(0, 3), '工程预计年底前全部完成，完全能够满足群众出行需要。', ZH[3]!)
    expect(clean(text).body).toContain('全部完成')
    expect(removedBy(text, END)).toEqual([])
  })
  it('drops German, French, Spanish and Korean marks on a line of their own', () => {
    for (const mark of ['(Ende)', '(Fin)', '-FIN-', '(끝)']) {
      const text = page(EN, mark)
      expect(removedBy(text, END), mark).toEqual([mark])
    }
  })
  it('is turned off by options.disable', () => {
    const text = page(EN, '(End)')
    expect(clean(text, { disable: [END] }).removed.some((r) => r.rule === END)).toBe(false)
  })
})

describe('donation and membership appeals after an article', () => {
  const appeal = (line: string): string => page(EN, line, ['Markets', 'Weather'])
  it('drops an appeal after the article', () => {
    for (const line of [
      'Support independent journalism and make a difference for readers everywhere.',
      'Do you rely on our reporting? Click here to support it.',
      'Donate now',
      'Unterstützen Sie unseren Journalismus',
      'Soutenez notre journalisme',
      'Apoya nuestro periodismo',
      '请支持我们',
    ]) {
      expect(clean(appeal(line)).body, line).not.toContain(line)
    }
  })
  it('keeps an article’s sentences about donations', () => {
    const text = page(EN.slice(0, 3), 'The charity said donations had doubled since the appeal began, and that volunteers would deliver the money to families before winter.', EN[3]!)
    expect(clean(text).body).toContain('donations had doubled')
  })
})

const VI = [
  'Ủy ban nhân dân tỉnh vừa phê duyệt kế hoạch nâng cấp hệ thống thủy lợi nội đồng, ưu tiên các xã thường xuyên bị hạn hán vào mùa khô.',
  'Theo kế hoạch, các tuyến kênh chính sẽ được kiên cố hóa trong hai năm tới, giúp nông dân chủ động nguồn nước tưới cho lúa và cây ăn quả.',
  'Đại diện sở nông nghiệp cho biết nguồn vốn được bố trí từ ngân sách tỉnh và chương trình mục tiêu quốc gia về xây dựng nông thôn mới.',
  'Lãnh đạo tỉnh yêu cầu các địa phương công khai danh mục công trình và giám sát chặt chẽ chất lượng thi công, hướng tới phát triển nông nghiệp bền vững.',
]
/** Where each removal of `rule` lies in the input, with its text. */
const removalsBy = (text: string, rule: string): { start: number; end: number; text: string }[] =>
  clean(text)
    .removed.filter((r) => r.rule === rule)
    .map(({ start, end, text: t }) => ({ start, end, text: t }))

describe('bare end marks: Xinhua’s Enditem and the Vietnamese ./.', () => {
  it('reads a bare mark word or ./. alone on a line', () => {
    for (const t of ['Enditem', 'ENDITEM', 'enditem', '  Enditem  ', './.', ' ./. ']) expect(isEndMarkLine(t, lex), t).toBe(true)
  })
  it('leaves lines that only look like one', () => {
    for (const t of ['Enditems', 'Enditem list', 'End item', '../.', './..', './', '/.', '. / .', 'cd ./.', 'ls -a ./.', 'End', 'Fin']) {
      expect(isEndMarkLine(t, lex), t).toBe(false)
    }
  })
  const cut = (t: string): string => t.slice(0, endMark.cutFrom(t, t.length, lex))
  it('cuts a bare mark glued after the last sentence, and only the /. of a glued ./.', () => {
    expect(cut('the spokesman said. Enditem')).toBe('the spokesman said.')
    expect(cut('the spokesman said.  ENDITEM  ')).toBe('the spokesman said.')
    expect(cut('“We will finish on time,” he said.” Enditem')).toBe('“We will finish on time,” he said.”')
    expect(cut('hướng tới phát triển nông nghiệp bền vững./.')).toBe('hướng tới phát triển nông nghiệp bền vững.')
    expect(cut('đạt 12 tỷ USD trong năm 2024./. ')).toBe('đạt 12 tỷ USD trong năm 2024.')
    expect(cut('theo chủ trương “xanh hóa”./.')).toBe('theo chủ trương “xanh hóa”.')
  })
  it('keeps Enditem inside a sentence or without a sentence end before it, and paths, URLs and code with ./.', () => {
    for (const t of [
      'Wire editors call the closing tag Enditem',
      'The last field of the record is named enditem',
      'return record.Enditem',
      'The tag Enditem. It closes every story.',
      'Copy the folder with cp -r ./.',
      'Mirror of https://example.org/files/./.',
      'Chạy lệnh trong thư mục docs/./.',
      'Xem đường dẫn ../.',
      'Sản lượng tăng mạnh./. Theo báo cáo, giá bán cũng tăng.',
      'Kết thúc bằng ./.',
    ]) {
      expect(cut(t), t).toBe(t)
    }
  })

  it('drops a glued Enditem off the last paragraph and cuts the teaser and links after it', () => {
    const text = page(EN.slice(0, 3), `${EN[3]!} Enditem`, 'Exporters in the coastal provinces reported a rise in orders for the third month in a row as overseas demand picked up again.', ['Markets', 'Weather', 'Sport'])
    const out = clean(text)
    expect(out.body.trim().endsWith('the spokesman said.')).toBe(true)
    expect(out.body).not.toContain('Enditem')
    expect(out.body).not.toContain('Exporters')
    const at = text.indexOf(' Enditem')
    expect(removalsBy(text, END)).toEqual([{ start: at, end: at + ' Enditem'.length, text: ' Enditem' }])
  })
  it('drops an ENDITEM line and what follows it', () => {
    const text = page(EN, 'ENDITEM', 'Exporters in the coastal provinces reported a rise in orders for the third month in a row as overseas demand picked up again.', ['Markets', 'Weather'])
    const out = clean(text)
    expect(out.body.trim().endsWith('the spokesman said.')).toBe(true)
    expect(out.body).not.toContain('Exporters')
    const at = text.indexOf('ENDITEM')
    expect(removalsBy(text, END)).toEqual([{ start: at, end: at + 7, text: 'ENDITEM' }])
  })
  it('cuts the /. of a glued ./. and keeps the sentence’s full stop', () => {
    const text = page(VI.slice(0, 3), `${VI[3]!.slice(0, -1)}./.`, 'Tin liên quan', ['Giá lúa tăng nhẹ đầu vụ', 'Nông dân xuống giống sớm'])
    const out = clean(text)
    expect(out.body.trim().endsWith('hướng tới phát triển nông nghiệp bền vững.')).toBe(true)
    expect(out.body).not.toContain('./.')
    expect(out.body).not.toContain('Giá lúa')
    const at = text.indexOf('./.') + 1
    expect(removalsBy(text, END)).toEqual([{ start: at, end: at + 2, text: '/.' }])
  })
  it('drops a ./. line after the last paragraph', () => {
    const text = page(VI, './.', 'Bình luận')
    const out = clean(text)
    for (const p of VI) expect(out.body).toContain(p)
    expect(out.body).not.toContain('./.')
    const at = text.indexOf('./.')
    expect(removalsBy(text, END)).toEqual([{ start: at, end: at + 3, text: './.' }])
  })
  it('keeps the article where its paragraphs go on after a mark, and marks inside paragraphs', () => {
    const text = page(VI.slice(0, 2), `${VI[2]!.slice(0, -1)}./. Các xã vùng cao sẽ được ưu tiên trong đợt đầu.`, VI[3]!)
    const out = clean(text)
    expect(out.body).toContain('./. Các xã vùng cao')
    expect(out.body).toContain(VI[3]!)
    expect(removalsBy(text, END)).toEqual([])
    // The paragraph right after a glued mark counts as the first one that follows, as after a glued `(End)`.
    const more = 'Drivers in the northern districts said the new surface had already cut their journey to the market town by half an hour.'
    const wire = page(EN[0]!, `${EN[1]!} Enditem`, EN.slice(2), more)
    const kept = clean(wire).body
    for (const p of [...EN, more]) expect(kept).toContain(p)
    expect(kept).not.toContain('Enditem')
  })
  it('keeps Enditem in a sentence and a path ending in ./. in the body', () => {
    const text = page(EN.slice(0, 3), 'Editors close each story with the tag Enditem so that subscribers know nothing more follows it.', 'To copy the hidden files too, the manual says to run cp -r ./.', EN[3]!)
    const out = clean(text)
    expect(out.body).toContain('the tag Enditem so that')
    expect(out.body).toContain('cp -r ./.')
    expect(removalsBy(text, END)).toEqual([])
  })
  it('is turned off with the rule', () => {
    const text = page(EN.slice(0, 3), `${EN[3]!} Enditem`)
    expect(clean(text, { disable: [END] }).body).toContain('Enditem')
  })
})
