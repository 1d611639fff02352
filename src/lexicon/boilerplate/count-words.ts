/**
 * Counts from one to ten written as words, per language, as comment headings write a small count before a
 * quoted post title (`One thought on “Title”`, `Une réflexion sur « Titre »`, `Ein Gedanke zu „Titel“`,
 * `Two comments on "Title"`). Read by `boilerplate/comment-section` (and, through its counter shape, the
 * metadata stage's comment count). Item `n` lists the forms of `n + 1`, lower case (genders, cases,
 * accented and unaccented spellings). A title-first counter (`commentsAfterTitle`) may write its count as
 * a word after the title too (`“Başlık” üzerine bir düşünce`); Chinese, Japanese and Korean ones write
 * digits (`《标题》有1条评论`).
 */
export const COUNT_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = Object.freeze({
  en: [['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
  de: [['ein', 'eine', 'eins'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun'], ['zehn']],
  fr: [['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix']],
  es: [['un', 'uno', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez']],
  pt: [['um', 'uma'], ['dois', 'duas'], ['três'], ['quatro'], ['cinco'], ['seis'], ['sete'], ['oito'], ['nove'], ['dez']],
  it: [['un', 'uno', 'una'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove'], ['dieci']],
  nl: [['een', 'één', 'eén'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen'], ['tien']],
  pl: [
    ['jeden', 'jedna', 'jedno'], ['dwa', 'dwie'], ['trzy'], ['cztery'], ['pięć'], ['sześć'], ['siedem'], ['osiem'],
    ['dziewięć'], ['dziesięć'],
  ],
  ru: [
    ['один', 'одна', 'одно'], ['два', 'две'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'],
    ['девять'], ['десять'],
  ],
  tr: [['bir'], ['iki'], ['üç'], ['dört'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'], ['on']],
  id: [['satu'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'], ['sembilan'], ['sepuluh']],
  vi: [['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín'], ['mười']],
})
