/**
 * Lines that an ad slot or an in-article promo leaves in a page's text, shared by every language (a page in
 * one language often carries another's labels). Read by `boilerplate/ad-label`, which matches the
 * whole-line lists against a whole line only, in any case, after taking off `AD_LINE_DECORATION` at both
 * ends (`- Advertisement -`, `[广告]`, `Tell us what YOU think...`). All entries are in lower case, with
 * single spaces and straight apostrophes.
 *
 * Written for this project from how news sites in these languages label their ad slots and promos.
 */

/**
 * An ad slot's label, or the notice that the article goes on past the slot: the whole line. Two of them on one
 * line are one slot too (`ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT`). Words that name the trade rather
 * than a slot stay out: `Advertising` may head a section of an article about the ad industry. Where one word
 * names both (`Werbung`, `Publicidad`, `Reklama`, `Quảng cáo`), it is the label sites print, so a one-word
 * heading of it is dropped too (a known limit; a menu entry `Quảng cáo` goes as well).
 */
export const AD_SLOT_LINES: readonly string[] = Object.freeze([
  // English
  'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'advertorial', 'sponsored', 'sponsored content',
  'sponsored post', 'sponsored links', 'sponsored link', 'paid content', 'paid post', 'promoted content',
  'story continues below advertisement', 'story continues below', 'story continues after advertisement',
  'article continues below advertisement', 'article continues below this ad', 'article continues below',
  'article continues after advertisement', 'content continues below', 'continue reading below',
  'continue reading after advertisement', 'scroll to continue with content', 'scroll to continue reading',
  'scroll to continue', 'post continues below advertisement',
  // German
  'anzeige', 'werbung', 'gesponsert', 'weiterlesen nach der anzeige', 'weiter nach der anzeige',
  'weiter nach der werbung', 'artikel wird nach der anzeige fortgesetzt', 'der artikel wird nach der anzeige fortgesetzt',
  // French
  'publicité', 'sponsorisé', 'contenu sponsorisé', 'la suite après la publicité', 'la suite après cette publicité',
  'suite après la publicité', 'l\'article continue après la publicité',
  // Spanish
  'publicidad', 'patrocinado', 'contenido patrocinado', 'continúa después de la publicidad',
  'sigue después de la publicidad',
  // Portuguese
  'publicidade', 'conteúdo patrocinado', 'continua após a publicidade', 'continua depois da publicidade',
  'continua após publicidade',
  // Italian
  'pubblicità', 'sponsorizzato', 'contenuto sponsorizzato', 'continua dopo la pubblicità',
  'continua a leggere dopo la pubblicità', 'l\'articolo continua dopo la pubblicità',
  // Dutch
  'advertentie', 'gesponsord', 'lees verder na de advertentie', 'het artikel gaat verder onder de advertentie',
  // Polish, Czech, Turkish
  'reklama', 'sponsorowane', 'dalsza część artykułu pod reklamą', 'dalsza część tekstu pod reklamą',
  'dalsza część artykułu pod materiałem wideo', 'dalszy ciąg materiału pod wideo', 'dalsza część artykułu poniżej',
  'materiał promocyjny', 'materiał sponsorowany', 'artykuł sponsorowany',
  'reklam', 'haberin devamı',
  // Russian
  'реклама', 'на правах рекламы', 'продолжение после рекламы', 'продолжение ниже', 'продолжение под рекламой',
  'партнерский материал', 'партнёрский материал',
  // Indonesian, Vietnamese
  'iklan', 'konten bersponsor', 'scroll untuk melanjutkan', 'gulir untuk melanjutkan', 'quảng cáo',
  // Chinese, Japanese, Korean
  '广告', '廣告', '推广', '推廣', '赞助内容', '贊助內容', '広告', 'スポンサーリンク', 'pr', '광고',
  // Arabic, Hindi, Thai
  'إعلان', 'اعلان', 'إعلانات', 'مساحة إعلانية', 'إعلان ممول', 'محتوى ممول', 'محتوى مدفوع', 'تابع القراءة بعد الإعلان',
  'विज्ञापन', 'प्रायोजित', 'โฆษณา',
])

/**
 * A line that asks for the reader's opinion of the article, the whole line: `Tell us what YOU think...`.
 * A question the writer puts to the reader (`What do you think?`) may close an opinion column: it stays.
 */
export const OPINION_PROMPT_LINES: readonly string[] = Object.freeze([
  // English
  'tell us what you think', 'let us know what you think', 'tell us your thoughts', 'let us know your thoughts',
  'share your thoughts', 'share your views', 'have your say', 'tell us what you think in the comments',
  'let us know what you think in the comments', 'let us know what you think in the comments below',
  'let us know in the comments', 'let us know in the comments below', 'share your thoughts in the comments',
  'share your thoughts in the comments below',
  // German, French, Spanish, Portuguese, Italian, Dutch
  'sagen sie uns ihre meinung', 'ihre meinung ist gefragt', 'diskutieren sie mit', 'donnez votre avis',
  'votre avis nous intéresse', 'dites-nous ce que vous en pensez', 'danos tu opinión', 'déjanos tu opinión',
  'deixe sua opinião', 'dê sua opinião', 'dicci la tua', 'dicci cosa ne pensi', 'geef je mening', 'geef uw mening',
  // Polish, Russian, Indonesian, Vietnamese
  'podziel się opinią', 'поделитесь своим мнением', 'выскажите своё мнение', 'bagikan pendapat anda',
  'bagikan pendapatmu', 'chia sẻ ý kiến của bạn',
  // Chinese, Korean
  '说说你的看法', '說說你的看法', '发表你的看法', '發表你的看法', '의견을 남겨주세요',
])

