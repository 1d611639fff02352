import { describe, expect, it } from 'vitest'
import { clean } from 'textwash'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readMetadataLine } from '../../src/metadata/line.js'

const TITLE = 'Thị trấn cảng mở phòng xông hơi công cộng trên bến phà cũ'
const PARAS = [
  'Chính quyền thị trấn hôm thứ Bảy thông báo sẽ mở một phòng xông hơi công cộng trên bến phà đã bỏ hoang mười năm, với giá hai euro mỗi lượt.',
  'Ngôi nhà gỗ có sức chứa hai mươi người và được xây bằng tiền quyên góp của người dân, với hơn bốn mươi nghìn euro trong mùa hè, theo ban tổ chức.',
  'Những người bơi lội ở bến phà nhiều năm qua hoan nghênh kế hoạch, dù một số hàng xóm lo ngại tình trạng đỗ xe trên con đường hẹp vào cuối tuần.',
]

/** A page whose article ends with this credit line, before the related links and the footer. */
function page(credit: string): string {
  return ['Trang chủ', 'Thời sự', TITLE, 'Thứ Hai, 13/05/2024 08:15', ...PARAS, credit, 'Tin liên quan', 'Bến phà tròn một trăm năm', '© Bản quyền thuộc về Báo Sông Hàn.'].join('\n')
}

describe('Vietnamese text and photo credits', () => {
  it('should read the writer of `Bài:`, `Bài, ảnh:`, `Bài và ảnh:` and `Nội dung:` as the author', () => {
    const lex = mergedLexicon('vi')
    for (const line of ['Bài: Trần Thu Hà', 'Bài, ảnh: Trần Thu Hà', 'Bài và ảnh: Trần Thu Hà', 'Bài - ảnh: Trần Thu Hà', 'Nội dung: Trần Thu Hà']) {
      expect(readMetadataLine(line, lex)?.fields, line).toEqual([expect.objectContaining({ kind: 'author', value: 'Trần Thu Hà' })])
    }
  })

  it('should take a closing credit line out of the body into the author and photographer', () => {
    const r = clean(page('Bài: Trần Thu Hà - Ảnh: Lê Minh Khoa'))
    expect(r.metadata.author).toBe('Trần Thu Hà')
    expect(r.metadata.credits?.photographer).toEqual(['Lê Minh Khoa'])
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(r.metadata.copyright).toEqual({ holder: 'Báo Sông Hàn' })
  })

  it('should keep a sentence that starts with `Bài viết`', () => {
    const sentence = 'Bài viết này được đăng lần đầu trên tạp chí Thời Đại vào năm ngoái và đã được biên tập lại.'
    const r = clean(page(sentence))
    expect(r.body).toContain(sentence)
    expect(r.metadata.author).toBeUndefined()
  })
})
