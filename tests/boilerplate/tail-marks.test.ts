import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { PARAGRAPHS, classifyText } from './helpers.js'

// Pages of each language: four article paragraphs and two readers' comments of a paragraph each.
const EN = {
  article: PARAGRAPHS,
  comments: [
    'I have waited for a decent connection in our village for ten years and I will believe it when I see the engineers on our street.',
    'Two billion sounds like a lot until you divide it by the number of villages that still have no mobile signal at all, frankly.',
  ],
}
const ZH = {
  article: [
    '市政府周一公布了新的公交线路调整方案，计划在明年春季前新增十二条社区巴士线路，覆盖目前交通不便的城郊居民区。',
    '交通部门负责人表示，新线路将优先连接学校、医院和农贸市场，票价维持现有标准，老年人和学生继续享受半价优惠。',
    '部分居民在接受采访时表示欢迎，但也有人担心高峰时段车辆不足，希望有关部门根据客流情况及时增加班次。',
    '据介绍，方案将在下月中旬前公开征求意见，市民可以通过政务服务热线或者社区服务中心提交自己的建议。',
  ],
  comments: [
    '我家就住在城郊，每天上班要先走二十分钟才能坐上车，真希望这次说到做到，别又是一纸空文。',
    '增加线路是好事，可是司机和车辆从哪里来？去年新开的那条线一个小时才来一班，根本没法指望。',
  ],
}
const VI = {
  article: [
    'Ủy ban nhân dân thành phố vừa công bố kế hoạch mở thêm mười hai tuyến xe buýt mới, ưu tiên các khu dân cư ven đô hiện chưa có phương tiện công cộng.',
    'Theo Sở Giao thông, các tuyến mới sẽ nối trường học, bệnh viện và chợ, giá vé giữ nguyên, người cao tuổi và học sinh vẫn được giảm một nửa.',
    'Nhiều người dân hoan nghênh kế hoạch, nhưng một số người lo ngại giờ cao điểm vẫn thiếu xe và mong cơ quan chức năng tăng chuyến kịp thời.',
    'Kế hoạch sẽ được lấy ý kiến người dân đến giữa tháng sau, và mọi góp ý có thể gửi qua đường dây nóng hoặc trung tâm dịch vụ của phường.',
  ],
  comments: [
    'Nhà tôi ở ngoại thành, mỗi sáng phải đi bộ hai mươi phút mới tới trạm xe, mong lần này thành phố làm thật chứ đừng chỉ hứa suông.',
    'Mở thêm tuyến là tốt, nhưng tài xế và xe lấy ở đâu ra? Tuyến mở năm ngoái cả tiếng đồng hồ mới có một chuyến, chẳng trông mong được gì.',
  ],
}
const COMMENT = 'boilerplate/comment-section'
const page = (...parts: readonly (string | readonly string[])[]): string => parts.flat().join('\n\n')

describe('a comment label right before comments of a paragraph each', () => {
  const cases: [string, typeof EN, string][] = [
    ['en', EN, 'Comments'],
    ['en', EN, '12 Comments'],
    ['en', EN, 'Leave a comment'],
    ['en', EN, 'Join the conversation'],
    ['zh', ZH, '评论'],
    ['zh', ZH, '3条评论'],
    ['vi', VI, 'Bình luận'],
    ['vi', VI, 'Bình luận (2)'],
  ]
  for (const [lang, p, label] of cases) {
    it(`should cut the comments from ${lang} \`${label}\`, and keep the article`, () => {
      const result = classifyText(page(p.article, label, p.comments))
      for (const para of p.article) expect(result.body, label).toContain(para)
      expect(result.removed.find((r) => r.text === label)?.rule, label).toBe(COMMENT)
      for (const c of p.comments) expect(result.removed.find((r) => r.text === c)?.rule, label).toBe(COMMENT)
    })
  }

  it('should keep a counter in a byline row above most of the article, and the paragraphs after it', () => {
    const result = classifyText(page(EN.article[0]!, '5 Comments', EN.article.slice(1)))
    for (const para of EN.article) expect(result.body).toContain(para)
  })

  it('should keep a `Discussion` subheading and the paragraphs after it, and still cut the comments after them', () => {
    const section = [
      'Engineers from the bureau said the hardest part will be the mountain counties, where cables must follow old forestry roads for dozens of kilometres.',
      'The bureau expects those villages to wait until the summer after next, and it plans to lend them satellite receivers in the meantime.',
    ]
    const result = classifyText(page(EN.article, 'Discussion', section, 'Comments', EN.comments))
    for (const para of [...EN.article, 'Discussion', ...section]) expect(result.body).toContain(para)
    for (const c of EN.comments) expect(result.body).not.toContain(c)
  })

  it('should cut at `Discussion` when a thread’s line ends the paragraphs after it', () => {
    const result = classifyText(page(EN.article, 'Discussion', EN.comments, 'Anna replied:', 'Fair point, though.'))
    expect(result.removed.find((r) => r.text === 'Discussion')?.rule).toBe(COMMENT)
    for (const c of EN.comments) expect(result.body).not.toContain(c)
    const kept = classifyText(page(EN.article, 'Discussion', EN.comments))
    for (const c of EN.comments) expect(kept.body).toContain(c)
  })

  it('should give the same body when its own body is cleaned again', () => {
    for (const p of [EN, ZH, VI]) {
      const once = clean(page(p.article, p === EN ? 'Comments' : p === ZH ? '评论' : 'Bình luận', p.comments)).body
      expect(clean(once).body).toBe(once)
    }
  })
})

