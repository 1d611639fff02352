import { describe, expect, it } from 'vitest'
import { isCommentCounter, isCommentLabel } from '../../src/boilerplate/rules/comment-section.js'
import { clean } from '../../src/index.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import pages from './cases/cut-pages.json' with { type: 'json' }
import { PARAGRAPHS, classifyText } from './helpers.js'

const lex = compileLexicon({})
const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string]

/** A page of one language: a title, paragraphs, lines in the middle, then its comment section. */
interface Page {
  title: string
  before: string[]
  after: string[]
  comments: string[]
  /** Subheadings that contain a comment word and a number: each stays, with everything after it. */
  headings: string[]
  /** Article sentences with a paywall phrase: each stays, with everything after it. */
  sentences: string[]
  /** Page-end marks (a related heading, a credit) between paragraphs: the paragraphs after them stay. */
  marks: string[]
}

const PAGES = pages as Record<string, Page>
const label = (text: string): boolean => isCommentLabel(text, /[.!?。！？]$/u.test(text), /\d/u.test(text), lex)

describe('comment counters', () => {
  it('should read a number next to a comment word that ends the line as a counter, in each language', () => {
    const counters = [
      '5 comments', 'Comments (5)', '[ 167 comments ]', '(42) Comments', '1 comment', '0 replies', 'Comments: 12',
      'This post has 5 comments:', 'New, 6 comments', '1,024 comments',
      '3 commentaires', 'Commentaires (12)', '5 Kommentare', 'Kommentare (2)', 'Kommentare: 14',
      '8 comentarios', 'Comentarios (2)', '4 comentários', 'Comentários (2)', '6 commenti', 'Commenti (2)',
      '评论(3)', '评论（8）', '3条评论', '已有3条评论', '5 bình luận', 'Bình luận (2)', '12 ý kiến',
      'Комментарии (5)', '5 комментариев', '3 reacties', 'Komentarze (4)', '2 yorum', '6 komentar', '3件のコメント', '3개의 댓글',
    ]
    for (const c of counters) expect(isCommentCounter(c, lex), c).toBe(true)
  })

  it('should not read a heading or a sentence that contains a comment word and a number as a counter', () => {
    const headings = [
      '5 replies to the minister\'s critics', 'Responses to 3 key questions', 'Comments from 4 residents',
      'Reply to 2 letters', 'Council Rejects 40 Comments', 'by Weekly News Desk Staff 0 Comments',
      'Comment 5 familles ont réduit leur facture', 'Commentaires de 3 chauffagistes',
      'Il commento di 3 esperti sulla riforma', 'Commenti di 2 sindaci della valle',
      'Los 3 comentarios más repetidos del pueblo', 'Comentarios de 4 vecinos',
      'Kommentare von 3 Fachleuten zur Reform', '5 Kommentare zur neuen Förderung',
      'Comentários de 3 especialistas sobre o programa', 'Os 3 comentários mais frequentes',
      '3位专家评论新政策', '留言最多的5个问题', '已有900户家庭提交申请',
      'Ý kiến của 3 chuyên gia', 'Bình luận của 2 chuyên gia', 'Phản hồi 5 câu hỏi của bạn đọc',
      '5 комментариев к реформе', '3 reacties uit de raad', '2 yorum ve 3 soru', '댓글 3개 중 2개는 광고',
    ]
    for (const h of headings) expect(isCommentCounter(h, lex), h).toBe(false)
  })

  it('should not read a number glued to a word as a count', () => {
    expect(isCommentCounter('comment5', lex)).toBe(false)
    expect(isCommentCounter('5comments', lex)).toBe(false)
    expect(isCommentCounter('评论3', lex)).toBe(true)
  })
})

describe('comment labels', () => {
  it('should take a marker that is the whole line, a lead phrase or a thread byline for a label', () => {
    const labels = [
      'Comments', 'View Comments', 'Leave a comment:', 'Post a Comment', 'Join the Conversation', '» Comments',
      'Leave a Reply Cancel reply', 'No comments yet Comment from the forums', 'joetoronto says:',
      'Laisser un commentaire', 'Laisser un commentaire Annuler la réponse', 'Schreiben Sie einen Kommentar',
      'Deja una respuesta Cancelar la respuesta', 'Deixe uma resposta Cancelar resposta',
      'Lascia una risposta Annulla risposta', 'Nessun commento', '发表评论', '发表评论 请文明上网', 'Bình luận',
      'Gửi bình luận Hủy',
    ]
    for (const l of labels) expect(label(l), l).toBe(true)
  })

  it('should not take a line that only opens with a marker for a label', () => {
    const lines = [
      'Comments from the minister', 'Discussion of the results', 'Responses in the survey', 'Comment & Opinion',
      'Commentaires des lecteurs sur la réforme', 'Kommentare aus der Nachbarschaft', 'Commenti dei lettori',
      'Comentarios de los vecinos', 'Bình luận của chuyên gia về giá xăng', 'Phản hồi của Bộ Y tế',
      '评论员文章', '留言板的由来', 'Comments made by the minister were brief.',
    ]
    for (const l of lines) expect(label(l), l).toBe(false)
  })
})

