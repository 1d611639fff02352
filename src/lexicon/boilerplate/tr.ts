import type { BoilerplateLexicon } from './types.js'

/**
 * The phrases, each also as the matcher sees it in Turkish capitals. The matcher folds case unit by unit
 * with the default (not Turkish) rules: `I` becomes `i`, and `İ` stays `İ` (its lower case is two units),
 * so `İlgili Haberler` folds to `İlgili haberler` and `TÜM HAKLARI SAKLIDIR` to `tüm haklari saklidir`.
 * Each phrase is listed as written, with every word-initial `i` capitalised (title case), and in capitals
 * folded (`i` → `İ`, `ı` → `i`).
 *
 * @param phrases lower-case Turkish phrases
 * @returns the phrases and their distinct capital forms
 * @example withTurkishCapitals(['ilgili haberler']) // ['ilgili haberler', 'İlgili haberler', 'İlgİlİ haberler']
 */
export function withTurkishCapitals(phrases: readonly string[]): string[] {
  const out = new Set<string>()
  for (const p of phrases) {
    out.add(p)
    out.add(p.replace(/(^|\P{L})i/gu, '$1İ'))
    out.add(p.replaceAll('i', 'İ').replaceAll('ı', 'i'))
  }
  return [...out]
}

/**
 * Turkish boilerplate phrases. Matching is case-insensitive and stops at word boundaries, so `Paylaş`
 * matches the control but not `paylaştı`; dotted and dotless `i` in capitals are covered by
 * `withTurkishCapitals`. Lexicons are merged across languages: no phrase here is an English word (`Son`,
 * "last", stands only inside longer phrases), and none is how a Turkish sentence or subheading opens;
 * `Yorumlar` followed by a word is a subheading (`Yorumlar ve tepkiler`) on a Turkish page
 * (`proseOpenings`). Turkish banners say `çerez`, which is also a snack: every cookie phrase has a consent
 * or policy word, and each holds the run `erez`, which the cookie scan's needle filter tests for.
 */
