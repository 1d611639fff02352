/**
 * ISO 639-3 codes that franc reports, mapped to the ISO 639-1 tags BCP 47 prefers. A code missing here
 * is already a valid BCP 47 primary tag and is returned as it is.
 */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = Object.freeze({
  eng: 'en', cmn: 'zh', zho: 'zh', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', slk: 'sk', ces: 'cs', pol: 'pl',
  ron: 'ro', hun: 'hu', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', isl: 'is', est: 'et', lav: 'lv',
  lit: 'lt', ell: 'el', tur: 'tr', aze: 'az', uzb: 'uz', kaz: 'kk', kir: 'ky', tgk: 'tg', tuk: 'tk', kat: 'ka',
  hye: 'hy', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', urd: 'ur', heb: 'he', ydd: 'yi', hin: 'hi', ben: 'bn',
  pan: 'pa', guj: 'gu', mar: 'mr', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', npi: 'ne', nep: 'ne',
  tha: 'th', lao: 'lo', khm: 'km', mya: 'my', vie: 'vi', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', jpn: 'ja',
  kor: 'ko', swh: 'sw', swa: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so', zul: 'zu', xho: 'xh',
  afr: 'af', cat: 'ca', glg: 'gl', eus: 'eu', epo: 'eo', als: 'sq', sqi: 'sq', mkd: 'mk', ckb: 'ckb', kin: 'rw',
  run: 'rn', nya: 'ny', sna: 'sn', mlg: 'mg', ceb: 'ceb', ilo: 'ilo', hat: 'ht', jav: 'jv', sun: 'su', uig: 'ug',
  pbu: 'ps', pus: 'ps', ori: 'or', asm: 'as', mai: 'mai', bho: 'bho', mag: 'mag', hne: 'hne', aka: 'ak', tir: 'ti',
})