/**
 * A line that tells the reader to get the site's app, the whole line: `Download our app`, `Get the app`.
 * A line that names the app after it (`Download Acme Password Manager for free`) is the article's own link.
 */
export const APP_PROMPT_LINES: readonly string[] = Object.freeze([
  // English
  'get the app', 'get our app', 'get the free app', 'get our free app', 'download the app', 'download our app',
  'download the free app', 'download our free app', 'install the app', 'install our app', 'open in app',
  'read it in the app', 'read in the app',
  // German, French, Spanish, Portuguese, Italian, Dutch
  'app herunterladen', 'jetzt app herunterladen', 'laden sie unsere app herunter', 'hol dir die app',
  'téléchargez l\'application', 'téléchargez notre application', 'téléchargez l\'appli', 'descarga la app',
  'descarga nuestra app', 'descarga la aplicación', 'baixe o app', 'baixe nosso app', 'baixe o aplicativo',
  'scarica l\'app', 'scarica la nostra app', 'download de app', 'download onze app',
  // Polish, Russian, Turkish, Indonesian, Vietnamese
  'pobierz aplikację', 'pobierz naszą aplikację', 'скачайте приложение', 'скачать приложение', 'uygulamayı indirin',
  'uygulamamızı indirin', 'unduh aplikasi', 'download aplikasi', 'tải ứng dụng', 'tải app',
  // Chinese, Japanese, Korean, Arabic, Hindi, Thai
  '下载app', '下載app', '下载客户端', '下載客戶端', 'アプリをダウンロード', 'アプリで読む', '앱 다운로드', '앱에서 보기',
  'حمل التطبيق', 'حمّل التطبيق', 'ऐप डाउनलोड करें', 'ดาวน์โหลดแอป',
])

/**
 * "Click here" in each language: a line that starts or ends with one and names an app or notifications
 * (`APP_PROMPT_WORDS`) is a promo for the site's app (`CLICK HERE TO GET THE ACME NEWS APP`, `GET ACME ON
 * THE GO BY CLICKING HERE`). A "click here" line that names a report, results or a document links to the
 * article's own material (`Click here to read the full report`): it stays.
 */
export const CLICK_HERE_PHRASES: readonly string[] = Object.freeze([
  'click here', 'clicking here', 'tap here', 'tapping here', 'hier klicken', 'klicken sie hier', 'hier tippen',
  'cliquez ici', 'haz clic aquí', 'haga clic aquí', 'pulsa aquí', 'clique aqui', 'toque aqui', 'clicca qui',
  'klik hier', 'kliknij tutaj', 'kliknij tu', 'buraya tıklayın', 'нажмите здесь', 'нажмите сюда', 'klik di sini',
  'nhấn vào đây', 'bấm vào đây', '点击这里', '点击此处', '點擊這裡', '点此', 'ここをクリック', 'こちらをクリック',
  '여기를 클릭', 'انقر هنا', 'اضغط هنا', 'यहां क्लिक करें', 'यहाँ क्लिक करें', 'คลิกที่นี่',
])

/** What a "click here" promo offers: the site's app, or its notifications (`on the go` is the app). */
export const APP_PROMPT_WORDS: readonly string[] = Object.freeze([
  'app', 'apps', 'application', 'on the go', 'notifications', 'benachrichtigungen', 'appli', 'aplicación',
  'notificaciones', 'aplicativo', 'notificações', 'applicazione', 'notifiche', 'meldingen', 'aplikację',
  'aplikacja', 'powiadomienia', 'приложение', 'уведомления', 'uygulama', 'uygulamayı', 'uygulamamızı', 'bildirimleri',
  'aplikasi', 'notifikasi', 'ứng dụng', 'thông báo', '客户端', '客戶端', 'アプリ', '앱', 'التطبيق', 'ऐप', 'แอป',
])

/**
 * What may surround a label or end a prompt, taken off both ends before the lookup: spaces, dashes, bullets,
 * arrows, brackets, a colon, full stops and ellipses, `!` and `?`, quotes (`- Advertisement -`, `[广告]`,
 * `▼ Anzeige ▼`, `(Publicité)`, `Tell us what YOU think...`).
 */
export const AD_LINE_DECORATION =
  ' \t\n\r\u00a0\u3000-‐‑‒–—―−_=*•·●○▪■□◆◇►▶▸▼▽↓⬇|¦/\\[](){}<>【】〔〕「」『』（）［］〈〉《》«»‹›:：.。…~〜～＝＿!！?？"“”‘’\''