describe('comment sections on whole pages', () => {
  for (const [lang, p] of Object.entries(PAGES)) {
    const page = (middle: string, after: readonly string[]): string => [p.title, ...p.before, middle, ...after, ...p.comments].join('\n\n')
    const commentText = p.comments[3]!

    for (const after of [p.after, p.after.slice(0, 1)]) {
      it(`should keep a ${lang} subheading with a comment word and a number, and the ${after.length} paragraph(s) after it`, () => {
        for (const h of p.headings) {
          const result = clean(page(h, after))
          expect(result.body, h).toContain(h)
          for (const para of [...p.before, ...after]) expect(result.body, h).toContain(para)
          // The real comment section below still goes, from its counter.
          expect(result.removed.find((r) => r.text === p.comments[0])?.rule, h).toBe('boilerplate/comment-section')
          expect(result.body, h).not.toContain(commentText)
        }
      })

      it(`should keep a ${lang} article sentence with a paywall phrase, and the ${after.length} paragraph(s) after it`, () => {
        for (const s of p.sentences) {
          const result = clean(page(s, after))
          for (const para of [s, ...p.before, ...after]) expect(result.body, s).toContain(para)
          expect(result.removed.some((r) => r.rule === 'boilerplate/paywall'), s).toBe(false)
          expect(result.body, s).not.toContain(commentText)
        }
      })
    }

    it(`should not end a ${lang} article at a related heading or a credit the article's paragraphs follow`, () => {
      for (const m of p.marks) {
        const result = clean(page(m, p.after))
        for (const para of [...p.before, ...p.after]) expect(result.body, m).toContain(para)
        expect(result.removed.some((r) => r.rule === 'boilerplate/page-end'), m).toBe(false)
        expect(result.body, m).not.toContain(commentText)
      }
    })
  }
})

describe('what follows a tail marker', () => {
  it('should take a bare comment label the article’s paragraphs follow for a subheading', () => {
    const result = classifyText([P1, P2, P3, 'Discussion', P4, PARAGRAPHS[0]!.replace('provincial', 'regional')].join('\n\n'))
    expect(result.body).toContain('Discussion')
    expect(result.body).toContain(P4)
  })

  it('should still cut a comment section whose first lines are a name and a date', () => {
    const result = classifyText([P1, P2, P3, P4, 'Discussion', 'Mary Jones', '12 March 2024', 'Nothing here about the old exchange building.'].join('\n\n'))
    expect(result.removed.find((r) => r.text === 'Discussion')?.rule).toBe('boilerplate/comment-section')
    expect(result.body).not.toContain('old exchange building')
  })

  it('should cut a counter with a short lead when comments follow, and not when paragraphs do', () => {
    const thread = ['This post has 2 comments:', 'Mary Jones', 'Nothing here about the old exchange building.']
    const cut = classifyText([P1, P2, P3, P4, ...thread].join('\n\n'))
    expect(cut.removed.find((r) => r.text === thread[0])?.rule).toBe('boilerplate/comment-section')
    const kept = classifyText([P1, P2, 'by Weekly News Desk Staff 0 Comments', P3, P4].join('\n\n'))
    expect(kept.body).toContain(P3)
    expect(kept.body).toContain(P4)
  })

  it('should cut a paywall notice followed by prompts, and keep a sentence between paragraphs that contains one', () => {
    const notice = classifyText([P1, P2, P3, 'This article is for subscribers only.', 'Already a subscriber? Log in', P4].join('\n\n'))
    expect(notice.removed.find((r) => r.text.startsWith('This article is for subscribers'))?.rule).toBe('boilerplate/paywall')
    expect(notice.body).not.toContain(P4)
    const sentence = 'The mayor paused to continue reading the list of names.'
    const prose = classifyText([P1, P2, P3, sentence, P4].join('\n\n'))
    expect(prose.body).toContain(sentence)
    expect(prose.body).toContain(P4)
  })

  it('should let a label cut when a paragraph that kept it from cutting goes in a later stage, as cleaning again would', () => {
    const comment = 'Nothing in this plan answers why the old exchange building was sold off so cheaply in the first place.'
    // A Chinese paragraph on an English page: the repair stage drops it (`foreignText: 'drop'`).
    const foreign = '这条评论是用中文写的，和上面的英文文章有关，不过页面的其他部分都是英文，所以清理时会被删掉。'
    const input = [P1, P2, P3, P4, 'This post has 2 comments:', comment, foreign].join('\n\n')
    const once = clean(input)
    expect(once.removed.find((r) => r.text === 'This post has 2 comments:')?.rule).toBe('boilerplate/comment-section')
    expect(once.body).not.toContain('old exchange building')
    expect(clean(once.body).body).toBe(once.body)
    // With an English paragraph of its own after the comment, the article goes on: nothing is cut.
    const kept = clean([P1, P2, P3, 'This post has 2 comments:', comment, P4].join('\n\n'))
    expect(kept.body).toContain('old exchange building')
    expect(kept.body).toContain(P4)
    expect(clean(kept.body).body).toBe(kept.body)
  })

  it('should end the article at a related heading under a menu line even when teasers read as paragraphs', () => {
    const teasers = [
      'Flood defences on the east coast were raised this spring after two winters of storms damaged the old sea wall.',
      'The new rail timetable adds three morning trains to the capital but drops the last service of the night.',
    ]
    const result = classifyText([P1, P2, P3, P4, 'Share this story', 'Most read', ...teasers].join('\n\n'))
    for (const t of teasers) expect(result.body).not.toContain(t)
    expect(result.removed.find((r) => r.text === teasers[0])?.rule).toBe('boilerplate/page-end')
  })
})
