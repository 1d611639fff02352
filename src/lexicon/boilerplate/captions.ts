/**
 * The words a photo credit at the end of an image caption starts with, in lower case, shared by every
 * language: `(Image: Getty)`, `(Photo: Reuters)`, `(AP Photo/Jane Doe)`, `[Photo/Xinhua]`, `(Foto: dpa)`,
 * `(Ảnh: TTXVN)`, `（图/新华社）`, `(사진=연합뉴스)`. Read by `boilerplate/image-caption`, which also checks the
 * separator after the word (`CREDIT_SEPARATORS`), so `(pictured)` or `(Photos)` is no credit. A word listed with
 * its full stop (`fot.`) needs only a space and a name after it.
 *
 * Written for this project from how news sites in these languages credit their pictures.
 */
export const CAPTION_CREDIT_WORDS: readonly string[] = Object.freeze([
  // English
  'photo', 'photos', 'photograph', 'photography', 'image', 'images', 'image credit', 'picture', 'pictures', 'pic',
  'credit', 'photo credit', 'main image', 'illustration', 'file photo',
  // German, Dutch, Nordic, Polish, Czech, Turkish
  'foto', 'fotos', 'bild', 'bilder', 'fotograf', 'zdjęcie', 'fot', 'fotoğraf',
  // Written with its full stop, which stands for the separator: `(fot. Jan Kowalski)`.
  'fot.',
  // French, Spanish, Portuguese, Italian
  'crédit', 'crédit photo', 'crédits', 'imagen', 'imagem', 'immagine',
  // Vietnamese, Indonesian
  'ảnh', 'nguồn ảnh', 'gambar',
  // Russian
  'фото', 'фотография',
  // Arabic, Hindi, Thai
  'صورة', 'الصورة', 'تصوير', 'फोटो', 'फ़ोटो', 'तस्वीर', 'ภาพ', 'ภาพประกอบ', 'ภาพจาก',
  // Chinese, Japanese, Korean
  '图', '圖', '图片', '圖片', '照片', '摄影', '攝影', '写真', '사진',
])

/**
 * What may stand between a credit word and the credited name: a colon (ASCII or full-width), a slash,
 * `=` (Korean `사진=연합뉴스`), or one of these words after a space (`Photo by Jane Doe`, `Photo courtesy of
 * the museum`, `Photo provided to the paper`, `Foto von …`, `Photo de …`).
 */
export const CREDIT_SEPARATORS: readonly string[] = Object.freeze([':', '：', '/', '／', '=', '＝'])

/** Words after a credit word and a space that lead to the credited name (lower case). */
export const CREDIT_LEAD_WORDS: readonly string[] = Object.freeze([
  'by', 'courtesy', 'provided', 'supplied', 'via', 'von', 'de', 'di', 'por', 'van', 'av',
])

/**
 * Labels that open a caption or credit line a page's text keeps in front of a picture, in lower case, followed
 * by a comma or colon (`Image caption, Swimmers leave the pier`, `Image source, Getty Images`, `Bildunterschrift:
 * …`, `图片说明：…`), or by a space for the copyright forms (`Image copyright Getty Images`). Read by
 * `boilerplate/image-caption` at the start of a line only.
 */
export const CAPTION_LABELS: readonly string[] = Object.freeze([
  // English (as screen readers get them: `Image caption, …`)
  'image caption', 'image source', 'media caption', 'image copyright', 'photo caption', 'caption', 'video caption',
  'image credit', 'photo credit', 'picture caption',
  // German, Dutch
  'bildunterschrift', 'bildquelle', 'bildrechte', 'fotobijschrift', 'bijschrift',
  // French, Spanish, Portuguese, Italian
  'légende', 'légende photo', 'crédit photo', 'pie de foto', 'pie de imagen', 'fuente de la imagen', 'legenda',
  'legenda da foto', 'fonte da imagem', 'didascalia',
  // Russian, Polish, Turkish, Indonesian, Vietnamese
  'подпись к фото', 'источник фото', 'podpis zdjęcia', 'źródło zdjęcia', 'fotoğraf altı', 'keterangan foto',
  'sumber foto', 'chú thích ảnh', 'nguồn ảnh',
  // Chinese, Japanese, Korean
  '图片说明', '圖片說明', '图注', '圖註', '图片来源', '圖片來源', '写真説明', '사진 설명', '사진 출처',
])

/** Labels of `CAPTION_LABELS` that a space may follow instead of a comma or colon (`Image copyright Getty Images`). */
export const SPACED_CAPTION_LABELS: readonly string[] = Object.freeze(['image copyright'])
