/**
 * ISO 639-3 codes that franc reports, mapped to the ISO 639-1 tags BCP 47 prefers. An individual language
 * of a macrolanguage takes the macrolanguage's tag (`zlm` Malay → `ms`, `ekk` Estonian → `et`, `nob`
 * stays `nb`). A code missing here has no two-letter tag, is already a valid BCP 47 primary tag, and is
 * returned as it is (`ceb`, `ilo`).
 */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = Object.freeze({
  eng: 'en', cmn: 'zh', zho: 'zh', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', slk: 'sk', ces: 'cs', pol: 'pl',
  ron: 'ro', hun: 'hu', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', isl: 'is', est: 'et', ekk: 'et',
  lav: 'lv', lvs: 'lv', lit: 'lt', ell: 'el', tur: 'tr', aze: 'az', azj: 'az', uzb: 'uz', uzn: 'uz', kaz: 'kk',
  kir: 'ky', tgk: 'tg', tuk: 'tk', tat: 'tt', kat: 'ka', hye: 'hy', mkd: 'mk', khk: 'mn', koi: 'kv', arb: 'ar',
  ara: 'ar', pes: 'fa', prs: 'fa', fas: 'fa', urd: 'ur', heb: 'he', ydd: 'yi', hin: 'hi', ben: 'bn', pan: 'pa',
  guj: 'gu', mar: 'mr', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', npi: 'ne', nep: 'ne', tha: 'th',
  lao: 'lo', khm: 'km', mya: 'my', vie: 'vi', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', jpn: 'ja', kor: 'ko',
  swh: 'sw', swa: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', tir: 'ti', som: 'so', zul: 'zu', xho: 'xh',
  afr: 'af', cat: 'ca', glg: 'gl', eus: 'eu', epo: 'eo', als: 'sq', sqi: 'sq', kin: 'rw', run: 'rn', nya: 'ny',
  sna: 'sn', mlg: 'mg', plt: 'mg', hat: 'ht', jav: 'jv', sun: 'su', uig: 'ug', pbu: 'ps', pus: 'ps', ori: 'or',
  asm: 'as', aka: 'ak', lin: 'ln', sot: 'st', tsn: 'tn', ssw: 'ss', ven: 've', tso: 'ts', lug: 'lg', bam: 'bm',
  wol: 'wo', ewe: 'ee', sag: 'sg', ndo: 'ng', fuv: 'ff', fuf: 'ff', knc: 'kr', kng: 'kg', ayr: 'ay', qug: 'qu',
  quz: 'qu', quy: 'qu', src: 'sc', zyb: 'za',
})

/**
 * The languages of franc-min (the smaller model set textwash used before) that have no two-letter tag.
 * The trigram model weighs these and every language with a two-letter tag, and none of franc's other
 * regional languages without one (Scots, Hiligaynon, Low German…): those are near neighbours of a
 * larger language that take its short texts (a short English text reads as Scots).
 */
export const UNTAGGED_MODEL_LANGUAGES: readonly string[] = Object.freeze(['ceb', 'ckb', 'ilo', 'mad', 'hms', 'hnj', 'skr', 'mai', 'bho', 'mag'])

/** Whether the trigram model weighs this language of franc's (see `UNTAGGED_MODEL_LANGUAGES`). */
export function isModelLanguage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(ISO639_3_TO_1, code) || UNTAGGED_MODEL_LANGUAGES.includes(code)
}
