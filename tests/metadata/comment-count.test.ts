import { describe, expect, it } from 'vitest'
import { isCommentCounter } from '../../src/boilerplate/rules/comment-section.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readCommentCount } from '../../src/metadata/rules/comment-count.js'
import { clean } from '../../src/pipeline/clean.js'

const labels = compileLexicon({})

// Counters: a number next to a comment word that ends the line, after at most a short lead.
const COUNTERS: readonly (readonly [string, string, number])[] = [
  ['en', 'This post has 5 comments:', 5],
  ['en', '12 Comments', 12],
  ['en', 'Replies (3)', 3],
  ['en', '[ 1,204 comments ]', 1204],
  ['en', 'Reader comments (9)', 9],
  ['fr', '42 commentaires', 42],
  ['fr', 'Commentaires (7)', 7],
  ['it', '6 commenti', 6],
  ['it', 'Commenti: 11', 11],
  ['de', '5 Kommentare', 5],
  ['de', 'Kommentare: 1.024', 1024],
  ['zh', '已有3条评论', 3],
  ['zh', '评论（8）', 8],
  ['vi', 'Bình luận (2)', 2],
  ['vi', '14 bình luận', 14],
  // A WordPress heading: the count, its label and the post title in quotes, which may hold quotes.
  ['en', '34 responses to “Ferry timetable: “We asked for this” ”', 34],
  ['en', '7 replies to "Why the morning ferry leaves earlier from May on"', 7],
  ['fr', '12 commentaires sur « Le bac du matin »', 12],
  ['de', '5 Kommentare zu „Neuer Fahrplan“', 5],
  ['en', 'One thought on “Why the morning ferry leaves earlier”', 1],
  ['fr', '34 réflexions sur « Le bac du matin »', 34],
  ['nl', 'Twee reacties op “De veerboot”', 2],
  // A control after the counter.
  ['en', '0 Comments (+)', 0],
  ['en', '12 comments »', 12],
  // A count unit after a count that follows its label.
  ['zh', '评论 12条', 12],
  ['ja', 'コメント 3件', 3],
  ['ja', 'コメント(3件)', 3],
  ['ko', '댓글 3개', 3],
  ['ko', '댓글(3개)', 3],
]

// Headlines and sentences with a number and a comment word: no counter.
const HEADLINES: readonly (readonly [string, string])[] = [
  ['en', "5 replies to the minister's critics"],
  ['en', 'Council Rejects 40 Comments'],
  ['en', 'Comments from 4 residents'],
  ['en', 'Responses to 3 key questions'],
  ['fr', 'Les 3 commentaires du ministre'],
  ['fr', 'Commentaires de 4 lecteurs sur le projet'],
  ['it', 'Il commento di 3 esperti sulla riforma'],
  ['it', '3 commenti sulla riforma delle pensioni'],
  ['de', '5 Kommentare zur Reform der Grundsteuer'],
  ['de', 'Kommentar von 3 Fachleuten'],
  ['zh', '3条评论引发的讨论'],
  ['zh', '已有900户家庭提交申请'],
  ['vi', 'Bình luận của 2 chuyên gia'],
  ['vi', '5 bình luận về cải cách thuế'],
  // Quotes that do not end the line, no quotes, a title-case lead, an empty title.
  ['en', '5 replies to “the critics” of the plan'],
  ['en', 'Council Rejects 40 Responses to “Plan”'],
  ['en', '3 responses to ""'],
  ['fr', '3 commentaires sur « Le budget » du ministre'],
  // A lead before the count, a word that is no count, a full stop after the quotes.
  ['en', 'Readers left 34 comments on “Ferry timetable”'],
  ['en', 'Some thoughts on “Ferry timetable”'],
  ['en', '34 thoughts on “Ferry timetable”.'],
  // A count of comments left to show, and a menu line (counts this reader leaves).
  ['en', 'Show more comments (20)'],
  ['en', 'Permalink 34 Comments Feed for comments Back to top'],
  // Months, not a count unit; a heading that goes on after the unit.
  ['ko', '댓글 3개월 분석'],
  ['ja', 'コメント 3件の返信から見えること'],
]