const lexicon: BoilerplateLexicon = {
  // Matches `Yorumlar (5)`, `Yorum Yap`, `Henüz yorum yapılmamış`; not `Yorumlar ve tepkiler`.
  commentMarker: [
    'yorumlar', 'yorum yap', 'yorum yaz', 'yorumunuzu yazın', 'bir yorum yazın', 'yorum ekle', 'henüz yorum yapılmamış',
    'henüz yorum yok', 'ilk yorumu siz yapın', 'ilk yorumu sen yap', 'yorumları göster', 'tüm yorumlar', 'yorumları gör',
  ],
  // Opens a comment section with more on the line: `Yorum yap Yanıtı iptal et`;
  // not `Tüm yorumlar olumluydu` (prose).
  commentLead: [
    'yorum yap', 'yorum yaz', 'yorumunuzu yazın', 'bir yorum yazın', 'yorum ekle', 'henüz yorum yapılmamış',
    'henüz yorum yok', 'ilk yorumu siz yapın', 'ilk yorumu sen yap', 'yorumları göster', 'yorumları gör',
  ],
  // With a number: `5 yorum`, `Yorumlar (5)`.
  commentWord: ['yorumlar', 'yorum'],
  // After the quoted title (WordPress): `“Başlık” üzerine 3 düşünce`, `“Başlık” için 2 yorum`, `… üzerine bir düşünce`.
  commentsAfterTitle: ['üzerine#düşünce', 'üzerine#yorum', 'üzerine#yanıt', 'için#yorum', 'için#yanıt', 'hakkında#yorum', 'hakkında#düşünce'],
  commentByline: [],
  // Matches `Giriş Yap`, `Üye Ol`, `Şifremi unuttum`; not a sentence (terminal).
  loginPrompt: [
    'giriş yap', 'giriş yapın', 'üye ol', 'üye olun', 'kayıt ol', 'üye girişi', 'şifremi unuttum', 'hesap oluştur',
    'hesabınız yok mu', 'çıkış yap', 'oturum aç',
  ],
  // Matches `© 2026 Örnek Gazetecilik A.Ş. Tüm hakları saklıdır.`.
  copyright: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'bütün hakları saklıdır'],
  // Starts a copyright line: `Tüm hakları saklıdır. 2026 Örnek Gazete`.
  copyrightLead: ['tüm hakları saklıdır', 'her hakkı saklıdır'],
  // Matches `Mersis No: 0123456789000015`, `Vergi Dairesi: Beşiktaş`, `Ticaret Sicil No: 123456`.
  filing: ['mersis no', 'mersis numarası', 'vergi no', 'vergi dairesi', 'ticaret sicil'],
  // Matches `Telefon: 0212 123 45 67`, `Adres: Atatürk Cad. No: 5`, `E-posta: info@example.com.tr`.
  contact: ['telefon:', 'telefon :', 'adres:', 'iletişim:', 'e-posta:', 'faks:'],
  // A line made only of these: `Paylaş | Yazdır`, `Linki kopyala`, `Başa dön`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'içeriğe geç', 'ana içeriğe atla', 'içeriğe atla',
    'paylaş', 'paylaşın', 'haberi paylaş', 'facebook\'ta paylaş', 'twitter\'da paylaş', 'whatsapp\'ta paylaş', 'yazdır',
    'kaydet', 'kapat', 'linki kopyala', 'bağlantıyı kopyala', 'kopyalandı', 'dinle', 'haberi dinle', 'yukarı çık',
    'başa dön', 'geri', 'daha fazla', 'yazı boyutu', 'yorum yap',
  ],
  // The whole line: `Etiketler:`, `Konular:` over a list of links, not an article's list.
  linkLabel: ['etiketler', 'konular', 'kategoriler', 'bizi takip edin', 'anahtar kelimeler'],
  // Matches `Ana Sayfa > Gündem`, `Anasayfa / Ekonomi`.
  breadcrumbStart: ['ana sayfa', 'anasayfa', 'buradasınız'],
  // The whole block: `İlgili Haberler`, `Bunlar da ilginizi çekebilir`; not `İlgili haberler için sitemizi ziyaret edin.`
  relatedHeading: [
    'ilgili haberler', 'ilgili içerikler', 'benzer haberler', 'diğer haberler', 'bunlar da ilginizi çekebilir',
    'ilginizi çekebilir', 'çok okunanlar', 'en çok okunanlar', 'son haberler', 'öne çıkanlar', 'editörün seçtikleri',
    'sonraki haber', 'önceki haber', 'devamını oku', 'haberin devamı', 'okumaya devam et', 'önerilen haberler',
  ],
  // Matches `Bu içerik abonelere özeldir` (Turkish suffixes glue on: each form is listed), `Haberin devamını okumak için abone olun`.
  paywall: ['abonelere özel', 'abonelere özeldir', 'sadece abonelere', 'okumaya devam etmek için', 'haberin devamını okumak için', 'zaten abone misiniz'],
  // Matches `Yazar hakkında` (followed by a bio).
  bioLabel: ['yazar hakkında', 'yazar:'],
  // Bio vocabulary: `1985'te doğdu, gazeteci; … mezun oldu, ekonomi üzerine yazıyor`.
  bioWord: ['gazeteci', 'muhabir', 'editör', 'köşe yazarı', 'mezun oldu', 'mezunu', 'yazıyor'],
  // Matches `Bu web sitesi çerezleri kullanmaktadır`, `Çerez Politikası`, `Tüm çerezleri kabul et`; not
  // `Çerezler ve kuruyemişler` (snacks) or `Çerezler hakkında bir araştırma` (no consent words).
  cookie: [
    'çerez kullanıyoruz', 'çerezleri kullanıyoruz', 'çerez kullanılmaktadır', 'çerezler kullanılmaktadır', 'çerezleri kullanmaktadır',
    'çerez politikası', 'çerez politikamızı', 'çerez ayarları', 'çerez tercihleri', 'çerezleri kabul et', 'çerez kullanımına',
  ],
  // Matches `Bültenimize abone olun`, `E-posta adresinizi girin`.
  newsletter: ['bültene abone ol', 'e-bültene abone olun', 'bültenimize abone olun', 'e-posta adresiniz', 'e-posta adresinizi girin'],
  proseOpenings: ['yorumlar'],
}

/** Turkish boilerplate phrases (see `lexicon` above), with their capital forms. */
export const tr: BoilerplateLexicon = Object.fromEntries(
  Object.entries(lexicon).map(([k, v]) => [k, k === 'proseOpenings' ? v : withTurkishCapitals(v)]),
) as unknown as BoilerplateLexicon
