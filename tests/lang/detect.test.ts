import { describe, expect, it } from 'vitest'
import { detectLanguage } from 'textwash'
import { scriptCounts } from '../../src/lang/detect.js'

const EN = 'The committee met on Monday and approved the plan for the coming year, which the minister said was a turning point for the region and its people.'
const VI = 'Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì hội nghị trực tuyến toàn quốc với các địa phương về phát triển kinh tế.'

describe('detectLanguage', () => {
  it.each([
    ['习近平总书记重要指示精神是网络信息时代背景下马克思主义理论成果的重大创新。', 'zh'],
    ['東京都は新しい計画を発表しました。これは大きな変化です。', 'ja'],
    ['서울시는 새로운 계획을 발표했습니다.', 'ko'],
    [VI, 'vi'],
    [EN, 'en'],
    ['Le comité a approuvé le plan pour l’année qui vient, et le ministre a dit que c’est un tournant pour la région et pour les habitants qui sont dans une situation difficile.', 'fr'],
    ['Der Ausschuss hat den Plan für das kommende Jahr gebilligt, und der Minister sagte, dass es ein Wendepunkt für die Region ist und auch für die Menschen, die dort leben.', 'de'],
    ['Комитет одобрил план на следующий год, и министр сказал, что это поворотный момент для региона и его жителей, которые давно ждали этого решения.', 'ru'],
    ['Η επιτροπή ενέκρινε το σχέδιο για το επόμενο έτος.', 'el'],
  ])('should tell %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  it('should stay English when one Vietnamese paragraph is quoted in an English page', () => {
    expect(detectLanguage([EN, EN, EN, VI].join('\n'))).toBe('en')
  })

  it('should tell a short English sentence by its function words', () => {
    expect(detectLanguage('Central enterprises should speed up the implementation of the special action.')).toBe('en')
  })

  it('should not guess on too little text', () => {
    expect(detectLanguage('')).toBeUndefined()
    expect(detectLanguage('12345 !!!')).toBeUndefined()
    expect(detectLanguage('Xin Bayan')).toBeUndefined()
  })
  // Too short for the statistical model: only the function words can decide, and the words Portuguese and
  // Spanish share (que, se, para, como) must not hide the ones each has alone.
  it('should tell Portuguese from Spanish by the function words only one of them has', () => {
    expect(detectLanguage('Ele disse que se for preciso vai para a rua com os amigos, como fez antes, e que não vai parar.')).toBe('pt')
    expect(detectLanguage('Él dijo que si es necesario va para la calle con los amigos, como hizo antes, y que no va a parar.')).toBe('es')
  })

  // Words are runs of Latin-script characters, however they are split: a function word counts only whole.
  it('should read function words whole: in any case, at the end of the text, after accents, between surrogates', () => {
    expect(detectLanguage('não são também às '.repeat(3) + 'não')).toBe('pt')
    expect(detectLanguage('THE AND OF TO Is That')).toBe('en')
    expect(detectLanguage('theand ofto isthat forwith')).toBeUndefined()
    expect(detectLanguage('Él dijo que sí, para los niños del país, con las más bonitas')).toBe('es')
    expect(detectLanguage('the and of ×to÷ is')).toBe('en')
    // An astral Latin letter is part of the word; a lone surrogate is not.
    expect(detectLanguage('the\u{1DF00} '.repeat(20) + 'le les des est et une du dans')).toBe('fr')
    expect(detectLanguage('the\ud800and\ud800of\ud800to\ud800is\ud800that\ud800for')).toBe('en')
  })

  it('should leave a text whose words are all shared undecided', () => {
    expect(detectLanguage('que se para como que se para como')).toBeUndefined()
  })
})

describe('scriptCounts', () => {
  it('should list scripts in the order first met, with ASCII letters counted as Latin at the end', () => {
    expect(Object.entries(scriptCounts('abc Привет'))).toEqual([['cyrillic', 6], ['latin', 3]])
    expect(Object.entries(scriptCounts('é abc Привет'))).toEqual([['latin', 4], ['cyrillic', 6]])
    // A high surrogate takes the next code unit with it, paired (astral Han) or not.
    expect(Object.entries(scriptCounts('\u{20000}\ud800a'))).toEqual([['han', 1]])
  })
})