describe('readCommentCount', () => {
  for (const [lang, line, n] of COUNTERS) {
    it(`reads ${n} from the counter ${JSON.stringify(line)} (${lang})`, () => {
      expect(readCommentCount(line, mergedLexicon(lang), labels)).toBe(n)
    })
  }
  for (const [lang, line] of HEADLINES) {
    it(`reads no count from the headline ${JSON.stringify(line)} (${lang})`, () => {
      expect(readCommentCount(line, mergedLexicon(lang), labels)).toBeUndefined()
      expect(readCommentCount(line, mergedLexicon(lang))).toBeUndefined()
    })
  }

  it('takes a line as a counter exactly when the comment-section rule does', () => {
    for (const [lang, line] of [...COUNTERS, ...HEADLINES]) {
      expect(readCommentCount(line, mergedLexicon(lang), labels) !== undefined, line).toBe(isCommentCounter(line, labels))
    }
  })

  it('reads no decimal, id or glued number as a count', () => {
    const en = mergedLexicon('en')
    expect(readCommentCount('1.5 comments', en, labels)).toBeUndefined()
    expect(readCommentCount('123456789 comments', en, labels)).toBeUndefined()
    expect(readCommentCount('comment5', en, labels)).toBeUndefined()
    expect(readCommentCount('Comments 3 days ago', en, labels)).toBeUndefined()
  })

  it('reads a comment label of the boilerplate lexicon only with a comment word in it', () => {
    const en = mergedLexicon('en')
    expect(readCommentCount('Reader comments (4)', en)).toBeUndefined()
    expect(readCommentCount('Reader comments (4)', en, labels)).toBe(4)
    expect(readCommentCount('Discussion (4)', en, labels)).toBeUndefined()
  })
})

/** A page: title, byline, two paragraphs, a headline-like subheading, two paragraphs, a real counter and a comment. */
function page(parts: { title: string; byline: string; paras: readonly string[]; subheading: string; counter: string; comment: string }): string {
  const [a, b, c, d] = parts.paras
  return [parts.title, parts.byline, a, b, parts.subheading, c, d, parts.counter, parts.comment].join('\n\n')
}

