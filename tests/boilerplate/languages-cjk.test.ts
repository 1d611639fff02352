import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { detectLanguage } from '../../src/lang/detect.js'
import { BOILERPLATE_LEXICONS, compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import cases from './cases/languages-cjk.json' with { type: 'json' }
import { expectedArticle, languageCaseTests, readPage, type RuleCase } from './helpers.js'


const read = readPage
const expected = expectedArticle

/**
 * Lines of each whole page that a lexicon rule of that language must drop, with the rule. Before these
 * lexicons the shape rules took most of them (outside-main, menu-run), and the page-controls line took
 * the title's place.
 */
const PAGE_RULES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ja: {
    ログイン: 'boilerplate/login-prompt',
    'この記事をシェア': 'boilerplate/page-controls',
    印刷: 'boilerplate/page-controls',
    'シェア | 印刷 | リンクをコピー': 'boilerplate/page-controls',
    関連記事: 'boilerplate/related-links',
    'コメント(3)': 'boilerplate/comment-section',
  },
  ko: {
    로그인: 'boilerplate/login-prompt',
    회원가입: 'boilerplate/login-prompt',
    '공유하기 | 인쇄 | 스크랩': 'boilerplate/page-controls',
    관련기사: 'boilerplate/related-links',
    '댓글 3': 'boilerplate/comment-section',
    '<저작권자 © 한빛일보 무단전재 및 재배포 금지>': 'boilerplate/copyright-footer',
  },
}

describe('boilerplate lexicons for Japanese and Korean', () => {
  for (const lang of Object.keys(PAGE_RULES)) {
    it(`should clean a whole ${lang} news page to its article`, () => {
      const result = clean(read(`${lang}.txt`))
      expect(result.metadata.language).toBe(lang)
      expect(result.body.trim()).toBe(expected(lang))
      for (const [line, rule] of Object.entries(PAGE_RULES[lang]!)) {
        const removal = result.removed.find((r) => r.text === line)
        expect(removal?.rule, line).toBe(rule)
      }
    })
  }

  languageCaseTests(cases as Record<string, RuleCase[]>)
})

describe('Japanese and Korean phrases among the merged lexicons', () => {
  const lex = compileLexicon({})

  it('should add no phrase that the Chinese lexicon lists, in any category', () => {
    const zh = BOILERPLATE_LEXICONS.zh!
    for (const lang of ['ja', 'ko']) {
      const own = BOILERPLATE_LEXICONS[lang]!
      for (const cat of Object.keys(own) as (keyof typeof own)[]) {
        if (cat === 'proseOpenings') continue
        for (const p of own[cat] ?? []) expect(zh[cat], `${lang} ${cat} ${p}`).not.toContain(p)
      }
    }
  })

  it('should leave Chinese lines with the same characters as they were', () => {
    // 印刷 is a control only as the whole line; Chinese prose and labels around it stay.
    expect(lex.control.test('印刷厂')).toBe(false)
    expect(lex.control.test('共有3条评论')).toBe(false)
    expect(lex.relatedHeading.test('相关文章')).toBe(true)
    expect(lex.copyright.test('记者调查发现，印刷品的数量逐年增加')).toBe(false)
  })

  it('should stop a phrase that ends in kana or Hangul at a word boundary', () => {
    expect(lex.commentWord.test('コメント(3)')).toBe(true)
    expect(lex.commentWord.test('コメントを控えた')).toBe(false)
    expect(lex.commentLead.test('コメントを書く 返信をキャンセル')).toBe(true)
    expect(lex.commentLead.test('コメントを書くことにした')).toBe(false)
    expect(lex.loginPrompt.test('로그인')).toBe(true)
    expect(lex.loginPrompt.test('로그인하면 바로 예약할 수 있다')).toBe(false)
    expect(lex.commentWord.test('댓글 5')).toBe(true)
    expect(lex.commentWord.test('댓글을 5번 달았다')).toBe(false)
  })
})

describe('language of Japanese and Korean pages', () => {
  it('should label kana text Japanese and Hangul text Korean, by script', () => {
    expect(detectLanguage(read('ja.txt'))).toBe('ja')
    expect(detectLanguage(read('ko.txt'))).toBe('ko')
    expect(detectLanguage(expected('ja').split('\n')[0]!)).toBe('ja')
    expect(detectLanguage(expected('ko').split('\n')[0]!)).toBe('ko')
    // Han alone is Chinese: a Japanese page is told by its kana.
    expect(detectLanguage('北浜市立图书馆明年四月起向市民出借电钻、缝纫机和乐器等物品。')).toBe('zh')
  })
})