describe('one paragraph between a page-end mark and the comments', () => {
  const enNote = 'Editor’s note: an earlier version of this story gave the wrong month for the first connections; it has been corrected.'
  const zhNote = '编者按：本文首次发布时误将征求意见截止日期写为下月初，现已更正，特此说明并向读者致歉。'

  it('should keep the paragraph after a copyright or credit line, up to the comments', () => {
    for (const mark of ['Copyright © 2024 Example Media. All rights reserved.', 'Photo: Jane Roe / © Example Agency']) {
      for (const label of ['Comments', '2 Comments']) {
        const result = classifyText(page(EN.article, mark, enNote, label, EN.comments))
        for (const para of [...EN.article, enNote]) expect(result.body, `${mark} ${label}`).toContain(para)
        for (const c of EN.comments) expect(result.body, `${mark} ${label}`).not.toContain(c)
        expect(result.removed.find((r) => r.text === mark), mark).toBeDefined()
      }
    }
  })

  it('should keep the paragraph after a copyright line up to a counter over a long quoted title, in either order', () => {
    const mark = 'Copyright © 2024 Example Media. All rights reserved.'
    const counters = [
      '12 responses to "What the province’s rural broadband plan means for villages, farms and the small schools between them"',
      '“What the province’s rural broadband plan means for villages, farms and the small schools between them” üzerine 12 düşünce',
    ]
    for (const label of counters) {
      const result = classifyText(page(EN.article, mark, enNote, label, 'Ines says:', EN.comments))
      for (const para of [...EN.article, enNote]) expect(result.body, label).toContain(para)
      for (const c of EN.comments) expect(result.body, label).not.toContain(c)
      expect(result.removed.find((r) => r.text === label)?.rule, label).toBe(COMMENT)
    }
  })

  it('should keep the Chinese editor’s note after a copyright line, up to the comments', () => {
    const result = classifyText(page(ZH.article, '版权所有 © 2024 某市日报社', zhNote, '评论', ZH.comments))
    for (const para of [...ZH.article, zhNote]) expect(result.body).toContain(para)
    for (const c of ZH.comments) expect(result.body).not.toContain(c)
  })

  it('should give the same body when its own body is cleaned again', () => {
    const once = clean(page(EN.article, 'Copyright © 2024 Example Media. All rights reserved.', enNote, 'Comments', EN.comments)).body
    expect(once).toContain(enNote)
    expect(clean(once).body).toBe(once)
  })

  it('should drop a teaser under a related heading before the comments', () => {
    const teaser = 'Flood defences on the east coast were raised this spring after two winters of storms damaged the old sea wall.'
    for (const heading of ['Related articles', '相关阅读']) {
      const result = classifyText(page(EN.article, heading, teaser, 'Comments', EN.comments))
      expect(result.removed.find((r) => r.text === teaser)?.rule, heading).toBe('boilerplate/page-end')
      for (const para of EN.article) expect(result.body, heading).toContain(para)
    }
  })

  it('should drop one paragraph after a footer that ends the page (its small print)', () => {
    const small = 'No part of this site may be reproduced without the written permission of the publisher and its partners.'
    for (const mark of ['Copyright © 2024 Example Media. All rights reserved.', '京ICP备05070218号']) {
      const result = classifyText(page(EN.article, mark, small))
      expect(result.removed.find((r) => r.text === small)?.rule, mark).toBe('boilerplate/page-end')
      for (const para of EN.article) expect(result.body, mark).toContain(para)
    }
  })
})

describe('a paywall phrase in the article’s last paragraph', () => {
  it('should drop a notice that ends the page', () => {
    const notices: [typeof EN, string][] = [
      [EN, 'Subscribe to continue reading.'],
      [EN, 'This article is for subscribers only.'],
      [EN, 'You have reached your limit of free articles this month.'],
      [EN, 'To continue reading, please subscribe or log in to your account today.'],
      [VI, 'Vui lòng đăng ký để đọc tiếp bài viết.'],
      [ZH, '剩余全文请购买后查看。'],
    ]
    for (const [p, notice] of notices) {
      const result = classifyText(page(p.article, notice))
      expect(result.removed.find((r) => r.text === notice)?.rule, notice).toBe('boilerplate/paywall')
      for (const para of p.article) expect(result.body, notice).toContain(para)
    }
  })

  it('should keep the article’s own last sentence that mentions subscribing or reading on', () => {
    const sentences: [typeof EN, string][] = [
      [EN, 'The council said residents who subscribe to the alerts will get a text message before the water is shut off.'],
      [EN, 'Library members who want to continue reading the series can borrow the later volumes free of charge from next week.'],
      [EN, 'She said the archive would stay open to subscribers only until the new building is finished next spring.'],
      [VI, 'Thư viện cho biết các hội viên muốn mượn thêm sách để đọc tiếp bộ truyện có thể đăng ký tại quầy từ tuần tới mà không mất phí.'],
    ]
    for (const [p, sentence] of sentences) {
      const result = classifyText(page(p.article, sentence))
      expect(result.body, sentence).toContain(sentence)
      expect(result.removed.some((r) => r.rule === 'boilerplate/paywall'), sentence).toBe(false)
      // Followed by a comment section, it is still the article's.
      const commented = classifyText(page(p.article, sentence, 'Comments', EN.comments))
      expect(commented.body, sentence).toContain(sentence)
    }
  })
})
