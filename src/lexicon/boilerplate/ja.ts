import type { BoilerplateLexicon } from './types.js'

/**
 * Japanese boilerplate phrases. Japanese has no spaces between words: Han phrases match as substrings,
 * while kana, like Latin letters, are word characters, so a phrase that ends in kana stops at a word
 * boundary (`コメント` matches `コメント(3)` but not `コメントを控えた`). Lexicons are merged across languages,
 * and Japanese shares Han characters with Chinese: no phrase here is a Chinese word in simplified or
 * traditional script that a Chinese page writes as prose or as another label (`印刷` is a control only,
 * matched when a whole line is made of controls; `記者` and `写真` are left to the metadata labels).
 */
export const ja: BoilerplateLexicon = {
  // Matches `コメント(3)`, `コメントする`, `コメントを書く`; not `コメントを控えた。` (a sentence, terminal).
  commentMarker: [
    'コメント', 'コメントする', 'コメントを書く', 'コメントを投稿', 'コメントを見る', 'コメントを表示', 'コメント一覧',
    'すべてのコメント', 'コメントはまだありません', '読者のコメント', 'みんなのコメント', 'みんなの意見',
  ],
  // Opens a comment section with more on the line: `コメントを書く 返信をキャンセル`;
  // not `コメントを控えた` (prose).
  commentLead: [
    'コメントを書く', 'コメントを投稿', 'コメントを見る', 'コメントを表示', 'コメントはまだありません',
  ],
  // With a number: `コメント(3)`, `コメント 12件`, `3件のコメント`.
  commentWord: ['コメント', '件のコメント'],
  // After the count: `コメント 3件`, `コメント(3件)`.
  countUnit: ['件'],
  // After the quoted title (WordPress): `「タイトル」への3件のコメント`, `“タイトル” への2件のフィードバック`.
  commentsAfterTitle: ['への#件のコメント', 'への#件のフィードバック', 'への#件の返信', 'に#件のコメント', 'に#件の返信'],
  // Ends a short line: `鈴木さんのコメント：`; not `と話した：` (no such label).
  commentByline: ['さんのコメント：', 'さんのコメント:'],
  // Matches `ログイン`, `ログインしてコメントする`, `会員登録（無料）`, `パスワードを忘れた方`.
  loginPrompt: [
    'ログイン', 'ログインする', 'ログインして', 'ログインはこちら', '新規登録', '会員登録', '無料会員登録', 'ログアウト',
    'パスワードを忘れた方', 'パスワードをお忘れの方', 'ログインが必要です',
  ],
  // Matches `無断転載を禁じます`, `記事・写真の無断転載を禁じます`, `無断転載・複製を禁じます`.
  copyright: ['無断転載を禁じます', '無断転載禁止', '無断複製・転載を禁じます', '無断転載・複製を禁じます', '無断で転載することを禁じます'],
  // Starts a copyright line: `無断転載を禁じます。Copyright …`.
  copyrightLead: ['無断転載', '無断複製'],
  // Matches `法人番号 1234567890123` in a company footer (a filing needs its number).
  filing: ['法人番号'],
  // Matches `住所：東京都…`, `電話：03-…`, `〒100-0001`.
  contact: ['住所：', '住所:', '所在地：', '所在地:', '電話：', '電話:', '電話番号', 'ファクス', '〒', 'お問い合わせ先'],
  // A line made only of these: `この記事をシェア`, `印刷 | 保存`, `文字サイズ 大 標準`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'メインコンテンツへスキップ', '本文へスキップ', '本文へ移動', 'コンテンツへスキップ',
    'シェア', 'この記事をシェア', 'シェアする', '共有', '共有する', 'ツイート', 'ポスト', '印刷', '印刷する', 'この記事を印刷',
    '保存', '保存する', 'ブックマーク', 'リンクをコピー', 'リンクをコピーする', 'コピー', 'メール', 'メールで送る',
    '文字サイズ', '標準', 'ページの先頭へ', 'ページトップへ', 'トップへ戻る', '戻る', '閉じる', 'もっと見る', 'フォロー',
    'ライン', 'はてなブックマーク', 'フェイスブック', 'ツイッター', '旧ツイッター', 'クリップ', '有料会員限定', 'ギフト',
  ],
  // The whole line: `タグ：`, `カテゴリー：` over a list of links, not an article's list.
  linkLabel: ['タグ', 'キーワード', 'カテゴリー', 'カテゴリ', 'ジャンル', 'メニュー'],
  // Matches `トップ > 社会 > 事件`, `ホーム > ニュース`, `現在地：トップ`.
  breadcrumbStart: ['トップ', 'ホーム', 'トップページ', 'ホームページ', '現在地', '現在の位置'],
  // The whole block: `関連記事`, `あわせて読みたい`, `アクセスランキング`.
  relatedHeading: [
    '関連記事', '関連ニュース', '関連リンク', '関連情報', 'あわせて読みたい', '合わせて読みたい', 'おすすめ記事', 'おすすめ',
    'こちらもおすすめ', 'この記事を読んだ人におすすめ', '人気記事', '人気の記事', 'よく読まれている記事', 'アクセスランキング',
    'ランキング', '最新ニュース', '最新記事', '注目記事', '注目ニュース', '次の記事', '前の記事', 'もっと読む', '続きを読む',
    'ニュース一覧', '記事一覧',
  ],
  // Matches `この記事は有料会員限定です`, `続きは会員登録で読めます`.
  paywall: [
    '有料会員限定', '有料会員になると', '有料記事', '会員限定記事', 'この記事は会員限定', '続きを読むには', '続きは会員登録',
    '全文を読むには', '購読すると読めます', 'ログインすると続きを読めます',
  ],
  // Matches `筆者紹介`, `著者プロフィール` (followed by a bio).
  bioLabel: ['筆者紹介', '著者紹介', '著者プロフィール', '筆者プロフィール', 'プロフィール'],
  // Bio vocabulary: `1975年生まれ。新聞社勤務を経て…`.
  bioWord: ['年生まれ', '卒業', '入社', '経て', '担当', '記者', '編集委員', 'ジャーナリスト', '著書'],
  // Matches `当サイトではCookieを使用しています`, `Cookieの使用に同意`; every phrase names `cookie` in Latin
  // letters, so the scan every paragraph goes through keeps its needle filter.
  cookie: ['cookieを使用', 'cookie を使用', 'cookieの使用', 'cookieポリシー', 'cookie（クッキー）', 'cookie(クッキー)'],
  // Matches `ニュースレターを購読`, `メールマガジン登録`.
  newsletter: ['ニュースレターを購読', 'ニュースレター登録', 'メールマガジン', 'メルマガ登録', 'メールアドレスを入力'],
}
