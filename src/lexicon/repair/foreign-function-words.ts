/**
 * Function words of Latin-script languages other than English, in lower case, as the English word repairs
 * (glued and broken words) read them: a sentence made mostly of these is no place for a repair read from an
 * English word list. Each language lists its accented spellings and, where text is often written without
 * accents (Vietnamese, Portuguese, Spanish on keyboards without them), the bare form too.
 *
 * Left out on purpose, so English prose never counts them: English words (`die`, `was`, `man`, `son`, `con`,
 * `per`, `till`, `men`, `may`, `den`, `hat`, `come`, `do`, `at`), particles of names English text writes in
 * lower case (`von`, `van`, `de`, `da`, `di`, `del`, `la`, `le`, `el`, `du`, `dos`, `al`), Latin written in
 * English (`et`, `se`, `non`, `via`), and words one letter long. A test keeps every word here off the English
 * list's thousand most frequent entries and out of `ENGLISH_FUNCTION_WORDS`.
 *
 * Written for this project from the grammar of each language (articles, pronouns, auxiliaries, conjunctions,
 * prepositions, negation); no list was copied.
 */
export const FOREIGN_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  de: [
    'der', 'das', 'und', 'nicht', 'ist', 'ich', 'wir', 'sie', 'ein', 'eine', 'einen', 'einem', 'einer', 'mit',
    'auf', 'auch', 'noch', 'nur', 'dem', 'zu', 'bei', 'aber', 'oder', 'wenn', 'dass', 'schon', 'sehr', 'haben',
    'wird', 'werden', 'sind', 'kein', 'keine', 'sich', 'mich', 'dich', 'uns', 'euch', 'nach', 'vor', 'aus', 'wie',
    'ihr', 'ihm', 'ihn', 'hatte', 'wurde', 'kann', 'muss', 'diese', 'dieser', 'jetzt', 'immer', 'nichts', 'doch',
    'durch', 'gegen', 'ohne', 'zum', 'zur', 'vom', 'für', 'über', 'würde',
  ],
  nl: [
    'het', 'een', 'niet', 'ook', 'maar', 'zijn', 'wij', 'zij', 'dat', 'naar', 'voor', 'nog', 'wel', 'geen', 'deze',
    'wordt', 'heeft', 'hebben', 'moet', 'ik', 'je', 'hij', 'wat', 'bij', 'uit', 'dit', 'zo', 'nu', 'toch', 'kunnen',
    'worden', 'werd', 'hun', 'haar', 'ons', 'jullie', 'waar', 'wanneer', 'omdat', 'als', 'zou', 'zich', 'mijn',
    'onze', 'tegen', 'tussen', 'zonder', 'veel',
  ],
  fr: [
    'les', 'des', 'une', 'qui', 'dans', 'pour', 'avec', 'sur', 'mais', 'nous', 'vous', 'ils', 'elle', 'elles',
    'cette', 'sont', 'très', 'tres', 'aussi', 'je', 'ne', 'ce', 'ces', 'qu', 'leur', 'leurs', 'été', 'était',
    'etait', 'avait', 'comme', 'tous', 'fait', 'aux', 'sa', 'ses', 'mes', 'nos', 'vos', 'où',
    'lui', 'peut', 'être', 'etre', 'avons', 'avez', 'ont', 'suis', 'sommes', 'êtes',
  ],
  es: [
    'los', 'las', 'que', 'por', 'una', 'pero', 'como', 'muy', 'esta', 'este', 'fue', 'sus', 'nos', 'porque',
    'cuando', 'donde', 'también', 'tambien', 'es', 'más', 'mas', 'sobre', 'entre', 'hasta',
    'desde', 'ser', 'estar', 'unos', 'unas', 'eso', 'esto', 'esa', 'ese', 'ella', 'ellos', 'nosotros',
    'usted', 'tiene', 'tienen', 'hemos', 'han', 'está', 'están', 'estan', 'aquí', 'aqui', 'qué',
    'todo', 'toda', 'todos', 'todas',
  ],
  pt: [
    'não', 'nao', 'uma', 'mais', 'pelo', 'pela', 'pelos', 'pelas', 'isso', 'esse', 'essa', 'isto', 'tem', 'foi',
    'seu', 'sua', 'seus', 'suas', 'muito', 'ou', 'ele', 'ela', 'eles', 'elas', 'ao', 'aos', 'também', 'tambem',
    'são', 'sao', 'você', 'voce', 'está', 'esta', 'quando', 'porque', 'onde', 'como', 'que', 'nos', 'nas',
    'numa', 'dele', 'dela', 'já', 'ja', 'mas', 'então', 'entao', 'aqui', 'ainda',
  ],
  it: [
    'che', 'della', 'sono', 'gli', 'anche', 'questo', 'questa', 'molto', 'nel', 'nella', 'alla', 'hanno', 'delle',
    'degli', 'dei', 'una', 'uno', 'perché', 'perche', 'più', 'piu', 'ancora', 'sempre',
    'quando', 'loro', 'noi', 'voi', 'lui', 'sia', 'stato', 'stata', 'essere', 'fatto',
    'hai', 'abbiamo', 'avete', 'nei', 'sul', 'sulla', 'dalla', 'ogni',
  ],
  id: [
    'dan', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ada', 'saya',
    'kami', 'kita', 'mereka', 'sudah', 'bisa', 'harus', 'karena', 'tetapi', 'atau', 'oleh', 'tak', 'belum',
    'sangat', 'ke', 'adalah', 'jika', 'kalau', 'sebagai', 'telah', 'lebih', 'masih', 'hanya', 'bahwa', 'agar',
    'lagi', 'semua', 'tersebut', 'sedang', 'tapi', 'kamu', 'dia', 'apa', 'yg', 'sini', 'ia',
  ],
  tl: [
    'ang', 'ng', 'mga', 'sa', 'na', 'ay', 'hindi', 'ito', 'siya', 'niya', 'namin', 'tayo', 'pero', 'lang', 'rin',
    'naman', 'nang', 'dahil', 'ako', 'ikaw', 'sila', 'yung', 'ko', 'natin', 'kayo', 'nila', 'kanila', 'ninyo',
    'po', 'daw', 'ba', 'si', 'ni', 'kay', 'wala', 'meron', 'dito', 'doon', 'iyon', 'iyan', 'lahat', 'kasi',
    'talaga', 'para', 'ating', 'kami', 'ka',
  ],
  vi: [
    'khong', 'không', 'cua', 'của', 'nhung', 'những', 'nhưng', 'mot', 'một', 'cac', 'các', 'duoc', 'được', 'trong',
    'nhu', 'như', 'voi', 'với', 'toi', 'tôi', 'cung', 'cũng', 'roi', 'rồi', 'nhieu', 'nhiều', 'thi', 'thì', 'va',
    'và', 'là', 'đã', 'sẽ', 've', 'về', 'cho', 'nha', 'nhà', 'nhe', 'nhé', 'chung', 'chúng',
    'minh', 'mình', 'vao', 'vào', 'nguoi', 'người', 'neu', 'nếu',
  ],
  sv: [
    'och', 'att', 'det', 'som', 'inte', 'ett', 'jag', 'för', 'på', 'av', 'skulle', 'hade',
    'detta', 'eller', 'efter', 'också', 'ocksa', 'är', 'vara', 'varit', 'mycket', 'när', 'där', 'här', 'alla',
    'oss', 'hans', 'hennes', 'sina', 'sitt', 'vad',
  ],
  pl: [
    'nie', 'jest', 'jak', 'tak', 'od', 'przez', 'dla', 'czy', 'oraz', 'się', 'sie', 'że', 'ze', 'już', 'juz',
    'jego', 'jej', 'być', 'byc', 'było', 'bylo', 'został', 'zostal', 'są', 'mnie', 'tylko', 'jeszcze', 'bardzo',
    'które', 'ktore', 'który', 'ktory', 'tego', 'tym', 'będzie', 'bedzie', 'też', 'tez',
  ],
})
