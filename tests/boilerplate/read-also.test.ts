import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'

// Three short paragraphs of an article, so that one paragraph above a teaser is all the article has there.
const PARAS = [
  'The city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.',
  'Experts warn that the drought could last well into next year if the rains do not come soon, and farmers are already cutting back.',
  'The regional water board said it would review irrigation quotas every month until the reservoirs were back above half their capacity.',
]
const ID_PARAS = [
  'Pemerintah kota mengumumkan anggaran baru untuk sekolah pada hari Senin, yang menaikkan belanja pendidikan sebesar sepuluh persen menurut para pejabat.',
  'Para ahli memperingatkan bahwa kekeringan bisa berlangsung hingga tahun depan jika hujan tidak segera turun di wilayah tersebut.',
  'Petani di daerah itu sudah mulai mengurangi luas tanam karena pasokan air irigasi semakin menipis setiap minggu.',
]
const ZH_PARAS = [
  '市政府周一公布了新的教育预算，学校支出将增加百分之十，官员们在长时间的会议后表示这一计划将在明年实施。',
  '专家警告说，如果雨水迟迟不来，旱情可能会持续到明年，农民已经开始减少播种面积以节约用水。',
  '水务部门表示，在水库蓄水恢复到一半以上之前，将每月审查一次灌溉配额，并及时向社会公布结果。',
]

/** The page: the first paragraph, the line, then the other two. */
function withLine(paras: readonly string[], line: string): string {
  return [paras[0], line, paras[1], paras[2]].join('\n')
}

describe('boilerplate/read-also', () => {
  const teasers: Array<[string, readonly string[], string]> = [
    ['English, colon', PARAS, 'Read more: Council votes to close two libraries'],
    ['English, capitals and a dash', PARAS, 'READ MORE - Council votes to close two libraries'],
    ['English, related', PARAS, 'Related: The 15 strangest rivers in the world'],
    ['English, a title ending in an ellipsis', PARAS, 'See also: What the drought means for food prices...'],
    ['English, a related post', PARAS, 'Related post: Pickled beetroot in three steps'],
    ['English, read next', PARAS, 'Read next: Why the reservoirs fell so fast'],
    ['Indonesian', ID_PARAS, 'Baca juga: Harga beras naik lagi di pasar tradisional'],
    ['Vietnamese', PARAS, 'Xem thêm: Giá xăng tăng mạnh từ chiều nay'],
    ['Chinese, full-width colon', ZH_PARAS, '相关阅读：城市预算增加百分之十'],
    ['Portuguese', PARAS, 'Leia também: Prefeitura anuncia novo plano de obras'],
    ['German', PARAS, 'Lesen Sie auch: Stadtrat beschließt neuen Haushalt'],
  ]
  for (const [note, paras, line] of teasers) {
    it(`should drop a one-line teaser between paragraphs and keep the article whole: ${note}`, () => {
      const r = clean(withLine(paras, line))
      expect(r.body).toBe(paras.join('\n\n'))
      expect(r.removed.find((x) => x.text === line)?.rule).toBe('boilerplate/read-also')
      expect(r.metadata.title).toBeUndefined()
      expect(clean(r.body).body).toBe(r.body)
    })
  }

  const prose: Array<[string, string]> = [
    ['a sentence after the label', 'Latest news: the minister resigned on Friday after weeks of pressure.'],
    ['more words before the separator than a label', 'Read more about the plan: it will cost ten million'],
    ['a long text after the label', `Related: ${'officials said the plan would be reviewed next year and the council agreed to wait '.repeat(2)}`],
    ['no separator', 'Read more reports like this in the weekend edition'],
    ['a Chinese sentence', '相关阅读：城市预算增加百分之十，这是近五年来最大的一次增长。'],
  ]
  for (const [note, line] of prose) {
    it(`should keep a line that is not a teaser: ${note}`, () => {
      const paras = line.startsWith('相关') ? ZH_PARAS : PARAS
      const r = clean(withLine(paras, line))
      expect(r.removed.some((x) => x.rule === 'boilerplate/read-also')).toBe(false)
    })
  }

  it('should be turned off by its id', () => {
    const line = 'Read more: Council votes to close two libraries'
    const r = clean(withLine(PARAS, line), { disable: ['boilerplate/read-also'] })
    expect(r.removed.some((x) => x.rule === 'boilerplate/read-also')).toBe(false)
  })

  it('should read a user-added related heading as a teaser label too', () => {
    const line = 'Läs också: Kommunen höjer skolbudgeten'
    expect(clean(withLine(PARAS, line)).body).toContain(line)
    const r = clean(withLine(PARAS, line), { lexicon: { sv: { relatedHeading: ['läs också'] } } })
    expect(r.removed.find((x) => x.text === line)?.rule).toBe('boilerplate/read-also')
  })
})

describe('a related-articles heading between paragraphs', () => {
  for (const [note, paras, heading] of [
    ['English', PARAS, 'Related articles'],
    ['Indonesian', ID_PARAS, 'Baca juga'],
    ['Chinese', ZH_PARAS, '相关阅读'],
  ] as const) {
    it(`should drop the heading and keep the paragraph above it: ${note}`, () => {
      const r = clean(withLine(paras, heading))
      expect(r.body).toBe(paras.join('\n\n'))
      expect(r.removed.find((x) => x.text === heading)?.rule).toBe('boilerplate/related-links')
      expect(clean(r.body).body).toBe(r.body)
    })
  }

  it('should still end the article at a heading followed by teasers', () => {
    const teasers = ['Council votes to close two libraries', 'Drought hits farmers in the north', 'New bridge opens after three years']
    const r = clean([...PARAS, 'Related articles', ...teasers].join('\n'))
    expect(r.body).toBe(PARAS.join('\n\n'))
  })
})