const PAGES: readonly (readonly [string, string])[] = [
  ['en', page({
    title: 'Harbour ferry timetable to change in May',
    byline: 'By Ruth Okafor',
    paras: [
      'The harbour authority will move the first morning ferry forty minutes earlier from May, so that workers on the island can reach the mainland before the early shift at the hospital.',
      'Commuters have asked for the change for years, and a petition last winter gathered more signatures than any other local request the authority has received.',
      'The evening service will end slightly earlier in exchange, which some restaurant owners on the island say will cost them their late customers during the summer.',
      'The authority said it would review the timetable again in October, once it has passenger counts from the first full season under the new schedule.',
    ],
    subheading: "5 replies to the restaurant owners' worries",
    counter: '12 comments',
    comment: 'Ines: finally, I can stop taking the taxi at dawn.',
  })],
  ['fr', page({
    title: 'Les horaires du bac changent en mai',
    byline: 'Par Hugo Lemaire',
    paras: [
      'Le premier bac du matin partira quarante minutes plus tôt à partir de mai, afin que les habitants de l’île puissent rejoindre le continent avant la relève de l’hôpital.',
      'Les usagers réclamaient ce changement depuis des années, et une pétition l’hiver dernier a recueilli plus de signatures que toute autre demande locale.',
      'En contrepartie, le dernier départ du soir sera avancé, ce qui inquiète plusieurs restaurateurs de l’île pour la clientèle tardive de l’été.',
      'La direction promet de revoir les horaires en octobre, une fois connus les chiffres de fréquentation de la première saison complète.',
    ],
    subheading: 'Les 3 commentaires des restaurateurs',
    counter: '12 commentaires',
    comment: 'Nadia : enfin, plus besoin de prendre le taxi à l’aube.',
  })],
  ['it', page({
    title: 'Cambiano gli orari del traghetto a maggio',
    byline: 'Di Paolo Conti',
    paras: [
      'Da maggio il primo traghetto del mattino partirà quaranta minuti prima, così che chi vive sull’isola possa arrivare in terraferma prima del turno dell’ospedale.',
      'I pendolari chiedevano il cambiamento da anni, e una petizione lo scorso inverno ha raccolto più firme di qualunque altra richiesta locale.',
      'In cambio l’ultima corsa della sera partirà un po’ prima, e alcuni ristoratori dell’isola temono di perdere i clienti delle ore tarde in estate.',
      'L’autorità portuale rivedrà gli orari a ottobre, quando avrà i dati sui passeggeri della prima stagione completa con il nuovo calendario.',
    ],
    subheading: '3 commenti sulle proteste dei ristoratori',
    counter: '12 commenti',
    comment: 'Sara: finalmente niente più taxi all’alba.',
  })],
  ['de', page({
    title: 'Neuer Fahrplan für die Hafenfähre ab Mai',
    byline: 'Von Jonas Keller',
    paras: [
      'Ab Mai legt die erste Fähre am Morgen vierzig Minuten früher ab, damit Beschäftigte von der Insel den Frühdienst im Krankenhaus auf dem Festland erreichen.',
      'Pendler hatten die Änderung seit Jahren gefordert, und eine Unterschriftenliste im vergangenen Winter fand mehr Unterstützer als jedes andere Anliegen.',
      'Im Gegenzug fährt die letzte Fähre am Abend etwas früher, was einige Wirte auf der Insel im Sommer späte Gäste kosten dürfte.',
      'Die Hafenbehörde will den Fahrplan im Oktober erneut prüfen, sobald die Fahrgastzahlen der ersten vollen Saison vorliegen.',
    ],
    subheading: '5 Kommentare zu den Sorgen der Wirte',
    counter: '12 Kommentare',
    comment: 'Petra: Endlich kein Taxi mehr im Morgengrauen.',
  })],
  ['zh', page({
    title: '港口渡轮五月起调整时刻表',
    byline: '记者 陈思远',
    paras: [
      '港务局宣布，从五月起早班渡轮将提前四十分钟发船，方便岛上居民在医院早班开始之前赶到对岸，这一调整已经讨论了很长时间。',
      '通勤者多年来一直要求作出这一调整，去年冬天的一份请愿书征集到的签名数量超过了当地任何其他诉求，引起了港务局的重视。',
      '作为交换，晚间末班船将略微提前，岛上一些餐馆老板担心夏季会因此失去一部分深夜时段的客人，希望当局能够再作考虑。',
      '港务局表示，将在十月份根据第一个完整季度的客流数据重新评估时刻表，届时会公布具体的乘客人数和调整方案。',
    ],
    subheading: '3条评论引发的讨论',
    counter: '12条评论',
    comment: '网友小林：终于不用天不亮就打车了。',
  })],
  ['vi', page({
    title: 'Lịch tàu phà thay đổi từ tháng Năm',
    byline: 'Tác giả: Trần Thu Hà',
    paras: [
      'Từ tháng Năm, chuyến phà đầu tiên buổi sáng sẽ khởi hành sớm hơn bốn mươi phút để người dân trên đảo kịp vào ca sớm ở bệnh viện trong đất liền.',
      'Người đi làm đã đề nghị thay đổi này nhiều năm, và một bản kiến nghị mùa đông năm ngoái thu được nhiều chữ ký hơn mọi đề xuất khác của địa phương.',
      'Đổi lại, chuyến phà cuối buổi tối sẽ chạy sớm hơn một chút, khiến một số chủ nhà hàng trên đảo lo mất khách vào mùa hè.',
      'Cảng vụ cho biết sẽ xem xét lại lịch tàu vào tháng Mười, khi có số liệu hành khách của mùa đầu tiên theo lịch mới.',
    ],
    subheading: '5 bình luận về nỗi lo của chủ nhà hàng',
    counter: 'Bình luận (12)',
    comment: 'Lan: cuối cùng cũng không phải đi taxi lúc trời chưa sáng.',
  })],
]

describe('clean(): counters the footer scan passed over', () => {
  const zhParas = PAGES.find(([lang]) => lang === 'zh')![1].split('\n\n').slice(0, 4)
  for (const counter of ['留言(3)', '回复（3）', '评论 3条']) {
    it(`reads the Chinese counter ${counter}`, () => {
      const r = clean([...zhParas, counter, '网友小林：终于不用天不亮就打车了。'].join('\n\n'))
      expect(r.metadata.commentCount).toBe(3)
    })
  }

  it('reads a WordPress counter with a long quoted title, not counting the title in the line length', () => {
    const [head, ...rest] = PAGES[0]![1].split('\n\n')
    const counter = '34 responses to “Harbour ferry timetable to change in May, and what the island’s restaurants say”'
    const r = clean([head, ...rest.slice(0, 3), rest[4], rest[5], counter, 'Ines says:', 'Finally, I can stop taking the taxi at dawn.'].join('\n\n'))
    expect(r.metadata.commentCount).toBe(34)
  })
})

describe('clean(): a headline with a number and a comment word between paragraphs', () => {
  for (const [lang, text] of PAGES) {
    it(`reads the real counter after the article, not the subheading (${lang})`, () => {
      const r = clean(text)
      expect(r.metadata.commentCount).toBe(12)
      // The subheading stays in the body.
      expect(r.body).toContain(text.split('\n\n')[4]!)
    })
  }
})
