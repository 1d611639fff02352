/**
 * The most frequent function words of common Latin-script languages. Counting them settles the
 * language of most news text at a fraction of the cost of a trigram model, which then only runs when
 * they do not. Words shared by several of these languages (`a`, `de`, `en`, `la`) are left out.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'this', 'by', 'from', 'have', 'which', 'be', 'it'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'au', 'avec', 'sont', 'ce'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'auch', 'ein', 'eine', 'dem', 'wird'],
  es: ['el', 'los', 'las', 'del', 'por', 'con', 'para', 'una', 'es', 'que', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero'],
  pt: ['os', 'das', 'dos', 'não', 'uma', 'com', 'para', 'que', 'se', 'ao', 'mais', 'pelo', 'pela', 'também', 'como', 'foi', 'são', 'em', 'ou', 'seu', 'sua', 'às', 'ele', 'ela', 'isso'],
  it: ['il', 'della', 'che', 'di', 'per', 'non', 'sono', 'gli', 'delle', 'nel', 'alla', 'anche', 'come', 'più', 'una', 'è', 'del'],
  nl: ['het', 'van', 'een', 'dat', 'niet', 'zijn', 'voor', 'met', 'ook', 'op', 'wordt', 'aan', 'bij', 'nog', 'maar', 'deze', 'worden'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh'],
  sv: ['och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'av', 'inte', 'till', 'har', 'om', 'var', 'ett', 'kan', 'den'],
  pl: ['nie', 'się', 'że', 'jest', 'na', 'do', 'jak', 'ale', 'tak', 'od', 'po', 'przez', 'dla', 'czy', 'już', 'oraz', 'być'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'olarak', 'olan', 'daha', 'çok', 'gibi', 'ama', 'kadar', 'sonra', 'her', 'değil', 'ise'],
})
