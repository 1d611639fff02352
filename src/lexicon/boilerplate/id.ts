import type { BoilerplateLexicon } from './types.js'

/**
 * Indonesian boilerplate phrases. Matching is case-insensitive and stops at word boundaries, so `Bagikan`
 * matches the control but not `dibagikan`. Lexicons are merged across languages: no phrase here is an
 * English word (`Editor`, `Login` stay English), and none is how an Indonesian sentence or subheading opens:
 * `Masuk` ("enter") and `Daftar` ("list") alone are left out, and `Komentar` followed by a word is a
 * subheading (`Komentar Menteri Keuangan`) on an Indonesian page (`proseOpenings`).
 */
export const id: BoilerplateLexicon = {
  // Matches `Komentar (5)`, `Tulis komentar`, `Belum ada komentar`; not `Komentar Menteri Keuangan`.
  commentMarker: [
    'komentar', 'tulis komentar', 'tinggalkan komentar', 'berikan komentar', 'kirim komentar', 'tambahkan komentar',
    'belum ada komentar', 'jadilah yang pertama', 'lihat komentar', 'tampilkan komentar', 'semua komentar',
  ],
  // Opens a comment section with more on the line: `Tinggalkan komentar Batalkan balasan`;
  // not `Jadilah yang pertama…` (prose).
  commentLead: [
    'tulis komentar', 'tinggalkan komentar', 'berikan komentar', 'kirim komentar', 'tambahkan komentar',
    'belum ada komentar', 'lihat komentar', 'tampilkan komentar',
  ],
  // With a number: `5 komentar`, `Komentar: 12`. The phrases name comments only before a quoted post title
  // (`12 tanggapan untuk “Judul”`, `Satu pemikiran pada “Judul”`).
  commentWord: ['komentar', 'tanggapan untuk', 'tanggapan pada', 'pemikiran pada', 'pemikiran tentang', 'balasan untuk'],
  // `12 komentar pada “Judul tulisan”`, `Satu tanggapan untuk “Judul”`: then the quoted title ends the line.
  commentsOn: [
    'komentar pada', 'komentar untuk', 'komentar di', 'tanggapan untuk', 'tanggapan pada', 'pemikiran pada',
    'pemikiran tentang', 'balasan untuk',
  ],
  commentByline: [],
  // Matches `Masuk untuk berkomentar`, `Lupa kata sandi?`, `Belum punya akun?`; not a sentence (terminal).
  loginPrompt: [
    'masuk untuk berkomentar', 'masuk untuk', 'silakan masuk', 'masuk atau daftar', 'lupa kata sandi', 'lupa password',
    'buat akun', 'belum punya akun', 'daftar sekarang', 'masuk sekarang',
  ],
  // Matches `Hak cipta dilindungi undang-undang`, `© 2026 Harian Contoh. Hak Cipta Dilindungi`.
  copyright: ['hak cipta dilindungi undang-undang', 'hak cipta dilindungi', 'seluruh hak cipta'],
  // Starts a copyright line: `Hak Cipta 2026 Harian Contoh`.
  copyrightLead: ['hak cipta'],
  // Matches `NPWP: 01.234.567.8-901.000`.
  filing: ['npwp'],
  // Matches `Telepon: (021) 123 4567`, `Alamat: Jl. Merdeka No. 5, Jakarta`.
  contact: ['telepon:', 'telepon :', 'telp:', 'telp.', 'alamat:', 'surel:', 'kontak:', 'hubungi kami'],
  // A line made only of these: `Bagikan | Cetak`, `Salin tautan`, `Kembali ke atas`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'langsung ke konten', 'lompat ke konten', 'loncat ke konten',
    'bagikan', 'bagikan artikel', 'bagikan berita', 'bagikan ke facebook', 'bagikan ke whatsapp', 'cetak', 'simpan',
    'tutup', 'salin tautan', 'salin link', 'tautan disalin', 'dengarkan', 'dengarkan berita', 'kembali ke atas',
    'kembali', 'lainnya', 'ukuran huruf', 'komentar',
  ],
  // The whole line: `Tag:`, `Topik:` over a list of links, not an article's list.
  linkLabel: ['topik', 'kategori', 'rubrik', 'ikuti kami', 'kata kunci'],
  // Matches `Beranda > Nasional`, `Anda di sini: Beranda / Ekonomi`.
  breadcrumbStart: ['beranda', 'halaman utama', 'anda di sini', 'anda berada di'],
  // The whole block: `Baca juga`, `Berita terkait`; not `Baca juga: Harga cabai naik menjelang Lebaran` (a link).
  relatedHeading: [
    'baca juga', 'berita terkait', 'artikel terkait', 'topik terkait', 'berita lainnya', 'berita terpopuler', 'terpopuler',
    'terpopuler hari ini', 'berita terkini', 'terkini', 'pilihan editor', 'rekomendasi', 'rekomendasi untuk anda',
    'artikel selanjutnya', 'artikel sebelumnya', 'selengkapnya', 'baca selengkapnya', 'lihat juga', 'simak juga',
    'paling banyak dibaca', 'terbanyak dibaca', 'populer',
  ],
  // Matches `Artikel ini khusus pelanggan`, `Berlangganan untuk membaca selengkapnya`.
  paywall: [
    'khusus pelanggan', 'hanya untuk pelanggan', 'untuk melanjutkan membaca', 'berlangganan untuk membaca',
    'sudah berlangganan', 'konten premium',
  ],
  // Matches `Tentang penulis` (followed by a bio).
  bioLabel: ['tentang penulis', 'penulis:'],
  // Bio vocabulary: `Wartawan desk ekonomi, lulusan…, menulis tentang…`.
  bioWord: ['wartawan', 'jurnalis', 'penulis', 'redaktur', 'koresponden', 'lulusan', 'menulis tentang'],
  // Matches `Kami menggunakan cookie…`, `Kebijakan cookie`; not an article about cookies.
  cookie: ['kami menggunakan cookie', 'situs ini menggunakan cookie', 'kebijakan cookie', 'pengaturan cookie'],
  // Matches `Berlangganan newsletter kami`, `Masukkan alamat email Anda`.
  newsletter: [
    'berlangganan newsletter', 'daftar newsletter', 'berlangganan buletin', 'alamat email anda', 'masukkan email anda',
    'masukkan alamat email', 'langsung ke inbox anda', 'langsung ke email anda',
  ],
  proseOpenings: ['komentar'],
}
